"""Somali."""

MARKERS = frozenset([
    "subax", "wanaagsan", "maanta", "berri", "dugsiga", "iskuulka", "mahadsanid", "waa", "ma", "ayay", "ayuu", "wuxuu",
    "waxay", "asc", "fadlan", "iyo", "xanuunsan", "qandho", "doonto", "doono", "kuma", "imaan", "karo", "wuu", "way",
    "soo", "doonaa", "iman", "jira", "waxaa", "qoyska",
])

CANON: tuple[tuple[str, object], ...] = (
    (r"\b(?:isbuucan|toddobaadkan|todobaadkan)(?: oo dhan)?\b", "this week"),
    (r"\b(?:isbuuca|toddobaadka|todobaadka) (?:soo socda|dambe|danbe)\b", "next week"),
    (r"\b(?:kadib|ka dib|kaddib|markaas)\b(?![^.,]*\b(?:ma|kuma)\b)[^.,]*\b(?:keen|iman|imaan|tag|aad)\w*",
     "will be in after"),
    (r"\b(\d{1,2}) ilaa (\d{1,2})\b", r"\1 to \2"),
    (r"\bqiyaastii\b|\bqiyaas ahaan\b|\bku dhawaad\b", "around"), (r"\bsafr\w*", "holiday"),
    (r"\bsaaka\b|\bmaanta subaxdii?\b", "this morning"), (r"\bmaanta\b", "today"),
    (r"\bberrito\b|\bberri\b", "tomorrow"),
    (r"\b(?:ma|kuma|maba) (?:imaan|iman|imanayo|imaanayo|tegi|aadi|joogi|iman karo|imaan karo)\w*(?: doon\w*)?",
     "won't be in"),
    (r"\bxanuunsan\w*|\bbuka\b|\bjiran\w*|\bxanuun\w*", "ill"), (r"\bqandh\w*", "fever"), (r"\bhargab\w*", "cold"),
    (r"\bmantag\w*|\bmatag\w*|\bshuban\w*", "vomiting"), (r"\bqufac\w*", "cough"),
    (r"\bballan\w*", "appointment"), (r"\bdhakhtar\w*", "doctor"), (r"\bisbitaal\w*", "hospital"),
    (r"\bilk\w*", "dentist"),
    (r"\bdaahi\w*|\bdaaha\w*|\bsoo daah\w*", "running late"),
    (r"\bgeeriyooday\b|\bdhintay\b|\bgeeri\w*|\bdhimas\w*", "passed away"), (r"\baas\b|\baaska\b", "funeral"),
    (r"\baroos\w*", "wedding"), (r"\bfasax\w*|\bsafar\w*", "holiday"), (r"\bciid\w*", "eid"),
    (r"\bisniin\w*", "monday"), (r"\btalaado\w*", "tuesday"), (r"\barbaco\w*", "wednesday"),
    (r"\bkhamiis\w*", "thursday"),
    (r"\bjimce\w*", "friday"), (r"\bilaa\b", "until"), (r"\bsoo laaban\w*|\bku soo noqon\w*", "back"),
    (r"\bwiilkeyga\b|\bwiilkayga\b|\bwiilka\b", "my son"),
    (r"\bgabadheyda\b|\bgabadhayda\b|\bgabadha\b", "my daughter"),
    (r"\bcarruurta\b|\bcaruurta\b|\bcarruurtayda\b", "the children"), (r"\blabadoodaba\b|\blabadaba\b", "both"),
    (r"\biyo\b", "and"),
)
