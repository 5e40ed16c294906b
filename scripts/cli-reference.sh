#!/bin/sh
# Writes docs/cli.md, the idiolect-cli reference, from the program's own help
# texts ("idiolect-cli --help" and "idiolect-cli COMMAND --help"), so the
# reference lists every option the code has. ctest (cli_reference_up_to_date)
# fails when docs/cli.md differs from what this script writes.
#
# Usage: cli-reference.sh IDIOLECT_CLI [OUTPUT]   (OUTPUT defaults to stdout)
set -eu

cli=$1
out=${2:-/dev/stdout}

help() {
  env -u LANGUAGE LC_ALL=C.UTF-8 LANG=C.UTF-8 ASAN_OPTIONS=detect_leaks=0 "$cli" "$@"
}

commands=$(help --help | awk '/^Commands:$/ { on = 1; next } on && /^$/ { exit } on { print $1 }')
[ -n "$commands" ] || { echo "cli-reference.sh: no commands in '$cli --help'" >&2; exit 1; }

{
  cat <<'HEADER'
# idiolect-cli reference

`idiolect-cli` runs the same pipeline as the desktop app without a window: for
scripts, batch jobs and benchmarks. This page is generated from the program's
own `--help` texts by `scripts/cli-reference.sh`; a test fails when it falls
behind the code. The same texts make the `idiolect-cli(1)` man page, in English
and German.

## Exit codes

| Code | Meaning |
|---|---|
| 0 | Success. |
| 1 | The operation ran but failed (for example, validation found errors). |
| 2 | Bad command line (unknown option, missing argument). |
| 3 | Input missing, unreadable or invalid (the message names file, line and column). |
| 130 | Interrupted (Ctrl+C); no partial output file is left behind. |

## Language

Output follows `LANGUAGE`, `LC_ALL`, `LC_MESSAGES` and `LANG`, in that order.
German and English are available; any other language gives English.

## Overview

```text
HEADER
  help --help
  echo '```'
  for command in $commands; do
    printf '\n## %s\n\n```text\n' "$command"
    help "$command" --help
    echo '```'
  done
} > "$out"
