#!/usr/bin/env python3
"""What each answer reads, in figures the machine's load does not move: the database hits and
rows of every query an answer runs (Neo4j's PROFILE), summed per answer, on two services
holding graphs of different sizes (x1 and x1000 of bench/scale.py). A command, not a test.

Start each service with the profiling logger on and its output in a file:

  java -Xmx1g -jar target/vinculos.jar --server.port=8089 ... \
      --logging.level.mx.vinculos.graph.QueryProfile=debug > x1.log 2>&1 &
  python3 bench/profile.py --small http://127.0.0.1:8089=x1.log --large http://127.0.0.1:8088=x1000.log [--verbose]

Every query then runs under PROFILE (slower: for counting, not timing). Each answer is called
twice and the second call counted (the first may compile plans or read the reports). The table
gives db hits and rows per answer at both sizes and their ratio; the work of an answer is
flat in the graph size when the ratio stays near 1.
"""
import argparse, re, time, urllib.error, urllib.parse, urllib.request

CALLS = [
    ("connect-2", "/api/connect", {"entity": ["Madrid", "Semovi"]}),
    ("connect-3", "/api/connect", {"entity": ["Bogotá", "UCCI", "Secretaría de Movilidad"]}),
    ("connect-6", "/api/connect", {"entity": ["Bogotá", "UCCI", "Secretaría de Movilidad", "Madrid", "CGLU",
                                               "Medellín"]}),
    ("briefing", "/api/briefing", {"subject": "Bogotá"}),
    ("briefing-id", "/api/briefing", {"subject": "bogota"}),
    ("profile", "/api/entities/bogota", {}),
    ("search", "/api/entities", {"q": "semovi"}),
    ("timeline", "/api/timeline", {"entity": "Claudia Sheinbaum Pardo"}),
    ("timeline-id", "/api/timeline", {"entity": "claudia-sheinbaum-pardo"}),
]

READ = re.compile(r"QueryProfile\s*:\s*read: (\d+) queries, (\d+) db hits, (\d+) rows")
QUERY = re.compile(r"QueryProfile\s*:\s*query: (\d+) db hits, (\d+) rows: (.*)")


def get(base, path, params):
    url = base + path + ("?" + urllib.parse.urlencode(params, doseq=True) if params else "")
    try:
        with urllib.request.urlopen(url, timeout=300) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


def measure(base, log, path, params):
    """Queries, db hits and rows of one answer, and its queries one by one."""
    get(base, path, params)
    time.sleep(0.5)
    with open(log, "rb") as f:
        f.seek(0, 2)
        start = f.tell()
    status = get(base, path, params)
    time.sleep(0.5)
    with open(log, "rb") as f:
        f.seek(start)
        text = f.read().decode("utf-8", "replace")
    total = [0, 0, 0]
    for m in READ.finditer(text):
        for i in range(3):
            total[i] += int(m.group(i + 1))
    queries = [(int(m.group(1)), int(m.group(2)), m.group(3)) for m in QUERY.finditer(text)]
    return status, total, queries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", required=True, help="BASE=LOG of the service on the small graph")
    ap.add_argument("--large", required=True, help="BASE=LOG of the service on the large graph")
    ap.add_argument("--only", help="comma-separated names of the calls to measure")
    ap.add_argument("--verbose", action="store_true", help="also each query's db hits at both sizes")
    a = ap.parse_args()
    services = [tuple(x.split("=", 1)) for x in (a.small, a.large)]
    calls = [c for c in CALLS if not a.only or c[0] in a.only.split(",")]
    print("| answer | queries | db hits small | db hits large | ratio | rows small | rows large | ratio |")
    print("|---|---|---|---|---|---|---|---|")
    for name, path, params in calls:
        (s1, t1, q1), (s2, t2, q2) = (measure(base, log, path, params) for base, log in services)
        flag = "" if s1 == s2 == 200 else f" (HTTP {s1} / {s2})"
        print(f"| {name}{flag} | {t1[0]} / {t2[0]} | {t1[1]:,} | {t2[1]:,} | {t2[1] / max(1, t1[1]):.2f}x "
              f"| {t1[2]:,} | {t2[2]:,} | {t2[2] / max(1, t1[2]):.2f}x |", flush=True)
        if a.verbose:
            for i in range(max(len(q1), len(q2))):
                small = q1[i] if i < len(q1) else (0, 0, "")
                large = q2[i] if i < len(q2) else (0, 0, "")
                print(f"    {small[0]:>9,} / {large[0]:>9,} hits, {small[1]:>6,} / {large[1]:>6,} rows: "
                      f"{(large[2] or small[2])[:150]}")


if __name__ == "__main__":
    main()
