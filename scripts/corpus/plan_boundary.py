"""Task sheets for the boundary writers (boundary.yaml): per writer, in its one language, 84 out-of-domain
texts (two in three from business or public-sector settings that borrow the domain's words, one in three
far from it) and 56 short in-domain texts (one-liners and posts of 60-200 characters, a category each,
spread over the programmes). The out-of-domain topics are new: none is one of plan.py's, so the
detector is scored on settings it was not shown. Seeded, so the plan is reproducible."""
import json, random, yaml, glob, os
WORK = os.environ.get("CORPUS_WORK", "corpus-work")
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "data")

rng = random.Random(20261205)
GENRES = ["jury-essay", "one-liner", "bullets", "press-release", "case-study", "news", "interview", "social"]
LENGTH = {"one-liner": (60, 220), "social": (120, 700), "interview": (150, 900), "bullets": (250, 1200),
          "press-release": (300, 1300), "news": (350, 1500), "case-study": (500, 2000), "jury-essay": (600, 2800)}
NEAR = ["an entry to an employer-of-the-year or HR award (benefits, hiring, wellbeing)",
        "an entry to an environmental or ESG award (emissions, recycling, solar panels)",
        "an entry to an industrial safety or engineering award (zero accidents, a new production line)",
        "a marketing agency's case study of an advertising or social-media campaign (reach, brand awareness)",
        "a bank's press release on a new deposit, mortgage rate or investment product",
        "a telecom operator's network news (5G towers, fibre roll-out, spectrum auction)",
        "an IT department's migration of servers to the cloud, or an ERP roll-out in accounting",
        "a retailer's supply-chain and warehouse automation (robots in the warehouse, stock accuracy)",
        "a company's annual results and dividend announcement",
        "a municipality's news about road repairs, parks, or a new kindergarten",
        "a hospital's new surgical wing or medical equipment purchase",
        "an internal newsletter item about an office move, canteen menu or parking rules",
        "a sales-growth report of a manufacturer's dealers (volumes, new markets)",
        "a job advertisement (for any role, including a contact-centre agent vacancy)",
        "a software company's release notes for a developer API or a database product",
        "a corporate charity or volunteering day (tree planting, blood donation)",
        "a legal or compliance notice (privacy policy update, tariff change terms)",
        "a training course for programmers or accountants at a university",
        "a startup's fundraising round announcement",
        "an airline's new route or fleet renewal announcement",
        "an energy company's tariff or power-plant news",
        "a logistics company's new cargo terminal or rail link",
        "a cybersecurity incident report or phishing warning to employees",
        "a conference announcement or event programme (speakers, venue, dates)",
        "a product review of a CRM or helpdesk software written for buyers (features, pricing), not about service achievements",
        "a loyalty programme or discount promotion announced to shoppers"]
FAR = ["a recipe", "a holiday travel story", "a poem or a song", "a match report (hockey, basketball, chess)",
       "advice on houseplants or a vegetable garden", "an abstract of a research paper (chemistry, astronomy, linguistics)",
       "a flat for rent", "a book or theatre review", "a fishing or hiking trip", "a lost-cat notice",
       "a school's parents' meeting announcement", "a weather warning", "a personal post about a birthday or wedding",
       "a museum exhibition", "a used-car sale advertisement"]
SECTORS = ["telecom operator", "retail bank", "insurance company", "online shop", "electricity utility", "city hall",
           "private clinic", "airline", "courier", "contact-centre outsourcer", "software company", "car dealer",
           "university", "hotel", "pharmacy chain", "tax office", "water utility", "digital bank", "supermarket chain", "taxi service"]
boundary = yaml.safe_load(open(os.path.join(HERE, "boundary.yaml")))["writers"]
cats = {}
for f in sorted(glob.glob(f"{DATA}/categories/*.yaml")):
    d = yaml.safe_load(open(f))
    cats[d["program"]["id"]] = [f"{d['program']['id']}:{c['code']}" for c in d["categories"]]
HOME = {"ru": "ru-cca", "lt": "lt-iba", "el": "gr-csa", "tr": "tr-cca", "en": "gr-csa"}

def length(g, lo=None, hi=None):
    a, b = LENGTH[g]
    lo, hi = lo or a, hi or b
    return int(round(lo * (hi / lo) ** rng.random(), -1))

os.makedirs(f"{WORK}/slots", exist_ok=True)
for w in boundary:
    lang, slots = w["language"], []
    near_topics = iter(NEAR * 3)
    for j in range(84):
        near = j % 3 != 2
        topic = next(near_topics) if near else rng.choice(FAR)
        g = rng.choice(GENRES)
        program = rng.choices(list(cats), [3 if p == HOME[lang] else 1 for p in cats])[0]
        slots.append({"writer": w["id"], "lang": lang, "program": program, "expected": [], "type": "ood",
                      "topic": topic, "near": near, "genre": g, "length": length(g)})
    pool = [c for p in cats for c in cats[p]]
    for c in rng.sample(pool, 56):
        g = rng.choice(["one-liner", "one-liner", "social"])
        slots.append({"writer": w["id"], "lang": lang, "program": c.split(":")[0], "expected": [c], "type": "plain",
                      "genre": g, "length": length(g, 70, 200), "sector": rng.choice(SECTORS)})
    rng.shuffle(slots)
    with open(f"{WORK}/slots/{w['id']}-{lang}.jsonl", "w") as f:
        for n, s in enumerate(slots, 1):
            f.write(json.dumps({"slot": f"{w['id']}-{lang}-{n:04d}", **s}, ensure_ascii=False) + "\n")
    print(w["id"], lang, len(slots))
