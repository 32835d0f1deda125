#!/usr/bin/env python3
"""Fast checks of the curated seeds, for curators (the service runs the same checks
in Java at load time, and that is the authority).

  python3 tools/seedcheck.py                      # seeds/entities.yaml + seeds/informe-*.yaml
  python3 tools/seedcheck.py FILE.yaml [...]      # those report files (they may carry their own
                                                  # `entities:` list, as drafts do) + the registry
  python3 tools/seedcheck.py --pending DRAFT.yaml # only the items still waiting for review
Exit 1 with one line per problem: file, entry, reason.

A drafted file (`java -jar target/vinculos.jar ingest …`) marks every item `review: pending`;
each one is listed as a problem until a curator sets `review: accepted` (or `corrected`)
or deletes it. Its report text is looked up beside the file, then in seeds/, and new
entities proposed in `<report-id>.entities.yaml` beside it count as known.
"""
import datetime, glob, os, re, sys, unicodedata

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "seeds")

TYPES = {"Agency", "City", "Country", "Organization", "Network", "Person", "Project"}
KINDS = set("meeting visit forum session workshop signing award interview ceremony course webinar "
            "conference assembly exchange illumination exhibition campaign mission program other".split())
MODALITIES = {"presencial", "virtual", "híbrido"}
ROLES = {"organizer", "host", "speaker", "moderator", "attendee", "represented"}
AGREEMENT_KINDS = {"convenio", "memorando", "carta de intención", "declaración", "acuerdo", "protocolo", "programa", "other"}
STATUSES = {"signed", "extended", "renewed", "in-force", "in-negotiation", "announced", "adhered", "concluded", "other"}
PRECISIONS = {"day", "month", "unknown"}
REL_TYPES = {"HOLDS_POSITION", "AGREEMENT", "FUNDED", "MEMBER_OF", "PARTICIPATED_IN"}
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
REVIEWED = {"accepted", "corrected"}


def fold(s):
    s = unicodedata.normalize("NFKD", str(s)).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", s).split())


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


class Report:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.lines = f.read().split("\n")

    def has(self, line, quote):
        if not isinstance(line, int) or line < 1 or line > len(self.lines):
            return False
        window = "\n".join(self.lines[line - 1: line + 7])
        first = squash(self.lines[line - 1])
        q = squash(str(quote))
        if not q:
            return False
        for text in (re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", r"\1\2", window),
                     re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", r"\1-\2", window), window):
            t = squash(text)
            i = t.find(q)
            # the quote must start on the cited line
            while i >= 0:
                if i <= len(first):
                    return True
                i = t.find(q, i + 1)
        return False


def date_ok(v):
    if v is None:
        return True
    if isinstance(v, datetime.date):
        return True
    try:
        datetime.date.fromisoformat(str(v))
        return True
    except ValueError:
        return False


def review_problems(where, item):
    """A drafted item loads only once reviewed; confidence, when given, is 0..1."""
    out = []
    r = item.get("review") if isinstance(item, dict) else None
    if r is not None and r not in REVIEWED:
        out.append(f"{where}: review: {r}")
    c = item.get("confidence") if isinstance(item, dict) else None
    if c is not None and not (isinstance(c, (int, float)) and 0 <= c <= 1):
        out.append(f"{where}: confidence {c!r} must be a number from 0 to 1")
    return out


def main(argv):
    pending_only = "--pending" in argv
    argv = [a for a in argv if a != "--pending"]
    errors = []
    reg_path = os.path.join(SEEDS, "entities.yaml")
    files = argv or sorted(glob.glob(os.path.join(SEEDS, "informe-*.yaml")))
    entities = {}
    owners = {}

    def add_entities(path, items):
        for i, e in enumerate(items or []):
            where = f"{os.path.relpath(path, ROOT)}: entity {e.get('id', '#' + str(i))}"
            if not isinstance(e, dict) or not ID.match(str(e.get("id", ""))):
                errors.append(f"{where}: id missing or not a slug")
                continue
            if e["id"] in entities:
                errors.append(f"{where}: duplicate id (also in {entities[e['id']][0]})")
                continue
            errors.extend(review_problems(where, e))
            if e.get("type") not in TYPES:
                errors.append(f"{where}: type {e.get('type')!r} not one of {sorted(TYPES)}")
            if not e.get("name"):
                errors.append(f"{where}: name missing")
            entities[e["id"]] = (os.path.relpath(path, ROOT), e)

    if os.path.exists(reg_path):
        add_entities(reg_path, yaml.safe_load(open(reg_path, encoding="utf-8")) or [])
    docs = []
    for p in files:
        d = yaml.safe_load(open(p, encoding="utf-8")) or {}
        docs.append((p, d))
        add_entities(p, d.get("entities"))
        rid = (d.get("report") or {}).get("id")
        proposed = os.path.join(os.path.dirname(os.path.abspath(p)), f"{rid}.entities.yaml")
        if rid and os.path.exists(proposed):
            add_entities(proposed, yaml.safe_load(open(proposed, encoding="utf-8")) or [])

    for eid, (where, e) in entities.items():
        amb = {fold(a) for a in e.get("ambiguous") or []}
        for key in {fold(k) for k in [e.get("name", ""), *(e.get("aliases") or [])] if k}:
            if key in amb:
                continue
            if key in owners and owners[key] != eid:
                errors.append(f"{where}: entity {eid}: name/alias '{key}' also belongs to {owners[key]}")
            owners[key] = eid
        for f in ("parent", "country"):
            if e.get(f) and e[f] not in entities:
                errors.append(f"{where}: entity {eid}: {f} {e[f]!r} is not an entity")

    events = {}
    if argv:
        # drafts may refer to events already curated
        for p in glob.glob(os.path.join(SEEDS, "informe-*.yaml")):
            for ev in (yaml.safe_load(open(p, encoding="utf-8")) or {}).get("events") or []:
                events[ev.get("id")] = ev
    curated = set(events)
    for p, d in docs:
        for ev in d.get("events") or []:
            if ev.get("id") in events and ev.get("id") not in curated:
                errors.append(f"{p}: event {ev.get('id')}: duplicate id")
            events[ev.get("id")] = ev

    for p, d in docs:
        rel = os.path.relpath(p, ROOT)
        rep_file = (d.get("report") or {}).get("file")
        if not rep_file:
            errors.append(f"{rel}: report.file missing")
            continue
        beside = os.path.join(os.path.dirname(os.path.abspath(p)), rep_file)
        report = Report(beside if os.path.exists(beside) else os.path.join(SEEDS, rep_file))
        errors.extend(review_problems(f"{rel}: report", d.get("report") or {}))

        def ev_check(where, line, quote, item=None):
            if item is not None:
                errors.extend(review_problems(where, item))
            if not report.has(line, quote):
                errors.append(f"{where}: quote not found at line {line}: {str(quote)[:70]!r}")

        def ent(where, ref, types=None):
            if ref not in entities:
                errors.append(f"{where}: unknown entity {ref!r}")
            elif types and entities[ref][1].get("type") not in types:
                errors.append(f"{where}: {ref} is a {entities[ref][1].get('type')}, expected {types}")

        for ev in d.get("events") or []:
            w = f"{rel}: event {ev.get('id')}"
            if not ID.match(str(ev.get("id", ""))):
                errors.append(f"{w}: id not a slug")
            if not ev.get("title"):
                errors.append(f"{w}: title missing")
            if ev.get("kind") not in KINDS:
                errors.append(f"{w}: kind {ev.get('kind')!r} invalid")
            if ev.get("modality") not in MODALITIES | {None}:
                errors.append(f"{w}: modality {ev.get('modality')!r} invalid")
            if ev.get("datePrecision", "day") not in PRECISIONS:
                errors.append(f"{w}: datePrecision invalid")
            for f in ("startDate", "endDate"):
                if not date_ok(ev.get(f)):
                    errors.append(f"{w}: {f} {ev.get(f)!r} not an ISO date")
            if ev.get("endDate") and ev.get("startDate") and str(ev["endDate"]) < str(ev["startDate"]):
                errors.append(f"{w}: endDate before startDate")
            ev_check(w, ev.get("line"), ev.get("quote"), ev)
            po = ev.get("partOf")
            if po:
                if po.get("event") not in events:
                    errors.append(f"{w}: partOf unknown event {po.get('event')!r}")
                if po.get("line") or po.get("quote"):
                    ev_check(w + " partOf", po.get("line"), po.get("quote"))
            hi = ev.get("heldIn")
            if hi:
                ent(w + " heldIn", hi.get("entity"), {"City", "Country"})
                ev_check(w + " heldIn", hi.get("line"), hi.get("quote"), hi)
            for j, pa in enumerate(ev.get("participants") or []):
                pw = f"{w} participant {pa.get('entity')}"
                ent(pw, pa.get("entity"))
                if pa.get("role") not in ROLES:
                    errors.append(f"{pw}: role {pa.get('role')!r} invalid")
                ev_check(pw, pa.get("line"), pa.get("quote"), pa)

        for j, r in enumerate(d.get("relationships") or []):
            t = r.get("type")
            w = f"{rel}: relationship #{j + 1} {t} {r.get('from')}->{r.get('to')}"
            if t not in REL_TYPES:
                errors.append(f"{w}: type invalid")
                continue
            froms = r["from"] if isinstance(r.get("from"), list) else [r.get("from")]
            tos = r["to"] if isinstance(r.get("to"), list) else [r.get("to")]
            for x in froms:
                ent(w, x, {"Person"} if t == "HOLDS_POSITION" else None)
            for x in tos:
                if t == "PARTICIPATED_IN":
                    if x not in events:
                        errors.append(f"{w}: unknown event {x!r}")
                else:
                    ent(w, x, {"Network", "Organization"} if t == "MEMBER_OF" else None)
            if t == "PARTICIPATED_IN" and r.get("role") not in ROLES:
                errors.append(f"{w}: role {r.get('role')!r} invalid")
            if t == "HOLDS_POSITION" and not r.get("title"):
                errors.append(f"{w}: title missing")
            if t == "AGREEMENT":
                if r.get("kind") not in AGREEMENT_KINDS:
                    errors.append(f"{w}: kind {r.get('kind')!r} invalid")
                if r.get("status") not in STATUSES | {None}:
                    errors.append(f"{w}: status {r.get('status')!r} invalid")
                if not r.get("title"):
                    errors.append(f"{w}: title missing")
                if r.get("event") and r["event"] not in events:
                    errors.append(f"{w}: unknown event {r['event']!r}")
            if t == "FUNDED" and r.get("amount") is not None and not isinstance(r["amount"], (int, float)):
                errors.append(f"{w}: amount must be a number or null")
            for f in ("date", "start", "end"):
                if not date_ok(r.get(f)):
                    errors.append(f"{w}: {f} not an ISO date")
            ev_check(w, r.get("line"), r.get("quote"), r)

    pending = [e for e in errors if ": review: " in e]
    if pending_only:
        errors = pending
    for e in errors:
        print(e)
    n_ev = sum(len(d.get("events") or []) for _, d in docs)
    n_rel = sum(len(d.get("relationships") or []) for _, d in docs)
    n_pa = sum(len(ev.get("participants") or []) for _, d in docs for ev in d.get("events") or [])
    print(f"{len(errors)} problems ({len(pending)} items pending review); {len(entities)} entities, {n_ev} events, {n_pa} participations, {n_rel} relationships",
          file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
