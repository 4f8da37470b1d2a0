#!/usr/bin/env bash
# Builds dist/kernel.elf (issue 4): the assembly entry (kernel/src/main/asm) linked by
# kernel/kernel.ld with the kernel's C-ABI entry `myos_kernel_entry(magic, info)`.
#
# TEMPORARY: until the compiler's `kernel` target exists, myos_kernel_entry comes from
# kernel/src/main/c/bringup_entry.c, a labelled bring-up stub that prints the banner and
# `kernel ready` and powers off. When `./myos aot --target kernel` works, this script
# links the compiled Java kernel (myos.rt.Start.kernelMain -> myos.kernel.Kernel) instead
# and the stub goes away.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/build/kernel"; DIST="$ROOT/dist"
mkdir -p "$OUT" "$DIST"

# Kernel code-generation flags (DESIGN.md §1): freestanding, no red zone (interrupts
# push onto the interrupted stack), kernel code model (image at -2 GiB), no SSE state in
# the kernel. Frame pointers stay on for the panic backtrace. Paths in DWARF are made
# relative so the ELF does not depend on the checkout directory.
CFLAGS=(-O2 -g -ffreestanding -fno-pic -fno-pie -mno-red-zone -mcmodel=kernel
  -mgeneral-regs-only -fno-stack-protector -fno-asynchronous-unwind-tables
  -fno-omit-frame-pointer -fwrapv -fno-strict-aliasing
  "-ffile-prefix-map=$ROOT/=" -I "$ROOT/kernel/src/main/asm")

objs=()
for s in "$ROOT"/kernel/src/main/asm/*.S; do
  o="$OUT/$(basename "${s%.S}").o"
  gcc "${CFLAGS[@]}" -c -o "$o" "$s"
  objs+=("$o")
done
# Trap, syscall and context-switch entry (kernel/src/main/asm/cpu) call into the Java
# kernel (myos_trap, myos_syscall), so they are linked only with it; they are assembled
# every time so that they never rot. The boot-info block refers to them weakly.
cpu_objs=()
for s in "$ROOT"/kernel/src/main/asm/cpu/*.S; do
  o="$OUT/cpu-$(basename "${s%.S}").o"
  gcc "${CFLAGS[@]}" -I "$ROOT/kernel/src/main/asm/cpu" -c -o "$o" "$s"
  cpu_objs+=("$o")
done
for c in "$ROOT"/kernel/src/main/c/*.c; do
  [ -e "$c" ] || continue
  o="$OUT/$(basename "${c%.c}").o"
  gcc "${CFLAGS[@]}" -c -o "$o" "$c"
  objs+=("$o")
done

ld -nostdlib -z max-page-size=4096 --no-warn-rwx-segments --build-id=none \
  -T "$ROOT/kernel/kernel.ld" -o "$OUT/kernel.elf" "${objs[@]}"
cp "$OUT/kernel.elf" "$DIST/kernel.elf"
echo "dist/kernel.elf" >&2
