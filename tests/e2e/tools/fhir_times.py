#!/usr/bin/python3
"""Checks a FHIR Bundle's times against Python's zoneinfo (issue 30).

Each Observation's note is the diary day and the clock time it was logged with ("2026-03-28 01:30", or
the day alone). Its effectiveDateTime must be that moment on the calendar (a time before the day starts,
DAY_STARTS minutes past midnight, lies on the next calendar day), in ZONE, with the offset in force then.
In the hour a clock skips the time is read with the offset before the change (fold=0); in the hour it
repeats, the later of the two (fold=1). Prints "N agree", or each disagreement and exits 1.

usage: fhir_times.py BUNDLE ZONE DAY_STARTS
"""
import json
import sys
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo


def expected(note, zone, day_starts):
    parts = note.split(" ")
    if len(parts) == 1:
        return parts[0]
    day = date.fromisoformat(parts[0])
    clock = time.fromisoformat(parts[1])
    if clock.hour * 60 + clock.minute < day_starts:
        day += timedelta(days=1)
    first = datetime.combine(day, clock, tzinfo=zone)
    later = first.replace(fold=1)
    # A repeated hour: fold=0 is the earlier instant, with the larger offset; take the later.
    moment = later if first.utcoffset() > later.utcoffset() else first
    return moment.astimezone(timezone.utc).astimezone(zone).isoformat()


def main():
    bundle_path, zone_name, day_starts = sys.argv[1], sys.argv[2], int(sys.argv[3])
    zone = ZoneInfo(zone_name)
    bundle = json.load(open(bundle_path, encoding="utf-8"))
    checked, wrong = 0, []
    for entry in bundle.get("entry", []):
        resource = entry["resource"]
        if resource["resourceType"] != "Observation":
            continue
        note = resource["note"][0]["text"]
        want = expected(note, zone, day_starts)
        if resource["effectiveDateTime"] != want:
            wrong.append(f"{note}: wrote {resource['effectiveDateTime']}, zoneinfo says {want}")
        checked += 1
    for line in wrong:
        print(line)
    print(f"{checked} agree" if not wrong else f"{len(wrong)} of {checked} disagree")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
