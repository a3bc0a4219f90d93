#!/usr/bin/env bash
# Builds the .deb with cpack into a scratch folder, checks its control data and contents,
# unpacks it into a fresh root and runs the installed programs and validators there.
# Usage: deb_package_test.sh BUILD_DIR SCRATCH_DIR [CPACK]
set -euo pipefail

build_dir=$1
scratch=$2
cpack=${3:-cpack}

if ! command -v "$cpack" >/dev/null 2>&1; then
    echo "SKIP: cpack not found"
    exit 77
fi
for tool in dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (scripts/debian-packages.txt)"; exit 1; }
done

fail() { echo "FAIL: $*"; exit 1; }

# What the package installs must be built (a no-op after `make build`).
cmake --build "$build_dir" --target syncdesk syncdesk-cli syncdesk-sandbox syncdesk-man-pages

rm -rf "$scratch"
mkdir -p "$scratch"
"$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
    || { cat "$scratch/cpack.log"; fail "cpack failed"; }
debs=("$scratch"/out/*.deb)
[ -f "${debs[0]}" ] || fail "cpack wrote no .deb"
deb=${debs[0]}
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

info=$(dpkg-deb --info "$deb")
echo "$info"
grep -q '^ Package: syncdesk$' <<<"$info" || fail "package name"
grep -q '^ Section: net$' <<<"$info" || fail "section"
grep -q '^ Maintainer: ' <<<"$info" || fail "maintainer"
depends=$(sed -n 's/^ Depends: //p' <<<"$info")
[ -n "$depends" ] || fail "no Depends line: dpkg-shlibdeps did not run"
# Generated from the binaries' libraries, with versions.
for lib in libc6 libqt6core6 libqt6network6 libqt6sql6 libqt6widgets6 libqt6keychain1; do
    grep -q "\b$lib\b" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
grep -q '(>= ' <<<"$depends" || fail "Depends carries no versions: $depends"
# The plugins Qt loads at run time, which no linker dependency reveals.
for plugin in libqt6sql6-sqlite libqt6svg6; do
    grep -q "\b$plugin\b" <<<"$depends" || fail "Depends lacks the plugin package $plugin"
done

contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
for path in \
    ./usr/bin/syncdesk \
    ./usr/bin/syncdesk-cli \
    ./usr/bin/syncdesk-sandbox \
    ./usr/share/applications/com.syncdesk.SyncDesk.desktop \
    ./usr/share/metainfo/com.syncdesk.SyncDesk.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/com.syncdesk.SyncDesk.svg \
    ./usr/share/man/man1/syncdesk.1.gz \
    ./usr/share/man/man1/syncdesk-cli.1.gz \
    ./usr/share/man/man1/syncdesk-sandbox.1.gz \
    ./usr/share/syncdesk/team-mode-roles.sql \
    ./usr/lib/systemd/user/syncdesk-engine.service \
    ./usr/share/syncdesk/syncdesk-engine.env.example; do
    grep -qxF "$path" <<<"$contents" || fail "$path is not in the package"
done
# Nothing from the build or test trees leaks in.
if grep -E '(test|gtest|\.a$|/include/)' <<<"$contents"; then fail "unexpected files"; fi

root="$scratch/root"
dpkg-deb -x "$deb" "$root"
for program in syncdesk syncdesk-cli syncdesk-sandbox; do
    if ldd "$root/usr/bin/$program" | grep 'not found' >/dev/null; then
        ldd "$root/usr/bin/$program"
        fail "$program links a library that is not installed"
    fi
done

version=$("$root/usr/bin/syncdesk-cli" --version)
echo "$version"
grep -q '^syncdesk-cli [0-9]' <<<"$version" || fail "syncdesk-cli --version: $version"
help=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/syncdesk" --help)
grep -q -- '--sandbox' <<<"$help" || fail "syncdesk --help: $help"
# Captured first: with pipefail, grep -q closing the pipe early would fail the
# sandbox's --help on SIGPIPE while its long help text is still being written.
sandbox_help=$("$root/usr/bin/syncdesk-sandbox" --help)
grep -q -- '--daily-limit' <<<"$sandbox_help" || fail "syncdesk-sandbox --help: $sandbox_help"
# The installed CLI works on a state of its own.
state="$scratch/state"
set +e
"$root/usr/bin/syncdesk-cli" --data-dir "$state" status --json >"$scratch/status.json"
code=$?
set -e
[ "$code" = 2 ] || fail "status on an empty state exited $code, not 2 (not connected)"
grep -q '"state": "stopped"' "$scratch/status.json" || fail "status output: $(cat "$scratch/status.json")"

# Team mode's engine unit runs the installed CLI's sync on the database its environment
# file names, and is started again when it fails.
unit="$root/usr/lib/systemd/user/syncdesk-engine.service"
grep -qx 'ExecStart=syncdesk-cli --database ${SYNCDESK_DATABASE} sync' "$unit" || fail "unit ExecStart: $(grep ExecStart "$unit")"
grep -qx 'Restart=on-failure' "$unit" || fail "unit does not restart on failure"
grep -qx 'EnvironmentFile=%E/syncdesk/engine.env' "$unit" || fail "unit reads no environment file"
grep -q '^SYNCDESK_DATABASE=postgresql://' "$root/usr/share/syncdesk/syncdesk-engine.env.example" || fail "no example environment file"
if command -v systemd-analyze >/dev/null; then
    # The unit's keys and values, offline (the system manager's parser: no user session here);
    # syncdesk-cli is not on this machine's PATH, only in the scratch root.
    verify=$(SYSTEMD_LOG_LEVEL=warning systemd-analyze verify --man=no "$unit" 2>&1 | grep -v 'Command syncdesk-cli is not executable' || true)
    [ -z "$verify" ] || fail "unit does not verify: $verify"
fi
desktop-file-validate "$root/usr/share/applications/com.syncdesk.SyncDesk.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/com.syncdesk.SyncDesk.metainfo.xml"
for page in syncdesk syncdesk-cli syncdesk-sandbox; do
    first_line=$(zcat "$root/usr/share/man/man1/$page.1.gz" | sed -n 1p)
    [[ $first_line == .TH\ * ]] || fail "man page $page: $first_line"
done
grep -q 'EXIT STATUS' <(zcat "$root/usr/share/man/man1/syncdesk-cli.1.gz") || fail "exit codes not documented"

# Removing the unpacked root leaves nothing behind: the package writes nowhere else.
rm -rf "$root"
echo "PASS: $(basename "$deb")"
