#!/usr/bin/env bash
# Updates translations/idiolect_*.ts from every tr()/translate() call in core/,
# ui/ and app/: new strings are added as unfinished, strings no longer in the
# code are dropped. Then translate the unfinished entries (Qt Linguist or any
# editor) and commit the .ts files; the build compiles them into the binaries.
#
# Usage: scripts/update-translations.sh [--into DIR]
#   --into DIR  update copies in DIR instead of translations/ (used by
#               scripts/check-translations.sh to see what would change).
set -euo pipefail
cd "$(dirname "$0")/.."

LUPDATE=${LUPDATE:-$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || echo /usr/lib/qt6/bin)/lupdate}
target=translations
if [ "${1:-}" = "--into" ]; then
  target=${2:?"--into needs a directory"}
fi

sources=()
for dir in core ui app; do
  [ -d "$dir" ] && sources+=("$dir")
done

# Fixed options keep the files byte-for-byte reproducible: no line numbers, no
# obsolete entries, English as the source language.
for ts in translations/idiolect_*.ts; do
  out="$target/$(basename "$ts")"
  [ "$out" -ef "$ts" ] || cp "$ts" "$out"
  "$LUPDATE" -silent -no-obsolete -locations none -source-language en \
    -extensions cpp,h,ui "${sources[@]}" -ts "$out"
done
