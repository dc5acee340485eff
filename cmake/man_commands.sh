#!/usr/bin/env bash
# Writes help2man's include file for the COMMANDS section of backcare(1): each command's own --help
# (and each sub-command's, as for 'routine add'), so the man page documents every option, from the same
# text the program prints and so never drifts from it.
# Usage: man_commands.sh BACKCARE_BINARY OUTPUT
set -euo pipefail
binary=$1
output=$2
mkdir -p "$(dirname "$output")"

# The names listed under "Subcommands:" in a help text, one a line.
subcommands() {
  awk '/^Subcommands:/ { listing = 1; next } listing && /^$/ { exit } listing { print $1 }'
}

# One help text as roff: headings in bold, option and argument rows as tagged paragraphs, examples
# verbatim, prose filled. Backslashes and hyphens are escaped, and a line may not start with a control
# character, so no help text can turn into a roff request.
to_roff() {
  awk '
    function esc(s) { gsub(/\\/, "\\e", s); gsub(/-/, "\\-", s); if (s ~ /^[.\047]/) s = "\\&" s; return s }
    function verbatim(on) { if (on != in_nf) print (on ? ".nf" : ".fi"); in_nf = on }
    NR == 1 { print esc($0); next }
    NR == 2 { print ".br"; print esc($0); next }
    /^$/ { verbatim(0); if (!blank) print ".PP"; blank = 1; next }
    /^[^ ].*:$/ { verbatim(0); if (!blank) print ".PP"; blank = 0; heading = $0; print "\\fB" esc($0) "\\fR"; next }
    { blank = 0 }
    /^  / && heading != "Examples:" && index(substr($0, 3), "  ") {
      verbatim(0)
      line = substr($0, 3); gap = index(line, "  ")
      term = substr(line, 1, gap - 1); text = substr(line, gap); sub(/^ +/, "", text)
      print ".TP"; print "\\fB" esc(term) "\\fR"; print esc(text); next
    }
    /^ / { verbatim(1); sub(/^ +/, "", $0); print esc($0); next }
    { verbatim(0); heading = ""; print esc($0) }
    END { verbatim(0) }
  '
}

section() {
  local command=$1
  printf '.SS "backcare %s"\n' "$command"
  # shellcheck disable=SC2086 # the command is one or two words on purpose
  "$binary" $command --help | to_roff
}

{
  echo "[COMMANDS]"
  printf '%s\n' "Each command's own help, as \\fBbackcare \\fICOMMAND\\fB \\-\\-help\\fR prints it."
  for command in $("$binary" --help | subcommands); do
    section "$command"
    for sub in $("$binary" "$command" --help | subcommands); do section "$command $sub"; done
  done
} > "$output.tmp"
mv "$output.tmp" "$output"
