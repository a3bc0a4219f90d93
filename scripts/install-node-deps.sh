#!/usr/bin/env bash
# Installs the npm packages the compatibility tests run (jsforce), pinned by
# tests/compat/package-lock.json, only when the lock file changed.
set -euo pipefail
dir=$(cd "$(dirname "$0")/../tests/compat" && pwd)
[ -f "$dir/package.json" ] || exit 0
stamp="$dir/node_modules/.syncdesk-lock-stamp"
if [ -f "$stamp" ] && cmp -s "$stamp" "$dir/package-lock.json"; then
  exit 0
fi
echo "Installing npm packages for tests/compat"
(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
cp "$dir/package-lock.json" "$stamp"
