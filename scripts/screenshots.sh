#!/usr/bin/env bash
# Takes the README screenshots: runs the desktop app under Xvfb, drives it to
# each main screen (--screenshot-page) and captures the screen with ImageMagick's
# `import`. Writes docs/screenshots/NAME.png (1280x800), NAME-dark.png and, at
# 200 % scale (QT_SCALE_FACTOR=2 on a 2560x1600 screen), NAME-200.png.
#
# Usage: scripts/screenshots.sh [EXPORT]     (default: the embedded demo export)
# Env:   APP=path/to/idiolect  OUT=folder  PAGES="welcome overview ..."
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/find-app.sh screenshots
OUT=${OUT:-docs/screenshots}
mkdir -p "$OUT"
OUT=$(realpath "$OUT")
PAGES=${PAGES:-"overview welcome preview style privacy review export"}
if [ "$#" -gt 0 ]; then SOURCE=("$(realpath "$1")"); else SOURCE=(--demo); fi

# A sandbox so the screenshots never touch (or show) the user's own projects and settings.
SANDBOX=$(mktemp -d)
trap 'rm -rf "$SANDBOX"' EXIT
export XDG_DATA_HOME=$SANDBOX/data XDG_CACHE_HOME=$SANDBOX/cache XDG_CONFIG_HOME=$SANDBOX/config
export XDG_RUNTIME_DIR=$SANDBOX/runtime LC_ALL=${LC_ALL:-C.UTF-8} TZ=${TZ:-Europe/Berlin}
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# shoot NAME PAGE WIDTHxHEIGHT SCALE SCHEME
shoot() {
  local name=$1 page=$2 size=$3 scale=$4 scheme=$5
  local args=("${SOURCE[@]}")
  [ "$page" = welcome ] && args=()
  QT_SCALE_FACTOR=$scale xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
    set -u
    log=$(mktemp)
    "$0" --settings "$1" --color-scheme "$2" --screenshot-page "$3" --screenshot-file - "${@:5}" \
      >"$log" 2>&1 &
    pid=$!
    for _ in $(seq 1 1200); do
      grep -q screenshot-ready "$log" && break
      kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
      sleep 0.1
    done
    grep -q screenshot-ready "$log" || { echo "screenshots: timed out" >&2; kill "$pid"; exit 1; }
    import -window root "$4"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -f "$log"
  ' "$APP" "$SANDBOX/settings.ini" "$scheme" "$page" "$OUT/$name.png" "${args[@]}"
  echo "screenshots: $OUT/$name.png"
}

for page in $PAGES; do
  shoot "$page" "$page" 1280x800 1 light
done
for page in ${DARK_PAGES:-overview}; do
  shoot "$page-dark" "$page" 1280x800 1 dark
done
for page in ${SCALED_PAGES:-overview welcome}; do
  shoot "$page-200" "$page" 2560x1600 2 light
done
