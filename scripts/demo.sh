#!/usr/bin/env bash
# Sets up (libgit2-dev, pkg-config when missing; needs root for that), builds spbe, makes the illustrative Kota
# Contoh with its history in a temporary folder (spbe init --example) and shows its current cycle, 2026 on the
# Indeks Pemerintah Digital, and how it stands against its last Indeks SPBE cycle, 2024.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
swift build -Xswiftc -warnings-as-errors >&2
spbe=$PWD/.build/debug/spbe
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
"$spbe" init "$folder/kota-contoh" --example >/dev/null
"$spbe" -C "$folder/kota-contoh" score
echo
"$spbe" -C "$folder/kota-contoh" diff cycle/2024 cycle/2026
