#!/usr/bin/env bash
# Usage: sandbox_window.sh <syncdesk binary> <screenshot.png> [seconds to wait] [syncdesk-cli]
# Runs the app on a private sandbox org in a virtual X screen, asserts that the
# main window is shown, that its engine syncs (read from outside with syncdesk-cli
# when given), and saves a screenshot of the screen.
set -euo pipefail

if [ "${1:-}" != "--inside-xvfb" ]; then
    exec xvfb-run -a -s '-screen 0 1280x800x24' "$0" --inside-xvfb "$@"
fi
shift
app=$1
shot=$2
settle=${3:-8}
cli=${4:-}

log=$(mktemp)
# A private state folder and settings, so the run neither reads nor changes the user's.
state=$(mktemp -d)
HOME="$state" XDG_CONFIG_HOME="$state/config" SYNCDESK_IN_MEMORY_SECRETS=1 \
    "$app" --sandbox --data-dir "$state/data" >"$log" 2>&1 &
app_pid=$!
cleanup() {
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    rm -f "$log"
    rm -rf "$state"
}
trap cleanup EXIT

window_shown=
for _ in $(seq 1 40); do
    if xwininfo -root -tree | grep >/dev/null 'SyncDesk — Sandbox org'; then
        window_shown=yes
        break
    fi
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.5
done
if [ -z "$window_shown" ]; then
    echo "FAIL: no SyncDesk window appeared" >&2
    cat "$log" >&2
    exit 1
fi

# The sandbox org's workspace is the data folder's sandbox-org/: its engine holds the lock
# and finishes a first cycle (the whole seeded org read in).
if [ -n "$cli" ]; then
    synced=
    for _ in $(seq 1 60); do
        status=$(SYNCDESK_IN_MEMORY_SECRETS=1 "$cli" --data-dir "$state/data/sandbox-org" \
            status --json 2>/dev/null || true)
        if printf '%s' "$status" | grep -q "\"pid\": $app_pid" &&
            printf '%s' "$status" | grep -q '"lastSyncAt": "'; then
            synced=yes
            break
        fi
        sleep 0.5
    done
    if [ -z "$synced" ]; then
        echo "FAIL: the app's engine did not sync the sandbox org (status: $status)" >&2
        cat "$log" >&2
        exit 1
    fi
fi

sleep "$settle"
if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "FAIL: syncdesk exited while running" >&2
    cat "$log" >&2
    exit 1
fi
import -window root "$shot"
echo "screenshot: $shot"

# The sandbox org must run as a child of the app, and go away with it.
sandbox_pids=$(pgrep -P "$app_pid" -f syncdesk-sandbox || true)
if [ -z "$sandbox_pids" ]; then
    echo "FAIL: no syncdesk-sandbox child process (is the syncdesk-sandbox target built?)" >&2
    cat "$log" >&2
    exit 1
fi
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
for _ in $(seq 1 20); do
    alive=
    for pid in $sandbox_pids; do
        kill -0 "$pid" 2>/dev/null && alive=yes
    done
    [ -z "$alive" ] && break
    sleep 0.25
done
if [ -n "$alive" ]; then
    echo "FAIL: the sandbox org outlived the app" >&2
    exit 1
fi
echo "PASS: window shown, engine synced, sandbox org started and stopped with the app"
