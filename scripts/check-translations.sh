#!/usr/bin/env bash
# CI gate for translations. Fails when
#   * lupdate would change translations/*.ts (a string was added, changed or
#     removed in the code without running scripts/update-translations.sh),
#   * the German catalogue has unfinished entries,
#   * an English plural form (%n) has no singular/plural wording,
#   * code defines its own free tr() helper, whose strings lupdate files under
#     the wrong context (use QCoreApplication::translate or Q_DECLARE_TR_FUNCTIONS).
set -euo pipefail
cd "$(dirname "$0")/.."

status=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

helpers=$(grep -rnE '^\s*(static\s+)?(inline\s+)?QString\s+tr\s*\(' core ui app 2>/dev/null || true)
if [ -n "$helpers" ]; then
  echo "check-translations: free tr() helpers; lupdate would file their strings under the class"
  echo "  name while they translate under another context at run time:"
  echo "$helpers" | sed 's/^/  /'
  status=1
fi

./scripts/update-translations.sh --into "$tmp"
for ts in translations/idiolect_*.ts; do
  if ! cmp -s "$ts" "$tmp/$(basename "$ts")"; then
    echo "check-translations: $ts is out of date; run scripts/update-translations.sh"
    diff -u "$ts" "$tmp/$(basename "$ts")" | grep -E '^[-+]\s*<source>' | head -40 || true
    status=1
  fi
done

# Prints "context: source" for every unfinished message; with numerus_only=1 only
# for plural messages. Works on lupdate's fixed layout (one element per line).
unfinished() {
  awk -v numerus_only="$2" '
    /<name>/      { ctx = $0; gsub(/^ *<name>|<\/name>.*$/, "", ctx) }
    /<message/    { numerus = ($0 ~ /numerus="yes"/); src = "" }
    /<source>/    { src = $0; gsub(/^ *<source>|<\/source>.*$/, "", src) }
    /<translation[^>]*type="unfinished"/ {
      if (!numerus_only || numerus) print "  " ctx ": " src
    }' "$1"
}

missing=$(unfinished translations/idiolect_de.ts 0)
if [ -n "$missing" ]; then
  echo "check-translations: $(echo "$missing" | wc -l) unfinished German translations:"
  echo "$missing" | head -40
  status=1
fi
missing=$(unfinished translations/idiolect_en.ts 1)
if [ -n "$missing" ]; then
  echo "check-translations: English plural forms missing (fill both numerusform entries):"
  echo "$missing" | head -40
  status=1
fi

if [ "$status" -eq 0 ]; then
  echo "check-translations: $(grep -c '<message' translations/idiolect_de.ts) strings, all translated"
fi
exit "$status"
