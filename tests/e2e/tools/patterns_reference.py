#!/usr/bin/python3
"""An independent computation of `backcare patterns` (issue 29), to check reports/patterns.cpp against.

Reads a JSON input, or a list of them, from the file named on the command line (or stdin):
  {"next_day": false, "day_means": {"2024-12-31": 4.5, ...},
   "factors": [{"kind": "tag" | "routine", "slug": "...", "days": ["2024-12-30", ...]}]}
or, in place of day_means and factors, a diary's entries, from which both are found here:
  {"next_day": false, "diary": {"pain": [{"day": "...", "level": 4, "tags": ["lifting"]}, ...],
   "done": [{"day": "...", "slug": "back-rub", "tags": [...]}, ...], "day_tags": [{"day": "...", "slug": "..."}]}}
and prints for each its rows as JSON: {"rows": [...], "compared": n}.

The standard library only, and written apart from the C++: means and variances from `statistics`, and
Student's t quantile by integrating its density (Simpson's rule) and bisection, where the C++ uses the
incomplete beta function's continued fraction.
"""
import datetime
import json
import math
import statistics
import sys

PATTERN_DAYS = 7  # rules::kPatternDays
SHOWN_PER_KIND = 5  # rules::kPatternsShownPerKind
MEANINGFUL_POINTS = 2.0  # rules::kMeaningfulPoints
NUDGE = 1e-9  # rules::kPatternNudge: 2 computed as 1.9999999 is still 2
LEVEL = 0.95


def t_quantile(p, df):
    """Student's t quantile for p > 0.5 and df >= 1 (Welch's df is at least 1 with two values a side).

    With t = sqrt(df) tan(theta) the density becomes c * cos(theta)^(df - 1) on [0, pi/2), smooth and
    bounded for df >= 1, so Simpson's rule on [0, theta] is accurate far beyond the 1e-6 needed.
    """
    c = math.exp(math.lgamma((df + 1) / 2) - math.lgamma(df / 2)) / math.sqrt(math.pi)

    def mass(theta, intervals=256):  # P(0 < T < sqrt(df) tan(theta))
        h = theta / intervals
        total = 0.0
        for i in range(intervals + 1):
            weight = 1 if i in (0, intervals) else (4 if i % 2 else 2)
            total += weight * math.cos(i * h) ** (df - 1)
        return c * total * h / 3

    low, high = 0.0, math.pi / 2
    for _ in range(60):
        middle = (low + high) / 2
        if mass(middle) < p - 0.5:
            low = middle
        else:
            high = middle
    return math.sqrt(df) * math.tan((low + high) / 2)


def welch(with_values, without_values):
    """Difference, low, high and df, or None when a side has fewer than two values."""
    if len(with_values) < 2 or len(without_values) < 2:
        return None
    n1, n2 = len(with_values), len(without_values)
    a = statistics.variance(with_values) / n1
    b = statistics.variance(without_values) / n2
    difference = statistics.mean(with_values) - statistics.mean(without_values)
    if a + b == 0:
        return {"difference": difference, "low": difference, "high": difference, "df": n1 + n2 - 2}
    df = (a + b) ** 2 / (a * a / (n1 - 1) + b * b / (n2 - 1))
    half = t_quantile((1 + LEVEL) / 2, df) * math.sqrt(a + b)
    return {"difference": difference, "low": difference - half, "high": difference + half, "df": df}


def label(days_with, days_without, interval):
    if days_with < PATTERN_DAYS or days_without < PATTERN_DAYS:
        return "not_enough_days"
    excludes_zero = interval["low"] > 0 or interval["high"] < 0
    if excludes_zero and abs(interval["difference"]) >= MEANINGFUL_POINTS - NUDGE:
        return "looks_different"
    return "no_clear_difference"


def counted_days(spec):
    """(day, value) for each day that counts: same day, its own mean; next day, the next day's."""
    means = {datetime.date.fromisoformat(day): value for day, value in spec["day_means"].items()}
    if not spec.get("next_day"):
        return list(means.items())
    one = datetime.timedelta(days=1)
    return [(day, means[day + one]) for day in means if day + one in means]


def row(factor, counted):
    days = {datetime.date.fromisoformat(day) for day in factor["days"]}
    with_values = [value for day, value in counted if day in days]
    without_values = [value for day, value in counted if day not in days]
    interval = welch(with_values, without_values)
    return {
        "kind": factor["kind"],
        "slug": factor["slug"],
        "days_with": len(with_values),
        "days_without": len(without_values),
        "mean_with": statistics.mean(with_values) if with_values else None,
        "mean_without": statistics.mean(without_values) if without_values else None,
        "interval": interval,
        "label": label(len(with_values), len(without_values), interval) if interval else "not_enough_days",
    }


def from_diary(spec):
    """day_means and factors from a diary's entries: a day's mean is that of its pain levels; a routine is
    on the days it was done; a tag on the days it was a day's tag or on any pain entry or routine done."""
    diary = spec["diary"]
    levels, routines, tags = {}, {}, {}
    for entry in diary["pain"]:
        levels.setdefault(entry["day"], []).append(entry["level"])
    for entry in diary["done"]:
        routines.setdefault(entry["slug"], set()).add(entry["day"])
    for entry in diary["pain"] + diary["done"]:
        for tag in entry["tags"]:
            tags.setdefault(tag, set()).add(entry["day"])
    for tag in diary["day_tags"]:
        tags.setdefault(tag["slug"], set()).add(tag["day"])
    factors = [{"kind": kind, "slug": slug, "days": sorted(days)}
               for kind, found in (("tag", tags), ("routine", routines)) for slug, days in found.items()]
    means = {day: statistics.mean(values) for day, values in levels.items()}
    return {"next_day": spec.get("next_day", False), "day_means": means, "factors": factors}


def patterns(spec):
    if "diary" in spec:
        spec = from_diary(spec)
    counted = counted_days(spec)
    rows = []
    for kind in ("tag", "routine"):
        kind_rows = [row(f, counted) for f in spec["factors"] if f["kind"] == kind]
        kind_rows = [r for r in kind_rows if r["days_with"] > 0]
        kind_rows.sort(key=lambda r: (-r["days_with"], r["slug"]))
        rows += kind_rows[:SHOWN_PER_KIND]
    return {"rows": rows, "compared": sum(r["label"] != "not_enough_days" for r in rows)}


def main():
    source = open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin
    spec = json.load(source)
    result = [patterns(one) for one in spec] if isinstance(spec, list) else patterns(spec)
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
