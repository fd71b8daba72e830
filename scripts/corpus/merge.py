#!/usr/bin/env python3
"""Builds data/examples from the written texts, their task sheets, the blind reviews and the adjudications.

A text enters the corpus when it was reviewed and either the reviewer's label equals the writer's, or
an adjudicator decided: "writer" (the writer's label stands), "reviewer" (the reviewer's label replaces
it), "both" (the writer's label is expected, the reviewer's is recorded in acceptable) or "drop" (the
text leaves the corpus). Disagreements not yet adjudicated are written to adjudicate/<sheet>.jsonl.
Lines already in the output files from writers this work folder does not hold are kept (the season
writers were merged into the corpus of the sixteen that way); a season writer's lines carry season: true."""
import json, glob, os, sys, collections
import os
WORK = os.environ.get("CORPUS_WORK", "corpus-work")   # task sheets, texts, reviews, adjudications (not committed)
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data")
ROOT = WORK
OUT = sys.argv[1] if len(sys.argv) > 1 else f"{DATA}/examples"

def load(path):
    return {json.loads(l)["slot"]: json.loads(l) for l in open(path)} if os.path.exists(path) else {}

import yaml, re, unicodedata
def words(t):
    t = unicodedata.normalize("NFD", t); t = "".join(c for c in t if unicodedata.category(c) != "Mn").lower()
    return " ".join(re.findall(r"[^\W_]+", t))
# Texts listed for rephrasing (devcheck.py → fix/list.jsonl) stay out while they still hold a listed run.
FIX = {json.loads(l)["slot"]: json.loads(l)["runs"] for l in open(f"{WORK}/fix/list.jsonl")} if os.path.exists(f"{WORK}/fix/list.jsonl") else {}
SEASON = {w["id"] for w in yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "seasons.yaml")))["writers"]}
files = collections.defaultdict(list)
merged_writers = set()
stats = collections.Counter()
os.makedirs(f"{ROOT}/adjudicate", exist_ok=True)
for path in sorted(glob.glob(f"{ROOT}/out/*.jsonl")):
    sheet = os.path.basename(path)[:-6]
    slots, out = load(f"{ROOT}/slots/{sheet}.jsonl"), load(path)
    reviews, decisions = load(f"{ROOT}/reviews/{sheet}.jsonl"), load(f"{ROOT}/adjudications/{sheet}.jsonl")
    queue = []
    for sid, r in out.items():
        s = slots[sid]
        review = reviews.get(sid)
        if any(f" {run} " in f" {words(r['text'])} " for run in FIX.get(sid, [])):
            stats["awaiting rephrasing"] += 1; continue
        if review is None:
            stats["not reviewed"] += 1; continue
        expected = list(s["expected"])
        acceptable = [a for a in r.get("acceptable", []) + review.get("acceptable", []) if a not in expected]
        if review["label"] != expected:
            d = decisions.get(sid)
            if d is None:
                queue.append({"slot": sid, "program": s["program"], "filed": s.get("filed"), "text": r["text"],
                              "writer_label": expected, "reviewer_label": review["label"], "reviewer_note": review.get("note")})
                stats["awaiting adjudication"] += 1; continue
            stats["adjudicated " + d["decision"]] += 1
            if d["decision"] == "drop": continue
            if d["decision"] == "reviewer": acceptable, expected = acceptable + expected, review["label"]
            if d["decision"] == "both": acceptable += [x for x in review["label"] if x not in expected]
            acceptable = [a for a in dict.fromkeys(acceptable) if a not in expected]
        else:
            stats["agreed"] += 1
        line = {"id": sid, "program": s["program"], "lang": s["lang"], "text": r["text"], "expected": expected,
                "acceptable": list(dict.fromkeys(acceptable)), "writer": s["writer"], "reviewer": review["reviewer"],
                "genre": s["genre"], "subject": r["subject"]}
        if s.get("filed"): line["filed"] = s["filed"]
        if not expected: line["nearDomain"] = bool(s.get("near"))
        if s["writer"] in SEASON: line["season"] = True
        merged_writers.add(s["writer"])
        files[f"{s['program']}.{s['lang']}"].append(line)
    with open(f"{ROOT}/adjudicate/{sheet}.jsonl", "w") as f:
        for q in queue: f.write(json.dumps(q, ensure_ascii=False) + "\n")

os.makedirs(OUT, exist_ok=True)
for name in [f"{p}.{l}" for p in ("gr-csa", "lt-iba", "ru-cca", "tr-cca") for l in ("el", "en", "lt", "ru", "tr")]:
    path = f"{OUT}/{name}.jsonl"
    kept = [json.loads(l) for l in open(path) if l.strip()] if os.path.exists(path) else []
    kept = [l for l in kept if l["writer"] not in merged_writers]
    with open(path, "w") as f:
        for line in sorted(kept + files.get(name, []), key=lambda x: x["id"]):
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
print(dict(stats), sum(len(v) for v in files.values()), "texts written to", OUT)
