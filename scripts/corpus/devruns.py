"""What "shares a run of six words with the dev set" means for the corpus tools (devcheck.py, fixcheck.py): words are
letters and digits, lower case, accents removed; the test CorpusTests holds the same for the merged corpus."""
import json, os, re, unicodedata
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data")
SHARED = os.environ.get("CORPUS_SHARED", os.path.join(DATA, "..", "..", "shared"))

def words(t):
    t = unicodedata.normalize("NFD", t); t = "".join(c for c in t if unicodedata.category(c) != "Mn").lower()
    return re.findall(r"[^\W_]+", t)

def runs(ws, n=6): return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}

def dev_runs():
    """Every run of six words of the dev set's texts."""
    return set().union(*(runs(words(json.loads(l)["text"])) for l in open(f"{SHARED}/eval/dev.jsonl")))
