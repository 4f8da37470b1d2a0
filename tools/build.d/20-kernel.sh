#!/usr/bin/env bash
# Builds dist/kernel.elf (issue 4): the assembly entry (kernel/src/main/asm) linked by
# kernel/kernel.ld with the kernel's C-ABI entry `myos_kernel_entry(magic, info, bootInfo)`.
#
# The Java kernel: `aot --target kernel` compiles myos.kernel.Kernel (with the runtime's
# kernel flavour) into objects, which are linked with the boot and cpu assembly. The
# kernel heap's maximum is KERNEL_HEAP_MAX (its page map is committed up front from the
# image's 4 MiB seed arena, so it must stay modest; 64m costs 128 KiB).
#
# A kernel that does not compile is a build failure (the compiler's messages name the
# class, method and site); there is no fallback.
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
  "-ffile-prefix-map=$ROOT=." -I "$ROOT/kernel/src/main/asm")

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

KERNEL_HEAP_MAX="${KERNEL_HEAP_MAX:-64m}"
aot_jar="$ROOT/aot/target/aot-0.1.0.jar"
[ -f "$aot_jar" ] && [ -d "$ROOT/kernel/target/classes/myos/kernel" ] || {
  echo "20-kernel.sh: build the host tools first (./myos build does)" >&2; exit 1; }
rm -rf "$OUT/java"
if ! java -Xss16m -cp "$aot_jar:$(ls "$ROOT"/aot/target/lib/*.jar | tr '\n' ':')" myos.aot.Main --root "$ROOT" \
     --target kernel --heap-max "$KERNEL_HEAP_MAX" --cp "$ROOT/kernel/target/classes" \
     --main myos.kernel.Kernel -o "$OUT/java" >"$OUT/aot.log" 2>&1; then
  echo "20-kernel.sh: the Java kernel does not compile (full log: build/kernel/aot.log):" >&2
  head -c 4000 "$OUT/aot.log" | sed 's/^/  /' >&2
  exit 1
fi
objs+=("${cpu_objs[@]}" "$OUT"/java/*.o)

LD=(ld -nostdlib -z max-page-size=4096 --no-warn-rwx-segments --build-id=none -T "$ROOT/kernel/kernel.ld")
"${LD[@]}" -o "$OUT/kernel.elf" "${objs[@]}"
# The kernel's own symbol table for panic backtraces (myos.aot.KernelSymbolTable, sharing
# the ELF/DWARF reading with the user programs' frame table): made from the first link's
# DWARF, then linked in. It lands in .rodata, after .text, so no code address moves
# between the two links.
java -cp "$aot_jar" myos.aot.KernelSymbolTable "$OUT/kernel.elf" "$OUT/symbols.S"
gcc -c -o "$OUT/symbols.o" "$OUT/symbols.S"
"${LD[@]}" -o "$OUT/kernel.elf" "${objs[@]}" "$OUT/symbols.o"
cp "$OUT/kernel.elf" "$DIST/kernel.elf"
echo "dist/kernel.elf" >&2
