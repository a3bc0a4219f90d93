#!/usr/bin/env bash
# Usage (inside tests/unit/auth/run_with_keyring.sh, a real Secret Service):
#   saved_org_window.sh <syncdesk> <syncdesk-cli> <syncdesk-sandbox> <screenshot.png>
# The path an admin with a real org takes, against a sandbox org standing in for it:
# `syncdesk-cli connect` signs in and leaves the refresh token in the keychain; then
# `syncdesk` with no option finds the saved org, reads the token back from the keychain,
# and its engine syncs (seen from outside through `syncdesk-cli status`).
set -euo pipefail

if [ "${1:-}" != "--inside-xvfb" ]; then
    exec xvfb-run -a -s '-screen 0 1280x800x24' "$0" --inside-xvfb "$@"
fi
shift
app=$1
cli=$2
sandbox=$3
shot=$4

state=$(mktemp -d)
data="$state/data"
app_pid=
sandbox_pid=
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$state"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    for log in "$state"/*.log; do
        [ -f "$log" ] && { echo "--- $log" >&2; tail -20 "$log" >&2; }
    done
    exit 1
}

"$sandbox" --contacts 30 --leads 20 --accounts 10 --opportunities 5 >"$state/sandbox.log" 2>&1 &
sandbox_pid=$!
url=
for _ in $(seq 1 40); do
    # Only a whole first line: a half-written one would give half a port number.
    if [ "$(wc -l <"$state/sandbox.log" 2>/dev/null || echo 0)" -ge 1 ]; then
        url=$(head -n 1 "$state/sandbox.log" | grep -o 'http://127.0.0.1:[0-9]*' || true)
        [ -n "$url" ] && break
    fi
    sleep 0.25
done
[ -n "$url" ] || fail "the sandbox org did not start"

"$cli" --data-dir "$data" connect --login-url "$url" >"$state/connect.log" 2>&1 ||
    fail "syncdesk-cli connect"

export XDG_CONFIG_HOME="$state/config"
"$app" --data-dir "$data" >"$state/app.log" 2>&1 &
app_pid=$!

# The window names the org by its host, not "Sandbox org": it is the saved connection.
shown=
for _ in $(seq 1 40); do
    if xwininfo -root -tree | grep >/dev/null 'SyncDesk — 127.0.0.1'; then
        shown=yes
        break
    fi
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.5
done
[ -n "$shown" ] || fail "no window for the saved org"

# The desktop's engine holds the workspace's engine lock and finishes a cycle: it could
# only start after the refresh token came back from the keychain.
synced=
for _ in $(seq 1 60); do
    status=$("$cli" --data-dir "$data" status --json 2>/dev/null || true)
    if printf '%s' "$status" | grep -q "\"pid\": $app_pid" &&
        printf '%s' "$status" | grep -q '"lastSyncAt": "'; then
        synced=yes
        break
    fi
    sleep 0.5
done
[ -n "$synced" ] || fail "the desktop engine did not sync (status: $status)"
sleep 2
import -window root "$shot"
echo "screenshot: $shot"
echo "PASS: saved org resumed from the keychain, engine synced in the desktop app"
