#!/bin/sh
# Runs a test binary under libfaketime with a timestamp file the test rewrites to move
# the system clock of itself and of the processes it starts (the sandbox org): a day of
# SyncDesk's ledger and samples, which are stamped with the system clock, in a minute.
#   run_under_faketime.sh TEST_BINARY [ARGS...]
set -eu
lib=$(ls /usr/lib/*/faketime/libfaketime.so.1 2>/dev/null | head -n 1)
if [ -z "$lib" ]; then
    echo "libfaketime is missing: make deps installs it (package faketime)" >&2
    exit 1
fi
clock=$(mktemp)
trap 'rm -f "$clock"' EXIT
echo +0 > "$clock"
LD_PRELOAD=$lib FAKETIME_TIMESTAMP_FILE=$clock FAKETIME_NO_CACHE=1 \
    FAKETIME_DONT_FAKE_MONOTONIC=1 "$@"
