#!/usr/bin/python3
"""Latency of backcare serve's page and of a write (issue 31), from a client on loopback.

usage: serve_latency.py PORT PID [REQUESTS]
Requests the page REQUESTS times, then posts REQUESTS pain entries from the page's own form, one at a
time, and prints a line each: its name, the median and p99 in milliseconds, and the server's peak resident
memory (VmHWM of PID) in MiB, tab-separated.
"""
import http.client
import re
import statistics
import sys
import time


def timed(port, method, path, body=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port)
    start = time.perf_counter()
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    text = response.read()
    elapsed = (time.perf_counter() - start) * 1000
    connection.close()
    return elapsed, response.status, text


def summary(times):
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, int(round(0.99 * len(ordered))) - 1)]
    return f"{statistics.median(ordered):.1f}\t{p99:.1f}"


def main():
    port, pid = int(sys.argv[1]), sys.argv[2]
    requests = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    pages = [timed(port, "GET", "/") for _ in range(requests)]
    assert all(status == 200 for _, status, _ in pages), "a page request failed"
    secret = re.search(rb'name="form_secret" value="([0-9a-f]+)"', pages[-1][2]).group(1).decode()
    headers = {"Origin": f"http://127.0.0.1:{port}", "Content-Type": "application/x-www-form-urlencoded"}
    writes = [timed(port, "POST", "/pain", f"level=4&note=bench&form_secret={secret}", headers) for _ in range(requests)]
    assert all(status == 303 for _, status, _ in writes), "a write failed"
    peak = int(re.search(r"VmHWM:\s+(\d+)", open(f"/proc/{pid}/status").read()).group(1)) / 1024
    print(f"page\t{summary([t for t, _, _ in pages])}\t{peak:.1f}")
    print(f"write\t{summary([t for t, _, _ in writes])}\t{peak:.1f}")


if __name__ == "__main__":
    main()
