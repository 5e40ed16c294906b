#!/usr/bin/env bash
# Builds the libFuzzer targets (the fuzz preset: clang, ASan + UBSan) and runs each for
# SECONDS (default 60, what CI runs) on its seed corpus (tests/fuzz/corpus/TARGET) with its
# dictionary (tests/fuzz/dict/TARGET.dict). New coverage goes to build/fuzz/runs/TARGET/corpus;
# a finding stops the script and leaves the input in build/fuzz/runs/TARGET/ (crash-*, leak-*,
# timeout-*, oom-*): add it to tests/fuzz/regressions/TARGET/ and fix the bug. Prints the
# executions per target at the end (docs/reliability.md records a longer run).
#
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]     e.g. scripts/fuzz.sh 600 fuzz_signal_csv
# Environment: JOBS (build parallelism, default 2), FUZZ_ARGS (extra libFuzzer flags),
#   FUZZ_STRICT (default 1: a finding fails the script; 0: every target still runs, findings
#   are listed at the end and the script succeeds -- what the CI gate uses, because a short
#   random exploration must not decide whether a change lands; the committed corpora and
#   regressions are replayed by ctest in every build and do fail it).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
JOBS=${JOBS:-2}
if command -v ccache >/dev/null 2>&1; then
  export CMAKE_CXX_COMPILER_LAUNCHER=ccache
fi

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$JOBS"

bin=build/fuzz/tests/fuzz
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for dir in tests/fuzz/corpus/*/; do
    targets+=("$(basename "$dir")")
  done
fi

# Short allocation stacks: fuzzing speed; rerun a finding with the replay test for full ones.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:malloc_context_size=8}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}
export TZ=Europe/Berlin LC_ALL=C.UTF-8

summary=()
findings=()
for target in "${targets[@]}"; do
  run=build/fuzz/runs/$target
  mkdir -p "$run/corpus"
  dict=()
  if [ -f "tests/fuzz/dict/$target.dict" ]; then
    dict=(-dict="tests/fuzz/dict/$target.dict")
  fi
  echo "== $target: ${seconds}s"
  log=$run/last.log
  # The first folder receives new inputs; the seeds stay untouched.
  # shellcheck disable=SC2086
  if ! "$bin/$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 \
      -print_final_stats=1 -artifact_prefix="$run/" "${dict[@]}" \
      ${FUZZ_ARGS:-} "$run/corpus" "tests/fuzz/corpus/$target" 2>"$log"; then
    tail -n 60 "$log"
    echo "!! $target: finding saved in $run/ (see $log)" >&2
    [ "${FUZZ_STRICT:-1}" = 0 ] || exit 1
    findings+=("$target: see $log and the crash-*/timeout-*/oom-* input in $run/")
    continue
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  summary+=("$(printf '%-26s %12s executions %8s/s' "$target" "${execs:-?}" "${rate:-?}")")
done

printf '%s\n' "${summary[@]}"
if [ ${#findings[@]} -gt 0 ]; then
  echo "!! fuzzing found inputs to fix (add each to tests/fuzz/regressions/TARGET/):" >&2
  printf '!!   %s\n' "${findings[@]}" >&2
else
  echo "== no findings"
fi
