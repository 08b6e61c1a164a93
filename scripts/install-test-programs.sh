#!/usr/bin/env bash
# Installs the real programs the tests drive, when they are missing: LibreOffice Calc without a GUI and its Python
# bridge (Debian packages, needs root or sudo), openpyxl and check-jsonschema (PyPI, for the CI files' schemas).
set -euo pipefail
if ! command -v soffice >/dev/null 2>&1 || ! /usr/bin/python3 -c "import uno" 2>/dev/null; then
  echo "spbe: installing libreoffice-calc-nogui and python3-uno" >&2
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    libreoffice-calc-nogui python3-uno >/dev/null
fi
if ! python3 -c "import openpyxl" 2>/dev/null || ! command -v check-jsonschema >/dev/null 2>&1; then
  echo "spbe: installing openpyxl and check-jsonschema" >&2
  python3 -m pip install -q --root-user-action=ignore openpyxl check-jsonschema
fi
