#!/usr/bin/env python3
"""For the editor who rephrases texts (fix-instructions.md): lists each text of fix/list.jsonl that still shares
a run of 6 words with the held-out set, as its current version in out/ reads, with the runs of its own words to
break up (a rewrite can create a new one). Prints nothing of the held-out set but those runs of the text's own words."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
WORK = os.environ.get("CORPUS_WORK", "corpus-work")   # task sheets, texts, reviews, adjudications (not committed)
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data")
SHARED = os.environ.get("CORPUS_SHARED", os.path.join(DATA, "..", "..", "shared"))
import re, unicodedata
def words(t):
    t = unicodedata.normalize("NFD", t); t = "".join(c for c in t if unicodedata.category(c) != "Mn").lower()
    return re.findall(r"[^\W_]+", t)
def runs(ws, n=6): return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}
dev = set().union(*(runs(words(json.loads(l)["text"])) for l in open(f"{SHARED}/eval/dev.jsonl")))
listed = [json.loads(l) for l in open(f"{WORK}/fix/list.jsonl")]
texts = {}
for sheet in {x["sheet"] for x in listed}:
    for l in open(f"{WORK}/out/{sheet}.jsonl"):
        r = json.loads(l); texts[r["slot"]] = r["text"]
left = 0
for x in listed:
    shared = sorted(runs(words(texts[x["slot"]])) & dev)
    if shared:
        left += 1; print(x["slot"], "|", " || ".join(shared))
print(left, "texts still to rephrase")
