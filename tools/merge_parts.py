#!/usr/bin/env python3
"""Fold curators' draft files (seeds/parts/<report>.pN.yaml, each with its own `entities:`)
into the registry (seeds/entities.yaml) and one curated file per report.

  python3 tools/merge_parts.py informe-2021-2 "Informe ... julio-diciembre 2021" 2021-07-01 2021-12-31

One thing, one node: a draft entity whose folded name or alias is already known becomes
that entity (its other names join the aliases); drafts' `# alias: <id>: <alias>` comments
are applied; two events with the same folded title and start date become one. Prints
what it unified, for review in the diff.
"""
import glob, os, re, sys, unicodedata

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "seeds")


def fold(s):
    s = unicodedata.normalize("NFKD", str(s)).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", s).split())


class Registry:
    def __init__(self, entities):
        self.entities = entities
        self.by_id = {e["id"]: e for e in entities}
        self.owner = {}
        for e in entities:
            for k in self.keys(e):
                self.owner.setdefault(k, e["id"])

    @staticmethod
    def keys(e):
        amb = {fold(a) for a in e.get("ambiguous") or []}
        return [k for k in {fold(x) for x in [e["name"], *(e.get("aliases") or [])]} if k and k not in amb]

    def add_alias(self, eid, alias):
        k = fold(alias)
        if not k or self.owner.get(k, eid) != eid:
            return False
        e = self.by_id[eid]
        if k in {fold(x) for x in [e["name"], *(e.get("aliases") or [])]}:
            return False
        e.setdefault("aliases", []).append(alias)
        self.owner[k] = eid
        return True

    def add(self, e):
        self.entities.append(e)
        self.by_id[e["id"]] = e
        for k in self.keys(e):
            self.owner.setdefault(k, e["id"])


def main(report_id, title, start, end):
    reg_path = os.path.join(SEEDS, "entities.yaml")
    reg = Registry(yaml.safe_load(open(reg_path, encoding="utf-8")))
    parts = sorted(glob.glob(os.path.join(SEEDS, "parts", report_id + ".*.yaml")))
    existing = os.path.join(SEEDS, report_id + ".yaml")
    if os.path.exists(existing):
        # drafts add to (and correct) what is already curated
        parts.insert(0, existing)
    events, rels, remap, ev_remap, seen_events = [], [], {}, {}, {}
    corrections = []
    report_file = None
    for p in parts:
        text = open(p, encoding="utf-8").read()
        d = yaml.safe_load(text) or {}
        corrections.extend(d.get("corrections") or [])
        report_file = (d.get("report") or {}).get("file", report_file)
        local = {}
        for e in d.get("entities") or []:
            # the name decides first, then the id, then any alias; never across types
            keys = [fold(e["name"])] + Registry.keys(e)
            hit = reg.owner.get(keys[0]) or (e["id"] if e["id"] in reg.by_id else None) \
                or next((reg.owner[k] for k in keys if k in reg.owner), None)
            if hit and reg.by_id[hit]["type"] != e["type"]:
                print(f"{os.path.basename(p)}: entity {e['id']} ({e['type']}) looks like {hit} "
                      f"({reg.by_id[hit]['type']}): kept apart, review")
                e = dict(e, _draft_id=e["id"], id=e["id"] if e["id"] not in reg.by_id else e["id"] + "-" + e["type"].lower())
                # its names that another entity owns must not travel with it
                e["aliases"] = [a for a in e.get("aliases") or [] if fold(a) not in reg.owner]
                hit = None
            if hit:
                local[e["id"]] = hit
                for a in [e["name"], *(e.get("aliases") or [])]:
                    reg.add_alias(hit, a)
                if hit != e["id"]:
                    print(f"{os.path.basename(p)}: entity {e['id']} -> {hit}")
            else:
                local[e.get("_draft_id", e["id"])] = e["id"]
                reg.add({k: v for k, v in e.items() if k != "_draft_id"})
        remap.update(local)
        for m in re.finditer(r"^#\s*alias:\s*([a-z0-9-]+)\s*:\s*(.+?)\s*$", text, re.M):
            eid, alias = m.group(1), m.group(2).strip().strip('"')
            eid = remap.get(eid, eid)
            if eid in reg.by_id and reg.add_alias(eid, alias):
                print(f"alias added: {eid}: {alias}")
        for ev in d.get("events") or []:
            key = (fold(ev.get("title", "")), str(ev.get("startDate")))
            if ev["id"] in seen_events or key in seen_events:
                keep = seen_events.get(ev["id"]) or seen_events[key]
                ev_remap[ev["id"]] = keep["id"]
                have = {(pa.get("entity"), pa.get("role")) for pa in keep.get("participants") or []}
                for pa in ev.get("participants") or []:
                    if (pa.get("entity"), pa.get("role")) not in have:
                        keep.setdefault("participants", []).append(pa)
                print(f"{os.path.basename(p)}: event {ev['id']} merged into {keep['id']}")
                continue
            seen_events[ev["id"]] = ev
            seen_events[key] = ev
            events.append(ev)
        rels.extend(d.get("relationships") or [])

    by_id = {ev["id"]: ev for ev in events}
    for c in corrections:
        ev = by_id.get(ev_remap.get(c.get("event"), c.get("event")))
        if ev is None or not c.get("field"):
            print(f"correction skipped (no such event): {c}")
            continue
        if c.get("remove"):
            events.remove(ev)
            print(f"event {ev['id']} removed: {c.get('reason')}")
            continue
        ev[c["field"]] = c.get("value")
        print(f"event {ev['id']}: {c['field']} = {c.get('value')!r} ({c.get('reason')})")

    def ent(x):
        return [remap.get(i, i) for i in x] if isinstance(x, list) else remap.get(x, x)

    for e in reg.entities:
        for f in ("parent", "country"):
            if e.get(f):
                e[f] = remap.get(e[f], e[f])
    for ev in events:
        for pa in ev.get("participants") or []:
            pa["entity"] = remap.get(pa["entity"], pa["entity"])
        if ev.get("heldIn"):
            ev["heldIn"]["entity"] = remap.get(ev["heldIn"]["entity"], ev["heldIn"]["entity"])
        if ev.get("partOf"):
            ev["partOf"]["event"] = ev_remap.get(ev["partOf"]["event"], ev["partOf"]["event"])
        # a sub-unit's participation is also its parent body's (an agency's direction, an
        # organization's country office), with the same evidence
        lifted = []
        present = {pa["entity"] for pa in ev.get("participants") or []}
        for pa in ev.get("participants") or []:
            unit = reg.by_id.get(pa["entity"])
            parent = reg.by_id.get(unit.get("parent")) if unit else None
            if unit and unit["type"] in ("Agency", "Organization") and parent \
                    and parent["type"] in ("Agency", "Organization") and parent["id"] not in present:
                present.add(parent["id"])
                lifted.append({"entity": parent["id"], "role": pa.get("role"), "note": "a través de " + unit["name"],
                               "line": pa["line"], "quote": pa["quote"]})
        if lifted:
            ev["participants"] = (ev.get("participants") or []) + lifted
        # one participation per entity and role
        seen, kept = set(), []
        for pa in ev.get("participants") or []:
            k = (pa["entity"], pa.get("role"))
            if k not in seen:
                seen.add(k)
                kept.append(pa)
        if "participants" in ev:
            ev["participants"] = kept
    for r in rels:
        r["from"], r["to"] = ent(r["from"]), ent(r["to"])
        if r.get("type") == "PARTICIPATED_IN":
            r["to"] = [ev_remap.get(t, t) for t in r["to"]] if isinstance(r["to"], list) else ev_remap.get(r["to"], r["to"])
        if r.get("event"):
            r["event"] = ev_remap.get(r["event"], r["event"])

    # A position in a Mexico City agency that the quote does not name was inferred from the
    # context; what the text does support is a position in the city government: record both.
    home = "ciudad-de-mexico"
    for r in list(rels):
        if r.get("type") != "HOLDS_POSITION" or isinstance(r.get("to"), list):
            continue
        body = reg.by_id.get(r["to"])
        if not body or body["type"] != "Agency" or body.get("parent") != home:
            continue
        quote = fold(r.get("quote", ""))
        names = [fold(x) for x in [body["name"], *(body.get("aliases") or [])]]
        if any(n and n in quote for n in names):
            continue
        rels.append({"type": "HOLDS_POSITION", "from": r["from"], "to": home, "title": r["title"],
                     "line": r["line"], "quote": r["quote"],
                     "note": "dependencia no nombrada en la cita; del contexto: " + body["name"]})
    unique, seen_rels = [], set()
    for r in rels:
        key = yaml.safe_dump({k: v for k, v in r.items() if k not in ("line", "quote", "note")}, sort_keys=True)
        if key not in seen_rels:
            seen_rels.add(key)
            unique.append(r)
    rels = unique
    out = {"report": {"id": report_id, "file": report_file, "title": title,
                      "periodStart": start, "periodEnd": end},
           "events": events, "relationships": rels}
    dump(reg.entities, reg_path)
    dump(out, os.path.join(SEEDS, report_id + ".yaml"))
    print(f"{report_id}: {len(events)} events, {len(rels)} relationships; registry {len(reg.entities)} entities")


class Dumper(yaml.SafeDumper):
    pass


Dumper.add_representer(str, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", s,
                                                           style='"' if ("\n" in s or len(s) > 60 and " " in s) else None))


def dump(data, path):
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(data, f, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=120, default_flow_style=False)


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    a = sys.argv[1:]
    import datetime
    main(a[0], a[1], datetime.date.fromisoformat(a[2]), datetime.date.fromisoformat(a[3]))
