#!/usr/bin/env python3
"""Warm latency of the pages (as a browser asks for them, in Spanish): p50 and p99 over N
calls each. The target is under 100 ms p50 per page on the loaded reports.

  python3 bench/pages.py [--base http://127.0.0.1:8080] [--calls 100]

Start the service first (README). Calls go to localhost only, sequentially, and stop by
themselves. Standard library only; not a test.
"""
import argparse, statistics, time, urllib.parse, urllib.request

PAGES = [
    ("inicio", "/", {}),
    ("buscar", "/buscar", {"q": "bogota"}),
    ("entidad", "/entidades/bogota", {}),
    ("entidad-evento", "/entidades/s201-taller-alianza-contrataciones-abiertas", {}),
    ("conexiones", "/conexiones", {"entidad": ["Bogotá", "UCCI", "Secretaría de Movilidad"]}),
    ("briefing", "/briefing", {"sujeto": "Bogotá"}),
    ("briefing-pais", "/briefing", {"sujeto": "Colombia"}),
    ("briefing.pdf", "/briefing.pdf", {"sujeto": "Bogotá"}),
    ("fuentes", "/fuentes/informe-2021-2", {"linea": 124, "cita": "Claudia López, Alcaldesa de Bogotá"}),
]

HEADERS = {"Accept": "text/html", "Accept-Language": "es-MX,es;q=0.9"}


def fetch(url):
    with urllib.request.urlopen(urllib.request.Request(url, headers=HEADERS)) as r:
        r.read()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:8080")
    ap.add_argument("--calls", type=int, default=100)
    a = ap.parse_args()
    print(f"{'page':16} {'p50 ms':>8} {'p99 ms':>8}  ({a.calls} warm calls each)")
    slow = []
    for name, path, params in PAGES:
        url = a.base + path + ("?" + urllib.parse.urlencode(params, doseq=True) if params else "")
        for _ in range(10):  # warm-up
            fetch(url)
        times = []
        for _ in range(a.calls):
            t = time.perf_counter()
            fetch(url)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        p50 = statistics.median(times)
        p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
        print(f"{name:16} {p50:8.1f} {p99:8.1f}")
        if p50 >= 100:
            slow.append(name)
    print("all pages under 100 ms p50" if not slow else "over 100 ms p50: " + ", ".join(slow))


if __name__ == "__main__":
    main()
