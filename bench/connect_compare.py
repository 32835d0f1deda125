#!/usr/bin/env python3
"""Compare /api/connect's rankings: rwr (random walk with restart, hub-penalised) against
plain shortest paths, on the connect questions of an eval file plus the card's example.

  python3 bench/connect_compare.py [--base http://127.0.0.1:8080] QUESTIONS.jsonl ...

For each question it prints, per method, the rank of every expected name among the first 10
connectors (as the scorer reads them) and the ranks of the hubs (the city, the head of
government, the CGAAI), which a good ranking keeps low. Standard library only.
"""
import argparse, json, re, unicodedata, urllib.parse, urllib.request

HUBS = ["Ciudad de México", "Claudia Sheinbaum Pardo", "Coordinación General de Asesores y Asuntos Internacionales"]
# The card's example, and ties read off the reports by hand (line numbers in the report).
BUILT_IN = [
    {"id": "card", "call": {"path": "/api/connect", "params": {"entity": ["Bogotá", "UCCI", "Secretaría de Movilidad"]}},
     "expect": ["Foro virtual sobre medidas en el sistema de transporte público"]},  # 2020-1 l.1608
    {"id": "metrobus-glasgow", "call": {"path": "/api/connect", "params": {"entity": ["Metrobús", "Glasgow"]}},
     "expect": ["cop 26"]},  # 2021-2 l.1536
    {"id": "bogota-ucci-sedeco", "call": {"path": "/api/connect",
     "params": {"entity": ["Bogotá", "UCCI", "Secretaría de Desarrollo Económico"]}},
     "expect": ["Plazas de Mercado Públicas"]},  # 2021-2 l.1014
    {"id": "medellin-turismo", "call": {"path": "/api/connect",
     "params": {"entity": ["Medellín", "Secretaría de Turismo de la Ciudad de México"]}},
     "expect": ["Memorándum de Entendimiento con la Alcaldía de Medellín"]},  # 2021-2 l.1136
    {"id": "bogota-ucci-paz", "call": {"path": "/api/connect", "params": {"entity": ["Bogotá", "CGLU"]}},
     "expect": ["Foro Mundial sobre Ciudades y Territorios de Paz"]},  # 2021-2 l.118
]


def norm(s):
    s = unicodedata.normalize("NFKD", str(s)).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", s).split())


def rank_of(connectors, name):
    for i, c in enumerate(connectors, 1):
        if norm(name) in norm(json.dumps(c, ensure_ascii=False)):
            return i
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:8080")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    questions = list(BUILT_IN)
    for f in a.files:
        questions += [q for q in map(json.loads, filter(str.strip, open(f, encoding="utf-8")))
                      if q["call"]["path"].endswith("/connect")]
    totals = {}
    for q in questions:
        print(f"{q['id']}: {q['call']['params']['entity']}")
        for method in ("rwr", "shortest"):
            params = dict(q["call"]["params"], method=method, limit=50)
            url = a.base + q["call"]["path"] + "?" + urllib.parse.urlencode(params, doseq=True)
            connectors = json.load(urllib.request.urlopen(url))["connectors"]
            found = {x: rank_of(connectors[:10], x) for x in q["expect"]}
            hubs = {h: next((i for i, c in enumerate(connectors, 1) if c["name"] == h), None) for h in HUBS}
            top = [c["name"][:60] for c in connectors[:3]]
            t = totals.setdefault(method, [0, 0])
            t[0] += sum(1 for r in found.values() if r)
            t[1] += len(found)
            print(f"  {method:8} expected ranks {found}  hub ranks {hubs}\n  {'':8} top 3: {top}")
    for m, (got, n) in totals.items():
        print(f"{m}: {got}/{n} expected names in the first 10 connectors")


if __name__ == "__main__":
    main()
