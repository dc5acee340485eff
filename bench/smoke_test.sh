#!/bin/sh
# The benchmark's smallest scale, untimed, so the generator and the import it feeds cannot rot.
# Usage: smoke_test.sh BACKCARE GENERATOR EXPECTED-DIR
# Three weeks ending Sunday 2026-11-22. Day n (0-20) has pain 2 + n mod 5 and one higher: a daily mean
# of 2.5 + n mod 5, so the weekly means are 2.5 + 11/7 = 4.1, 2.5 + 15/7 = 4.6 and 2.5 + 14/7 = 4.5.
set -eu
bin=$1 gen=$2 expected=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export BACKCARE_TODAY=2026-11-22
unset TZ
"$gen" 21 2026-11-22 >"$work/diary.csv"
"$bin" --db "$work/d.db" import "$work/diary.csv" >"$work/import.txt"
"$bin" --db "$work/d.db" trend --all >"$work/trend.txt"
test "$(cat "$work/import.txt")" = "imported 143 entries from '$work/diary.csv': 42 pain, 101 done, 0 signs"
diff -u "$expected/trend_all_3_weeks.txt" "$work/trend.txt"
grep -q '^2026-W45   2026-11-02   4.1   7/7' "$work/trend.txt"
grep -q '^2026-W46   2026-11-09   4.6   7/7' "$work/trend.txt"
grep -q '^2026-W47   2026-11-16   4.5   7/7' "$work/trend.txt"
# A write and its undo go through the roll-up triggers; the report must come back the same.
"$bin" --db "$work/d.db" pain 10 --date 2026-11-20 >/dev/null
"$bin" --db "$work/d.db" done back-rub --date 2026-11-20 >/dev/null
"$bin" --db "$work/d.db" undo >/dev/null
"$bin" --db "$work/d.db" undo >/dev/null
"$bin" --db "$work/d.db" trend --all | diff -u "$expected/trend_all_3_weeks.txt" -
echo "smallest scale: generated, imported, trend --all as expected"
