#!/bin/sh
# The messages catalogue (command line, services, domain, documents, storage): refresh the .ts sources
# with pyside6-lupdate, then compile each to .qm with pyside6-lrelease beside it.
# Run from the repository root; the window's catalogue (optin_desk/ui) is built on its own.
# OUT (another folder) and LANGS (some languages only) are for the test that checks the
# committed catalogue is current.
set -eu
BIN="${PYSIDE6_BIN:-$(dirname "$(command -v python)")}"
OUT="${OUT:-optin_desk/resources/translations}"
mkdir -p "$OUT"
SOURCES=$(find optin_desk/cli optin_desk/services optin_desk/domain optin_desk/documents \
    optin_desk/storage \
    -name '*.py' | LC_ALL=C sort)
for lang in ${LANGS:-en es pt fr de id hi ar}; do
    # shellcheck disable=SC2086 # one argument per source file
    "$BIN/pyside6-lupdate" -silent -no-obsolete -locations none $SOURCES \
        -target-language "$lang" -ts "$OUT/messages_$lang.ts"
    "$BIN/pyside6-lrelease" -silent "$OUT/messages_$lang.ts" -qm "$OUT/messages_$lang.qm"
done
