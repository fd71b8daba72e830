#!/usr/bin/env python3
"""For the editor who rephrases texts (fix-instructions.md): lists each text of fix/list.jsonl that still shares
a run of 6 words with the held-out set, as its current version in out/ reads, with the runs of its own words to
break up (a rewrite can create a new one). Prints nothing of the held-out set but those runs of the text's own words."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
WORK = os.environ.get("CORPUS_WORK", "corpus-work")   # task sheets, texts, reviews, adjudications (not committed)
from devruns import words, runs, dev_runs
dev = dev_runs()
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
