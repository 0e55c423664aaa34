"""Urdu, Punjabi and Bengali written in Latin letters (shared vocabulary; the MARKERS_* sets tell them apart)."""

import re

from understanding.lexicons.pickups import collected_for

MARKERS_UR = frozenset([
    "aaj", "kal", "hai", "nahi", "nahin", "school", "aa", "sakega", "sakegi", "sakenge", "shukriya", "bimar", "bukhar",
    "mera", "meri", "beta", "beti", "aur", "ki", "ka", "ke", "se", "usko", "usay", "raat", "miss", "assalam", "alaikum",
    "aoa", "jazakallah", "tabiyat", "theek", "hain", "ho", "gaya", "gayi", "thora", "jayega", "jayegi", "pohanch",
    "wajah", "liye", "tak", "aayega", "aayegi", "ghar", "rakho", "ko", "hogaya", "hogayi", "rakhein", "rakhen",
])
MARKERS_BN = frozenset([
    "tarpor", "tarpore", "niye", "dike",
    "ajke", "ashbe", "asbe", "jabe", "amra", "jacchi", "theke", "porjonto", "shokal", "shuvo", "kore", "moddhe", "ektu",
    "amar", "osustho", "pouchabe", "hobe", "apnake", "dhonnobad", "ache", "jonno", "chele", "meye",
    "onek", "jor", "jwor", "bolse", "bolche", "boleche", "basay", "bashay", "barite", "nite", "thakbe", "kintu",
    "ekhon", "koreche", "korche", "hoyeche", "geche", "gechhe", "korbe", "parbe", "jacche",
    "er", "dujonei", "abar", "ashche", "pathabo", "kalke", "shondhay", "ghumiye", "chhilam", "gese", "shobai",
    "lagbe", "dibo", "bomi", "paikhana", "parbo", "jaite", "keu", "shobar", "bachchara", "shokale", "dupure",
    "valo", "lagle", "ashbo", "hoise", "firbe", "kori", "jete", "ajke", "gotokal", "aj", "school", "hoyese", "hoyse",
    "othoba", "dise", "dekhiyechi", "pujo", "mondire", "kal", "na",
    # "ami" (I), "ekta" (one), "ase" (there is), "ekla" (alone); Sylheti "tane" (from), "nimu" (I'll take), "dimu",
    # "jaimu", "aimu" (I'll give, go, come)
    "ami", "ekta", "ase", "ekla", "tane", "nimu", "dimu", "jaimu", "aimu",
])
MARKERS_PA = frozenset([
    "sat", "sri", "akal", "ji", "aj", "kal", "hai", "nahi", "nahin", "aavegi", "aavega", "aaunge", "dhanvaad",
    "dhanyavaad", "nu", "ton", "te", "asi", "saare", "da", "di", "de", "jaana", "layi", "bukhar", "khangh", "gurdwara",
    "gurpurab", "puttar", "kudi", "munda", "ajj", "vaje", "aauga", "aaugi", "jaavange", "reha", "saadi", "sadak",
    "khang", "thand", "aunge", "vi", "haan", "jawange", "ch", "lai", "rehna", "shaamil", "veervaar", "shukarvaar",
    "ohne", "ohnu", "kitta", "keha", "gaddi", "udeek", "hor", "aauga", "vich", "ditte", "ditta", "ditti", "ghar",
    "rakho", "odo", "hoye", "ni", "ssa", "jaagdi", "hoi",
])

_DAY_WORDS = {"monday": "monday", "tuesday": "tuesday", "wednesday": "wednesday", "thursday": "thursday",
              "friday": "friday", "peer": "monday", "somvar": "monday", "mangal": "tuesday", "mangalvar": "tuesday",
              "budh": "wednesday", "budhvar": "wednesday", "jumeraat": "thursday", "jumerat": "thursday",
              "veervar": "thursday", "jumma": "friday", "juma": "friday", "shukarvar": "friday",
              "somvaar": "monday", "mangalvaar": "tuesday", "budhvaar": "wednesday", "veervaar": "thursday",
              "shukarvaar": "friday", "shukrobar": "friday", "brihoshpotibar": "thursday", "shombar": "monday",
              "mongolbar": "tuesday", "budhbar": "wednesday", "aaj": "today",
              "sombar": "monday", "somobar": "monday", "shomobar": "monday", "sukrobar": "friday",
              "brihospatibar": "thursday", "bisshudbar": "thursday",
              "aj": "today", "today": "today", "tomorrow": "tomorrow"}
_DAYS = "|".join(sorted(_DAY_WORDS, key=len, reverse=True))
_WEEKDAYS = "|".join(sorted((w for w, d in _DAY_WORDS.items() if d not in ("today", "tomorrow")), key=len,
                            reverse=True))


def _day(word: str) -> str:
    return _DAY_WORDS[word]


_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_MONTH_ABBR = "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"


def _collected_for(m: re.Match[str]) -> str:
    """ "at 12:00 dentist ke paas le jaungi" after "will be in as normal": a collection for the dentist."""
    place = ("the dentist" if m[4].startswith("dentist") else "a hospital appointment"
             if m[4] in ("hospital", "haspatal") else "the clinic" if m[4] == "clinic" else "the doctor")
    return collected_for(m, _hhmm(m[2]), place)


def _dotted_date(day: str, month: str) -> bool:
    """ "14.12" as a day and month (not a clock time such as "9.30")."""
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _day_list(m: re.Match[str]) -> str:
    """ "10 te 11 December nu" as "on 10th and 11th december"; numbers not in rising order are left as they are."""
    days = [int(d) for d in (m[1], *re.findall(r"\d+", m[2]), m[3])]
    if any(not 1 <= a < b <= 31 for a, b in zip(days, days[1:], strict=False)):
        return m[0]
    words = [_ordinal(d) for d in days]
    return f"on {', '.join(words[:-1])} and {words[-1]} {m[4]}"


_SCHOOL = r"(?:school|skool|sakool|iskul)"
_RETURN_WORDS = frozenset({"wapsi", "wapsee", "vapsi", "wapis", "wapas", "vapas", "vapis", "back", "return", "ferot"})
# words after which a day is part of a phrase ("until friday", "only today"), not a day to move after its verb
_DAY_GOVERNED = frozenset({"from", "since", "until", "till", "back", "on", "by", "after", "before", "the", "including",
                           "to", "through", "every", "next", "this", "last", "and", "or", "of", "for", "than", "only",
                           "just", "-", "–"})
_COMES = (r"(?:aavega|aavegi|aaega|aaegi|aayega|aayegi|aaenge|aayenge|aaunge|aavange|aauga|aaugi|jayega|jayegi"
          r"|jaayega|jaayegi|jaavega|jaavegi|jayenge|jaavange)")

_PICKUP_FROM = r"(?:school|skool|sakool|iskul|reception|office|front desk)"
# collecting (not bringing): "le jaungi", "lai jaana", "niye jabo", "pick kar lun gi"
_COLLECT = (r"(?:(?:(?:le|lai|lay|lain|lene|niye)(?: ke)?|laike|layke|leke|lekar|laikay) (?:ja|jaa|jab)\w*"
            r"(?: (?:gi|ga|ge))?"
            # "lain aa rahi haan", "lene aa raha hoon", "lene aaungi": coming to get him
            r"|(?:lain|laina|lainh|lene|laine|lenay) (?:(?:aa|a) (?:rahi|raha|rahe|reha|rai|ri)"
            r"(?: (?:haan|han|aan|hoon|hun|hu|hai|ae|aa|hain))?|aaungi|aaunga|aavangi|aavanga|aungi|aunga|aaenge"
            r"|aayenge|aayengi|aaoongi|aaoonga|aavange|aavangiyan|aaunge|aaange|aange|aavaange)"
            # "utha lungi" (I will pick her up)
            r"|(?:le|lai|utha|uthaa) (?:lunga|lungi|loonga|loongi|lu(?:n|on)(?: ga| gi)?|lenge|laanga|laangi|lavanga"
            r"|lavangi)"
            r"|(?:lena|laina|leni|laini|lene) (?:hoga|hogi|honge|hai|he|ae|aa|padega|padegi|parega|paina|pauga|pavega"
            r"|hovega)"
            r"|(?:chuk|chukk|chak|chakk)(?: ke| k)? (?:lavanga|lavangi|lawanga|lawangi|laanga|laangi|lavange|lawange"
            r"|lainge|laange|launga|laungi|lunga|lungi|lenge|lena|leni|lai(?: (?:ja|jaa)\w*)?)"
            r"|nite (?:ashchi|aschi|ashchhi|ashbo|asbo|aashbo|jacchi|jachchi|jabo|jaabo)"
            # "collect kar lungi" (I will collect her), as "pick kar lungi"
            r"|(?:pick(?: up)?|collect) (?:kar|kr|kor)\w*(?: (?:lun|loon|lu|lungi|lunga|laangi|laanga|lavangi|lavanga"
            r"|lenge|lange|nibo|nebo|lo|lena|leni))?(?: (?:gi|ga|ge))?)")
_DAYS_EN = "monday|tuesday|wednesday|thursday|friday"


def _hhmm(time: str) -> str:
    time = time.replace(".", ":")
    return time if ":" in time else f"{time}:00"


# romanised clock words: "saade nau" (half past nine), "sawa das" (quarter past ten), "paune ek" (a quarter to one)
_CLOCK_HOURS = {"ek": 1, "ik": 1, "ikk": 1, "do": 2, "teen": 3, "tin": 3, "tinn": 3, "char": 4, "chaar": 4, "panch": 5,
                "paanch": 5, "panj": 5, "chhe": 6, "chhey": 6, "che": 6, "chhay": 6, "saat": 7, "sat": 7, "satt": 7,
                "aath": 8, "ath": 8, "atth": 8, "nau": 9, "no": 9, "nou": 9, "das": 10, "dus": 10, "dass": 10,
                "gyarah": 11, "gyara": 11, "giyarah": 11, "gyaran": 11, "yaaran": 11, "barah": 12, "bara": 12,
                "baara": 12, "baarah": 12, "baran": 12, "baaran": 12}
_CLOCK_PLUS = {"sawa": 15, "sava": 15, "savaa": 15, "sawaa": 15, "saade": 30, "sade": 30, "sadhe": 30, "saadhe": 30,
               "sarhe": 30, "saarhe": 30, "saadey": 30, "paune": -15, "pone": -15, "paunay": -15, "pauney": -15}
_CLOCK = (rf"\b(?:({'|'.join(_CLOCK_PLUS)}) )?({'|'.join(sorted(_CLOCK_HOURS, key=len, reverse=True))}|\d{{1,2}})\b"
          r"(?: ?(baje|bajay|bajey|bje|baja|vaje|vajje|waje))?\b")


def _clock(m: re.Match[str]) -> str:
    """ "saade nau" as "9:30", "sawa das baje" as "10:15 baje"; a number word without either is left alone."""
    if not m[1] and (not m[3] or m[2].isdigit()):
        return m[0]  # "10 baje" is read as it stands
    hour = int(m[2]) if m[2].isdigit() else _CLOCK_HOURS[m[2]]
    minutes = hour * 60 + _CLOCK_PLUS.get(m[1] or "", 0)
    hour = minutes // 60 or 12  # "paune ek" is a quarter to one
    return f"{hour}:{minutes % 60:02d}" + (f" {m[3]}" if m[3] else "")


_TODAY_BEFORE = re.compile(r"\b(?:aa?jj?|ajke|aajke|today)\b")
_OTHER_DAY_BEFORE = re.compile(rf"\b(?:(?:kall?|kalke)(?! (?:raat|rat|se|ton|to|theke|sham|shaam)\b)|tomorrow"
                               rf"|parson|parso|{_WEEKDAYS}|\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTHS}))\b")


def _afternoon(m: re.Match[str]) -> str:
    """ "dopahar" as "this afternoon"; after another day named (and not today) as "in the afternoon" (of that day)."""
    before = m.string[:m.start()]
    if m[1] or _TODAY_BEFORE.search(before) or not _OTHER_DAY_BEFORE.search(before):
        return "this afternoon"
    return "in the afternoon"


def _possessive(phrase: str) -> str:
    """ "cousin di birthday party" as "cousin's birthday party"."""
    return re.sub(r"\b([a-z]+) (?:di|da|de|ki|ka|ke|er) ", r"\1's ", phrase)


def _home_late(when: str | None, event: str) -> str:
    """ "got home late from cousin's wedding"; with "kal raat" before it, "from the wedding last night"."""
    event = _possessive(event)
    if not when:
        return f"got home late from {event}"
    det = "" if "'s " in event else "the "
    return f"got home late from {det}{event} {'last night' if 'ra' in when else 'yesterday'}"


_PRONOUNS = frozenset(["us", "uss", "is", "iss", "un", "in", "oh", "o", "ai", "ehnu", "ohnu"])
_PLACES = {"daktar": "doctor", "dr": "doctor", "haspatal": "hospital", "hospitaal": "hospital"}


_ELDER = {
    **dict.fromkeys(["mummy", "mumma", "mommy", "mom", "ammi", "ammy", "ammee", "ammu", "amma", "maa", "maaji",
                     "mataji", "mata", "walida"], "mum"),
    **dict.fromkeys(["abbu", "abbo", "abba", "papa", "daddy", "walid", "pitaji", "pita"], "dad"),
    **dict.fromkeys(["bapu", "dada", "daada", "nana", "naana", "dadu", "nanu"], "grandad"),
    **dict.fromkeys(["dadi", "daadi", "nani", "naani", "bebe", "biji", "dadima", "nanima"], "grandma"),
    "husband": "husband", "wife": "wife",
}


def _elder_errand(m: re.Match[str]) -> str:
    """ "mainu mummy nu hospital appointment te le ke jaana" as "i have to take my mum to a hospital appointment"."""
    place = f"a {_PLACES.get(m[2], m[2])} appointment" if m[2] else "an appointment"
    return f"i have to take my {_ELDER[m[1]]} to {place}"


def _errand(m: re.Match[str]) -> str:
    """ "pehle Hania ko GP le ke jana hai" as "i have to take hania to the gp first"."""
    who = "him" if m[2] in _PRONOUNS else m[2]
    return f"i have to take {who} to the {_PLACES.get(m[3], m[3])}" + (" first" if m[1] else "")


# words before "da", "ki" that are not a child's name ("ammi ki doctor appointment" is the mother's, "kal ki" is
# tomorrow's)
_NOT_A_CHILD = frozenset([
    *_ELDER, *_DAY_WORDS,
    "meri", "mera", "mere", "sadi", "saadi", "sade", "saade", "sada", "saada", "sadde", "saddi", "apni", "apne", "apna",
    "hamari", "hamara", "hamare", "humari", "humara", "humare", "tuhadi", "tuhada", "aapki", "aapka", "ohna", "unna",
    "inna", "bhai", "bhaiya", "veer", "vir", "behen", "behan", "bahan", "bhen", "bhain", "chacha", "chachu", "chachi",
    "mamu", "mamoo", "mama", "mami", "khala", "khalu", "phuppo", "phuppi", "phupho", "bhua", "taya", "tai", "masi",
    "massi", "uncle", "aunty", "auntie", "family", "mrs", "mr", "miss", "sir", "school", "skool", "aaj", "aj", "ajj",
    "kal", "kall", "today", "tomorrow", "parson", "is", "us", "iss", "uss", "ki", "ka", "ke", "di", "da", "de", "mum",
    "dad", "grandma", "grandad", "brother", "sister", "baby", "one", "little",
])
_SON = frozenset(["beta", "bete", "puttar", "putt", "munda", "bacha", "bachcha", "baccha", "son"])
_DAUGHTER = frozenset(["beti", "kudi", "dhee", "bachi", "bachchi", "bacchi", "daughter"])


def _child_appointment(m: re.Match[str]) -> str:
    """ "uski 3 baje doctor ki appointment hai", "Amrit da 8:30 vaje doctor naal appointment hai" as "he has (Amrit
    has) a doctor's appointment at 3:00"; "ammi ki doctor appointment" (a grown-up's) is left as it is."""
    who = m["who"]
    if who in _NOT_A_CHILD:
        return m[0]
    subject = ("he" if not who else "my son" if who in _SON else "my daughter" if who in _DAUGHTER else who)
    place = m["place"]
    day = m["day"] or m["day2"]
    at = m["at"] or m["at2"] or m["at3"]
    return (("will be in as normal but" if m["normal"] else "") + f" {subject} has a "
            + ("dentist" if place.startswith("dentist") else "gp" if place == "gp" else "clinic" if place == "clinic"
               else "hospital" if place.startswith("h") else "doctor's") + " appointment"
            + (" tomorrow" if day in ("kal", "kall", "tomorrow") else " today" if day else "")
            + (f" at {at}" if at else "") + " ")


CANON: tuple[tuple[str, object], ...] = (
    # "ohde kann vich dard aa kal da", "bukhar kal ton ae": a symptom since yesterday (Punjabi "kal da" at the end of
    # the clause), not tomorrow
    (r"\b((?:dard|bukhar|bukhaar|taap|khansi|khaansi|khangh|khang|zukam|zukaam|nazla|ulti\w*|dast|fever|cough|pain)"
     r"\b(?: [^\s.,!?;]+){0,3}?) kall? (?:da|di|de|ton|tonh|to|tho|se)(?=\s*(?:[.,!?;]|$))", r"\1 since yesterday"),
    # "16 tarik nu wapas aaugi", "16 tareekh ko school wapis aayega", "16 tarikh se school aavegi" (back / comes in on
    # the 16th): back on that day of the month
    (r"\b(\d{1,2}) (?:tareekh|tarikh|tarik|tareek|taareekh|tarekh|date)(?: (?:nu|nun|noo|ko|kau|te|tey|se|ton|tonh))?"
     r"(?: (?:inshallah|insha allah|ji))?( (?:school|skool|sakool))?( (?:wapas|wapis|vapas|vapis|waapas|back))?"
     r"( (?:school|skool|sakool))?( (?:aa|a|aay|aav|aau|aaw|aaun|aun|aug)\w*(?: (?:ja|jaa|jay|jaay|jaav|jau|ga|gi|ge)"
     r"\w*)?)?\b(?!\s+(?:na|nahi|nahin|nai|ni)\b)",
     lambda m: f"back on the {_ordinal(int(m[1]))}"
     if 1 <= int(m[1]) <= 31 and (m[3] or (m[2] or m[4]) and m[5]) else m[0]),
    # "16 tarik nu school nahi aavegi", "20 tareekh ko shaadi hai" (on the 16th): a day of the month
    (r"\b(\d{1,2}) (?:tareekh|tarikh|tarik|tareek|taareekh|tarekh) (?:nu|nun|noo|ko|kau|te|tey)\b",
     lambda m: f"on the {_ordinal(int(m[1]))}" if 1 <= int(m[1]) <= 31 else m[0]),
    # "Musa 8 tareekh se" (from the 8th): a day of the month
    (r"\b(\d{1,2}) (?:tareekh|tarikh|tarik|tareek|taareekh|tarekh|date) (?:se|ton|tonh|theke)\b",
     lambda m: f"from the {_ordinal(int(m[1]))}"),
    # "14/12 ton 18/12 tak" (from 14/12 to 18/12): dates written with a slash, both ends included
    (r"(?<![\d/])(\d{1,2}/\d{1,2}) (?:se|ton|tonh|theke) (\d{1,2}/\d{1,2}) (?:tak|takk|taq|porjonto|porjanto)\b",
     r"from \1 to \2 inclusive"),
    # "14.12 ton 18.12 tak", "14.12 ton school nahi aavega" (from 14.12): a date written with a dot (day first), not a
    # clock time ("9.30 vaje ton")
    (r"(?<![\d:./])\b(\d{1,2})\.(\d{1,2}) (?:se|ton|tonh|theke) (\d{1,2})\.(\d{1,2})"
     r" (?:tak|takk|taq|porjonto|porjanto)\b",
     lambda m: f"from {m[1]}/{m[2]} to {m[3]}/{m[4]} inclusive"
     if _dotted_date(m[1], m[2]) and _dotted_date(m[3], m[4]) else m[0]),
    (r"(?<![\d:./])\b(\d{1,2})\.(\d{1,2})(?:\.(?:20)?\d\d)? (?:se|ton|tonh|theke)\b(?![./:]?\d)"
     r"(?! (?:baje|bajay|bje|vaje|vajje|vajay|minute|min)\b)",
     lambda m: f"from {m[1]}/{m[2]}" if _dotted_date(m[1], m[2]) else m[0]),
    # "bachche 11/12 nu school aa jaange" (the children come to school on 11/12): in as normal that day
    (r"\b(?:on )?(\d{1,2}/\d{1,2}) (?:nu|ko|nun) (?:school|skool|sakool) (?:aa|a) (?:jaange|jaange|jayenge|jaenge"
     r"|javange|jaavange|jaunge|jayega|jayegi|jaavega|jaavegi)\b(?!\s+(?:na|nahi|nahin|nai|ni)\b)",
     r"will be in as normal on \1"),
    # "wo poora din wahin hoga" (he will be there all day): at the event, not at school
    (r"\b(?:(?:woh|wo|voh|vo|oh|o|uh) )?(?:poora|pura|poore|pure|sara|saara) din (?:wahin|wahan|wahi|udhar|othe|uthe"
     r"|othe hi|uthe hi|oddhar) (?:hoga|hogi|honge|rahega|rahegi|rahenge|rahu|rahugi|hovega|hovegi|rehga|rehgi)\b",
     "he will be there all day"),
    # "scholarship ka assessment", "dakhle da test", "entrance ki exam" (the scholarship's assessment, the admission
    # test): an entrance assessment, as English has it
    (r"\b(scholarship|entrance|admission|dakhla|dakhle|dakhile|daakhle|daakhla|selection|11 ?plus|eleven plus"
     r"|grammar school) (?:ka|ki|ke|da|di|de) (assessment|exam|test|imtihan|imtehan|imtihaan|interview)\b",
     lambda m: ("entrance" if m[1].startswith(("dakh", "daakh")) else m[1]) + " "
     + ("exam" if m[2].startswith("imt") else m[2])),
    # "Guru Nanak Dev ji da prakash purab", "shaheedi diharha" (a martyrdom day), "bandi chhor divas": a Sikh holy day
    (r"\b(?:prakash|parkash|parkaash|prakaash|shaheedi|shahidi|shaheedee|joti jot) (?:purab|purb|purv|diharha|dihara"
     r"|diharda|divas|diwas|utsav)\b|\bbandi (?:chhor|chor|shor)(?: (?:divas|diwas))?\b|\bgur ?pur(?:a)?b\b"
     r"|\bgurpurv\b",
     "gurpurab"),
    # "shagan di rasam", "mangni", "kurmai", "sagai" (an engagement): a family party
    (r"\b(?:(?:shagan|shagun|sagan|mangni|mangani|kurmai|sagai|sagaai|roka|rokay)(?: (?:di|ki|da|ka) (?:rasam|rasm))?"
     r"|engagement)(?: (?:party|function|programme|program|di party|ki party))?\b",
     "engagement party"),
    # "savere poora time school rahu" (in school all morning), "subah school aayega": in for the morning
    (r"\b(?:savere|sawere|saverey|savera|subah|subha)(?: (?:poora|pura|sara|saara) (?:time|taim|waqt|samay))?"
     r" (?:school|skool|sakool)(?: (?:ch|vich|mein|me))? (?:rahu|rahugi|rahuga|rahega|rahegi|rehga|rehgi|rahegaa"
     r"|aavega|aavegi|aayega|aayegi|aauga|aaugi|aaye ga|aaye gi|aa jayega|aa jayegi)\b"
     r"(?!\s+(?:na|nahi|nahin|nai|ni)\b)", "will be in in the morning"),
    # "sade walon bus koi nai jandi" (no bus goes from our way), "koi bus nahi chalti": no bus
    (r"\b(?:koi )?bus (?:vi |bhi |o )?(?:koi )?(?:nahi|nahin|nai|ni|na) (?:jandi|jaandi|jaati|jati|chaldi|chalti"
     r"|aandi|aati|mildi|milti)\b(?: (?:hai|he|ae|aa))?", "no bus"),
    # "apne abbu ke sath" (with her dad), "apni ammi de naal": the grown-up the child travels with
    (r"\b(?:apne|apni|apna|usde|uske|uski|ohde|ohdi) (" + "|".join(_ELDER) + r")(?: (?:ji|jaan|jan))?"
     r" (?:ke|ki|de|di|da|ka) (?:sath|saath|naal|nal)\b", lambda m: f"with their {_ELDER[m[1]]}"),
    # "jab tak main Bilal ke sath hoon" (while I am with Bilal): not a span of days
    (r"\b(?:jab|jad|jadon) (?:tak|tk|takk|taq) (?:main|mai|mein|me|hum|ham|asi|assi) ([a-z]+) (?:ke|de|ki|di)"
     r" (?:sath|saath|naal|nal) (?:hoon|hun|hu|hain|haan|aan|han|hovangi|hovanga|rahungi|rahunga)\b",
     r"while i am with \1"),
    # "is layi", "is liye" (so, that is why)
    (r"\b(?:is|iss|es|ais|ays|ise) (?:liye|liya|lie|laye|layi|lai|vaaste|vaste|karke|kar ke)\b|\bisliye\b|\bislye\b",
     "therefore"),
    # "Sare 5 January nu wapas", "dono bache 5 January ko wapas aayenge" (all / both back on 5 January)
    (rf"\b(?:(sare|saare|sarey|sab|sabh)|(dono|donon|dovein|dowen|dove))(?: (?:bache|bachche|bacche|bachay|jane))?"
     rf" (\d{{1,2}})(?:st|nd|rd|th)? ({_MONTHS}) (?:ko|nu|nun|noo) (?:wapas|wapis|vapas|vapis|waapas|back)\b"
     r"(?: (?:school|skool|sakool))?(?: (?:aunge|aavange|aayenge|aaenge|aa jayenge|aa jaange|aa jaavange))?",
     lambda m: ("all" if m[1] else "both") + f" back on {m[3]} {m[4]}"),
    # "eye test hai 9:15 baje, phir school aa jayegi" (then she will come to school): in after it, not in as normal
    (rf"\b(?:phir|fir|phr|uske baad|us ke baad|uske bad|ohde baad|ohde bad|odon baad|baad mein|baad ch|baad vich)"
     # (and the future in all its spellings: "aa jauga", "aa jaugi", "aa jaange", "aa jaye gi")
     rf" (?:(?:woh|wo|oh|o|uh) )?{_SCHOOL} (?:(?:aa|a) (?:jayegi|jayega|jaegi|jaega|jayenge|jaenge|jaayegi|jaayega"
     r"|jaavegi|jaavega|javegi|javega|jaavange|javange|jauga|jaugi|jaunge|jaange|jaye (?:ga|gi|ge)|jau)|aayegi|aayega"
     r"|aayenge|aaegi|aaega|aaenge|aavegi|aavega|aavange|aaugi|aauga|aaunge)\b(?!\s+(?:na|nahi|nahin|nai|ni)\b)",
     "then she will come to school"),
    # "main Simran nu kalli nahi chhad sakdi" (I can't leave Simran alone), "Harjot nu school chhadan nahi aa sakdi"
    # (I can't come to drop Harjot at school): the sibling kept home
    (r"\b(?:(?:main|mai|me|mein) )?([a-z]+) (?:nu|ko|noo|nun) (?:kalla|kalli|kalle|akela|akeli|akele|ikalla|ikalli)"
     r" (?:nahi|nahin|nai|ni) (?:chad|chhad|chhadd|chhod|chod|chhor|chor)\w*"
     r"(?: (?:sakdi|sakda|sakti|sakta|sakde|sakte))?(?: (?:haan|han|hoon|hun|aan))?"
     r"(?=( (?:te|tey|aur|or|and) [a-z]+ (?:nu|ko|noo|nun) (?:school|skool|sakool) )?)",
     lambda m: f"i can't leave {m[1]} alone" + (" so" if m[2] else "")),
    # "main usko akela nahi chhor sakti", "ohnu kalli chhad ke nahi ja sakdi" (I can't leave her alone): the sibling
    # kept home
    # (a comma before it ends the clause about the ill child: "Zainab ko bukhar hai, main usko ...")
    (r"(,\s*)?\b(?:(?:main|mai|me|mein) )?(?:usko|us ko|usay|usey|use|usse|unko|un ko|inko|isko|is ko|unhe|ohnu"
     r"|onu|ohnoo|usnu|usnoo|ehnu|ohnu vi) (?:kalla|kalli|kalle|akela|akeli|akele|ikalla|ikalli)"
     r"(?: (?:chad|chhad|chhod|chod|chhor|chor)(?: ke| kar| k)?)? (?:nahi|nahin|nai|ni)"
     r" (?:chad|chhad|chhadd|chhod|chod|chhor|chor|ja|jaa)\w*"
     r"(?: (?:sakdi|sakda|sakti|sakta|sakde|sakte|sakungi|sakunga|sakdi ae|sakti hoon))?"
     r"(?: (?:haan|han|hoon|hun|aan))?\b", lambda m: ("; " if m[1] else "") + "i can't leave her alone"),
    (r"\b(?:(?:te|tey|aur|or|and) )?(?:(?:main|mai|me|mein) )?([a-z]+) (?:nu|ko|noo|nun) (?:school|skool|sakool)"
     r" (?:chhadan|chhaddan|chadan"
     r"|chaddan|chhadne|chhodne|chodne|chhorne|chorne|chhodan|chhod ke|chhad ke|chhor ke|le ke|lai ke|lekar|le kar)"
     r"(?: (?:vi|bhi))? (?:nahi|nahin|nai|ni) (?:aa|ja|jaa)\w*(?: (?:sak|pa)\w*)?", r"i can't bring \1 to school"),
    # "bimar bache ko le kar usko school chhorne nahi ja sakti" (with the ill child along I can't go to drop her at
    # school): the brother or sister is ill, the child named is kept home for it
    (r"\b(?:bimar|beemar|bimaar|bemar|bemaar)(?: (?:wale|wala|vale|wali|vali))? (bache|bachay|bachche|bacche|bachcha"
     r"|bacha|baccha|bachi|bachchi|bacchi|beta|bete|beti|bhai|bhaiya|veer|behen|behan|bahan|bhen|bhain|munde|munda"
     r"|kudi|puttar|baby)(?: (?:ko|nu|noo|nun))?(?: (?:bhi|vi))? (?:(?:saath|sath|naal|nal) )?(?:le kar|le ke|lekar"
     r"|leke|lai ke|laike|lay ke|le k|lai k)\b",
     lambda m: "with her ill " + ("sister" if m[1] in ("bachi", "bachchi", "bacchi", "beti", "behen", "behan", "bahan",
                                                      "bhen", "bhain", "kudi") else "brother")),
    # "usko school chhorne nahi ja sakti", "ohnu school chhadan nahi aa sakdi" (I can't go to drop her at school)
    (r"\b(?:(?:te|tey|aur|or|and) )?(?:(?:main|mai|me|mein) )?(?:usko|us ko|usay|usey|use|isko|is ko|unko|un ko|inko"
     r"|ohnu|onu|ohnoo|usnu|ehnu|ehnoo) (?:school|skool|sakool) (?:chhadan|chhaddan|chadan|chaddan|chhadne|chhodne"
     r"|chodne|chhorne|chorne|chhodan|chhod ke|chhad ke|chhor ke|le ke|lai ke|lekar|le kar)"
     r"(?: (?:vi|bhi))? (?:nahi|nahin|nai|ni) (?:aa|ja|jaa)\w*(?: (?:sak|pa)\w*)?", "i can't bring her to school"),
    # "10 te 11 December nu", "10, 11 aur 12 December ko" (on the 10th and the 11th): every day of the list, in order
    (rf"(?<![\d:./])\b(\d{{1,2}})(?:st|nd|rd|th)?((?:,? \d{{1,2}}(?:st|nd|rd|th)?)*),? (?:te|tey|ate|aur|and|&)"
     rf" (\d{{1,2}})(?:st|nd|rd|th)? ({_MONTHS})(?: (?:ko|nu|nun|noo))?\b", _day_list),
    # "hum 16 December ko Pakistan ja rahe hain" (on 16 December we go); a weekday before the date ("Tuesday 16
    # December ko school nahi aaye gi") is read further on
    (rf"\b((?:[a-z]+,? )?)(\d{{1,2}})(?:st|nd|rd|th)? ({_MONTHS}) (?:ko|nu|nun|noo)\b",
     lambda m: m[0] if m[1].rstrip(", ") in _DAY_WORDS or m[1].rstrip(", ") in _RETURN_WORDS
     else f"{m[1]}on {m[2]} {m[3]}"),
    # "phir January mein wapis" (then back in January; "January mein wapas aayenge", with its verb, is read further on)
    (rf"\b(?:(?:phir|fir|phr) )?({_MONTHS}) (?:mein|me|main|mai|vich|ch) (?:wapis|wapas|vapas|vapis|back)\b"
     r"(?! (?:aa|a|aay|aav|aau|aaw|ja|jaa|pohanch|pahunch)\w*)",
     r", then back in \1"),
    # "Eshal 15 tak school aye gi" (Eshal comes to school until the 15th): a day of the month (13 and over, never an
    # hour) the child still attends before the absence the message gives
    (r"\b(?:1[3-9]|2\d|3[01])(?:st|nd|rd|th)?(?: (?:tarikh|tareekh|tarik|date))? (?:tak|takk|taq|tk) (?:school|skool)"
     r" (?:aa?y|aa?v|aa?u|aa?t)\w*(?: (?:ga|gi|ge|gaa|gee))?\b", "comes to school until then"),
    # "assi saari family ... jaa rahe haan", "hum puri family ... ja rahe hain": the whole family goes
    (r"\b(?:(?:assi|asi|hum|ham) )?(?:saari|sari|saara|sara|puri|poori|poora|pura) (?:family|fammily|parivaar|parivar"
     r"|ghar ?wale|tabbar)\b", "the whole family"),
    # Bengali "amar choto meye ta jor, tai Arif ke school e dite parbo na": the little one ill is a brother or sister
    # when the message says another child cannot be taken to school
    (r"\b(?:amar |amader )?(?:choto|chhoto|chotto) (chhele|chele|meye|mey)(?: ?(?:ta|ti|tar|r))?\b"
     r"(?=[^.]*\b\w+ ?ke (?:(?:aaj|aj|ajke|aajke|today) )?(?:school|skul|iskul)(?: ?e)? (?:dite|diye ashte|niye jete"
     r"|pathate|pouchate|pouche dite) (?:parbo|parchi|pari|parbona|parchina) ?na?\b)",
     lambda m: f"his little {'brother' if m[1].startswith('ch') else 'sister'} has"),
    # "childminder bimar hai" (the childminder is ill): not the child; "chhote baby nu sambhaalan layi" (to mind the
    # baby)
    (r"\b(?:the )?(?:childminder|child minder|nanny|babysitter|baby sitter|aaya|ayah)(?: (?:bhi|vi|o|ta|ti))?"
     r" (?:bimar|beemar|bemar|bimaar|sick|ill|asustho|oshustho)(?: (?:hai|ae|he|aa|hoye gese|hoyeche|ho gayi))?\b",
     "the childminder is ill"),
    (r"\b(?:(?:chhote|chhoti|chota|chhota|choti|chote|nikke|nikki|chhoto) )?(?:baby|bachche|bache|bacche)"
     r"(?: (?:nu|ko|ke))? (?:sambhaalan|sambhalan|sambhalne|sambhaalne|sambhaalna|sambhalna|dekhne|dekhan|dekhbhal)\w*"
     r"(?: (?:layi|lai|ke liye|liye|vaaste|vaste))?\b", "to look after the baby"),
    # a grown-up's appointment the parent takes them to: "mainu mummy nu hospital appointment te le ke jaana", "ammi ko
    # doctor ke paas le ke jana hai" (the child is not the patient; not an emergency either)
    (r"\b(?:(?:mainu|menu|mennu|mujhe|mujhay|main|mai|mein|asi|assi|hum|ham) )?(?:(?:meri|mere|mera|hamari|hamare"
     r"|sadi|sade|saadi|saade|sadde|saddi) )?(?:(?:apni|apne|apni) )?(" + "|".join(_ELDER) + r")(?: ?(?:ji|jaan|jan))?"
     r" (?:ko|nu|noo|nun)(?: (?:apni|apne|ohdi|ohde|unki|unke|uski|uske|ki|di))?"
     r" (?:(hospital|haspatal|hospitaal|doctor|daktar|dr|gp|dentist|clinic)"
     r"(?: (?:ke paas|ke pas|kol|de kol|wali|vali|aali|di|ki|da|ka))? )?"
     r"(?:appointment|appt|check ?-?up|scan|test|operation)\w*(?: (?:te|tey|pe|par|ch|vich|mein|me|lai|layi|ke liye))?"
     r" (?:le|lai|lay)(?: ke| kar| k)? (?:jana|jaana|jaan|jaavanga|jaavangi|jaungi|jaunga|javangi|javanga)\b"
     r"(?: (?:hai|he|ae|aa|pau|pauga|paina|padega|pavega|hoga|hogi))?", _elder_errand),
    # "Abdullah ki ammi ki tabiyat achanak bohat kharab ho gayi, ambulance unko hospital le gayi": a grown-up taken ill
    # and carried to hospital by ambulance is the family's emergency (however long the clause before the hospital)
    (r"\b(?:(?:meri|mere|mera|hamari|hamare|humari|humare|sadi|sade|saadi|saade|sadde|saddi) )?(?:"
     + "|".join(_ELDER) + r")(?: (?:ji|jaan|jan|sahab|sahib|sahiba))? (?:ki|di|ka|da|ko|nu)"
     r"(?= (?:tabiyat|tabiat|tabeeyat|tabeeat|sehat|sehet|halat|haalat)\b)[^.!?]{0,80}?\bambulance\b"
     r"[^.!?]{0,40}?\b(?:hospital|haspatal|hospitaal|aspatal|a&e)\b[^.!?,]*",
     "my mother was rushed to hospital"),
    # a parent, grandparent or spouse taken ill into hospital: a family emergency ("meri ammi ko raat heart attack hua
    # hai aur wo hospital mein hain", "saade dadi ji nu haspatal lai ke gaye"); not their appointment, not "ammi ke
    # saath" (the child's own visit with her)
    (r"\b(?:(?:meri|mere|mera|hamari|hamare|humari|humare|sadi|sade|saadi|saade|sadde|saddi|amar|amader) )?"
     r"(?:ammi|ammy|ammee|ammu|amma|ammi jaan|ammi jan|walida|waalida|walidah|mummy|mama ji|maa ji|abbu|abbo|abba"
     r"|abu ji|abbu jaan|walid|waalid|papa|daddy|dadi|daadi|dadima|nani|naani|nanima|dada|daada|nana|naana|nanu|dadu"
     r"|bebe|biji|bapu|bapu ji|mata ji|pita ji|mataji|pitaji|saas|sasur|susar|shohar|khawand|biwi|begum|gharwali"
     r"|ghar wali|gharwala|ghar wala|husband|wife)(?: (?:ji|jaan|jan|sahab|sahib|saab|sahb|sab))?"
     r" (?:ko|nu|nun|ki|ka|di|da|ke|ra|er)\b(?! (?:saath|sath|nal|naal|shathe|sathe)\b)"
     r"(?=[^.!?]{0,50}?\b(?:hospital|haspatal|hospitaal|aspatal|a&e|hashpatal|icu|intensive care)\b)"
     r"(?![^.!?]*\b(?:appointment|appt|check ?-?up|checkup|scan|test|visit|milne|dekhne)\b)"
     r"[^.!?]{0,50}?\b(?:hospital|haspatal|hospitaal|aspatal|a&e|hashpatal|icu|intensive care)\b[^.!?,]*",
     "my mother was rushed to hospital"),
    # "mere abbu ko raat heart attack hua", "saade dada ji nu stroke hoya", "walida sahiba ko dil ka daura para": a
    # grown-up's heart attack or stroke (no hospital named) is the family's emergency too
    (r"\b(?:(?:meri|mere|mera|hamari|hamare|humari|humare|sadi|sade|saadi|saade|sadde|saddi) )?(" + "|".join(_ELDER)
     + r")(?: (?:ji|jaan|jan|sahab|sahib|saab|sahb|sahiba))? (?:ko|nu|nun|noo) ((?:[a-z]+ ){0,3}?)"
     r"(heart attack|hart attack|heart atack|stroke|dil (?:ka|da|de) (?:daura|dora|doura|dorah))\b"
     r"(?: (?:hua|huwa|hoya|hoiya|hoyeya|ho gaya|para|pada|parha|pya|peya|paya|aaya|aya)\b)?",
     lambda m: f"my {_ELDER[m[1]]} had a {'stroke' if m[3] == 'stroke' else 'heart attack'} {m[2]}"),
    # "recovery wait kar rahe haan", "recovery wale aa rahe ne": waiting for the breakdown truck (not getting better)
    (r"\brecovery(?: (?:truck|van|wale|wali|wala|vale|vali|aale|aali|gaddi|gaadi|ka|ki|da|di|nu|ko))*"
     r" (?:wait|intezar|intezaar|intazar|intzar|udeek|udeekh)\w*(?: (?:kar|kr|kor)\w*)?"
     r"(?: (?:rahe|rahi|raha|reha|rahay|rae))?(?: (?:hain|hai|haan|han|aan|ne|he|aa))?",
     "waiting for the breakdown truck"),
    (r"\brecovery (?:truck|van|wale|wali|wala|vale|vali|aale|aali|gaddi|gaadi)\b", "the breakdown truck"),
    # "mainu sab nu naal le ke jaana paina", "sab bachchon ko saath le ke jana padega" (I have to take them all with
    # me): every child taken along (not a child called "sab")
    (r"\b(?:(?:mainu|menu|mennu|mujhe|mujhay|main|mai|mein|asi|assi|hum|ham) )?(?:sab|sabh|sabhi|saare|sare|sareyan"
     r"|saareyan|sarian|dono|donon|dovein|teeno|teenon|tinno)(?: (?:bachche|bachchon|bachon|bache|bacheyan|bachcheyan"
     r"|bachay|jane|janeyan))? (?:nu|ko|noo|nun)(?: (?:bhi|vi|bi))?(?: (?:apne|mere|sade|saade|hamare|humare))?"
     r" (?:saath|sath|naal|nal) (?:le|lai|lay)(?: ke| kar| k)? (?:ja|jaa|jaan|jana|jaana)\w*"
     r"(?: (?:rahe|rahi|raha|reha|paina|pauga|padega|hoga|pavega|ge|gi|ga))?(?: (?:hain|hai|haan|han|aan|ae|aa))?",
     "i have to take them all with me"),
    # "Zoya ko bhi saath le ja rahe hain", "Fateh nu vi naal le ke jaana paina": a child taken along (not at school)
    (r"\b([a-z]+) (?:ko|nu|nun|noo)(?: (?:bhi|vi|bi))?(?: (?:apne|mere|sade|saade|hamare|humare))?"
     r" (?:saath|sath|naal|nal) (?:le|lai|lay)(?: ke| kar| k)? (?:ja|jaa|jaan|jana|jaana)\w*"
     r"(?: (?:rahe|rahi|raha|reha|paina|pauga|padega|hoga|pavega|ge|gi|ga))?(?: (?:hain|hai|haan|han|aan|ae|aa))?",
     lambda m: f"{m[1]} has to come with us too"),
    # "usay pick karne wala koi nahi", "school ton pick karan wala koi nahi": no one to collect the child
    (r"\b(?:(?:usay|usko|use|usse|usnu|ohnu|onu|isko|unko|inko|[a-z]+ (?:ko|nu)) )?"
     r"(?:(?:school|skool|sakool) (?:se|ton|to|theke) )?(?:pick(?: up)?|collect|lene|laine|lain|laina|lena)"
     r"(?: (?:karne|karan|karn|kar ne|krne|karna))? (?:wala|wali|vala|vali|aala|aali|waala|waali) koi"
     r"(?: (?:aur|hor|bhi|vi))? (?:nahi|nahin|nai|ni)\b(?: (?:hai|he|ae|aa))?", "there is no one to pick her up"),
    # "wapsi late hogi" (we will get back late)
    (r"\b(?:wapsi|wapasi|vapsi|vapasi|waapsi)(?: (?:bhi|vi))? (?:late|der se|der naal|dair naal|der|dair)"
     r" (?:hogi|hoegi|hovegi|howegi|ho jayegi|ho jaegi|ho jaavegi|hougi|hoyegi)\b", "we will get back late"),
    # "Sana apne time pe chhutti karegi" (Sana finishes at her usual time): in school as normal, not a day off
    (r"\b(?:apne|apni|apna|normal|roz ke|roz de|aam|usual) (?:time|taim|waqt|samay|vele|wele)"
     r"(?: (?:pe|par|te|tey|per|ch))? (?:chh?utti|chh?uti) (?:karegi|karega|karenge|karugi|karuga|karange|hogi"
     r"|hoegi|hovegi|kar lega|kar legi)\b", "will be in as normal"),
    # "Gurnoor apne papa naal baad ch aavegi" (comes later with her dad): joins the trip later, not in school as normal
    (r"\b(?:baad|baadh|bad|pichhon|pichon|later) (?:ch|vich|mein|me|main|nu|ko) (?:aavegi|aavega|aayegi|aayega"
     r"|aavange|aayenge|aaugi|aauga|aaunge|aaegi|aaega|aaenge|aa jayegi|aa jayega|aa jayenge|aa jaavegi|aa jaavega"
     r"|jaavegi|jaavega|jayegi|jayega|jaavange|jayenge)\b", "will follow later"),
    # "Sara ko main late drop karoongi": that child is dropped off late
    (r"\b([a-z]+) (?:ko|nu|nun) (?:(?:main|mai|mein|asi|assi|hum) )?(?:late|der se|der naal|dair naal)"
     r" (?:drop|chhod|chod|chhad|chad|chhor|chor)(?: (?:kar|kr|ke|k))?\w*(?: (?:gi|ga|ge|dungi|dunga|dangi|danga))?",
     lambda m: f"{m[1]} will be late, i will drop her off"),
    # "bachi nu zukaam ae" (the girl has a cold), "bacha ko bukhar hai": the child
    (r"\b(?:bachi|bachchi|bacchi)\b(?= (?:nu|nun|ko|ki|di|da|ka|ne)\b)", "my daughter"),
    (r"\b(?:bacha|bachcha|baccha)\b(?= (?:nu|nun|ko|ki|di|da|ka|ne)\b)", "my son"),
    # "wiladat" (a holy figure's birth anniversary), "imambargah", "majlis": a religious observance
    (r"\b(?:wiladat|wiladaat|veladat)\b", "religious festival"), (r"\b(?:imambargah|imambara|imam bargah)\b", "mosque"),
    (r"\b(?:majlis|majalis)\b", "religious gathering"),
    # "Zayd normal thakbe" (Zayd will be there as normal); "ekta check up" (a check-up)
    (r"\b(?:normal|shadharon|sadharon|shadharonbhabe|sadharonbhabe)(?: ?bhabe)? (?:(?:school|skool) ?e? )?"
     r"(?:thakbe|ashbe|asbe|aashbe|jabe)\b(?!\s*(?:na|nah?i)\b)", "will be in as normal"),
    (r"\b(?:ekta|ekti)\b", "a"),
    # "kichu din basay thakte" (to stay home for a few days)
    (r"\b(?:kichu|koek|kuch|kujh) (?:din|dino|dinon)\b", "for a few days"),
    # "morning ch school nahi aavega": not in in the morning
    (r"\b(?:morning|subah|savere|sakale) (?:ch|vich|mein|me|main|nu|ko|e) (?:(?:school|skool) (?:e )?)?"
     r"(?:nahi|nahin|nai|ni|na) (?:aavega|aavegi|aayega|aayegi|aaega|aaegi|aauga|aaugi|aayenge|aavange|ashbe|jabe)\b",
     "won't be in in the morning"),
    (r"\bmorning (?:ch|vich|mein|me|main|nu|ko|e)\b", "in the morning"),
    # "agle Tuesday se school nahi aayenge" (from next Tuesday they won't come in), "agle Monday" (next Monday)
    (rf"\b(?:agle|agla|agli|aglay|agley|agale|aglae)\s+({_WEEKDAYS})\b(?:\s+(?:se|ton|theke)\b"
     r"(?!\s+(?:(?:school|skool|sakool)\s+)?(?:aa|aay|aav|aau|aaun|ashbe|asbe)\w*\b(?!\s+(?:na|nahi|nahin|nai|ni)\b)))?",
     lambda m: ("from next " if re.search(r"\s(?:se|ton|theke)$", m[0]) else "next ") + _day(m[1])),
    # "January mein wapas aayenge" (they come back in January); "January mein jab school khulega tab wapas aayega",
    # "January vich jadon school khulu odon aavegi", "January mein school khulne par wapas aayega" (back in January,
    # when school reopens)
    # "naye saal mein wapas aayegi", "nave saal vich aavega" (back in the new year): after the end of term too
    (rf"(?<!\d )\b({_MONTHS}|(?:new|naye|naya|nae|nave|navein|nawe|navay) (?:year|saal|sal|vareh|varhe))"
     r"\s+(?:mein|me|main|mai|vich|vichh|ch|nu|ko|e)\s+"
     r"(?:(?:(?:jab|jadon|jado|jidon|jiddan|jad) (?:school|skool|sakool)(?: (?:dobara|dubara|dubaara|phir|fir|mud"
     r"|dubara se))? (?:khul|khull)\w*(?: (?:jayega|jayegi|jaega|jaegi|jaavega|javega|jau|jaauga|ga|gi|ge))?,?"
     r"(?:\s+(?:tab|tabhi|to|tau|tou|odon|odo|ohdon|tadon|tado|taan|tan))?"
     r"|(?:school|skool|sakool)(?: (?:dobara|dubara|dubaara|phir|fir|mud))? (?:khulne|khulnay|khulan|khullan|khulde"
     r"|khulte|khulan te|khulanh)(?: (?:pe|par|te|tey|hi|ke baad|ton baad|de baad|to|tou))?),?\s+)?"
     r"(?:(?:wapas|wapis|vapas|vapis|waapas|back)\s+)?"
     r"(?:(?:school|skool|sakool)\s+)?(?:aayenge|aaenge|aayega|aayegi|aavange|aavega|aavegi|aaunge|aauga|aaugi"
     r"|ayenge|ayega|ayegi|aaegi|aaega|avegi|avega|aaye gi|aaye ga|aayen ge|aayein ge|aayeinge"
     r"|aa jayenge|aa jaenge|aa jayega|aa jayegi|aa jaange|aa javange|ashbe|asbe|firbe|fire ashbe)\b"
     r"(?!\s+(?:na|nahi|nahin|nai|ni)\b)",
     lambda m: f"back in {m[1]}" if " " not in m[1] else "back in the new year"),
    # "appointment ke baad woh lunch se pehle wapas school aa jayegi": in after the appointment (before lunch)
    (r"\b((?:appointment|appt|check ?-?up|scan|dentist|doctor|clinic|hospital) (?:ke|de|ton|to|er|ki|di)"
     r" (?:baad|bad|baadh|pore|por|magron|pichhon)(?: (?:woh|wo|oh|o|uh))?) (?:lunch|khane|khana|break|roti)"
     r" (?:se|ton|to|er) (?:pehle|pahle|pehla|aage|agey|age)\b", r"\1"),
    # "nana nani kol ja rahe aan" (we are going to the grandparents'), "dadi ke dekhte" (to see grandma)
    (r"\b(?:nana nani|dada dadi|nani|nana|dadi|dada)(?: ji)? (?:kol|kolon|ke ghar|de ghar|ke paas|ke dekhte)"
     r"(?: (?:ja|jaa) (?:rahe|rahi|reha|rahe han|rahe aan))?(?= |[.,!?]|$)", "visiting grandparents"),
    # "Amritsar ... ja rahe aan": a city in India or Pakistan is a trip abroad
    (r"\b(?:amritsar|jalandhar|ludhiana|lahore|mirpur|sialkot|jhelum)\b(?= [^.!?]{0,40}visiting grandparents)",
     "travelling to india"),
    # "dhanvaad" at the end, with nothing before it: thanks
    (r"(?<![a-z] )\b(?:dhanvaad|dhanyavaad|dhanyavad|dhanwad|dhannvaad)\b", "thanks"),
    # "dedh baje" (half past one), "saade nau tak" (by half past nine)
    (r"\b(?:dedh|derh|dherh|deedh) (?:baje|bajay|bje|vaje|waje)\b", "1:30 baje"),
    (r"\b(?:dhai|dhaai|dhaee|arhai|adhai|dhaiyan) (?:baje|bajay|bje|vaje|waje)\b", "2:30 baje"),
    (_CLOCK, _clock),
    # "kal ja parson" (tomorrow or the day after), "Monday ya Tuesday": alternatives
    (rf"\b(kall?|parson|parso|{_DAYS}) (?:ja|jaa|ya|yaa) (kall?|parson|parso|{_DAYS})\b", r"\1 or \2"),
    # "Monday ko subah 10 baje": that morning
    (rf"\b({_DAYS})\s+(?:(?:ko|nu|e|te)\s+)?(?:subah|subha|savere|sawere|saverey|savera|sakale|shokale|sokale)\b",
     lambda m: "this morning" if _day(m[1]) == "today" else f"{_day(m[1])} morning"),
    # "Thursday 17 December nu savere", "17 December ko subah": the morning of that date
    (rf"\b((?:(?:{_DAYS_EN}) )?\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTHS})(?: \d{{4}})?)\s+(?:(?:ko|nu|nun|e|te)\s+)?"
     r"(?:subah|subha|savere|sawere|saverey|savera|sakale|shokale|sokale)\b", r"\1 morning"),
    # "cousin di birthday party ton bahut late aaye": came home late from it (not late for school); "kal raat wedding
    # ton der naal aaye": from the wedding last night
    (r"\b(?:(kall? raat|kall? rat|raat|kall?) )?((?:[a-z]+ (?:di|da|de|ki|ka|ke|er) )?(?:[a-z]+ ){0,2}?(?:party"
     r"|wedding|shaadi|shadi|viah|vyah|viaah|vyaah|function"
     r"|dawat|daawat|mehndi|birthday|programme|program))\s+(?:ton|tonh|thon|se|to|theke)\s+(?:(?:bahut|bohat|bohot"
     r"|boht|kaafi|kafi|der) )?(?:late|der (?:se|naal)|raat nu|raat ko|raat) (?:aaye|aayi|aaya|aae|aai|aye|ayi|aya"
     r"|aa gaye|aa gayi|a gaye|pahunche|pohanche|wapas aaye|ghar aaye|laute|lautay)\b(?: (?:si|san|the|thay|thi))?",
     lambda m: _home_late(m[1], m[2])),
    # a broken arm or wrist: "kalai toot gayi", "baazu fracture ho gaya", "haat bhenge feleche"
    (r"\b(?:haath|haat|hath|bazu|baazu|baju|bazoo|kalai|kalaai|kalayi|wrist|taang|tang|tangh|pair|paon|paer|bahn"
     r"|baanh|baah|ungli|ungal|gitta|gitte|haddi|arm|leg|ankle)\b(?: (?:ki|di|er) haddi)?"
     r" (?:toot|tut|tutt|fracture|bhenge|bheng|bhang|bhange)\w*(?: (?:ho|hoye|hoya))?"
     r"(?: (?:gaya|gayi|gai|gya|gyi|geya|gayia|feleche|felechhe|gese|geche|gechhe))?(?: (?:hai|ae|aa))?",
     "broke his arm"),
    # a sprain: "gitta moch gaya", "gitta mud gaya" (the ankle twisted), "pair vich moch aa gayi", "paye mochke geche",
    # "ankle sprain ho gaya"
    (r"\b(?:gitta|gitte|gita|gite|ankle|pair|paon|paer|pao|pa|paye|kalai|kalaai|wrist|haath|hath|haat|ungli|ungal"
     r"|goda|godda|gotta|ghutna|knee)\b(?: (?:da|di|de|ka|ki|ke|er|vich|ch|mein|me|te|e))?"
     r" (?:(?:moch|mochh|mochk|sprain)\w*|mud|mudd|mur|murr|mudeya|mudiya|mureya|muriya)"
     r"(?: (?:aa|a|ho|hoye|hoya|lag|lagg|kha|khaa)\w*)?"
     r"(?: (?:gaya|gayi|gai|gya|gyi|geya|gayia|geche|gechhe|gese|gayi hai|gaya hai|gai ae|gaya ae))?"
     r"(?: (?:hai|ae|aa))?",
     "sprained his ankle"),
    (r"\b(?:moch|mochh)\b(?: (?:aa|a|ho|hoye|hoya) (?:gaya|gayi|gai|gya|gyi|geya))?", "sprained"),
    # "moch gaya kal football khedde hoye": a perfective verb just before "kal" (and no future in that sentence) makes
    # it yesterday
    (r"\b(gaya|gayi|gaye|gai|gya|gyi|geya|hua|hui|hue|hoya|hoyi|sprained his ankle|broke his arm)\s+kall?\b"
     r"(?!\s+(?:raat|rat|raate|rate|shaam|sham|subah|savere|tak|takk|se|ton|to|nu|ko)\b)"
     r"(?![^.!?,]*\b(?:\w+(?:ega|egi|enge|unga|ungi|aange|ange|anga|angi|ugi|uga|ogi|oga)|ga|gi|ge|gay|gey"
     r"|jaana|jana|aana|chh?utti|leave|school|skool)\b)", r"\1 yesterday"),
    # "sorry miss amader ...", "salam miss Rahim ...": "miss" addresses the teacher (not "miss" school); also after
    # "AoA", "slm", "assalam o alaikum", "sat sri akal" ("AoA miss Hamza ka ...": Hamza is the child, not Miss Hamza)
    (r"\b(sorry|sory|sorri|salam|salaam|assalamualaikum|assalamu alaikum|alaikum|alaykum|alaikom|alikum|aoa|slm"
     r"|akal|namaste|hi|hello|good morning|good afternoon|good evening|adab|nomoskar|ji)"
     r" (miss|sir|madam|mam|maam)\b(?![,.!?:])", r"\1 \2,"),
    # "Miss Ellie ka bohat shukriya": thanks to the teacher (not "miss" school)
    # "Miss Hughes nu mera bahut dhanvaad keh dena" (give Miss Hughes my many thanks)
    (r"\b(miss|sir|mrs|mr|ms|madam|teacher|ustad|ustani)((?: [a-z]+)?) (?:ka|ki|ke|da|di|de|ko|nu|er|ke liye|layi|lai)"
     r"(?: (?:mera|meri|mere|sada|sadi|saada|saadi|sadda|saddi|hamara|hamari|humara|humari|meri taraf se"
     r"|hamari taraf se|saadi taraf ton|sadi taraf ton))?"
     r"(?: (?:bohat|bahut|bohot|boht|bht|bhot|buhat|dil se|onek|anek))* (?:shukriya|shukria|shukriyah|shukrya"
     r"|dhanvaad|dhanyavaad|dhanyavad|dhanwad|dhonnobad|thanks|thank you)\b", r"thank you \1\2"),
    # a day taken back mid-sentence: "Thursday nu... nahi sorry, Friday nu" (only the second day stands)
    (rf"\b(?:{_DAYS})(?: (?:nu|ko|te|e|ke))?\s*(?:\.{{2,}}|…|,|-)\s*"
     r"(?:nahi|nahin|nai|na|no|sorry)\b(?: sorry| maaf\w*)?[,.!]?\s*(?=\w)", ""),
    # "kal ka bata doongi", "Tuesday er kotha pore janabo", "kal da main dass dungi": I will let you know about that day
    (rf"\b(kall?|kalke|parson|{_DAYS}) (?:ka|ki|da|di|er|r) (?:(?:kotha|baare|bare) )?"
     r"(?:(?:main|mai|mein|asi|assi|asin|hum|ham|ami) )?"
     r"(?:(?:baad|pore|por) (?:mein|me) |(?:pore|por|kal|kalke|kall|aj|aaj|ajke|aajke|rate|raate|bikele|shondhay"
     r"|sokale|shokale) )?(?:bata|batan|dass|das|janabo|janiye dibo|jana|jaanabo|janiye debo|janate)\w*"
     r"(?: (?:doongi|dungi|dunga|doonga|denge|dewangi|dawange|deyange|dibo|debo|gi|ga|ge))?",
     lambda m: f"i will let you know about {_DAY_WORDS.get(m[1], 'tomorrow')}"),
    # "kal se bukhar hai", "kal ton khangh ae": a symptom since yesterday (present tense, nothing future in the clause)
    (r"\bkall? (?:se|ton|to|tho)\b(?=(?: [^\s.,!?]+){0,4}? (?:bukhar|bukhaar|khansi|khaansi|khangh|khang|ulti\w*"
     r"|dast|dard|zukam|zukaam|nazla|bimar\w*|beemar\w*|tabiyat|tabiat|infection|fever|cough|pain"
     r"|pet|pait|dhid|kharab|kharaab|khrab|d&v|d ?& ?v|vomit\w*|loose motion\w*|temperature|sick|poorly)\b)"
     r"(?=[^.,!?]*\b(?:hai|ae|aa|hain|ne|han|he|rahi|rahe|raha)\b)"
     r"(?![^.,!?]*\b(?:\w+(?:ega|egi|enge|unga|ungi|uga|ugi)|ga|gi|ge|chh?utti|leave|school|skool)\b)",
     "since yesterday"),
    # "kal se bohat barh gayi hai", "kal ton vadh gaya ae": a present perfect with "kal se" is since yesterday
    (r"\bkall? (?:se|ton|tho)\b(?=[^.,!?]*\b(?:gaya|gayi|gaye|gai|gya|gyi|geya|gayii|hua|hui|hue|hoya|hoyi|hoye)"
     r" (?:hai|he|hain|ae|aa|han)\b)"
     r"(?![^.,!?]*\b(?:\w+(?:ega|egi|enge|unga|ungi|uga|ugi)|ga|gi|ge|chh?utti|leave|school|skool)\b)",
     "since yesterday"),
    # the parent's own health: "meri tabiyat raat se bohat kharab hai" (I have been unwell since last night)
    (r"\b(?:meri|mera|meri apni|menu|mainu) (?:tabiyat|tabiat|tabeeyat|tabiyet|sehat|sihat)(?: [^\s.,!?]+){0,3}?"
     r" (?:kharab|kharaab|khrab|theek nahi|thik nahi|theek nahin|thik nahin|theek nai|thik nai)\b"
     r"(?: (?:hai|ae|aa|he|si|thi|ho gayi|ho gai|hogayi))?", "i am unwell"),
    # the parent's own appointment: "aj meri apni hospital appointment hai 8:30 te", "mera khud ka checkup hai": the
    # child is late or off because of it, not at the doctor's (its time is not the arrival)
    (r"\b(?:meri|mera|mere) (?:apni|apna|apne|khud ki|khud ka|khud di|khud da)(?: [a-z']+){0,3}?"
     r" (?:appointment|appt|check ?-?up)\b(?: (?:hai|he|ae|aa|si|thi))?", "i have my own appointment"),
    # "chhote ko sambhalne wala koi nahi" (nobody to look after the little one)
    (r"\b(?:chhote|chhoti|chote|choti|chhotu|baby|chhote bhai|chhoti behen|chhoti bhen|nikke|nikki|nikka)"
     r" (?:ko|nu|noo) (?:sambhalne|sambhalan|sambhaalne|sambhaalan|dekhne|dekhan|rakhne|sambhal)"
     r"(?: (?:wala|wali|vala|vali|aala|aali|waala|waali|layi|lai|ke liye|liye|vaaste|vaste))? koi(?: (?:aur|hor|bhi"
     r"|vi))? (?:nahi|nahin|nai|ni)\b"
     r"(?: (?:hai|ae|aa|hain))?", "no one to look after the little one"),
    # "baby nu raat ton tez bukhar aa" (the baby has had a high fever since last night): a baby brother or sister
    (r"\b(?:(?:chhota|chhoti|chhote|chota|choti|chote|nikka|nikki|nikke) )?baby(?: (?:nu|ko|noo|nun|ki|di|da))?"
     r"(?: (?:raat bhar|saari raat|sari raat|raat se|raat ton|raat to|kal se|kal ton|subah se|savere ton))?"
     r"(?: (?:tez|tej|bahut|bohat|bohot|boht|high|thoda|halka))?"
     r" (?:bukhar|bukhaar|taap|ulti\w*|bimar|beemar|bimaar|bemar|fever)\b"
     r"(?: (?:aa|a|ho|lag|lagg) (?:rahi|rahe|reha|rai|riha|rahiyan|rahian))?(?: (?:hai|he|ae|aa|hain|han|ne))?",
     "the baby is ill"),
    # "chhota bimaar hai" (the little one is ill: a younger brother or sister, not the child named), "nursery nahi ja
    # sakda" (can't go to nursery)
    (r"\b(?:chhota|chhoti|chhote|chota|choti|chote|chhotu|nikka|nikki|nikke)(?: (?:bhi|vi))?"
     r" (?:bimar|bimaar|beemar|bemar)\b(?: (?:hai|he|ae|aa|hain|han|ne))?", "the little one is ill too"),
    (r"\b(?:nursery|creche|playgroup) (?:nahi|nahin|nai|ni) (?:ja|jaa)(?: (?:sakda|sakdi|sakde|sakta|sakti|sakte"
     r"|paayega|payega|paayegi|payegi|sakega|sakegi))?\b(?: (?:hai|he|ae|aa))?", "can't go to nursery"),
    # "ghar pe mere saath rahega" (will stay home with me)
    (r"\b(?:ghar|ghare|gharey)(?: (?:pe|par|mein|me|te|ch|vich))? (?:mere|hamare|humare|saade|sade|sadde|meray)"
     r" (?:saath|sath|naal|nal|kol) (?:reh|rah|rai)\w*(?: (?:ga|gi|ge))?", "staying home with me"),
    # "bhai ka khayal rakhega" (will look after his brother), "choti behen di dekhbhal karegi"
    (r"\b(?:(?:chhote|chhoti|chote|choti|nikke|nikki) )?(bhai|bhaiya|veer|vir|behen|behan|bahan|bhen|bhain|baby"
     r"|chhote|chhoti|chote|choti)(?: (?:bhai|behen))? (?:ka|ki|da|di|de|er) (?:khayal|khyal|khiyal|dhyan|dhiyan"
     r"|dekhbhal|dekh bhal|dekh rekh)\w* (?:rakh|rakkh|kar|rakhe)\w*(?: (?:ga|gi|ge))?",
     lambda m: "look after his " + ("brother" if m[1] in ("bhai", "bhaiya", "veer", "vir")
                                    else "sister" if m[1].startswith("b") and m[1] != "baby" else "little one")),
    # "apni chhoti bhain nu sambhalu" (will mind his little sister), "chhote bhai ko sambhalegi"
    (r"\b(?:(?:apni|apne|apna|uski|uske|ohdi|ohde|usdi|usde) )?(?:(?:chhote|chhoti|chote|choti|nikke|nikki) )?(bhai"
     r"|bhaiya|veer|vir|behen|behan|bahan|bhen|bhain|baby)(?: (?:bhai|behen))? (?:ko|nu|noo|nun) (?:sambhal|sambhaal"
     r"|sambhl|dekh|dekhbhal|dekhbal)\w*(?: (?:ga|gi|ge|lega|legi|lu|lugi|luga|u|ugi|uga))?\b(?! (?:wala|wali|vala"
     r"|vali|aala|aali|waala|waali|koi)\b)",
     lambda m: "look after his " + ("brother" if m[1] in ("bhai", "bhaiya", "veer", "vir")
                                    else "sister" if m[1] != "baby" else "little one")),
    # "chhota beta bimar hai aur ghar pe usay dekhne wala koi nahi" (the younger son is ill and nobody at home can look
    # after him): the ill one is another child, the child named stays home to mind him
    (r"\b(?:(?:mera|meri|mere|hamara|hamari|humara|humari|sada|sadi|saada|saadi) )?"
     r"(chhota|chota|chhoti|choti|chhote|chote|nikka|nikki|nikke) (beta|beti|bete|puttar|kudi|munda|bacha|bachi)"
     r"(?: (?:ko|ki|nu|nun|di))?(?: (?:tez|bohat|bahut|bohot|kaafi|kafi))*"
     r" (?:bukhar|bukhaar|taap|bimar|beemar|bimaar|bemar|(?:tabiyat|tabiat|tabeeyat|sehat) (?:kharab|kharaab|khrab))"
     r"(?: (?:ho gaya|ho gayi|hogaya|hogayi|ho gya|ho gyi))?(?: (?:hai|he|ae|aa))?,? (?:aur|or|te|ate) "
     r"(?:ghar (?:pe|par|mein|me|te|ch|vich) )?(?:usay|use|usko|us ko|ohnu|onu|ohnoo|unko|un ko|inhe|unhe)"
     r" (?:dekhne|dekhan|sambhalne|sambhalan|sambhaalne|sambhaalan|rakhne)(?: (?:wala|wali|wale|vala|vali|aala|aali))?"
     r" (?:koi|koyi)(?: (?:aur|bhi|hor))? (?:nahi|nahin|nai|ni)(?: (?:hai|he|ae|aa|hain))?",
     lambda m: "his little " + ("sister" if m[2] in ("beti", "kudi", "bachi") else "brother")
     + " is ill and no one to look after the little one"),
    # "uski choti behen ki tabiyat kharab hai", "ohda nikka veer bimar ae", "bhai ko bukhar hai": a brother or sister is
    # ill (the child named is kept home because of it; not "Ali aur uska bhai bimar hain", both of them ill)
    (r"(?<!\baur )(?<!\band )(?<!\bte )(?<!\bate )(?<!\bar )"
     r"\b(?:(?:uski|uske|uska|us ki|us ke|us ka|iski|iske|iska|is ki|is ke|is ka|ohdi|ohda|ohde|ehdi|ehda|ehde) )?"
     r"(?:(choti|chhoti|chota|chhota|chote|chhote|nikki|nikka|nikke|badi|bari|bada|bara|bade|bare|vaddi|vadda|vadde)"
     r" )?(behen|behan|bahan|bhen|bhain|bhaina|bhai|bhaiya|bhra|veer|vir|sister|brother)"
     r"(?: (?:ki|ka|ke|di|da|de|ko|nu|noo|nun))?"  # not "bhai bhi bimar hai" (ill too: the child is ill as well)
     r"(?: (?:raat bhar|saari raat|sari raat|puri raat|poori raat|raat se|raat ton|kal se|kal raat se|subah se))?"
     r" (?:(?:tabiyat|tabiat|tabeeyat|tabiyet|sehat|sihat) (?:kharab|kharaab|khrab|theek nahi|thik nahi|theek nahin"
     r"|thik nahin|theek nai|thik nai|theek ni)|bimar|beemar|bimaar|bemar|bukhar|bukhaar|taap"
     r"|(?:ulti|ultiyan|ultiyaan|qay)(?: (?:kar|kr)\w*)?(?: (?:raha|rahi|rahe|reha|riha))?)\b"
     r"(?: (?:ho gayi|ho gaya|ho gai|hogayi|hogaya|hoi|hoya))?(?: (?:hai|he|ae|aa|hain|han|ne|si|thi|tha))?",
     lambda m: "his " + ("little " if m[1] and m[1][0] in "cn" else "") + (
         "brother" if m[2] in ("bhai", "bhaiya", "bhra", "veer", "vir", "brother") else "sister") + " is ill"),
    # "pehle Hania ko GP le ke jana hai", "Simran nu doctor kol lai ke jaana ae", "Rayan ke doctor er kache niye jete
    # hobe": an errand for that child (I have to take her to the GP), not collecting a child from school
    (r"\b(?:(pehle|pahle|pehlan|pehla|aage|age|age age) )?([a-z]+) (?:ko|nu|noo|ke) (gp|doctor|daktar|dr|dentist"
     r"|hospital|haspatal|hospitaal|clinic|optician)(?: (?:ke paas|ke pas|kol|de kol|kachhe|kache|er kache"
     r"|er kachhe))? (?:le|lai|lay|niye)(?: ke| kar| k)? (?:jana|jaana|jaan|jete|jaite"
     r"|(?:ja|jaa) (?:rahi|raha|rahe|reha)(?: (?:hoon|hun|hu|haan|han|aan|hain))?|jaungi|jaunga|jaavangi|jaavanga)\b"
     r"(?: (?:hai|he|ae|aa|hobe|padega|paega|pavega|pauga))?",
     lambda m: _errand(m)),
    # "mujhe kaam se der ho jayegi": work will hold me (the parent) up, not the child
    (r"\b(?:mujhe|mujhay|mujhko|menu|mainu|mennu) (?:office|kaam|kam|job|duty|work|dafter|daftar)"
     r" (?:se|ton|to|ch|vich|mein|ki wajah se|karke) (?:der|dair|late) (?:ho|hoye|hove)\w*"
     r"(?: (?:jayegi|jayega|jaegi|jaega|jaavegi|jaavega|jaugi|jauga|sakti|sakta|gi|ga))?(?: (?:hai|ae))?",
     "i will be held up at work"),
    # "kal GP dekhiyechi", "kal doctor ke paas gaye the": with a past verb "kal" is yesterday
    (r"\bkall?\b(?! (?:raat|rat|raate|rate|shaam|sham|bikel|bikale|dupur|subah|sokal|shokal)\b)"
     r"(?=(?: [^\s.,!?]+){0,3}? [^\s.,!?]*(?:iyechi|iyechhi|echi|echhi|chilam|chhilam|chilo|chhilo|ilam|lam"
     r"|gaye the|gayi thi|gaya tha|aaya tha|aayi thi|hua tha|hui thi)\b)", "yesterday"),
    # "kal park mein gir gayi", "kal bukhar si", "kal gitta mud gaya" (read above as "sprained his ankle"): a perfective
    # or past verb, and nothing in the future in that sentence
    (r"\bkall?\b(?! (?:raat|rat|raate|rate|shaam|sham|bikel|bikale|dupur|subah|sokal|shokal|tak|takk|se|ton)\b)"
     r"(?=(?:\s+[^\s.,!?]+){0,5}?\s+(?:gaya|gayi|gaye|gai|gya|gyi|geya|giya|hua|hui|hue|hoya|hoyi|si|san|tha|thi"
     r"|thay|kiya|kita|kitta|keeta|laga|lagi|aaya|aayi|aaye|aya|ayi|sprained his ankle|broke his arm)\b)"
     r"(?![^.!?,]*\b(?:\w+(?:ega|egi|enge|unga|ungi|aange|ange|ugi|uga|ogi|oga)|ga|gi|ge|gay|gey)\b)", "yesterday"),
    # "kal Arjun nu PE ch sir te satt lag gayi si": a perfect with a past auxiliary ("gayi si", "gaya tha") in the
    # clause
    (r"\bkall?\b(?! (?:raat|rat|raate|rate|shaam|sham|bikel|bikale|dupur|subah|sokal|shokal|tak|takk|se|ton)\b)"
     r"(?=(?: [^\s.,!?]+){0,10}? (?:gaya|gayi|gaye|gai|gya|gyi|geya|giya|hua|hui|hue|hoya|hoyi|hoye|lagi|laggi|aaya"
     r"|aayi|aaye) (?:si|san|sigi|siga|tha|thi|the|thay)\b)"
     r"(?![^.!?,]*\b(?:\w+(?:ega|egi|enge|unga|ungi|aange|ange|ugi|uga|ogi|oga)|ga|gi|ge|gay|gey)\b)", "yesterday"),
    # "sir te satt lag gayi" (hurt his head), "satt vajji" (got hurt)
    (r"\b(?:sir|sar|matthe|mathe|sirr)\b (?:te|ch|vich|nu|pe|par|mein) (?:satt|chot|chott|sat)\b"
     r"(?: (?:lag|lagg|vajj|vaj)\w*)?(?: (?:gayi|gai|gaya|gyi))?", "head injury"),
    (r"\b(?:satt|chott)\b (?:lag|lagg|vajj|vaj)\w*(?: (?:gayi|gai|gaya|gyi))?", "injured"),
    # "o abar next Monday school e ashbe" (she comes back next Monday): back then
    (rf"\b(?:abar|aabar|fir|phir|dobara) (?:next |agami |porer |agle )?({_DAYS}) (?:(?:school|skool|class) ?e? )?"
     r"(?:jabe|ashbe|asbe|aashbe|firbe|aayega|aayegi|aayenge|aavega|aavegi|aavange)\b(?!\s*(?:na|nahi)\b)",
     lambda m: f"back on {_day(m[1])}"),
    # "Thursday theke abar school e jabe", "next Monday theke ashbe", "Monday te school e ferot jete parbe": back then
    (rf"\b(?:next |agami |porer |agle )?({_DAYS}) (?:theke|te|e|ton|se) (?:abar |aabar |fir |phir |dobara )?"
     r"(?:(?:school|skool|class) ?e? )?(?:(?:ferot|firot|fire|abar) )?(?:jabe|ashbe|asbe|aashbe|firbe|ashte parbe"
     r"|aste parbe|jete parbe|jaite parbe)\b(?!\s*na\b)", lambda m: f"back on {_day(m[1])}"),
    # "Wednesday porjonto bashay thakbe": up to and including Wednesday (porjonto includes the day it names)
    (rf"\b({_DAYS}) (?:porjonto|porjanto|porjonta|porjontoi|porjnto)\b",
     lambda m: f"up to and including {_day(m[1])}"),
    # "hum late hain", "amra late": we are running late
    (r"\b(?:hum|ham|asi|assi|ami|amra)(?: (?:thore|thoda|thode|thora|ektu|bohat|bahut))? (?:late|lait)"
     r" (?:hain|hai|haan|aan|han|hoye gechi|hoye jabo|hobo|achi)\b", "we are running late"),
    # "Gurnoor te Prabh aj late ne": they are running late
    (r"\b(?:late|lait) (?:ne|han|hain|hai|haan|aan|hoon|hun|honge|hunge|hovange|hovega|hovegi|hoga|hogi)\b",
     "running late"),
    # "lunch se pehle aa jayega": in before lunch
    (r"\b(?:lunch|khane|khana|break|roti) (?:se|ton|to|er) (?:pehle|pahle|pehla|aage|agey|age)\b"
     r"(?![^.,]*\b(?:nahi|nahin|nai|ni|na)\b)[^.,]*?\b(?:aa|a|pahunch|pohanch|ash|pouch)\w*"
     r"(?: (?:jayega|jayegi|jaega|jaegi|jaavega|jaavegi|jaayega|jaayegi|jabe|jaenge|jayenge))?",
     "will be in before lunch"),
    # "Thursday aur Friday ki chutti mil sakti hai?": could they have those days off
    (r"\b(?:ki|ka|di|da|er|r|ke) (?:chh?utti|chh?uttiyan|chh?uti) (?:mil|mill|milegi|milna|milni|pabe|pete|paite)\w*"
     r"(?: (?:sakti|sakta|sakte|sakdi|sakda|sakde|sakegi|sakenge|jayegi|jaegi|skti|parbe|pare))?"
     r"(?: (?:hai|ae|he|hain))?",
     "could have the day off"),
    # "fer holidays", "phir chhuttiyan shuru" (then the school holidays) at the end of a clause: the end of term, not a
    # holiday of their own
    (r"\b(?:(?:te|and|aur) )?(?:fer|pher|fir|phir|phr|uske baad|us ke baad|ohde baad|odon baad)"
     r"(?: (?:to|taan|tan|ta|te))? (?:(?:christmas|xmas|winter|sardiyan|sardiyon) (?:di |ki )?)?(?:holidays|holiday"
     r"|chh?uttiyan|chh?uttiyaan|chh?uttian|chh?uttiyon|vacation|break)"
     r"(?: (?:shuru|start))?(?: (?:ho|ho jaangiyan|ho jayengi|ho jaani|ho jaandiyan))?(?: (?:ne|hain|han|aan|hai|ae))?"
     r"(?=\s*(?:[.!?,;]|$))", "then school breaks up"),
    # "chhuttiyan ton baad hi aauga", "chhuttiyon ke baad school wapas aayega" (will come (back) only after the
    # holidays): off until the end of term
    (r"\b(?:chh?uttiyon|chh?uttiyan|chh?uttian|chh?uttiyaan|chh?utiyan|chh?utiyon|holidays?)"
     r" (?:ton|tonh|to|ke|de|se) (?:baad|bad|baadh|magron|pichhon)(?: (?:hi|he|ee))?(?: (?:school|skool|sakool))?"
     r"(?: (?:wapas|wapis|vapas|vapis|waapas|back))?(?: (?:school|skool|sakool))?"
     r" (?:aauga|aaugi|aaunge|aavega|aavegi|aavange|aayega|aayegi|aayenge|aaega|aaegi|aaenge|aa jayega|aa jayegi"
     r"|aa jayenge|aa jaavega|aa jaavegi|aa jaange|aa jaavange)\b(?!\s+(?:na|nahi|nahin|nai|ni)\b)",
     "back after the holidays"),
    # "chhuttiyon tak" (until the holidays): the end of term, not a holiday of their own
    (r"\b(?:chh?uttiyon|chh?uttiyan|chh?uttian|chh?uttiyaan) (?:tak|takk|taq|tk)\b", "until the holidays"),
    # "India chhuttiyan te ja rahe haan", "chhuttiyon pe ja rahe hain", "chhuttiyan manaun ja rahe" (going on holiday):
    # a holiday of their own (not "chhuttiyan ton baad", after the school holidays)
    (r"\b(?:chh?uttiyon|chh?uttiyan|chh?uttian|chh?uttiyaan|chh?utiyan|chh?utiyon|chh?uttiya)"
     r" (?:te|tey|pe|par|manaun|manaan|manan|manane|guzaarne|guzarne|guzaran|bitane|karan|karne)"
     r" (?:ja|jaa|chale|challe|nikal)\w*(?: (?:rahe|rahi|raha|reha|rahiyan|rahein|lagge|lage))?"
     r"(?: (?:haan|han|hain|hai|aan|ae|ne|ho))?\b", "going on holiday"),
    # Punjabi "odo late aauga", "ohdon nahi aavegi": then, that day ("odon tak" is till then)
    (r"\b(?:odo|odon|ohdon|ohdo|oddon|audon)\b(?! (?:tak|takk|taq)\b)", "that day"),
    # "bikele o school e thakbe na": not in school this afternoon either
    (r"\b(?:today |aa?jj? |ajke )?(?:bikele|bikale|bikel e|bikaale|bikel)\b", "this afternoon"),
    (r"\b(?:school|skool|class) ?e (?:thakbe|thakte parbe) ?na\b", "won't be in"),
    (r"\b(?:school|skool|sakool) (?:nahi|nahin|nai|ni) (?:pahunch|pohanch|puhanch|pohnch)\w*(?: (?:sak|pa)\w*)?",
     "won't be in"),
    (r"\b(?:othoba|athoba|otoba)\b", "or"),
    # "khangh aa rahi aa" (a cough is coming), "chakkar aa rahe ne" (dizzy spells): symptoms, not a child coming in
    (r"\b(?:khangh|khang|khansi|khaansi|kashi|khaashi|chheenk|chhikk)\w* (?:aa|a|ho) (?:rahi|rahe|reha|rai|riha)\w*"
     r"(?: (?:aa|ae|hai|ne|han|hain))?", "has a bad cough"),
    (r"\b(?:ulti|ultiyan|ultian|ultiyaan|ulte|qay|bomi)\w* (?:aa|a|ho|lag) (?:rahi|rahe|reha|rai|riha|rhi)\w*"
     r"(?: (?:aa|ae|hai|ne|han|hain))?", "has been vomiting"),
    (r"\b(?:chakkar|chakar|chakkr)\w* (?:aa|a) (?:rahi|rahe|reha|rai|riha)\w*(?: (?:aa|ae|hai|ne|han|hain))?|\bmatha"
     r" ghur(?:che|chhe|ache)\b", "feeling dizzy"),
    # "physio ke baad 11:30 tak school aa jaye gi": in after the appointment, by then
    (r"\b(?:ke|de|ton|er) (?:baad|bad|baadh|pore|por) (\d{1,2}[:.]\d\d) ?(?:vaje |baje |bajay )?"
     r"(?:tak|takk|taq|er moddhe|moddhe) (?:(?:school|skool) ?e? )?(?:aa|a|pahunch|pohanch|puhanch|ash|pouch)\w*"
     r"(?: (?:ja|jaa|jay|jaay|jaav|jaan)\w*)?(?: (?:ga|gi|ge|gay))?", r"will be in after by \1"),
    # "10:30 tak school le aaungi", "11 vaje tak school chhad dangi", "10 baje tak chhod dunga": brought in by then
    (r"\b(\d{1,2})(?:[:.](\d\d))? ?(?:vaje|baje|bajay|bje|baja)? (?:tak|takk|taq)"
     r" (?:(?:usko|usay|use|usnu|ohnu|onu|ohnoo|unko|onanu) )?(?:(?:school|skool|sakool) (?:vich |ch |mein |me )?)?"
     r"(?:(?:le|lai|lay)(?: ke| kar| k)? (?:aa|a)(?:ungi|unga|unge|ungi|vangi|vanga|vange|yengi|yenge|enge|engi|oongi"
     r"|oonga)|(?:le|lai)(?: ke| kar| k)? (?:aa|a) (?:jaungi|jaunga|jaavangi|javangi|javanga|jaavanga|jayenge)"
     r"|(?:chhad|chad|chhadd|chhod|chod|chhor|chor|pahuncha|pohancha|puhancha)(?: (?:ke|kar|k))?"
     r" (?:dangi|danga|dange|deyangi|deyanga|deyange|devangi|devanga|devange|dawangi|dawanga|dawange|davangi|davanga"
     r"|davange|dungi|dunga|denge|dengi|doongi|doonga|dun gi|dun ga|doon gi|doon ga|den ge|dein ge|devan gi|devan ga"
     r"|devan ge|dawan ge|dyangi|dyanga|dyange|aavangi|aavanga|aavange|aaungi|aaunga|aaenge|aayengi|aayenge|jaungi"
     r"|jaunga))\b",
     lambda m: f"i will bring him in by {m[1]}:{m[2] or '00'}"),
    # "ohnu 10 vaje school chad dawange", "usko 11:30 baje school chhod dungi" (we will drop him at school at ten):
    # in at that time
    (r"\b(?:(?:ohnu|usnu|usko|usay|use|onu|ohnoo|unko|onanu|ehnu|isnu|main|mai|asi|assi|hum) )?(\d{1,2})(?:[:.](\d\d))?"
     r" ?(vaje|baje|bajay|bje|baja)?(?: (?:ohnu|usnu|usko|usay|use|onu|ohnoo|unko|onanu))? (?:school|skool|sakool)"
     r"(?: (?:vich|ch|mein|me))? (?:chhad|chad|chhadd|chhod|chod|chhor|chor|drop|pahuncha|pohancha|puhancha"
     # "Jay nu 11 vaje school lai aavange" (we will bring Jay to school at eleven)
     r"|le|lai|lay)"
     r"(?: (?:ke|kar|k))? (?:dangi|danga|dange|deyangi|deyanga|deyange|devangi|devanga|devange|dawangi|dawanga|dawange"
     r"|davangi|davanga|davange|dungi|dunga|denge|dengi|doongi|doonga|dun gi|dun ga|doon gi|doon ga|den ge|dein ge"
     r"|devan gi|devan ga|devan ge|dawan ge|dyangi|dyanga|dyange|aavangi|aavanga|aavange"
     r"|aaungi|aaunga|aaenge|aayengi|aayenge)\b",
     lambda m: f"i will bring him in at {m[1]}:{m[2] or '00'}" if (m[2] or m[3]) and 7 <= int(m[1]) <= 14 else m[0]),
    # "Fatima ko uski khala school chhor degi", "Simran nu ohdi masi school chhad aavegi" (her aunt will drop her at
    # school): that child comes in (a time, a day or "late" in between is read by the rules for those)
    (rf"\b([a-z]+) (?:ko|nu|nun|noo)((?: (?!\S*\d|(?:at|by|late|der|dair|tak|baad|bad|pehle|pehlan|today|tomorrow|aaj"
     rf"|aj|ajj|kal|kall|nahi|nahin|nai|ni|na|{_DAYS})\b)[a-z']+){{0,4}}?) {_SCHOOL}"
     r" (?:chhod|chhor|chhad|chhadd|chod|chor|chad|drop|pahuncha|pohancha|le|lai)(?: (?:ke|kar|k))?"
     r"(?: (?:de|di|dy|aa|a|ja|jaa|kar|kr)\w*)?(?: (?:gi|ga|ge))?(?<=g[aie])\b",
     r"\1 will be in as normal,\2 will take her to school"),
    # "Navneet nu uhde papa ne pehlan hi chhad dita si", "Ayaan ko abbu school chhor aaye hain" (already dropped, has
    # been dropped at school): that child is in already
    # (without "pehle hi" a tense word must follow: "koi nahi jo Danyal ko school chhod aaye", nobody to take him, is
    # not this)
    (r"(?<!\bjo )(?<!\bjoh )\b([a-z]+) (?:ko|nu|nun|noo)(?: (?!\S*\d|(?:nahi|nahin|nai|ni|na|kal|kall|tomorrow)\b)"
     r"[a-z']+){0,4}? (?:(?P<before>pehlan|pehle|pahle|pehla|pahlan|already) (?:hi |he )?(?:school |skool |sakool )?"
     r"|(?:school|skool|sakool) )"
     r"(?:chhod|chhor|chhad|chhadd|chod|chor|chad|drop kar|drop)(?: (?:ke|kar|k))?"
     r" (?:dita|ditta|diti|ditti|diye|diya|dia|aaye|aaya|aayi|aye|aya|ayi|aae|aaiya|gaye|gaya|gayi|chuke|chuka|chuki)\b"
     r"(?(before)(?: (?:si|sigi|hai|he|ae|aa|han|hain|ne|tha|thi|the))?| (?:si|sigi|hai|he|ae|han|hain|ne|tha|thi|the))"
     r"\b",
     r"\1 is already at school"),
    # "12:15 tak le jaungi", "1 baje reception se pick kar lun gi": collected from school at that time; "12:45 te
    # Harjot nu lain aavanga": that child (named after the time) collected then
    (r"\b(\d{1,2}(?:[:.]\d\d)?) ?(?:vaje|baje|bajay|bje)? ?(?:tak|te|tey|pe|par|e|nagad|tay|taye|tae|tar somoy)?"
     r"(?: (?:usko|usay|use|usse|usnu|usnoo|usnun|ohnu|onu|ohnoo|oke|ok|main|mai|mein|ami|asi))*"
     r"(?: (?!(?:school|skool|sakool|iskul|us|oh|uh|in|un|main|mai|asi|hum|ham)\b)([a-z]+(?: (?:te|and|aur|or)"
     r" [a-z]+)?) (nu|noo|nun|ko))?"
     rf" (?:{_PICKUP_FROM} (?:se|ton|to|theke|te|e) )?{_COLLECT}\b",
     lambda m: (f"{m[2]} {m[3]} " if m[2] else "") + f"collect him from school at {_hhmm(m[1])}"),
    # "kal se uske chacha usko school se pick karenge" (from tomorrow his uncle will collect him from school): who
    # collects at home time from then on, not an early collection (no time given)
    (rf"\b(kall?|tomorrow|aaj|aj|today|ab|hun|agle hafte|next week|{_WEEKDAYS}) (?:se|ton|to) (?:(?:uske|uska|uski"
     r"|unke|unka|unki|ohde|ohda|ohdi|iske|iska|iski) )?(chacha|chachu|chachi|mamu|mamoo|mama|mami|taya|tayya|tai"
     r"|phuppo|phuppi|phupho|khala|khalu|nana|nani|dada|dadi|papa|abbu|abu|ammi|mummy|bhai|bhaiya|veer|padosi"
     r"|neighbour|uncle|aunty|auntie)(?: (?:ji|jaan|jan))? (?:(?:usko|usay|use|usse|ohnu|onu|unko|inko|isko|unhe"
     rf"|unhein|dono ko) )?{_PICKUP_FROM} (?:se|ton|to) {_COLLECT}\b(?! (?:at|by) \d)",
     lambda m: ("from tomorrow" if m[1] in ("kal", "kall", "tomorrow")
                else "from today" if m[1] in ("aaj", "aj", "today") else "from now on" if m[1] in ("ab", "hun")
                else "from next week" if m[1] in ("agle hafte", "next week")
                else f"from {_day(m[1])}") + " his " + (
         "uncle" if m[2] in ("chacha", "chachu", "mamu", "mamoo", "mama", "taya", "tayya", "khalu", "uncle")
         else "aunt" if m[2] in ("chachi", "mami", "tai", "phuppo", "phuppi", "phupho", "khala", "aunty", "auntie")
         else "grandad" if m[2] in ("nana", "dada") else "grandma" if m[2] in ("nani", "dadi")
         else "dad" if m[2] in ("papa", "abbu", "abu") else "mum" if m[2] in ("ammi", "mummy")
         else "neighbour" if m[2] in ("padosi", "neighbour") else "brother") + " will pick him up at home time"),
    (rf"\b{_PICKUP_FROM} (?:se|ton|to|theke|te|e) {_COLLECT}\b", "collect him from school"),
    # Bengali: "amra shobai ghumiye chhilam" (we were all asleep), "uthte uthte 9:30 baje gese" (it was 9:30 when we
    # woke)
    (r"\b(?:ghumiye|ghumie|ghumaye) (?:chhilam|chilam|chhilo|chilo|pore?chh?ilam|porechi|thaklam|roilam|gechilam"
     r"|gechhilam|gesilam|geslam|gelam|gechi|gechhi|gesi|gechilo|gechhilo|gesilo|gelo)\b", "overslept"),
    # "onek deri hoye geche" (it got very late): too late for school, not a late arrival
    (r"\b(?:onek|khub|beshi|bhishon|eto) (?:deri|dheri|deree) (?:hoye|hoe|hoiye) (?:geche|gese|gechhe|gelo|gechilo)\b",
     "it was too late"),
    (r"\buthte(?: uthte)? (\d{1,2}[:.]\d\d|\d{1,2}) ?(?:baje|baaje|bajche|ta|tay)? ?(?:gese|geche|gechhe|gelo"
     r"|hoye gese|hoye geche)\b", "woke up late"),
    # "Mithila r Rohan dujonei" (Mithila and Rohan, both)
    (r"\b([a-z]+) r ([a-z]+) (?=(?:dujon|duijon|dujone|dujonei|tinjon)\w*)", r"\1 and \2 "),
    # "9:35 tak pohanch jaye ga", "9 vaje tak pahunch jaavange": arriving by then
    # (after a medical appointment "10:15 tak school aa jayegi" is in by then: the appointment is the morning only)
    (r"\b(\d{1,2})(?:[:.](\d\d))? ?(?:vaje|baje|bajay|bje|baja)? (tak|takk|taq|de kareeb|ke kareeb|er moddhe)"
     r" (?:(?:school|skool) )?(?:pahunch|pohanch|puhanch|pohnch|aa|a|ash|pouch)\w*"
     r"(?: (?:ja|jaa|jay|jaay|jaav|jaan)\w*)?"
     r"(?: (?:ga|gi|ge|gay))?",
     lambda m: ("will be in by" if m[3].startswith("ta") and re.search(
         r"\b(?:appointment|appt|dentist|doctor|daktar|gp|hospital|clinic|optician|check ?-?up|scan)\b", m.string)
                else "will be there for") + f" {m[1]}:{m[2] or '00'}"),
    (r"(?<![:.])\b(\d{1,2}) (?:vaje|baje|bajay|bje)\b", r"at \1:00"),
    # Bengali "2 tay", "2:30 tay", "1 tar somoy": at that time; "9:40 er dike", "10 tar dike": around then
    (r"(?<![:.])\b(\d{1,2})(?:[:.](\d\d))? ?(?:tay|taye|tae|tar somoy|tar shomoy|er somoy|er shomoy)\b",
     lambda m: f"at {m[1]}:{m[2] or '00'}"),
    (r"(?<![:.])\b(\d{1,2})(?:[:.](\d\d))? ?(?:tar|er|ta) (?:dike|dik e|dikey|dikay|kache|kachakachi|moto)\b",
     lambda m: f"around {m[1]}:{m[2] or '00'}"),
    (r"\baround (\d{1,2}:\d\d) (?:(?:school|skool) ?e? )?(?:ashbe|asbe|aashbe|ashbo|ashbena|pouchabe|pouchbe|pouchhabe"
     r"|pouchaibe|pouchabo|pouchbo|pohochabe|ashchi|ashchhe|ashche|aa jayega|aa jayegi|aa jayenge|pahunch\w*)\b",
     r"will be there around \1"),
    # "gari start hocche na", "gaadi start nahi ho rahi", "gari nosto hoye geche": the car won't start, broke down
    (r"\b(?:amader |amar |hamari |meri |sadi |saadi )?(?:gari|gaari|gaadi|gadi|gaddi|car)(?: ta| ti| tae)?"
     r" (?:start|staart|chalu|on) (?:hocche|hochhe|hoche|hoy|hoi|holo|hoyni|hoy ni|nahi|nahin|nai|ni)"
     r"(?: (?:na|hui|ho rahi|ho rahi hai|ho rai|hoi|ho rhi|ho rai ae|rahi|hoyni))*\b", "the car is not starting"),
    (r"\b(?:amader |amar |hamari |meri |sadi |saadi )?(?:gari|gaari|gaadi|gadi|gaddi)(?: ta| ti| tae)?"
     r" (?:nosto|nashto|kharap|kharab|khrab|kharaab|break ?down|breakdown)"
     r"(?: (?:hoye geche|hoye gese|hoyeche|hoise|ho gayi|ho gai|ho gyi|ho gayi hai|ho gai ae|hogayi|hoye gelo))?\b",
     "car broke down"),
    # "main usay 1 baje school se le lungi": I will collect him from school
    (r"\b(?:school|skool|sakool|iskul) (?:se|ton|to|theke) (?:le|lai|lay|lene|niye) (?:lunga|lungi|lenge|loon|lun"
     r"|lawan|lavan|laange|launga|laungi|labo|nibo|jabo|aavan|aavanga|aavangi)\b", "collect him from school"),
    # "raat nu der tak jaagdi rahi", "raat ko late tak jaagta raha", "der se soya tha" (was up late, went to sleep
    # late): up until all hours, tired (not a late arrival)
    (r"\b(?:(?:kal |pichhli )?(?:raat|rat|raati)(?: (?:nu|ko|nun|noo|ki|di|vich|mein))? )?(?:(?:bahut|bohat|bohot|kaafi"
     r"|kafi|bari|badi) )?(?:der|dair|deir|late) (?:tak|takk|taq|se|naal|nal) (?:jaag|jag|soy|soi|soya|sota|soti|sute"
     r"|sutt|sona|so gay|so gai|so gy)\w*(?: (?:rahi|raha|rahe|reha|rahiyan|gayi|gaya|gaye|gai|gya|gyi|pai|peya))?"
     r"(?: (?:tha|thi|the|si|sii|san|hai|ae|hain))?", "was up until all hours"),
    # oversleeping and missing the day: "der se uthe", "school ka time nikal gaya" (with an arrival time it is lateness)
    (r"\b(?:der|dair|late) (?:se|naal|kore|ton)? ?(?:uthe|uthay|utha|uthi|uth|uthhe|jaage|jaagay|jage|utheche|uthlam"
     r"|uthechi|khuli)\w*(?![^.!?]*\b(?:tak|taq|pohanch|pahunch|puhanch|late|will be there)\b)", "overslept"),
    # the verb first: "uthiya hi late aa", "utha hi der naal" (only woke up late)
    (r"\b(?:uthiya|uthya|utheya|uthea|uthi|utha|uthay|uthiyan|uthya si|uthiya si|utha tha|uthi thi)"
     r"(?: (?:hi|he|bhi|vi|e))? (?:late|der (?:se|naal|nal)|dair (?:se|naal|nal))"
     r"(?: (?:aa|ae|hai|he|haan|aan|si|tha|thi))?\b"
     r"(?![^.!?]*\b(?:tak|taq|pohanch|pahunch|puhanch|late|will be there)\b)",
     "overslept"),
    (r"\b(?:school|skool) (?:ka|da|er) (?:time|waqt|samay|shomoy) (?:nikal|guzar|chala|chali|lang|par) ?(?:ho)?"
     r" ?(?:gaya|gayi|gya|geya|gai|gechhe|geche|hai)?\b", "it's too late"),
    # a flood or damage at home: "pani leak kore", "ghar mein pani bhar gaya", "puro basha pani", "ceiling bhenge
    # poreche" (the ceiling fell in), "chhat gir gayi", "bijli o nai" (no electricity either)
    (r"\b(?:pani|paani|jol)\b (?:leak|lik|tapak|tapk|tipk|bhar|bhor|dhuk|jom|ghus|vad|var)\w*"
     r"(?: (?:kore|kor|kar|ho|hoye|ke|ja|gaya|gayi|gai|gya|gyi|geche|gechhe|gese|giya|gaya hai|gayi hai))*",
     "a water leak, the flat is flooded"),
    (r"\b(?:ghar|ghare|ghor|basha|bashay|basa|bari|barite|flat|kitchen|ranna ?ghor\w*)"
     r"(?: (?:mein|me|vich|ch|e|te|er))? (?:puro |pura |poora |sara |saara |sab )?(?:pani|paani)"
     r"(?: (?:hi|e|i) (?:pani|paani))?"
     r"(?: (?:bhar|bhor|bhara|bhora|ho|ghus|dhuk)\w*(?: (?:gaya|gayi|geche|gese|hai))?)?\b"
     r"|\b(?:puro|pura|poora|sara|saara) (?:basha|bari|ghar|ghor|flat)(?: (?:e|mein|me|vich|ch))? (?:pani|paani)\b",
     "the flat is flooded"),
    (r"\b(?:ceiling|chhad|chhat|chad|chhaad|chaad|chhaat)\b"
     r" (?:bhenge|bhenghe|bhange|bhege|gir|toot|tut|dhoshe|dhose)\w*"
     r"(?: (?:poreche|porechhe|porese|pore geche|pore gese|gaya|gayi|gai|gya|gyi|geche|gechhe|pai|payi|hai))*",
     "the ceiling has collapsed"),
    (r"\b(?:bijli|bijlee|bidyut|biddut|current|electricity)\b(?: (?:o|bhi|vi|bi))? (?:nai|nei|nahi|nahin|na|nahi hai"
     r"|nai hai|chali gayi|chali gai|chala gaya|gese|geche|gechhe)\b", "the power is off"),
    # weather and roads: "barf karke sadak band hai", "bus nahi chal rahi"
    (r"\b(?:barf|baraf|baraf?bari|snow)(?: (?:karke|ki wajah se|di wajah naal|kar ke|er jonno))?", "snow"),
    (r"\b(?:sadak|sarak|sadkan|road|rasta|raasta|rastay)\b(?: (?:bhi|vi))? (?:band|bund|bandh)\b", "road closed"),
    (r"\bbus (?:vi |bhi |o )?(?:nahi|nahin|nai|ni|na) (?:chal|chall)\w*(?: (?:rahi|rahee|reha|rahi hai|rai))?"
     r"|\bbus (?:cholche na|cholbe na|bondho)\b", "no bus"),
    # catching a cold: "thand lag gayi", "thanda lege geche"; "khang" (cough)
    (r"\b(?:thand|thandh|thanda|sardi|zukam|nazla)\b (?:lag|lagg|lege|laag)\w*(?: (?:gayi|gai|gaya|geche|gechhe))?",
     "caught a cold"), (r"\bkhang\b|\bkhansi\b|\bkhaashi\b|\bkashi\b", "cough"),
    # not "late aa rahi aa" (is coming late); "Manpreet aa reha school" (is coming to school, the place after the verb)
    (r"(?<!\bnahi )(?<!\bnahin )(?<!\bnai )(?<!\bni )(?<!\blate )(?<!\blait )(?<!\bder naal )(?<!\bder nal )"
     r"(?<!\bder se )\b(?:(?:school|skool) )?(?:aa|a)"
     r" (?:reha|rahya|riha|rya|raya|rahiya|rahi|rahee|rai)"
     r"(?: (?:hai|hain|he|ae|e|aa)\b| (?:school|skool|sakool)\b(?: (?:hai|hain|he|ae|e|aa)\b)?"
     r"(?! (?:late|lait|der|dair)\b))", "will be in as normal"),
    (r"\b(?:school|skool|sakool) (?:nahi|nahin|nai|ni) (?:au|aun|aau|aaun)\w*|\b(?:nahi|nahin|nai|ni) (?:aunge|aunga"
     r"|aungi|aun|aune)\b", "won't be in"),
    (r"\b(?:late|deri|deri te|der) (?:hobe|hoye jabe|hoy jabe|ashbe|asbe|pouchabe)\b", "running late"),
    # "aaj kal" (these days), "kal shaam ton" (since yesterday evening), "shokal theke" (since the morning)
    (r"\b(?:aa?jj? ?kal|aa?jj?kall?)\b", "these days"),
    # "aj rate flight e jacchi", "aaj raat nikal rahe hain": tonight
    (r"\b(?:aa?jj?|aa?jke) (?:rate|raate|raat|rat|raati)\b", "tonight"),
    # "koto din lagbe jani na", "kitne din lagenge pata nahi", "kinne din lagne pata nahi": don't know how long
    (r"\b(?:koto|kotodin|kitne|kitney|kinne|kine) ?din (?:lagbe|thakte hobe|thakbo|thakbe|lagenge|lagen ge|lag jayenge"
     r"|lagne|lagange|rehna|rukna) (?:padega |pavega |hai |ae )?(?:jani ?(?:na|ni)|pata (?:nahi|nahin|nai|ni)"
     r"|maloom (?:nahi|nahin)|nahi pata|ni pata|bola jacche na|bolte parchi na)\b", "don't know how long"),
    (r"\bkal (?:shaam|sham|shaami|bikel|bikale|bikele|dopahar|dupur) (?:se|ton|to|theke|tho)\b",
     "since yesterday evening"),
    (r"\b(?:shokal|sokal|subah|savere|savera) (?:se|ton|to|theke)\b", "since this morning"),
    (r"\b(?:ajke|aa?jj?|today) (?:shokale|sokale|shokal e|sakale|savere|saverey)\b", "this morning"),
    # "dupehar baad school aa jaavegi", "dopahar ke baad aayega" (comes in after midday): in after lunch
    (rf"\b(?:dopahar|dopehar|dupehar|dupahar|dupaher|dophar|duphar)(?: (?:de|ke|ton|to|tonh))? (?:baad|bad|baadh)"
     rf"(?: (?:ch|vich|mein|me))?(?: {_SCHOOL})?(?: (?:ch|vich|mein|me))? (?:aa|a|aay|aav|aau|aaw|aun|pahunch|pohanch)"
     r"\w*(?: (?:ja|jaa|jay|jaay|jaav|jau|ga|gi|ge)\w*)?\b(?!\s+(?:na|nahi|nahin|nai|ni)\b)", "will be in after lunch"),
    # "dopahar ko" (at midday, in the afternoon): this afternoon, unless the message has named another day before it
    # and not today ("kal Friday ko mehndi hai, hum dopahar ko nikal rahe hain": that afternoon)
    (r"\b(today |aa?jj? |ajke )?(?:dopahar|dopehar|dupehar|dupahar|dupaher|dupur|dupure)(?: (?:ko|nu|e|vich|ch))?\b",
     _afternoon),
    (r"\b(?:shondhay|shondhya|sondhay|shondhebela)\b", "this evening"),
    (r"\b(?:valo|bhalo|theek|thik|changa|changi) (?:lagle|laga to|lagya ta|raha to|rahi to|hoya ta|hoyi ta)\b",
     "if he feels better"),
    # "lunch er por niye ashbo", "khane ke baad le aaungi": in after lunch
    (r"\b(?:lunch|khana|khane|roti) (?:er por|er pore|ke baad|ke bad|ton baad|de baad|tar por)\b"
     r"(?![^.,]*\b(?:na|nahi|nahin|nai|ni)\b)[^.,]*\b(?:niye|diye|le|lai|aa|ash|pahunch|pohanch)\w*"
     r"(?: (?:ashbo|asbo|aashbo|jabo|aaunga|aaungi|aavange|aaenge|jaye\w*|ja\w*))?", "will be in after lunch"),
    # "doctor ne kaha", "GP bolse": what the doctor said is not an appointment
    (r"\b(?:doctor|daktar|dr|gp) (?:ne |sahib ne |sahab ne )?(?:kaha|kahaa|bola|boli|keha|kiha|kehnda|kehndi|kendi"
     r"|kenda|bolse|boleche|bollo|bolechen|bolechhe)\b(?: (?:hai|ae|he))?(?: (?:ke|ki|je|ye|that))?\b",
     "the doctor said"),
    # "ab bilkul theek hai": better now
    (r"\b(?:ab|hun|hunn|ekhon|akhon)(?: (?:bilkul|puri tarah|poori tarah|puropuri))? (?:theek|thik|changa|changi|valo"
     r"|bhalo|behtar|better) (?:hai|ho gaya|ho gayi|ho gya|ho gyi|hogaya|hogayi|ae|aa|hoye geche|hoyeche|ache)\b"
     r"|\bbilkul (?:theek|thik) (?:hai|ho gaya|ho gayi|ho gya|ae|aa)\b", "is better now"),
    # "Tejpal theek hai", "Sara bilkul changi ae": that child is fine (not "theek tha", not "theek nahi")
    (r"(?<=[a-z] )(?:theek|thik|theek thaak|thik thak|changa|changi|changa bhala|changi bhali)"
     r" (?:hai|he|ae|aa|hain|han|haan|ne)\b(?! (?:na|nahi|nahin|nai|ni)\b)", "is fine"),
    # "Safa theek ae par gaddi kharab ho gayi" (Safa is fine but the car broke down): "par" after it is "but"
    (r"\bis fine\s+(?:par|pr)\b", "is fine but"),
    (r"\bjab (?:tak|taq) (?:(?:wo|woh|oh|vo) )?(?:theek|thik|changa|changi|behtar) (?:nahi|nahin|nai|ni|na)"
     r" (?:hota|hoti|hunda|hundi|ho jata|ho jati|ho jaye|ho jaata|ho jaati|hoye)\b", "until he is better"),
    # "jab tak daane sookh na jayein": until (the spots dry up); "jab" is "when", not a jab
    (r"\bjab (?:tak|taq|takk)\b", "until"), (r"\bjab se\b", "since"),
    (r"\bjab(?= (?:bhi|wo|woh|vo|oh|ye|yeh|us|un|main|mein|hum|asi|tusi|aap|school|skool|sakool)\b)", "when"),
    # "din abhi pakka nahi hua", "tarikh hale final nahi hoyi": the day is not fixed yet
    (r"\b(?:din|date|tarikh|tareekh|tarik|day)(?: (?:ta|ti|to|bhi|vi))? (?:abhi|hale|hun|haje|ekhono)(?: tak)?"
     r" (?:confirm|confirmed|pakka|paka|final|fix|fixed|tay|tai|taye) (?:nahi|nahin|nai|ni|hoyni|hoy ni)"
     r"(?: (?:hua|hui|hoya|hoyi|hai|ae|kiya|kitta|keeta|kita))?\b", "no fixed date yet"),
    (r"\b(?:abhi|hale|hun|ekhono|haje|haaje|hje|hajje|aje)(?: tak)? (?:confirm|confirmed|pakka|paka|final)"
     r" (?:nahi|nahin|nai|ni|hoyni|hoy ni)(?: (?:hua|hui|hoya|hoyi|hai|ae|dasseya|dassya|dasya|dassia|dasiya|bataya"
     r"|batayi|kiya|kitta|keeta|kita))?\b", "not confirmed yet"),
    # "din pakka hon te dass dawange", "date confirm hote hi bata dungi", "tarikh thik hole janabo": I will tell you
    # the day once it is fixed
    (r"\b(?:din|date|tarikh|tareekh|tarik|day)(?: (?:ta|ti|to|bhi|vi))? (?:pakka|paka|pakki|confirm|confirmed|final|fix"
     r"|fixed|tay|tai|thik|theek) (?:hon|hone|hote|hunde|hundi|hoye|hoyle|hole|hobe|hoga|hogi|ho jaye|ho jave|hove"
     r"|ho jaega|ho jayega|ho jaagi)(?: (?:te|par|pe|to|tan|tey|hi|i|e|pore|baad|ke baad))* (?:dass|das|bata|batan"
     r"|jana|janabo|janiye|janie|inform)\w*(?: (?:dawange|dewange|denge|dunga|dungi|doonga|doongi|dawangi|dewangi"
     r"|dibo|debo|dengi|ga|gi|ge))?\b", "i will tell you the day once it is fixed"),
    # "date ta ekhono pai nai", "tarikh abhi nahi mili", "din ta ekhono jani na": the day is not known yet
    (r"\b(?:(?:date|tarikh|tareekh|tarik|din|day)(?: ta| ti| to)? )(?:ekhono|ekhon o|akhono|haje|abhi|hale|hun)"
     r"(?: tak)?"
     r" (?:pai ?(?:nai|ni|na)|paini|jani ?(?:na|ni)|janina|jana jay ?ni|dey ?(?:nai|ni)|dise ?na|nahi (?:mili|mila|aayi"
     r"|aaya|pata)|nai (?:mili|mileya|milya|aayi)|ni (?:mili|mileya|milya))\b|\b(?:ekhono|abhi|hale|hun)(?: tak)?"
     r" (?:date|tarikh|tareekh|tarik|din)(?: ta| ti)? (?:pai ?(?:nai|ni)|paini|nahi (?:mili|mila|aayi)"
     r"|jani ?(?:na|ni))\b", "the day is not known yet"),
    # "jei din hobe shei din", "jis din bhi ho us din": whichever day it is, that day
    (r"\b(?:jei|je|jis|jehre|jedi|jo) din(?: (?:hobe|hoy|ho|bhi|vi|hove|hoga|hogi|hoye))*\b,?", "whichever day it is,"),
    (r"\b(?:(?:shei|sei|shey|ushi|osi|ose|ohi) din|shedin|sedin)\b", "that day"),
    (r"\bya\b", "or"),
    # "Ahmad ko bhi aaj school nahi la sakti": a sibling kept home
    (r"\b([a-z]+) (?:ko|nu|noo|ke) (?:bhi|vi|bi) (?:(?:aaj|aj|ajj|today) )?(?:(?:school|skool) )?(?:nahi|nahin|nai|ni)"
     r" (?:la|laa|le ja|lai ja|chhod|chhad|chod|bhej|pahuncha|pohancha)\w*(?: (?:sak|pa)\w*)?",
     r"can't get \1 to school either"),
    # "mere paas koi nahi jo Danyal ko school chhod aaye", "koi ni jehda Fateh nu school chhad aave" (there is no one to
    # take him to school)
    (r"\b(?:(?:mere|mera|meri) (?:paas|pass|pas) |(?:saade|sade|sadde|mere) (?:kol|kolon) |(?:ghar|ghare) )?"
     r"koi(?: (?:bhi|vi|aur|hor))? (?:nahi|nahin|nai|ni)(?: (?:hai|he|ae|aa))? (?:jo|joh|jehda|jehra|jihda|jera)"
     r" ([a-z]+) (?:ko|nu|noo|nun) (?:(?:school|skool|sakool) )?(?:chhod|chhor|chhad|chod|chor|chad|le ja|lai ja"
     r"|pahuncha|pohancha)\w*(?: (?:aaye|aae|aaye|aave|aaway|sake|sakey|sakay|sakda|sakdi|de|deve|dey|jaaye|jaye))?\b",
     r"there is no one to take \1 to school"),
    (r"\b(?:(?:te|tey|aur|and|ar) )?([a-z]+) (?:nu|ko|noo) (?:(?:aaj|aj|ajj|today|kal|kall) )?(?:(?:school|skool) )?"
     r"(?:chhaddan|chhadan|chaddan|chhadne"
     r"|chhodne|chodne|chhorne|chorne|chhod ke aane|le jaan|le jaane|lai jaan|lejaan|lejane|pahunchane|pohanchane"
     r"|pahuchan|chhodan)"
     r" (?:wala|wali|vala|vali|aala|waala|waali)(?: (?:hor|aur))? koi(?: (?:vi|bhi|hor|aur))? (?:nahi|nahin|nai|ni)\b"
     r"(?: (?:hai|ae|aa|hain))?", r". can't get \1 to school either"),
    # "usko chorne koi nahi ja sakta", "ohnu chhadan koi nai ja sakda" (nobody can go to drop him at school)
    (r"\b(?:(?:usko|usay|use|usse|isko|unko|inko|unhe|ohnu|onu|usnu|ehnu|ohna nu) )?(?:(?:school|skool) )?"
     r"(?:chhaddan|chhadan|chaddan|chhadne|chhodne|chodne|chhorne|chorne|chhodan|le jaane|lejane|lai jaan|pahunchane"
     r"|pohanchane)(?: (?:ke liye|layi|lai|vaaste|vaste))? koi(?: (?:bhi|vi|aur|hor))? (?:nahi|nahin|nai|ni)"
     r" (?:ja|jaa)\w*(?: (?:sak|pa)\w*)?(?: (?:hai|he|ae|aa))?", "nobody can take him to school"),
    # "main ghar pe akeli hoon" (I am on my own), "Haris ko chhor ke nahi ja sakti" (can't leave Haris alone)
    (r"\b(?:(?:main|mein|mai|me|ami) )?(?:(?:ghar|ghare|basay) (?:pe|par|mein|te|ch|e) )?(?:akeli|akela|akelee"
     r"|ikalli|ikalla|kalli|kalla|eka) (?:hoon|hun|hu|haan|aan|achi|aachi)\b", "i am on my own"),
    (r"\b(?:(?:main|mai|mein|me) )?(?:ohnu|onu|ohnoo|usnu|usnoo|usko|usse|usay|use|unhe|unko|ehnu|isnu|isko)"
     r" (?:chor|chhor|chhod|chod|chhad|chad)(?: (?:ke|kar|k))? (?:nahi|nahin|nai|ni) (?:ja|jaa)\w*(?: (?:sak|pa)\w*)?"
     r"(?: (?:haan|han|hoon|hun|aan))?", "i can't leave her alone"),
    (r"\b([a-z]+) (?:ko|nu|noo) (?:chor|chhor|chhod|chod|chhad|chad)(?: (?:ke|kar|k))? (?:nahi|nahin|nai|ni)"
     r" (?:ja|jaa)\w*(?: (?:sak|pa)\w*)?", r"can't leave \1 alone"),
    (r"\b(?:koi aur|aur koi|hor koi|koi hor|ar keu|aar keu|r keu)(?: bhi| vi)? (?:nahi|nahin|nai|ni|nei)"
     r"(?: (?:hai|ae|hain))?\b",
     "no one else to look after them"),
    # "adhe ghante ch pahunch jawange": there in half an hour
    (r"\b(?:adhe|aadhe|adha|aadha|addhe) (?:ghante|ghanta|ghonta|ghontar) (?:ch|vich|mein|me|main|e|te|moddhe)\b"
     r"(?: (?:school )?(?:pahunch|pohanch|puhanch|aa|ash|pouch)\w*(?: (?:ja|jaa|jay|jaav|jaan)\w*)?"
     r"(?: (?:ga|gi|ge))?)?", "running late, will be there in 30 minutes"),
    # "school da koi farak nahi": does not affect school
    (r"\b(?:school|skool) (?:ka|da|di|er) (?:koi |kono )?(?:farak|farq|fark|problem|masla|nuksan|shomossha)\w*"
     r" (?:nahi|nahin|nai|ni|nei|hobe na)\b(?: (?:hai|ae|painda|padega|paega))?", "won't affect school"),
    (r"\b(?:chh?utti|chhuti|chuti) (?:vele|wele|time|ke time|ke waqt|de time|de vele|hone te|hone par|ke baad)\b",
     "at home time"),
    (r"\b(?:shara|sara|saara|poora|pura|poore|pure) din\b", "all day"),
    (r"\bbomi\w*", "vomiting"), (r"\b(?:patla|patla) (?:paikhana|pykhana|paykhana|paikhana)\b", "diarrhoea"),
    (r"\bgaa? gula(?:cche|chhe|che|y|ay|ccche)\b|\bbomi bomi (?:lagche|lagse|lage)\b", "feels sick"),
    (r"\b(?:bachchara|bacchara|bachara|bachhara|bachchaguli|bacchara)\b", "the children"),
    # "tinno bachheyan nu" (all three children), "teeno bachay"
    (r"\b(?:tinjon|tin jon|tinjone|teeno|teenon|tinne|tinno|tinnon|tinnan|tinnaan|tinon)\w*"
     r"(?: (?:hi|ee))?(?: (?:bachheyan|bachcheyan|bacheyan|bacheya|bachhe|bachche|bache|bachay|bachon|bacchon"
     r"|bachiyan|bacche|nyane|nyaane|jawak|kids|children))?", "all three"),
    (r"\brecovery (?:aali|wali|vali|wala|vala|ki|di|er) (?:gaddi|gaadi|gadi|truck|van)\b", "the breakdown truck"),
    (r"\brecovery (?:ka|ki|da|di|er|ke liye|layi|lai|er jonno) (?:wait|intezar|intizar|udeek|opekkha)\w*",
     "waiting for the breakdown truck"),
    (r"\b(?:letter|chithi|chitthi|form|note|application)\w*(?: (?:ta|ti|to|tao|bhi|vi))? (?:kalke|kaalke|kal|kall)"
     r" (?:diye dibo|dibo|debo|pathabo|pathiye dibo|de dunga|de dungi|de devange|bhej dunga|bhej dungi|bhej devange)\b",
     "i will send the letter"),
    # "usda 10/12 nu spelling test hai", "uska Friday ko football match hai" (he has a spelling test on 10/12, a
    # football match on Friday): an event at school that day, a day the child is in
    (rf"\b(?:usda|usdi|usde|ohda|ohdi|ohde|ehda|ehdi|ehde|isda|isdi|isde|uska|uski|uske|us ka|us ki|us ke|iska|iski"
     rf"|iske|unka|unki|unke|ohna da|ohnan da|ohnaan da) (?:on )?(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|{_WEEKDAYS})"
     r"(?: (?:nu|nun|noo|ko|kau|te|tey))? ((?:[a-z]+ ){0,3}?)(test|exam|imtihan|imtihaan|imtehan|match|trip|concert"
     r"|assembly|nativity|performance|rehearsal|fixture)"
     r" (?:hai|he|ae|aa|hega|hegi|hoga|hogi|hovega|hovegi|howega|hona hai|hona ae)\b",
     lambda m: "he has a " + " ".join(w for w in m[2].split() if w not in ("ka", "ki", "ke", "da", "di", "de"))
     + (" " if m[2].strip() else "") + ("test" if m[3].startswith(("imt", "exam")) else m[3])
     + f" on {m[1] if '/' in m[1] else _day(m[1])}"),
    (r"\b(\d{1,2}/\d{1,2}(?:/\d{2,4})?) (?:te|tey|e|tarikh\w*|ko|nu)\b", r"on \1"),
    (r"\b(?:oi|ei|us|uss|ous|ohi|usi) din\b", "that day"),
    (r"\bchicken ?pox\b|\bchikan ?pox\b|\bjol ?boshonto\b|\bkhasra\b", "chickenpox"),
    (r"\b(?:hospital|haspatal|hospitaal|clinic)(?: (?:e|ch|vich|mein|me|te|pe|par|ey))? (?:appointment|appt)\b",
     "hospital appointment"),
    (r"\bjab (?:(?:ye|yeh|woh|us ke|uske|is ke|iske|ohde|ehde) )?(?:daane|dane|daney|daaney|spots)\w*"
     r" (?:sookh|sukh|sook|shukh)\w*(?: (?:jayen|jaen|jaye|jain|jayein|jaan|jande))?", "when the spots dry up"),
    (r"\b(?:shara|sara) din lagbe\b|\ball day\s+lagbe\b", "it takes all day"), (r"\btai\b", "so"),
    # "amar ekta appointment ache" (I have an appointment): the parent's own, not the child's
    (r"\b(?:amar|meri|mera|mere|meriyan|sadi|saadi)\s+(?:(?:ekta|ek|ik|iko|a)\s+)?(?:appointment|appt)"
     r"(?:\s+(?:ache|achhe|ase|aache|hai|ae|he))?\b", "i have an appointment"),
    # "choto bhai ke dekhar keu nai" (nobody to look after the little brother)
    (r"\b(?:(?:choto|chhoto|choti|chhoti) )?(?:bhai|bhaike|bon|bonke|baby|babu|bachcha|bacha)(?: ke| re)?"
     r" (?:dekhar|dekhte|dekhbhal korar|dekhashona korar|rakhar)(?: (?:jonno|jonne|moto))? (?:keu|kew|kau|keo)"
     r" (?:nai|nei|nae|nay|nahi)\b", "no one to look after the little one"),
    # "ghor e agun legeche", "ghar mein aag lag gayi": a house fire
    (r"\b(?:aag|aagg|agun|aagun)(?: (?:lag|lagg|lagi|laggi|lagiya|lege|legeche|legechilo|legechhilo|lagse|lagche)\w*)"
     r"(?: (?:gayi|gai|gaya|gyi|geche|gechilo|gayi thi|gai thi|gaya tha|si|thi|tha))*\b", "house fire"),
    (r"\bappointment\s+(?:ache|achhe|ase|aache)\b", "appointment"),
    (r"\bajj\b", "today"), (r"\bthoda\b|\bthora\b|\bthodi\b|\bthori\b|\bthode\b|\bthore\b", "a bit"),
    # "sutti reh gayi" (stayed asleep), "neend nahi khuli": overslept; "hun bahut late ho gaya": it is too late now
    (r"\b(?:sutt[aie]|soy[aie]|soi|so) (?:reh|rah|rahi|reha|rai) (?:gaya|gayi|gai|gaye|gya|gyi|si)\b"
     r"|\b(?:neend|nind|neendh|aankh|akh|akhh)(?: (?:hi|i|ee))? (?:nahi|nahin|nai|na|ni) (?:khuli|khulli|khuli si)\b"
     r"|\bghum (?:theke )?(?:deri|deri kore|late) (?:uth|uthe|utheche|utheche)\w*", "overslept"),
    (r"\b(?:bahut|bohat|bohot|boht|bahot|zyada|ziada|kaafi|kafi|hun|ab|already)(?: (?:bahut|bohat|bohot|zyada))?"
     r" late ho (?:gaya|gayi|gai|gya|chuka|chuki)\b(?: (?:hai|hae|he|si))?", "it's too late"),
    # "hun bahut der ho gayi ae", "ab kaafi der ho chuki hai" (it has got late now): too late; without "now" ("aaj
    # bahut der ho gayi") it is a late arrival
    (r"\b(?:hun|hunn|ab|already)(?: (?:bahut|bohat|bohot|boht|bahot|zyada|ziada|kaafi|kafi))*"
     r" (?:der|dair) ho (?:gaya|gayi|gai|gya|gyi|chuka|chuki)\b(?: (?:hai|hae|he|ae|si))?", "it's too late"),
    (r"\b(?:school )?(?:nahi|nahin|nai|ni|na) (?:bhej|bhejna|bhejenge|bhejunga|bhejungi|bhejange|bhejaange)\w*"
     r"|\bbhej(?:na|nge|enge|unga|ungi|ange)? (?:nahi|nahin|nai|ni)\b|\bpathabo na\b|\bpathacchi na\b"
     r"|\bpathate (?:parbo|parchi|parbona|parchina|pari) ?na\b", "won't be in"),
    # "doctor bolse 2 din basay rest nite": rest at home
    (r"\b(?:basay|bashay|basai|barite|bari te|ghore|basate|bashate)\b(?: (?:rest|bishram|aram|thakte|thakbe|thakbo"
     r"|thakuk|rakhte|rakhbo)\w*)?(?: (?:nite|nibe|korbe|korte|dite|bolse|boleche))?", "staying home"),
    (r"\bbolse\b|\bbolche\b|\bboleche\b|\bbollo\b", "said"),
    # "baqi bachay aa rahe hain", "Danish aaj aa raha hai": the others, that child, come in
    (r"\b(?:baqi|baaqi|baki|baaki|bakki|bakira)(?: (?:sab|sare|saare|dono|teeno|bachay|bachche|bache|bacche))*"
     r"(?: (?:school|skool))? (?:aa|ja) (?:rahe|rahi|raha) (?:hain|hai|he|ne)\b|\b(?:baqi|baki|baaki)(?: (?:sab|bachay"
     r"|bachche|bache))* (?:school )?(?:aayenge|aaenge|jayenge|jaenge|aavange|ashbe|jabe)\b",
     "the others will be in as normal"),
    (r"(?<!\blate )(?<!\bder se )(?<!\bdair se )(?<!\bnahi )(?<!\bnahin )(?<!\bnai )(?<!\bbaje )(?<!\bvaje )"
     r"\b(?:(?:school|skool) )?(?:aa|a) (?:raha|rahi|rahe) (?:hai|hain|he|hay)\b(?! (?:late|der))",
     "will be in as normal"),
    (r"\b(?:janamdin|janam din|janmdin|janmodin|saalgirah|salgirah|salgira|saalgira)\b", "birthday"),
    # "12:45 te", "9:45 par": at that time
    (r"\b(\d{1,2}[:.]\d\d) (?:te|tey|pe|par|baje|bajay|vaje)\b", r"at \1"),
    # "school ton lai javanga", "school se le jaungi": I will collect him from school
    (rf"\b{_SCHOOL} (?:ton|se|to|theke) (?:lai|le|lay|lain|lene|niye)(?: ke)? (?:ja|jaa|aa|jab)\w*",
     "collect him from school"),
    # "savere oh school aavega": he will be in for the morning
    (rf"\b(?:savere|saverey|savera|subah|sakale)\b(?: (?:oh|uh|woh|wo|vo|o))? {_SCHOOL} {_COMES}",
     "he will be in for the morning"),
    # (with the future's ending written apart: "time pe aa jaye gi")
    (rf"\btime (?:pe|par|te|sir|tey) (?:{_SCHOOL} )?(?:aa|aay|aav|pahunch|pohanch)\w*(?: (?:ja|jaa)\w*)?"
     r"(?: (?:ga|gi|ge|gaa|gee)\b)?",
     "will be in on time"),
    (r"\b(?:ghar|ghr|ghare|gharey)(?: (?:pe|par|mein|me|te|ch|vich|hi|ich|ee|ai))*(?: (?:hi|he))?"
     r" (?:aa?raa?m(?: kar(?!ne\b|na\b|an\b|n\b)\w*(?: (?:ga|gi|ge|gaa|gee|rahi|raha|rahe|rai|reha|rahiyan))?)?"
     r"(?!\w)|reh|rah|rai|rakh"
     r"|rakkh|rakhe|rakho|rakhna|rakhange|rakhenge|rakhungi|rakhunga)\w*(?! (?:gaya|gayi|gai|gya|gyi|geya|gaye)\b)",
     "staying home"),
    # transport: the car broke down, no bus, missed the bus
    (r"\b(?:gaa?dd?i|gaa?rr?i|car|motor)\b(?: \w+){0,2}? (?:kharaa?b|kharab|kharap|band|start nahi\w*|nosto)\b"
     r"(?: (?:ho|hoye|hoya))?"
     r"(?: (?:gayi|gai|gaya|gayi hai|gai hai|gechhe|geche|hai))?", "car broke down"),
    (r"\bbus (?:nahi|nahin|nai|ni) (?:aayi|aai|ayi|aaya|aayee|aavi)\b|\bbus (?:ashe ni|asheni|ase ni|nei)\b", "no bus"),
    (r"\bbus (?:miss|chhoot|chhut|chut|nikal)\w*(?: (?:ho|hoye))?(?: (?:gayi|gai|gaya|gechhe|geche))?",
     "missed the bus"),
    (r"\bhartal\b|\bhadtal\b|\bstrike\b", "strike"),
    # tired, anxious, no clean uniform
    # "thakke hoye ne" (are worn out)
    (r"\bthak\w* (?:gaya|gayi|gaye|gai|hua|hui|hue|hoya|hoyi|hoye|hoe|gechhe|geche)\b|\bthakawat\b|\bthakaa?n\b"
     r"|\bthakk?a hua\b|\bklanto\b", "tired"),
    # Punjabi "thaki hoi ae", "thakeya hoya" (is tired: "hoi", "hoya" for Urdu "hui", "hua"), "thakki hoi aa" (the
    # doubled k of Gurmukhi "ਥੱਕੀ"), "thakki aa", Urdu "thaki hai" (is tired: not Bengali "basay thaki", I stay)
    (r"\bthakk?(?:a|i|e|ya|eya|iya|eyi|iyan|eyan|ea|ey)\b (?:hoi|hoyi|hoiyan|hoyiyan|hoe|huwa|huyi|hoya|hoye|hoeya"
     r"|hoyea|hui|hua|hue)\b|\bthakk?(?:a|i|e|ya|eya|iya|eyi|iyan|eyan|ea|ey) (?:hai|hain|hei|aa|ae|ay|ne|han|haan)\b",
     "tired"),
    (r"\bghabrahat\w*|\bghabrahut\w*|\bghabraa?(?:ti|ta|te|hat)\b", "anxious"),
    (r"\b(?:saaf )?(?:vardi|wardi|uniform)\b", "uniform"),
    # "baaki hafte bare baad ch dasange", "baqi hafte ke baare mein baad mein batayenge" (we'll tell you about the rest
    # of the week later): those days are not reported yet
    (r"\b(?:baqi|baaqi|baki|baaki|bakki) (?:(?:sare|saare|pure|poore) )?(?:hafte|hafta|haftay|week|dinan|dinon|din)"
     r" (?:(?:de|da|ke|ka) )?(?:bare|baare|baray|barey|baarey)(?: (?:ch|vich|mein|me|main))?"
     r" (?:baad|bad|baadh|pichhon) (?:ch|vich|mein|me|main|nu|ko) (?:dasange|dassange|dasaange|dassaange|das dange"
     r"|dass dange|das davange|dasanga|dasangi|batayenge|bataenge|bata denge|bataunga|bataungi|bataoonga|bataoongi)\b",
     "we'll update you about the other days later"),
    (r"\b(?:baqi|baaqi|baki|baaki|bakki)\b (?:ka |da |sara |saara |poora |pura |poore |pure )?"
     r"(?:hafta|hafte|haftay|week)\b",
     "the rest of the week"),
    (r"\bdast\b|\bdasta\b|\bloose motion\w*", "diarrhoea"),
    (r"\btab(?:i|ee|ii)y?at kharaa?b\b", "ill"),
    (r"\bgala (?:kharab|dard|kharaab)\b|\bgale (?:mein|vich) dard\b", "sore throat"),
    # "agla pura hafta", "saara agla hafta", "agle poore hafte" (all of next week): next week, not this one
    (r"\b(?:(?:poora|pura|sara|saara|poore|pure|sare|saare) (?:agla|agle|aglay|agli) |(?:agla|agle|aglay|agli)"
     r" (?:poora|pura|sara|saara|poore|pure|sare|saare|puro) )(?:hafte|hafta|haftay|shoptah\w*|soptah\w*|week)\b",
     "all next week"),
    # "is poore hafte" / "saara hafta" / "ei puro shoptah": this whole week
    (r"\b(?:(?:is|iss|es|ei|eii|ey) )?(?:poore|pure|poorey|poora|pura|puro|sara|saara|sare|saare|shara) "
     r"(?:hafte|hafta|haftay|shoptah\w*|soptah\w*|saptah\w*|week)\b", "this whole week"),
    (r"\b(?:is|iss|es|ei|eii|ey) (?:hafte|hafta|haftay|shoptah\w*|soptah\w*|saptah\w*|week)\b|\bpoora hafta\b",
     "this week"),
    # "agle hafte mere bhai ki shaadi hai, ... 10 aur 11 December ko nahi aayega", "shaadi agle hafte hai" (my brother's
    # wedding is next week, ... won't be in on 10 and 11 December): "next week" dates the event; the dates say the days
    (r"\b(?:(?:agle|agla|aglay) (?:hafte|hafta|haftay) ((?:\w+ ){0,4}?(?:ki|ka|ke|di|da|de) )|((?:shaadi|shadi|viah"
     r"|vyah|viyah|viaah|mehndi|mehendi|walima|valima|barat|baraat|birthday|salgirah|party|function) )(?:agle|agla"
     r"|aglay) (?:hafte|hafta|haftay) )(?(1)(?:shaadi|shadi|viah|vyah|viyah|viaah|mehndi|mehendi|walima|valima|barat"
     r"|baraat|birthday|salgirah|party|function) |)(?=(?:hai|he|ae|aa|a|hovega|hogi|hoga)\b[\s\S]*?(?<![\d:.])\d{1,2}"
     r"(?:st|nd|rd|th)? (?:(?:tarik|tareekh|tarikh)\w* )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
     lambda m: f" {m[1] or ''}{m[0].removesuffix(' ').rsplit(' ', 1)[-1] + ' ' if m[1] else m[2]}"),
    (r"\b(?:agle|agla|aglay|agami|porer) (?:hafte|hafta|haftay|shoptah\w*|soptah\w*)\b", "next week"),
    (r"\b(?:pet|pait|petch) (?:(?:vich|mein|me) )?(?:dard|kharab|kharaab|kharap|kharaap|khrap|byatha|betha|batha)\b",
     "tummy ache"),
    (r"\b(?:sir|sar|matha) (?:(?:ch|vich|mein|me|main) )?(?:dard|byatha|betha)\b", "headache"), (r"\bdard\b", "pain"),
    # "Parson aa jaange", "parso school wapas aayenge" (they come (back) the day after tomorrow): back then, as "kal aa
    # jayegi" is back tomorrow
    (r"\b(?:parson|parso|parsoon|parsun)(?: (?:inshallah|insha allah|inshaallah|shayad|shaayad|pakka|zaroor|wapas|wapis"
     r"|vapas|vapis|back|phir|fir|school|skool|sakool))* (?:(?:aa|a) (?:jaange|jayenge|jaenge|javange|jaavange|jaunge"
     r"|jayega|jayegi|jaavega|jaavegi|javega|javegi|jaega|jaegi|jaugi|jauga|jaye ga|jaye gi|jaan ge|jaange)"
     r"|aavega|aavegi|aavange|aayega|aayegi|aayenge|aaenge|aauga|aaugi|aaunge|aunge)\b"
     r"(?!\s+(?:na|nahi|nahin|nai|ni|late|der|dair)\b)", "back the day after tomorrow"),
    (r"\bparson\b|\bparso\b|\bporshu\b", "the day after tomorrow"),
    (r"\b(?:doctor|daktar|dr)\b (?:kol|ke paas|ke pas|de kol|ke|kachhe|er kache)\b", "to the doctor"),
    # "Monday 9:30 baje GP ke paas le jana hai" (I have to take her to the GP): a medical appointment
    (r"\bgp\b (?:kol|ke paas|ke pas|ke pass|de kol|de paas|kachhe|kache|er kache|er kachhe)\b", "to the gp"),
    (r"\bderi (?:kore|hobe|hoye)\w*|\bderi te\b", "running late"),
    # "interview ke baad wo school aa jaye ga": in after the appointment
    (r"\b(?:interview|appointment|appt|check ?-?up|scan|test|dentist|doctor|clinic|hospital|namaz|jumm?a|janaza\w*"
     r"|funeral) (?:ke|de|ton|to|er|ki|di) (?:baad|bad|baadh|pore|por|magron|pichhon|pichon)\b"
     r"(?![^.,]*\b(?:nahi|nahin|nai|na|ni)\b)[^.,]*?\b(?:(?:aa|a) (?:ja|jaa|jay|jaay|jaav|jaan)\w*"
     r"|aayega|aayegi|aaega|aaegi|aavega|aavegi|aauga|aaugi|aayenge|aaenge|aavange|aaunge|ashbe|asbe|aashbe"
     r"|(?:pahunch|pohanch|puhanch|chhad|chhod|chod|chhor|chor|le ja|lai ja)\w*)"
     r"(?: (?:ja|jaa|jay|jaay|jaav|jaan|dunga|dungi|devange|deyange|jaunga|jaungi|jabo)\w*)?(?: (?:ga|gi|ge))?",
     "will be in after"),
    (r"\b(?:(?:is ke|iske|us ke|uske|us ton|is ton|us to|tarpor|tarpore| er pore)\s*(?:baad|bad|baadh|pore)?"
     r"|(?:uston|iston|usto|isto|ohton|ehton|ohde|ehde|us de|is de|oh de|eh de) (?:baad|bad|baadh|magron|pichhon))\b"
     # not "aaj" (today): "uske chachu ki mehndi hai aaj shaam" (his uncle's mehndi is this evening) says no arrival
     r"(?![^.,]*\b(?:nahi|nahin|nai|na)\b)[^.,]*\b(?!aa?j\b)(?:aa|aay|aav|aau|ash|pahunch|pohanch)\w*"
     # "uske baad le aaungi school": the school named after the verb is where, not "after school"
     rf"(?: (?:ja|jaa|jay|jaay|jaav)\w*)?(?: (?:ga|gi|ge))?(?: {_SCHOOL}\b)?", "will be in after"),
    (r"\b(?:(?:is|us|appointment|checkup|check up) ?(?:de|ke|ton|to|er) )?(?:baad|baadh|pore|porer|pichhon)"
     r" ?(?:vich|ch|mein|me|main|te)?\b(?![^.,]*\b(?:nahi|nahin|nai|na)\b)[^.,]*\b(?:school|skool|sakool|class)\b"
     r"[^.,]*\b(?:chhad|chad|chhod|chod|chhor|chor|le ja|lai ja|lejabo|niye jabo|pahuncha|pohancha|chhed|drop"
     # "baad ch school le aavange", "baad mein school le aaungi" (we will bring her to school afterwards)
     r"|(?:le|lai|lay|leke|lai ke|le ke|lekar|laike) (?:aa|aav|aay|aau|aaw|aaun|aun))\w*"
     r"(?: (?:kar|kr|ke|k)(?= \w*(?:d|g)))?(?: (?:dungi|dunga|doongi|doonga|denge|dangi|danga|dange|devangi|devanga"
     r"|devange|deyangi|deyanga|deyange|dengi))?",
     "will be in after"),
    (r"\b(\d{1,2}(?: [a-z]+)?(?: 20\d\d)?) (?:se|ton|theke) (\d{1,2}(?: [a-z]+)?(?: 20\d\d)?)"
     r" (?:tak|taq|porjonto|porjanto)\b", r"from \1 to \2 inclusive"),
    (r"\b(\d{1,2}[:.]\d{2})\s*(?:vaje |baje |bajay )?(?:tak|tak|moddhe|er moddhe)\b", r"by \1"),
    (r"\b(?:taqreeban|takriban|lagbhag|lagbhog)\b", "around"),
    (r"\blate (?:aa|aay|aau|ho|pahunch|pohanch|ash)\w*", "running late"),
    # "rishtedaron se milne" (to see relatives): "Pakistan rishtedaron se milne ja rahe hain" is a trip abroad to family
    (r"\b(?:rishtedaron|rishtedaaron|rishte daron|rishtedaro|rishtedaran|rishtedaaran|relatives|family|khandan"
     r"|nana nani|dada dadi|nani|dadi|nana|dada)(?: (?:ji|jaan|ammi|abbu))? (?:se|nu|ko|noo|naal) (?:milne|milan|milna"
     r"|milanh)(?: (?:ke liye|layi|lai))?\b", "to visit family"),
    # a city there: "Lahore ja rahe hain", "Amritsar ja rahe haan", "Sylhet jacchi"
    (r"\b(pakistan|india|bangladesh|kashmir|punjab|dubai|saudi arabia|lahore|karachi|islamabad|rawalpindi|pindi"
     r"|mirpur|peshawar|faisalabad|multan|sialkot|jhelum|gujranwala|amritsar|jalandhar|jullundur|ludhiana|delhi"
     r"|dhaka|sylhet|chittagong)\b(?:\s+to visit family| \w+)?"
     r"\s+(?:ja|jaa|jacchi|jachchi|jabo|jaabo)\b",
     r"travelling to \1"),
    (r"\b(?:poore|pure|poorey) ho gaye?\w*|\bguzar gaye?\w*|\bmar gaye?\w*|\bfaut ho\w*|\bmara gechen\b",
     "passed away"),
    (r"\b(?:school ?e |skule |iskule )?(?:ashbe|asbe|aashbe|jabe|jaabe|(?:ashte|aste|jete|jaite) (?:parbe|parbo"
     r"|parbena))\s?na\b", "won't be in"),
    # "4 theke 8" (from the 4th to the 8th); not inside dates written with a slash ("14/12 ton 18/12")
    (r"(?<![\d/])\b(\d{1,2}) (?:theke|ton|se) (\d{1,2})\b(?!/\d)", r"from \1 to \2"),
    (r"\bporjonto\b|\bporjanto\b", "inclusive"),
    (r"\b(?:osustho|oshustho|asustha)\b", "ill"), (r"\b(?:jor|jwor|jhor)\b", "fever"), (r"\bajke\b", "today"),
    (r"\baa?j subah\b", "this morning"), (r"\bkal raat\w*(?: (?:se|ton|to))?\b|\braat (?:se|ton)\b", "last night"),
    (r"\bkall? (?:subah|subha|savere|sawere|saverey|savera|sawera)\b", "tomorrow morning"),
    (r"\baaj\b|\baj\b", "today"),
    (r"\bkall?\b|\bkalke\b|\bkaalke\b", "tomorrow"),
    (rf"\b(today|tomorrow|{_DAYS_EN})\s+r\s+({'|'.join(['today', 'tomorrow', _DAYS_EN])})\b", r"\1 and \2"),
    # "Gurveer nu kalla chad ke nahi ja sakdi", "usko akela chhod ke nahi ja sakti": I can't leave him alone
    (r"\b(?:main |mai |me )?(\w+) (?:nu|ko|nun) (?:kalla|kalli|kalle|akela|akeli|akele|ikalla|ikalli)"
     r" (?:chad|chhad|chhod|chod|chhor|chor)(?: ke| kar| k)? (?:nahi|nahin|nai|ni) (?:ja|jaa)\w*"
     r"(?: (?:sakdi|sakda|sakti|sakta|sakde|sakte))?(?: (?:haan|han|hoon|hun|aan))?", r"i can't leave \1 alone"),
    (r"\bkyunki\b|\bkyun ki\b|\bkyonki\b|\bkiyunki\b|\bkeonki\b|\bkyun ke\b|\bkyunke\b|\bkyonke\b", "because"),
    (r"\bhun (?:vi|bhi)\b|\bab (?:bhi|tak)\b|\bhale (?:vi|bhi)\b|\bhaje (?:vi|bhi)\b", "still"),
    # "tonsils da operation hoya si", "tonsils ka operation hua hai", "surgery hui hai": an operation in the past
    # (or just over), the child recovering from it (not an appointment)
    # ("meri aankh ka operation hua hai", I have had an eye operation: the parent's)
    (r"(?:\b(mera|meri|mere|mujhe|mainu|menu)(?: (?:apna|apni|apne|khud))?(?: (?!beta|beti|bach|bhai|behen|behan"
     r"|putt|puttar|dhee|kudi|munda)[a-z]+ (?:ka|ki|da|di))? )?"
     r"\b(?:(?:operation|opration|aapreshan|apreshan) (?:hoya|hoyeya|hoiya|hua|huwa|hoa|ho gaya|ho gya|hogaya|hogya"
     r"|hoya gaya|ho chuka|ho geya|ho gia)|(?:surgery|sarjari) (?:hui|huyi|hoi|hoyi|ho gayi|ho gai|ho gyi|hogayi"
     r"|ho chuki))(?: (?:si|tha|thi|sii|hai|he|hy|ae|e|aa))?\b",
     lambda m: "i have had an operation" if m[1] else "has had an operation"),
    (r"\b(?:school|skool|sakool) (?:nahi|nahin|nai|ni) (?:aa|aay|aav|aau|ja|aye|aey)\w*(?: sak\w*)?"
     r"|\b(?:nahi|nahin|nai|ni) (?:aa|aay|aav|aau|ja|aye|aey)\w*(?: (?:sak|pa)\w*)?", "won't be in"),
    # "Aliza chhutti tak rahegi", "chutti takk school vich rahu" (stays until home time): in school as normal
    (r"\b(?:chutti|chhutti) (?:hone |hon )?(?:tak|takk|tak|tayk|takar|takkar)(?: (?:school|skool)(?: (?:mein|me|main"
     r"|vich|ch))?)?(?: (?:hi|hee|e|ee))? (?:rahe|rahegi|rahega|rahenge|rahu|rahugi|raho|rehegi|rehega|rahegi|rahegee"
     r"|rahe ga|rahe gi|rahe ge|rahengi|rahe gee)\b", "will stay at school until home time"),
    (r"\b(?:chutti|chhutti) (?:hone |hon )?(?:tak|takk|takar|takkar)\b", "until home time"),
    # "shaadi ki shopping", "shadi ke liye shopping", "Eid di shopping" (shopping for a wedding, for Eid): a shopping
    # trip, not the wedding or Eid itself
    (r"\b(?:shaadi|shadi|viah|vyah|viyah|eid) (?:ki|ke|di|de|da|ka|kay) (?:(?:liye|liya|lie|layi|lai|vaste|waste) )?"
     r"(?:shopping|khareedari|kharidari|khareedaari)\b|\b(?:shopping|khareedari|kharidari) (?:(?:karni|karne|karan)"
     r" )?(?:shaadi|shadi|viah|eid) (?:ke|de|di|kay) (?:liye|lie|layi|lai|vaste|waste)\b", "shopping"),
    (r"\bchutti\b|\bchhutti\b", "leave"),  # a day off, or the school holidays ("chhutti kado shuru")
    (r"\bbimar\w*|\bbeemar\w*|\bbimaar\w*|\bbemaa?r\w*|\bbeemaa?r\w*|\btabiyat (?:theek|thik) (?:nahi|nahin)\w*",
     "ill"),
    (r"\bbukhar\b|\bbukhaar\b|\btaap\b", "fever"), (r"\bkhansi\b|\bkhangh\b|\bkhaansi\b", "cough"),
    (r"\bnazla\b|\bzukam\b|\bzukaam\b", "cold"), (r"\bulti\w*|\bultiyan\b", "vomiting"),
    (r"\bshaadi\b|\bshadi\b|\bviah\b|\bvyah\b|\bviyah\b|\bvivah\b|\bviaah\b|\bvyaah\b|\bviyaah\b"
     r"|\bbiye\b|\bbiyer\b|\bmehndi\b|\bbaraat\b",
     "wedding"),
    (r"\bemerjency\b|\bemarjency\b|\bemergancy\b", "emergency"),
    (r"\binteqal\b|\bintiqal\b|\bwafat\b|\bfaut\b", "passed away"),
    # "akal chalana kar gaye", "akaal chalaana kar gaye" (passed away; Punjabi, written with one a or two)
    (r"\bdehant\b(?: ho (?:gaya|gaye|gayi|gya|gye|gai))?|\baa?kaa?l chalaa?na kar (?:gaye|gaya|gayi|gye|gya|gai)\b",
     "passed away"),
    # "dadi ji aj poore ho gaye" (read above as "today passed away"): the day after the verb, as English has it (the
    # day of the death, not a day off: "kal te parson nahi aauga" after it says the days)
    (r"\b(today|this morning|last night|yesterday)((?:\s+(?!(?:won't|staying|because|school|but|and|will|not|leave)\b)"
     r"[^\s.,!?;]+){0,6}?)\s+passed away\b", r"\2 passed away \1"),
    # "kal sanskar hai", "antim sanskar" (the cremation, the last rites); not another rite ("naamkaran sanskar", a
    # naming ceremony)
    (r"(?<!\bnaamkaran )(?<!\bnamkaran )(?<!\bmundan )(?<!\bvivah )(?<!\bjaneu )(?<!\bupnayan )"
     r"\b(?:(?:antim|antam|aakhri|akhri) )?sanskaa?r\b", "cremation"),
    (r"\bjanaza\w*", "funeral"),
    (r"\b(?:der|dair|deir) (?:se|naal|nal)\b|\b(?:der|dair|deir) ho\w*(?: (?:gayi|gaya|gai|gya|gyi|gaye))?"
     r"|\blate ho\w*", "running late"),
    (r"\bwapa?s\b|\bvapa?s\b|\bwapis\b|\bvapis\b|\bwaapas\b", "back"),
    (r"\bmera (?:beta|puttar|munda|bacha)\b", "my son"), (r"\bmeri (?:beti|kudi|dhee|bachi)\b", "my daughter"),
    # "mera nawasa" (my daughter's son), "meri poti" (my son's daughter), "sada dohta": a grandparent writing about one
    # grandchild (which child it is needs a name when several are linked)
    (r"\b(?:mera|meri|hamara|hamari|humara|humari|sada|sadi|saada|saadi|sadda|saddi)"
     r" (nawasa|nawasi|nawassa|nawassi|nawaasa|nawaasi|pota|poti|potaa|potra|potri|dohta|dohti|dohtra|dohtri)\b",
     lambda m: "my grandson" if m[1].endswith("a") else "my granddaughter"),
    # "saare bachche", "sab bache" (all the children): every child linked, not a name
    (r"\b(?:sare|saare|sarey|saarey|sab|sabh|saariyan)(?: (?:de|ke))? (?:bachay|bachche|bache|bachon|bachiyan|bacche"
     r"|bachhe|bachheyan|bachcheyan|bacheyan)\b", "all the children"),
    # "party ch kuch galat kha liya", "kujh ganda kha leya function vich" (ate something bad at the party): where the
    # illness came from, not a family occasion the child is off for
    (r"\b(?:(?:party|function|dawat|daawat) (?:ch|vich|wich|mein|me|main|pe|par|te) )?(?:kuch|kujh|kuj|kich)"
     r" (?:galat|ghalat|ganda|gandaa|kharab|kharaab|bura|baasi|basi|ulta) (?:kha|khaa) (?:liya|lia|leya|lya|laya"
     r"|lita|litta|gaye|gaya|gayi|gai|gye|gya)\b(?: (?:si|tha|thi|the))?"
     r"(?: (?:party|function|dawat|daawat) (?:ch|vich|wich|mein|me|main|pe|par|te)\b)?",
     "had something bad to eat at the party"),
    # "lagda kuch galat kha liya" (it seems they ate something bad)
    (r"\b(?:lagda|lagta|lagdi|lagti)\s+(?:(?:hai|ae|e)\s+)?(?=had something bad to eat\b)", "it seems they"),
    # "dono bachon" (both children): "both" names two children, not all of them
    (r"\b(?:dono|donon|dono hi|dovein|doven|doveen|dowein|dowen|dohan|doyan)\b (?:bachon|bachay|bachche|bache|bacche"
     r"|bachiyan|bachian|bachhe|bacheyan|bachcheyan|nyane|nyaane|jawak|kids)\b",
     "both kids"),
    # "bachay ki tabiyat kharab hai" (the child's health is bad): the singular oblique before a postposition is one
    # child (the children would be "bachon ki"), so with several linked it needs a name
    (r"\b(?:bachay|bache|bachche|bacche)\b(?=\s+(?:ki|ka|ko|ne|nu|nun|di|da)\s+(?:tabiyat|tabiat|tabeeyat|sehat|bukhar"
     r"|bukhaar|ulti|ultiyan|pet|gala|galay|sir|kaan|daant|ill|fever|unwell|vomiting|cough|cold|temperature)\b)",
     "my son"),
    (r"\bbachay\b|\bbachche\b|\bbache\b|\bbachon\b|\bbachiyan\b|\bbacche\b|\bbachheyan\b|\bbachcheyan\b"
     r"|\bbacheyan\b", "the children"),
    # "aj te kal dono din" (today and tomorrow, both days)
    (r"\b(?:dono|donon|dovein|doven|doveen|dowein|dowen|dohan|doyan) (?:din|dinan|dina|dinon)\b", "both days"),
    (r"\bdono\w*\b|\bdonon\b|\bdovein\b|\bdoven\b|\bdoveen\b|\bdow[ae]?in\b|\bdowen\b|\bdowe\b|\bduijon\w*|\bdujon\w*",
     "both"),
    (rf"\b({_DAYS})\s+(?:te|e)(?=\s+(?:(?:school|skool) ?e )?(?:firbe|fire ashbe|fire asbe|ashbe|asbe|aashbe|jabe)\b"
     r"(?! na))",
     r"\1 nu"),
    (r"\baur\b|\bte\b|\bate\b", "and"),
    # "lekin" (but), "sirf aaj" (only today), "jabke" (whereas, read as "but"): each child's own clause and days
    (r"\b(?:lekin|lekan|lakin|laikin|magar|balke|balki)\b", "but"),
    # Punjabi "par" (but) opening a clause after a comma (inside a clause it is "on": "ghar par")
    (r"(?<=[,;]) ?\b(?:par|pr)\b(?! (?:hai|he|ae|aa|hain)\b)", " but"),
    (r"\b(?:sirf|sirif|siraf|serf|sirph)\b", "only"), (r"\b(?:jabke|jabki|jabkay|jadke|jadki|jadonke)\b", "but"),
    (r"\bdo din\b", "for 2 days"), (r"\bteen din\b", "for 3 days"), (r"\b(\d+) din\b", r"for \1 days"),
    (rf"\b({_DAYS}) (?:se|ton|to|theke) ({_DAYS}) (?:tak|taq|porjonto|porjanto)\b",
     lambda m: f"from {_day(m[1])} to {_day(m[2])} inclusive"),
    # "Friday 11 December ton": from then
    # "7 December (Monday) se": from then; "Monday ton aaunge" (they come from Monday) is back on Monday, below
    (rf"\b((?:monday|tuesday|wednesday|thursday|friday)(?: \d{{1,2}}(?: (?:{_MONTHS}))?(?: \d{{4}})?)?"
     rf"|\d{{1,2}} (?:{_MONTHS})(?: \d{{4}})?)(?: \((?:{_DAYS_EN})\))? (?:ton|se|theke)\b"
     r"(?!\s+(?:(?:school|skool|sakool)\s+)?(?:aa|aay|aav|aau|aaun|ashbe|asbe)\w*\b(?!\s+(?:na|nahi|nahin|nai|ni)\b))",
     r"from \1"),
    # "Tegbir 11 ton school nahi aavega": from the 11th (of this month or the next)
    (r"(?<![\d:./])\b(\d{1,2}) (?:ton|theke)\b(?! \d| (?:baje|vaje|bajay|bje|minute|min|ghante|din|saal|mahine)\b)",
     lambda m: f"from the {_ordinal(int(m[1]))}"),
    # "kal theke" (from tomorrow)
    # "kal ton normal aunge", "kal se wapas school aayega" (they come in (as normal) from tomorrow), "kal se woh aa
    # jayegi" (from tomorrow she comes in): back tomorrow
    (r"\btomorrow\s+(?:ton|theke|se|to)\s+(?:(?:woh|wo|voh|vo|oh|uh|yeh|ye|eh|o|dono|sab)\s+)?"
     r"(?:(?:normal|normally|regular|regularly|rozana|roz di tarah|back|phir|fir|abar)\s+)?"
     r"(?:(?:school|skool|sakool)\s+(?:e\s+)?)?(?:aaunge|aunge|aunga|aungi|auga|augi|aauga|aaugi|aavega|aavegi|aavange"
     r"|aayega|aayegi|aayenge|aaenge|aa jaange|aa javange|aa jayega|aa jayegi|aa jayenge|aa jaenge|ashbe|asbe|jabe"
     r"|aaye ga|aaye gi|aaye ge|aye ga|aye gi|aa jaye ga|aa jaye gi|aa jae ga|aa jae gi)\b"
     r"(?!\s+(?:na|nahi|nahin|nai|ni)\b)", "back tomorrow"),
    # "kal school aa jaavegi" (she will come to school tomorrow, with no "wapas"/"back"): in school tomorrow, as in a
    # self-correction "kal nahi ... kal school aa jaavegi, Friday nu nahi aavegi"
    (r"\btomorrow\s+(?:school|skool|sakool)\s+(?:aa jayegi|aa jayega|aa jayenge|aa jaegi|aa jaega|aa jaavegi"
     r"|aa jaavega|aa jaange|aa javange|aa jaavange|aavegi|aavega|aavange)\b"
     r"(?!\s+(?:na|nahi|nahin|nai|ni|late|der|dair)\b|\s+\d)", "will be in school tomorrow"),
    # "Sana inshallah kal aa jayegi", "kal wapas school aa jayega" (comes (back) in tomorrow): back tomorrow
    (r"\b(?:(?:inshallah|insha allah)\s+)?tomorrow\s+(?:(?:inshallah|insha allah|wapas|vapas|wapis|back|phir|fir)\s+)"
     r"{0,2}(?:(?:school|skool|sakool)\s+)?"
     r"(?:aa jayegi|aa jayega|aa jayenge|aa jaegi|aa jaega|aa jaavegi|aa jaavega|aa jaye gi|aa jaye ga|aa jae gi"
     r"|aa jae ga|aa jaaye gi|aa jaaye ga)\b"
     r"(?!\s+(?:na|nahi|nahin|nai|ni|late|der|dair)\b|\s+\d)", "will be back tomorrow"),
    (r"\b(tomorrow)\s+(?:ton|theke)\b", r"from \1"),
    # "Friday nu nahi aavegi" (read above as "friday nu won't be in"): won't be in on Friday
    (r"\b(monday|tuesday|wednesday|thursday|friday)\s+(?:nu|nun|noo|ko|kau)\s+won't be in\b", r"won't be in on \1"),
    (r"\btak\b", "until"),
    (r"\bpeer\b|\bsomv?aa?r\b|\bs(?:h)?omo?bar\b", "monday"), (r"\bmangal\w*\b|\bmongol\w*\b", "tuesday"),
    (r"\bbudh\w*\b", "wednesday"),
    (r"\bjumeraat\b|\bjumerat\b|\bveerv?aa?r\b|\bbrihoshpotibar\b|\bbriho(?:s|sh)pa?tibar\b|\bbiss?hudbar\b",
     "thursday"),
    (r"\bjumm?a\b|\bshukarv?aa?r\b|\bs(?:h)?ukrobar\b", "friday"),
    (r"\b(monday|tuesday|wednesday|thursday|friday)(?:\s+(?:ko|کو|gunune))?\s+until\b", r"until \1"),
    # "monday dekhange", "peer ko dekhte hain" (we'll see about Monday): that day is not decided
    (r"\b(monday|tuesday|wednesday|thursday|friday)(?:\s+(?:ko|nu|da|ka))?\s+(?:dekhte|dekhde|vekhde|dekhenge|dekhange"
     r"|vekhange|dekhaange|vekhaange|dekh lenge|dekh lange)(?: (?:hain|haan|aan|han))?\b", r"we'll see about \1"),
    (rf"\b((?:monday|tuesday|wednesday|thursday|friday) \d{{1,2}}(?: (?:{_MONTHS}))?(?: \d{{4}})?)"
     r"(?:\s+(?:ko|nu|gunune))?\s+until\b", r"until \1"),
    # "next Monday try karange", "Monday nu school bhejan di koshish karange" (we'll try (to send him) on Monday): back
    # then, if all goes well
    (r"\b(next )?(monday|tuesday|wednesday|thursday|friday|tomorrow)(?:\s+(?:ko|nu|nun|kau|ton|se|to|theke))?"
     r"(?:\s+(?:school|skool|sakool))?(?:\s+(?:bhejne|bhejan|bhejna|bhejn|aane|aan|aun|aaun|jaane|jaan)"
     r"(?:\s+(?:ki|di|ka|da))?)?\s+(?:try|koshish|koshis|kosish|kosis)\s+(?:kar|kr)\w*(?:\s+(?:ge|ga|gi|gay|dekhenge"
     r"|dekhange|vekhange|vekhaange|dekhte|vekhde)\b)?(?:\s+(?:hain|haan|aan|han))?\b",
     lambda m: "will try to come back " + ("tomorrow" if m[2] == "tomorrow" else f"next {m[2]}" if m[1]
                                          else f"on {m[2]}")),
    # "Monday nu time te aa jaange" (read above as "will be in on time"), "Monday ko normal aayega": back on that day
    (r"\b(monday|tuesday|wednesday|thursday|friday)(?: \d{1,2}(?:st|nd|rd|th)?(?: [a-z]+)?)?\s+(?:ko|nu|nun|kau)\s+"
     r"(?:normal\s+|normally\s+)?will be in (?:on time|as normal)\b", r"back on \1"),
    # "kal time te aauga" (read above as "tomorrow will be in on time"): in on time tomorrow, not absent tomorrow
    (r"\btomorrow\s+(?:(?:inshallah|insha allah|pakka|zaroor)\s+)?will be in (on time|as normal)\b",
     r"will be in \1 tomorrow"),
    # "party Friday nu aa", "shaadi Thursday ko hai" (the party is on Friday): the copula at the end of the clause, not
    # "comes (back) on Friday"
    (r"\b((?:monday|tuesday|wednesday|thursday|friday)(?: \d{1,2}(?:st|nd|rd|th)?(?: [a-z]+)?)?)"
     r"\s+(?:nu|nun|ko|kau|te)\s+(?:(?:hi|ee|vi|bhi)\s+)?(?:aa|ae|ai|hai|he|hae|e)\b(?=\s*(?:[.,!?;]|$))", r"is on \1"),
    # "Thursday nu aa jaange", "Friday ko school aayega", "Monday ko normal aayega", "Monday ko pakka aaye ga" (will
    # surely come on Monday): they come (back) on that day
    (r"\b(monday|tuesday|wednesday|thursday|friday)(?: \d{1,2}(?= (?:ko|nu|kau)\b))?\s+(?:ko|nu|kau|theke|to|ton)\s+"
     r"(?:(?:pakka|pakki|paka|zaroor|zaroor se|zarur|inshallah|insha allah|inshaallah|shayad|shaayad|shaid|shayd"
     r"|shaaid)\s+)?"
     r"(?:(?:school|skool|sakool)\s+)?(?:(?:normal|normally|regular|regularly|time (?:te|pe|par|tey|sir))\s+)?"
     r"(?:(?:school|skool|sakool)\s+)?"
     r"(?:(?:main|mein|vich|te|e)\s+)?(?:aa|aay|aav|aau|aaun|aun|aug|ashbe|asbe|aashbe|pahunch|pohanch|firbe|fire|jabe)\w*"
     r"(?:\s+(?:ja|jaa|jay|jaay|jaav|jaan|jaen|gi|ga|ge|jab)\w*)?\b(?!\s+(?:na|nahi|nahin|nai|ni)\b)",
     r"back on \1"),
    # "Friday ko school wapis aayega", "5 January nu wapas aavega": back on Friday, on 5 January
    # "Monday 14 December ko wapas school aayenge": back on that day
    (rf"\b((?:(?:monday|tuesday|wednesday|thursday|friday) )?\d{{1,2}} (?:{_MONTHS}|{_MONTH_ABBR})(?: \d{{4}})?"
     r"|(?:monday|tuesday|wednesday|thursday|friday)(?: \d{1,2})?|tomorrow)\s+"
     r"(?:ko\s+|nu\s+|kau\s+)?(?:(?:school|skool|sakool)\s+)?(?:(?:main|mein|vich)\s+)?back\b"
     r"(?:\s+(?:school|skool|sakool|class))?(?:\s+(?:aa|aay|aav|aau|ash)\w*)?", r"back on \1"),
    # "wapsi 5 January ko hogi", "wapsi Monday nu hovegi": the return is on that day
    (rf"\b(?:wapsi|wapasi|vapsi|vapasi|waapsi)\s+((?:(?:monday|tuesday|wednesday|thursday|friday) )?\d{{1,2}}"
     rf" (?:{_MONTHS}|{_MONTH_ABBR})(?: \d{{4}})?|monday|tuesday|wednesday|thursday|friday)\s+(?:ko|nu|nun|kau)"
     r"\s+(?:hogi|hoegi|hovegi|howegi|ho gi|ho jayegi|hai|ae|aa)\b", r"back on \1"),
    # "Thursday raat": Thursday night, not the school day
    (r"\btoday\s+(?:shaam|sham|shyam|shaami)\b", "this evening"),
    (r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow)\s+(?:raat|raati|rati|raaten)\b",
     r"\1 night"),
    (r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow)\s+(?:shaam|sham|shyam|shaami)\b",
     r"\1 evening"),
    # "Rohan kal aam vaang aavega", "roz ki tarah school aayega" (comes in as usual): that child is in as normal
    (rf"\b(?:aam|am|roz|rozana|hamesha|humesha|normal) (?:vaang|vang|wang|waang|vangu|vaangu|wangu|waangu|vangoo"
     rf"|wangoo|vaangar|di tarah|ki tarah"
     rf"|ki tarhan|di tarhan)(?: (?:hi|he|ee|i))?(?: {_SCHOOL})? (?:{_COMES}|aa raha|aa rahi|aa rahe|aa reha|aauga"
     r"|aunge|aunga|aungi|auga|augi"
     r"|aaugi|aaunge|aa jayega|aa jayegi|aa jayenge|aa jaavega|aa jaavegi)\b(?!\s+(?:na|nahi|nahin|nai|ni)\b)"
     r"(?: (?:hai|he|ae|aa|hain|han|ne))?", "will be in as normal"),
    # "alarm hi nahi baja" (the alarm didn't go off): overslept
    (r"\balarm(?: (?:hi|bhi|vi|ta|o))? (?:nahi|nahin|nai|ni|na) (?:baja|bajaa|baji|bajja|bola|boli|vajja|vajeya|vajya"
     r"|vajiya|bajya|chala|chali|chaleya|laga|lagya|baje ni|bajeni)\w*(?: (?:tha|thi|si))?\b",
     "the alarm didn't go off"),
    # "Rehan poora din school mein hi rahe ga": that child is in school as normal
    (r"\b(?:all day )?(?:school|skool)(?: (?:mein|me|main|vich|ch|e))?(?: (?:hi|he|ee|i))? (?:rahe|rahay|rehe|rahega"
     r"|rahegi|rahenge|rehga|rehgi|rahuga|rahugi|rahu|rehega|rehegi|rahenga|rahange|rehnge)\b(?: (?:ga|gi|ge))?"
     r"(?!\s*(?:na|nahi|nahin|nai|ni)\b)", "will be in as normal"),
    # "Sahibjot school aavega": that child comes in as normal
    (rf"(?<!\bnot )(?<!\bnahi )(?<!\bnahin )\b{_SCHOOL} {_COMES}\b(?!\s+(?:na|nahi|nahin|nai|ni)\b)",
     "will be in as normal"),
    # "uski 3 baje doctor ki appointment hai", "ohdi dentist naal 2:30 vaje appointment ae" (he has a doctor's, dentist
    # appointment at three), "Amrit da 8:30 vaje doctor naal appointment hai" (Amrit has one): the child's appointment
    # and its time (after "will be in as normal", a "but")
    (r"(?P<normal>will be in as normal\s*,?\s*(?:(?:but|and|par|pr)\s+)?)?\b(?:uski|uska|uske|uskii|ohdi|ohda|ohde|odi"
     r"|oddi|usdi|usda|iski|iska|unki|unka"
     r"|(?:(?:mera|meri|mere|sada|sadi|sade|saada|saadi|saade|hamara|hamari|hamare) )?(?P<who>[a-z]+)"
     r" (?:da|di|de|ka|ki|ke))"
     r"\s+(?:(?P<day>aaj|aj|today|kal|kall|tomorrow)\s+)?(?:(?:at|by)\s+(?P<at>\d{1,2}:\d\d)\s+)?"
     r"(?:(?P<day2>aaj|aj|today|kal|kall|tomorrow)\s+)?(?:to the\s+)?(?P<place>dentist|dentists|doctor|doctors|daktar"
     r"|gp|hospital|haspatal|clinic)(?: (?:sahab|saab|sahib))?(?:\s+(?:ki|ka|ke|di|da|de|ke paas|ke pass|ke pas|kol"
     r"|de kol|naal|nal|ke saath|ke sath|mein|me|vich|ch|se))?(?:\s+(?:at|by)\s+(?P<at2>\d{1,2}:\d\d))?"
     r"\s+(?:appointment|appt|apointment|appoinment|checkup|check up|check-up)"
     r"(?:\s+(?:at|by)\s+(?P<at3>\d{1,2}:\d\d))?(?:\s+(?:hai|he|hy|ae|aa|e))?\b",
     lambda m: _child_appointment(m)),
    # "Hassan school aayega lekin main usay 12 baje dentist ke paas le jaungi" (Hassan comes in but I will take him to
    # the dentist at twelve), "ohnu 12:30 vaje school ton doctor kol lai javangi": a child who comes in (or is taken
    # from school) is collected at that time for the appointment
    (r"(will be in as normal\s*,?\s*(?:(?:but|and|par|pr)\s+)?)?(?:(?:main|mai|mein|asi|hum|ham|usko|usay|use|usse"
     r"|usnu|ohnu|onu|ohnoo|unko|unhe|unhein)\s+){0,2}(?:at\s+|by\s+)?(\d{1,2}(?:[:.]\d\d)?) ?(?:vaje|baje|bajay|bje)?"
     r"(?:\s+(?:usko|usay|use|usse|usnu|ohnu|onu|ohnoo|unko|unhe|unhein|main|mai|mein|asi|hum|ham))*"
     rf"\s+({_PICKUP_FROM} (?:se|ton|to|theke)\s+)?(?:to the\s+)?(dentist|dentists|doctor|doctors|daktar|gp|hospital"
     r"|haspatal|clinic)(?: (?:sahab|saab|sahib))?(?:\s+(?:ke paas|ke pass|ke pas|kol|kolon|de kol|de paas|ke yahan"
     rf"|te|pe|par|ch|vich|mein|me))?\s+{_COLLECT}\b",
     _collected_for),
    # "Veervaar tak ..., Veervaar vi shaamil": up to and including Thursday
    (rf"\buntil\s+({_DAYS_EN})\b([^.!?]*?),?\s+\1\s+(?:vi|bhi|bi|o|shoho)\s+(?:shaamil|shamil|shamel|included"
     rf"|inclusive)\w*",
     r"up to and including \1\2"),
    # "Friday tak ghar pe rakhein (Friday ko bhi nahi aayega)": the day named is off too, up to and including it
    (rf"\buntil\s+({_DAYS_EN})\b([^.!?(]*?),?\s*\(?\s*\1\s+(?:(?:ko|nu|nun|kau)\s+)?(?:bhi|vi|bi)\s+won't be in"
     r"(?:\s*\))?",
     r"up to and including \1\2"),
    # "oh 11 vaje aaugi" (she comes in at 11): in at that time, not in as normal
    (r"\b(?:at )?(\d{1,2}:\d\d)\s+(?:aayega|aayegi|aayenge|aaega|aaegi|aaenge|aavega|aavegi|aavange|aauga|aaugi"
     r"|aaunge|aa jauga|aa jaugi|aa jayega|aa jayegi)\b(?!\s+(?:na|nahi|nahin|nai|ni)\b)", r"will be in at \1"),
    # "Zayan aayega." at the end of a clause: that child comes in (not "nahi aayega", "back aayega", "10 baje aayega")
    (r"(?<!\bnahi )(?<!\bnahin )(?<!\bnai )(?<!\bni )(?<!\bna )(?<!\bback )(?<!\blate )(?<!\bbaad )(?<!\bbad )"
     r"(?<!\btak )(?<!\bbaje )(?<!\bvaje )(?<!\bnot )(?<!\d )(?<!\bon )"
     r"\b(?:aayega|aayegi|aayenge|aaega|aaegi|aaenge|aavega|aavegi|aavange|aauga|aaugi|aaunge)\b"
     r"(?=\s*(?:[.!,;]|$))", "will be in as normal"),
    # "Aiza aa jaye gi": that child comes in
    (r"(?<!\bnot )(?<!\bnahi )(?<!\bnahin )(?<!\bnai )(?<!\bni )\b(?:aa|a) (?:jaye|jaaye|jayega|jayegi|jaayega|jaayegi"
     r"|javega|javegi|jaavega|jaavegi|jaavange|jauga|jaugi|jaega|jaegi)(?: (?:ga|gi|ge))?\b"
     r"(?!\s+(?:na|nahi|nahin|nai|ni)\b)",
     "will be in as normal"),
    # a self-correction: "sorry kal nahi, shaadi Thursday ko hai", "maafi, aaj nahi balke kal" (sorry, not tomorrow /
    # not today but tomorrow): the day taken back
    (r"\b(?:maafi|maafi chahti hoon|maafi chahta hoon|maaf karna|maaf kijiye|maaf kijiyega|maaf karo)\b(?=\s*[,.!]"
     r"|\s+(?:today|tomorrow|monday|tuesday|wednesday|thursday|friday)\s+(?:nahi|nahin|nai|ni|na)\b)", "sorry"),
    (r"\b(today|tomorrow|monday|tuesday|wednesday|thursday|friday)\s+(?:nahi|nahin|nai|ni|na)\b"
     r"(?=\s*(?:[,.!;]|but\b|balke\b|balki\b))", r"not \1"),
    # "Bilal kal bhi ghar pe rahega" (Bilal stays home tomorrow too): the day after the verb, as English has it
    (r"\b(today|tomorrow)\s+(?:bhi|vi|bi)\s+(staying home|won't be in)\b",
     lambda m: f"{'will stay home' if m[2] == 'staying home' else m[2]} {m[1]} too"),
    # the verb last: "Rajveer aj te kal ghar rahega" (Rajveer today and tomorrow stays home), "Amrit aj nahi aavega":
    # the days after the verb, as English has them, so that a clause naming the next child reads as that child's (not
    # a day that a word before it governs, "up to and including thursday", "only today", nor days that open a clause)
    (r"\b([\w'-]+)(\s+)\b((?:today|tomorrow|monday|tuesday|wednesday|thursday|friday)"
     r"(?:\s+(?:and|or)\s+(?:today|tomorrow|monday|tuesday|wednesday|thursday|friday))?)(\s+both days)?"
     r"\s+(won't be in|staying home)\b",
     lambda m: m[0] if m[1] in _DAY_GOVERNED or m[1][-1] in "-–" else f"{m[1]}{m[2]}"
     + ("will stay home" if m[5] == "staying home" else m[5]) + f" {m[3]}{m[4] or ''}"),
)
