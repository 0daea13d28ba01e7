#!/usr/bin/env bash
# Fetches QuickJS's C sources from Debian's source package (the mirror this
# machine installs from; no other site), checks them against a pinned
# sha256 and unpacks them, patched for wasm32-wasi, into DEST. JavaScript
# functions are QuickJS compiled to WASI with the script embedded
# (mk/js.mk). apt's own configuration is not touched: a throwaway one
# under a temporary directory adds the deb-src index.
set -euo pipefail
dest=${1:?usage: fetch-quickjs.sh DEST}
version=2025.04.26
sha256=ec81da5b3249ed648dbc7df4a1654988910e66a118d9b71cb63534216efcfbbe
tarball=quickjs_${version}.orig.tar.xz

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The mirror's URI from the system's sources (deb822 or one-line format).
uri=$(sed -n 's/^URIs:[[:space:]]*//p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n1 | awk '{print $1}')
if [ -z "$uri" ]; then
  uri=$(grep -hE '^deb[[:space:]]' /etc/apt/sources.list 2>/dev/null | head -n1 | awk '{print $2}')
fi
[ -n "$uri" ] || { echo "fetch-quickjs: no Debian mirror found in /etc/apt" >&2; exit 1; }
mkdir -p "$tmp/parts" "$tmp/lists/partial" "$tmp/cache/archives/partial"
# QuickJS is packaged from trixie on; its source builds on any Debian.
cat > "$tmp/parts/src.sources" <<SRC
Types: deb-src
URIs: $uri
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
apt=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$tmp/parts" -o "Dir::State::Lists=$tmp/lists"
  -o "Dir::Cache=$tmp/cache" -o Debug::NoLocking=1 -o APT::Sandbox::User=root)
apt-get "${apt[@]}" -qq update
# Any Debian revision: only the upstream tarball is used, and it is pinned.
(cd "$tmp" && apt-get "${apt[@]}" -qq source --download-only quickjs)
echo "$sha256  $tmp/$tarball" | sha256sum -c --quiet
rm -rf "$dest.tmp" && mkdir -p "$dest.tmp"
tar xJf "$tmp/$tarball" -C "$dest.tmp" --strip-components=1
# WASI has no threads (so no Atomics) and no setjmp (dtoa.c includes it but never uses it).
sed -i '/^#if !defined(EMSCRIPTEN)$/{N;s/^#if !defined(EMSCRIPTEN)\n#define CONFIG_ATOMICS$/#if !defined(EMSCRIPTEN) \&\& !defined(__wasi__)\n#define CONFIG_ATOMICS/}' "$dest.tmp/quickjs.c"
grep -q '!defined(__wasi__)' "$dest.tmp/quickjs.c"
sed -i '/#include <setjmp.h>/d' "$dest.tmp/dtoa.c"
rm -rf "$dest" && mv "$dest.tmp" "$dest"
echo "QuickJS $version sources in $dest"
