#!/usr/bin/env bash
# Runs the test suite with code coverage and prints llvm-cov's summary for the project's sources (tests and
# generated files left out); the TOTAL line is the figure the README quotes.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
swift test --enable-code-coverage >/dev/null
bin=$(swift build --show-bin-path)
# The toolchain's own llvm-cov reads the profile format its compiler wrote.
cov=$(dirname "$(command -v swift)")/llvm-cov; [ -x "$cov" ] || cov=llvm-cov
"$cov" report "$bin/spbePackageTests.xctest" -instr-profile "$bin/codecov/default.profdata" \
  -ignore-filename-regex='(/Tests/|/\.build/|embedded_resources)' | awk 'NR == 1 || /^TOTAL/ || /^-+$/ { print; next } { sub(/^.*\/Sources\//, "Sources/"); print }'
