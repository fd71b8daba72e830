#!/usr/bin/env python3
"""Records adjudications: adjudicate.py <adjudicator>, lines '<slot> writer|reviewer|both|drop <reason...>' on stdin."""
import json, sys, os, collections
import os
WORK = os.environ.get("CORPUS_WORK", "corpus-work")   # task sheets, texts, reviews, adjudications (not committed)
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data")
who = sys.argv[1]
by_sheet = collections.defaultdict(dict)
for line in sys.stdin.read().splitlines():
    if not line.strip(): continue
    slot, decision, *reason = line.split()
    assert decision in ("writer", "reviewer", "both", "drop"), line
    sheet = slot.rsplit("-", 1)[0]
    by_sheet[sheet][slot] = {"slot": slot, "decision": decision, "adjudicator": who, "reason": " ".join(reason)}
for sheet, new in by_sheet.items():
    path = f"{WORK}/adjudications/{sheet}.jsonl"
    have = {json.loads(l)["slot"]: json.loads(l) for l in open(path)} if os.path.exists(path) else {}
    have.update(new)
    with open(path, "w") as f:
        for r in have.values(): f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(sheet, len(have))
