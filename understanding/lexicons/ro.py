"""Romanian."""

MARKERS = frozenset([
    "buna", "ziua", "dimineata", "este", "nu", "va", "vor", "scoala", "scoli", "azi", "astazi", "maine", "multumesc",
    "si", "sa", "are", "fi", "la", "din", "pentru", "copilul", "fiul", "fiica", "noastra", "mea", "meu", "vineri",
    "luni",
])

_MONTHS = (("ianuarie", "january"), ("februarie", "february"), ("martie", "march"), ("aprilie", "april"),
           ("mai", "may"), ("iunie", "june"), ("iulie", "july"), ("august", "august"), ("septembrie", "september"),
           ("octombrie", "october"), ("noiembrie", "november"), ("decembrie", "december"))

CANON: tuple[tuple[str, object], ...] = (
    (r"\b(?:azi|astazi) dimineata\b|\bin aceasta dimineata\b", "this morning"),
    (r"\b(?:azi|astazi) dupa[- ]amiaza\b", "this afternoon"),
    (r"\bazi\b|\bastazi\b", "today"), (r"\bmaine dimineata\b", "tomorrow morning"),
    (r"\bpoimaine\b", "the day after tomorrow"),
    (r"\bmaine\b", "tomorrow"),
    (r"\bnu (?:va|vor|o sa|poate|pot|vine|vin|merge)(?: sa)? (?:veni|fi|merge|ajunge|vina|mearga|participa)\w*"
     r"(?: la (?:scoala|ore))?|\bnu vine\b|\bnu vin\b", "won't be in"),
    (r"\blipsi\w*|\babsent\w*|\babsenta\b", "absent"), (r"\bram\w* acasa\b|\bsta\w* acasa\b", "staying home"),
    (r"\bintarzi\w*", "running late"), (r"\bpe la\b|\bin jur de\b|\bcam pe la\b|\bin jurul orei\b", "around"),
    (r"\bla ora\b", "at"), (r"\bora\b", "at"),
    (r"\bracit\w*|\braceal\w*", "cold"), (r"\bfebr\w*|\btemperatur\w*", "fever"), (r"\bbolnav\w*", "ill"),
    (r"\bvars\w*|\bvoma\w*|\bvomit\w*", "vomiting"), (r"\btus\w*", "cough"), (r"\bdurer\w*", "pain"),
    (r"\bgrip\w*", "flu"),
    (r"\bprogramar\w*", "appointment"), (r"\bmedic\w*|\bdoctor\w*", "doctor"), (r"\bspital\w*", "hospital"),
    (r"\bstomatolog\w*|\bdentist\w*", "dentist"), (r"\binterviu\w*", "interview"),
    (r"\binmormantar\w*|\bfuneral\w*", "funeral"), (r"\bdecedat\w*|\ba murit\b|\bdeces\w*", "passed away"),
    (r"\bnunt\w*", "wedding"), (r"\bbotez\w*", "christening"), (r"\bzi(?:ua)? de nastere\b", "birthday"),
    (r"\bvacant\w*|\bconcediu\w*|\bcalator\w*", "holiday"),
    (r"\bslujb\w*|\bliturghi\w*", "church service"), (r"\bbiseric\w*", "church"), (r"\bsarbator\w*", "celebrate"),
    (r"\bsfant\w*", "saint"), (r"\bortodox\w*", "orthodox"),
    (r"\b(?:tot )?restul saptamanii\b|\bpana la sfarsitul saptamanii\b|\btoata saptamana\b", "the rest of the week"),
    (r"\bsaptamana viitoare\b", "next week"),
    (r"\b(?:o|il|ii) aduc\w*(?: la scoala)? (?:dupa aceea|dupa|apoi)\b|\bvine (?:la scoala )?dupa\b",
     "i'll bring her in after"),
    (r"\b(?:o|il|ii) iau\b|\b(?:o|il|ii) voi lua\b", "i'll collect her"),
    (r"\bde (?:la )?(luni|marti|miercuri|joi|vineri) pana (?:la |pe |in )?(luni|marti|miercuri|joi|vineri)\b",
     r"from \1 to \2"),
    (r"\bpana (?:pe |la |in )?", "until "), (r"\bse (?:va )?intoarce\w*|\brevine\w*|\bse intorc\w*", "back"),
    (r"\binclusiv\b", "inclusive"), (r"\bde la\b|\bincepand cu\b", "from"),
    (r"\bpentru (\d+|doua|trei|patru|cinci) zile\b", r"for \1 days"), (r"\bdoua\b", "two"), (r"\btrei\b", "three"),
    (r"\bluni\b", "monday"), (r"\bmarti\b", "tuesday"), (r"\bmiercuri\b", "wednesday"), (r"\bjoi\b", "thursday"),
    (r"\bvineri\b", "friday"),
) + tuple((rf"\b(\d{{1,2}}) {ro}\b", rf"\1 {eng}") for ro, eng in _MONTHS) + (
    (r"\bfiul meu\b|\bbaiatul meu\b|\bbaiatul\b", "my son"), (r"\bfiica mea\b|\bfata mea\b", "my daughter"),
    (r"\bcopiii\b|\bcopiii mei\b", "the children"), (r"\bamandoi\b|\bambii\b|\bamandoua\b|\bambele\b", "both"),
    (r"\bsi\b", "and"),
)
