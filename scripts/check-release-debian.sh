#!/usr/bin/env bash
# Proves that the release binary runs on a minimal Debian: makes a root with `debootstrap --variant=minbase`
# (Debian's smallest installation: no compiler, no git, no libgit2) in a folder, copies the binary in and runs
# --version, init --example, score and lint --base there under `env -i`. Needs root and Debian's mirror.
#   scripts/check-release-debian.sh [SUITE]       (default bookworm; the binary from scripts/release.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
suite=${1:-bookworm}
binary=dist/stage/spbe
[ -x "$binary" ] || { echo "spbe: run scripts/release.sh first" >&2; exit 1; }
root=.build/debian-$suite
if [ ! -x "$root/bin/sh" ]; then
  command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  debootstrap --variant=minbase "$suite" "$root" http://deb.debian.org/debian >/dev/null
fi
cp "$binary" "$root/usr/local/bin/spbe"
# The Swift runtime reads a process's arguments from /proc/self/cmdline, which every running system has mounted.
mount -t proc proc "$root/proc"
trap 'umount "$root/proc"' EXIT
echo "spbe: in a minimal Debian $suite root ($(du -sh "$root" | cut -f1)), which has neither git nor libgit2:"
chroot "$root" /bin/sh -c 'command -v git || echo "  (no git)"; ls /usr/lib/*/libgit2* 2>/dev/null || echo "  (no libgit2)"'
chroot "$root" /usr/bin/env -i /bin/sh -c '
  set -e
  rm -rf /tmp/spbe-check && mkdir /tmp/spbe-check && cd /tmp/spbe-check
  /usr/local/bin/spbe --version
  /usr/local/bin/spbe init kota --example >/dev/null
  /usr/local/bin/spbe -C kota score | head -3
  status=0; /usr/local/bin/spbe -C kota lint --base cycle/2024 >/dev/null || status=$?
  [ "$status" -le 1 ] && echo "  lint --base cycle/2024: exit $status"
  rm -rf /tmp/spbe-check
'
