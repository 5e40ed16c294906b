#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds everything and runs every check:
# the clang-format check, the full test suite (warnings are errors), the
# benchmark smoke run, the core-only build without Qt Widgets, the whole suite
# again under ASan + UBSan, every fuzz target for 60 s (FUZZ_SECONDS), the
# Debian package (lintian, then installed into a clean Debian root) and the
# translation check. This is the README's test command and what CI (.ci/run)
# runs.
#
# Disk: each build directory is removed once its checks have passed, so the
# run needs about one build's worth of space at a time (KEEP_BUILDS=1 keeps
# them, e.g. to rerun one stage by hand). The free space is printed per stage.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh

# ccache lets the core-only build reuse the full build's objects: paths are
# hashed relative to the checkout and the build directory is not hashed.
if command -v ccache >/dev/null 2>&1; then
  export CMAKE_CXX_COMPILER_LAUNCHER=ccache
  export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
  # Bounded so the cache cannot fill a small CI disk (a developer's own
  # CCACHE_MAXSIZE wins).
  export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-2G}
fi
JOBS=${JOBS:-$(nproc)}

# Removes a build directory whose checks have passed (unless KEEP_BUILDS=1)
# and says how much space is left.
done_with() {
  if [ "${KEEP_BUILDS:-0}" != 1 ]; then
    rm -rf "$1"
  fi
  df -h --output=avail,target . | tail -n 1 | awk '{ print "   free disk: " $1 " on " $2 }'
}

echo "== clang-format check"
./scripts/check-format.sh

echo "== full build (warnings are errors) and tests"
cmake --preset ci
cmake --build --preset ci -j "$JOBS"
ctest --preset ci -j "$JOBS"

echo "== benchmark smoke run (2,000 messages: every stage runs; timings are not checked)"
BUILD_DIR=build/ci BENCH_DATA=build/ci/bench-data ./scripts/bench.sh 2000
done_with build/ci

echo "== core-only build (IDIOLECT_BUILD_UI=OFF) and its tests"
cmake --preset no-ui
cmake --build --preset no-ui -j "$JOBS"
ctest --preset no-ui -j "$JOBS"
done_with build/no-ui

echo "== the whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer"
# Every test, GUI included, built with -fsanitize=address,undefined (the asan preset);
# leaks are errors, known third-party leaks only are suppressed (tests/lsan.supp).
cmake --preset asan
cmake --build --preset asan -j "$JOBS"
ctest --preset asan -j "$JOBS"
done_with build/asan

echo "== fuzzing: each libFuzzer target for ${FUZZ_SECONDS:-60} s (clang, ASan + UBSan)"
# The gate is the replay of the committed corpora and regressions (ctest, above); new
# findings of this short random run are listed loudly but do not fail the build
# (FUZZ_STRICT=1 makes them fail). See docs/reliability.md.
JOBS="$JOBS" FUZZ_STRICT=${FUZZ_STRICT:-0} ./scripts/fuzz.sh "${FUZZ_SECONDS:-60}"

echo "== Debian package: Release build, lintian, install into a clean Debian root"
./scripts/package-deb.sh

echo "== translations check (lupdate up to date, German complete)"
./scripts/check-translations.sh

echo "== all checks passed"
