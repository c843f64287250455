#!/usr/bin/env bash
# Refresh the Qt Linguist files from the sources and forms (keeps existing translations).
# Then translate the new entries (Qt Linguist: pyside6-linguist resources/translations/*.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find selfcheck -name '*.py' | sort; ls ui/*.ui)
exec pyside6-lupdate -locations none -no-obsolete "${sources[@]}" \
    -ts resources/translations/selfcheck_ja.ts resources/translations/selfcheck_en.ts "$@"
