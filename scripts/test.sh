#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds everything and runs every check:
# the clang-format check, the full test suite (warnings are errors), the
# benchmark smoke run, the core-only build without Qt Widgets, the whole suite
# again under ASan + UBSan, every fuzz target for 60 s (FUZZ_SECONDS), the
# Debian package (lintian, then installed into a clean Debian root) and the
# translation check. This is the README's test command and what CI (.ci/run)
# runs.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh

# ccache lets the core-only build reuse the full build's objects: paths are
# hashed relative to the checkout and the build directory is not hashed.
if command -v ccache >/dev/null 2>&1; then
  export CMAKE_CXX_COMPILER_LAUNCHER=ccache
  export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
fi
JOBS=${JOBS:-$(nproc)}

echo "== clang-format check"
./scripts/check-format.sh

echo "== full build (warnings are errors) and tests"
cmake --preset ci
cmake --build --preset ci -j "$JOBS"
ctest --preset ci -j "$JOBS"

echo "== benchmark smoke run (2,000 messages: every stage runs; timings are not checked)"
BUILD_DIR=build/ci BENCH_DATA=build/ci/bench-data ./scripts/bench.sh 2000

echo "== core-only build (IDIOLECT_BUILD_UI=OFF) and its tests"
cmake --preset no-ui
cmake --build --preset no-ui -j "$JOBS"
ctest --preset no-ui -j "$JOBS"

echo "== the whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer"
# Every test, GUI included, built with -fsanitize=address,undefined (the asan preset);
# leaks are errors, known third-party leaks only are suppressed (tests/lsan.supp).
cmake --preset asan
cmake --build --preset asan -j "$JOBS"
ctest --preset asan -j "$JOBS"

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
