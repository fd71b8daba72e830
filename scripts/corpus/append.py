#!/usr/bin/env python3
"""Appends (or replaces) texts in out/<sheet>.jsonl from blocks on standard input:

=== W07-ru-0001 team
text ... (any number of lines; blank lines and bullets are kept)
=== W07-ru-0002 individual acceptable=ru-cca:64,ru-cca:63 note=free words without spaces_or use_underscores
text ...

The header is: === <slot id> <subject> [acceptable=<ids comma-separated>] [note=<text to end of line>]
"""
import json, sys, os, re
import os
WORK = os.environ.get("CORPUS_WORK", "corpus-work")   # task sheets, texts, reviews, adjudications (not committed)
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data")
SUBJECTS = {"individual", "team", "department", "contact-centre", "organisation", "project", "partnership", "none"}
sheet = sys.argv[1]
slots = {json.loads(l)["slot"]: json.loads(l) for l in open(f"{WORK}/slots/{sheet}.jsonl")}
path = f"{WORK}/out/{sheet}.jsonl"
have = {}
if os.path.exists(path):
    for l in open(path):
        r = json.loads(l); have[r["slot"]] = r
blocks, cur = [], None
for line in sys.stdin.read().splitlines():
    if line.startswith("=== "):
        cur = {"header": line[4:].strip(), "lines": []}; blocks.append(cur)
    elif cur is not None:
        cur["lines"].append(line)
errors = 0
for b in blocks:
    head = b["header"]
    note = None
    if " note=" in head:
        head, note = head.split(" note=", 1)
    parts = head.split()
    if len(parts) < 2 or parts[0] not in slots or parts[1] not in SUBJECTS:
        print(f"ERROR bad header (slot id of {sheet}, then a subject from {sorted(SUBJECTS)}): {b['header']}"); errors += 1; continue
    rec = {"slot": parts[0], "subject": parts[1]}
    for p in parts[2:]:
        if p.startswith("acceptable="):
            rec["acceptable"] = [x for x in p.split("=", 1)[1].split(",") if x]
        else:
            print(f"ERROR unknown header part '{p}' in: {b['header']}"); errors += 1
    text = "\n".join(b["lines"]).strip()
    if not text:
        print(f"ERROR empty text for {parts[0]}"); errors += 1; continue
    rec["text"] = text
    if note: rec["note"] = note.strip()
    have[rec["slot"]] = rec
order = list(slots)
with open(path + ".tmp", "w") as f:
    for s in order:
        if s in have: f.write(json.dumps(have[s], ensure_ascii=False) + "\n")
os.replace(path + ".tmp", path)
print(f"{len(blocks) - errors} written, {errors} errors; {len(have)}/{len(slots)} slots of {sheet} done")
