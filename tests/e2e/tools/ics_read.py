#!/usr/bin/python3
"""Reads an iCalendar file back with python3-icalendar (a real parser) and prints what a calendar
application would take from it, one fact a line, for plan_test.cpp to compare whole.

Before parsing it checks the line rules the parser forgives: every line ended by CRLF, no line longer
than 75 octets, a fold never cutting a UTF-8 character. Exits 1 on a broken rule."""
import sys

import icalendar


def check_lines(data):
    if not data.endswith(b"\r\n"):
        sys.exit("the file does not end with CRLF")
    for number, line in enumerate(data[:-2].split(b"\r\n"), 1):
        if b"\n" in line or b"\r" in line:
            sys.exit(f"line {number}: a bare line break")
        if len(line) > 75:
            sys.exit(f"line {number}: {len(line)} octets")
        line.decode("utf-8")  # a fold must not cut a character in two


def alarm_lines(event):
    for alarm in event.walk("VALARM"):
        trigger = alarm.decoded("TRIGGER")
        yield f"  alarm: {alarm['ACTION']} at start+{trigger} \"{alarm['DESCRIPTION']}\""


def event_lines(event):
    start = event.decoded("DTSTART")
    rule = event["RRULE"]
    yield f"event {event['UID']}"
    yield f"  summary: {event['SUMMARY']}"
    yield f"  start: {start.isoformat()} (time zone: {start.tzinfo})"
    yield f"  duration: {event.decoded('DURATION')}"
    yield f"  repeats: {rule['FREQ'][0]} until {rule['UNTIL'][0].isoformat()}"
    yield f"  stamp: {event.decoded('DTSTAMP').isoformat()}"
    yield f"  transparency: {event['TRANSP']}"
    yield from alarm_lines(event)
    for line in str(event["DESCRIPTION"]).split("\n"):
        yield f"  | {line}"


def main():
    data = open(sys.argv[1], "rb").read()
    check_lines(data)
    calendar = icalendar.Calendar.from_ical(data)
    print(f"calendar {calendar['VERSION']} {calendar['PRODID']}: {calendar['X-WR-CALNAME']}")
    print(f"description: {calendar['X-WR-CALDESC']}")
    print(f"same description under NAME/DESCRIPTION: {calendar['DESCRIPTION'] == calendar['X-WR-CALDESC']}")
    for event in calendar.walk("VEVENT"):
        for line in event_lines(event):
            print(line)


main()
