#!/usr/bin/env python3
"""Shows texts of a written sheet for blind review, without their labels: show.py <sheet> [--from N] [--count K]"""
import json, sys, argparse
import os
WORK = os.environ.get("CORPUS_WORK", "corpus-work")   # task sheets, texts, reviews, adjudications (not committed)
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data")
a = argparse.ArgumentParser(); a.add_argument("sheet"); a.add_argument("--from", dest="start", type=int, default=1); a.add_argument("--count", type=int, default=15)
o = a.parse_args()
slots = {json.loads(l)["slot"]: json.loads(l) for l in open(f"{WORK}/slots/{o.sheet}.jsonl")}
out = [json.loads(l) for l in open(f"{WORK}/out/{o.sheet}.jsonl")]
print(f"{len(out)} texts in {o.sheet}; showing {o.start}..{min(len(out), o.start + o.count - 1)}")
for n, r in enumerate(out[o.start - 1:o.start - 1 + o.count], o.start):
    s = slots[r["slot"]]
    filed = f"  filed in: {s['filed']}" if s.get("filed") else ""
    print(f"\n##### {n}. {r['slot']}  programme: {s['program']}{filed}")
    print(r["text"])
