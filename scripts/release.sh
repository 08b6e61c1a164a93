#!/usr/bin/env bash
# Builds the self-contained release binary and its archive: dist/spbe-VERSION-linux-ARCH.tar.gz (the binary alone)
# and its .sha256. The Swift standard library and Foundation are linked statically (--static-swift-stdlib), and so
# are libgit2 and what it needs, from the .a files Debian's -dev packages ship (libgit2, mbedtls, libssh2 and the
# OpenSSL libcrypto it is built with, http-parser, pcre2, zlib). The script then proves it: ldd lists none of
# those, and the binary runs --version, init, score and lint --base on the example under `env -i` in an empty folder.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
arch=$(uname -m)
multiarch=$(gcc -print-multiarch 2>/dev/null || echo "$arch-linux-gnu")
version=$(sed -n 's/.*static let version = "\(.*\)"/\1/p' Sources/SPBECLI/Tool.swift)
commit=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain 2>/dev/null)" ]; then commit="$commit-modified"; fi

# A folder holding only the static archives: the linker takes the first match along -L, so -lgit2 finds
# libgit2.a here before the shared library in the system folder.
static=.build/release-static-libs
rm -rf "$static" && mkdir -p "$static"
libs=(git2 mbedtls mbedx509 mbedcrypto http_parser ssh2 crypto pcre2-8 z)
for lib in "${libs[@]}"; do
  archive=/usr/lib/$multiarch/lib$lib.a
  [ -f "$archive" ] || { echo "spbe release: $archive is missing (install its -dev package)" >&2; exit 1; }
  ln -s "$archive" "$static/lib$lib.a"
done
# SwiftPM reads the .pc files itself and puts their -L before ours: give it copies whose libdir is that folder.
pkgconfig=.build/release-pkgconfig
rm -rf "$pkgconfig" && mkdir -p "$pkgconfig"
for pc in libgit2 zlib; do
  sed "s|^libdir=.*|libdir=$PWD/$static|" "$(pkg-config --variable=pcfiledir "$pc")/$pc.pc" > "$pkgconfig/$pc.pc"
done
export PKG_CONFIG_PATH="$PWD/$pkgconfig"
# Kerberos (GSSAPI, shared only in Debian) is replaced by stand-ins that fail: see release-no-gssapi.c.
"$(command -v cc || command -v clang || command -v gcc)" -c -O2 -fPIC -o "$static/no-gssapi.o" scripts/release-no-gssapi.c
linker=(-Xlinker -L"$PWD/$static" -Xlinker "$PWD/$static/no-gssapi.o")
for lib in "${libs[@]}"; do linker+=(-Xlinker -l"$lib"); done
linker+=(-Xlinker -ldl -Xlinker -lpthread)

swift build -c release --product spbe --static-swift-stdlib --scratch-path .build-release \
  -Xcc -DSPBE_BUILD_COMMIT="\"$commit\"" "${linker[@]}"
binary=.build-release/release/spbe

out=dist/stage && rm -rf "$out" && mkdir -p "$out"
cp "$binary" "$out/spbe"
strip "$out/spbe"

# Proof: no shared library of libgit2, its dependencies or Swift.
if ldd "$out/spbe" | grep -Ei 'git2|ssh2|mbed|http_parser|pcre2|crypto|libssl|libz\.|swift|Foundation|dispatch'; then
  echo "spbe release: the binary still links the shared libraries above" >&2
  exit 1
fi
echo "spbe release: shared libraries it needs at run time:"
ldd "$out/spbe" | sed 's/ (0x.*//; s/^/  /'

# Proof: it runs with no environment, from an empty folder, on the example.
check=$(mktemp -d)
trap 'rm -rf "$check"' EXIT
cp "$out/spbe" "$check/spbe"
(
  cd "$check"
  env -i ./spbe --version
  env -i ./spbe init example --example >/dev/null
  env -i ./spbe -C example score >/dev/null
  env -i ./spbe -C example lint --base cycle/2024 >/dev/null || [ $? -eq 1 ]
)

archive="dist/spbe-$version-linux-$arch.tar.gz"
tar -C "$out" --owner=0 --group=0 --numeric-owner -czf "$archive" spbe
(cd dist && sha256sum "$(basename "$archive")" > "$(basename "$archive").sha256")
size=$(stat -c %s "$out/spbe")
echo "spbe release: $archive ($(stat -c %s "$archive") bytes; binary $size bytes)"
cat "$archive.sha256"
