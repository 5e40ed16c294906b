#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds Idiolect and starts the desktop app.
# With no argument the app opens the bundled demo export; pass an export folder
# or file (or an .idiolect project) to open that instead.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh

if command -v ccache >/dev/null 2>&1; then
  export CMAKE_CXX_COMPILER_LAUNCHER=ccache
fi
cmake --preset release >/dev/null
cmake --build --preset release -j "${JOBS:-$(nproc)}"

app=build/release/app/gui/idiolect
if [ "$#" -eq 0 ]; then
  exec "$app" --demo
fi
exec "$app" "$@"
