#!/usr/bin/env bash
# Builds dist/myos2026.qcow2 from dist/kernel.elf and image/rootfs.tree (issue 5,
# docs/05-image.md). Runs after the kernel step; the image builder is the Maven module
# `image` (built by ./myos's build_tools). Output is a pure function of the inputs and
# SOURCE_DATE_EPOCH: two builds give the same bytes.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/build/image"; DIST="$ROOT/dist"
: "${SOURCE_DATE_EPOCH:?SOURCE_DATE_EPOCH must be set (./myos sets it)}"

if [ ! -f "$DIST/kernel.elf" ]; then
  echo "50-image: dist/kernel.elf is missing: the kernel step (tools/build.d/20-kernel.sh) must build it first" >&2
  exit 1
fi
jar="$ROOT/image/target/image-0.1.0.jar"
[ -f "$jar" ] || { echo "50-image: $jar is missing (mvn -pl image -am package)" >&2; exit 1; }
mkdir -p "$OUT"

# dist/kernel.elf keeps its DWARF for gdb; a build path in it (e.g. DW_AT_comp_dir, which
# -ffile-prefix-map=$ROOT/= does not cover) makes dist/ differ between checkouts.
if grep -qF "$ROOT" "$DIST/kernel.elf"; then
  echo "50-image: warning: dist/kernel.elf contains the build path $ROOT (DWARF comp_dir?); try -ffile-prefix-map=$ROOT=." >&2
fi

# The image carries the kernel without DWARF and without the ELF symbol table (the full
# one stays in dist/ for gdb): panics symbolise from the kernel's own table in .rodata
# (myos.aot.KernelSymbolTable), and every byte less is less for GRUB to read through BIOS
# disk calls at boot. A build path inside it would make the image depend on the checkout
# directory, so that is an error.
objcopy --strip-all "$DIST/kernel.elf" "$OUT/kernel.elf"
if grep -qF "$ROOT" "$OUT/kernel.elf"; then
  echo "50-image: kernel.elf contains the build path $ROOT (use -ffile-prefix-map); the image would not be reproducible" >&2
  exit 1
fi

java -cp "$jar:$ROOT/image/target/lib/*" myos.image.Main \
  --tree "$ROOT/image/rootfs.tree" --input kernel="$OUT/kernel.elf" \
  --work "$OUT/work" --out "$DIST/myos2026.qcow2"
echo "dist/myos2026.qcow2" >&2
