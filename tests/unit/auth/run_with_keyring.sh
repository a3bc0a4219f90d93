#!/bin/sh
# Runs a test binary against a real Secret Service: gnome-keyring in a private
# D-Bus session, with HOME and the XDG folders in a throwaway directory, so the
# user's own keyring and session bus are never touched.
#   run_with_keyring.sh TEST_BINARY [ARGS...]
set -eu

if [ $# -lt 1 ]; then
    echo "usage: $0 TEST_BINARY [ARGS...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool is missing (packages dbus and gnome-keyring)" >&2
        exit 1
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/syncdesk-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export HOME="$scratch/home"
export XDG_DATA_HOME="$scratch/data"
export XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DISPLAY WAYLAND_DISPLAY
# QtKeychain picks its backend from the desktop; the Secret Service is the one under test.
export XDG_CURRENT_DESKTOP=GNOME

# Inside the private bus: start the keyring unlocked with a throwaway password
# (it creates a fresh login keyring under $XDG_DATA_HOME and registers
# org.freedesktop.secrets), wait until it answers, run the tests. The daemon
# leaves with the bus when dbus-run-session ends.
exec dbus-run-session -- sh -eu -c '
    printf %s "throwaway-test-password" |
        gnome-keyring-daemon --unlock --components=secrets >/dev/null
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
            grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ "$tries" -gt 100 ]; then
            echo "run_with_keyring: gnome-keyring did not register org.freedesktop.secrets" >&2
            exit 1
        fi
        sleep 0.1
    done
    SYNCDESK_PRIVATE_KEYRING=1 exec "$@"
' run_with_keyring "$@"
