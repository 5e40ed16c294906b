# Sourced by scripts that run the desktop app: sets APP to the idiolect executable
# ($APP if given, else the first build folder that has one) or exits with a hint.
# Usage: . scripts/find-app.sh NAME   (NAME prefixes the error message)
APP=${APP:-}
if [ -z "$APP" ]; then
  for candidate in build/app/gui/idiolect build/dev/app/gui/idiolect build/ci/app/gui/idiolect \
                   build/release/app/gui/idiolect; do
    if [ -x "$candidate" ]; then APP=$candidate; break; fi
  done
fi
[ -x "${APP:-}" ] || { echo "$1: build the app first (or set APP)" >&2; exit 1; }
APP=$(realpath "$APP")
