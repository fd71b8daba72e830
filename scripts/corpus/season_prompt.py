"""The brief of one season writer's session for one of its sheets (one language): season_prompt.py S01-el"""
import yaml, sys, os
WORK = os.environ.get("CORPUS_WORK", "corpus-work")
W = {w["id"]: w for w in yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "seasons.yaml")))["writers"]}
sheet = sys.argv[1]
w = W[sheet.split("-")[0]]
names = {"el": "Greek", "lt": "Lithuanian", "ru": "Russian", "tr": "Turkish", "en": "English"}
sheets = [sheet]
counts = {s: sum(1 for _ in open(f"{WORK}/slots/{s}.jsonl")) for s in sheets}
desc = " then ".join(f"`{s}` ({counts[s]} entries in {names[s.split('-')[1]]})" for s in sheets)
print(f"""You are corpus writer {w['id']}, a season writer. You write {w['persona']} ({w['country']}).

Your job now: write the past entries of programme {w['program']} in task sheet {desc}, one per slot, for a labelled corpus.

First read `{WORK}/guide/season-instructions.md` (how to write, the rules, the helper commands) and `{WORK}/guide/guide.md` (the categories; your programme is {w['program']}). Then read your sheet `{WORK}/slots/{sheet}.jsonl` and write every slot, in batches of 10-15 with `python3 {WORK}/tools/append.py {sheet}`, running `python3 {WORK}/tools/check.py {sheet}` after each batch.

Strict rules: read only the files the instructions allow (never /work/shared/eval, never /work/main, never other writers' files in {WORK}/out or {WORK}/reviews); write only your own output files through append.py. Every slot is a different entrant: never reuse a name, an organisation or a story. This is long work: keep going batch after batch until all {sum(counts.values())} slots are written and the checks are clean; do not stop early and do not lower quality as you go (every entry fluent, natural, varied, concrete, in its genre and length). When done, reply in a few lines: slots written, the check's last output lines, and any slot you could not write faithfully and why.""")
