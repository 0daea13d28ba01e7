#!/usr/bin/env bash
# Unpacks the upstream tarball of a Debian source package into DEST, after
# checking it against a pinned sha256. The package comes from the mirror this
# machine installs from (no other site), through a throwaway apt
# configuration under a temporary directory that adds SUITE's deb-src index:
# the system's apt setup is not touched. Any Debian revision of the package
# is accepted; only its upstream tarball is used, and that is pinned.
#   debian-source.sh PACKAGE SUITE TARBALL SHA256 DEST
set -euo pipefail
pkg=${1:?usage: debian-source.sh PACKAGE SUITE TARBALL SHA256 DEST}
suite=${2:?suite}
tarball=${3:?tarball}
sha256=${4:?sha256}
dest=${5:?dest}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The mirror's URI from the system's sources (deb822 or one-line format).
uri=$(sed -n 's/^URIs:[[:space:]]*//p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n1 | awk '{print $1}')
if [ -z "$uri" ]; then
  uri=$(grep -hE '^deb[[:space:]]' /etc/apt/sources.list 2>/dev/null | head -n1 | awk '{print $2}')
fi
[ -n "$uri" ] || { echo "debian-source: no Debian mirror found in /etc/apt" >&2; exit 1; }
mkdir -p "$tmp/parts" "$tmp/lists/partial" "$tmp/cache/archives/partial"
cat > "$tmp/parts/src.sources" <<SRC
Types: deb-src
URIs: $uri
Suites: $suite
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
apt=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$tmp/parts" -o "Dir::State::Lists=$tmp/lists"
  -o "Dir::Cache=$tmp/cache" -o Debug::NoLocking=1 -o APT::Sandbox::User=root)
apt-get "${apt[@]}" -qq update
(cd "$tmp" && apt-get "${apt[@]}" -qq source --download-only "$pkg")
echo "$sha256  $tmp/$tarball" | sha256sum -c --quiet
rm -rf "$dest" && mkdir -p "$dest"
tar xf "$tmp/$tarball" -C "$dest" --strip-components=1
