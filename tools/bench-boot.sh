#!/usr/bin/env bash
# ./myos bench boot (issue 4): wall time from starting QEMU to the kernel's `kernel ready`
# line on the serial console, with `qemu -kernel dist/kernel.elf` (PVH), next to the QEMU
# floor measured in the same run: kernel/floor, a kernel that only writes one line to
# COM1 and powers off. The kernel is timed with -m 256M and -m 4G: boot work must not
# grow with RAM. TCG only (no KVM), like the tests. Median of N runs (default 5).
# usage: tools/bench-boot.sh [runs] [machine]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${1:-5}"; MACHINE="${2:-pc}"
KERNEL="${KERNEL:-$ROOT/dist/kernel.elf}"   # KERNEL=... benchmarks another build
FLOOR_DIR="$ROOT/build/floor"; FLOOR="$FLOOR_DIR/floor.elf"

[ -f "$KERNEL" ] || bash "$ROOT/tools/build.d/20-kernel.sh"
mkdir -p "$FLOOR_DIR"
gcc -c -o "$FLOOR_DIR/floor.o" "$ROOT/kernel/floor/floor.S"
ld -nostdlib -z max-page-size=4096 --build-id=none -T "$ROOT/kernel/floor/floor.ld" \
  -o "$FLOOR" "$FLOOR_DIR/floor.o"

now_ns() { date +%s%N; }

# One boot: prints "<ms to the marker line> <ms to QEMU exit>", or fails after 60 s.
boot_once() {
  local elf="$1" mem="$2" marker="$3" start ready="" line
  start=$(now_ns)
  while IFS= read -r line; do
    if [ -z "$ready" ] && [[ "$line" == *"$marker"* ]]; then ready=$(now_ns); fi
  done < <(timeout 60 qemu-system-x86_64 -machine "$MACHINE" -m "$mem" -kernel "$elf" \
             -display none -serial stdio -monitor none -no-reboot 2>&1)
  local end; end=$(now_ns)
  [ -n "$ready" ] || { echo "bench boot: '$marker' not seen booting $elf" >&2; return 1; }
  echo "$(( (ready - start) / 1000000 )) $(( (end - start) / 1000000 ))"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

declare -A READY EXIT
configs=("floor 256M" "kernel 256M" "kernel 4G")
for ((i = 0; i < RUNS; i++)); do
  # Interleave the configurations so drift in host load hits all of them alike.
  for c in "${configs[@]}"; do
    set -- $c
    if [ "$1" = floor ]; then r=$(boot_once "$FLOOR" "$2" "floor ready")
    else r=$(boot_once "$KERNEL" "$2" "kernel ready"); fi
    READY[$c]+="${r% *}"$'\n'; EXIT[$c]+="${r#* }"$'\n'
  done
done

floor=$(printf '%s' "${READY[floor 256M]}" | median)
echo "boot to ready line, qemu-system-x86_64 -machine $MACHINE -kernel (TCG), median of $RUNS"
printf '| %-22s | %8s | %8s | %13s |\n' "configuration" "ready ms" "exit ms" "ready - floor"
printf '|%s|%s|%s|%s|\n' "------------------------" "----------" "----------" "---------------"
for c in "${configs[@]}"; do
  r=$(printf '%s' "${READY[$c]}" | median); e=$(printf '%s' "${EXIT[$c]}" | median)
  printf '| %-22s | %8s | %8s | %+13s |\n' "$c" "$r" "$e" "$(( r - floor ))"
done
