#!/usr/bin/env python3
"""Records blind review labels: review_append.py <sheet> <reviewer id>, lines on standard input:
<slot> <category id | none> [acceptable=<ids>] [note=<text to end of line>]"""
import json, sys, os, glob, yaml
import os
WORK = os.environ.get("CORPUS_WORK", "corpus-work")   # task sheets, texts, reviews, adjudications (not committed)
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data")
IDS = {f"{d['program']['id']}:{c['code']}" for f in glob.glob(f"{DATA}/categories/*.yaml") for d in [yaml.safe_load(open(f))] for c in d["categories"]}
sheet, reviewer = sys.argv[1], sys.argv[2]
slots = {json.loads(l)["slot"]: json.loads(l) for l in open(f"{WORK}/slots/{sheet}.jsonl")}
written = {json.loads(l)["slot"] for l in open(f"{WORK}/out/{sheet}.jsonl")}
path = f"{WORK}/reviews/{sheet}.jsonl"
have = {}
if os.path.exists(path):
    for l in open(path): r = json.loads(l); have[r["slot"]] = r
errors = 0
for line in sys.stdin.read().splitlines():
    line = line.strip()
    if not line or line.startswith("#"): continue
    note = None
    if " note=" in line: line, note = line.split(" note=", 1)
    parts = line.split()
    if len(parts) < 2 or parts[0] not in written:
        print(f"ERROR unknown slot or missing label: {line}"); errors += 1; continue
    s = slots[parts[0]]
    label = [] if parts[1] == "none" else [parts[1]]
    if label and (label[0] not in IDS or not label[0].startswith(s["program"] + ":")):
        print(f"ERROR {parts[0]}: '{parts[1]}' is not a category id of {s['program']} (or 'none')"); errors += 1; continue
    rec = {"slot": parts[0], "reviewer": reviewer, "label": label}
    for p in parts[2:]:
        if p.startswith("acceptable="): rec["acceptable"] = [x for x in p.split("=", 1)[1].split(",") if x]
        else: print(f"ERROR unknown part '{p}'"); errors += 1
    if note: rec["note"] = note.strip()
    have[rec["slot"]] = rec
with open(path + ".tmp", "w") as f:
    for sl in slots:
        if sl in have: f.write(json.dumps(have[sl], ensure_ascii=False) + "\n")
os.replace(path + ".tmp", path)
print(f"{errors} errors; {len(have)}/{len(written)} texts of {sheet} reviewed")
