#!/bin/sh
# Writes the idiolect-cli(1) man page from the program's own help texts:
# "idiolect-cli --help" for the synopsis and description, and
# "idiolect-cli COMMAND --help" for one subsection per command. The help texts
# are already translated, so LANGUAGE=de gives the German page; only the
# section headings and the ENVIRONMENT paragraph live here.
#
# Usage: cli-manpage.sh IDIOLECT_CLI LANGUAGE VERSION DATE OUTPUT
set -eu

cli=$1 language=$2 version=$3 date=$4 output=$5

case "$language" in
  de)
    locale=de_DE.UTF-8
    h_name=NAME h_synopsis=ÜBERSICHT h_description=BESCHREIBUNG h_commands=BEFEHLE
    h_environment=UMGEBUNG h_seealso="SIEHE AUCH" manual="Benutzerbefehle"
    environment='Die Sprache der Ausgaben richtet sich nach \fBLANGUAGE\fR, \fBLC_ALL\fR, \fBLC_MESSAGES\fR und \fBLANG\fR (in dieser Reihenfolge). Es gibt Übersetzungen für Deutsch und Englisch; für alle anderen Sprachen schreibt idiolect-cli Englisch.'
    ;;
  *)
    locale=C.UTF-8
    h_name=NAME h_synopsis=SYNOPSIS h_description=DESCRIPTION h_commands=COMMANDS
    h_environment=ENVIRONMENT h_seealso="SEE ALSO" manual="User Commands"
    environment='The language of all output follows \fBLANGUAGE\fR, \fBLC_ALL\fR, \fBLC_MESSAGES\fR and \fBLANG\fR, in that order. German and English are available; any other language gives English.'
    ;;
esac

help() {
  env -u LANGUAGE LC_ALL="$locale" LANG="$locale" "$cli" "$@"
}

# Commands in the order the English help lists them: the block after "Commands:".
commands=$(env -u LANGUAGE LC_ALL=C.UTF-8 "$cli" --help |
  awk '/^Commands:$/ { on = 1; next } on && /^$/ { exit } on { print $1 }')
[ -n "$commands" ] || { echo "cli-manpage.sh: no commands in '$cli --help'" >&2; exit 1; }

# Turns one help text into man markup. The layout is QCommandLineParser's (and
# CliApp's): "Usage: PROGRAM ..." first, a summary, headings ending in ":",
# two-space-indented "TERM  description" items with deeper-indented
# continuation lines, and free paragraphs.
#   mode=top     the top-level help: usage, summary, and closing paragraphs
#   mode=command one command's help, as a subsection of COMMANDS
to_man() {
  awk -v mode="$1" -v h_synopsis="$h_synopsis" -v h_description="$h_description" '
    function esc(s) {
      gsub(/\\/, "\\e", s)
      gsub(/-/, "\\-", s)
      sub(/^[.\047]/, "\\\\\\&&", s)
      return s
    }
    # "--self <ID>" -> bold option, italic argument
    function term(s,   out, n, i, parts) {
      n = split(s, parts, " ")
      out = ""
      for (i = 1; i <= n; i++) {
        if (parts[i] ~ /^</) {
          gsub(/[<>]/, "", parts[i])
          out = out " \\fI" esc(parts[i]) "\\fR"
        } else {
          out = out (i > 1 ? " " : "") "\\fB" esc(parts[i]) "\\fR"
        }
      }
      return out
    }
    function flush() {
      if (text != "") print esc(text)
      text = ""
    }
    NR == 1 {
      sub(/^[^ ]*: /, "")       # the translated "Usage: "
      n = split($0, words, " ")
      line = "\\fB" esc(words[1]) "\\fR"
      start = 2
      if (mode == "command") { line = line " \\fB" esc(words[2]) "\\fR"; start = 3 }
      for (i = start; i <= n; i++) line = line " " esc(words[i])
      if (mode == "top") print ".SH " h_synopsis
      else print ".SS \"" words[1] " " words[2] "\""
      print line
      if (mode == "top") print ".SH " h_description
      next
    }
    /^$/ { flush(); item = 0; next }
    /^[^ ].*:$/ { flush(); print ".PP"; print "\\fB" esc($0) "\\fR"; item = 0; next }
    /^  [^ ]/ {
      flush()
      line = substr($0, 3)
      split_at = match(line, /  +/)
      if (split_at) {
        print ".TP"
        print term(substr(line, 1, split_at - 1))
        text = substr(line, split_at + RLENGTH)
      } else {
        print ".TP"
        print term(line)
      }
      item = 1
      next
    }
    /^   +/ && item { sub(/^ +/, ""); text = text " " $0; next }
    # A free line is a paragraph of its own: the parser never wraps them.
    { flush(); item = 0; print ".PP"; text = $0 }
    END { flush() }'
}

top=$(help --help)
summary=$(printf '%s\n' "$top" | sed -n 3p | sed 's/\.$//; s/^./\L&/')
upper=$(printf '%s' "$version" | tr '[:lower:]' '[:upper:]')
{
  printf '%s\n' '.\" -*- coding: UTF-8 -*-'
  printf '%s\n' '.\" Generated from "idiolect-cli --help" by packaging/man/cli-manpage.sh. Do not edit.'
  printf '.TH IDIOLECT\\-CLI 1 "%s" "idiolect-cli %s" "%s"\n' "$date" "$upper" "$manual"
  printf '.SH %s\n' "$h_name"
  printf 'idiolect\\-cli \\- %s\n' "$(printf '%s' "$summary" | sed 's/-/\\-/g')"
  printf '%s\n' "$top" | sed '3d' | to_man top
  printf '.SH %s\n' "$h_commands"
  for command in $commands; do
    text=$(help "$command" --help) # a failing command fails the build
    printf '%s\n' "$text" | to_man command
  done
  printf '.SH %s\n%s\n' "$h_environment" "$environment"
  printf '.SH %s\n.BR idiolect (1)\n' "$h_seealso"
} > "$output.tmp"
mv "$output.tmp" "$output"
