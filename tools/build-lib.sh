#!/usr/bin/env bash
# Compiles the target library (runtime + class library) for one target, the way the aot
# tool does (docs/abi.md): javac with no system modules, as module java.base.
# usage: tools/build-lib.sh [linux|kernel] [outdir]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
target="${1:-linux}"; out="${2:-$ROOT/build/lib-$target}"
srcs=()
for d in rt/src/api/java rt/src/main/java "rt/src/$target/java" classlib/src/main/java classlib/src/portable/java; do
  [ -d "$ROOT/$d" ] && while IFS= read -r f; do srcs+=("$f"); done < <(find "$ROOT/$d" -name '*.java' | sort)
done
rm -rf "$out"; mkdir -p "$out"
javac --system none -source 17 -target 17 -XDstringConcat=inline -encoding UTF-8 -nowarn -Xlint:none -Xmaxerrs 50 -d "$out" "${srcs[@]}"
echo "$out"
