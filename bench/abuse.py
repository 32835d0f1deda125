#!/usr/bin/env python3
"""Abuse probe for the Cypher endpoint and the HTTP limits (issue 9), standard library only.

Bounded and loopback-only: 64 connections of trivial Cypher spread over several accounts,
one account firing 40 slow queries at once, then the probe set of the review (huge OR
query, reduce() that outlives its deadline, 70 MB body, a 37 MB row, admin commands), and
the service's resident memory (RSS) before and after.

Start the service with the accounts below, for example:

  java -jar target/vinculos.jar --server.port=8083 --vinculos.embedded.bolt-port=7693 \\
    --vinculos.data-dir=./data \\
    '--vinculos.security.users.lento.password={noop}lento' --vinculos.security.users.lento.roles=ANALISTA \\
    '--vinculos.security.users.u1.password={noop}u1' --vinculos.security.users.u1.roles=ANALISTA  ... u8

then:  python3 bench/abuse.py --base http://127.0.0.1:8083 --pid <java pid>
"""
import argparse
import base64
import http.client
import json
import statistics
import threading
import time
import urllib.parse

TRIVIAL = "RETURN 1 AS x"
SLOW = "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 1000000007 = -1 RETURN count(x) AS n"


def cpu_seconds(pid):
    """User + system CPU the process has used so far (from /proc), to show a core is free again."""
    if not pid:
        return None
    import os
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Peak(threading.Thread):
    """Samples RSS every half second: the peak is what a burst costs the machine."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.peak, self.running = pid, 0, True

    def run(self):
        while self.running and self.pid:
            self.peak = max(self.peak, rss_mb(self.pid) or 0)
            time.sleep(0.5)


def rss_mb(pid):
    if not pid:
        return None
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    return None


class Client:
    def __init__(self, base, user):
        u = urllib.parse.urlparse(base)
        if u.hostname not in ("127.0.0.1", "localhost", "::1"):
            raise SystemExit("loopback only")
        self.host, self.port = u.hostname, u.port
        self.auth = "Basic " + base64.b64encode(f"{user}:{user}".encode()).decode() if user else None
        self.conn = None

    def request(self, method, path, body=None, headers=None, timeout=60):
        h = {"Content-Type": "application/json"}
        if self.auth:
            h["Authorization"] = self.auth
        h.update(headers or {})
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
            try:
                t0 = time.perf_counter()
                self.conn.request(method, path, body=body, headers=h)
                r = self.conn.getresponse()
                data = r.read()
                ms = (time.perf_counter() - t0) * 1000
                if r.getheader("Connection", "").lower() == "close":
                    self.conn.close()
                    self.conn = None
                return r.status, dict(r.getheaders()), data, ms
            except (ConnectionError, http.client.HTTPException, OSError) as ex:
                self.conn.close()
                self.conn = None
                if attempt == 2:
                    return -1, {}, str(ex).encode(), 0.0

    def cypher(self, query, timeout=60):
        return self.request("POST", "/api/cypher", json.dumps({"query": query}), timeout=timeout)


def load(base, seconds, users):
    results = {"ok": [], "503": 0, "other": {}, "per_user_ok": {u: 0 for u in users}}
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def trivial(user):
        c = Client(base, user)
        while time.monotonic() < stop:
            status, headers, _, ms = c.cypher(TRIVIAL)
            with lock:
                if status == 200:
                    results["ok"].append(ms)
                    results["per_user_ok"][user] += 1
                elif status == 503:
                    results["503"] += 1
                else:
                    results["other"][status] = results["other"].get(status, 0) + 1
            if status == 503:
                time.sleep(0.2)  # a polite client backs off; Retry-After says how long at most

    slow_codes = {}

    def slow():
        status, headers, body, ms = Client(base, "lento").cypher(SLOW)
        with lock:
            key = (status, "Retry-After" in headers)
            slow_codes[key] = slow_codes.get(key, 0) + 1

    threads = [threading.Thread(target=slow) for _ in range(40)]
    threads += [threading.Thread(target=trivial, args=(users[i % len(users)],)) for i in range(64)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results, slow_codes


def big_body(c):
    """Announces 70 MB, sends the first MB and reads the answer: the service answers 413 and
    closes without reading the rest (http.client would fail writing the rest into a closed socket)."""
    import socket
    s = socket.create_connection((c.host, c.port), timeout=30)
    try:
        s.sendall((f"POST /api/cypher HTTP/1.1\r\nHost: {c.host}\r\nContent-Type: application/json\r\n"
                   f"Authorization: {c.auth}\r\nContent-Length: 70000000\r\n\r\n").encode())
        try:
            s.sendall(b"{" + b" " * 1_000_000)
        except OSError:
            pass
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
        head = data.split(b"\r\n\r\n")[0].decode(errors="replace").split("\r\n")
        status = int(head[0].split()[1]) if head and head[0].startswith("HTTP/") else -1
        headers = dict(h.split(": ", 1) for h in head[1:] if ": " in h)
        return status, headers, b"", 0.0
    finally:
        s.close()


def probes(base):
    c = Client(base, "u1")
    out = []

    def probe(name, fn):
        t0 = time.perf_counter()
        status, headers, body, _ = fn()
        out.append((name, status, headers.get("Content-Type", ""), round(time.perf_counter() - t0, 2)))

    ors = "MATCH (n) WHERE " + " OR ".join(f"n.id = 'x{i}'" for i in range(60000)) + " RETURN n"
    probe("60,000 OR terms (1 MB)", lambda: c.cypher(ors))
    ors3k = "MATCH (n) WHERE " + " OR ".join(f"n.id = 'x{i}'" for i in range(3000)) + " RETURN n"
    probe("3,000 OR terms", lambda: c.cypher(ors3k))
    probe("reduce() over 200,000", lambda: c.cypher(
        "RETURN size(reduce(s='', x IN range(1,200000) | s + 'xxxxxxxxxxxxxxxxxxxx')) AS n"))
    probe("70 MB body (announced)", lambda: big_body(c))
    probe("37 MB row collect(a.id)", lambda: c.cypher("MATCH (a),(b) RETURN collect(a.id) AS c"))
    probe("30M collect (memory limit)", lambda: c.cypher(
        "UNWIND range(1, 30000000) AS x WITH collect(x) AS c RETURN size(c) AS n"))
    for q in ("SHOW TRANSACTIONS", "SHOW SETTINGS", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
              "CALL db.stats.collect('QUERIES')", "CALL dbms.components()", "CALL db.prepareForReplanning()"):
        probe(q, lambda q=q: c.cypher(q))
    probe("5,000 '+' terms (parses for minutes)", lambda: c.cypher("RETURN " + "+".join(["1"] * 5000) + " AS n"))
    probe("500 nested brackets", lambda: c.cypher("RETURN " + "[" * 500 + "1" + "]" * 500 + " AS n"))
    probe("URL of 10 KB", lambda: c.request("GET", "/api/entities?q=" + "a" * 10_000))
    probe("URL of 70 KB", lambda: c.request("GET", "/api/entities?q=" + "a" * 70_000))
    probe("URL of 300 KB", lambda: c.request("GET", "/api/entities?q=" + "a" * 300_000))
    probe("header of 70 KB", lambda: c.request("GET", "/api/entities?q=a", headers={"X-Relleno": "a" * 70_000}))
    probe("GET /error", lambda: c.request("GET", "/error"))
    probe("anonymous /actuator/health", lambda: Client(base, None).request("GET", "/actuator/health"))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:8083")
    ap.add_argument("--pid", type=int, help="the service's process id, for RSS")
    ap.add_argument("--seconds", type=int, default=30)
    ap.add_argument("--users", type=int, default=8)
    ap.add_argument("--settle", type=int, default=120, help="seconds to watch RSS after the probes")
    a = ap.parse_args()
    users = [f"u{i}" for i in range(1, a.users + 1)]
    print(f"RSS before: {rss_mb(a.pid)} MB")
    peak = Peak(a.pid)
    peak.start()
    t0 = time.monotonic()
    res, slow = load(a.base, a.seconds, users)
    ok = res["ok"]
    print(f"load: {a.seconds} s, 64 trivial connections over {len(users)} accounts + 40 slow queries from one account")
    print(f"  slow account answers (status, Retry-After): {dict(sorted(slow.items()))}")
    if ok:
        q = statistics.quantiles(ok, n=100)
        print(f"  trivial: {len(ok)} answered 200 ({len(ok) / (time.monotonic() - t0):.0f}/s), "
              f"p50 {q[49]:.0f} ms, p95 {q[94]:.0f} ms, max {max(ok):.0f} ms; 503: {res['503']}; other: {res['other']}")
    else:
        print(f"  trivial: none answered 200; 503: {res['503']}; other: {res['other']} (-1: no answer)")
    print(f"  answered per account: {res['per_user_ok']}")
    print(f"  every other account answered: {all(v > 0 for v in res['per_user_ok'].values())}")
    print(f"RSS after load: {rss_mb(a.pid)} MB")
    for name, status, ctype, secs in probes(a.base):
        print(f"  {name:45s} {status} {ctype.split(';')[0]:26s} {secs:6.2f} s")
    print(f"RSS right after probes: {rss_mb(a.pid)} MB (peak so far {peak.peak} MB)")
    c = Client(a.base, "u2")
    status, _, _, ms = c.cypher(TRIVIAL)
    print(f"trivial query right after the probes: {status} in {ms:.0f} ms")
    cpu0 = cpu_seconds(a.pid)
    time.sleep(5)
    if cpu0 is not None:
        print(f"CPU the service used in the 5 s after the probes: {cpu_seconds(a.pid) - cpu0:.2f} s "
              f"(a query still computing would use about 5 s)")
    series = []
    for _ in range(a.settle // 10):
        time.sleep(10)
        series.append(rss_mb(a.pid))
    print(f"RSS every 10 s while idle: {series} MB")
    peak.running = False
    print(f"RSS at the end: {rss_mb(a.pid)} MB (limit 1536 MB); peak over the whole run: {peak.peak} MB")


if __name__ == "__main__":
    main()
