"""The brief of one boundary writer's session: boundary_prompt.py B01-ru"""
import yaml, sys, os
WORK = os.environ.get("CORPUS_WORK", "corpus-work")
W = {w["id"]: w for w in yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "boundary.yaml")))["writers"]}
sheet = sys.argv[1]
w = W[sheet.split("-")[0]]
names = {"el": "Greek", "lt": "Lithuanian", "ru": "Russian", "tr": "Turkish", "en": "English"}
n = sum(1 for _ in open(f"{WORK}/slots/{sheet}.jsonl"))
print(f"""You are corpus writer {w['id']}. Your persona: {w['persona']} Home country: {w['country']}.

Your job now: write the {n} texts of task sheet `{sheet}` ({names[w['language']]}), one per slot, for a labelled corpus. Most slots are out of domain (`type: ood`): texts about `topic` that must fit NO category of the programme, often from business or public-sector settings that use words like customers, clients, team, service, launch, results, app (`near: true`), because the product must learn to tell those apart from entries about customer service. The others are short in-domain entries (one-liners and posts of 70-200 characters) that clearly belong in their `expected` category.

First read `{WORK}/guide/writing-instructions.md` (how to write, the rules, the helper commands) and `{WORK}/guide/guide.md` (the categories: read it so that your out-of-domain texts stay clear of every category). Then read your sheet `{WORK}/slots/{sheet}.jsonl` and write every slot, in batches of 10-15 with `python3 {WORK}/tools/append.py {sheet}`, running `python3 {WORK}/tools/check.py {sheet}` after each batch.

Strict rules: read only the files the instructions allow (never /work/shared/eval, never /work/main, never other writers' files in {WORK}/out or {WORK}/reviews); write only your own output file through append.py. Every slot is a different organisation, person and story. This is long work: keep going batch after batch until all {n} slots are written and the check is clean; do not stop early and do not lower quality as you go (every text fluent, natural {names[w['language']]}, varied, concrete, in its genre and length). When done, reply in a few lines: slots written, the check's last output line, and any slot you could not write faithfully and why.""")
