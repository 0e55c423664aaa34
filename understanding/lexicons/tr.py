"""Turkish."""

MARKERS = frozenset([
    "gunaydin", "merhaba", "iyi", "gunler", "bugun", "yarin", "okul", "okula", "okuldan", "tesekkur", "tesekkurler",
    "tesekkurederim", "degil", "gelemeyecek", "gelmeyecek", "ve", "icin", "cok", "hasta", "oglum", "kizim", "ates",
])

_MONTHS = (("ocak", "january"), ("subat", "february"), ("mart", "march"), ("nisan", "april"), ("mayis", "may"),
           ("haziran", "june"), ("temmuz", "july"), ("agustos", "august"), ("eylul", "september"), ("ekim", "october"),
           ("kasim", "november"), ("aralik", "december"))

CANON: tuple[tuple[str, object], ...] = (
    (r"\bgec (?:gelece\w*|gel\w*|kalaca\w*)", "running late"), (r"\b(\d{1,2}(?:[:.]\d\d)?) gibi\b", r"around \1"),
    (r"\b(?:sonra|ardindan|daha sonra)(?: da)? (?:okula )?(?:getirece\w*|gelece\w*|gidece\w*|birakaca\w*)",
     "will be in after"),
    (r"\bbu sabah\b", "this morning"), (r"\bbu ogleden sonra\b|\bogleden sonra\b", "this afternoon"),
    (r"\bbugun\b", "today"), (r"\byarin sabah\b", "tomorrow morning"), (r"\bobur gun\b", "the day after tomorrow"),
    (r"\byarin\b", "tomorrow"),
) + tuple((rf"\b(\d{{1,2}}) {tr}\S*", rf"\1 {eng}") for tr, eng in _MONTHS) + (
    (rf"\b(\d{{1,2}} (?:{'|'.join(e for _, e in _MONTHS)})) itibaren", r"from \1"), (r"\bitibaren\b", ""),
    (r"\b(?:okula |derse )?(?:gelemeyecek|gelmeyecek|gidemeyecek|gitmeyecek|gelemez|katilamayacak|gelemiyor)\w*",
     "won't be in"),
    (r"\bgec kal\w*|\bgecik\w*", "running late"), (r"\bcivarinda\b|\bgibi\b", "around"),
    (r"\bhastane\w*", "hospital"), (r"\bhasta\w*|\brahatsiz\w*", "ill"), (r"\bates\w*", "fever"),
    (r"\bnezle\w*|\bsoguk alg\w*|\bgrip\w*", "cold"), (r"\bkus\w*|\bishal\w*", "vomiting"), (r"\boksur\w*", "cough"),
    (r"\brandevu\w*", "appointment"), (r"\bdoktor\w*", "doctor"), (r"\bdis hekim\w*|\bdisci\w*", "dentist"),
    (r"\bmulakat\w*", "interview"),
    (r"\bcenaze\w*", "funeral"), (r"\bvefat\w*|\bhayatini kaybet\w*", "passed away"),
    (r"\bdugun\w*|\bnikah\w*", "wedding"),
    (r"\bdogum gunu\w*", "birthday"), (r"\btatil\w*", "holiday"), (r"\bbayram\w*", "eid"), (r"\bcami\w*", "mosque"),
    (r"\bdonecek\w*|\bdoner\w*|\bdonuyor\w*|\bgeri gel\w*", "back"), (r"\b(?:gunune )?kadar\b", "until"),
    (r"\bdahil\b", "inclusive"),
    (r"\bhafta sonuna kadar\b|\bbu hafta\b|\bbutun hafta\b", "the rest of the week"),
    (r"\bgelecek hafta\b", "next week"),
    (r"\b(\d+|iki|uc|dort|bes) gun\b", r"for \1 days"), (r"\biki\b", "two"), (r"\buc\b", "three"),
    (r"\bpazartesi\w*", "monday"), (r"\bsali\b|\bsaliya\b|\bsalidan\b", "tuesday"), (r"\bcarsamba\w*", "wednesday"),
    (r"\bpersembe\w*", "thursday"), (r"\bcuma\b|\bcumaya\b|\bcumadan\b", "friday"),
    (r"\boglum\b", "my son"), (r"\bkizim\b", "my daughter"), (r"\bcocuklar\w*", "the children"),
    (r"\bikisi de\b|\bher ikisi\w*", "both"), (r"\bve\b", "and"),
    (r"\b(monday|tuesday|wednesday|thursday|friday)(?:\s+(?:ko|کو|gunune))?\s+until\b", r"until \1"),
)
