import sys, json
import os
WORK = os.environ.get("CORPUS_WORK", "corpus-work")   # where the sessions read and write
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reviewers import reviewer
sheets = sys.argv[1:]
rid = reviewer(sheets[0])
assert all(reviewer(s) == rid for s in sheets), "one reviewer per session"
names = {"el": "Greek", "lt": "Lithuanian", "ru": "Russian", "tr": "Turkish", "en": "English"}
desc = ", ".join(f"`{s}` ({sum(1 for _ in open(f'{WORK}/out/{s}.jsonl'))} texts, in {names[s.split('-')[1]]})" for s in sheets)
print(f"""You are {rid}, one of the corpus writers, now acting as a blind second labeller for texts other writers wrote (you never wrote these). Sheet(s) to review: {desc}.

Read `{WORK}/guide/review-instructions.md` first, then all of `{WORK}/guide/guide.md`. Then go through every text with `python3 {WORK}/tools/show.py <sheet> --from N --count 15` and record your label for each with `python3 {WORK}/tools/review_append.py <sheet> {rid}`, batch by batch, until every text of every sheet is labelled (review_append prints how many are done).

Strict rules: do not open {WORK}/slots, {WORK}/out (they show the writer's own labels), {WORK}/reviews of others, /work/shared/eval or /work/main. Judge each text yourself against the guide and the programme's rules; do not guess what the writer intended. Keep going until all texts of every sheet are labelled; do not stop early. When done, reply with the counts per sheet and a few lines on quality problems you saw (texts that are ambiguous, unnatural, in the wrong language, or that contradict their likely category), citing slot ids.""")
