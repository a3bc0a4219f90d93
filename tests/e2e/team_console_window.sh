#!/usr/bin/env bash
# Usage (inside tests/unit/auth/run_with_keyring.sh, a real Secret Service):
#   team_console_window.sh <syncdesk> <syncdesk-cli> <syncdesk-sandbox> <screenshot-prefix>
# Team mode end to end (issue 15): a throwaway PostgreSQL server, the password in the
# keychain (syncdesk-cli database-password), an engine (syncdesk-cli sync --database) on the
# sandbox org, then `syncdesk --database` as the owner and as a viewer: each window opens as
# a console that LISTENs for the engine's events and never syncs itself (the engine stays the
# CLI's). Screenshots <prefix>_owner.png and <prefix>_viewer.png for people to look at.
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
chmod 755 "$state"
pids=()
pgbin=
pg_as=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    [ -n "$pgbin" ] && [ -d "$state/pg" ] && "${pg_as[@]}" "$pgbin/pg_ctl" -D "$state/pg" -m immediate stop >/dev/null 2>&1 || true
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

# The server's binaries as the tests' PostgresCluster finds them; PostgreSQL refuses root.
pgbin=$(pg_config --bindir 2>/dev/null || true)
[ -x "$pgbin/initdb" ] || pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$pgbin/initdb" ] || pgbin=$(dirname "$(command -v initdb)")
[ -x "$pgbin/initdb" ] || fail "no PostgreSQL server binaries"
if [ "$(id -u)" = 0 ]; then
    pg_as=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
    mkdir "$state/pg" "$state/sock" && chown nobody "$state/pg" "$state/sock"
else
    mkdir "$state/pg" "$state/sock"
fi
"${pg_as[@]}" "$pgbin/initdb" -D "$state/pg" -U postgres --auth-local=trust \
    --auth-host=scram-sha-256 >"$state/initdb.log" 2>&1 || fail "initdb"
port=
for _ in $(seq 1 10); do
    port=$(shuf -i 20000-60000 -n 1)
    if "${pg_as[@]}" "$pgbin/pg_ctl" -D "$state/pg" -w -l "$state/pg/server.log" \
        -o "-p $port -k $state/sock -c listen_addresses=127.0.0.1" start >/dev/null 2>&1; then
        break
    fi
    port=
done
[ -n "$port" ] || fail "the PostgreSQL server did not start"
psql() { "$pgbin/psql" -X -q -h "$state/sock" -p "$port" -U postgres -v ON_ERROR_STOP=1 "$@"; }
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
viewer_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
psql -d postgres -c "CREATE ROLE syncdesk LOGIN PASSWORD '$password'" \
    -c "CREATE DATABASE team OWNER syncdesk" >"$state/psql.log" 2>&1 || fail "roles"
url="postgresql://syncdesk@127.0.0.1:$port/team?sslmode=disable"
viewer_url="postgresql://vera@127.0.0.1:$port/team?sslmode=disable"
printf '%s\n' "$password" | "$cli" --database "$url" database-password >"$state/password.log" 2>&1 ||
    fail "syncdesk-cli database-password"

"$sandbox" --contacts 30 --leads 20 --accounts 10 --opportunities 5 >"$state/sandbox.log" 2>&1 &
pids+=($!)
org=
for _ in $(seq 1 40); do
    if [ "$(wc -l <"$state/sandbox.log" 2>/dev/null || echo 0)" -ge 1 ]; then
        org=$(head -n 1 "$state/sandbox.log" | grep -o 'http://127.0.0.1:[0-9]*' || true)
        [ -n "$org" ] && break
    fi
    sleep 0.25
done
[ -n "$org" ] || fail "the sandbox org did not start"
"$cli" --database "$url" connect --login-url "$org" >"$state/connect.log" 2>&1 ||
    fail "syncdesk-cli connect"
"$cli" --database "$url" sync >"$state/engine.log" 2>&1 &
engine_pid=$!
pids+=("$engine_pid")

# The viewer: the roles script as the documentation runs it, a login in its viewer group.
psql -d team -f "$(dirname "$0")/../../packaging/team-mode-roles.sql" >>"$state/psql.log" 2>&1 ||
    fail "team-mode-roles.sql"
psql -d team -c "CREATE ROLE vera LOGIN PASSWORD '$viewer_password' IN ROLE syncdesk_viewer" \
    >>"$state/psql.log" 2>&1 || fail "viewer role"
printf '%s\n' "$viewer_password" | "$cli" --database "$viewer_url" database-password \
    >>"$state/password.log" 2>&1 || fail "syncdesk-cli database-password (viewer)"

listeners() {
    psql -d team -t -A -c "SELECT COUNT(*) FROM pg_stat_activity WHERE query LIKE 'LISTEN%syncdesk_events%'"
}

export XDG_CONFIG_HOME="$state/config"
for who in owner viewer; do
    [ "$who" = owner ] && console_url=$url || console_url=$viewer_url
    "$app" --data-dir "$state/data-$who" --database "$console_url" >"$state/app-$who.log" 2>&1 &
    app_pid=$!
    pids+=("$app_pid")
    shown=
    for _ in $(seq 1 40); do
        if xwininfo -root -tree | grep -q '"SyncDesk'; then
            [ "$(listeners)" -ge 1 ] && { shown=yes; break; }
        fi
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 0.5
    done
    [ -n "$shown" ] || fail "no $who console window listening for the engine's events"
    # The engine is still the CLI's: the console took no lease and runs no engine.
    status=$("$cli" --database "$url" status --json 2>/dev/null || true)
    printf '%s' "$status" | grep -q "\"pid\": $engine_pid" ||
        fail "the engine is not the CLI's after the $who console started: $status"
    sleep 2
    import -window root "${shot}_$who.png"
    echo "screenshot: ${shot}_$who.png"
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
    # Its session ends with it, so the next console's LISTEN is its own.
    for _ in $(seq 1 20); do
        [ "$(listeners)" = 0 ] && break
        sleep 0.25
    done
    [ "$(listeners)" = 0 ] || fail "the $who console's session outlived it"
done
echo "PASS: owner and viewer consoles on the team database, the CLI's engine syncing"
