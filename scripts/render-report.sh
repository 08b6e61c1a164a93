#!/usr/bin/env bash
# Renders `spbe report` for the example repository in headless Chromium (Debian's `chromium` package) to
# docs/report.png and docs/report.pdf, to look at the page as leadership will.
#   scripts/render-report.sh          (installs chromium with apt-get when missing; needs root for that)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; }
swift build -c release --static-swift-stdlib --product spbe >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./.build/release/spbe init "$work/contoh" --example >/dev/null
./.build/release/spbe -C "$work/contoh" report --out "$work/report.html"
mkdir -p docs
chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,1500 \
  --screenshot="$PWD/docs/report.png" "file://$work/report.html" 2>/dev/null
chromium --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$work/report.pdf" "file://$work/report.html" 2>/dev/null
cp "$work/report.pdf" docs/report.pdf
echo "wrote docs/report.png and docs/report.pdf"
