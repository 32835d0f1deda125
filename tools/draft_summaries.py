#!/usr/bin/env python3
"""Draft, and insert, each event's summary: 1-3 sentences of the event's body in the report's
own words (see seeds/README.md, `summary`).

  python3 tools/draft_summaries.py draft seeds/informe-2020-1.yaml > /tmp/s201.yaml
      # one entry per event without a summary: {id, title, line, quote}, plus `heading`
      # (the text the draft starts after) to help the review
  (review /tmp/s201.yaml against the report: fix line/quote, delete entries you cannot vouch for)
  python3 tools/draft_summaries.py insert seeds/informe-2020-1.yaml /tmp/s201.yaml
      # writes a `summary:` block after each event's own `quote:` line, as text: nothing else
      # in the file changes (other curators edit the same files)
  python3 tools/seedcheck.py

How a draft is found. 2020-1: a heading, the date in parentheses on its own line, then the
body. 2021-2: "Title (date)" then the body, but columns are interleaved, so a body may stand
before its heading or be cut by a page break: the review decides. An event introduced inside
a sentence (no heading) starts at that sentence. The excerpt drops page noise (blank lines,
page numbers, bullet runs, the sidebar) and rejoins words hyphenated at a line end (keeping
the hyphen before a capital or a digit: "México-Tenochtitlan", "Covid-19"); it stops at a
sentence end, after at most 3 sentences or ~400 characters, and before anything that looks
like the next heading.
"""
import json, os, re, sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from seedcheck import GLUED_SIDEBAR, ROOT, Report, is_noise, squash  # noqa: E402

MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre".split()
DATE_PAREN = re.compile(r"\((?:[^()]*\b(?:%s)\b[^()]*|\s*\d{1,2}\s*(?:al|y)\s*\d{1,2}[^()]*)\)" % "|".join(MONTHS),
                        re.IGNORECASE)
ABBREVIATIONS = {"sr", "sra", "srs", "excmo", "excma", "dr", "dra", "lic", "mtro", "mtra", "ing", "arq", "no",
                 "núm", "num", "etc", "p", "ej", "st", "ee", "uu", "av", "col", "a", "m", "s", "c", "gral"}
TARGET, HARD_MAX = 400, 520


def clean_stream(lines, start, span=80):
    """The text from line `start` on, noise dropped, as (chars, line of each char, paragraph
    starts). Hyphenated breaks are rejoined (hyphen kept before a capital or a digit)."""
    chars, owner, paragraphs = [], [], set()
    blank_before = False
    for idx in range(start - 1, min(len(lines), start - 1 + span)):
        raw = lines[idx]
        if is_noise(raw):
            if not raw.strip():
                blank_before = True
            continue
        s = squash(GLUED_SIDEBAR.sub("", raw, count=1))
        if not s:
            continue
        if chars:
            if chars[-1] == "-" and len(chars) > 1 and chars[-2].isalpha() and s[0].isalnum():
                if s[0].islower():
                    chars.pop()
                    owner.pop()
            else:
                chars.append(" ")
                owner.append(idx + 1)
        if blank_before and chars:
            paragraphs.add(len(chars))
        blank_before = False
        for ch in s:
            chars.append(ch)
            owner.append(idx + 1)
    return "".join(chars), owner, paragraphs


def sentence_ends(text, begin):
    """Offsets just past each sentence end from `begin` on."""
    ends = []
    for m in re.finditer(r"[.!?…][”\"»)’]*(?= |$)", text[begin:]):
        end = begin + m.end()
        before = re.search(r"(\w+)\W*$", text[begin:begin + m.start()] or "")
        word = before.group(1).lower() if before else ""
        if word in ABBREVIATIONS or (before and len(before.group(1)) == 1 and before.group(1).isupper()):
            continue
        nxt = text[end + 1:end + 2]
        if nxt and not (nxt.isupper() or nxt in "“\"¿¡(" or nxt.isdigit()):
            continue
        ends.append(end)
    return ends


def body_start(lines, ev):
    """Line where the body after the event's heading begins, or None when the event is
    introduced inside a sentence (no heading closing with a date in parentheses)."""
    line = ev["line"]
    for idx in range(line - 1, min(len(lines), line + 10)):
        s = lines[idx].strip()
        if DATE_PAREN.search(s) and s.endswith(")"):
            for j in range(idx + 1, min(len(lines), idx + 40)):
                if not is_noise(lines[j]):
                    return j + 1
            return None
        if idx > line - 1 and not s:
            break
    return None


def draft(lines, ev):
    start = body_start(lines, ev)
    mode = "body"
    if start is None:
        # introduced in a sentence: start at that sentence
        mode = "sentence"
        back = max(1, ev["line"] - 10)
        text, owner, _ = clean_stream(lines, back, 100)
        at = next((i for i, l in enumerate(owner) if l >= ev["line"]), None)
        if at is None:
            return None
        q = squash(str(ev.get("quote", "")))[:30]
        found = text.find(q, at) if q else -1
        at = found if found >= 0 else at
        prev = [e for e in sentence_ends(text, 0) if e <= at]
        begin = prev[-1] + 1 if prev else at
        text, owner = text[begin:], owner[begin:]
        paragraphs = set()
    else:
        text, owner, paragraphs = clean_stream(lines, start)
    ends = sentence_ends(text, 0)
    chosen = None
    for n, end in enumerate(ends[:3]):
        piece = text[:end]
        if DATE_PAREN.search(piece) and mode == "body" and n > 0:
            break
        if n == 0:
            chosen = end
            if end >= TARGET:
                break
            continue
        if end > TARGET:
            break
        # a new paragraph: enough said once there is a full sentence of some length
        if any(chosen < p <= end for p in paragraphs) and chosen >= 160:
            break
        chosen = end
    if chosen is None or chosen > HARD_MAX:
        return {"line": owner[0] if owner else ev["line"], "quote": text[:HARD_MAX], "flag": "no sentence end"}
    quote = text[:chosen].strip()
    return {"line": owner[0], "quote": quote, "mode": mode}


def cmd_draft(path):
    doc = yaml.safe_load(open(path, encoding="utf-8"))
    report = Report(os.path.join(ROOT, "seeds", doc["report"]["file"]))
    out = []
    for ev in doc["events"]:
        if ev.get("summary"):
            continue
        d = draft(report.lines, ev)
        entry = {"id": ev["id"], "title": ev["title"], "date": str(ev.get("startDate")), "eventLine": ev["line"]}
        if d:
            entry.update(d)
            if not report.has_summary(d["line"], d["quote"]):
                entry["flag"] = "not found by the checker"
        else:
            entry["flag"] = "no draft"
        out.append(entry)
    yaml.safe_dump(out, sys.stdout, allow_unicode=True, sort_keys=False, width=100)


def cmd_insert(path, drafts_path):
    """Insert each reviewed summary after its event's own `quote:` (and the scalar's
    continuation lines), as text; the file is otherwise left byte for byte."""
    drafts = {d["id"]: d for d in yaml.safe_load(open(drafts_path, encoding="utf-8")) or []
              if d.get("quote") and d.get("line") and not d.get("flag")}
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out, current, in_events, seen_line, done = [], None, False, False, set()
    i = 0
    while i < len(lines):
        s = lines[i]
        out.append(s)
        if re.match(r"^[a-z]\w*:", s):
            in_events = s.startswith("events:")
            current = None
        elif in_events and s.startswith("- id: "):
            current, seen_line = s[len("- id: "):].strip().strip("'\""), False
        elif in_events and current and s.startswith("  line: "):
            seen_line = True
        elif in_events and current and seen_line and s.startswith("  quote:") and current not in done:
            # the scalar may continue on more-indented lines
            while i + 1 < len(lines) and lines[i + 1].startswith("    ") and not lines[i + 1].lstrip().startswith("- "):
                i += 1
                out.append(lines[i])
            if current in drafts and not (i + 1 < len(lines) and lines[i + 1].startswith("  summary:")):
                d = drafts[current]
                out += ["  summary:", f"    line: {int(d['line'])}",
                        "    quote: " + json.dumps(squash(d["quote"]), ensure_ascii=False)]
            done.add(current)
        i += 1
    missing = set(drafts) - done
    if missing:
        print("no such event (or no event-level quote): " + ", ".join(sorted(missing)), file=sys.stderr)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print(f"{len(drafts) - len(missing)} summaries written to {path}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "draft":
        cmd_draft(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "insert":
        cmd_insert(sys.argv[2], sys.argv[3])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
