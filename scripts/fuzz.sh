#!/usr/bin/env bash
# Builds one libFuzzer target (parser, validator, lint: with the core's sources and JSONSchema's; workbook: with
# the Spreadsheet module's and zlib) and runs it.
#   scripts/fuzz.sh TARGET [SECONDS]      e.g. scripts/fuzz.sh parser 600
# Crashes are written to .build/fuzz/TARGET/ as crash-*; turn each into a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh parser|validator|lint|workbook [SECONDS]}
seconds=${2:-60}
out=.build/fuzz/$target
mkdir -p "$out/corpus"
if [ "$target" = workbook ]; then
  sources=$out/sources && rm -rf "$sources" && mkdir -p "$sources"
  for file in $(find Sources/Localization Sources/Spreadsheet -name '*.swift'); do
    sed '/^import Localization$/d' "$file" > "$sources/$(echo "$file" | tr '/' '_')"
  done
  swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name Spreadsheet -I Sources/CZlib \
    "$sources"/*.swift Tests/Fuzz/workbook.swift -lz -o "$out/fuzz-workbook"
  # Seeds: workbooks spbe writes and csv files (made by the caller, e.g. with spbe export, into the corpus).
  cd "$out"
  exec ./fuzz-workbook -max_total_time="$seconds" -max_len=262144 -rss_limit_mb=4096 -artifact_prefix=./ corpus
fi
# The core embeds the schemas and framework through SwiftPM; outside SwiftPM, generate the same PackageResources.
resources=$out/PackageResources.swift
{
  echo "struct PackageResources {"
  for file in Sources/SPBECore/Resources/*.json; do
    name=$(basename "$file" | tr '.-' '__')
    printf 'static let %s: [UInt8] = [%s]\n' "$name" "$(od -An -v -tu1 "$file" | tr -s ' \n' ',' | sed 's/^,//; s/,$//')"
  done
  echo "}"
} > "$resources"
# The fuzzer links one module: the core's sources with those of the modules it re-exports, without their imports.
sources=$out/sources && rm -rf "$sources" && mkdir -p "$sources"
for file in $(find Sources/Localization Sources/JSONSchema Sources/SPBECore -name '*.swift' ! -name Exports.swift); do
  sed '/^import \(JSONSchema\|Localization\)$/d' "$file" > "$sources/$(echo "$file" | tr '/' '_')"
done
swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name SPBECore \
  "$sources"/*.swift "$resources" "Tests/Fuzz/$target.swift" -o "$out/fuzz-$target"
cp assessments/kota-contoh/*.json schemas/*.json "$out/corpus/" 2>/dev/null || true
cd "$out"
exec ./"fuzz-$target" -max_total_time="$seconds" -max_len=65536 -artifact_prefix=./ corpus
