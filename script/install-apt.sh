#!/usr/bin/env bash
# Installs the Debian packages listed (one per line, # comments) in the given file,
# only those not yet installed. Needs root or sudo; apt-get update runs only when needed.
set -euo pipefail
list=${1:?usage: install-apt.sh FILE}
mapfile -t pkgs < <(sed -e 's/#.*//' -e '/^\s*$/d' "$list" | tr -s ' \t' '\n' | sed '/^$/d')
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "installing Debian packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
