#!/usr/bin/env bash
# Fetches QuickJS's C sources from Debian's source package (packaged from
# trixie on; its source builds on any Debian) through script/debian-source.sh
# (the mirror this machine installs from, a pinned sha256) and unpacks them,
# patched for wasm32-wasi, into DEST. JavaScript functions are QuickJS
# compiled to WASI with the script embedded (mk/js.mk).
set -euo pipefail
dest=${1:?usage: fetch-quickjs.sh DEST}
version=2025.04.26
sha256=ec81da5b3249ed648dbc7df4a1654988910e66a118d9b71cb63534216efcfbbe
tarball=quickjs_${version}.orig.tar.xz

bash "$(dirname "$0")/debian-source.sh" quickjs trixie "$tarball" "$sha256" "$dest.tmp"
# WASI has no threads (so no Atomics) and no setjmp (dtoa.c includes it but never uses it).
sed -i '/^#if !defined(EMSCRIPTEN)$/{N;s/^#if !defined(EMSCRIPTEN)\n#define CONFIG_ATOMICS$/#if !defined(EMSCRIPTEN) \&\& !defined(__wasi__)\n#define CONFIG_ATOMICS/}' "$dest.tmp/quickjs.c"
grep -q '!defined(__wasi__)' "$dest.tmp/quickjs.c"
sed -i '/#include <setjmp.h>/d' "$dest.tmp/dtoa.c"
rm -rf "$dest" && mv "$dest.tmp" "$dest"
echo "QuickJS $version sources in $dest"
