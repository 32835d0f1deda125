#!/usr/bin/env python3
"""Warm latency of the query endpoints on the loaded reports: p50 and p99 over N calls each.

  python3 bench/latency.py [--base http://127.0.0.1:8080] [--calls 300]

Start the service first (README). Calls go to localhost only, sequentially, and stop by
themselves. Standard library only; not a test.
"""
import argparse, statistics, time, urllib.parse, urllib.request

CALLS = [
    ("connect", "/api/connect", {"entity": ["Bogotá", "UCCI", "Secretaría de Movilidad"]}),
    ("connect-2", "/api/connect", {"entity": ["Madrid", "Semovi"]}),
    ("briefing", "/api/briefing", {"subject": "Bogotá"}),
    ("briefing-country", "/api/briefing", {"subject": "Colombia"}),
    ("briefing-html", "/api/briefing", {"subject": "Bogotá", "format": "html"}),
    ("timeline", "/api/timeline", {"entity": "Claudia Sheinbaum Pardo"}),
    ("entities", "/api/entities", {"q": "semovi"}),
    ("profile", "/api/entities/bogota", {}),
    ("agreements", "/api/agreements", {}),
    ("funding", "/api/funding", {"party": "ADIP"}),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:8080")
    ap.add_argument("--calls", type=int, default=300)
    a = ap.parse_args()
    print(f"{'endpoint':18} {'p50 ms':>8} {'p99 ms':>8}  ({a.calls} warm calls each)")
    for name, path, params in CALLS:
        url = a.base + path + ("?" + urllib.parse.urlencode(params, doseq=True) if params else "")
        for _ in range(20):  # warm-up
            urllib.request.urlopen(url).read()
        times = []
        for _ in range(a.calls):
            t = time.perf_counter()
            urllib.request.urlopen(url).read()
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
        print(f"{name:18} {statistics.median(times):8.1f} {p99:8.1f}")


if __name__ == "__main__":
    main()
