#!/usr/bin/env bash
# ./myos bench aot: the compiler's CPU benchmarks, native (aot -O2) against HotSpot (JDK 25)
# measured in the same run. For every workload in aot/src/test/corpus/bench it prints the
# wall time of the whole process on both sides, the ratio HotSpot/native (> 1: native is
# faster), the peak RSS of both (GNU time's %M) and whether the outputs agree; then the size
# of a hello-world executable and the time of its build. Method: docs/benchmarks.md.
#
# usage: tools/bench-aot.sh [--short|--long] [--runs N] [name-filter]
#   --short / --long   only the short (HotSpot ~0.3 s) or the long (several seconds) sizes
#   --runs N           runs per measurement; the fastest is reported (default 3 short, 1 long)
# Environment: BENCH_AOT_OPT (default -O2) is the optimisation level of the native builds.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
export LC_ALL=C

JDK="${JDK25_HOME:-}"
for d in "$JDK" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64; do
  [ -n "$d" ] && [ -x "$d/bin/java" ] && { JDK="$d"; break; }
done
[ -x "$JDK/bin/java" ] || { echo "bench aot: no JDK 25 (set JDK25_HOME); HotSpot is the reference" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench aot: /usr/bin/time missing (apt-get install time, or ./myos setup)" >&2; exit 1; }

sizes=both runs_short=3 runs_long=1 filter="" opt="${BENCH_AOT_OPT:--O2}"
while [ $# -gt 0 ]; do
  case "$1" in
    --short) sizes=short;;
    --long) sizes=long;;
    --runs) shift; runs_short="$1"; runs_long="$1";;
    -h|--help) sed -n '2,12p' "$0"; exit 0;;
    *) filter="$1";;
  esac
  shift
done

# name  short-size  long-size   (short: HotSpot takes about 0.3 s; long: several seconds)
# The first six are CPU kernels: at their short size HotSpot has compiled the hot loop early
# and spends most of the 0.3 s in it. LogReport is a short-lived command-line tool (parse a
# log, aggregate, format a report): much code, each piece run a moderate number of times, so
# at its short size a JVM spends the run loading, interpreting and compiling. Both kinds are
# reported; neither stands for the other.
# The short sizes were re-measured on 2026-11-26 16:22 UTC (HotSpot 0.23-0.40 s, load ~2):
# the earlier ones (1000000, 9, 700, 14, 100, 10) had been chosen on a machine at load 7-10
# and took HotSpot only 0.08-0.12 s when idle, which is not what the target is stated for.
WORKLOADS=(
  "NBody         4000000  20000000"
  "Fannkuch      10       11"
  "SpectralNorm  2000     5500"
  "BinaryTrees   16       20"
  "HashMapBench  1000     6000"
  "StringBench   200      3000"
  "LogReport     5        200"
)

OUT="$ROOT/build/bench-aot"
rm -rf "$OUT"; mkdir -p "$OUT/classes" "$OUT/bin" "$OUT/hello"
javac --release 17 -encoding UTF-8 -nowarn -d "$OUT/classes" aot/src/test/corpus/bench/*.java

# Native builds (-O2), timed.
build() {  # build <main-class> <exe> <classpath>
  local t0 t1
  t0=$(date +%s%N)
  if ! "$ROOT/myos" aot --cp "$3" --main "$1" -o "$2" "$opt" >"$2.build.log" 2>&1; then
    echo "bench aot: building $1 failed:" >&2; tail -n 30 "$2.build.log" >&2; return 1
  fi
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}

# measure <label> <runs> <stdout-file> <command...>: prints "<best wall ms> <peak RSS KiB of that run>"
measure() {
  local label="$1" runs="$2" outf="$3"; shift 3
  local best=-1 bestrss=0 i t0 t1 ms rss
  for ((i = 0; i < runs; i++)); do
    t0=$(date +%s%N)
    local rc=0
    /usr/bin/time -f %M -o "$OUT/time.txt" "$@" >"$outf" 2>"$outf.err" || rc=$?
    if [ "$rc" -ne 0 ]; then
      echo "bench aot: $label failed (exit status $rc):" >&2; tail -n 5 "$outf.err" >&2
      echo "-1 0"; return 0
    fi
    t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000000 ))
    rss=$(tail -n 1 "$OUT/time.txt")
    if [ "$best" -lt 0 ] || [ "$ms" -lt "$best" ]; then best=$ms; bestrss=$rss; fi
  done
  echo "$best $bestrss"
}

fmt_s() { awk -v ms="$1" 'BEGIN { if (ms < 0) print "fail"; else printf "%.3f", ms / 1000 }'; }
fmt_mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
ratio() { awk -v h="$1" -v n="$2" 'BEGIN { if (h <= 0 || n <= 0) print "-"; else printf "%.2f", h / n }'; }

echo "# ./myos bench aot — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), native $opt, HotSpot: $("$JDK/bin/java" -version 2>&1 | head -n 1)"
echo
echo "| workload | size | HotSpot s | native s | HotSpot/native | HotSpot MiB | native MiB | output | build s |"
echo "|---|---|---|---|---|---|---|---|---|"
status=0
for w in "${WORKLOADS[@]}"; do
  read -r name short long <<<"$w"
  [ -n "$filter" ] && [[ "$name" != *"$filter"* ]] && continue
  exe="$OUT/bin/$name"
  if ! bms=$(build "corpus.bench.$name" "$exe" "$OUT/classes"); then
    echo "| $name | - | - | - | - | - | - | build failed | - |"; status=1; continue
  fi
  for kind in short long; do
    [ "$sizes" != both ] && [ "$sizes" != "$kind" ] && continue
    if [ "$kind" = short ]; then size=$short; runs=$runs_short; else size=$long; runs=$runs_long; fi
    read -r hms hrss < <(measure "HotSpot $name $size" "$runs" "$OUT/$name.$size.jvm.out" "$JDK/bin/java" -cp "$OUT/classes" "corpus.bench.$name" "$size")
    read -r nms nrss < <(measure "native $name $size" "$runs" "$OUT/$name.$size.native.out" "$exe" "$size")
    same=same
    cmp -s "$OUT/$name.$size.jvm.out" "$OUT/$name.$size.native.out" || { same=DIFFERENT; status=1; }
    echo "| $name | $size ($kind) | $(fmt_s "$hms") | $(fmt_s "$nms") | $(ratio "$hms" "$nms") | $(fmt_mb "$hrss") | $(fmt_mb "$nrss") | $same | $(fmt_s "$bms") |"
  done
done

# Hello world: executable size, build time, whole-process time on both sides.
cat >"$OUT/hello/Hello.java" <<'EOF'
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
EOF
javac --release 17 -d "$OUT/hello" "$OUT/hello/Hello.java"
echo
if hb=$(build Hello "$OUT/bin/hello" "$OUT/hello"); then
  size=$(stat -c %s "$OUT/bin/hello")
  read -r hms hrss < <(measure "HotSpot hello" 5 "$OUT/hello.jvm.out" "$JDK/bin/java" -cp "$OUT/hello" Hello)
  read -r nms nrss < <(measure "native hello" 5 "$OUT/hello.native.out" "$OUT/bin/hello")
  # A native run takes about a millisecond, the resolution of the times above: also time 50
  # runs back to back on each side (whole processes still, fork and exec included) and
  # report the mean per run in microseconds.
  per_run_us() {  # per_run_us <command...>
    local t0 t1 i
    t0=$(date +%s%N)
    for ((i = 0; i < 50; i++)); do "$@" >/dev/null 2>&1; done
    t1=$(date +%s%N)
    echo $(( (t1 - t0) / 50000 ))
  }
  hus=$(per_run_us "$JDK/bin/java" -cp "$OUT/hello" Hello)
  nus=$(per_run_us "$OUT/bin/hello")
  echo "hello world: executable $size bytes ($(awk -v s="$size" 'BEGIN { printf "%.1f", s / 1024 }') KiB), build $(fmt_s "$hb") s (compiler cache as found)," \
       "run: HotSpot $(fmt_s "$hms") s / native $(fmt_s "$nms") s = $(ratio "$hms" "$nms")x," \
       "mean of 50 runs: HotSpot $hus us / native $nus us = $(ratio "$hus" "$nus")x," \
       "peak RSS HotSpot $(fmt_mb "$hrss") MiB / native $(fmt_mb "$nrss") MiB"
else
  echo "hello world: build failed"; status=1
fi
exit $status
