"""Writes the writers' category guide from the catalog (data/categories): titles, English summaries,
eligibility and the programmes' own redirect notes. No lexicon, keywords or evaluation data."""
import yaml, glob, sys
import os
WORK = os.environ.get("CORPUS_WORK", "corpus-work")   # task sheets, texts, reviews, adjudications (not committed)
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data")
SHARED = os.environ.get("CORPUS_SHARED", os.path.join(DATA, "..", "..", "shared"))
out = ["# Category guide for writers", "",
       "Four award programmes; a category id is `<program>:<code>`. The official texts are in",
       f"{SHARED}/seeds/ (authoritative; read them when a category is unclear).", ""]
for f in sorted(glob.glob(f'{DATA}/categories/*.yaml')):
    d = yaml.safe_load(open(f))
    p = d['program']
    out += [f"## {p['id']}: {p['nameEn']} ({p['name']}), programme language: {p['language']}", ""]
    if p.get('eligibility'):
        out += [f"Programme rule: achievements since {p['eligibility'].get('achievementsSince')}.", ""]
    for c in d['categories']:
        e = c.get('eligibility', {}) or {}
        out.append(f"### {p['id']}:{c['code']} {c['titleEn']}")
        out.append(f"Original title: {c['title']}")
        out.append("")
        out.append(c['summaryEn'].strip())
        bits = []
        if e.get('entrant'): bits.append(f"entrant: {e['entrant']}")
        if e.get('headcount'): bits.append(f"headcount {e['headcount']}")
        if e.get('seats'): bits.append(f"seats {e['seats']}")
        if e.get('since'): bits.append(f"since {e['since']}")
        for k in ('roles', 'notes'):
            for n in e.get(k, []) or []: bits.append(n)
        if bits: out.append("Eligibility: " + "; ".join(str(b) for b in bits) + ".")
        for r in c.get('redirects', []) or []:
            out.append(f"Programme rule (sends to {p['id']}:{r['to']}): {r['reasonEn']}")
        subs = [s['titleEn'] for s in c.get('subcategories', []) or []]
        if subs: out.append("Sub-categories: " + "; ".join(subs) + ".")
        out.append("")
open(f'{WORK}/guide/guide.md', 'w').write("\n".join(out))
print(len("\n".join(out)))
