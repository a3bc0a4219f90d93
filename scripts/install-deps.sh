#!/usr/bin/env bash
# Installs the Debian packages SyncDesk needs, and only those that are missing,
# so a second `make` costs nothing. Safe to run as root or through sudo.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

sudo_cmd=()
if [ "$(id -u)" != 0 ]; then sudo_cmd=(sudo); fi

mapfile -t wanted < <(grep -vE '^\s*(#|$)' "$here/debian-packages.txt")
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
# Node.js may come from Debian or from a vendor repackaging that bundles npm
# (and conflicts with Debian's npm package): take whichever is already there.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  missing+=(nodejs npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if [ ! -f /var/lib/apt/lists/lock ] || [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v lock)" ] ||
   ! apt-cache show "${missing[0]}" >/dev/null 2>&1; then
  "${sudo_cmd[@]}" apt-get update
fi
"${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
