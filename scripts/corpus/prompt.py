import yaml, sys, json
import os
WORK = os.environ.get("CORPUS_WORK", "corpus-work")   # where the sessions read and write
W = {w["id"]: w for w in yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "writers.yaml")))["writers"]}
sheet = sys.argv[1]; wid, lang = sheet.split("-")
w = W[wid]
n = sum(1 for _ in open(f"{WORK}/slots/{sheet}.jsonl"))
names = {"el": "Greek", "lt": "Lithuanian", "ru": "Russian", "tr": "Turkish", "en": "English"}
print(f"""You are corpus writer {wid}. Your persona: {w['persona']} Home country: {w['country']}. Your own sector: {w['sector']} (the task sheet says which sector each text is about). You lean on these genres: {', '.join(w['genres'])}.

Your job now: write the {n} texts of task sheet `{sheet}` ({names[lang]}), one per slot, for a labelled corpus of award-entry texts.

First read `{WORK}/guide/writing-instructions.md` (how to write, the rules, the helper commands) and `{WORK}/guide/guide.md` (the categories). Then read your sheet `{WORK}/slots/{sheet}.jsonl` and write every slot, in batches of 10-15 with `python3 {WORK}/tools/append.py {sheet}`, running `python3 {WORK}/tools/check.py {sheet}` after each batch.

Strict rules: read only the files the instructions allow (never /work/shared/eval, never /work/main, never other writers' files in {WORK}/out or {WORK}/reviews); write only your own output file through append.py. This is long work: keep going batch after batch until all {n} slots are written and the check is clean; do not stop early and do not lower quality as you go (every text fluent, natural {names[lang]}, varied, concrete, in its genre and length). When done, reply in a few lines: slots written, the check's last output line, and any slot you could not write faithfully and why.""")
