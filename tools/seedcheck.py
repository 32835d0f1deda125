#!/usr/bin/env python3
"""Fast checks of the curated seeds, for curators (the service runs the same checks
in Java at load time, and that is the authority).

  python3 tools/seedcheck.py                      # seeds/entities.yaml + seeds/informe-*.yaml
  python3 tools/seedcheck.py FILE.yaml [...]      # those report files (they may carry their own
                                                  # `entities:` list, as drafts do) + the registry
  python3 tools/seedcheck.py --seeds DIR          # another seeds folder (the test fixtures)
  python3 tools/seedcheck.py --pending DRAFT.yaml # only the items still waiting for review
Exit 1 with one line per problem: file, entry, reason.

Besides format and evidence, it runs the truth-pass lints (seeds/README.md, "Checks"):
aliases that are notes or that no report uses, duplicate edges, contradicting roles,
duplicate-entity candidates without a judgement in judgements.yaml, quotes that do not
start on their line, curator notes in English.

A drafted file (`java -jar target/vinculos.jar ingest …`) marks every item `review: pending`;
each one is listed as a problem until a curator sets `review: accepted` (or `corrected`)
or deletes it. Its report text is looked up beside the file, then in seeds/, and new
entities proposed in `<report-id>.entities.yaml` beside it count as known.
"""
import datetime, glob, itertools, os, re, sys, unicodedata

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "seeds")

TYPES = {"Agency", "City", "Country", "Organization", "Network", "Person", "Project"}
KINDS = set("meeting visit forum session workshop signing award interview ceremony course webinar "
            "conference assembly exchange illumination exhibition campaign mission program other".split())
MODALITIES = {"presencial", "virtual", "híbrido"}
ROLES = {"organizer", "host", "speaker", "moderator", "attendee", "supporter", "represented"}
AGREEMENT_KINDS = {"convenio", "memorando", "carta de intención", "declaración", "acuerdo", "protocolo", "programa", "other"}
STATUSES = {"signed", "extended", "renewed", "in-force", "in-negotiation", "announced", "adhered", "adopted", "concluded", "other"}
PRECISIONS = {"day", "month", "unknown"}
REL_TYPES = {"HOLDS_POSITION", "AGREEMENT", "FUNDED", "MEMBER_OF", "PARTICIPATED_IN"}
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
PLACES = {"City", "Country"}  # and entries marked `place: true` (boroughs)
REVIEWED = {"accepted", "corrected"}


def fold(s):
    s = unicodedata.normalize("NFKD", str(s)).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", s).split())


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


class Report:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.text = f.read()
        self.lines = self.text.split("\n")

    def has(self, line, quote):
        """The quote is in the text starting on `line` (not on a later one): its first
        character lies within that line, in each of the three readings of a hyphen break."""
        if not isinstance(line, int) or line < 1 or line > len(self.lines):
            return False
        first_raw = self.lines[line - 1]
        rest = self.lines[line: line + 8]
        q = squash(str(quote))
        first = squash(first_raw)
        if not q or not first:
            return False
        hyphen_end = re.search(r"\w-[ \t]*$", first_raw) is not None and bool(rest) \
            and re.match(r"[ \t]*\w", rest[0]) is not None
        window = "\n".join([first_raw, *rest])
        for text, cut in ((HYPHEN.sub(r"\1\2", window), len(first) - 1 if hyphen_end else len(first)),
                          (HYPHEN.sub(r"\1-\2", window), len(first)), (window, len(first))):
            t = squash(text)
            i = t.find(q)
            while 0 <= i < cut:
                return True
        return False

    def has_summary(self, line, quote):
        """An event's summary: like a quote, plus page noise skipped and each hyphenated
        break rejoined or kept on its own."""
        if not isinstance(line, int) or line < 1 or line > len(self.lines) or is_noise(self.lines[line - 1]):
            return False
        q = squash(str(quote or ""))
        if not q:
            return False
        t, first = summary_text(self.lines, line)
        return any(_matches_at(t, i, q) for i in range(0, min(first, len(t) - 1) + 1))


# Page furniture a summary may run over: blank lines, page numbers ("24", "12 13"), bullet
# runs, pieces of the split sidebar "IN FO RM E SE M ES TR AL 2 02 1- 2". Same as ReportText.java.
NOISE_LINE = re.compile(r"\s*(|\d{1,3}(\s+\d{1,3})*|[•·\s]*•[•·\s]*|IN|FO|RM|E|SE|M|ES|TR|AL|02|1-)\s*")
GLUED_SIDEBAR = re.compile(r"^ ?2(?=[^\W\d_]|“)")  # the sidebar's last "2" glued to a line's first word
HYPHEN_BREAK = re.compile(r"(\w)-[ \t]*\n[ \t]*(\w)")
SUMMARY_SPAN = 80
MAX_SUMMARY = 600
BREAK = "\0"


def is_noise(line):
    return NOISE_LINE.fullmatch(line) is not None


def _matches_at(t, i, q):
    j, k = i, 0
    while k < len(q):
        if j >= len(t):
            return False
        c = t[j]
        j += 1
        if c == BREAK:
            # a hyphenated line break: the quote may drop the hyphen, keep it, or keep it and a space
            if q[k] == "-":
                k += 1
                if k < len(q) and q[k] == " ":
                    k += 1
        elif c != q[k]:
            return False
        else:
            k += 1
    return True


def summary_text(lines, line):
    """The text from `line` on with noise lines dropped and hyphenated breaks marked, squashed,
    and the squashed length of the first line (where a summary must start)."""
    kept = [GLUED_SIDEBAR.sub("", raw, count=1) for raw in lines[line - 1: line - 1 + SUMMARY_SPAN]
            if not is_noise(raw)]
    t = squash(HYPHEN_BREAK.sub("\\1" + BREAK + "\\2", "\n".join(kept)))
    return t, len(squash(GLUED_SIDEBAR.sub("", lines[line - 1], count=1)))


HYPHEN = re.compile(r"(\w)-[ \t]*\n[ \t]*(\w)")
STOP = set("de del la las el los y e en a al para por the of and for in on at".split())
EN_WORDS = set("the and of is are was were with not which from this that by as to its it be has have "
               "only also but or an at on who where when their there than because held through into "
               "after before per donor donors recipient recipients venue counterpart counterparts host hosts "
               "partner partners funder sponsor authorities meeting report heading body attendees participants "
               "government unnamed mentioned named taken given assumed year none".split())
NOTE_WORDS = {"ambiguous", "see", "note", "would", "should", "todo", "fixme"}
GOV_FORM = re.compile(r"^(Gobierno|Alcaldía|Ayuntamiento|Municipalidad) (de|del) ")
CONFLICTS = {("represented", r) for r in ROLES if r != "represented"}


def tokens(s):
    return [t for t in fold(s).split() if t not in STOP]


def english(text):
    """Heuristic for a curator note written in English: outside quoted and parenthesised
    text (names, titles), any English function word."""
    bare = re.sub(r"“[^”]*”|\"[^\"]*\"|'[^']*'|«[^»]*»|\([^)]*\)", " ", str(text))
    words = fold(bare).split()
    en = {w for w in words if w in EN_WORDS}
    return bool(en)


def alias_problem(alias):
    a = str(alias)
    if re.search(r"[()\[\];]", a) or NOTE_WORDS & set(fold(a).split()):
        return "alias looks like a note (parentheses, brackets, semicolons or note words): put it in note"
    if len(a.split()) > 20 or re.search(r"[a-záéíóúñ]{3,}\.$", a):
        return "alias looks like a sentence: put it in note"
    return None


def folded_texts(paths):
    out = []
    for p in paths:
        t = open(p, encoding="utf-8").read()
        out.append(" " + fold(HYPHEN.sub(r"\1\2", t)) + " ")
    return out


def names_of(e):
    """Name, aliases and external aliases of a registry entry."""
    ext = [x.get("alias") for x in e.get("externalAliases") or [] if isinstance(x, dict)]
    return [str(x) for x in [e.get("name"), *(e.get("aliases") or []), *ext] if x]


def duplicate_candidates(entities):
    """Pairs of entries that may be one thing: equal names once stop words are dropped, an
    acronym of one that spells the other's initials, or names sharing >= 60 % of their words
    (types are not compared: a thing filed under the wrong type is what this is for)."""
    pairs = {}
    names = {}
    for eid, e in entities.items():
        amb = {fold(a) for a in e.get("ambiguous") or []}
        names[eid] = [n for n in names_of(e) if fold(n) not in amb]
    by_key, by_initials = {}, {}
    for eid, ns in names.items():
        for n in ns:
            t = tokens(n)
            if t:
                by_key.setdefault(" ".join(t), set()).add(eid)
            if len(t) >= 3:
                by_initials.setdefault("".join(w[0] for w in t), set()).add(eid)
    for key, ids in by_key.items():
        for a, b in itertools.combinations(sorted(ids), 2):
            pairs.setdefault((a, b), f"same words '{key}'")
    for eid, ns in names.items():
        for n in ns:
            f = fold(n)
            if re.fullmatch(r"[a-z]{3,8}", f):
                for other in by_initials.get(f, ()):
                    if other != eid:
                        pairs.setdefault(tuple(sorted((eid, other))), f"acronym '{f}'")
    sets = {eid: [set(tokens(n)) for n in ns] for eid, ns in names.items()}
    ids = sorted(sets)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if (a, b) in pairs:
                continue
            for x in sets[a]:
                if len(x) < 2 or (a, b) in pairs:
                    continue
                for y in sets[b]:
                    if len(y) >= 2 and len(x & y) * 5 >= 3 * len(x | y):
                        pairs[(a, b)] = "shared words '" + " ".join(sorted(x & y)) + "'"
                        break
    return pairs


def check_judgements(path, entities, errors):
    rel = "judgements.yaml"
    judged = {}
    items = yaml.safe_load(open(path, encoding="utf-8")) if os.path.exists(path) else []
    for i, j in enumerate(items or []):
        w = f"{rel}: judgement #{i + 1}"
        if not isinstance(j, dict):
            errors.append(f"{w}: not a mapping")
            continue
        a, b = j.get("left"), j.get("right")
        if j.get("judgement") == "new":
            # a curator kept a drafted entity as none of the registry's: it names one entity
            w = f"{rel}: judgement {a}"
            if b is not None:
                errors.append(f"{w}: a new judgement names one entity (left), no right")
            elif a not in entities:
                errors.append(f"{w}: unknown entity {a} (not in entities.yaml)")
        else:
            w = f"{rel}: judgement {a} / {b}"
        if j.get("judgement") not in ("same", "different", "new"):
            errors.append(f"{w}: judgement must be same, different or new")
        if not j.get("user") or not j.get("reason"):
            errors.append(f"{w}: user and reason are required")
        elif english(j.get("reason")):
            errors.append(f"{w}: note looks English (reason): write it in Spanish")
        if j.get("judgement") == "same" and a in entities and b in entities:
            errors.append(f"{w}: judged the same thing: merge them (keep one id, the other names as aliases)")
        if b is not None:
            judged[tuple(sorted((str(a), str(b))))] = j.get("judgement")
    for (a, b), why in sorted(duplicate_candidates(entities).items()):
        if (a, b) not in judged:
            errors.append(f"entities.yaml: entity {a}: duplicate candidate with {b} ({why}): "
                          f"merge them or judge the pair in judgements.yaml")


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


def as_list(v):
    return v if isinstance(v, list) else [] if v is None else [v]


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
    global SEEDS
    pending_only = "--pending" in argv
    argv = [a for a in argv if a != "--pending"]
    if argv[:1] == ["--seeds"]:
        SEEDS, argv = os.path.abspath(argv[1]), argv[2:]
    errors = []
    reg_path = os.path.join(SEEDS, "entities.yaml")
    files = argv or sorted(glob.glob(os.path.join(SEEDS, "informe-*.yaml")))
    entities = {}
    origin = {}
    owners = {}

    def rel(path):
        return os.path.relpath(path, ROOT) if path.startswith(ROOT + os.sep) and "src" not in path else os.path.basename(path)

    def add_entities(path, items):
        for i, e in enumerate(items or []):
            where = f"{rel(path)}: entity {e.get('id', '#' + str(i)) if isinstance(e, dict) else '#' + str(i)}"
            if not isinstance(e, dict) or not ID.match(str(e.get("id", ""))):
                errors.append(f"{where}: id missing or not a slug")
                continue
            if e["id"] in entities:
                errors.append(f"{where}: duplicate id (also in {origin[e['id']]})")
                continue
            errors.extend(review_problems(where, e))
            if e.get("type") not in TYPES:
                errors.append(f"{where}: type {e.get('type')!r} not one of {sorted(TYPES)}")
            if not e.get("name"):
                errors.append(f"{where}: name missing")
            entities[e["id"]] = e
            origin[e["id"]] = rel(path)

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

    for eid, e in entities.items():
        where = origin[eid]
        amb = {fold(a) for a in e.get("ambiguous") or []}
        for key in {fold(k) for k in names_of(e)}:
            if key in amb:
                continue
            if key in owners and owners[key] != eid:
                errors.append(f"{where}: entity {eid}: name/alias '{key}' also belongs to {owners[key]}")
            owners[key] = eid
        for f in ("parent", "country"):
            if e.get(f) and e[f] not in entities:
                errors.append(f"{where}: entity {eid}: {f} {e[f]!r} is not an entity")

    # aliases: spellings the reports use, or marked external with a reason
    # every report text in the seeds folder, as the Java validator reads them
    texts = folded_texts(sorted(glob.glob(os.path.join(SEEDS, "*.txt"))))
    for eid, e in entities.items():
        w = f"{origin[eid]}: entity {eid}"
        for a in e.get("aliases") or []:
            why = alias_problem(a)
            if why:
                errors.append(f"{w}: alias {str(a)!r}: {why}")
            elif texts and not any(" " + fold(a) + " " in t for t in texts):
                errors.append(f"{w}: alias {str(a)!r}: alias not found in any report: "
                              f"remove it or move it to externalAliases with a reason")
        for x in e.get("externalAliases") or []:
            if not isinstance(x, dict) or not x.get("alias") or not x.get("reason"):
                errors.append(f"{w}: externalAliases: each needs alias and reason")
                continue
            why = alias_problem(x["alias"])
            if why:
                errors.append(f"{w}: alias {x['alias']!r}: {why}")
            if english(x["reason"]):
                errors.append(f"{w}: note looks English (externalAliases reason): write it in Spanish")
        if e.get("note") and english(e["note"]):
            errors.append(f"{w}: note looks English: write it in Spanish")
    if not argv:
        check_judgements(os.path.join(SEEDS, "judgements.yaml"), entities, errors)

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
        relp = rel(p)
        rep_file = (d.get("report") or {}).get("file")
        if not rep_file:
            errors.append(f"{relp}: report.file missing")
            continue
        # the text beside the file (a fixture, a draft folder), else the curated one
        beside = os.path.join(os.path.dirname(os.path.abspath(p)), rep_file)
        report = Report(beside if os.path.exists(beside) else os.path.join(SEEDS, rep_file))
        seen = {}        # (type, ends, line) -> where
        roles = {}       # (event, entity) -> {role: where}
        errors.extend(review_problems(f"{relp}: report", d.get("report") or {}))

        def ev_check(where, line, quote, item=None):
            if item is not None:
                errors.extend(review_problems(where, item))
            if not report.has(line, quote):
                errors.append(f"{where}: quote not found at line {line}: {str(quote)[:70]!r}")

        def ent(where, ref, types=None):
            if ref not in entities:
                errors.append(f"{where}: unknown entity {ref!r}")
            elif types and entities[ref].get("type") not in types \
                    and not (types == PLACES and entities[ref].get("place") is True):
                errors.append(f"{where}: {ref} is a {entities[ref].get('type')}, expected {types}")

        def edge(where, kind, a, b, line, symmetric=False):
            ends = tuple(sorted((a, b))) if symmetric else (a, b)
            key = (kind, ends, line)
            if key in seen:
                errors.append(f"{where}: duplicate edge {kind} {a} -> {b} at line {line} (also {seen[key]})")
            else:
                seen[key] = where

        def role(where, event, who, r):
            got = roles.setdefault((event, who), {})
            for other, w2 in got.items():
                if (r, other) in CONFLICTS or (other, r) in CONFLICTS:
                    errors.append(f"{where}: contradicting roles of {who} at {event}: {r} and {other} ({w2})")
            got.setdefault(r, where)

        def note(where, text, field="note"):
            if text and english(text):
                errors.append(f"{where}: note looks English ({field}): write it in Spanish")

        for ev in d.get("events") or []:
            w = f"{relp}: event {ev.get('id')}"
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
            su = ev.get("summary")
            if su is not None:
                if not isinstance(su, dict) or not isinstance(su.get("line"), int) or not su.get("quote"):
                    errors.append(f"{w} summary: line (a number) and quote are required")
                else:
                    if len(squash(str(su["quote"]))) > MAX_SUMMARY:
                        errors.append(f"{w} summary: longer than {MAX_SUMMARY} characters "
                                      f"({len(squash(str(su['quote'])))}): keep it to 1–3 sentences")
                    if not report.has_summary(su["line"], su["quote"]):
                        errors.append(f"{w} summary: quote not found at line {su['line']}: {str(su['quote'])[:70]!r}")
            note(w, ev.get("note"))
            po = ev.get("partOf")
            if po:
                if po.get("event") not in events:
                    errors.append(f"{w}: partOf unknown event {po.get('event')!r}")
                if po.get("line") or po.get("quote"):
                    ev_check(w + " partOf", po.get("line"), po.get("quote"))
            for hi in as_list(ev.get("heldIn")):
                hw = f"{w} heldIn {hi.get('entity') if isinstance(hi, dict) else hi}"
                if not isinstance(hi, dict):
                    errors.append(f"{hw}: each place needs entity, line and quote")
                    continue
                ent(hw, hi.get("entity"), PLACES)
                ev_check(hw, hi.get("line"), hi.get("quote"), hi)
                edge(hw, "HELD_IN", ev.get("id"), hi.get("entity"), hi.get("line"))
                note(hw, hi.get("note"))
            for j, pa in enumerate(ev.get("participants") or []):
                pw = f"{w} participant {pa.get('entity')}"
                ent(pw, pa.get("entity"))
                if pa.get("role") not in ROLES:
                    errors.append(f"{pw}: role {pa.get('role')!r} invalid")
                ev_check(pw, pa.get("line"), pa.get("quote"), pa)
                edge(pw, "PARTICIPATED_IN", pa.get("entity"), ev.get("id"), pa.get("line"))
                role(pw, ev.get("id"), pa.get("entity"), pa.get("role"))
                note(pw, pa.get("note"))

        for j, r in enumerate(d.get("relationships") or []):
            t = r.get("type")
            w = f"{relp}: relationship #{j + 1} {t} {r.get('from')}->{r.get('to')}"
            if t not in REL_TYPES:
                errors.append(f"{w}: type invalid")
                continue
            froms = as_list(r.get("from"))
            tos = as_list(r.get("to"))
            for x in froms:
                ent(w, x, {"Person"} if t == "HOLDS_POSITION" else None)
            for x in tos:
                if t == "PARTICIPATED_IN":
                    if x not in events:
                        errors.append(f"{w}: unknown event {x!r}")
                else:
                    ent(w, x, {"Network", "Organization"} if t == "MEMBER_OF" else None)
            for a in froms:
                for b in tos:
                    edge(w, t, a, b, r.get("line"), symmetric=t == "AGREEMENT")
                    if t == "PARTICIPATED_IN":
                        role(w, b, a, r.get("role"))
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
            note(w, r.get("note"))
            note(w, r.get("purpose"), "purpose")

    pending = [e for e in errors if ": review: " in e]
    if pending_only:
        errors = pending
    for e in errors:
        print(e)
    n_ev = sum(len(d.get("events") or []) for _, d in docs)
    n_rel = sum(len(d.get("relationships") or []) for _, d in docs)
    n_pa = sum(len(ev.get("participants") or []) for _, d in docs for ev in d.get("events") or [])
    n_su = sum(1 for _, d in docs for ev in d.get("events") or [] if ev.get("summary"))
    print(f"{len(errors)} problems ({len(pending)} items pending review); {len(entities)} entities, {n_ev} events ({n_su} with a summary), "
          f"{n_pa} participations, {n_rel} relationships", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
