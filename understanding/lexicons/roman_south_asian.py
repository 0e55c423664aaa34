"""Urdu and Punjabi written in Latin letters (shared vocabulary; MARKERS_UR / MARKERS_PA tell them apart)."""

MARKERS_UR = frozenset([
    "aaj", "kal", "hai", "nahi", "nahin", "school", "aa", "sakega", "sakegi", "sakenge", "shukriya", "bimar", "bukhar",
    "mera", "meri", "beta", "beti", "aur", "ki", "ka", "ke", "se", "usko", "usay", "raat", "miss", "assalam", "alaikum",
    "aoa", "jazakallah", "tabiyat", "theek", "hain", "ho", "gaya", "gayi", "thora", "jayega", "jayegi", "pohanch",
    "wajah", "liye", "tak", "aayega", "aayegi",
])
MARKERS_PA = frozenset([
    "sat", "sri", "akal", "ji", "aj", "kal", "hai", "nahi", "nahin", "aavegi", "aavega", "aaunge", "dhanvaad",
    "dhanyavaad", "nu", "ton", "te", "asi", "saare", "da", "di", "de", "jaana", "layi", "bukhar", "khangh", "gurdwara",
    "gurpurab", "puttar", "kudi", "munda",
])

CANON: tuple[tuple[str, object], ...] = (
    (r"\baa?j subah\b", "this morning"), (r"\bkal raat\w*(?: (?:se|ton|to))?\b|\braat (?:se|ton)\b", "last night"),
    (r"\bkal subah\b", "tomorrow morning"), (r"\baaj\b|\baj\b", "today"), (r"\bkall?\b", "tomorrow"),
    (r"\b(?:school|skool|sakool) (?:nahi|nahin|nai|ni) (?:aa|aay|aav|aau|ja)\w*(?: sak\w*)?"
     r"|\b(?:nahi|nahin|nai) (?:aa|aay|aav|aau|ja)\w*(?: sak\w*)?", "won't be in"),
    (r"\bchutti\b|\bchhutti\b", "absent"),
    (r"\bbimar\w*|\bbeemar\w*|\bbimaar\w*|\btabiyat (?:theek|thik) (?:nahi|nahin)\w*", "ill"),
    (r"\bbukhar\b|\bbukhaar\b|\btaap\b", "fever"), (r"\bkhansi\b|\bkhangh\b|\bkhaansi\b", "cough"),
    (r"\bnazla\b|\bzukam\b|\bzukaam\b", "cold"), (r"\bulti\w*|\bultiyan\b", "vomiting"),
    (r"\bshaadi\b|\bshadi\b|\bviah\b|\bvyah\b", "wedding"),
    (r"\binteqal\b|\bintiqal\b|\bwafat\b|\bfaut\b", "passed away"),
    (r"\bjanaza\w*", "funeral"), (r"\bder se\b|\bder ho\w*|\blate ho\w*", "running late"),
    (r"\bwapas\b|\bvapas\b", "back"),
    (r"\bmera (?:beta|puttar|munda|bacha)\b", "my son"), (r"\bmeri (?:beti|kudi|dhee|bachi)\b", "my daughter"),
    (r"\bbachay\b|\bbachche\b|\bbache\b|\bbachon\b|\bbachiyan\b|\bbacche\b", "the children"),
    (r"\bdono\w*\b|\bdonon\b|\bdovein\b", "both"), (r"\baur\b|\bte\b|\bate\b", "and"),
    (r"\bdo din\b", "for 2 days"), (r"\bteen din\b", "for 3 days"), (r"\b(\d+) din\b", r"for \1 days"),
    (r"\btak\b", "until"),
    (r"\bpeer\b|\bsomvar\b", "monday"), (r"\bmangal\w*\b", "tuesday"), (r"\bbudh\w*\b", "wednesday"),
    (r"\bjumeraat\b|\bjumerat\b|\bveervar\b", "thursday"), (r"\bjumm?a\b|\bshukarvar\b", "friday"),
    (r"\b(monday|tuesday|wednesday|thursday|friday)(?:\s+(?:ko|کو|gunune))?\s+until\b", r"until \1"),
)
