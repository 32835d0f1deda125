#!/usr/bin/env python3
"""The participations the drafter misses in events it found, and whether each curated line
lies inside the text the drafter read as that event's body (an analysis aid, not a test).

  ./mvnw -B -o -q compile   # and cp.txt from dependency:build-classpath
  python3 bench/ingest_missed.py informe-2021-2            # the misses inside bodies
  python3 bench/ingest_missed.py informe-2021-2 OUT        # those outside (or an entity id)
  python3 bench/ingest_missed.py informe-2021-2 --no-run   # reuse the last draft

Drafts with -Dvinculos.ingest.debug-bodies=true (each event carries `bodyLines`) into
/tmp/ingest-missed/<checkout folder>/<report>; reads the curated seed (it measures the drafter, which never does).
Prints, per miss, IN/OUT (inside the body or not), "-unknown" when the left-out registry no
longer knows the entity (only a new candidate can match it), the curated line and quote and the
report's line; on stderr the counts per class and the entities missed most inside bodies.
"""
import sys, os, re, yaml, unicodedata, collections, subprocess
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ingest_compare import fold, dice, refs
W = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def run(report, out):
    cp = W + '/target/classes:' + open(W + '/cp.txt').read().strip()
    subprocess.run(['java', '-Xmx1g', '-Dvinculos.ingest.debug-bodies=true', '-cp', cp, 'mx.vinculos.VinculosApplication',
                    'ingest', f'{W}/seeds/{report}.txt', '--out', out, '--seeds', W + '/seeds', '--forget', report],
                   check=True, stdout=subprocess.DEVNULL, cwd=W)
def refsof(doc):
    s = set()
    for ev in doc.get('events') or []:
        for p in ev.get('participants') or []: s.add(p['entity'])
        h = ev.get('heldIn'); hs = h if isinstance(h, list) else ([h] if h else [])
        for x in hs: s.add(x['entity'])
        if ev.get('partOf'): pass
    for r in doc.get('relationships') or []:
        s.update(refs(r.get('from'))); s.update(refs(r.get('to')))
    return s
def main():
    report = sys.argv[1]
    args = [a for a in sys.argv[2:] if not a.startswith('--')]
    filt = args[0] if args else None
    # one folder per worktree, so that several checkouts can analyse at once
    out = f'/tmp/ingest-missed/{os.path.basename(W)}/{report}'
    if '--no-run' not in sys.argv: run(report, out)
    cur = yaml.safe_load(open(f'{W}/seeds/{report}.yaml'))
    dr = yaml.safe_load(open(f'{out}/{report}.yaml'))
    cands = yaml.safe_load(open(f'{out}/{report}.entities.yaml')) or []
    reg = yaml.safe_load(open(f'{W}/seeds/entities.yaml'))
    regid = {e['id']: e for e in reg}
    other = [f for f in os.listdir(W + '/seeds') if f.startswith('informe-') and f.endswith('.yaml') and f != report + '.yaml']
    others = set(); [others.update(refsof(yaml.safe_load(open(W + '/seeds/' + f)))) for f in other]
    mine = refsof(cur)
    kept = set(others)
    for e in reg:
        if (e['id'] not in mine or e['id'] in others) and e.get('parent'): kept.add(e['parent'])
    known = {e['id'] for e in reg if e['id'] not in mine or e['id'] in kept}
    key_owner = {}
    for e in reg:
        for k in [e['id'].replace('-', ' '), e['name'], *(e.get('aliases') or [])]:
            key_owner.setdefault(fold(k), e['id'])
    cmap = {}
    for c in cands:
        for k in [c['id'].replace('-', ' '), c.get('name', ''), *(c.get('aliases') or [])]:
            if fold(k) in key_owner: cmap[c['id']] = key_owner[fold(k)]; break
    m = lambda x: cmap.get(x, x)
    cev, dev = cur['events'], dr['events']
    pairs = []
    for i, d in enumerate(dev):
        for j, c in enumerate(cev):
            if str(d.get('startDate')) != str(c.get('startDate')): continue
            s = dice(d['title'], c['title'])
            if s >= 0.5: pairs.append((-s, abs(d['line'] - c['line']), i, j))
    pairs.sort(); d2c, c2d = {}, {}
    for _, _, i, j in pairs:
        if i not in d2c and j not in c2d: d2c[i], c2d[j] = j, i
    lines = open(f'{W}/seeds/{report}.txt').read().split('\n')
    dents = collections.defaultdict(list)
    for i, d in enumerate(dev):
        for p in d.get('participants') or []: dents[m(p['entity'])].append(d['line'])
    stats = collections.Counter(); byent = collections.Counter()
    for j, c in enumerate(cev):
        if j not in c2d: continue
        d = dev[c2d[j]]
        have = {m(p['entity']) for p in d.get('participants') or []}
        ranges = [tuple(map(int, r.split('-'))) for r in d.get('bodyLines') or []]
        for p in c.get('participants') or []:
            e = p['entity']
            if e in have: continue
            inside = any(a <= p['line'] <= b for a, b in ranges)
            kn = e in known
            # "-unknown": the left-out registry lost the entity; "-nocand" when no candidate of the
            # draft folds to it either (a naming gap, not a crediting gap)
            cls = ('IN' if inside else 'OUT') + ('' if kn else '-unknown' + ('' if e in cmap.values() else '-nocand'))
            stats[cls] += 1
            if inside: byent[e] += 1
            if filt and filt not in cls and filt != e: continue
            if filt is None and not inside: continue
            print(f"{cls:12} ev@{c['line']} d@{d['line']} {e} [{p['role']}] L{p['line']}: {p['quote'][:110]}")
            print(f"{'':12} | {lines[p['line']-1].strip()[:160]}")
    print(stats, file=sys.stderr)
    print(byent.most_common(40), file=sys.stderr)
main()
