"""English: spelling variants and abbreviations parents use."""

import re

MARKERS = frozenset([
    "the", "and", "is", "be", "will", "won't", "wont", "not", "in", "today", "tomorrow", "school", "he", "she", "his",
    "her", "has", "have", "off", "sick", "poorly", "thanks", "thank", "you", "please", "late", "running", "morning",
    "won't", "he's", "she's", "him", "with", "for", "at", "on", "of", "my", "our", "so", "as", "will", "be",
])

_MONTH_ABBR = {"jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june",
               "jul": "july", "aug": "august", "sep": "september", "sept": "september", "oct": "october",
               "nov": "november", "dec": "december"}
_ABBR = "|".join(_MONTH_ABBR)

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")

_HOURS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12}
_HOUR = r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"


def _east_asian_dates(m: re.Match[str]) -> str:
    """ "12月17日 and 18日": the month, then each day ("17 december and 18 december")."""
    month = _MONTHS[int(m[1]) - 1]
    return f"{m[2]} {month}" + re.sub(r"([0-3]?\d)日", rf"\1 {month}", m[3])


def _hour(word: str) -> int:
    return int(word) if word.isdigit() else _HOURS[word]


def _before(hour: str, minutes: int) -> str:
    """ "ten to ten" is 9:50; "five to one" is 12:55."""
    return f"{(_hour(hour) - 2) % 12 + 1}:{60 - minutes:02d}"


_MINUTES = {"five": 5, "ten": 10, "twenty": 20, "twenty-five": 25, "twenty five": 25, "5": 5, "10": 10, "20": 20,
            "25": 25}
_NOT_DURATION = r"(?!\s*(?:mins?|minutes?|hours?|hrs?)\b)"
_MINUTE_WORDS = {"five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "twenty-five": 25, "twenty five": 25, "thirty": 30,
                 "forty": 40, "forty-five": 45, "forty five": 45, "fifty": 50, "thirty five": 35, "fifty five": 55}

_PAST_MINUTES = {**_MINUTES, "quarter": 15, "twenty-five": 25, "twenty five": 25}

_DATE_BEFORE = (r"(?:on|from|until|till|til|to|and|&|-|absent|off|monday|tuesday|wednesday|thursday|friday|mon|tue|tues"
                r"|wed|weds|thu|thur|thurs|fri)")

CANON: tuple[tuple[str, object], ...] = (
    # dates written the Chinese and Japanese way: "12月17日 and 18日" is 17 December and 18 December
    (r"\b(1[0-2]|0?[1-9])月([0-3]?\d)日((?:\s*(?:and|&|,|-|to|和|至)\s*[0-3]?\d日)*)", _east_asian_dates),
    # "14.12 - 18.12": a range of dotted dates in one month (not times: "9.10 - 9.40" has different second parts)
    (r"\b(\d{1,2})\.(0?[1-9]|1[0-2])\s*-\s*(\d{1,2})\.(\2)\b(?![.:]\d)", r"\1/\2 to \3/\4"),
    # asides in brackets ("so he'll be in (fingers crossed!)")
    (r"\s*\((?:fingers crossed|touch wood|hopefully|i hope|lol|haha|hopefully not)[^)]*\)", ""),
    (r",? (?:and )?(?:have|wishing you|wish you) a (?:lovely|merry|happy|great|good|nice) (?:christmas|xmas|holiday"
     r"|holidays|break|weekend|day)\b", ""),
    (r"\bwk\b", "week"), (r"\bl8\b", "late"), (r"\b(?:rnning|runnin|runing)\b", "running"), (r"\bsry\b", "sorry"),
    (r"\bback (?:hopefully|probably|maybe|i hope|i think) (monday|tuesday|wednesday|thursday|friday|tomorrow)\b",
     r"back on \1"), (r"\bkept (him|her|them) back\b", r"kept \1 home"), (r"\beta\b", "arriving at"),
    # texting and voice-to-text: "rosie is off n daisy will be in", "kids r gonna be late", "drs at 9.20",
    # "a point meant", "chest in fiction", "to day", "after dinner" (lunch, in school)
    (r"(?<=\w) n (?=\w)", " and "), (r"\bgonna\b", "going to"), (r"\bgotta\b", "got to"), (r"\bwanna\b", "want to"),
    (r"\br\b(?= (?:going|gonna|off|late|in|not|both|ill|sick|poorly|staying|at|home|running|coming)\b)", "are"),
    (r"\b(?:drs|docs|doc's)\b", "doctor's"), (r"\b(?:a point meant|appointmint|appoinment"
     r"|apointmint)\b", "appointment"),
    (r"\b(there|at|by|about|around|approximately|approx|for|arrive|arriving) ([7-9]|1[0-2]) ([0-5]\d)\b(?! (?:mins?"
     r"|minutes?|days?|weeks?))",
     r"\1 \2:\3"),  # voice-to-text "be there 9 40"
    (r"\b(there|in|at|by|about|around|approximately|approx|for|arrive|arriving|until|till) (0?[7-9]|1[0-3])([0-5]\d)\b"
     r"(?! ?(?:mins?|minutes?|days?|weeks?|hrs|hours))", r"\1 \2:\3"),  # the 24-hour clock: "in at 0930"
    (r"\bin fiction\b", "infection"), (r"\bto day\b", "today"), (r"\bto morrow\b", "tomorrow"),
    (r"\b(?:assesment|assessmnet|asessment|assesmant)\b", "assessment"), (r"\bbro\b", "brother"),
    (r"\bsis\b", "sister"), (r"\bhols\b", "holidays"), (r"\b(after|at|by|before) dinner(?: ?time)?\b", r"\1 lunch"),
    # "I don't think either of them will be in on Monday": they won't be in
    (r"\b(?:i|we) (?:don't|do not|dont) think (.{1,30}?) (?:will|'ll) be (in|at school|going in|coming in|well enough"
     r"|up to (?:it|school))\b", r"\1 won't be \2"),
    # "on 14.12", "from 14.12 to 18.12", "Thursday and Friday 17-18.12": a dotted day.month date (not "at 9.10")
    (rf"\b({_DATE_BEFORE} )(\d{{1,2}})(?:-(\d{{1,2}}))?\.(0?[1-9]|1[0-2])\b(?![.:]\d|\s*(?:am|pm|h)\b)",
     lambda m: f"{m[1]}{m[2]}/{m[4]}" + (f" to {m[3]}/{m[4]}" if m[3] else "")),
    # "at nine thirty five": an hour word and its minutes
    (r"\b(seven|eight|nine|ten|eleven|twelve) (fifteen|twenty|thirty|forty|fifty|twenty[- ]five|thirty[- ]five"
     r"|forty[- ]five|fifty[- ]five)\b(?! (?:minutes?|mins?|days?|pounds?)\b)",
     lambda m: f"{_HOURS[m[1]]}:{_MINUTE_WORDS[m[2].replace('-', ' ')]:02d}"),
    # "in for about eleven", "there by nine": a bare hour word after a time preposition (not "for ten days")
    (r"\b(at|for|by|about|around|till|until) (about |around )?(eight|nine|ten|eleven|twelve)\b"
     r"(?!\s*(?:days?|weeks?|minutes?|mins?|hours?|hrs?|o'clock|past|to)\b)",
     lambda m: f"{m[1]} {m[2] or ''}{_HOURS[m[3]]}"),
    # "in at about ten past": past the hour of a school morning
    (r"\b(at |about |around |by )(five|ten|twenty|twenty[- ]five|quarter|5|10|20|25) past\b(?! \w*\d| (?:one|two|three"
     r"|four|five|six"
     r"|seven|eight|nine|ten|eleven|twelve)\b)", lambda m: f"{m[1]}9:{_PAST_MINUTES.get(m[2], 0):02d}"),
    (rf"\bhalf (?:past )?{_HOUR}\b{_NOT_DURATION}", lambda m: f"{_hour(m[1])}:30"),
    (rf"\bquarter past {_HOUR}\b", lambda m: f"{_hour(m[1])}:15"),
    (rf"\bquarter to {_HOUR}\b", lambda m: _before(m[1], 15)),
    # "twenty past nine", "20 past 9", "ten to ten", "twenty-five to ten" (not "five to ten minutes")
    (rf"\b(twenty[- ]five|five|ten|twenty|25|5|10|20) past {_HOUR}\b{_NOT_DURATION}",
     lambda m: f"{_hour(m[2])}:{_MINUTES[m[1]]:02d}"),
    (rf"(?<!from )(?<!between )\b(twenty[- ]five|five|ten|twenty) to {_HOUR}\b{_NOT_DURATION}",
     lambda m: _before(m[2], _MINUTES[m[1]])),
    (r"\b(twenty[- ]five|forty[- ]five|five|ten|fifteen|twenty|thirty|forty) (mins?|minutes)\b",
     lambda m: f"{_MINUTE_WORDS[m[1]]} {m[2]}"),
    (r"\bhalf (?:an )?hour\b", "30 minutes"), (r"\b(?:a )?quarter of an hour\b", "15 minutes"),
    (r"\b(in|within) (about |around )?an hour\b", r"\1 \g<2>60 minutes"),
    (r"\b(it'll be|it will be) (about |around )?an hour\b", r"\1 \g<2>60 minutes"),
    (r"\bwil\b", "will"),
    # plainer English: "she will come school around 9.30", "pick her at lunch time"
    (r"\b(come|comes|coming|go|goes|going|bring (?!to\b)\w+|take (?!to\b)\w+) school\b", r"\1 to school"),
    (r"\blunch time\b", "lunchtime"),
    # "we going Bangladesh": the journey's missing "to"
    (r"\b(going|go|flying|fly|travelling|traveling|travel) (?=(?:bangladesh|pakistan|india|poland|romania|lithuania"
     r"|ukraine|turkey|somalia|portugal|spain|brazil|nigeria|ghana|china|egypt|morocco|iraq|syria|jamaica|ireland"
     r"|italy|germany|france|kenya|ethiopia|sri lanka|afghanistan)\b)", r"\1 to "),
    # "maybe 9.10-9.15" on a late morning: a span of clock times (a minute past 12 is not a month), its later end
    (r"\b(?:[7-9]|1[0-2])[.:][0-5]\d ?(?:-|–|to) ?((?:[7-9]|1[0-2])[.:](?:1[3-9]|[2-5]\d))\b", r"\1"),
    # English with a word of the parent's own language: "she is with febre", "mucho dolor de barriga", "migrena"
    (r"\b(?:febre|fiebre|febra|gor[aą]czk\w*|ate[sş]|qandho)\b", "fever"),
    (r"\b(?:varicela|varicel[aă]|ospa|ospy|su [cç]i[cç]e[gğ]i)\b", "chickenpox"),
    (r"\b(?:migrena|migraña|migrana|enxaqueca|migren[aă])\b", "migraine"),
    (r"\b(?:mucho |muito |much )?(?:dolor de (?:barriga|est[oó]mago|tripa)|dor de (?:barriga|est[oô]mago)"
     r"|b[oó]l brzucha|durere de (?:burt[aă]|stomac))\b", "tummy ache"),
    (r"\b(?:wymioty|v[oó]mitos?|vomit[aă]|kusma)\b", "vomiting"),
    (r"\b(?:bronquite|bronquitis|bronchit\w*|bron[sş]it)\b", "bronchitis"),
    (r"(?<!\bla )\b(?:ma[nñ]ana|amanh[aã]|jutro|m[aâ]ine|yar[iı]n)\b", "tomorrow"),
    # "our church holiday Hidar Tsion": a holy day, not a family holiday
    (r"\b(?:church|religious|holy|orthodox|saint'?s?) (?:holiday|festival)\b", "religious feast day"),
    # "Hodan not come today", "tomorrow no school": plainer English for an absence
    (r"(?<!\bis )(?<!\bare )(?<!\bwill )(?<!\bdid )(?<!\bdo )(?<!\bcan )\bnot come (?:to school |in |school )?"
     r"(today|tomorrow)\b", r"not coming to school \1"),
    (r"\b(today|tomorrow),? no school\b", r"no school \1"),
    (r"(?<!\bdid )(?<!\bdoes )\bnot come (?:in |to school )?(?:in )?(?:the |this )?morning\b", "will miss the morning"),
    # "we go to church today ... they come tomorrow": the day they are back
    (r"(?<!not )(?<!n't )\b(he|she|they) (?:come|comes) (?:back |in |to school |school )?tomorrow\b"
     r"(?! (?:at|by|after|about|around|late|later)\b)", r"\1 will be back tomorrow"),
    (r"\bthis aft\b", "this afternoon"),
    (r"\b(?:this|the) coming week\b", "next week"),  # said at the weekend: the school week ahead
    # "between 15 and 18 December", "between Monday and Wednesday": a range with both ends
    (r"\bbetween (?:the )?(\d{1,2})(?:st|nd|rd|th)? (?:and|&) (?:the )?(\d{1,2}(?:st|nd|rd|th)?)"
     r"(?= (?:of )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)",
     r"from \1 to \2"),
    (r"\bbetween (monday|tuesday|wednesday|thursday|friday) (?:and|&) (monday|tuesday|wednesday|thursday|friday)\b",
     r"\1 to \2"),
    (r"\*(\w[^*]{0,30}?)\*", r"\1"),  # "*I* have an appointment": emphasis marks
    (r"\b(?:doesn't|does not|hasn't got|has not got) (?:have )?any symptoms\b", "has no symptoms"),
    (r"\bthe (?:last|final) day and a half\b", "this afternoon and the last day of term"),
    (r"\b(?:the )?remaining (?:part|days) of (?:the|this) week\b|(?<!next week, )(?<!next week )\ball (?:this|the) week"
     r"\b(?! (?:and|&) next)",
     "the rest of the week"),  # "rest for the remaining part of the week", "tomorrow and all this week"
    (r"\b(back|return\w*|come back) (?:in|after) jan\b", r"\1 in january"),
    (r"\bchildren'?s (ward|hospital|a ?& ?e|unit)\b", r"hospital \1"),
    (rf"\b{_HOUR} o ?'?clock\b", lambda m: f"{_hour(m[1])}:00"),
    (r"\b(?:w/c|wc|week commencing|week beginning|week starting)\b", "the week of"),
    (r"\b(?:tmrw|tmr|tmrow|tmoz|tomoz|tommorow|tommorrow|tomorow|tomorro|tomoro|tomora|2mora|tomorrw|2moro|2morrow"
     r"|2mrw|2moz|2mor|tomm?or+ow)\b",
     "tomorrow"),
    (r"\b(today|tomorrow) 2\b(?![:./]?\d)", r"\1 too"), (r"(?<!the )\bday after tomorrow\b", "the day after tomorrow"),
    # "tomorrow and the next day", "tomorrow and the day after": two days
    (r"\btomorrow,? (and|&|or) the (?:next|following|day after)(?: day)?\b(?! (?:tomorrow|that|it|his|her)\b)",
     r"tomorrow \1 the day after tomorrow"),
    (r"\btomorrow,? (and|&|or) after tomorrow\b", r"tomorrow \1 the day after tomorrow"),  # a learner's "day after"
    (r"\b(he|she|they)(?:'s| is| are|'re) not affected\b", r"\1 will be in as normal"),  # "hers is after school so"
    (r"\b(?:neither|none) of (?:them|the (?:kids|children|boys|girls)) (?:is|are|will be) (?:off|absent|away)\b",
     "they will both be in as normal"),
    (r"\btoday (evening|night)\b", r"this \1"), (r"\bprob\b", "probably"),
    # Scots, Geordie, Brummie and Yorkshire: "no fit for school the day", "the morn", "he ay comin in",
    # "boakin", "a stinkin cowd", "a sair heid", "up aw night wi"
    (r"\b(school|in|off|home) the day\b(?= ?(?:[.,!;]|$| or | and |,? (?:will|i'll|ta|thanks|sorry)\b))", r"\1 today"),
    (r"\bthe (?:morn|morra|morrow)\b", "tomorrow"),
    (r"\bno fit (?:for|tae go tae|to go to) school\b", "not well enough for school"),
    (r"\b(he|she|they|it)(?:'ll| will) no be\b", r"\1 won't be"), (r"\b(he|she|they) (?:ay|ain't|aint) (?=comin|goin"
     r"|in\b)",
     r"\1 isn't "), (r"\b(com|go|keep|stay|feel|throw|be|gett|bring|tak|mak|lett|sleep|cough|vomit)in\b", r"\1ing"),
    (r"\b(?:boakin|boaking|spewin|spewing|chuckin up|chucking up)\b", "being sick"),
    (r"\bcowd\b", "cold"), (r"\bsair heid\b", "sore head"), (r"\bsair\b", "sore"), (r"\baw night\b", "all night"),
    (r"\b(?:the )?\d{1,2}(?:st|nd|rd|th) (floor|flat)\b", r"the \1"),
    (r"\bwi\b", "with"), (r"\bme (car|mum|dad|husband|wife|partner|kids|son|daughter|mam)\b", r"my \1"),
    (r"\byous\b", "you"), (r"\bbe along\b", "be in"),
    (r"(?<!they're )(?<!they are )\bkeeping (him|her|them) in (today|this morning|tomorrow)\b", r"keeping \1 home \2"),
    (r"\b(?:2day|tday|todays)\b", "today"), (r"\babit\b", "a bit"), (r"\balil\b", "a little"),
    (r"\b(around|about) at\b", r"\1"),  # "in around at 9:45"
    # "from Monday 7 to Friday 11 December": a weekday with a bare number is a date
    (r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),? (?:the )?(\d{1,2})\b"
     r"(?!(?:st|nd|rd|th)\b|[:.,]\d|\s*(?:am\b|pm\b|h\b|/|mins?\b|minutes?\b|hours?\b|days?\b|weeks?\b|o'clock))",
     r"\1 \2th"),
    (r"(?<=\w)\s+x{1,4}(?=\s*(?:[.!]|$))", ""),  # a kiss at the end: "Harper and Finn will be in x"
    (r"\bmon\b(?!')", "monday"), (r"\btues?\b\.?", "tuesday"), (r"\bweds?\b\.?", "wednesday"),
    (r"\bthu(?:rs?)?\b\.?", "thursday"), (r"\bfri\b\.?", "friday"),
    (rf"(\d{{1,2}}(?:st|nd|rd|th)?)\s+({_ABBR})\b\.?", lambda m: f"{m[1]} {_MONTH_ABBR[m[2]]}"),
    (rf"\b({_ABBR})\.?\s+(\d{{1,2}})", lambda m: f"{_MONTH_ABBR[m[1]]} {m[2]}"),
    (r"\bwont\b", "won't"), (r"\bcant\b", "can't"), (r"\bdont\b", "don't"), (r"\bisnt\b", "isn't"),
    (r"\bdidnt\b", "didn't"), (r"\bshes\b", "she's"), (r"\bhes\b", "he's"), (r"\bim\b", "i'm"),
    (r"\bill (?=be|collect|pick|bring|drop|take|let|call|ring|send|keep|come|get|try|update|message|text|phone"
     r"|see|have)\b", "i'll "),
    (r"\bb\b(?= (?:in|there|late|off|back|at|home)\b)", "be"), (r"\bupto\b", "up to"),
    (r"\b(?:yday|yest|yesterdy|yesterdya)\b", "yesterday"),
    (r"\b(?:wensday|wednsday|wedensday|wednesay|wendsday|wenesday)\b", "wednesday"),
    (r"\b(?:thurday|thrusday|thursdsy)\b", "thursday"), (r"\b(?:tuseday|tueday|teusday)\b", "tuesday"),
    (r"\b(?:firday|fryday|frday)\b", "friday"), (r"\b(?:monady|mondy)\b", "monday"),
    (r"\b(?:temprature|temperture|tempature|temprture|tempreture)\b", "temperature"),
    (r"\b(?:diahorrea|diarhea|diarrea|diarreah|diahrea|diarhoea|diarreha|diorrhea|diorrhoea)\b", "diarrhoea"),
    (r"\b(?:dentis|dentits|dentisit)\b", "dentist"),
    (r"\b(?:apointment|appoitment|appointmnet|apointmant|appointmet|appintment|apppointment)\b", "appointment"),
    (r"\b(?:until|till|til) after the weekend\b", "until monday"), (r"\bback after the weekend\b", "back on monday"),
    (r"\b(?:at )?(?:12 )?(?:noon|midday)\b", "at 12:00"), (r"\bfor 24 hours\b", "for 1 days"),
    (r"\bfor 48 hours\b", "for 2 days"), (r"\bfor 72 hours\b", "for 3 days"),
    (r"\bomw\b", "on my way"),
    # "he will be tomorrow": in
    (r"\b(he|she|they) will be (?=(?:tomorrow|on monday|on tuesday|on wednesday|on thursday|on friday|monday|tuesday"
     r"|wednesday|thursday|friday)\s*(?:[.!]|$))", r"\1 will be in "),
    # "up to and including friday (11/12)": the date beside its weekday
    (r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday) \((\d{1,2}(?:st|nd|rd|th)?(?:[/.]\d{1,2})?)\)",
     r"\1 \2"),
    # "back to normal tomorrow": a return
    (r"\bback to normal (?=tomorrow|on |monday|tuesday|wednesday|thursday|friday)", "back "),
    (r"\bu\b", "you"), (r"\bur\b", "your"), (r"\bpls\b|\bplz\b", "please"), (r"\bthx\b|\bty\b", "thanks"),
    # a sick face emoji often ends a sentence
    ("[\U0001F912\U0001F922\U0001F92E\U0001F927\U0001F637\U0001F915\U0001F975]+", " poorly. "),  # not 🥶: a frozen car
    (r"\s&\s", " and "), (r"\b(\d{1,2})h(\d\d)\b", r"\1:\2"), (r"\b(\d{1,2})h\b", r"\1:00"),
    (r"\bmins\b", "minutes"), (r"\bhrs\b", "hours"),
    (r"\s@\s*", " at "), (r"\bpickin\b", "picking"), (r"\btho\b", "though"), (r"\bwiv\b", "with"),
)
