#!/bin/sh
# Refreshes translations/syncdesk_*.ts from the sources, keeping every existing
# translation. For maintainers after changing user-visible strings; the build
# only compiles the .ts files, it never rewrites them.
#
# The command-line tool (app/cli) and the sandbox org stay English on purpose:
# scripts parse their output, so they are not scanned.
#
# TS_DIR=DIR writes the refreshed files there instead (copy translations/*.ts there
# first): tests/ui/translations/sources_translated.sh checks that nothing is missing.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
ts_dir=${TS_DIR:-translations}

cd "$root"
for lang in de fr; do
    "$lupdate" ui core app/desktop \
        -extensions cpp,h \
        -locations none \
        -no-obsolete \
        -source-language en \
        -target-language "$lang" \
        -ts "$ts_dir/syncdesk_$lang.ts"
done
# English: only the plural forms of "%n record(s)" and the like.
"$lupdate" ui core app/desktop \
    -extensions cpp,h \
    -locations none \
    -no-obsolete \
    -pluralonly \
    -source-language en \
    -target-language en \
    -ts "$ts_dir/syncdesk_en.ts"

echo "Now translate the new entries (linguist translations/syncdesk_*.ts) and mark them"
echo "finished: tests/ui/translations fails while any entry is unfinished."
