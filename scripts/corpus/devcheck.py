#!/usr/bin/env python3
"""Lists written texts that share a run of 6 words (letters/digits, lower case, accents removed) with a dev-set text.
Run by the lead only (the writers never see the dev set); prints slot and the shared run. With --write, adds
the texts found to fix/list.jsonl (what the editor rephrases, fix-instructions.md; merge.py leaves a listed text
out while it still holds a listed run), keeping the texts listed before."""
import json, glob, sys
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from devruns import words, runs, dev_runs
WORK = os.environ.get("CORPUS_WORK", "corpus-work")   # task sheets, texts, reviews, adjudications (not committed)
dev = dev_runs()
hits = {}
for p in sorted(glob.glob(f"{WORK}/out/*.jsonl")):
    for l in open(p):
        r = json.loads(l)
        shared = sorted(runs(words(r["text"])) & dev)
        if shared: hits[r["slot"]] = shared
for s, sh in hits.items(): print(s, "|", " || ".join(sh))
if "--write" in sys.argv:
    os.makedirs(f"{WORK}/fix", exist_ok=True)
    path = f"{WORK}/fix/list.jsonl"
    listed = {json.loads(l)["slot"]: json.loads(l) for l in open(path)} if os.path.exists(path) else {}
    for p in sorted(glob.glob(f"{WORK}/out/*.jsonl")):
        sheet = os.path.basename(p)[:-6]
        for l in open(p):
            r = json.loads(l)
            if r["slot"] in hits:
                old = listed.get(r["slot"], {}).get("runs", [])
                listed[r["slot"]] = {"slot": r["slot"], "sheet": sheet, "subject": r.get("subject"), "acceptable": r.get("acceptable", []),
                                     "runs": sorted(set(old) | set(hits[r["slot"]])), "text": r["text"]}
    with open(path, "w") as f:
        for v in listed.values(): f.write(json.dumps(v, ensure_ascii=False) + "\n")
    print(len(listed), "texts in", path, file=sys.stderr)
print(len(hits), "texts", file=sys.stderr)
