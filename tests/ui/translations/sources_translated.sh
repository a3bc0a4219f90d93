#!/bin/sh
# Every user-visible string in the sources is in the .ts files, translated: lupdate is run
# over a copy of them (scripts/update-translations.sh with TS_DIR) and the copy must come
# out with nothing unfinished. Catches a string added without its translations, and a
# source that lupdate's parser cannot get through (it has hung on some; hence the timeout).
#   sources_translated.sh SOURCE_DIR
set -eu
root=$1
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
cp "$root"/translations/syncdesk_*.ts "$copy"/
if ! TS_DIR=$copy timeout 300 sh "$root/scripts/update-translations.sh" >"$copy/lupdate.log" 2>&1; then
    cat "$copy/lupdate.log" >&2
    echo "lupdate failed or did not finish in 300 s" >&2
    exit 1
fi
status=0
for ts in "$copy"/syncdesk_*.ts; do
    untranslated=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$untranslated" -gt 0 ]; then
        echo "$(basename "$ts"): $untranslated string(s) with no translation; run scripts/update-translations.sh and translate them:" >&2
        grep -B2 'type="unfinished"' "$ts" | grep '<source>' >&2
        status=1
    fi
done
exit $status
