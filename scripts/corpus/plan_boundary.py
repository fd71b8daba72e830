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
# Wave 2 (2026-12-05: held-out no-match fell to 0.885 as 1,217 season entries, all in domain, joined): other
# settings again, so that each wave's writers are scored on topics the detector was not shown by the other wave.
NEAR2 = ["a customer's own complaint letter or online review of a shop, a bank or an airline (the customer writing, not the organisation)",
         "a news article about a strike or a labour dispute at a call centre or a warehouse",
         "a public tender notice buying contact-centre or cleaning services (lots, deadlines, criteria)",
         "a consumer-protection agency's warning about phone scams and fake bank calls",
         "a market-research summary of the contact-centre or BPO market (size, growth, vendors' shares)",
         "an outsourcing company's sales page offering call-centre services to new clients (prices, languages, seats)",
         "a chatbot's or a mobile app's terms of use and privacy notice",
         "step-by-step instructions for customers (resetting a password, reading a meter, returning a parcel)",
         "a product recall notice from a manufacturer or a food chain",
         "a stock analyst's note on a telecom or a bank (revenue, ARPU, margins)",
         "an opinion column complaining about bad service in general, with no organisation's achievement",
         "a staff rota, holiday schedule or overtime rules announced to employees",
         "a trade union's statement about wages and workloads",
         "a sports club's player-of-the-year or coach-of-the-year announcement (teamwork, leadership)",
         "a restaurant, wine or architecture award announcement",
         "a university's research project on speech recognition or language models (academic, no service)",
         "a municipality's notice about waste collection days, water outages or parking permits",
         "a company's new opening hours, price list or delivery terms announced to customers",
         "a bank merger or acquisition press release (shares, regulators, brand names)",
         "a hotel's newsletter to guests about spa offers and events",
         "a recruitment agency's salary survey for sales and service jobs",
         "a vendor's webinar invitation about CRM features (agenda, speakers, registration link)",
         "a court ruling or a regulator's fine against a telecom or a bank",
         "a school or a kindergarten's announcement to parents about a new e-diary or payment system",
         "a car manufacturer's news about a new model and dealer launch events",
         "a city's tourist-information leaflet (sights, tickets, opening times)"]
FAR2 = ["a fairy tale for children", "car repair or tyre-change tips", "a pet-care guide", "a history anecdote",
        "a film synopsis", "a horoscope", "a knitting or sewing pattern", "a workout plan", "a wine-tasting note",
        "a gardening calendar for the month", "a crossword or a riddle", "a wedding toast", "a camping checklist",
        "a local legend", "a birdwatching report"]
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
    near_list, far_list = (NEAR2, FAR2) if w.get("wave", 1) == 2 else (NEAR, FAR)
    near_topics = iter(near_list * 3)
    for j in range(w.get("ood", 84)):
        near = j % 3 != 2
        topic = next(near_topics) if near else rng.choice(far_list)
        g = rng.choice(GENRES)
        program = rng.choices(list(cats), [3 if p == HOME[lang] else 1 for p in cats])[0]
        slots.append({"writer": w["id"], "lang": lang, "program": program, "expected": [], "type": "ood",
                      "topic": topic, "near": near, "genre": g, "length": length(g)})
    pool = [c for p in cats for c in cats[p]]
    for c in rng.sample(pool, w.get("short", 56)):
        g = rng.choice(["one-liner", "one-liner", "social"])
        slots.append({"writer": w["id"], "lang": lang, "program": c.split(":")[0], "expected": [c], "type": "plain",
                      "genre": g, "length": length(g, 70, 200), "sector": rng.choice(SECTORS)})
    rng.shuffle(slots)
    with open(f"{WORK}/slots/{w['id']}-{lang}.jsonl", "w") as f:
        for n, s in enumerate(slots, 1):
            f.write(json.dumps({"slot": f"{w['id']}-{lang}-{n:04d}", **s}, ensure_ascii=False) + "\n")
    print(w["id"], lang, len(slots))
