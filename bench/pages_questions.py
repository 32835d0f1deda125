#!/usr/bin/env python3
"""Do the pages, as served, carry what the API answers carry? For each question of an eval
file (the format of ../shared/eval/dev-questions.jsonl), fetch the page a person would open
for it and check every expected name is on it (case, accents and punctuation aside, as the
scorer compares):

  /api/briefing?subject=X        -> /briefing?sujeto=X
  /api/connect?entity=A&entity=B -> /conexiones?entidad=A&entidad=B   (the first `top` connectors)
  /api/timeline?entity=X         -> /briefing?sujeto=X (its engagements), same period
  /api/funding?party=X           -> /briefing?sujeto=X (its funding)

  python3 bench/pages_questions.py [--base http://127.0.0.1:8080] QUESTIONS.jsonl
Standard library only; prints one line per question and the total; exit 1 if any is missing.
"""
import argparse, html, json, re, sys, unicodedata, urllib.parse, urllib.request


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", s).split())


def page_for(call):
    path, p = call["path"], call.get("params", {})
    period = [(k2, p[k]) for k, k2 in (("from", "desde"), ("to", "hasta")) if p.get(k)]
    if path == "/api/connect":
        ents = p["entity"] if isinstance(p["entity"], list) else [p["entity"]]
        return "/conexiones", [("entidad", e) for e in ents] + period
    subject = p.get("subject") or p.get("entity") or p.get("party")
    subjects = subject if isinstance(subject, list) else [subject]
    return "/briefing", [("sujeto", s) for s in subjects] + period


def text_of(body, connect_top=None):
    if connect_top:
        # the ranked connectors are an ordered list: keep the first `top` items
        items = re.findall(r"<li\b.*?</li>", body, re.S)
        body = " ".join(items) if items else body
    body = re.sub(r"<script.*?</script>|<style.*?</style>", " ", body, flags=re.S)
    return fold(html.unescape(re.sub(r"<[^>]+>", " ", body)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:8080")
    ap.add_argument("file")
    a = ap.parse_args()
    found = total = 0
    for line in open(a.file, encoding="utf-8"):
        if not line.strip():
            continue
        q = json.loads(line)
        path, params = page_for(q["call"])
        url = a.base + path + "?" + urllib.parse.urlencode(params)
        req = urllib.request.Request(url, headers={"Accept": "text/html", "Accept-Language": "es"})
        body = urllib.request.urlopen(req, timeout=60).read().decode("utf-8")
        text = " " + text_of(body) + " "
        missing = [e for e in q["expect"] if " " + fold(e) + " " not in text]
        total += len(q["expect"])
        found += len(q["expect"]) - len(missing)
        print(f"{q.get('id')}: {path} {len(q['expect']) - len(missing)}/{len(q['expect'])}"
              + (f"  missing: {missing}" if missing else ""))
    print(f"{found}/{total} expected names on the pages")
    return 0 if found == total else 1


if __name__ == "__main__":
    sys.exit(main())
