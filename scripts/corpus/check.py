#!/usr/bin/env python3
"""Checks out/<sheet>.jsonl against its task sheet: every slot written once, lengths, the language's
script, repeated wording between texts. Prints what to fix; exit 1 if anything must be fixed."""
import json, sys, re, collections, os
import os
WORK = os.environ.get("CORPUS_WORK", "corpus-work")   # task sheets, texts, reviews, adjudications (not committed)
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data")
sheet = sys.argv[1]
slots = [json.loads(l) for l in open(f"{WORK}/slots/{sheet}.jsonl")]
path = f"{WORK}/out/{sheet}.jsonl"
out = {json.loads(l)["slot"]: json.loads(l) for l in open(path)} if os.path.exists(path) else {}
must, warn = [], []
SCRIPT = {"el": r"[α-ωά-ώΑ-Ω]", "ru": r"[а-яёА-ЯЁ]", "lt": r"[ąčęėįšųūžĄČĘĖĮŠŲŪŽ]", "tr": r"[çğıöşüÇĞİÖŞÜ]", "en": r"[a-zA-Z]"}
words = {}
for s in slots:
    r = out.get(s["slot"])
    if r is None: continue
    t = r["text"]; n = len(t)
    if n < 60 or n > 3000: must.append(f"{s['slot']}: {n} characters (must be 60-3000)")
    elif n < s["length"] * 0.5 or n > s["length"] * 1.6: warn.append(f"{s['slot']}: {n} characters, asked ~{s['length']}")
    letters = re.findall(r"[^\W\d_]", t)
    native = re.findall(SCRIPT[s["lang"]], t)
    if s["lang"] in ("el", "ru") and len(native) < 0.5 * len(letters): must.append(f"{s['slot']}: not mostly {s['lang']} script")
    if s["lang"] in ("lt", "tr") and n > 150 and not native: must.append(f"{s['slot']}: no {s['lang']} letters at all: is it in {s['lang']}?")
    if s["lang"] == "en" and re.search(r"[а-яα-ω]", t, re.I): warn.append(f"{s['slot']}: non-Latin letters in an English text")
    if s["type"] == "ood" and r["subject"] != "none": warn.append(f"{s['slot']}: out-of-domain text with subject {r['subject']}")
    words[s["slot"]] = re.findall(r"\w+", t.lower())
# repeated runs of 8 words between texts of this sheet
seen = collections.defaultdict(set)
for sid, w in words.items():
    for i in range(len(w) - 7):
        seen[" ".join(w[i:i + 8])].add(sid)
pairs = collections.Counter()
for run, ids in seen.items():
    if len(ids) > 1:
        ids = sorted(ids)
        for a in ids:
            for b in ids:
                if a < b: pairs[(a, b)] += 1
for (a, b), k in pairs.most_common(20):
    warn.append(f"{a} and {b} share {k} runs of 8 words: rephrase one")
missing = [s["slot"] for s in slots if s["slot"] not in out]
print(f"{sheet}: {len(out)}/{len(slots)} written; {len(missing)} missing" + (f" (first: {missing[0]})" if missing else ""))
lengths = [len(r["text"]) for r in out.values()]
if lengths: print(f"lengths: min {min(lengths)}, median {sorted(lengths)[len(lengths)//2]}, max {max(lengths)}")
for m in must: print("FIX  " + m)
for w in warn[:40]: print("WARN " + w)
sys.exit(1 if must else 0)
