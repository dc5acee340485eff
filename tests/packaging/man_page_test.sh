#!/usr/bin/env bash
# backcare(1) renders without a warning from man, and shows every command of 'backcare --help' as a
# section of its own (so each command's options are documented).
# Usage: man_page_test.sh BACKCARE_BINARY MAN_PAGE
set -euo pipefail
binary=$1
page=$2
if ! command -v man >/dev/null; then echo "skipped: no man (scripts/install-deps installs man-db)"; exit 77; fi
if [[ ! -f $page ]]; then echo "skipped: no $page (the build found no help2man)"; exit 77; fi

warnings=$(MANWIDTH=80 man -l "$page" 2>&1 >/dev/null)
if [[ -n $warnings ]]; then echo "man -l $page warns:"; echo "$warnings"; exit 1; fi

rendered=$(MANWIDTH=80 man -l "$page" 2>/dev/null)
commands=$("$binary" --help | awk '/^Subcommands:/ { listing = 1; next } listing && /^$/ { exit } listing { print $1 }')
[[ -n $commands ]] || { echo "no commands found in backcare --help"; exit 1; }
missing=0
for command in $commands; do
  grep -q "^   backcare $command\$" <<<"$rendered" || { echo "no section 'backcare $command' in the man page"; missing=1; }
done
for heading in NAME SYNOPSIS DESCRIPTION OPTIONS COMMANDS ENVIRONMENT FILES "EXIT STATUS" NOTES; do
  grep -q "^$heading\$" <<<"$rendered" || { echo "no $heading section in the man page"; missing=1; }
done
tr -s " \n" "  " <<<"$rendered" | grep -q "not medical advice" || { echo "the man page does not say it is not medical advice"; missing=1; }
exit "$missing"
