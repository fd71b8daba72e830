import yaml
import os
WORK = os.environ.get("CORPUS_WORK", "corpus-work")   # task sheets, texts, reviews, adjudications (not committed)
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data")
W = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "writers.yaml")))["writers"]
def reviewer(sheet):
    """The blind reviewer of a sheet: the next corpus writer of the language; for a season writer's sheet
    (S01-el), one corpus writer of the language reviews every season sheet of that language, unless seasons.yaml
    names another for it (so two sheets of one language can be reviewed side by side)."""
    wid, lang = sheet.split("-")
    ws = [w["id"] for w in W if lang in w["languages"]]
    if wid.startswith("B"):   # a boundary writer's sheet: boundary.yaml names its reviewer
        boundary = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "boundary.yaml")))["writers"]
        return next(b["reviewer"] for b in boundary if b["id"] == wid)
    if wid.startswith("S"):
        seasons = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "seasons.yaml")))["writers"]
        return next((s.get("reviewers", {}).get(lang) for s in seasons if s["id"] == wid and s.get("reviewers", {}).get(lang)), ws[0])
    return ws[(ws.index(wid) + 1) % len(ws)]
if __name__ == "__main__":
    import sys; print(reviewer(sys.argv[1]))
