#!/usr/bin/env bash
# Sets up (libgit2-dev, pkg-config when missing; needs root for that), checks the formatting against the
# committed .swift-format (swift format lint --strict) and runs the whole test suite, building with warnings as
# errors: swift test -Xswiftc -warnings-as-errors
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
swift format lint --strict --recursive Package.swift Sources Tests
swift test -Xswiftc -warnings-as-errors
