"""Task sheets for the season writers (seasons.yaml): per writer and language, one slot per past entry of
the programme, each a different entrant (organisation, sector, city) with its genre, length and the
category the jury judged it in; about one in ten was filed elsewhere by the entrant and moved by the
jury. No contrast groups: every entry tells its own story. Seeded, so the plan is reproducible."""
import json, random, yaml, glob, os
WORK = os.environ.get("CORPUS_WORK", "corpus-work")
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "data")

rng = random.Random(20261204)
# Entries are mostly what entrants type into the programme's form; some archives keep press releases too.
GENRES = {"jury-essay": 5, "one-liner": 2, "bullets": 2, "case-study": 2, "press-release": 1, "interview": 1, "social": 1}
LENGTH = {"one-liner": (60, 220), "social": (120, 700), "interview": (150, 900), "bullets": (250, 1200),
          "press-release": (300, 1300), "case-study": (500, 2000), "jury-essay": (400, 2800)}
SECTORS = ["telecom operator", "retail bank", "insurance company", "e-commerce shop", "electricity and gas utility",
           "municipality or municipal company", "private clinic or hospital", "airline or airport", "courier and parcel lockers",
           "contact-centre outsourcer", "software company", "car dealer and service network", "university or school",
           "hotel or resort", "pharmacy chain", "state agency", "water utility", "digital bank", "electronics retailer",
           "railway or bus operator", "food delivery", "leasing and consumer credit", "internet provider", "travel agency",
           "supermarket chain", "furniture and DIY retailer", "shipping or ferry company", "real-estate services", "gym chain"]
MISFILED = {"lt-iba": [("lt-iba:E07", "lt-iba:E04"), ("lt-iba:E04", "lt-iba:E07"), ("lt-iba:E08", "lt-iba:E02"),
                       ("lt-iba:E02", "lt-iba:E08"), ("lt-iba:E05", "lt-iba:E07"), ("lt-iba:E03", "lt-iba:E08"), ("lt-iba:E01", "lt-iba:E07")],
            "gr-csa": [("gr-csa:5", "gr-csa:6"), ("gr-csa:6", "gr-csa:5"), ("gr-csa:2", "gr-csa:4"), ("gr-csa:4", "gr-csa:2"),
                       ("gr-csa:1", "gr-csa:6"), ("gr-csa:3", "gr-csa:2")],
            # near neighbours entrants confuse, and rules' sources (an AI solution filed as automation, 14 → 13)
            "ru-cca": [("ru-cca:61", "ru-cca:62"), ("ru-cca:62", "ru-cca:61"), ("ru-cca:34", "ru-cca:33"), ("ru-cca:33", "ru-cca:32"),
                       ("ru-cca:13", "ru-cca:14"), ("ru-cca:13", "ru-cca:12"), ("ru-cca:53", "ru-cca:51"), ("ru-cca:72", "ru-cca:71"),
                       ("ru-cca:71", "ru-cca:72"), ("ru-cca:64", "ru-cca:61"), ("ru-cca:52", "ru-cca:51")]}

writers = yaml.safe_load(open(os.path.join(HERE, "seasons.yaml")))["writers"]
cats = {}
for f in sorted(glob.glob(f"{DATA}/categories/*.yaml")):
    d = yaml.safe_load(open(f))
    cats[d["program"]["id"]] = [f"{d['program']['id']}:{c['code']}" for c in d["categories"]]

def length(g):
    lo, hi = LENGTH[g]
    return int(round(lo * (hi / lo) ** rng.random(), -1))

os.makedirs(f"{WORK}/slots", exist_ok=True)
for w in writers:
    program = w["program"]
    for lang, per_category in w["languages"].items():
        slots = []
        for c in cats[program]:
            for _ in range(per_category):
                genres = w.get("genres", GENRES)   # a writer's own weights (an archive of publications), else the form's
                g = rng.choices(list(genres), list(genres.values()))[0]
                s = {"writer": w["id"], "lang": lang, "program": program, "expected": [c], "type": "plain",
                     "genre": g, "length": length(g), "sector": rng.choice(SECTORS)}
                moved = [f for e, f in MISFILED[program] if e == c]
                if moved and rng.random() < 0.1: s.update(type="misfiled", filed=rng.choice(moved))
                slots.append(s)
        rng.shuffle(slots)   # an archive is not sorted by category
        with open(f"{WORK}/slots/{w['id']}-{lang}.jsonl", "w") as f:
            for n, s in enumerate(slots, 1):
                f.write(json.dumps({"slot": f"{w['id']}-{lang}-{n:04d}", **s}, ensure_ascii=False) + "\n")
        print(w["id"], lang, len(slots))
