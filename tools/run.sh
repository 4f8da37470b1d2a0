#!/usr/bin/env bash
# ./myos run [--uefi|--direct] [-- QEMU-ARGS...]: boots MyOS2026 on this terminal's serial
# console (docs/05-image.md). Default: dist/myos2026.qcow2 with SeaBIOS on machine pc;
# --uefi: the same disk with OVMF on q35; --direct: qemu -kernel dist/kernel.elf (PVH).
# QEMU exits when the guest powers off (-no-reboot also turns a reset into an exit).
# Ctrl-A X quits by hand. The disk is opened with snapshot=on: the guest's writes go to a
# temporary overlay, so the built image stays byte-identical to what the build produced.
# Environment: MYOS_IMAGE, MYOS_KERNEL override the paths; MYOS_DISK_IF=virtio|ide|… the
# disk's interface (default virtio); MYOS_ACCEL=tcg|kvm (default tcg:
# the nested KVM of the build machines runs -kernel but hangs in GRUB and faults on OVMF's
# first x87 instruction, so KVM is opt-in); MYOS_MEM (default 256M).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
IMAGE="${MYOS_IMAGE:-$ROOT/dist/myos2026.qcow2}"
KERNEL="${MYOS_KERNEL:-$ROOT/dist/kernel.elf}"
mode=bios
case "${1:-}" in
  --uefi) mode=uefi; shift;;
  --direct) mode=direct; shift;;
  --bios) shift;;
esac
[ "${1:-}" = "--" ] && shift

accel="${MYOS_ACCEL:-tcg}"
# -display none, not -nographic: -nographic also makes SeaBIOS mirror its text console onto
# the serial line ("sercon"), and mirroring GRUB's console output (its start-up screen clear)
# costs SeaBIOS ~1900 extra SMM round trips — about 0.3 s of CPU under TCG (docs/05-image.md).
# The terminal shows what the guest writes to COM1: GRUB's messages once its script has
# switched to the serial terminal, then the kernel.
common=(-accel "$accel" -m "${MYOS_MEM:-256M}" -display none -no-reboot -serial mon:stdio)
# The format follows the file name, so a converted copy boots the same way (for instance
# the VDI made for VirtualBox: qemu-img convert -O vdi dist/myos2026.qcow2 myos2026.vdi).
case "$IMAGE" in
  *.vdi) format=vdi;; *.vmdk) format=vmdk;; *.raw|*.img) format=raw;; *) format=qcow2;;
esac
disk=(-drive "file=$IMAGE,format=$format,if=${MYOS_DISK_IF:-virtio},snapshot=on")

need() { [ -f "$1" ] || { echo "myos run: $1 is missing (./myos build)" >&2; exit 1; }; }

case "$mode" in
  bios)
    need "$IMAGE"
    exec qemu-system-x86_64 -M pc "${common[@]}" "${disk[@]}" "$@";;
  uefi)
    need "$IMAGE"
    code=""
    for c in /usr/share/OVMF/OVMF_CODE_4M.fd /usr/share/OVMF/OVMF_CODE.fd; do
      [ -f "$c" ] && { code="$c"; break; }
    done
    [ -n "$code" ] || { echo "myos run: OVMF not found (package ovmf)" >&2; exit 1; }
    vars_tpl="${code/CODE/VARS}"
    vars="$(mktemp "${TMPDIR:-/tmp}/myos-ovmf-vars.XXXXXX")"
    trap 'rm -f "$vars"' EXIT
    cp "$vars_tpl" "$vars"
    qemu-system-x86_64 -M q35 "${common[@]}" \
      -drive "if=pflash,format=raw,unit=0,readonly=on,file=$code" \
      -drive "if=pflash,format=raw,unit=1,file=$vars" "${disk[@]}" "$@";;
  direct)
    need "$KERNEL"
    extra=()
    [ -f "$IMAGE" ] && extra=("${disk[@]}")
    exec qemu-system-x86_64 -M pc "${common[@]}" -kernel "$KERNEL" -append "console=ttyS0" "${extra[@]}" "$@";;
esac
