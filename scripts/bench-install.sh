#!/usr/bin/env bash
# Times each way the CI files `spbe init` writes put spbe on the PATH, running their own install script (the
# GitLab job's before_script, taken from a repository made by `spbe init`) in a minimal Debian root, as a
# `debian:bookworm-slim` job would:
#   1. the release archive, fetched from a local HTTP server on 127.0.0.1 and checked against its sha256
#      (first without curl in the image, so the script installs it, then with curl already there);
#   2. a cache hit: the binary a previous job built, restored into .spbe/;
#   3. with --build: the build from source a cache miss pays (scripts/release.sh from a fresh clone).
# Needs root, the release from scripts/release.sh and the root from scripts/check-release-debian.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
root=.build/debian-bookworm
archive=$(ls dist/spbe-*-linux-*.tar.gz | head -1)
[ -x "$root/bin/sh" ] && [ -f "$archive" ] || { echo "spbe: run scripts/release.sh and scripts/check-release-debian.sh first" >&2; exit 1; }
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
python3 -m http.server "$port" --bind 127.0.0.1 --directory dist >/dev/null 2>&1 &
server=$!
mount -t proc proc "$root/proc"
cleanup() { kill "$server" 2>/dev/null || true; umount "$root/proc" 2>/dev/null || true; rm -rf "$work" "$root/job"; }
trap cleanup EXIT
./dist/stage/spbe init "$work/kota" --coordinator-name K --coordinator-email k@kota.go.id >/dev/null
script=$(python3 -c 'import sys, yaml; print(yaml.safe_load(open(sys.argv[1]))["spbe"]["before_script"][0])' "$work/kota/.gitlab-ci.yml")
printf '%s\n' "$script" > "$root/install.sh"
sha=$(cut -d' ' -f1 "$archive.sha256")
url="http://127.0.0.1:$port/$(basename "$archive")"
job() { # $1: label, then the job's environment
  local label=$1; shift
  rm -f "$root/usr/local/bin/spbe"
  local start end
  start=$(date +%s.%N)
  chroot "$root" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin "$@" /bin/sh -ec 'cd /job && sh -e /install.sh >/dev/null && spbe --version >/dev/null'
  end=$(date +%s.%N)
  printf '%-58s %6.2f s\n' "$label" "$(echo "$end - $start" | bc)"
}
rm -rf "$root/job" && mkdir -p "$root/job"
chroot "$root" /bin/sh -c 'apt-get remove -y -qq curl >/dev/null 2>&1 || true'
job "release archive (image without curl: apt-get installs it)" SPBE_RELEASE_URL="$url" SPBE_SHA256="$sha"
job "release archive (curl in the image)" SPBE_RELEASE_URL="$url" SPBE_SHA256="$sha"
mkdir -p "$root/job/.spbe" && cp dist/stage/spbe "$root/job/.spbe/spbe"
job "cache hit (.spbe/spbe restored by the forge)" SPBE_SOURCE=https://example.invalid/spbe.git
rm -rf "$root/job/.spbe" "$root/usr/local/bin/spbe"
failed=$(chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin /bin/sh -ec 'cd /job && sh -e /install.sh' 2>&1 || true)
if echo "$failed" | grep -q "set the variables"; then
  echo "no variable set: the job fails at once, naming the variables"
fi
if [ "${1:-}" = --build ]; then
  git clone -q . "$work/source"
  start=$(date +%s)
  (cd "$work/source" && scripts/release.sh >/dev/null 2>&1)
  printf '%-58s %6d s\n' "build from source (cache miss: release.sh, fresh clone)" "$(( $(date +%s) - start ))"
fi
