#!/usr/bin/env python3
"""Scores held-out facts of the kind in ../shared/eval on an ingest draft (issue 13).

  python3 bench/ingest_facts.py DRAFT_DIR REPORT_ID [--seeds seeds] [--eval DIR] [--verbose]

The draft is read as the graph it would load into if a curator accepted it as it stands:
its events (title, start and end date), the registry entities it cites and the new entities
it proposes (name, aliases), its participants (PARTICIPATED_IN), places (HELD_IN) and
relationships. The facts are the ones whose line belongs to this report (`s212-*` for
informe-2021-2, `s201-*` for informe-2020-1), and they are matched with the eval scorer's own
code (`score.py`: its entity and event matching, its any-direction link test), imported from
the eval folder, so a fact counts here exactly as it would count on the service.
"""
import argparse, importlib.util, json, os, re, sys, tempfile

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ingest_compare import held, refs  # noqa: E402  (the draft read the way the comparison reads it)


def eval_dir(given):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for d in [given, os.environ.get("VINCULOS_EVAL"), os.path.join(root, "..", "shared", "eval"), "/work/shared/eval"]:
        if d and os.path.isfile(os.path.join(d, "score.py")):
            return d
    return None


def load_scorer(d):
    spec = importlib.util.spec_from_file_location("eval_score", os.path.join(d, "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def draft_graph(score, draft, cands, registry):
    """The nodes and relationships the draft would load, in the scorer's Graph shape."""
    reg = {e["id"]: e for e in registry}
    nodes, rels = {}, set()
    for c in cands:
        nodes[c["id"]] = {"labels": [c.get("type", "Organization")], "name": c.get("name", ""),
                          "aliases": [a for a in c.get("aliases") or [] if isinstance(a, str)], "start": "", "end": ""}

    def node(x):
        if x not in nodes and x in reg:
            e = reg[x]
            nodes[x] = {"labels": [e.get("type", "Organization")], "name": e.get("name", ""),
                        "aliases": [a for a in e.get("aliases") or [] if isinstance(a, str)], "start": "", "end": ""}
        return x if x in nodes else None

    for ev in draft.get("events") or []:
        nodes[ev["id"]] = {"labels": ["Event"], "name": ev.get("title", ""), "aliases": [],
                           "start": str(ev.get("startDate") or "")[:10], "end": str(ev.get("endDate") or "")[:10]}
    for ev in draft.get("events") or []:
        for p in ev.get("participants") or []:
            if node(p["entity"]):
                rels.add((p["entity"], "PARTICIPATED_IN", ev["id"]))
        for h in held(ev):
            if node(h["entity"]):
                rels.add((ev["id"], "HELD_IN", h["entity"]))
    for r in draft.get("relationships") or []:
        for f in refs(r.get("from")):
            for t in refs(r.get("to")):
                if node(f) and node(t):
                    rels.add((f, r["type"], t))
    return score.Graph(nodes, rels)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("draft_dir")
    ap.add_argument("report")
    ap.add_argument("--seeds", default=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "seeds"))
    ap.add_argument("--eval", default=None)
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    d = eval_dir(a.eval)
    if d is None:
        print(f"{a.report}: no eval folder (score.py) found; set VINCULOS_EVAL")
        return
    score = load_scorer(d)
    m = re.fullmatch(r"informe-\d\d(\d\d)-(\d)", a.report)
    prefix = f"s{m.group(1)}{m.group(2)}-" if m else a.report + "-"
    draft = yaml.safe_load(open(os.path.join(a.draft_dir, a.report + ".yaml"), encoding="utf-8"))
    cands = yaml.safe_load(open(os.path.join(a.draft_dir, a.report + ".entities.yaml"), encoding="utf-8")) or []
    registry = yaml.safe_load(open(os.path.join(a.seeds, "entities.yaml"), encoding="utf-8"))
    g = draft_graph(score, draft, cands, registry)
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for name in ("dev-facts.jsonl", "dev-events.jsonl"):
            src = os.path.join(d, name)
            paths[name] = os.path.join(tmp, name)
            with open(src, encoding="utf-8") as fin, open(paths[name], "w", encoding="utf-8") as fout:
                for line in fin:
                    if line.strip() and json.loads(line)["id"].startswith(prefix):
                        fout.write(line)
        # the scorer reads its graph from a service; here the graph is the draft's
        score.Graph.fetch = classmethod(lambda cls, base: g)
        r = score.score_facts(None, paths["dev-facts.jsonl"], [paths["dev-events.jsonl"]])
    if a.verbose:
        for x in r["missing"]:
            print("  missing", x)
    kinds = ", ".join(f"{k} {v}" for k, v in r["by_kind"].items())
    print(f"{a.report}: held-out facts {r['facts_found']}/{r['facts']}, events {r['events_found']}/{r['events']},"
          f" entities {r['entities_found']}/{r['entities']} ({kinds})")


if __name__ == "__main__":
    sys.exit(main())
