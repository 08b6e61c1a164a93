#!/usr/bin/env bash
# Fetches the third-party conformance suites into Tests/Conformance/ (git-ignored, never committed), at the
# pinned commits the tests were written against, with their licences (both MIT):
#   json-parsing/  nst/JSONTestSuite                      (test_parsing/)
#   json-schema/   json-schema-org/JSON-Schema-Test-Suite (tests/draft2020-12/, remotes/)
# Needs git and a network. The tests also find the suites through SPBE_CONFORMANCE_DIR or ../shared/conformance.
set -euo pipefail
cd "$(dirname "$0")/.."
target=Tests/Conformance
fetch() { # URL COMMIT FOLDER PATHS...
  local url=$1 commit=$2 folder=$3; shift 3
  local tmp; tmp=$(mktemp -d)
  git -C "$tmp" init -q
  git -C "$tmp" fetch -q "$url" HEAD
  git -C "$tmp" checkout -q "$commit"   # a pinned commit: the tests' pinned answers hold for it
  rm -rf "${target:?}/$folder"
  for path in LICENSE "$@"; do mkdir -p "$target/$folder/$(dirname "$path")" && cp -R "$tmp/$path" "$target/$folder/$path"; done
  rm -rf "$tmp"
  echo "fetched $url at $commit into $target/$folder"
}
fetch https://github.com/nst/JSONTestSuite.git 1ef36fa json-parsing test_parsing
fetch https://github.com/json-schema-org/JSON-Schema-Test-Suite.git 44401e0 json-schema tests/draft2020-12 remotes
