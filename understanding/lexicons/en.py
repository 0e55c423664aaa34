"""English: spelling variants and abbreviations parents use."""

MARKERS = frozenset([
    "the", "and", "is", "be", "will", "won't", "wont", "not", "in", "today", "tomorrow", "school", "he", "she", "his",
    "her", "has", "have", "off", "sick", "poorly", "thanks", "thank", "you", "please", "late", "running", "morning",
    "won't", "he's", "she's", "him", "with", "for", "at", "on", "of", "my", "our", "so", "as", "will", "be",
])

_MONTH_ABBR = {"jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june",
               "jul": "july", "aug": "august", "sep": "september", "sept": "september", "oct": "october",
               "nov": "november", "dec": "december"}
_ABBR = "|".join(_MONTH_ABBR)

_HOURS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12}
_HOUR = r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"


def _hour(word: str) -> int:
    return int(word) if word.isdigit() else _HOURS[word]


CANON: tuple[tuple[str, object], ...] = (
    (rf"\bhalf (?:past )?{_HOUR}\b", lambda m: f"{_hour(m[1])}:30"),
    (rf"\bquarter past {_HOUR}\b", lambda m: f"{_hour(m[1])}:15"),
    (rf"\bquarter to {_HOUR}\b", lambda m: f"{_hour(m[1]) - 1}:45"),
    (rf"\b{_HOUR} o'?clock\b", lambda m: f"{_hour(m[1])}:00"),
    (r"\b(?:w/c|wc|week commencing|week beginning|week starting)\b", "the week of"),
    (r"\b(?:tmrw|tmr|tmrow|tmoz|tomoz|tommorow|tommorrow|tomorow|tomorro|tomorrw|2moro|2morrow|2mrw|tomm?or+ow)\b",
     "tomorrow"),
    (r"\b(?:2day|tday|todays)\b", "today"),
    (r"\bmon\b(?!')", "monday"), (r"\btues?\b\.?", "tuesday"), (r"\bweds?\b\.?", "wednesday"),
    (r"\bthu(?:rs?)?\b\.?", "thursday"), (r"\bfri\b\.?", "friday"),
    (rf"(\d{{1,2}}(?:st|nd|rd|th)?)\s+({_ABBR})\b\.?", lambda m: f"{m[1]} {_MONTH_ABBR[m[2]]}"),
    (rf"\b({_ABBR})\.?\s+(\d{{1,2}})", lambda m: f"{_MONTH_ABBR[m[1]]} {m[2]}"),
    (r"\bwont\b", "won't"), (r"\bcant\b", "can't"), (r"\bdont\b", "don't"), (r"\bisnt\b", "isn't"),
    (r"\bdidnt\b", "didn't"), (r"\bshes\b", "she's"), (r"\bhes\b", "he's"), (r"\bim\b", "i'm"),
    (r"\bill be\b", "i'll be"),
    (r"\b(?:until|till|til) after the weekend\b", "until monday"), (r"\bback after the weekend\b", "back on monday"),
    (r"\b(?:at )?(?:12 )?(?:noon|midday)\b", "at 12:00"), (r"\bfor 24 hours\b", "for 1 days"),
    (r"\bfor 48 hours\b", "for 2 days"), (r"\bfor 72 hours\b", "for 3 days"),
    (r"\bu\b", "you"), (r"\bur\b", "your"), (r"\bpls\b|\bplz\b", "please"), (r"\bthx\b|\bty\b", "thanks"),
    ("[\U0001F912\U0001F922\U0001F92E\U0001F927\U0001F637\U0001F915\U0001F975\U0001F976]+", " poorly "),
    (r"\s&\s", " and "), (r"\b(\d{1,2})h(\d\d)\b", r"\1:\2"), (r"\b(\d{1,2})h\b", r"\1:00"),
    (r"\bmins\b", "minutes"), (r"\bhrs\b", "hours"),
    (r"\s@\s*", " at "), (r"\bpickin\b", "picking"), (r"\btho\b", "though"), (r"\bwiv\b", "with"),
)
