#!/usr/bin/env python3
"""Draw a seeded random sample of curated facts per relationship kind, show each with the
report lines around it, and write a review sheet; later, score the filled sheet.

  python3 tools/precision_sample.py --seed 20261129 --per-kind 15 --out review.tsv
  python3 tools/precision_sample.py --score review.tsv

Kinds: PARTICIPATED_IN (event participants and PARTICIPATED_IN relationships), HELD_IN,
HOLDS_POSITION, AGREEMENT, FUNDED, MEMBER_OF (one fact per relationship entry and party),
and EVENT (an event's title, date and modality against its heading). The same seed and
seeds draw the same sample. A reviewer reads each fact against the text and writes a
verdict in the sheet: `ok` (right), `prop` (right ends, a wrong property: role, title,
amount, date) or `wrong` (the fact is not what the text says); `--score` prints the
per-kind table (precision = ok / reviewed).
"""
import argparse, collections, csv, glob, os, random, sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "seeds")
KINDS = ["PARTICIPATED_IN", "HELD_IN", "HOLDS_POSITION", "AGREEMENT", "FUNDED", "MEMBER_OF", "EVENT"]
PROPS = ("role", "title", "kind", "status", "date", "amount", "currency", "amountText", "purpose", "inKind",
         "former", "since", "start", "end")


def as_list(v):
    return v if isinstance(v, list) else [] if v is None else [v]


def facts():
    names = {e["id"]: e["name"] for e in yaml.safe_load(open(os.path.join(SEEDS, "entities.yaml"), encoding="utf-8"))}
    out = collections.defaultdict(list)
    for path in sorted(glob.glob(os.path.join(SEEDS, "informe-*.yaml"))):
        doc = yaml.safe_load(open(path, encoding="utf-8"))
        rid, text = doc["report"]["id"], doc["report"]["file"]
        titles = {ev["id"]: ev["title"] for ev in doc.get("events") or []}
        names.update(titles)
        for ev in doc.get("events") or []:
            out["EVENT"].append(dict(source=rid, text=text, line=ev["line"], quote=ev["quote"], frm=ev["id"],
                                     to="", props={k: ev.get(k) for k in ("startDate", "endDate", "datePrecision",
                                                                         "modality", "kind")}))
            for h in as_list(ev.get("heldIn")):
                out["HELD_IN"].append(dict(source=rid, text=text, line=h["line"], quote=h["quote"], frm=ev["id"],
                                           to=h["entity"], props={}))
            for p in ev.get("participants") or []:
                out["PARTICIPATED_IN"].append(dict(source=rid, text=text, line=p["line"], quote=p["quote"],
                                                   frm=p["entity"], to=ev["id"],
                                                   props={k: p[k] for k in ("role", "title") if p.get(k)}))
        for r in doc.get("relationships") or []:
            for a in as_list(r.get("from")):
                for b in as_list(r.get("to")):
                    out[r["type"]].append(dict(source=rid, text=text, line=r["line"], quote=r["quote"], frm=a, to=b,
                                               props={k: r[k] for k in PROPS if r.get(k) is not None}))
    for kind in out:
        for f in out[kind]:
            f["kind"] = kind
            f["from_name"] = names.get(f["frm"], f["frm"])
            f["to_name"] = names.get(f["to"], f["to"])
    return out


def context(text_file, line, around=3):
    lines = open(os.path.join(SEEDS, text_file), encoding="utf-8").read().split("\n")
    rows = []
    for n in range(max(1, line - around), min(len(lines), line + around) + 1):
        rows.append(f"{'>' if n == line else ' '}{n:5d}| {lines[n - 1].rstrip()}")
    return "\n".join(rows)


def draw(seed, per_kind, kinds):
    rng = random.Random(seed)
    all_facts = facts()
    sample = []
    for kind in kinds:
        pool = all_facts.get(kind, [])
        picked = rng.sample(pool, min(per_kind, len(pool)))
        sample += picked
    return sample, all_facts


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--per-kind", type=int, default=15)
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--out", help="review sheet to write (TSV)")
    ap.add_argument("--quiet", action="store_true", help="do not print the facts with their context")
    ap.add_argument("--score", help="a filled review sheet: print the per-kind table")
    a = ap.parse_args()
    if a.score:
        return score(a.score)
    sample, all_facts = draw(a.seed, a.per_kind, a.kinds.split(","))
    for i, f in enumerate(sample, 1):
        if not a.quiet:
            print(f"#{i} {f['kind']} {f['from_name']} -> {f['to_name']} {f['props']}")
            print(f"   {f['source']} l.{f['line']}: \"{f['quote']}\"")
            print(context(f["text"], f["line"]))
            print()
    if a.out:
        with open(a.out, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t")
            w.writerow(["n", "kind", "source", "line", "from", "to", "props", "quote", "verdict", "comment"])
            for i, f in enumerate(sample, 1):
                w.writerow([i, f["kind"], f["source"], f["line"], f["frm"], f["to"],
                            "; ".join(f"{k}={v}" for k, v in f["props"].items()), f["quote"], "", ""])
    sizes = ", ".join(f"{k} {len(all_facts.get(k, []))}" for k in a.kinds.split(","))
    print(f"seed {a.seed}: {len(sample)} facts drawn ({a.per_kind} per kind) from {sizes}", file=sys.stderr)
    return 0


def score(path):
    counts = collections.defaultdict(collections.Counter)
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            v = (row.get("verdict") or "").strip()
            if v:
                counts[row["kind"]][v] += 1
    print("| kind | reviewed | ok | wrong property | wrong | precision |")
    print("|---|---|---|---|---|---|")
    tot = collections.Counter()
    for kind in KINDS:
        c = counts.get(kind)
        if not c:
            continue
        n = sum(c.values())
        tot.update(c)
        print(f"| {kind} | {n} | {c['ok']} | {c['prop']} | {c['wrong']} | {100 * c['ok'] / n:.1f} % |")
    n = sum(tot.values())
    if n:
        print(f"| all | {n} | {tot['ok']} | {tot['prop']} | {tot['wrong']} | {100 * tot['ok'] / n:.1f} % |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
