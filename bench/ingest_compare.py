#!/usr/bin/env python3
"""Compares an ingest draft with the curated seed of the same report (leave-one-out).

  python3 bench/ingest_compare.py DRAFT_DIR REPORT_ID [--seeds seeds] [--verbose KIND]

Prints precision and recall per kind. How items match (documented in the README):
- events: one-to-one, same start date (or both undated) and title words alike
  (Dice coefficient of content words >= 0.5), nearest line first;
- entity links: every registry entity a draft item cites (participant, place, either end of a
  relationship) at line L is right when the curated seed cites that entity within L +- 3;
- participations: (event, entity) through the event matching; places: (event, city) likewise;
- positions and memberships: (from, to) pairs;
- agreements: a curated agreement is found by a draft one within +- 3 lines sharing a party;
  funding: within +- 3 lines sharing the funder, the recipient or the amount text.
A new entity the draft proposes counts as the curated one when its id, name or an alias folds
to the curated entity's id, name or an alias (the curator accepting the candidate).
"""
import argparse, os, re, sys, unicodedata

import yaml

STOP = set("de del la el los las y e en para a por con sobre al un una su sus".split())


def fold(s):
    s = unicodedata.normalize("NFKD", str(s)).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", s).split())


def words(s):
    return {w for w in fold(s).split() if w not in STOP}


def dice(a, b):
    a, b = words(a), words(b)
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def refs(v):
    return [str(x) for x in v] if isinstance(v, list) else ([str(v)] if v is not None else [])


def held(ev):
    """An event's places: `heldIn` is one item or a list of them (issue 11)."""
    h = ev.get("heldIn")
    return h if isinstance(h, list) else ([h] if h else [])


def pr(tp_p, n_p, tp_r, n_r):
    p = 100.0 * tp_p / n_p if n_p else float("nan")
    r = 100.0 * tp_r / n_r if n_r else float("nan")
    return p, r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("draft_dir")
    ap.add_argument("report")
    ap.add_argument("--seeds", default=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "seeds"))
    ap.add_argument("--verbose", default="")
    ap.add_argument("--header", action="store_true")
    a = ap.parse_args()
    cur = yaml.safe_load(open(os.path.join(a.seeds, a.report + ".yaml"), encoding="utf-8"))
    dr = yaml.safe_load(open(os.path.join(a.draft_dir, a.report + ".yaml"), encoding="utf-8"))
    cands = yaml.safe_load(open(os.path.join(a.draft_dir, a.report + ".entities.yaml"), encoding="utf-8")) or []
    registry = yaml.safe_load(open(os.path.join(a.seeds, "entities.yaml"), encoding="utf-8"))
    key_owner = {}
    for e in registry:
        for k in [e["id"].replace("-", " "), e["name"], *(e.get("aliases") or [])]:
            key_owner.setdefault(fold(k), e["id"])
    # a candidate the curator would accept as the curated entity
    cmap = {}
    for c in cands:
        for k in [c["id"].replace("-", " "), c.get("name", ""), *(c.get("aliases") or [])]:
            if fold(k) in key_owner:
                cmap[c["id"]] = key_owner[fold(k)]
                break
    cand_ids = {c["id"] for c in cands}

    def m(x):
        return cmap.get(x, x)

    V = a.verbose.split(",")
    rows = []

    # ---- events
    cev, dev = cur.get("events") or [], dr.get("events") or []
    pairs = []
    for i, d in enumerate(dev):
        for j, c in enumerate(cev):
            if str(d.get("startDate")) != str(c.get("startDate")):
                continue
            s = dice(d["title"], c["title"])
            if s >= 0.5:
                pairs.append((-s, abs(d["line"] - c["line"]), i, j))
    pairs.sort()
    d2c, c2d = {}, {}
    for _, _, i, j in pairs:
        if i not in d2c and j not in c2d:
            d2c[i], c2d[j] = j, i
    rows.append(("events", *pr(len(d2c), len(dev), len(c2d), len(cev)), len(dev), len(cev)))
    if "events" in V:
        for j, c in enumerate(cev):
            if j not in c2d:
                print("  missed", c["line"], c.get("startDate"), c["title"][:90])
        for i, d in enumerate(dev):
            if i not in d2c:
                print("  extra ", d["line"], d.get("startDate"), d["title"][:90])

    # ---- entity links
    cited = {}

    def cite(ent, line):
        cited.setdefault(ent, set()).add(line)

    for c in cev:
        for p in c.get("participants") or []:
            cite(p["entity"], p["line"])
        for h in held(c):
            cite(h["entity"], h["line"])
    for r in cur.get("relationships") or []:
        for x in refs(r.get("from")) + ([] if r["type"] == "PARTICIPATED_IN" else refs(r.get("to"))):
            cite(x, r["line"])
    links = []
    for d in dev:
        for p in d.get("participants") or []:
            links.append((p["entity"], p["line"]))
        for h in held(d):
            links.append((h["entity"], h["line"]))
    for r in dr.get("relationships") or []:
        for x in refs(r.get("from")) + refs(r.get("to")):
            links.append((x, r["line"]))
    reg_links = [(e, l) for e, l in links if e not in cand_ids]
    ok = [(e, l) for e, l in reg_links if any(abs(l - cl) <= 3 for cl in cited.get(e, ()))]
    curated_links = {(e, l) for e, ls in cited.items() for l in ls if e in {x["id"] for x in registry}}
    draft_link_set = reg_links
    found = sum(1 for e, l in curated_links if any(de == e and abs(dl - l) <= 3 for de, dl in draft_link_set))
    # recall only over entities the leave-one-out registry still knows
    known = {e for e, _ in reg_links} | {e for e, _ in links}
    rows.append(("entity links", *pr(len(ok), len(reg_links), found, len(curated_links)), len(reg_links), len(curated_links)))
    if "links" in V:
        for e, l in reg_links:
            if (e, l) not in ok:
                print("  wrong link", l, e)
    new_ok = sum(1 for c in cands if c["id"] in cmap)
    rows.append(("new entities", *pr(new_ok, len(cands), 0, 0), len(cands), 0))

    # ---- participations and places
    cpart = {(j, p["entity"]) for j, c in enumerate(cev) for p in c.get("participants") or []}
    for r in cur.get("relationships") or []:
        if r["type"] == "PARTICIPATED_IN":
            ids = {c["id"]: j for j, c in enumerate(cev)}
            for t in refs(r["to"]):
                if t in ids:
                    for f in refs(r["from"]):
                        cpart.add((ids[t], f))
    dpart = [(i, m(p["entity"])) for i, d in enumerate(dev) for p in d.get("participants") or []]
    tp = [x for x in dpart if x[0] in d2c and (d2c[x[0]], x[1]) in cpart]
    tpr = {(d2c[i], e) for i, e in tp}
    rows.append(("participations", *pr(len(tp), len(dpart), len(tpr), len(cpart)), len(dpart), len(cpart)))
    if "participations" in V:
        for i, e in dpart:
            if not (i in d2c and (d2c[i], e) in cpart):
                print("  extra", dev[i]["line"], e, "| matched" if i in d2c else "")
        # curated participations of matched events the draft did not find (the event's line, the entity)
        for j, e in sorted(cpart - tpr, key=lambda x: (cev[x[0]]["line"], x[1])):
            if j in c2d:
                print("  missed", cev[j]["line"], e)
    cpl = {(j, h["entity"]) for j, c in enumerate(cev) for h in held(c)}
    dpl = [(i, m(h["entity"])) for i, d in enumerate(dev) for h in held(d)]
    tp = [x for x in dpl if x[0] in d2c and (d2c[x[0]], x[1]) in cpl]
    rows.append(("places", *pr(len(tp), len(dpl), len(tp), len(cpl)), len(dpl), len(cpl)))
    if "places" in V:
        for j, e in sorted(cpl - {(d2c[i], x) for i, x in dpl if i in d2c}):
            print("  missed", cev[j]["line"], e, "| event matched" if j in c2d else "")
        for i, e in dpl:
            if not (i in d2c and (d2c[i], e) in cpl):
                print("  extra", dev[i]["line"], e, "| event matched" if i in d2c else "")

    # ---- relationships
    def rels(doc, t):
        return [r for r in doc.get("relationships") or [] if r["type"] == t]

    for t, name in (("HOLDS_POSITION", "positions"), ("MEMBER_OF", "memberships")):
        cs = {(f, x) for r in rels(cur, t) for f in refs(r["from"]) for x in refs(r["to"])}
        ds = {(m(f), m(x)) for r in rels(dr, t) for f in refs(r["from"]) for x in refs(r["to"])}
        rows.append((name, *pr(len(ds & cs), len(ds), len(ds & cs), len(cs)), len(ds), len(cs)))
        if name in V:
            for x in sorted(ds - cs):
                print("  extra", x)
            for x in sorted(cs - ds):
                print("  missed", x)

    def near(c, d, same):
        return abs(c["line"] - d["line"]) <= 3 and same(c, d)

    def parties(r):
        return {m(x) for x in refs(r.get("from")) + refs(r.get("to"))}

    def agree_same(c, d):
        return bool(({x for x in refs(c.get("from")) + refs(c.get("to"))}) & parties(d))

    def fund_same(c, d):
        return (set(refs(c.get("from"))) & {m(x) for x in refs(d.get("from"))}
                or set(refs(c.get("to"))) & {m(x) for x in refs(d.get("to"))}
                or (c.get("amountText") and fold(c.get("amountText")) == fold(d.get("amountText") or "")))

    for t, name, same in (("AGREEMENT", "agreements", agree_same), ("FUNDED", "funding", fund_same)):
        cs, ds = rels(cur, t), rels(dr, t)
        rec = sum(1 for c in cs if any(near(c, d, same) for d in ds))
        prec = sum(1 for d in ds if any(near(c, d, same) for c in cs))
        rows.append((name, *pr(prec, len(ds), rec, len(cs)), len(ds), len(cs)))
        if name in V:
            for c in cs:
                if not any(near(c, d, same) for d in ds):
                    print("  missed", c["line"], refs(c["from"]), refs(c["to"]), c.get("amountText") or c.get("title"))
            for d in ds:
                if not any(near(c, d, same) for c in cs):
                    print("  extra", d["line"], refs(d["from"]), refs(d["to"]), d.get("amountText") or d.get("title"))

    if a.header:
        print(f"| report | kind | precision % | recall % | draft | curated |")
        print(f"|---|---|---:|---:|---:|---:|")
    for kind, p, r, nd, nc in rows:
        fmt = lambda v: "—" if v != v else f"{v:.0f}"
        print(f"| {a.report} | {kind} | {fmt(p)} | {fmt(r)} | {nd} | {nc} |")


if __name__ == "__main__":
    main()
