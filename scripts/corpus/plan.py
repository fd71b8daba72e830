"""Task sheets for the corpus writers: which texts each writer writes (category, language, genre,
length, sector, and for hard cases the contrast group, the filing, the negation or the topic).
Seeded, so the plan is reproducible. Reads only the catalog (data/categories)."""
import json, random, yaml, glob, collections, os
import os
WORK = os.environ.get("CORPUS_WORK", "corpus-work")   # task sheets, texts, reviews, adjudications (not committed)
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data")

rng = random.Random(20261204)
LANGS = ["el", "lt", "ru", "tr", "en"]
GENRES = ["jury-essay", "one-liner", "bullets", "press-release", "case-study", "news", "interview", "social"]
LENGTH = {"one-liner": (60, 220), "social": (120, 700), "interview": (150, 900), "bullets": (250, 1200),
          "press-release": (300, 1300), "news": (350, 1500), "case-study": (500, 2000), "jury-essay": (600, 2800)}

WRITERS = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "writers.yaml")))["writers"]

cats = []
for f in sorted(glob.glob(f"{DATA}/categories/*.yaml")):
    d = yaml.safe_load(open(f))
    for c in d["categories"]:
        cats.append({"id": f"{d['program']['id']}:{c['code']}", "program": d["program"]["id"],
                     "redirects": [(r["to"], r["reasonEn"]) for r in c.get("redirects", []) or []]})
cat_ids = [c["id"] for c in cats]

SECTORS = ["telecom operator", "retail bank", "insurance company", "e-commerce marketplace", "electricity and gas utility",
           "municipal public services", "private clinic network", "airline", "parcel delivery company", "BPO outsourcing provider",
           "SaaS software company", "car dealer and service network", "university", "hotel chain", "pharmacy chain",
           "tax and social-security agency", "water utility", "mobile bank (digital-only)", "consumer electronics retailer",
           "railway operator", "food delivery app", "microfinance company", "internet provider", "travel agency"]

# Near neighbours written side by side: the same story, the difference the only signal.
CONTRAST = {
    "ru-cca": [
        (["ru-cca:32", "ru-cca:33"], "32: one continuous customer history and seamless switching across voice and digital channels; 33: excellence of live-agent service in digital (non-voice) channels themselves"),
        (["ru-cca:33", "ru-cca:34", "ru-cca:53"], "33: the digital-channel customer experience delivered by live agents (organisation-level practice); 34: the customer experience of automated/robotic channels (bots, self-service); 53: a small digital-only team of people (the team is the nominee)"),
        (["ru-cca:51", "ru-cca:52", "ru-cca:53"], "51: a multichannel team of at most 100 people incl. phone; 52: a multichannel collective of more than 100 people; 53: a team of at most 100 serving only digital channels, no voice"),
        (["ru-cca:61", "ru-cca:62", "ru-cca:64"], "61: a front-line operator who serves customers; 62: an agent whose job is only selling; 64: a shift/group leader or supervisor leading agents"),
        (["ru-cca:67", "ru-cca:68"], "67: the head/director of a contact centre (site or whole centre); 68: the senior head of customer service across the whole organisation (all channels, offices, policy)"),
        (["ru-cca:71", "ru-cca:72"], "71: a new contact centre or a new site opened on/after 1 July 2023 (launch story); 72: an established contact centre's overall excellence"),
        (["ru-cca:12", "ru-cca:13", "ru-cca:14"], "12: operational-support technology (WFM, KMS, CRM, analytics, agent desktop) without AI; 13: a solution that uses AI/ML/LLM; 14: automation/robotisation of customer interactions (IVR, bots, self-service scripts) without AI"),
        (["ru-cca:36", "ru-cca:57"], "36: customer analytics and use of customer data (speech/text analytics, VoC, insight) as an organisational practice; 57: a quality-control team (people) that assesses agents' contacts"),
        (["ru-cca:45", "ru-cca:66"], "45: the organisation's staff training and development practice/programme; 66: one individual trainer"),
        (["ru-cca:61", "ru-cca:51", "ru-cca:72", "ru-cca:22"], "the same story about a person (61, an operator), a team (51), a whole contact centre (72), and a project of change (22)"),
        (["ru-cca:64", "ru-cca:51", "ru-cca:52"], "the same story about a team leader (64), the team of 40 they lead (51), and the 300-person collective (52)"),
    ],
    "lt-iba": [
        (["lt-iba:E04", "lt-iba:E07", "lt-iba:E08"], "E04: the whole customer service department of the organisation; E07: one specific team (part of the organisation, e.g. complaints team); E08: a fundamental transformation of customer service since 2024"),
        (["lt-iba:E02", "lt-iba:E08"], "E02: the use of a technology (AI, CRM, chatbot) itself is the achievement; E08: a fundamental organisation-wide transformation where technology is one part"),
        (["lt-iba:E05", "lt-iba:E07"], "E05: an individual manager/leader; E07: the team"),
        (["lt-iba:E05", "lt-iba:E07", "lt-iba:E04", "lt-iba:E08"], "the same story about the manager (E05), a team (E07), the whole department (E04) and the transformation project (E08)"),
    ],
    "gr-csa": [
        (["gr-csa:5", "gr-csa:6"], "5: one named professional; 6: the team of a small organisation"),
        (["gr-csa:2", "gr-csa:4"], "2: an innovative action creating a new customer experience; 4: a system integrating several service channels"),
        (["gr-csa:1", "gr-csa:6"], "1: a systematic, time-bound training programme; 6: a small organisation's team and its excellence"),
        (["gr-csa:5", "gr-csa:6", "gr-csa:3"], "the same story about a person (5), the team (6) and the complaints-handling system (3)"),
    ],
}

NEGATION = {
    "ru-cca:12": "say explicitly that the solution uses no AI / machine learning",
    "ru-cca:14": "say explicitly that the automation is rule-based and uses no AI",
    "ru-cca:11": "say explicitly that no AI is involved",
    "ru-cca:33": "say explicitly that there are no bots: live agents answer every chat/message",
    "ru-cca:53": "say explicitly that the team takes no phone calls",
    "ru-cca:51": "say explicitly that the team is not digital-only or outbound-only (they take calls too)",
    "ru-cca:54": "say explicitly that the team does no debt collection",
    "ru-cca:58": "say explicitly that quality control is not part of the team's remit",
    "ru-cca:61": "say explicitly that the operator neither sells nor leads a team",
    "ru-cca:32": "say explicitly that no single channel is the focus: it is about the journey across channels",
    "ru-cca:67": "say explicitly that the person runs the contact centre, not customer service of the whole company",
    "gr-csa:4": "say explicitly that no AI was involved",
    "gr-csa:2": "say explicitly that this is not a new channel system but a new experience",
    "lt-iba:E07": "say explicitly that it is one team, not the whole department",
    "lt-iba:E08": "say explicitly that it was not only a technology project",
    "lt-iba:E02": "say explicitly that it was not a reorganisation",
}

MISFILED = {
    "ru-cca": [("ru-cca:33", "ru-cca:32"), ("ru-cca:32", "ru-cca:33"), ("ru-cca:45", "ru-cca:66"), ("ru-cca:66", "ru-cca:45"),
               ("ru-cca:36", "ru-cca:57"), ("ru-cca:57", "ru-cca:36"), ("ru-cca:68", "ru-cca:67"), ("ru-cca:72", "ru-cca:71"),
               ("ru-cca:71", "ru-cca:72"), ("ru-cca:11", "ru-cca:12"), ("ru-cca:13", "ru-cca:11"), ("ru-cca:22", "ru-cca:21"),
               ("ru-cca:21", "ru-cca:22"), ("ru-cca:47", "ru-cca:46"), ("ru-cca:46", "ru-cca:47"), ("ru-cca:45", "ru-cca:44"),
               ("ru-cca:35", "ru-cca:31"), ("ru-cca:31", "ru-cca:35"), ("ru-cca:37", "ru-cca:22"), ("ru-cca:56", "ru-cca:51"),
               ("ru-cca:63", "ru-cca:66"), ("ru-cca:65", "ru-cca:67"), ("ru-cca:41", "ru-cca:46"), ("ru-cca:16", "ru-cca:27"),
               ("ru-cca:27", "ru-cca:16"), ("ru-cca:24", "ru-cca:36"), ("ru-cca:25", "ru-cca:22"), ("ru-cca:48", "ru-cca:46"),
               ("ru-cca:43", "ru-cca:41"), ("ru-cca:64", "ru-cca:65"), ("ru-cca:62", "ru-cca:54"), ("ru-cca:15", "ru-cca:11")],
    "lt-iba": [("lt-iba:E07", "lt-iba:E04"), ("lt-iba:E04", "lt-iba:E07"), ("lt-iba:E08", "lt-iba:E04"), ("lt-iba:E02", "lt-iba:E08"),
               ("lt-iba:E08", "lt-iba:E02"), ("lt-iba:E05", "lt-iba:E07"), ("lt-iba:E07", "lt-iba:E05"), ("lt-iba:E03", "lt-iba:E08"),
               ("lt-iba:E01", "lt-iba:E07")],
    "gr-csa": [("gr-csa:5", "gr-csa:6"), ("gr-csa:6", "gr-csa:5"), ("gr-csa:2", "gr-csa:4"), ("gr-csa:4", "gr-csa:2"),
               ("gr-csa:1", "gr-csa:6"), ("gr-csa:6", "gr-csa:1"), ("gr-csa:3", "gr-csa:2"), ("gr-csa:2", "gr-csa:1")],
}
MISFILED_SHARE = {"ru-cca": 44, "lt-iba": 12, "gr-csa": 10}   # per language

TRIGGER = {  # what the text must show for each ru-cca redirect rule (source -> target)
    ("12", "13"): "an operational-support solution (forecasting, knowledge base, analytics, agent desktop...) that uses AI / machine learning / an LLM",
    ("14", "12"): "robotisation of internal back-office processes (RPA moving data between systems, document processing), not customer-facing, and no AI",
    ("14", "13"): "automation of customer interactions built on AI (LLM, NLU, neural networks, generative AI)",
    ("33", "34"): "a fully automated digital channel with no live agents at all (a bot or self-service handles everything)",
    ("34", "14"): "a vendor/integrator presenting its automation or robotisation technology itself (no AI)",
    ("34", "13"): "a vendor/integrator presenting its AI technology solution itself",
    ("51", "53"): "a team of at most 100 that serves customers only in digital channels (chat, messengers, social, email), with no phone",
    ("51", "54"): "a team that works only on outbound sales / telemarketing calls",
    ("51", "55"): "a team that works only on debt collection",
    ("51", "52"): "a multichannel customer service team, stated headcount above 100 (e.g. 140-600 people)",
    ("52", "53"): "a team of at most 100 that serves customers only in digital channels, with no phone; state the headcount",
    ("52", "54"): "a collective that works only on outbound sales / telemarketing calls",
    ("52", "55"): "a collective that works only on debt collection",
    ("52", "51"): "a multichannel customer service team, stated headcount of 100 or fewer (e.g. 12-95 people)",
    ("54", "55"): "an outbound team whose work is debt collection",
    ("58", "57"): "a team that monitors and assesses the quality of agents' calls and chats (QA)",
    ("61", "62"): "a front-line agent whose work is selling (sales-only agent), not a supervisor",
    ("61", "64"): "a shift lead / group head / supervisor who leads agents",
    ("68", "67"): "the head of a contact centre (not the organisation-wide head of customer service)",
}

OOD_NEAR = ["a bank's new credit card launch (fees, cashback, design)", "an HR policy unrelated to customer service (parental leave, pension plan)",
            "IT release notes of an internal accounting system", "a brand marketing campaign (TV and billboard advertising)",
            "a logistics project (new warehouse, route optimisation)", "a sports event or club news", "a cultural event (museum, festival)",
            "public-sector news (road works, city budget, new school)", "a company's quarterly financial results", "a factory's energy-saving project",
            "a retail chain opening a new store format", "a corporate volunteering / CSR day", "a cybersecurity audit of a company network",
            "an office relocation and new workplace design", "a software product update for consumers (photo app, game)"]
OOD_FAR = ["a cooking recipe", "a travel diary entry", "a short poem or song lyrics", "a football match report", "a gardening tip",
           "a scientific abstract (biology, physics)", "a real-estate listing", "a film review", "a weather report", "a school trip notice",
           "a car review", "a personal blog about a hobby", "an agricultural harvest report", "a history article", "a pet adoption notice"]

slots = collections.defaultdict(list)   # (writer, lang) -> slots
def writers_for(lang):
    return [w for w in WRITERS if lang in w["languages"]]

def pick_genre(w):
    weights = [3 if g in w["genres"] else 1 for g in GENRES]
    return rng.choices(GENRES, weights)[0]

def pick_length(g):
    lo, hi = LENGTH[g]
    return int(round(lo * (hi / lo) ** rng.random(), -1))

def pick_sector(w):
    return w["sector"] if rng.random() < 0.4 else rng.choice(SECTORS)

def new_slot(w, lang, **kw):
    g = kw.pop("genre", None) or pick_genre(w)
    s = {"writer": w["id"], "lang": lang, "genre": g, "length": pick_length(g), "sector": pick_sector(w)}
    s.update(kw)
    slots[(w["id"], lang)].append(s)
    return s

for lang in LANGS:
    ws = writers_for(lang)
    # In-domain: 13 per (category, language), spread round-robin with a rotating start.
    for i, c in enumerate(cats):
        for k in range(13):
            w = ws[(i + k) % len(ws)]
            s = new_slot(w, lang, type="plain", program=c["program"], expected=[c["id"]])
            if c["id"] in NEGATION and rng.random() < 0.25: s["hint"] = NEGATION[c["id"]]
            elif rng.random() < 0.10: s["hint"] = "mention the award programme and that you are entering (or won) this category"
    # Contrast groups: two writers per group and language turn one of their plain slots per category into the group.
    gid = 0
    for program, groups in CONTRAST.items():
        for members, diff in groups:
            for rep in range(2):
                for attempt in range(len(ws)):
                    w = ws[(gid + rep + attempt) % len(ws)]
                    pool = slots[(w["id"], lang)]
                    picks = []
                    for m in members:
                        cand = [s for s in pool if s["type"] == "plain" and s["expected"] == [m] and s not in picks]
                        if not cand: break
                        picks.append(cand[0])
                    if len(picks) == len(members): break
                gid += 1
                g, sector = pick_genre(w), pick_sector(w)
                for s in picks:
                    s.update(type="contrast", group=f"{lang}-g{gid:03d}", difference=diff, genre=g, length=pick_length(g), sector=sector)
                    s.pop("hint", None)
    # Redirects: every ru-cca rule, 5 times in every language.
    k = 0
    for c in cats:
        for to, reason in c["redirects"]:
            src = c["id"].split(":")[1]
            for rep in range(5):
                w = ws[k % len(ws)]; k += 1
                s = new_slot(w, lang, type="redirect", program="ru-cca", filed=c["id"], expected=[f"ru-cca:{to}"],
                             trigger=TRIGGER[(src, to)])
                if rng.random() < 0.3: s["hint"] = f"say in the text that it is entered in category {c['id']} (by its name or number, as an entrant would)"
    # Plain mis-filings between near neighbours (no rule involved).
    for program, pairs in MISFILED.items():
        for j in range(MISFILED_SHARE[program]):
            exp, filed = pairs[j % len(pairs)]
            w = ws[k % len(ws)]; k += 1
            s = new_slot(w, lang, type="misfiled", program=program, filed=filed, expected=[exp])
            if rng.random() < 0.4: s["hint"] = f"say in the text that you are entering it in {filed} (by name or number: the entrant believes it fits), while the content clearly belongs in {exp}"
    # Out of domain: 86 per language, half near the domain.
    for j in range(86):
        w = ws[k % len(ws)]; k += 1
        near = j % 2 == 0
        topic = rng.choice(OOD_NEAR if near else OOD_FAR)
        program = rng.choices(["ru-cca", "lt-iba", "gr-csa", "tr-cca"], [3, 1, 1, 1])[0]
        new_slot(w, lang, type="ood", program=program, expected=[], topic=topic, near=near)

os.makedirs(f"{WORK}/slots", exist_ok=True)
total = 0
for (wid, lang), ss in sorted(slots.items()):
    rng.shuffle(ss)
    ss.sort(key=lambda s: (s.get("group") or "~", s["program"], s["expected"]))
    with open(f"{WORK}/slots/{wid}-{lang}.jsonl", "w") as f:
        for n, s in enumerate(ss, 1):
            s = {"slot": f"{wid}-{lang}-{n:04d}", **s}
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    total += len(ss)
    print(wid, lang, len(ss), sum(s["length"] for s in ss))
print("total", total)
