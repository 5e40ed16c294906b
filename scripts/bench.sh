#!/usr/bin/env bash
# End-to-end benchmark at several export sizes (docs/performance.md).
#
#   scripts/bench.sh [SIZE...]        default sizes: 20000 200000 1000000 messages
#
# Makes each export once with idiolect-demogen (signalbackup-tools CSV, all 59 message
# columns) under $BENCH_DATA, runs idiolect-bench-pipeline on it in a fresh process (so
# peak RSS is per size), and prints a Markdown table: wall time per stage, pipeline total
# (wall and CPU of all threads), CPU µs per message, import ÷ read-and-count-lines, peak
# RSS, messages/s and import MB/s.
# Environment: BUILD_DIR (default build), BENCH_DATA (default $BUILD_DIR/bench-data).
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${BUILD_DIR:-build}
BENCH_DATA=${BENCH_DATA:-$BUILD_DIR/bench-data}
if [ "$#" -gt 0 ]; then
  SIZES=("$@")
else
  SIZES=(20000 200000 1000000)
fi

cmake --build "$BUILD_DIR" --target idiolect-bench-pipeline idiolect-demogen >/dev/null
BENCH=$(find "$BUILD_DIR" -name idiolect-bench-pipeline -type f -perm -u+x | head -n 1)
DEMOGEN=$(find "$BUILD_DIR" -name idiolect-demogen -type f -perm -u+x | head -n 1)
if [ -z "$BENCH" ] || [ -z "$DEMOGEN" ]; then
  echo "bench.sh: idiolect-bench-pipeline or idiolect-demogen not built in $BUILD_DIR" >&2
  exit 1
fi

RUNS=$(mktemp -d)
trap 'rm -rf "$RUNS"' EXIT
mkdir -p "$BENCH_DATA"
runs=()
for n in "${SIZES[@]}"; do
  dir="$BENCH_DATA/signal-csv-$n"
  if [ ! -s "$dir/message.csv" ]; then
    echo "== generating $n messages into $dir" >&2
    rm -rf "$dir"
    "$DEMOGEN" --out "$dir" --messages "$n" --format csv >&2
  fi
  echo "== $n messages (load average $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  "$BENCH" run "$dir" --json "$RUNS/$n.json" >&2
  runs+=("$RUNS/$n.json")
done

echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), \
$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM; \
load average now $(cut -d' ' -f1-3 /proc/loadavg)"
echo
"$BENCH" table "${runs[@]}"
