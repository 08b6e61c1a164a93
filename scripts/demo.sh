#!/usr/bin/env bash
# Sets up (libgit2-dev, pkg-config when missing; needs root for that), builds spbe and scores this
# repository's own assessments/.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
swift build -Xswiftc -warnings-as-errors >&2
./.build/debug/spbe score
