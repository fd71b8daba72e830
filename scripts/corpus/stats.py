#!/usr/bin/env python3
"""Markdown tables of the merged corpus (data/examples): counts by language, programme, genre, length, kind, writer."""
import json, glob, sys, collections, yaml
import os
WORK = os.environ.get("CORPUS_WORK", "corpus-work")   # task sheets, texts, reviews, adjudications (not committed)
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data")
folder = sys.argv[1] if len(sys.argv) > 1 else f"{DATA}/examples"
ex = [json.loads(l) for f in sorted(glob.glob(f"{folder}/*.jsonl")) for l in open(f)]
cats = {}
for f in glob.glob(f"{DATA}/categories/*.yaml"):
    d = yaml.safe_load(open(f))
    for c in d["categories"]:
        cats[f"{d['program']['id']}:{c['code']}"] = ([r["to"] for r in c.get("redirects", []) or []], d["program"]["language"])
def kind(e):
    if not e["expected"]: return "out-of-domain"
    f = e.get("filed")
    if f and f not in e["expected"]:
        return "redirect" if any(f"{e['program']}:{t}" in e["expected"] for t in cats[f][0]) else "misfiled"
    return "plain" if cats[e["expected"][0]][1] == e["lang"] else "crosslingual"
def band(e): n = len(e["text"]); return "<200" if n < 200 else "200-1000" if n <= 1000 else ">1000"
def table(title, key):
    c = collections.Counter(key(e) for e in ex)
    print(f"| {title} | texts | share |\n|---|---:|---:|")
    for k, v in sorted(c.items()): print(f"| {k} | {v} | {100*v/len(ex):.1f} % |")
    print()
print(f"{len(ex)} texts, {sum(1 for e in ex if e['expected'])} in domain, {sum(1 for e in ex if not e['expected'])} out of domain "
      f"({sum(1 for e in ex if not e['expected'] and e.get('nearDomain'))} near the domain)\n")
for t, k in [("language", lambda e: e["lang"]), ("programme", lambda e: e["program"]), ("genre", lambda e: e["genre"]),
             ("length (characters)", band), ("kind", kind), ("writer", lambda e: e["writer"])]:
    table(t, k)
cells = collections.Counter((x, e["lang"]) for e in ex for x in e["expected"])
print(f"texts per (category, language): min {min(cells[(c, l)] for c in cats for l in ['el','lt','ru','tr','en'])}, "
      f"median {sorted(cells[(c, l)] for c in cats for l in ['el','lt','ru','tr','en'])[152]}")
