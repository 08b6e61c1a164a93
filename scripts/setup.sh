#!/usr/bin/env bash
# Installs what spbe needs to build (libgit2-dev and pkg-config) when it is missing.
# Installing needs root (or sudo); nothing is installed when both are already there.
set -euo pipefail
if pkg-config --exists libgit2 2>/dev/null; then
  exit 0
fi
echo "spbe setup: installing libgit2-dev and pkg-config (needs root)" >&2
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libgit2-dev pkg-config >/dev/null
