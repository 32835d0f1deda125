#!/usr/bin/env python3
"""Scale benchmark: replicate the loaded graph xK into the running service's Neo4j, then time
the answers at each size. A command, not a test.

  pip install neo4j     # the official Python driver (writes go over Bolt; /api/cypher is read-only)
  python3 bench/scale.py [--base http://127.0.0.1:8080] [--bolt bolt://127.0.0.1:7687]
                         [--sizes 1,100] [--with-1000] [--calls 30] [--pid PID] [--clean]

Replication rule (issue 10): copies of cities, agencies, people, projects and events, as if
more cities reported, with every relationship that touches one of them; countries, networks
and organizations are shared (so they grow with every copy), and so are the reports. Copy k
of a node gets id `<id>-x<k>`, name and aliases `<name> x<k>`, and `copyOf`/`copyK`; copies
carry no stored PageRank (the service estimates it, as for any node written after loading).
The database makes the copies itself (`CALL { } IN TRANSACTIONS`), so x1000 takes minutes,
not hours.
Sizes are cumulative: the graph grows from one size to the next. `--clean` removes every copy
and exits. At each size it prints p50/p99 (ms) of connect with 2, 3 and 6 entities,
briefing, profile, search and timeline over --calls warm calls each, the first answer after a
write (ms from the commit to an answer that shows it), the service's RSS right after the calls,
its Java heap in use after a full collection (jcmd), and its RSS settled: --settle seconds
after that collection. RSS right after the calls mostly says how far the JVM grew its heap
while the copies were written; the settled RSS is what serving the graph keeps, and the one
the RSS target is judged on.
"""
import argparse, json, os, statistics, subprocess, time, urllib.parse, urllib.request

import logging
from concurrent.futures import ThreadPoolExecutor

from neo4j import GraphDatabase

logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)

COPIED = ["City", "Agency", "Person", "Project"]

CALLS = [
    ("connect-2", "/api/connect", {"entity": ["Madrid", "Semovi"]}),
    ("connect-3", "/api/connect", {"entity": ["Bogotá", "UCCI", "Secretaría de Movilidad"]}),
    ("connect-6", "/api/connect", {"entity": ["Bogotá", "UCCI", "Secretaría de Movilidad", "Madrid", "CGLU",
                                               "Medellín"]}),
    ("briefing", "/api/briefing", {"subject": "Bogotá"}),
    ("profile", "/api/entities/bogota", {}),
    ("search", "/api/entities", {"q": "semovi"}),
    ("timeline", "/api/timeline", {"entity": "Claudia Sheinbaum Pardo"}),
]


def get(base, path, params):
    url = base + path + ("?" + urllib.parse.urlencode(params, doseq=True) if params else "")
    with urllib.request.urlopen(url, timeout=120) as r:
        return r.read()


def copies(session):
    return session.run("MATCH (n:City) WHERE n.copyK IS NOT NULL RETURN coalesce(max(n.copyK), 0) AS k").single()["k"]


COPIED_NODE = "(n:Event OR n:City OR n:Agency OR n:Person OR n:Project)"


def groups(driver):
    """The kinds of relationship the copies repeat (type, and the label each end is found by):
    those touching a copied node, among originals."""
    with driver.session() as s:
        return s.run(f"""
            MATCH (a)-[r]->(b)
            WHERE (a:Entity OR a:Event) AND a.copyK IS NULL AND b.copyK IS NULL
              AND ({COPIED_NODE.replace('n:', 'a:')} OR {COPIED_NODE.replace('n:', 'b:')})
            RETURN DISTINCT type(r) AS t, a:Event AS ea, b:Event AS eb, b:Report AS rb""").data()


def copy_nodes(driver, lo, hi, rows):
    """Copies lo..hi of every copied node."""
    with driver.session() as s:
        for label in COPIED + ["Event"]:
            labels = "Event" if label == "Event" else "Entity:" + label
            title = ", title: n.title + ' x' + k" if label == "Event" else ""
            # labels come from the constant list above
            s.run(f"""
                MATCH (n:{label}) WHERE n.copyK IS NULL AND NOT coalesce(n.benchWrite, false)
                UNWIND range($lo, $hi) AS k
                CALL (n, k) {{
                  CREATE (c:{labels})
                  SET c = n {{.*, id: n.id + '-x' + k, name: n.name + ' x' + k{title},
                      aliases: [a IN coalesce(n.aliases, []) | a + ' x' + k],
                      nameKeys: [key IN coalesce(n.nameKeys, []) | key + ' x' + k], copyOf: n.id, copyK: k}}
                  SET c.aliasText = reduce(t = '', a IN c.aliases | t + CASE t WHEN '' THEN '' ELSE ' | ' END + a)
                  REMOVE c.pageRank, c.degree, c.hub
                }} IN TRANSACTIONS OF $rows ROWS""", lo=lo, hi=hi, rows=rows).consume()


def copy_relationships(driver, kinds, lo, hi, rows):
    """Copies lo..hi of every relationship touching a copied node (the copied nodes exist)."""
    with driver.session() as s:
        for g in kinds:
            la = "Event" if g["ea"] else "Entity"
            lb = "Report" if g["rb"] else ("Event" if g["eb"] else "Entity")
            # type and labels come from the graph's own vocabulary; an agreement names its
            # signing event by id: the copy's own
            s.run(f"""
                MATCH (a:{la})-[r:`{g["t"]}`]->(b:{lb})
                WHERE a.copyK IS NULL AND b.copyK IS NULL
                  AND ({COPIED_NODE.replace('n:', 'a:')} OR {COPIED_NODE.replace('n:', 'b:')})
                WITH a, r, b, {COPIED_NODE.replace('n:', 'a:')} AS ca, {COPIED_NODE.replace('n:', 'b:')} AS cb
                UNWIND range($lo, $hi) AS k
                CALL (a, r, b, ca, cb, k) {{
                  MATCH (x:{la} {{id: CASE WHEN ca THEN a.id + '-x' + k ELSE a.id END}})
                  MATCH (y:{lb} {{id: CASE WHEN cb THEN b.id + '-x' + k ELSE b.id END}})
                  CREATE (x)-[c:`{g["t"]}`]->(y)
                  SET c = properties(r)
                  SET c.event = CASE WHEN r.event IS NULL THEN null ELSE r.event + '-x' + k END
                }} IN TRANSACTIONS OF $rows ROWS""", lo=lo, hi=hi, rows=rows).consume()


def replicate(driver, first, last, chunk=50, rows=10000):
    """Adds copies first..last (inclusive). The database makes the copies itself (Cypher
    `CALL { } IN TRANSACTIONS` of `rows` rows), `chunk` copies per statement so no statement
    holds more than a bounded number of pending rows: nothing travels over Bolt but the
    statements. The nodes of the next chunk are copied while the relationships of this one
    are (two sessions that touch different nodes, so they never wait for each other's locks)."""
    kinds = groups(driver)
    chunks = [(lo, min(last, lo + chunk - 1)) for lo in range(first, last + 1, chunk)]
    with ThreadPoolExecutor(1) as nodes:
        pending = nodes.submit(copy_nodes, driver, *chunks[0], rows)
        for i, (lo, hi) in enumerate(chunks):
            pending.result()
            if i + 1 < len(chunks):
                pending = nodes.submit(copy_nodes, driver, *chunks[i + 1], rows)
            copy_relationships(driver, kinds, lo, hi, rows)
            print(f"  replicated x{hi + 1}", flush=True)


def clean(driver):
    with driver.session() as s:
        s.run("MATCH (n) WHERE n.copyK IS NOT NULL CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS").consume()


def counts(driver):
    with driver.session() as s:
        r = s.run("MATCH (n) WHERE n:Entity OR n:Event WITH count(n) AS n "
                  "MATCH ()-[r]->() RETURN n, count(r) AS r").single()
        return r["n"], r["r"]


def rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None


def heap_mb(pid):
    """Java heap in use after a full collection (jcmd, from the JDK): what the graph costs the heap."""
    try:
        subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True, timeout=120)
        out = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True, timeout=60).stdout
        for line in out.splitlines():
            if "used" in line and "total" in line:
                used = line.split("used")[1].split()[0]
                return int(used.rstrip("K")) / 1024
    except (OSError, subprocess.SubprocessError, ValueError, IndexError):
        return None


def find_pid(port):
    out = subprocess.run(["ss", "-ltnpH", f"sport = :{port}"], capture_output=True, text=True).stdout
    for part in out.split("pid=")[1:]:
        return int(part.split(",")[0])
    return None


def timings(base, calls):
    out = {}
    for name, path, params in CALLS:
        for _ in range(3):
            get(base, path, params)
        ts = []
        for _ in range(calls):
            t = time.perf_counter()
            get(base, path, params)
            ts.append((time.perf_counter() - t) * 1000)
        ts.sort()
        out[name] = (statistics.median(ts), ts[min(len(ts) - 1, int(len(ts) * 0.99))])
    return out


def after_write(base, driver):
    """Writes a new event with a participation of Bogotá; ms until the timeline shows it."""
    title = f"Evento de prueba de frescura {time.time_ns()}"
    with driver.session() as s:
        s.execute_write(lambda tx: tx.run("""
            MATCH (b:City {id: 'bogota'}), (r:Report) WITH b, r ORDER BY r.id DESC LIMIT 1
            CREATE (e:Event {id: $id, name: $title, title: $title, aliases: [], aliasText: '',
                             startDate: date('2021-12-30'), datePrecision: 'day', source: r.id, line: 1,
                             quote: 'prueba', benchWrite: true})
            CREATE (b)-[:PARTICIPATED_IN {role: 'attendee', source: r.id, line: 1, quote: 'prueba'}]->(e)
            CREATE (e)-[:REPORTED_IN]->(r)""", id="bench-" + str(time.time_ns()), title=title).consume())
    t = time.perf_counter()
    while True:
        if title.encode() in get(base, "/api/timeline", {"entity": "bogota"}):
            ms = (time.perf_counter() - t) * 1000
            break
        if time.perf_counter() - t > 60:
            ms = float("inf")
            break
    with driver.session() as s:
        s.run("MATCH (e:Event {benchWrite: true}) DETACH DELETE e").consume()
    return ms


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:8080")
    ap.add_argument("--bolt", default="bolt://127.0.0.1:7687")
    ap.add_argument("--user", default="neo4j")
    ap.add_argument("--password", default="")
    ap.add_argument("--sizes", default="1,100")
    ap.add_argument("--with-1000", action="store_true", help="also x1000 (about 2.4M relationships; slow)")
    ap.add_argument("--calls", type=int, default=30)
    ap.add_argument("--pid", type=int)
    ap.add_argument("--settle", type=float, default=10, help="seconds between the full collection and the settled RSS")
    ap.add_argument("--clean", action="store_true")
    a = ap.parse_args()
    auth = (a.user, a.password) if a.password else None
    driver = GraphDatabase.driver(a.bolt, auth=auth)
    if a.clean:
        clean(driver)
        print("copies removed:", counts(driver))
        return
    pid = a.pid or find_pid(urllib.parse.urlparse(a.base).port or 80)
    sizes = [int(x) for x in a.sizes.split(",")] + ([1000] if a.with_1000 else [])
    rows = []
    for size in sizes:
        with driver.session() as s:
            have = copies(s) + 1
        if size > have:
            t = time.time()
            print(f"replicating x{have} -> x{size} ...", flush=True)
            replicate(driver, have, size - 1)
            print(f"  done in {time.time() - t:.0f} s", flush=True)
        n, r = counts(driver)
        load = os.getloadavg()[0]
        t = timings(a.base, a.calls)
        w = statistics.median([after_write(a.base, driver) for _ in range(3)])
        load = (load + os.getloadavg()[0]) / 2
        rss = rss_mb(pid) if pid else None
        heap = heap_mb(pid) if pid else None
        # settled: after the full collection above and a pause, the JVM has given back what
        # the replication's writes made it grow (G1 shrinks the heap after a full GC)
        time.sleep(a.settle)
        settled = rss_mb(pid) if pid else None
        rows.append((size, n, r, t, w, rss, heap, load, settled))
        print(json.dumps({"size": size, "nodes": n, "rels": r, "p50_p99_ms": t, "after_write_ms": w,
                          "rss_mb": rss, "settled_rss_mb": settled, "heap_after_gc_mb": heap, "load": load}),
              flush=True)
    names = [c[0] for c in CALLS]
    print()
    print("| graph | nodes / rels | " + " | ".join(f"{x} p50 / p99" for x in names)
          + " | first answer after a write | RSS after the calls | RSS settled | heap after GC | load average |")
    print("|---" * (len(names) + 7) + "|")
    for size, n, r, t, w, rss, heap, load, settled in rows:
        cells = " | ".join(f"{t[x][0]:.0f} / {t[x][1]:.0f} ms" for x in names)
        print(f"| x{size} | {n:,} / {r:,} | {cells} | {w:.0f} ms | "
              + (f"{rss / 1024:.2f} GB" if rss else "?") + " | " + (f"{settled / 1024:.2f} GB" if settled else "?")
              + " | " + (f"{heap:.0f} MB" if heap else "?") + f" | {load:.1f} |")
    if len(rows) > 1:
        # the targets of issue 10 are ratios within one run: the largest size against x1
        first, last = rows[0], rows[-1]
        print()
        print(f"x{last[0]} against x{first[0]}: " + ", ".join(
            f"{x} p50 {last[3][x][0] / first[3][x][0]:.2f}x" for x in names)
            + (f"; RSS after the calls {last[5] / first[5]:.2f}x" if first[5] and last[5] else "")
            + (f", settled {last[8] / first[8]:.2f}x (the target's figure)" if first[8] and last[8] else "")
            + "; connect p99 " + ", ".join(f"{last[3][x][1]:.0f} ms" for x in names if x.startswith("connect")))
    driver.close()


if __name__ == "__main__":
    main()
