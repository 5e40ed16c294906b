#!/usr/bin/env bash
# Measures how long the desktop app's UI thread is blocked while it works (issue 10: no
# stall over 50 ms while jobs run). Opens EXPORT (default: the embedded demo), shows PAGE
# (default: preview, which runs the generation), waits until every job has finished,
# quits, and prints the event-loop figures of EventLoopProbe (with the ten longest stalls
# and what the app had just done before each: page shown, import or generation result)
# plus the import, enrichment and generation timings — numbers only, never message text.
#
# Usage: scripts/ui-stalls.sh [EXPORT]
# Env:   APP=path/to/idiolect  PAGE=overview|preview|review|...  JSON=report.json
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/find-app.sh ui-stalls
PAGE=${PAGE:-preview}
if [ "$#" -gt 0 ]; then SOURCE=("$(realpath "$1")"); else SOURCE=(--demo); fi

# A sandbox: no real projects, caches or settings are read or written.
SANDBOX=$(mktemp -d)
trap 'rm -rf "$SANDBOX"' EXIT
export XDG_DATA_HOME=$SANDBOX/data XDG_CACHE_HOME=$SANDBOX/cache XDG_CONFIG_HOME=$SANDBOX/config
export XDG_RUNTIME_DIR=$SANDBOX/runtime QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
JSON=${JSON:-$SANDBOX/report.json}

"$APP" --settings "$SANDBOX/settings.ini" --screenshot-page "$PAGE" \
  --screenshot-file "$SANDBOX/window.png" --stall-report "$JSON" "${SOURCE[@]}" 2>/dev/null

python3 - "$JSON" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
e = r.get("event_loop", {})
def ms(v): return f"{v:,.0f} ms" if v >= 10 else f"{v:.1f} ms"
print(f"UI thread: longest stall {ms(e.get('max_latency_ms', 0))}, mean delay "
      f"{ms(e.get('mean_latency_ms', 0))}, {e.get('stalls', 0)} stalls over "
      f"{e.get('stall_threshold_ms', 50)} ms in {e.get('measured_ms', 0) / 1000:.1f} s measured")
if e.get("max_busy_ms", -1) >= 0:
    print(f"  of which the UI thread computed: longest {ms(e['max_busy_ms'])}, "
          f"{e.get('busy_stalls', 0)} stalls over {e.get('stall_threshold_ms', 50)} ms "
          f"(the rest is the machine running other work)")
stalls = sorted(e.get("stall_list", []), key=lambda s: -s["late_ms"])
for s in stalls[:10]:
    busy = f", UI thread computed {ms(s['busy_ms'])}" if s.get("busy_ms", -1) >= 0 else ""
    where = (f"{s['since_mark_ms'] / 1000:.1f} s after '{s['after']}'" if s.get("after")
             else "before anything happened")
    print(f"  stall at {s['at_ms'] / 1000:.1f} s: {ms(s['late_ms'])} late{busy}; {where}")
for stage in ("import", "enrichment", "generation"):
    if stage in r:
        print(f"{stage}: {ms(r[stage]['wall_ms'])}")
for name, value in r.get("generation", {}).get("stage_ms", {}).items():
    print(f"  {name}: {ms(value)}")
m = r.get("memory", {})
print(f"peak memory: {m.get('peak_resident_bytes', 0) / 2**20:,.0f} MiB")
PY
