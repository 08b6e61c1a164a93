#!/usr/bin/env bash
# Sets up (libgit2-dev, pkg-config when missing; needs root for that) and runs the whole test suite,
# building with warnings as errors: swift test -Xswiftc -warnings-as-errors
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
swift test -Xswiftc -warnings-as-errors
