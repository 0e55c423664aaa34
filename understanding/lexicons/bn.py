"""Bengali."""

import re

MARKERS = frozenset()

_HOURS = (("এক", 1), ("দুই", 2), ("দু", 2), ("তিন", 3), ("চার", 4), ("পাঁচ", 5), ("ছয়", 6), ("সাত", 7), ("আট", 8),
          ("নয়", 9), ("দশ", 10), ("এগারো", 11), ("বারো", 12))

_HOUR_OF = dict(_HOURS)
# romanised hour words before "ta" (o'clock): "ekta", "duita", "barota"; Sylheti "ekta baje" too
_ROMAN_HOURS = {"ek": 1, "dui": 2, "du": 2, "tin": 3, "teen": 3, "char": 4, "pach": 5, "panch": 5, "chhoy": 6,
                "choy": 6, "chho": 6, "sho": 6, "shat": 7, "sat": 7, "at": 8, "aat": 8, "noy": 9, "no": 9, "dosh": 10,
                "dos": 10, "egaro": 11, "egaroi": 11, "egar": 11, "baro": 12, "baroi": 12}
_ROMAN_HOUR = "|".join(sorted(_ROMAN_HOURS, key=len, reverse=True))

_DAYS = {"সোমবার": "monday", "মঙ্গলবার": "tuesday", "বুধবার": "wednesday", "বৃহস্পতিবার": "thursday",
         "শুক্রবার": "friday"}
_DAY = "(" + "|".join(_DAYS) + ")"
_MONTHS = {"জানুয়ারি": "january", "জানুয়ারী": "january", "ফেব্রুয়ারি": "february", "ফেব্রুয়ারী": "february",
           "মার্চ": "march", "এপ্রিল": "april", "মে": "may", "জুন": "june", "জুলাই": "july", "আগস্ট": "august",
           "আগষ্ট": "august", "সেপ্টেম্বর": "september", "অক্টোবর": "october", "নভেম্বর": "november",
           "ডিসেম্বর": "december"}
_BRING = r"(?:নিয়ে|নিয়ে|দিয়ে|দিয়ে|পৌঁছে|রেখে)"  # taking, giving, reaching, leaving (him at school)
# when it is over: "শেষ হলে", "শেষে" (at its end), "দেখিয়ে" (having seen the doctor)
_AFTER = (r"শেষ হলে|শেষ হওয়ার পর[^\s.,!?;।]*|শেষ হওয়ার পর[^\s.,!?;।]*|শেষে|হয়ে গেলে|হয়ে গেলে|দেখিয়ে|দেখিয়ে"
          r"|দেখানোর পর[^\s.,!?;।]*"
          r"|দেখানো হলে|দেখানো হয়ে গেলে")

def _clock(time: str) -> str:
    """ "1টা" (1 o'clock) as "1:00"; "12:30" as it is."""
    return re.sub(r"^(\d{1,2})টা$", r"\1:00", time)


def _ordinal(n: int) -> str:
    """1 as "1st", 12 as "12th", 22 as "22nd"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _days_of_month(m: re.Match[str]) -> str:
    """ "16, 17, 18 tarikh" as "on the 16th, the 17th and the 18th" (a list of days before one "tarikh"); left as it is
    unless each day comes after the one before it (not "class 5, 16 tarikh")."""
    days = [int(d) for d in re.findall(r"\d{1,2}", m["days"])]
    if days != sorted(set(days)) or days[-1] > 31 or days[-1] - days[0] > 14:
        return m[0]
    named = [f"the {_ordinal(d)}" for d in days]
    return f" on {', '.join(named[:-1])} and {named[-1]} "


def _day_span(m: re.Match[str]) -> str:
    """ "16-18 tarikh", "16 theke 18 tarikh porjonto" as "from the 16th to the 18th inclusive"."""
    first, last = int(m[1]), int(m[2])
    if not first < last <= 31:
        return m[0]
    return f" from the {_ordinal(first)} to the {_ordinal(last)} inclusive "


_ROMAN_DAY_OF = {"sombar": "monday", "shombar": "monday", "somobar": "monday", "mongolbar": "tuesday",
                 "mongalbar": "tuesday", "budhbar": "wednesday", "budbar": "wednesday", "brihoshpotibar": "thursday",
                 "brihospotibar": "thursday", "bishudbar": "thursday", "shukrobar": "friday", "sukrobar": "friday"}

_ROMAN_DAYS = "monday|tuesday|wednesday|thursday|friday|" + "|".join(_ROMAN_DAY_OF)
# a date in figures: "7/12", "07/12/2026", "7.12" (with a dot only when a month follows, not "10.30" o'clock)
_FIG_DATE = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\.(?:0?[1-9]|1[0-2])(?:\.\d{2,4})?"
_UNTIL = r"porjonto|porjontoi|porjnto|porjanto|obdhi|obdi"
# arriving at school at a time: "school e" (to school), "er moddhe" (by), "er dike" (around), coming or being brought
_SCHOOL_E = r"(?:school|skool|iskul|ishkul|class) ?e"
_BY_WHEN = r"(?:er |r |tar )?(?:moddhe|moddhei|modhye|moddhey|vitore|bhitore)|nagad|er nagad"
_AROUND_WHEN = r"(?:er |r |tar )?(?:dike|dik e|dikey|kache)"
_ARRIVES = (r"ashbe|asbe|aashbe|ashben|jabe|jaabe|dhukbe|pouchabe|pouchhabe|pouchbe|(?:pouche|pouchhe) (?:jabe|jaabe)"
            r"|ashte parbe|jete parbe")
# "niye ashtesi", "niye aschi" (I'm bringing her now) too
_BRINGS = (r"(?:niye|nie|niya|diye|die|dia|diya|pouche|pouchhe|pouchiye|namiye|drop kore) (?:jabo|jaabo|dibo|debo"
           r"|ashbo|asbo|aashbo|dicchi|dichhi|ashtesi|ashtechi|ashteci|ashchi|aschi|aschhi|ashchhi|ashsi|jacchi"
           r"|jachhi|jaitesi|jaitechi)|pouchabo|pouchhabo|pouchaibo|pochabo|drop korbo|drop kori dibo")

# fetching a child: "niye ashbo" (I'll bring her back), "nite ashbo" (I'll come to take her), "pick up korbo"
_FETCH = (r"(?:niye|nie|nia|niya) (?:ashbo|asbo|aashbo|ashchi|aschi|jabo|jaabo)|nite (?:ashbo|asbo|aashbo|ashchi|aschi"
          r"|jabo|jaabo)|(?:pick ?up|pick|collect) (?:korbo|kore nibo|kore ashbo)")


def _when(word: str | None) -> str:
    """ "er moddhe" (within, by) as "by", "er dike" (towards) as "around", a bare "e" (at) as "at"."""
    if word and re.search(r"moddh|modhy|vitor|bhitor|nagad", word):
        return "by"
    return "around" if word and re.search(r"dik|kache", word) else "at"

# romanised Bengali relatives: "nana ke hospital e dekhte gesilam" (we went to see his grandad in hospital)
# a parent-in-law ("amar shashuri", my mother-in-law) is the children's grandparent, as "শাশুড়ি" is below
_ROMAN_RELATIVES = {"grandad": "nana|nanu|dadu|dadabhai|thakurda|shoshur|shosur|sosur|shwoshur|shvoshur",
                    "grandma": "nani|dadi|dida|thakuma|thakurma|shashuri|shasuri|sashuri|shashudi|shashori|shashuri",
                    "uncle": "mama|chacha|kaka|khalu|fupa", "aunt": "khala|mashi|mami|chachi|kaki|pishi|fupi|phupi",
                    "dad": "baba|abbu|abba", "mum": "ma|maa|ammu|amma"}
_ROMAN_RELATIVE_OF = {word: who for who, words in _ROMAN_RELATIVES.items() for word in words.split("|")}
_RELATIVE_OF = {"নানুর": "grandma", "নানির": "grandma", "নানীর": "grandma", "দাদির": "grandma", "দাদীর": "grandma",
                "নানার": "grandad", "দাদুর": "grandad", "দাদার": "grandad", "খালার": "aunt", "মাসির": "aunt",
                "পিসির": "aunt", "ফুফুর": "aunt", "মামার": "uncle", "চাচার": "uncle", "কাকার": "uncle",
                "প্রতিবেশীর": "neighbour", "প্রতিবেশির": "neighbour"}
# a parent or grandparent: "আমার বাবা" (my father), "ওর নানু" (her grandma)
_KIN_OF = {"বাবা": "dad", "আব্বু": "dad", "আব্বা": "dad", "মা": "mum", "আম্মু": "mum", "আম্মা": "mum", "দাদু": "grandad",
           "নানা": "grandad", "শ্বশুর": "grandad", "দাদি": "grandma", "দাদী": "grandma", "নানু": "grandma",
           "নানি": "grandma", "নানী": "grandma", "শাশুড়ি": "grandma"}
# a child brought in late at a morning hour: "Sami ke ami 9:40 er dike niye ashbo" (I'll bring Sami around 9:40),
# "সামিকে ৯:৪০-এ নিয়ে আসব"; "niye jabo" (I'll take him away) is a collection, left alone
_BRING_IN_ROMAN = (r"(?:(?:niye|nie|nia|niya) (?:ashbo|asbo|aashbo)|(?:diye|die|dia|diya) (?:jabo|jaabo|ashbo|asbo"
                   r"|aashbo)|(?:pouche|pouchhe|pouchiye) (?:dibo|debo)|pouchabo|pouchhabo|drop korbo|drop kore dibo)")
_BRING_IN = (r"(?:(?:নিয়ে|নিয়ে) (?:আসব|আসবো)|(?:দিয়ে|দিয়ে) (?:যাব|যাবো|আসব|আসবো)|পৌঁছে (?:দেব|দিব|দেবো)"
             r"|পৌঁছাব|পৌঁছাবো)")
# a verb of the child going in, before the bringing: then "niye ashbo" at a time fetches her home
_GOES_IN = re.compile(r"\b(?:jabe|jaabe|ashbe|asbe|aashbe)\b(?!\s*(?:na|nah?i|ni)\b)|will be in"
                      r"|(?:যাবে|আসবে)(?! ?না)")


def _brought_in(m: re.Match[str]) -> str:
    """ "Sami ke ami 9:40 er dike niye ashbo" as "i will bring Sami in around 9:40": a morning hour only, and not
    after the child is said to go in that sentence (then it is the collection)."""
    hour = int(m["h"])
    sentence = re.split(r"[.!?।]", m.string[:m.start()])[-1]
    if not 7 <= hour <= 11 or _GOES_IN.search(sentence):
        return m[0]
    when = m["when"] or ""
    word = ("around" if re.search(r"dik|kache|দিকে", when) else "by" if re.search(r"moddh|modhy|vitor|bhitor|nagad"
                                                                                r"|মধ্যে|ভেতর|ভিতর", when) else "at")
    return f" i will bring {m['who'] or 'her'} in {word} {hour}:{m['m'] or '00'} "


# a named child taken out of school at a time: "আরিফাকে আমি দুপুর ১২টায় নিয়ে যাব" (I'll take Arifa at 12 midday),
# "দুপুর ১টায় সামিকে নিয়ে যাব"; not pronouns ("ওকে", handled below) nor the parent or a relative ("আমাকে", "ভাইকে")
_NAMED_KE = (r"(?!(?:তাকে|ওরে|তারে|আমাকে|আমারে|আমাদেরকে|বাবাকে|মাকে|আম্মুকে|আব্বুকে|ভাইকে|বোনকে|দাদুকে|নানুকে"
             r"|দাদিকে|নানিকে|ডাক্তারকে|টিচারকে|স্যারকে|ম্যাডামকে|সবাইকে|দুজনকে|দুইজনকে|তিনজনকে)(?!\S))"
             r"[^\s.,!?।\d]{2,}কে")
_AT_HOUR = (r"((?:সাড়ে |সাড়ে |পৌনে |সোয়া |সোয়া )?\S+টা|\d{1,2}:\d\d)(?:য়|য়|র সময়|র সময়|র দিকে| ?-?এ)?")
_TAKE_AWAY = (r"(?:(?:স্কুলে )?এসে |স্কুল থেকে )?(?:(?:নিয়ে|নিয়ে) (?:যাব|যাবো|যাচ্ছি)|নিতে (?:আসব|আসবো|যাব|যাবো))"
              r"(?![^\s.,!?।])(?! [^\s.,!?;।]*(?:ডাক্তার|হাসপাতাল|ক্লিনিক|দাঁত|doctor|hospital|clinic|dentist))")


def _named_collected(m: re.Match[str]) -> str:
    """ "আরিফাকে আমি দুপুর ১২টায় নিয়ে যাব" as "i will collect আরিফাকে from school at 12:00"; an hour in words with a
    half or a quarter ("সাড়ে বারোটা") as its clock time."""
    time = m["t"]
    if time[0].isdigit():
        return f" i will collect {m['who']} from school at {_clock(time)} "
    part, _, word = time.rpartition(" ")
    hour = _HOUR_OF.get(word.removesuffix("টা"))
    if hour is None:
        return m[0]
    if part == "পৌনে":
        return f" i will collect {m['who']} from school at {hour - 1 or 12}:45 "
    minutes = "30" if part.startswith("সা") else "15" if part.startswith("সো") else "00"
    return f" i will collect {m['who']} from school at {hour}:{minutes} "


def _dropped_with(m: re.Match[str]) -> str:
    """ "age Sadia ke nanur kache rekhe ashte hobe" as "first i have to drop sadia at grandma's"."""
    who = _ROMAN_RELATIVE_OF.get(m["rel"] or "", "") or _RELATIVE_OF.get(m["rel"] or "", "")
    return f" {'first ' if m['first'] else ''}i have to drop {m['who'] or 'her'} at {who or 'a relative'}'s "

_SIBLING_ILL = {"jor": "has a fever", "jwor": "has a fever", "jhor": "has a fever", "bomi": "has been vomiting",
                "kashi": "has a cough", "pet kharap": "has an upset stomach"}


def _elder_stroke(m: re.Match[str]) -> str:
    """ "amar shashuri yesterday raat e stroke kore hospital e admit hoyeche" as "my grandma had a stroke yesterday
    raat e and was rushed to hospital" (the words between kept, in the English order)."""
    between = " ".join(m[2].split())
    what = "stroke" if m[3].startswith("str") else "heart attack"
    return (f"my {_ROMAN_RELATIVE_OF[m[1]]} had a {what}{' ' + between if between else ''}"
            f"{' and was rushed to hospital' if m[4] else ''}")


def _sibling_ill(m: re.Match[str]) -> str:
    """ "Sadia r choto bhai ta onek oshustho" as "sadia's little brother is very ill"."""
    whose = "his" if not m[1] or m[1] in ("or", "tar", "oder", "tader", "onar") else f"{m[1]}'s"
    who = f"{'little' if m[2].startswith('ch') else 'big'} {'sister' if m[3] == 'bon' else 'brother'}"
    state = _SIBLING_ILL.get(m[5], "is ill")
    if m[4]:
        state = state.replace("is ill", "is very ill").replace("has a fever", "has a high fever")
    return f"{whose} {who} {state}"


CANON: tuple[tuple[str, object], ...] = (
    # "দুঃখিত, কাল না, সোমবার" (sorry, not tomorrow, Monday), "sorry kal na, sombar": a correction; the day before "না"
    # is withdrawn and the one after it stands (only with a day on both sides, not "আজ না কাল", any day now)
    (rf"(?<!\S)(আগামীকাল|কালকে|কাল|আজকে|আজ|{_DAY[1:-1]}|" + "|".join(_ROMAN_DAY_OF) +
     r"|kal|kalke|kaal|kaalke|agamikal|aj|ajke|aaj|aajke) (?:না|na|nah?)\s*[,،;-]\s*"
     rf"(?=(?:আগামীকাল|কালকে|কাল|আজকে|আজ|{_DAY[1:-1]}|" + "|".join(_ROMAN_DAY_OF) +
     r"|kal|kalke|kaal|kaalke|agamikal|aj|ajke|aaj|aajke)(?![^\s.,!?।]))",
     lambda m: "not " + (_DAYS.get(m[1]) or _ROMAN_DAY_OF.get(m[1]) or (
         "today" if m[1].startswith(("আজ", "aj", "aaj")) else "tomorrow")) + ", "),
    # "ইনশাআল্লাহ", "ইনশাল্লাহ", "ইন শা আল্লাহ" (God willing): a hope, no word the rules need ("বৃহস্পতিবার ইনশাআল্লাহ
    # আসবে" is "বৃহস্পতিবার আসবে", back on Thursday)
    (r" ?(?<!\S)ইন ?শা ?(?:আ ?)?ল্লা(?:হু|হ)?(?![^\s.,!?।])", lambda m: ""),
    # "১/১২ থেকে ৪/১২ পর্যন্ত" (from 1/12 to 4/12, both included): a span of dates in figures
    (rf"(?<![\d/.:])\b({_FIG_DATE}) ?(?:থেকে|-|–) ?({_FIG_DATE})(?![/.:]?\d)(?:(?:-?এর|-?র)? (পর্যন্ত|অবধি))?"
     r"(?![^\s.,!?।])",
     lambda m: f" from {m[1]} to {m[2]}{' inclusive' if m[3] else ''} "),
    # "৭/১২ সোমবার থেকে আবার আসবে", "সোমবার ৭/১২ থেকে স্কুলে ফিরবে" (back on Monday 7/12): the day of return, a date in
    # figures and the weekday it falls on
    (rf"(?:{_DAY},? )?(?<![\d/.:])\b({_FIG_DATE})(?![/.:]?\d)(?:-?এ|-?তে|-?থেকে)?(?:,? \(?{_DAY}\)?)?"
     r"( থেকে| আবার| থেকে আবার)? (?:স্কুলে |ক্লাসে )?(আসবে|যাবে|আসতে পারবে|যেতে পারবে|ফিরবে|ফিরে আসবে)"
     r"(?! ?না)(?![^\s.,!?।])",
     lambda m: m[0] if not (m[4] or m[5].startswith("ফির")) else
     " back on " + " ".join(d for d in (_DAYS.get(m[1] or m[3] or ""), m[2]) if d) + " "),
    # "জাইন যাবে কিন্তু ১২:৩০-এ নিয়ে আসব" (Zain goes in but I'll fetch him at 12:30), "স্কুলে আসবে, তবে একটায় ওকে নিতে আসব":
    # in, then collected from school at that time
    (r"(?<!\S)(?:স্কুলে |ক্লাসে )?(?:যাবে|আসবে),? (?:কিন্তু|তবে) (?:আমি )?(?:ওকে |তাকে |ওরে )?(\d{1,2}:\d\d|\S+টা)"
     r"(?:য়|য়|র সময়|র সময়| ?-?এ)? (?:আমি )?(?:ওকে |তাকে |ওরে )?(?:স্কুল থেকে )?(?:(?:নিয়ে|নিয়ে) (?:আসব|আসবো|যাব|যাবো)"
     r"|নিতে (?:আসব|আসবো|যাব|যাবো))(?![^\s.,!?।])",
     lambda m: " will be in, but i will collect her from school " + (
         f"at {_clock(m[1])} " if m[1][0].isdigit() else f"at {_HOUR_OF[m[1][:-2]]}:00 " if m[1][:-2] in _HOUR_OF
         else f"{m[1]} ")),
    # "চোখের পরীক্ষা", "চোখ পরীক্ষা" (an eye test)
    (r"(?<!\S)(?:চোখের|চোখ) (?:পরীক্ষা|টেস্ট)(?:টা|টি)?(?![^\s.,!?।])", " eye test "),
    # "রক্ত পরীক্ষা" (a blood test), "রাফির রক্ত পরীক্ষা আছে" (Rafi has a blood test): a medical appointment
    (r"(?<!\S)(?:(\S{2,}?)(?:ের|এর|র) )?(?:রক্ত ?পরীক্ষা|রক্তের পরীক্ষা|ব্লাড টেস্ট)(?:টা|টি)?"
     r"(?: (?:আছে|রয়েছে|রয়েছে|হবে|করাতে হবে))?(?![^\s.,!?।])",
     lambda m: f" {m[1]} has a blood test " if m[1] else " blood test "),
    # "চোখের ডাক্তার" (the eye doctor), "চোখের ডাক্তারের অ্যাপয়েন্টমেন্ট" (an eye doctor's appointment)
    (r"(?<!\S)চোখের (?:ডাক্তার|ডাক্তারের|হাসপাতাল|হাসপাতালে|ক্লিনিক|ক্লিনিকে)(?![^\s.,!?।])(?! দেখা)"
     r"(?: অ্যাপ(?:য়|য়)েন্টমেন্ট(?:টা|টি)?(?![^\s.,!?।]))?", " eye doctor appointment "),
    (r"(?<!\S)চোখের (?:ডাক্তার|ডাক্তারের|হাসপাতাল|হাসপাতালে|ক্লিনিক|ক্লিনিকে)(?![^\s.,!?।])", " eye doctor "),
    # "দাঁতের ডাক্তারের অ্যাপয়েন্টমেন্ট", "দাঁতের ডাক্তার" (the dentist, a dentist's appointment)
    (r"(?<!\S)দাঁতের (?:ডাক্তার|ডাক্তারের)(?![^\s.,!?।])(?! দেখা)"
     r"(?: অ্যাপ(?:য়|য়)েন্টমেন্ট(?:টা|টি)?(?![^\s.,!?।]))?", " dentist appointment "),
    # "আজ বিকেলে হঠাৎ মারা গেছেন" (passed away suddenly this afternoon): the time of the death is not a day away from
    # school (the message's own time says which day that is)
    (r"(?<!\S)(?:আজ |আজকে )?(?:সকালে|ভোরে|দুপুরে|বিকেলে|বিকালে|সন্ধ্যা(?:য়|য়)|রাতে)( হঠাৎ(?: করে)?)?"
     r" (?=(?:মারা (?:গেছেন|গেছে|গিয়েছেন|গিয়েছেন|গিয়েছে|গিয়েছে|গেলেন|গেল)|ইন্তেকাল)(?![^\s.,!?।]))",
     lambda m: " suddenly " if m[1] else " "),
    # "আমরা দাদুকে দেখতে সিলেট যাচ্ছি" (we are going to Sylhet to see grandad): a trip to visit family (not one to a
    # hospital)
    (r"(?<!\S)(?:আমরা )?(?:দাদু|দাদা|দাদি|দাদী|নানু|নানা|নানি|নানী|খালা|খালু|মামা|মামি|চাচা|চাচি|ফুফু|ফুপু"
     r"|আত্মী(?:য়|য়)(?:স্বজন)?|আত্মী(?:য়|য়)দের)(?:কে|দের|দেরকে)? দেখতে"
     r"(?: (?!হাসপাতাল|হসপিটাল|ক্লিনিক)([^\s.,!?।]+?)(?:ে|তে)?)? (?:যাচ্ছি|যাব|যাবো|যাচ্ছে|যাবে)(?![^\s.,!?।])",
     lambda m: f" we are travelling to {m[1]} to visit family " if m[1] else " we are going to visit family "),
    # "ছুটি শুরু পর্যন্ত", "শীতের ছুটি পর্যন্ত" (until the (winter) holidays start): to the end of term ("to", as a
    # weekday before "until" is read as the end of the span)
    (r"(?<!\S)(?<!ঈদের )(?<!পূজার )(?<!পুজোর )(?:বড়দিনের |বড়দিনের |শীতের |শীতকালীন )?ছুটি(?:র)?"
     r"(?: শুরু(?: হও(?:য়|য়)া(?:র)?)?)?(?: আগ| আগে)? (?:পর্যন্ত|অবধি)(?![^\s.,!?।])", " to the end of term "),
    (r"(?<!\S)জানাজা[^\s.,!?;।]*|(?<!\S)শেষকৃত্য[^\s.,!?;।]*", " funeral "),
    # "পারিবারিক বিয়ের জন্য" (for a family wedding); "পারিবারিক" (family) alone
    (r"(?<!\S)(পারিবারিক )?(?:বিয়ের|বিয়ের|বিয়ে) (?:জন্য|জন্যে|কারণে|কারনে|উপলক্ষে|উপলক্ষ্যে)(?![^\s.,!?।])",
     lambda m: " for a family wedding " if m[1] else " for a wedding "),
    (r"(?<!\S)পারিবারিক(?![^\s.,!?।])", " family "),
    # "জারা স্কুলে থাকবে" (Zara will stay at school; not "থাকবে না", won't be), "ছুটির পর ওকে নিয়ে যাব" (I'll collect her
    # after school): the sibling is in as normal
    (r"(?<!\S)(?:স্কুলে|ক্লাসে) (?:থাকবে|থাকছে)(?! ?না)(?![^\s.,!?।])", " will stay at school "),
    (r"(?<!\S)(?:(?:স্কুল|ক্লাস) )?ছুটির (?:পর|পরে) (?:আমি )?(?:ওকে|তাকে|ওদের|ওরে) (?:নিয়ে|নিয়ে) (?:যাব|যাবো|আসব|আসবো)"
     r"(?![^\s.,!?।])|(?<!\S)(?:(?:স্কুল|ক্লাস) )?ছুটির (?:পর|পরে) (?:আমি )?(?:ওকে |তাকে |ওদের |ওরে )?নিতে"
     r" (?:আসব|আসবো)(?![^\s.,!?।])", " i will pick her up after school "),
    # "আমি ফার্মেসি থেকে তানভীরের ওষুধ আনতে যাচ্ছি" (I'm going to the pharmacy for Tanvir's medicine): an errand for
    # the child named, not that child's clause
    (r"(?<!\S)(?:আমি )?(?:ফার্মেসি|ফার্মেসী|ফার্মাসি|ফার্মাসী|ওষুধের দোকান|ঔষধের দোকান|ডিসপেনসারি)(?: থেকে)?"
     r" (?:(\S{2,}?)(?:ের|এর|র) )?(?:ওষুধ|ঔষধ)(?:টা|গুলো|পত্র)? (?:আনতে|কিনতে|নিতে) (?:যাচ্ছি|যাব|যাবো|যেতে হবে)"
     r"(?![^\s.,!?।])",
     lambda m: f" i'm going to the pharmacy to get {m[1] + chr(39) + 's' if m[1] else 'the'} medicine "),
    # "একটু দেরিতে আসবে" (will come a bit late): late
    (r"(?<!\S)(একটু |অনেক )?(?:দেরিতে|দেরীতে|দেরি করে|দেরী করে) (?:আসবে|যাবে|পৌঁছাবে|পৌঁছবে)(?! ?না)(?![^\s.,!?।])",
     lambda m: " will be a bit late " if m[1] == "একটু " else " will be late "),
    # "টার্ম শেষ হওয়া পর্যন্ত" (until the term ends): to the end of term
    (r"(?:টার্ম|টার্মের|সেমিস্টার|স্কুল)(?: শেষ হওয়া| শেষ হওয়ার আগ| শেষ হওয়া| শেষ হওয়ার আগ| শেষ)(?:ের)? পর্যন্ত",
     " until the end of term "),
    # "ভালো বোধ করছে না", "ভালো লাগছে না", "শরীরটা ভালো নেই" (is not feeling well)
    (r"(?<!\S)(?:(?:শরীর|শরির)(?:টা)? )?(?:ভালো|ভাল) (?:বোধ করছে|বোধ করছেনা|অনুভব করছে|লাগছে|লাগছেনা|নেই|না)"
     r"(?: না)?(?![^\s.,!?।])", " is not feeling well "),
    # "গতকাল হাসপাতালে অপারেশন হয়েছে" (had an operation in hospital yesterday): recovering from it, not an
    # appointment (the day it was done is said after it, as the English rules read a past event)
    (r"(?<!\S)(?:(গতকাল|গত কাল|গতকালকে|গত রাতে|গতরাতে|গত সপ্তাহে|আজ সকালে) )?(?:(?:হাসপাতালে|হসপিটালে) )?"
     r"(?:অপারেশন|অস্ত্রোপচার|সার্জারি)(?:টা)? (?:হয়েছে|হয়েছে|হলো|হল|হয়ে গেছে|হয়ে গেছে|করা হয়েছে|করা হয়েছে"
     r"|হয়েছিল|হয়েছিল)(?![^\s.,!?।])",
     lambda m: " had an operation in hospital " + {"গত সপ্তাহে": "last week", "আজ সকালে": "this morning"}.get(
         m[1] or "", "yesterday" if m[1] else "") + " "),
    # "ওর দাদার জন্মদিনের অনুষ্ঠান" (his grandad's birthday party), "বিয়ের অনুষ্ঠান" (a wedding reception)
    (r"(?<!\S)(?:(?:ওর|তার|আমার|ওদের|আমাদের) )?(দাদার|দাদুর|নানার|নানুর|দাদির|দাদীর|নানির|নানীর|মায়ের|মায়ের|বাবার"
     r"|চাচার|মামার|খালার|ফুফুর|ভাইয়ের|বোনের)? ?(?:জন্মদিনের অনুষ্ঠান|জন্মদিনের পার্টি|জন্মদিনের|জন্মদিন)(?![^\s.,!?।])",
     lambda m: " " + ({"দাদার": "his grandad's ", "দাদুর": "his grandad's ", "নানার": "his grandad's ",
                        "নানুর": "his grandma's ", "দাদির": "his grandma's ", "দাদীর": "his grandma's ",
                        "নানির": "his grandma's ", "নানীর": "his grandma's "}.get(m[1] or "", "a family ")
                       + "birthday party ")),
    (r"(?<!\S)(বিয়ের|বিয়ের) অনুষ্ঠান[^\s.,!?;।]*", " wedding "),
    # "আকিকা", "আকিকার অনুষ্ঠান" (an aqiqah, the naming ceremony for a baby): a family event
    (r"(?<!\S)(?:আকিকা|আক্বিকা|আকীকা)(?:র|হ|য়|য়)?(?: (?:অনুষ্ঠান|অনুষ্ঠানে|দাওয়াত|দাওয়াত|দাওয়াতে|দাওয়াতে)"
     r"(?:টা|টি)?)?(?![^\s.,!?।])", " naming ceremony "),
    # "আমার শরীর খুব খারাপ" (I am very unwell), "ছোট বাচ্চাকে দেখার কেউ নেই" (no one to look after the baby)
    (r"আমার (?:শরীর|শরির) (?:খুব |অনেক )?খারাপ", "i am very unwell"),
    (r"(?:ছোট )?(?:বাচ্চাকে|বাবুকে|ভাইকে|বোনকে) দেখার (?:কেউ|মানুষ) নেই", "there is no one to look after the baby"),
    # "ছোটদের দেখার কেউ নেই" (no one to look after the little ones), "ভাইবোনদের দেখবে" (will look after her brothers
    # and sisters), "বাড়িতে থেকে" (staying at home)
    (r"(?:ছোটদের|ছোটোদের|ছোট বাচ্চাদের|ছোট ভাইবোনদের|ভাইবোনদের|ভাইবোনকে|বাচ্চাদের)(?:কে)? (?:দেখার|দেখাশোনা করার)"
     r" (?:কেউ|মানুষ|লোক) নেই", " there is no one to look after the little ones "),
    (r"(?:ছোট |ছোটো )?(?:ভাইবোনদের|ভাইবোনকে|ভাই-বোনদের|ছোটদের|ছোটোদের)(?:কে)? (?:দেখ|দেখাশোনা কর|সামলা)[^\s.,!?।]*",
     " look after her siblings "),
    (r"(?<!\S)(?:বাড়িতে|বাড়িতে|বাসায়|বাসায়|ঘরে) থেকে(?![^\s.,!?।])", " will stay at home to "),
    # "ঘুম থেকে অনেক দেরিতে উঠেছি" (we got up very late), "ঘুম থেকে উঠতে দেরি হয়ে গেছে", "ঘুম ভাঙেনি" (didn't wake):
    # overslept
    (r"ঘুম থেকে (?:অনেক |একটু |খুব )?(?:দেরিতে|দেরীতে|দেরি করে|দেরী করে) উঠ[^\s.,!?।]*"
     r"|(?:অনেক |একটু |খুব )?(?:দেরিতে|দেরীতে|দেরি করে|দেরী করে) ঘুম থেকে উঠ[^\s.,!?।]*"
     r"|ঘুম থেকে উঠতে (?:অনেক |একটু |খুব )?(?:দেরি|দেরী) (?:হয়ে|হয়ে)?[^\s.,!?;।]*(?: গেছে| গিয়েছে| গিয়েছে)?"
     r"|(?:সময়মতো|সময়মত|সময়মতো|সময়মত) ঘুম (?:ভাঙেনি|ভাঙ্গেনি|ভাঙে নি)|ঘুম (?:ভাঙেনি|ভাঙ্গেনি|ভাঙে নি)",
     " overslept "),
    # "বাচ্চাদের সবার ফ্লু" (all the children have flu), "বাচ্চারা সবাই", "সব বাচ্চার", "তিনজনেরই" (all three)
    (r"(?:আমার |আমাদের )?(?:বাচ্চাদের|ছেলেমেয়েদের|ছেলেমেয়েদের|বাচ্চারা|ছেলেমেয়েরা|ছেলেমেয়েরা|বাচ্চাগুলো|বাচ্চাগুলোর)"
     r" (?:সবার|সবাই|সবারই|সবাইর|সকলের|সকলেই|সকলে)(?![^\s.,!?।])"
     r"|(?<!\S)(?:আমার |আমাদের )?সব (?:বাচ্চা|ছেলেমেয়ে|ছেলেমেয়ে)(?:দের|র|রা|ই)?(?![^\s.,!?।])", " all the children "),
    (r"(?<!\S)(?:তিনজনেরই|তিনজনেই|তিনজনই|তিন জনেরই|তিন জনেই|তিনজন|৩ জনেরই|৩ জনই)(?![^\s.,!?।])", " all three "),
    # a day already missed, reported late: "গতকাল ... অসুস্থ ছিল তাই স্কুলে যেতে পারেনি" (yesterday she was ill so
    # couldn't go to school), "জানাতে দেরি হওয়ার জন্য দুঃখিত" (sorry for letting you know late), "আজ সে স্কুলে গেছে"
    # (today she has gone to school): "গতকাল" with a past verb in its sentence is yesterday (else "last night", below)
    (r"(?<!\S)(?:গতকাল|গত কাল)(?=[^.।!?]*?(?:ছিল|ছিলো|ছিলেন|পারেনি|পারে নি|যায়নি|যায় নি|যায়নি|আসেনি|আসে নি))",
     " yesterday "),
    (r"(?<!\S)(?:অসুস্থ|অসুখ) (?:ছিল|ছিলো|ছিলেন)(?![^\s.,!?।])", " was ill "),
    (r"(?:(?:স্কুলে|ক্লাসে) )?(?:যেতে|আসতে) (?:পারেনি|পারে নি|পারেনাই|পারে নাই)|(?:(?:স্কুলে|ক্লাসে) )?"
     r"(?:যায়নি|যায় নি|যায়নি|যায় নি|আসেনি|আসে নি)(?![^\s.,!?।])", " couldn't go to school "),
    (r"(?:আপনাকে |আপনাদের )?(?:জানাতে|জানাইতে|জানানোয়|জানানোয়) (?:একটু |অনেক )?(?:দেরি|দেরী) (?:হওয়ার|হওয়ার|হবার|হলো"
     r"|হল|হয়ে গেল|হয়ে গেল|হয়েছে|হয়েছে)(?: জন্য)?", " for letting you know late "),
    (r"(?<!\S)(?:সে|ও|তিনি) (?:আজ |আজকে )?(?:স্কুলে|ক্লাসে) (?:গেছে|গিয়েছে|গিয়েছে|চলে গেছে|এসেছে)(?![^\s.,!?।])",
     " she is in school "),
    # "আমার বাবা আজ ইন্তেকাল করেছেন" (my father passed away today): the day of the death, not of the absence
    (r"(?<!\S)(?:আজ|আজকে)(?: (?:সকালে|ভোরে|দুপুরে|বিকেলে|রাতে))? (?:মারা (?:গেছেন|গেছে|গিয়েছেন|গিয়েছেন|গেলেন)"
     r"|ইন্তেকাল (?:করেছেন|করেছে|করলেন)|পরলোকগমন (?:করেছেন|করলেন))(?![^\s.,!?।])", " passed away today "),
    # "আমরা এখন রওনা দিচ্ছি" (we are setting off now), "এখন বের হচ্ছি" (leaving now): on the way, late
    (r"(?<!\S)(?:আমরা |আমি )?(?:এখন|এখনই) (?:স্কুলের দিকে |স্কুলে )?(?:রওনা (?:দিচ্ছি|দিচ্ছে|হচ্ছি|হচ্ছে)"
     r"|বের (?:হচ্ছি|হচ্ছে|হচ্ছি|হচ্ছে))(?![^\s.,!?।])", " we are on our way now "),
    # "রিয়া এখন স্কুলে আসছে" (Riya is coming to school now): on the way, late
    (r"(?<!\S)(?:এখন|এখনই|এইমাত্র) (?:স্কুলে |ক্লাসে )?(?:আসছে|যাচ্ছে|রওনা (?:দিয়েছে|দিয়েছে|হয়েছে|হয়েছে|দিলাম|দিয়েছি"
     r"|দিয়েছি)|বের (?:হয়েছে|হয়েছে|হয়েছি|হয়েছি|হলাম))(?! না)(?![^\s.,!?।])", " is on her way to school now "),
    # "স্কুল ছুটির পর ... নিতে আসবেন" (after school ... will come to pick him up): a collection after school, no absence;
    # "ছুটির পরে" (after the holidays)
    (r"(?<!\S)(?:স্কুল|ক্লাস) (?:ছুটির|ছুটি হওয়ার|ছুটি হওয়ার|শেষ হওয়ার|শেষ হওয়ার|শেষের) (?:পর|পরে)(?![^\s.,!?।])",
     " after school "),
    (r"(?<!\S)(?:ওকে |ওদের |তাকে )?(?:নিতে|নিয়ে যেতে|নিয়ে যেতে) (?:আসবেন|আসবে|আসব|আসবো|আসছেন|আসছি)(?![^\s.,!?।])",
     " will pick him up "),
    (r"(?<!\S)(?:নানুবাড়ি|নানাবাড়ি|দাদুবাড়ি|দাদাবাড়ি|মামাবাড়ি|মামার বাড়ি)(?:তে|তে|তে|র)?(?![^\s.,!?।])",
     " visiting family "),
    # "নাইট শিফট শেষ করে হাসপাতাল থেকে আসছি" (I'm coming from the hospital after my night shift): the parent's work
    (r"(?<!\S)(?:আমি )?(নাইট |রাতের )?(?:শিফট|শিফ্ট|ডিউটি|কাজ) শেষ (?:করে|হলে)(?: (?:হাসপাতাল|অফিস|কাজ)(?:ে|ের)?"
     r"(?: থেকে)?)? (?:ফিরছি|আসছি|ফিরব|ফিরবো|আসব|আসবো)(?![^\s.,!?।])",
     lambda m: " i'm coming from my " + ("night shift " if m[1] else "shift at work ")),
    # -- romanised Bengali (this lexicon runs before the shared romanised one) --------------------------------------
    # "choto bon er onek jor" (the little sister has a high fever), "Sadia r choto bhai ta oshustho" (Sadia's little
    # brother is ill): a brother or sister is ill, not the child (not "Arif ar choto bon", both of them)
    (r"(?<!\bar )(?<!\band )(?<!\bo )(?<!\baur )(?<!\bamar )(?<!\bamader )"
     r"\b(?:([a-z]+) (?:r|er) )?(choto|chhoto|chotto|boro|baro|bor) (bon|bhai|bhaiya|bhaia)(?: ?(?:ta|ti|tar|er|r))?"
     r"\s+((?:onek|khub|khubi|beshi|bhishon|ektu)\s+)?(jor|jwor|jhor|oshustho|osustho|asustha|oshusto|osukh|bomi"
     r"|kashi|pet kharap|sick|ill|unwell|oshushtho|asustho)\b", _sibling_ill),
    # "Rumana'r", "Adiba-r" (Rumana's, Adiba's): the possessive ending after an apostrophe or a hyphen
    (r"\b([a-z]{3,})['-](?:r|er)\b", r"\1's"),
    # "ajke dupur theke jor" (a fever since this afternoon), "aj bikel theke": since then (when it began; not "ajke
    # dupur theke school e ashbe", in from the afternoon)
    (r"\b(?:aj|aaj|ajke|aajke) (?:dupur|dupure|duphur|bikel|bikal|bikele|bikale) (?:theke|thekei)\b"
     r"(?![^.,!?]*\b(?:ashbe|asbe|aashbe|jabe|jaabe|niye|nie|nite|pick|drop|pouchabe|dibo|debo)\b)",
     "since this afternoon"),
    # "Monday te abar janabo" (I'll let you know again on Monday), "kal janiye dibo": a promise to write that day, not
    # an absence then (not "Thursday er kotha kalke janabo", about Thursday, left to the shared rules)
    (r"(?<!kotha )(?<!kotha ta )(?<!katha )(?<!baare )(?<!bare )(?<!er )"
     r"\b(monday|tuesday|wednesday|thursday|friday|" + "|".join(_ROMAN_DAY_OF) + r"|kal|kalke|kaal|kaalke)"
     r"(?: ?(?:te|e))?(?: (?:abar|aabar|aber))? (?:janabo|jaanabo|janiye dibo|janie dibo|janai dibo|janaiya dibo"
     r"|janiye debo|update dibo|bolbo)\b",
     lambda m: "i will let you know again on "
     + ("tomorrow" if m[1].startswith("ka") else _ROMAN_DAY_OF.get(m[1], m[1]))),
    # "teen jon e" (the three of them), "tinjonei": all three; "baccha der shobar" (all the children's): all of them
    (r"\b(?:teen|tin|tiin) ?jon(?: ?ei| ?e| ?i)?\b", "all three"),
    (r"\b(?:baccha|bachcha|bacca|bacha|bachha|bacchara|bachchara|bachara) ?(?:der|gulor|guloR|gular)"
     r" (?:shobar|sobar|shobai|sobai|shobari|sobari)\b", "all the children"),
    # "kal rat theke" (since last night): with "theke" (since) "kal" is the night gone, not tomorrow's
    (r"\b(?:kal|kaal|kalke|gotokal|gotokaal) (?:rat|raat|rate|raate|ratre|ratri) (?:theke|thekei)\b",
     "since last night"),
    # "kal rate pani dhuke geche" (water came in last night): with a past verb "kal rate" is the night gone
    (r"\b(?:kal|kaal|kalke|kaalke) (?:rat|raat|rate|raate|ratre|ratri)\b(?![^.]*\bhospital)"
     r"(?=(?: [^\s.,!?]+){0,6}? [^\s.,!?]*(?:eche"
     r"|echhe|gese|ese|iyechi|echi|echhi|chilo|chhilo|silo|chilam|chhilam|holo|hoilo|gelo|lam)\b)", "last night"),
    # "Ruhan o deri kore ashbe" (Ruhan will come late as well): the one named is late too
    (r"\b(?!(?:tai|so|ar|aar|and|ami|amra|she|shey|se|o|ora|tara|or|oder)\b)([a-z]{3,}) ?(?:o|keo|ke o) (?:ektu |kichu"
     r" |onek )?(?:deri|dheri|late) (?:kore|hoye|hobe) (?:ashbe|asbe|aashbe|jabe|pouchabe|pouchbe|ashte parbe)\b",
     r"\1 will be late too"),
    # "duijon ke niye 10:15 er dike school e pouchabo" (I'll bring both of them to school around 10:15)
    (r"\b(?:duijon|dujon|duijonke|dujonke|dujonkei|duijonkei|oderke|oder)(?: ?ke)? (?:niye|nie|niya) (?:(\d{1,2})"
     r"(?:[:.](\d\d))? ?(?:tar|er|ta|tay|te)? ?(?:dike|dik e|dikey|kache|nagad|naagad)? )?(?:school|skool|iskul) ?e"
     r" (?:pouchabo|pouchhabo|pouchaibo|pochabo|pouchiye dibo|niye jabo|nie jabo|diye ashbo|dibo)\b",
     lambda m: " i'll bring both of them to school" + (f" around {m[1]}:{m[2] or '00'} " if m[1] else " ")),
    # "amar gari start nicche na" (my car won't start), "gari ta start hocche na": the car won't start
    (r"\b(?:(?:amar|amader|amr) )?(?:gari|gaari|garir|car)(?: ?ta| ?ti| ?r)? (?:start|istart|staart) (?:nicche|nicchhe"
     r"|nichhe|nisse|nitese|nitechhe|nicchena|hocche|hochhe|hoche|hoitese|hoy|hoi|korche|korchhe|korse|nilo|nillo"
     r"|hoilo|holo|hoy ?ni|hoini)(?: ?(?:na|nah|ni))?\b", "the car won't start"),
    # "amader ekhane kono bus o nai" (there is no bus at all where we are), "bus nei": no bus
    (r"\b(?:kono )?(?:school )?(?:bus|bas)(?: ?o| ?i)? (?:nai|nei|nay|nae|chole na|cholche na"
     r"|cholse na)\b", "no bus"),
    # "Bus ashe nai" (the bus didn't come), "bus pai nai" (we didn't get the bus): no bus
    (r"\b(?:school )?bus (?:(?:ashe|ase|aashe|ashche|asche|ashlo|aslo|pai) ?(?:nai|ni|nei|na)|paini|asheni|aseni)\b",
     "no bus"),
    # "ami night shift sesh kore hospital theke ashchi" (I'm coming from the hospital after my night shift), "duty shesh
    # kore office theke ferot ashchi": the parent's own work, where it is not a reason for the child
    (r"\b(?:ami |amar )?(?:(night|nait|rat|raat|rater|raater) )?(?:shift|shifte|duty|dyuti|diuti|kaj|kaaj)"
     r"(?: ?(?:ta|ti))? (?:sesh|shesh|shes|sheish) (?:kore|hole|hoyar por|hobar por)"
     r"(?: (?:hospital|haspatal|hashpatal|hospitale|office|opis|offis|factory|kaj|kaaj|dokan|restaurant|warehouse)"
     r"(?: ?e| ?er)?)?(?: (?:theke|thekei|tekhe))?"
     r" (?:ferot |firot |phirot )?(?:ashchi|aschi|ashchhi|asteci|ashtesi|ashtechi|firchi|phirchi|ashbo|asbo|aashbo"
     r"|firbo|phirbo)\b",
     lambda m: "i'm coming from my " + ("night shift" if m[1] else "shift at work")),
    # "kal or pet e betha chilo" (she had a stomach ache yesterday): "kal" with a past verb is yesterday (read here,
    # before the ache below becomes English words the shared rule for "kal" does not count)
    (r"\b(?:kall?|kalke|kaalke)\b(?=(?: (?:or|oder|tar|tader|[a-z]{3,} (?:er|r)))? (?:pet|pete|peter|pett|gola|golay"
     r"|golar|matha|mathay|mathar|kan|kane|kaner|dat|daat|dante|daate)(?: (?:e|te|ey|tey))?(?: (?:khub|onek|beshi"
     r"|bhishon|ektu|prochondo))? (?:betha|batha|byatha|bytha|beta|bedona|kharap|kharaap)(?: (?:korchilo|korchhilo"
     r"|korsilo|koreche|korechhe|korse|hoyechilo|hoyechhilo|hoisilo|hoyeche|hoise|hoyse))? (?:chilo|chhilo|silo|cilo"
     r"|korchilo|korchhilo|korsilo|hoyechilo|hoisilo)\b)", "yesterday"),
    # "pete khub betha" (a bad stomach ache), "or pet e onek betha" (her stomach hurts a lot: "e" apart, in the
    # stomach), "Nusrat er gola betha" (Nusrat has a sore throat), "mathay byatha" (a headache): the ache named by where
    # it is, the child's when a name is before it
    (r"\b(?:([a-z]{3,}) (?:er|r) |(?P<her>or|oder|tar|tader) )?(pet|pete|peter|pett|gola|golay|golar|matha|mathay"
     r"|mathar|kan|kane|kaner|dat|daat|dante|daate)(?: (?:e|te|ey|tey))?(?: (?:khub|onek|beshi|bhishon|ektu"
     r"|prochondo))? (?:betha|batha|byatha|bytha|beta|bedona|kharap|kharaap)\b",
     lambda m: (f"{m[1]} has a " if m[1] and m[1] not in ("amar", "amader", "tomar", "apnar", "tar", "onar")
                else f" {'they have' if m['her'].endswith('der') else 'she has'} a " if m["her"] else " ")
     + {"p": "tummy ache", "g": "sore throat", "m": "headache", "k": "earache", "d": "toothache"}[m[3][0]]),
    # "ami bachader niye hospital e jacchi" (I'm taking the children with me to the hospital)
    (r"\b(?:ami |amra )?(?:bachader|bacchader|bachchader|baccader|bachhader|oder|oderke|duijonke|dujonke)"
     r" (?:ke )?(?:niye|nie|niya)(?: (hospital|haspatal|hospitale)(?: ?e)?)? (?:jacchi|jachhi|jacchhi|jassi"
     r"|jaitesi|jabo|jaabo)\b",
     lambda m: "i am taking the children with me" + (" to the hospital" if m[1] else "")),
    # "shamner shoptah" (next week), "Monday theke Friday" (from Monday to Friday)
    (r"\b(?:shamner|samner|shamne|samne|porer|agami|aagami) (?:shoptah|soptah|shoptaho|soptaho|saptah|shaptah"
     r"|shoptahe|soptahe|week|week e)\b", "next week"),
    # "baki shoptaho" (the rest of the week), "ei shoptaher baki din gulo", "shoptaher baki ta": the days left this week
    (r"\b(?:(?:ei|eii) )?(?:baki|baaki|bakita) (?:shoptah|soptah|shoptaho|soptaho|saptah|shaptah|shoptahe"
     r"|soptahe|shoptaha|week|week ta)\b|\b(?:(?:ei|eii) )?(?:shoptaher|soptaher|saptaher|shaptaher|week er)"
     r" (?:baki|baaki)(?: (?:din|dingulo|din gulo|ta|tuku|somoy|shomoy))?\b", "the rest of the week"),
    (r"\b(monday|tuesday|wednesday|thursday|friday|" + "|".join(_ROMAN_DAY_OF) + r") (?:theke|thekei) "
     r"(monday|tuesday|wednesday|thursday|friday|" + "|".join(_ROMAN_DAY_OF) + r")(?: (?:porjonto|porjontoi))?\b",
     lambda m: f"from {_ROMAN_DAY_OF.get(m[1], m[1])} to {_ROMAN_DAY_OF.get(m[2], m[2])}"),
    # "kal sokal 9:30 e" (tomorrow morning at 9:30)
    (r"\b(?:kal|kalke|kaal|kaalke|agamikal) (?:sokal|sokale|shokal|shokale|sokaley|shokaley)\b", "tomorrow morning"),
    # "or dentist," (has the dentist), "or doctor appointment ache": the child's own appointment, as a clause ("or" is
    # his or her: no pronoun, which the English rules would give to a child of that sex)
    (r"\b(?:or|tar|onar) (dentist|doctor|daktar|gp|hospital|checkup|check up)(?: (appointment|appt))?"
     r"(?: (?:ache|achhe|ase|aache))?(?=\s*(?:[.,;!?]|$))",
     lambda m: f"has the {m[1]}{' appointment' if m[2] else ''}"),
    # "Tanvir keo sathe nite hocche" (I have to take Tanvir along too), "or pick up korar keu nai" (there is no one to
    # pick him up): a sibling kept with the parent for want of care; "karon" (because)
    (r"\b([a-z]{3,}) ?(?:ke|re)(?:o|ke)? (?:amar )?(?:sathe|shathe|sathey|songe|shonge) (?:nite|niye jete|nie jete)"
     r" (?:hocche|hochhe|hoche|hobe|hoy|hoibo)\b", r"i have to take \1 with me as well"),
    (r"\b(?:or|oke|ore|take|tar|oder|oderke|tader) (?:pick ?up|pik ?ap|collect|niye ashar|nie ashar|ante jawar"
     r"|nite ashar|dekhar|dekhbhal|dekhashona)(?: (?:korar|kore ante|kore niye ashar))?(?: (?:jonno|moto))?"
     r" (?:keu|kew|kau|keo|manush|lok) (?:nai|nei|nae|nay)\b", "there is no one to look after him"),
    (r"(?<!\ber )\b(?:karon|karn)\b(?! (?:ki|keno)\b)", "because"),
    # "Mahi already school e ache" (Mahi is already at school): "ache" is "is", not a pain
    (r"\b(?:(?:already|agei|ageii|ekhon|akhon|ekhoni) )?(?:school|skool|iskul|class) ?e (?:ache|achhe|ase|aache|achen"
     r"|asen|pouche geche|pouchhe geche|pouche gese)\b", "is already in school"),
    # "amar nijer doctor appointment chilo" (I had my own doctor's appointment): the parent's, not the child's
    (r"\bamar (?:nijer |nijeri |nijero )?(?:(?:doctor|daktar|gp|dentist|hospital|hospitale|eye|chokher) ?(?:er )?)?"
     r"(?:appointment|appt)(?: (ache|achhe|ase|aache|chilo|chhilo|silo|cilo))?\b",
     lambda m: "i had my own appointment" if m[1] and "lo" in m[1] else "i have my own appointment"),
    # "kalkeo" (tomorrow as well), "mone hoy" (I think; not "mone hoy na", I don't think)
    (r"\b(?:kalkeo|kaalkeo|kalkeyo|agamikaleo)\b", "tomorrow too"),
    (r"\bmone (?:hoy|hoi|hocche|hochhe|hoche)\b(?!\s*na\b)", "i think"),
    # "2 tai GP dekhate nibo" (taking him to the GP at 2): "tai" after a number is "at" that hour, not "so"
    (r"\b(\d{1,2}) ?(?:ta|tay|tai)(?= (?:gp|doctor|daktar|dentist|hospital|clinic)\b)", r"at \1:00"),
    (r"\b(?:gp|doctor|daktar|dentist)(?: ke| er kache)?"
     r" (?:dekhate|dekhaite|dekhatey|dekhabo) (?:nibo|niye jabo|jabo)\b",
     "taking him to the gp"),
    # "5 January theke abar school e ashbe" (back at school from 5 January); "14 December Monday theke" (the
    # weekday after a date only names it)
    (r"\b(\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december))"
     r"(?:,? \(?(?:monday|tuesday|wednesday|thursday|friday|sombar|shombar|somobar|mongolbar|budhbar|brihoshpotibar"
     r"|shukrobar|sukrobar)\)?)?"
     r" (?:theke|thekei) abar (?:school ?e |school |iskul ?e )?(?:ashbe|asbe|jabe|ashben)\b", r"back on \1"),
    # "14 tarikh theke abar school e ashbe", "14 tarikhe abar ashbe" (comes again from the 14th): back on that day of
    # the month
    (r"(?<![\d/.:-])\b(\d{1,2}) ?(?:tarikh|tarik|tareekh|tarikhe|tarikh e)(?: (?:theke|thekei))? (?:abar|aabar)"
     r"(?: (?:school|skool|iskul|class) ?e)? (?:ashbe|asbe|aashbe|jabe|jaabe|ashben|ashte parbe|jete parbe)\b"
     r"(?!\s*(?:na|nah?i|ni)\b)",
     lambda m: f"back on the {_ordinal(int(m[1]))}" if 1 <= int(m[1]) <= 31 else m[0]),
    # "kal theke 11 December porjonto" (from tomorrow until 11 December), "aj theke Friday porjonto", "Monday theke
    # 18 tarikh porjonto": a span from a day to a day, both included
    (r"\b(kal|kalke|kaal|kaalke|agamikal|aj|aaj|ajke|aajke|monday|tuesday|wednesday|thursday|friday|"
     + "|".join(_ROMAN_DAY_OF) + r") (?:theke|thekei) (\d{1,2} (?:january|february|march|april|may|june|july|august"
     r"|september|october|november|december)|\d{1,2} ?(?:tarikh|tarik|tareekh|tarikhe|tarikh e)|monday|tuesday"
     r"|wednesday|thursday|friday|" + "|".join(_ROMAN_DAY_OF) + rf") (?:{_UNTIL})\b",
     lambda m: "from " + ("tomorrow" if m[1].startswith(("kal", "kaal", "agami")) else "today" if m[1].startswith(
         ("aj", "aaj")) else _ROMAN_DAY_OF.get(m[1], m[1])) + " to " + (
         f"the {_ordinal(int(re.match(r'[0-9]+', m[2])[0]))}" if "tar" in m[2] else _ROMAN_DAY_OF.get(m[2], m[2]))
     + " inclusive"),
    # "1/12 theke 4/12 porjonto" (from 1/12 to 4/12, both included), "3.12 theke 5.12": a span of dates in figures
    # (before "14/12 theke", from a date, below, takes its first end)
    (rf"(?<![\d/.:])\b({_FIG_DATE}) ?(?:theke|thekei|-|–) ?({_FIG_DATE})(?: ({_UNTIL}))?\b(?![/.:]?\d)",
     lambda m: f"from {m[1]} to {m[2]}{' inclusive' if m[3] else ''}"),
    # "7/12 Monday theke abar ashbe", "Monday 7/12 theke school e ashbe", "7/12 e abar ashbe" (back on Monday 7/12):
    # the day of return, named by a date in figures and the weekday it falls on
    (rf"(?<![\d/.:])\b(?:({_ROMAN_DAYS}),? )?({_FIG_DATE})(?:,? \(?({_ROMAN_DAYS})\)?)?"
     r" (?:(?:theke|thekei)(?: (?:abar|aabar))?|(?:e |te )?(?:abar|aabar))"
     r" (?:(?:school|skool|iskul|class) ?e )?(?:ashbe|asbe|aashbe|jabe|jaabe|ashben|ashte parbe|jete parbe"
     r"|(?:fire|phire|ferot) (?:ashbe|asbe|jabe)|firbe|phirbe)\b(?!\s*(?:na|nah?i|ni)\b)",
     lambda m: "back on " + " ".join(_ROMAN_DAY_OF.get(d, d) for d in (m[1] or m[3], m[2]) if d)),
    # "kalke wash dichilam" (I washed it yesterday): with a past verb "kalke" is yesterday (the shared rule reads
    # "kal"); "kal theke school e ashbe" (she comes to school from tomorrow): back tomorrow
    (r"\b(?:kalke|kaalke|gotokalke)\b(?=(?: [^\s.,!?]+){0,3}? [^\s.,!?]*(?:iyechi|iyechhi|echi|echhi|chilam|chhilam"
     r"|silam|chilo|chhilo|silo|sila|chila|ilam|lam)\b)", "yesterday"),
    # "Kal theke normal" (as normal from tomorrow), "Monday theke abar normal school e ashbe" (from Monday she comes to
    # school as normal again): back then (not "from")
    (r"\b(kal|kalke|kaalke|agamikal|monday|tuesday|wednesday|thursday|friday|" + "|".join(_ROMAN_DAY_OF) + r")"
     r"\s+(?:theke|thekei)\s+(?:(?:abar|aabar|aber)\s+)?(?:(?:shob|sob|shobkichu|sobkichu)\s+)?(?:normal|normally"
     r"|noramal|regular|sabhabik|shabhabik|swabhabik)(?:\s*(?:bhabe|vabe|bhabei))?"
     r"(?:\s+(?:(?:school|skool|iskul|class) ?e|routine))?(?:\s+(?:ashbe|asbe|aashbe|jabe|jaabe|ashben|thakbe|hobe"
     r"|cholbe|jete parbe|ashte parbe))?\b(?!\s*(?:na|nah?i|ni)\b)",
     lambda m: "back tomorrow" if m[1].startswith(("kal", "kaal", "agami")) else
     f"back on {_ROMAN_DAY_OF.get(m[1], m[1])}"),
    (r"\b(?:kal|kalke|kaalke|agamikal)\s+(?:theke|thekei)\s+(?:abar\s+)?(?:(?:school|skool|iskul|class) ?e\s+)?"
     r"(?:ashbe|asbe|aashbe|jabe|jaabe|ashben|jete parbe|ashte parbe)\b(?!\s*na\b)", "back tomorrow"),
    # "gotokal" is yesterday ("gotokal theke", since yesterday)
    (r"\b(?:gotokal|gotokaal|gatokal|gotokalke)\s+(?:theke|thekei)\b", "since yesterday"),
    (r"\b(?:gotokal|gotokaal|gatokal|gotokalke)\b", "yesterday"),
    # a question to the office: "ami jante chaisilam ... school off thakbe naki?" (I wanted to ask whether school will
    # be closed), "absence form fill korte hobe?" (do we have to fill in a form for the absence?), "janaben" (let me
    # know)
    (r"\b(?:ami |amra )?(?:jante|jaante) (?:chaisilam|chaichilam|chacchilam|chachhilam|chaschilam|chai|chaitesi"
     r"|chacchi|chachhi|chassi|chaichhilam)\b", "i wanted to ask"),
    (r"\b(?:school|skool|iskul) (?:ki )?(?:off|bondho|bondo|bando|chuti|chhuti) (?:thakbe|thakbey|thake|hobe)\b",
     "will school be closed"),
    (r"\b(?:(leave|absence|holiday|chuti|chhuti) )?form(?: ta| ti)? (?:fill|fil|fill up|puron|pooron)"
     r" (?:korte|kora|korbo|kore|korben)(?: (?:hobe|lagbe|hbe))?\b",
     lambda m: "fill in a form" + (" for the absence" if m[1] else "")),
    (r"\b(?:ektu )?(?:janaben|janben|janiye diben|janate paren|bolben)(?: (?:please|plz|pls))?\b",
     "please let me know"),
    # "gaye holud" (the turmeric ceremony before a wedding), "holud sondha", "bou bhat" (the reception after it): the
    # wedding (not "holud" alone, turmeric)
    (r"\b(?:gaye|gaaye|gae|gaye ?r|gayer) ?(?:holud|holude|holuder|holudh)\b|\bholud (?:sondha|shondha|sondhya"
     r"|anushthan|onushthan|anusthan|program|programme|night)\b|\bbou ?bhat\b|\bbow ?bhat\b|\bbouvat\b", "wedding"),
    # "scan ache" (there is a scan): "ache" is "there is", not a pain
    # "family te ekta biye ache" (there is a wedding in the family), "party ase": an event, not a pain
    (r"\b(scan|appointment|appt|checkup|check up|test|x-ray|xray|mri|operation|interview|assessment|exam|meeting"
     r"|biye|biya|bie|biyer anushthan|wedding|party|birthday|jonmodin|anushthan|onushthan|anusthan|function|program"
     r"|programme|event|milad|akika|aqiqah|walima|holud|mehndi|mehendi|janaza|janaja|funeral|dawat|daowat)"
     r"\s+(?:ache|achhe|ase|aache)\b", r"\1"),
    # "bhagnir aqiqah anushthan ache" (there is my niece's aqiqah, the naming ceremony for a baby): a family event
    (r"\b(?:aqiqah|aqiqa|aqeeqah|aqeeqa|aqika|akika|akikah|akiqa|akiqah|akeeka)(?:r|er)?(?:\s+(?:anushthan|onushthan"
     r"|anusthan|program|programme|party|function|dawat|daowat))?(?:\s+(?:ache|achhe|ase|aache))?\b",
     "naming ceremony"),
    # "5 January fire ashbe", "Monday fire ashbe" (comes back on 5 January, on Monday), "5 January te school e firbe"
    # (returns to school on 5 January): back then
    (r"\b(\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december)"
     r"|monday|tuesday|wednesday|thursday|friday|" + "|".join(_ROMAN_DAY_OF) + r")(?: ?e| ?te|\s+theke)?(?:\s+abar)?"
     r"(?:\s+(?:school|iskul) ?e)?\s+(?:(?:fire|fira|phire|fire e|ferot)\s+(?:ashbe|asbe|aashbe|ashben|asben|ashbo"
     r"|asbo|jabe|ashte parbe)|firbe|phirbe|firben|phirben)\b(?! ?na\b)",
     lambda m: f"back on {_ROMAN_DAY_OF.get(m[1], m[1])}"),
    # "January 5 e abar ashbe", "December 14 theke abar school e ashbe" (back on 5 January; the month before the day):
    # back then
    (r"\b(january|february|march|april|may|june|july|august|september|october|november|december) (\d{1,2})"
     r"(?:st|nd|rd|th)?(?: ?e| ?te|\s+theke)?(?:\s+(?:inshallah|inshaallah|insha ?allah|insallah))?"
     r"(?:\s+(?:abar|aabar))?"
     r"(?:\s+(?:school|skool|iskul|ishkul|class) ?e)?(?:\s+(?:abar|aabar))?\s+(?:(?:fire|phire|ferot)\s+)?"
     r"(?:ashbe|asbe|aashbe|ashben|asben|firbe|phirbe|jabe|ashte parbe)\b(?!\s*(?:na|nah?i|ni)\b)",
     lambda m: f"back on {m[2]} {m[1]}" if 1 <= int(m[2]) <= 31 else m[0]),
    # "Monday inshaAllah ashbe", "sombar insallah school e asbe" (comes in on Monday, God willing), "Monday abar
    # ashbe": back then (a day with no "theke"; not "Monday ashbe na", won't come on Monday)
    (r"\b(\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december)"
     r"|monday|tuesday|wednesday|thursday|friday|" + "|".join(_ROMAN_DAY_OF) + r")(?: ?e| ?te)?"
     r"(?:\s+(?:inshallah|inshaallah|insha ?allah|insallah|inshalla|in ?sha ?allah|in ?shaa ?allah))?"
     r"(?:\s+(?:abar|aabar))?(?:\s+(?:school|skool|iskul|ishkul|class) ?e)?(?:\s+(?:abar|aabar))?"
     r"\s+(?:ashbe|asbe|aashbe|ashben|asben|aibo|aibe|ashte parbe)\b(?!\s*(?:na|nah?i|ni)\b)",
     lambda m: f"back on {_ROMAN_DAY_OF.get(m[1], m[1])}"),
    # "Monday te dekhi" (we'll see on Monday), "kal dekha jak" (let's see tomorrow): that day is undecided
    (r"\b(monday|tuesday|wednesday|thursday|friday|" + "|".join(_ROMAN_DAY_OF) + r"|kal|kalke|next week)"
     r"(?: ?(?:te|e|ke))? (?:ki hoy |kemon thake )?(?:dekhi|dekhbo|dekha jak|dekha jabe|dekhe janabo|dekhe bolbo"
     r"|dekhe jani(?:ye)? dibo)\b",
     lambda m: f"we'll see about {'tomorrow' if m[1].startswith('kal') else _ROMAN_DAY_OF.get(m[1], m[1])}"),
    # "amra Bangladesh e nanur bari jacchi" (we are going to grandma's house in Bangladesh), "Sylhet e dadur bari
    # jabo": a trip abroad to family; "nanur bari jacchi" with no place named: visiting family
    # ("shoshur bari", the in-laws' house, has its "r" already)
    (r"\b(bangladesh|india|pakistan|dhaka|sylhet|chittagong|kolkata|desh)(?: ?e| ?te)?\s+(?:(?:(?:" + "|".join(
        _ROMAN_RELATIVE_OF) + r")(?: ?r| ?er| ?der)|shoshur|shosur|sosur|shwoshur)\s+)?"
     r"(?:bari|bari ?te|basha|basay|bashay|barite)\s+(?:jacchi|jachhi"
     r"|jacchhi|jassi|jaitesi|jabo|jaabo|jaowa|jabe|jacche|jachhe)\b",
     lambda m: f"travelling to {'bangladesh' if m[1] == 'desh' else m[1]} to visit family"),
    (r"\b(?:(?:" + "|".join(_ROMAN_RELATIVE_OF) + r")(?: ?r| ?er| ?der)|shoshur|shosur|sosur|shwoshur)"
     r"\s+(?:bari|bari ?te|basha|basay|bashay|barite)\s+(?:jacchi|jachhi|jacchhi|jassi|jaitesi|jabo|jaabo)\b",
     "we are visiting family"),
    # "sokale ghum theke uthte onek deri hoye geche" (it got very late getting up this morning; how late it got is left
    # to the shared rules, too late for school or a late arrival), "deri kore ghum theke uthechi" (we got up late),
    # "ghum bhangeni" (didn't wake): overslept
    (r"\bghum theke (?:uthte|utte|othte)(?= (?:onek |ektu |khub |beshi )?(?:deri|dheri|deree|late) (?:hoye|hoe"
     r"|hoise|hoyeche|hoyese)\b)"
     r"|\b(?:onek |ektu |khub )?(?:deri|dheri|late) (?:kore|te|e) ghum theke (?:uthechi|uthesi|uthlam|utheche|uthse"
     r"|uthlo)\b|\bghum theke (?:onek |ektu |khub )?(?:deri|dheri|late) (?:kore|te|e) (?:uthechi|uthesi|uthlam"
     r"|utheche|uthse|uthlo)\b|\bghum (?:bhangeni|bhange ni|bhangenai|bhangse na|bhangini)\b", "overslept"),
    # "Bangladesh e beraite jacchi" (we are going on a trip to Bangladesh), "bedaite jabo"
    (r"\b(?:beraite|berate|beraete|bedaite|bedate|berrate|beranor jonno|bhromon(?:e| korte)|ghurte|ghurtey|ghurthe"
     r"|ghurar jonno|ghurte ghurte)\b", "on holiday"),
    # "January te fire ashbe", "January mashe abar school e ashbe" (comes back in January), "January te school khulle
    # abar ashbe" (comes again when school opens in January): back then
    (r"\b(january|february|march|april|may|june|july|august|september|october|november|december)"
     r"(?: ?(?:te|e|mashe|maashe|mase|er shuru(?:te)?))?\s+(?:(?:school|skool|iskul) (?:khulle|khulbe|khulle por"
     r"|khular por|khola hole|khulle pore)\s+)?(?:abar\s+)?(?:(?:school|iskul) ?e\s+)?"
     r"(?:(?:fire|phire|fira|ferot)\s+)?(?:ashbe|asbe|aashbe|ashben|firbe|phirbe|firben|firbo|phirbo)\b(?!\s*na\b)",
     r"back in \1"),
    # "term sesh porjonto" (until the term ends), "chuti shuru porjonto" (until the holidays start): to the end of term
    (r"\b(?:(?:term|terms|semester|school)(?: ?er)? (?:sesh|shesh|shes|sheshe|seshe|end)(?: (?:hoya|howa|houa|hobar))?"
     r"|(?:x-?mas |christmas |winter |shiter )?(?:chuti|chhuti|holiday)(?: ?r)? (?:shuru|suru|start)(?: (?:hoya|howa"
     r"|houa|hobar))?)(?: (?:ag|age|agey))? (?:porjonto|porjontoi|porjnto|obdhi|obdi)\b", "until the end of term"),
    # "14/12 theke" (from 14/12): from a date in figures
    (r"\b(\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)\s+(?:theke|thekei)\b", r"from \1"),
    # Sylheti: "boroph er lagi" (because of the snow), "bus bondo" (buses cancelled), "aijj" (today),
    # "aite parto nay" (can't come)
    (r"\b(?:boroph|borof|boraf|baraf)(?: er lagi| er jonno| er karone)?\b", "because of snow"),
    (r"\bbus (?:bondo|bondho|bonddo)\b", "buses cancelled"), (r"\baijj?\b", "today"),
    # "aj ishkul jaito pariba na" (can't go to school today)
    (r"\b(?:(?:school|iskul|ishkul|skul)(?: ?(?:o|e))? )?(?:aite|ashte|aashte|jaite|jaito|aito) (?:parto nay|partona"
     r"|parto na|parbo na|parbe na|pariba na|parba na|partai na|parbona|parbena)\b", "won't be in"),
    # "kal X school e ashbe na" (X won't come to school tomorrow)
    (r"\b(?:school ?e |iskul ?e )?(?:ashbe|asbe|aashbe) na\b", "won't be in"),
    # "dadur barshiki" (grandfather's death anniversary), "ekdin chuti nite hobe" (will need a day off),
    # "tarikh ta pore janabo" (I'll confirm the date later)
    (r"\b(?:dadur|nanur|dadir|nanir) (?:barshiki|barsiki|mrittubarshiki)\b", "grandparent's memorial"),
    (r"\b(?:ek ?din|1 din)(?: er)? (?:chuti|chhuti) (?:nite|lagbe|nibo)(?: hobe)?\b", "will need a day off"),
    (r"\b(?:tarikh|date) ?(?:ta )?(?:pore|porey|pore e) (?:janabo|jani(?:ye)? dibo|bolbo)\b",
     "i will confirm the date later"),
    # "16-18 tarikh", "16 theke 18 tarikh porjonto" (from the 16th to the 18th): both ends
    (r"(?<![\d/.:-])\b(\d{1,2}) ?(?:-|–|theke|thekei|to) ?(\d{1,2}) ?(?:tarikh|tarik|tareekh|tarikhe|tarikher"
     r"|tarikh e)\b(?: (?:porjonto|porjontoi|porjnto|porjanto|obdhi|obdi))?(?![/.:]?\d)", _day_span),
    # "16, 17, 18 tarikh", "16, 17 ar 18 tarikhe", "11 o 14 tarikh" (on the 16th, the 17th and the 18th): a list of
    # days of the month before one "tarikh"
    (r"(?<![\d/.:-])\b(?P<days>\d{1,2}(?:(?:,\s*|\s*,?\s+(?:ar|aar|o|and|ebong|&)\s+)\d{1,2})+)"
     r" ?(?:tarikh|tarik|tareekh|tarikhe|tarikher|tarikh e)\b(?! ?(?:ta|ti)? ?(?:ekhono|pore|thik))", _days_of_month),
    # "17 tarikh Thursday", "17 tarikhe" (on the 17th): the day of the month ("tarikh" is "date")
    (r"(?<![\d/.:-])\b(\d{1,2}) ?(?:tarikh|tarik|tareekh|tarikhe|tarikher|tarikh e)\b"
     r"(?! ?(?:ta|ti)? ?(?:ekhono|pore|thik))",
     lambda m: f"on the {_ordinal(int(m[1]))}"),
    # "Thursday ba Friday", "sombar naki mongolbar" (Thursday or Friday): alternatives, not both days
    (r"\b(monday|tuesday|wednesday|thursday|friday|" + "|".join(_ROMAN_DAY_OF) + r")\s+(?:ba|naki|othoba|otoba)\s+"
     r"(?=(?:monday|tuesday|wednesday|thursday|friday|" + "|".join(_ROMAN_DAY_OF) + r")\b)",
     lambda m: f"{_ROMAN_DAY_OF.get(m[1], m[1])} or "),
    # "nana ke hospital e dekhte gesilam" (we went to see grandad in hospital), "... dekhte jabo" (we'll go and see)
    (r"\b(" + "|".join(_ROMAN_RELATIVE_OF) + r")(?: ?ke| ?re)? (?:hospital|haspatal|hashpatal|hospitale)(?: ?e)?"
     r" (?:dekhte|dekha korte|visit korte) (?:(gesilam|gechilam|giyechilam|gelam|gechi|gesi|giyechi)"
     r"|jacchi|jachhi|jabo|jaabo|jete hobe)\b",
     lambda m: f"we {'went' if m[2] else 'are going'} to see his {_ROMAN_RELATIVE_OF[m[1]]} in hospital"),
    # "Rohan er khub jor" (Rohan has a high fever): the child named has it
    (r"(?<![\w'])(?!(?:amar|amader|tomar|apnar|or|oder|tar|tader|onar|kal|aj|ajke|aaj|raat|rat|kalke|shokal|din"
     r"|diner|majhe|ekhon|ajker|aajker|kaler|raater|bhai|bon|bhaiya|apu|didi|dada|baby|babu|bachcha|bacchar"
     r"|" + "|".join(_ROMAN_RELATIVE_OF) + r")\b)([a-z]{3,}) (?:er|r) (?:(khub|onek|beshi|bhishon|tez|high) )?"
     r"(?:jor|jwor|jbor|jhor)\b",
     lambda m: f"{m[1]} has a {'high ' if m[2] else ''}fever"),
    # "ami ekla achi" (I'm on my own); "Riya keo aaj bari te rakhchi" (I'm keeping Riya at home today too); "oke
    # school e niye jawar keu nei" (there is no one to take her to school): a sibling kept home
    # ("ami eka, ..." with "achi" left unsaid); "Arif ke rekhe ber hote parbo na" (I can't go out leaving Arif)
    (r"\b(?:ami|ma|amma|ammu) (?:ekla|eka|ekai|eklai|ekdom ekla)(?: (?:achi|achhi|asi|aachi|thaki)\b|(?=\s*[,.;!?]))",
     "i am alone"),
    (r"\b(?:(oke|ore|take|oderke|ora|oder)|([a-z]{3,})(?: ?ke| re)) (?:(?:eka|ekla) )?(?:rekhe|fele|raikha|raekha)"
     r" (?:ber hote|ber hoite|beroite|beirote|jete|jaite|ashte|aste|ber hoy) (?:parbo na|parbona|parbo nah|parchi na"
     r"|parchina|parchhi na|parsi na|pari na|parina|parmu na|parum na)\b",
     lambda m: f"i can't leave {m[2] or ('them' if m[1].startswith(('oder', 'ora')) else 'her')} alone"),
    (r"\b(?:(oke|ore|take|oderke|ora|oder)|([a-z]{3,})(?: ?ke| re))(o|i)? ((?:aaj|aj|ajke|aajke|kal|aajkeo|ajkeo) )?"
     r"(?:bari ?te|barite|basay|bashay|basa ?y|ghore|ghare|home ?e) (?:rakhchi|rakhchhi|rakhsi|rakhtesi|rakhbo"
     r"|rekhe dicchi|rekhe dichhi|rekhe disi|rekhe dilam|rakhlam|rakhte hobe|rakhte hocche)\b",
     lambda m: f"i am keeping {m[2] or ('them' if m[1].startswith(('oder', 'ora')) else 'her')} at home "
     f"{m[4] or ''}{'too' if m[3] == 'o' else ''}"),
    (r"\b(?:(oke|ore|take|oderke|oder|tader)|([a-z]{3,}) ?ke)? ?(?:school|skool|iskul) ?e (?:niye|nie|diye|pouche"
     r"|pouchhe|nea) (?:jawar|jaowar|jabar|ashar|asar|dewar|deyar|deowar|deoar) (?:keu|kew|kau|manush|lok)"
     r" (?:nei|nai|nay|nee|nai ar)\b",
     lambda m: f"there is no one to take {m[2] or ('them' if (m[1] or '').startswith(('oder', 'tader')) else 'her')}"
     " to school"),
    # Sylheti "Yahya re bari te rakhsi Jannat re dekhar lagi" (I've kept Yahya home to look after Jannat), "oke
    # basay rakhchi Riya ke dekhar jonno": kept home (above) to mind the other child, not a relative
    (r"\bat home ((?:today |tomorrow )?(?:too )?)\s*(?!(?:" + "|".join(_ROMAN_RELATIVE_OF) + r")\b)[a-z]{3,}"
     r"(?: ?ke| re) (?:dekhar|dekhte|dekhashona korar|dekhashonar|dekhbhal korar|dekhe rakhar) (?:lagi|jonno|jonne"
     r"|laiga)\b", r"at home \1to look after his sibling"),
    # "Arif er reading book ta bari te rekhe gese" (Arif left his reading book at home), "kal niye ashbe" (he will
    # bring it tomorrow): a thing left at home, not a child kept there
    (r"\b(?:([a-z]{3,}) (?:er|r) )?((?:[a-z]+ ){1,3}?)(?:ta|ti|gula|gulo)\s+(?:bari ?te|barite|basay|bashay|basa ?y"
     r"|ghore)\s+(?:rekhe|fele)\s*(?:gese|geche|gechhe|ashche|asche|eseche|esheche|aseche|ashse|asse|felechi|felse"
     r"|esechi|eshechi|dise|diyeche|gelo|gechilo)\b",
     lambda m: f"{m[1] + ' ' if m[1] else ''}left the {m[2].strip()} at home"),
    (r"\b(left the (?:[a-z]+ ){1,3}?at home)\s*([,.]?)\s+(?:kal|kalke|agamikal)\s+(?:niye|nie|niya)\s+"
     r"(?:ashbe|asbe|aashbe|ashbo|asbo|jabe|jabo|dibe|dibo|debo)\b", r"\1\2 will bring it tomorrow"),
    # Sylheti "ami kam o jaimu" (I'm going to work), "ami kaje jabo"
    (r"\b(?:ami|amra) (?:kam|kaam|kaj|kaaj)(?: ?e| ?o)? (?:jaimu|jaiyum|jabo|jaabo|jacchi|jachhi|jaitesi)\b",
     "i am going to work"),
    # "Tanvir amader shathe jabe" (Tanvir comes with us): away with the family
    (r"\b(?:amader|amar|amra) (?:shathe|sathe|shate|sate|sathey|songe|shonge)\s+(?:jabe|jacche|jachhe|jaibo|ashbe"
     r"|thakbe)\b(?!\s*(?:na|nah?i|ni)\b)", "is coming with us"),
    # "Maliha school e jabe." (Maliha goes to school): a clause of just a name, school and "goes": that child is in
    (r"(?:^|(?<=[.!?,]))(\s*(?!(?:ora|tara|ami|amra|she|shey|oke|ore|tumi|apni)\b)[a-z]{3,}) (?:(?:aj|aaj|ajke"
     r"|aajke) )?(?:school|skool|skul|iskul|ishkul) ?e (?:jabe|ashbe|asbe|aashbe|jacche|jachhe|ashche|asche|aibo"
     r"|jaibo)(?=\s*(?:[.!?,]|$))", r"\1 will be in as normal"),
    # "Tasnia ke 9:25 e drop korbo" (I'll drop Tasnia at 9:25): in at that time
    (r"\b(?!(?:oke|ore|take|oder)\b)([a-z]{3,}) ?(?:ke|re) (?:(?:aj|aaj|ajke) )?(\d{1,2})[:.](\d\d) ?(?:e|te|a|y"
     r"|er dike|tar dike|nagad)?\s+(?:(?:school|skool|iskul) ?e\s+)?(?:drop|namiye|pouche|pouchhe|diye)\s+(?:korbo"
     r"|kori dibo|kore dibo|kore debo|dibo|debo|ashbo|asbo|jabo)\b",
     lambda m: f"{m[1]} will be in at {m[2]}:{m[3]}"),
    # Sylheti "Kalke duijon aibo" (both come tomorrow), "kal school e ashbe" (comes in tomorrow): back then
    # ("kal inshallah ashbe": tomorrow she comes, God willing)
    (r"\b(?:kal|kalke|kaal|kaalke)\s+(?:(?:inshallah|inshaallah|insha ?allah|insallah|in ?sha ?allah)\s+)?"
     r"(?:(duijon|dujon|duijonei|dujonei|dujoni|shobai|sobai)\s+)?(?:(?:school|skool"
     r"|iskul|ishkul) ?e\s+)?(?:aibo|aibe|aiba|ashbe|asbe|aashbe)\b(?!\s*(?:na|nah?i|ni)\b)",
     lambda m: f"{'both ' if m[1] else ''}back tomorrow"),
    # "amader nanu hospital e bhorti" (our grandma has been admitted to hospital), "obostha khub kharap" (her
    # condition is very bad): a family emergency
    # "amar husband raat e hotat buke betha niye hospital e bhorti hoise" (my husband was suddenly admitted to hospital
    # last night with chest pain): the husband or wife, with what happened between
    (r"\b(?:amar |amader |or |oder |tar )?(husband|hasband|swami|shami|wife|bou|bow|stri|istri)"
     r"((?: (?!(?:ke|re|school|iskul|aj|ajke|aaj)\b)[a-z]+){0,6}?)"
     r" (?:hospital|haspatal|hashpatal|hospitale)(?: ?e)? (?:bhorti|vorti|bhoti|admit|admitted)\b"
     r"(?: (?:hoyeche|hoyechen|hoise|hoisen|hoyse|korse|koreche|korechhe|kora hoyeche|korano hoyeche|ache|achen"
     r"|asen))?",
     lambda m: f"my {'wife' if m[1] in ('wife', 'bou', 'bow', 'stri', 'istri') else 'husband'} was rushed to hospital"),
    # "amar shashuri gotokal raat e stroke kore hospital e admit hoyeche" (my mother-in-law had a stroke last night and
    # was admitted to hospital), "abbur heart attack hoise": a grown-up's stroke or heart attack is the family's
    # emergency, with or without the hospital after it
    (r"\b(?:amader |amar |oder |or |tader )?(" + "|".join(_ROMAN_RELATIVE_OF) + r")(?: ?ke| ?r| er)?"
     r"((?:\s+(?:(?:kal|kaal|kalke|gotokal) (?:rat|raat|rate|raate|ratre|shokale|sokale|dupure|bikele)"
     r"|(?!(?:ke|re|school|iskul|skool|kal|kalke|dekhte|nite)\b)[a-z]+(?: ?e| ?te)?)){0,4}?)"
     r"\s+(?:brain )?(stroke|strok|heart attack|hart attack|heart atack|heart attak|heart atak)"
     r"\s+(?:korechen|korechhen|koreche|korechhe|korsen|korse|kore|korlo|korlen|hoyeche|hoyechhe|hoise|hoyse|hoyechilo"
     r"|hoisilo|holo)\b"
     r"(,?\s+(?:hospital|haspatal|hashpatal|hospitale)(?: ?e)? (?:bhorti|vorti|bhoti|admit|admitted)\b"
     r"(?: (?:hoyeche|hoyechen|hoise|hoisen|hoyse|korse|koreche|korechhe|kora hoyeche|korano hoyeche|ache|achen"
     r"|asen))?\b)?",
     _elder_stroke),
    # "amra shobai hospital e achi" (we are all at the hospital), as "আমরা সবাই হাসপাতালে আছি" below
    (r"\b(?:amra(?: (?:shobai|sobai|sobay|shobay))?|ami)(?: (?:ekhon|ekhono|ekhuno))? (?:hospital|haspatal|hashpatal"
     r"|hospitale)(?: ?e)? (?:achi|achhi|asi|aachi|aasi)\b", "we are all with him"),
    # "amar abba Bangladesh e hospital e bhorti" (my dad is in hospital in Bangladesh): where the hospital is, between
    (r"\b(?:amader |amar |oder |or |tader )?(" + "|".join(_ROMAN_RELATIVE_OF) + r")(?: ?ke| ?r| er)?"
     r"(?: (?!(?:ke|re|school|iskul|skool|aj|ajke|aaj|kal|kalke|dekhte|nite)\b)[a-z]+(?: ?e| ?te| ?er| ?r)?){0,2}?"
     r" (?:hospital|haspatal|hashpatal|hospitale)(?: ?e)? (?:bhorti|vorti|bhoti|admit|admitted)\b"
     r"(?: (?:hoyeche|hoyechen|hoise|hoisen|hoyse|korse|koreche|korechhe|kora hoyeche|korano hoyeche|ache|achen"
     r"|asen))?", lambda m: f"{_ROMAN_RELATIVE_OF[m[1]]} was rushed to hospital"),
    # "amar abba Bangladesh e khub osustho" (my dad in Bangladesh is very ill), "amader nanu onek oshustho hoye
    # geche": a parent or grandparent taken ill, not the child (where they are, "Sylhet e", between)
    (r"\b(amar|amader|or|oder|tar|tader) (" + "|".join(_ROMAN_RELATIVE_OF) + r")"
     r"(?: (?!(?:ke|re|school|iskul|skool|aj|ajke|aaj|kal|kalke|khub|khubi|onek|beshi|bhishon|ekdom)\b)([a-z]+?)"
     r" ?(?:e|te))? (?:(khub|khubi|onek|beshi|bhishon|ekdom) )?(?:oshustho|osustho|asustha|asustho|oshusto"
     r"|oshushtho|osustha|oshustha)\b(?: (?:hoye (?:geche|gese|gechhe|gechen|gesen|porechen|poreche|porse)|hoise"
     r"|hoisen|hoyeche|hoyechen|ache|achen|asen))?",
     lambda m: f"{'my' if m[1].startswith('am') else 'her'} {_ROMAN_RELATIVE_OF[m[2]]} is {'very ' if m[4] else ''}"
     f"ill{' in ' + m[3] if m[3] else ''}"),
    # "Adnan ke kal raate hospital e bhorti kora hoyeche" (Adnan was admitted to hospital last night): the child
    # admitted, an illness (a parent or grandparent in hospital is read just above)
    (r"\b(?:(?:oke|ore|take|o|she|shey) |(?!(?:amar|amader|or|oder|tar|tader|ami|amra)\b)([a-z]{3,}) ?(?:ke|re)? )"
     r"((?:(?:kal|kalke|gotokal|goto kal|aj|ajke|aaj) )?(?:(?:raate|rate|raat e|rat e|raatre|shokale|sokale|bhore"
     r"|dupure|bikele|bikale|shondhay|sondhay) )?)(?:hospital|haspatal|hashpatal|hospitale)(?: ?e)?"
     r" (?:bhorti|vorti|bhoti|admit|admitted) (?:kora hoyeche|kora hoise|kora hoyse|korano hoyeche|korano hoise|korse"
     r"|koreche|korechi|hoyeche|hoise|ache|ase|achhe)\b",
     lambda m: f"{m[1] or 'he'} {m[2]}was admitted to hospital"),
    # "kotodin thakte hobe ekhono jani na" (I don't know yet how long he has to stay); "ami update dibo" (I'll keep
    # you updated)
    (r"\b(?:kotodin|koto din|koydin|koy din|kodin)(?: (?:thakte hobe|lagbe|thakbe))?"
     r"(?: (?:ekhono|ekhono porjonto|ekhon o))? (?:jani na|janina|bolte parchi na|bola jacche na)\b",
     "i don't know how long he has to stay"),
    (r"\b(?:ami )?(?:apnake |apnader )?update (?:dibo|debo|janabo)\b", "i will keep you updated"),
    # "sorry bhul likhsi" (sorry, I wrote it wrong), "bhul hoye geche" (a mistake was made): a correction
    (r"\b(?:ami )?(?:bhul|vul|bhool|vhul|bul) (?:likhsi|likhesi|likhechi|likhechhi|likhsilam|likhechilam"
     r"|likhe (?:felsi|feleci|felechi|fel(?:e)?chhi)|korsi|korechi|korechhi|hoise|hoyeche"
     r"|hoye (?:geche|gese|gechhe))\b",
     "my mistake"),
    (r"\b(?:or |tar |tader |onar )?(?:obostha|obosta|awbostha|obostah) (?:khub |onek |beshi |ekdom )?"
     r"(?:kharap|kharaap|khrap|serious|critical)\b", "the condition is very serious"),
    # "khub serious obostha" (a very serious condition), "critical obosthay ache" (is in a critical condition)
    (r"\b(?:khub |onek |beshi |ekdom )?(?:kharap|kharaap|khrap|serious|critical|shongkotapanno|songkotapanno)"
     r" (?:obostha|obosta|awbostha|obostah)(?:y|e|te)?\b(?: (?:ache|achhe|ase|achen|asen|chole geche))?",
     "the condition is very serious"),
    # "pa bhenge geche" (the leg broke), "hand foot mouth hoyeche" (has hand, foot and mouth)
    (r"\b(?:pa|paa|payer|payer haddi|pa er haddi) (?:bhenge|bhenghe|bhange|bhege|venge|bhangse|bhengeche)\w*"
     r"(?: (?:geche|gese|gechhe|feleche|giyeche|gelo))?", "broke his leg"),
    (r"\bhand,? foot,? (?:and |& |n )?mouth\b", "hand foot and mouth"),
    # "Rash Purnima", "Dol Purnima", "Kojagori Lokkhi pujo": full-moon festivals (not a rash); "mondire pujo dite"
    # (to offer puja at the temple)
    (r"\b(?:(?:rash|ras|dol|doul|buddha|buddho|kartik|magh|maghi|koji|kojagori|kojagari|lokkhi|lakshmi|guru) )?"
     r"(?:purnima|purnimar|purnimay|purnimate)\b", "purnima festival"),
    (r"\b(?:mondir|mondire|mondirer|mandir|mandire|mondire e)\b", "temple"),
    (r"\b(?:pujo|puja|pooja|puza|pujor|pujar)\b(?: (?:dite|korte|dekhte))?", "puja"),
    # "ekta baje", "duitay", "barotar shomoy" (at one, at two, at twelve o'clock), "egarotar dike" (around eleven): the
    # hour in figures, read as below ("ekta" alone is "a", "one")
    (rf"\b({_ROMAN_HOUR}) ?t?ta(?:(?:r|er)? (?:shomoy|somoy|dike|er dike|nagad|moddhe|er moddhe)\b"
     r"| (?:baje|bajey|bajay|baze|bajbe)\b|(?:y|i|r|re|te)\b| (?:e|te)\b)",
     lambda m: (f"{_ROMAN_HOURS[m[1]]}tar dike" if re.search(r"dike|nagad", m[0])
                else f"{_ROMAN_HOURS[m[1]]}tar moddhe" if "moddhe" in m[0] else f"at {_ROMAN_HOURS[m[1]]}:00")),
    # Sylheti "school tane nimu" (I'll take him from school): "tane" (from) and "nimu" (I'll take) in the words of
    # the rules below ("theke", "niye jabo")
    (r"\b(school|skool|iskul|class|madrasa)\s+(?:tane|tone|thaki|taki|thaika|taika|theke)\s+"
     r"(?:nimu|nimo|nia jaimu|niya jaimu|nie jaimu|niye jaimu|lai jaimu)\b", r"\1 theke niye jabo"),
    (r"\b(school|skool|iskul|class|madrasa) (?:tane|tone|thaki|taki|thaika|taika)\b", r"\1 theke"),
    # "Sami ke ami 9:40 er dike niye ashbo" (I'll bring Sami in around 9:40): late at that time
    (r"\b(?:(?!(?:ami|amra|tumi|apni|amader|tader|oder|eta|ota|seta)\b)(?P<who>[a-z]{3,}) ?ke|oke|ore|take)\s+"
     r"(?:(?:ami|amra)\s+)?(?:(?:aj|aaj|ajke|aajke)\s+)?(?:(?:at|around|by) )?(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?"
     r"(?: ?(?:ta|tar|tay|tai|te|e|ey|tey|a|y)(?!\S))?(?: ?(?:er|r)(?!\S))?"
     r"(?: (?P<when>dike|dik e|dikey|kache|moddhe|moddhei|modhye|vitore|bhitore|nagad|shomoy|somoy|e|te))?"
     rf"\s+(?:{_SCHOOL_E}\s+)?{_BRING_IN_ROMAN}\b(?!\s*(?:na|nah?i|ni)\b)", _brought_in),
    # "age Sadia ke nanur kache rekhe ashte hobe" (first I have to leave Sadia with her grandma): the other child's
    # errand, which makes her brother late
    (r"\b(?:(?P<first>age|aage|agey|agei|prothome|prothom e)\s+)?"
     r"(?:(?!(?:ami|amra|tumi|apni|amader|tader|oder)\b)(?P<who>[a-z]{3,}) ?ke|oke|ore|take)\s+"
     r"(?:(?P<rel>" + "|".join(_ROMAN_RELATIVE_OF) + r")(?:r|er|der)?\s+)?(?:kache|kase|bari|barite|bari te|basay"
     r"|bashay|basa te|basate)\s+(?:rekhe|reke|raikha)\s+(?:(?:ashte|aste|aashte|jete|jaite) (?:hobe|hbe|hoibo)"
     r"|ashbo|asbo|aashbo|jabo|jaabo)\b", _dropped_with),
    # "12 tar por school e dia jabo" (I'll drop him at school after 12), "11:30 er pore school e ashbe" (she comes in
    # after 11:30): in after that time
    (rf"(?<![\d:.])\b(\d{{1,2}})(?:[:.](\d\d))? ?(?:ta|tar|tay|te)? ?(?:er |r )?(?:por|pore|porey|pare)\s+"
     rf"{_SCHOOL_E}\s+(?:chole\s+)?(?:{_ARRIVES}|{_BRINGS})\b(?!\s*(?:na|nah?i|ni)\b)",
     lambda m: f"will be in after {m[1]}:{m[2] or '00'}"),
    # "1ta te", "2tar shomoy" (at 1 o'clock), "10tar dike" (around 10)
    (r"\b(\d{1,2})(?:ta|tay|tai|tar)(?: (?:te|e|shomoy|somoy|er shomoy|er somoy))\b", r"at \1:00"),
    # "11 tar dike" (around 11) with a space before "tar" too
    (r"(?<![\d:.])\b(\d{1,2}) ?(?:ta|tay|tar)(?: (?:dike|er dike|nagad|er moddhe))\b", r"around \1:00"),
    # "10 tar moddhe pouche jabe" (will have arrived within ten, by ten)
    (r"(?<![\d:.])\b(\d{1,2}) ?(?:ta|tar|tay)? ?(?:er )?(?:moddhe|moddhei|modhye|moddhey|vitore|bhitore)\b"
     r"(?= (?:(?:school|iskul|class) ?e )?(?:(?:pouche|pouchhe|pouchay|pouchae|chole) )?(?:ashbe|asbe|aashbe|ashben"
     r"|jabe|pouchabe|pouchhabe|pouchbe|pouchai dibo|pouche dibo|ashbo|jabo)\b)",
     r"by \1:00"),
    # "11tar dike school e ashbe" is now "around 11:00 school e ashbe": in at that time
    (r"\b(by|around|about|at) (\d{1,2}:\d\d)(?:\s+(?:dike|er dike|nagad|er moddhe|moddhe))?"
     r"\s+(?:(?:school|iskul|class) ?e\s+)?(?:chole\s+|pouche\s+|pouchhe\s+)?(?:ashbe|asbe|aashbe|ashben|jabe"
     r"|pouchabe|pouchhabe|pouchbe)\b"
     r"(?! ?na\b)",
     r"will be in \1 \2"),
    # "9:45 e school e ashbe" (comes to school at 9:45), "11:30 er moddhe school e diye jabo" (I'll drop him at school
    # by 11:30), "school e 10:15 e niye ashbo" (I'll bring her to school at 10:15): in at, by or around that time
    (rf"(?<![\d:.])\b(?:({_SCHOOL_E})\s+)?(?:(by|around|about|at) )?(\d{{1,2}})[:.](\d\d)"
     rf"(?: ?({_BY_WHEN}|{_AROUND_WHEN}|e|te|ey|tey|a|y))?\s+(?(1)|{_SCHOOL_E}\s+)(?:chole\s+)?"
     rf"(?:{_ARRIVES}|{_BRINGS})\b(?!\s*(?:na|nah?i|ni)\b)",
     lambda m: f"will be in {m[2] or _when(m[5])} {m[3]}:{m[4]}"),
    # "১৪ই ডিসেম্বর", "৪ঠা জানুয়ারি", "২১শে": a date with its ordinal ending
    (r"(?<![\d:])(\d{1,2})(?:ই|শে|লা|রা|ঠা|এ)? ?(জানুয়ারি|জানুয়ারী|ফেব্রুয়ারি|ফেব্রুয়ারী|মার্চ|এপ্রিল|মে|জুন|জুলাই"
     r"|আগস্ট|আগষ্ট"
     r"|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর)(?![^\s.,!?।])",
     lambda m: f" {m[1]} {_MONTHS[m[2]]} "),
    # "১৫ থেকে ১৮ ডিসেম্বর", "১৫-১৮ ডিসেম্বর": the 15th to the 18th of December, both included
    (r"(?<![\d:/])(\d{1,2}) ?(?:থেকে|-|–) ?(\d{1,2} (?:january|february|march|april|may|june|july|august|september"
     r"|october|november|december))(?: পর্যন্ত)?(?![^\s.,!?।])", r" from \1 to \2 inclusive "),
    # "সোমবার ৭ ডিসেম্বর স্কুলে ফিরবে" (back at school on Monday 7 December): the weekday before the date only names it
    (rf"(?:{_DAY}(?:,)? )?\b(\d{{1,2}} (?:january|february|march|april|may|june|july|august|september|october|november"
     r"|december))(?: \d{4})?(?:-?এ|ে)? (?:আবার )?(?:স্কুলে |ক্লাসে )?(?:ফিরবে|ফিরে আসবে|আসবে|যাবে)(?! না)"
     r"(?![^\s.,!?।])",
     lambda m: f" back on {_DAYS[m[1]] + ' ' if m[1] else ''}{m[2]} "),
    # "ওরা জানুয়ারিতে ফিরবে", "জানুয়ারি মাসে আবার স্কুলে আসবে" (they come back in January), "জানুয়ারিতে ছুটির পরে
    # ফিরবে" (back in January after the holidays): back then
    (r"(?<!\S)(জানুয়ারি|জানুয়ারী|ফেব্রুয়ারি|ফেব্রুয়ারী|মার্চ|এপ্রিল|জুন|জুলাই|আগস্ট|আগষ্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর"
     r"|ডিসেম্বর)(?:তে|তেই|র শুরুতে|এর শুরুতে| মাসে| মাসের শুরুতে)? (?:(?:বড়দিনের |বড়দিনের |শীতের )?ছুটির (?:পর|পরে) )?"
     r"(?:আবার )?(?:স্কুলে |ক্লাসে )?(?:ফিরবে|ফিরে আসবে|ফিরব"
     r"|ফিরবো|ফিরছি|ফিরছে|ফিরে আসব|ফিরে আসবো|আসবে)(?! না)(?![^\s.,!?।])",
     # "returning", not "back": a weekday before it ("সোমবার যাচ্ছি") is the first day away, not the return
     lambda m: f" returning in {_MONTHS[m[1]]} "),
    # "কালকেও" (tomorrow as well), "মনে হয়" (I think; not "মনে হয় না", I don't think)
    (r"(?<!\S)(?:আগামীকালও|কালকেও|কালও)(?![^\s.,!?।])", " tomorrow too "),
    # "সামিহারও কাল ইন্টারভিউ আছে" (Samiha too has an interview tomorrow): "ও" (too) written onto a genitive (not
    # "আরও", more, nor the pronouns'; a weekday's "ও" is read with the day)
    (r"(?<!\S)(?!(?:আরও|তারও|ওরও|আমারও|তোমারও|আপনারও|কারও|এরও|ওদেরও|তাদেরও|আমাদেরও|সবারও|বাবারও|মায়েরও|মায়েরও)"
     r"(?![^\s.,!?।]))(?![^\s.,!?।]*বারও(?![^\s.,!?।]))([^\s.,!?।\d]{2,}?(?:ের|র))ও(?![^\s.,!?।])", r" \1 too "),
    (r"(?<!\S)মনে (?:হয়|হচ্ছে)(?! ?না)(?![^\s.,!?।])", " i think "),
    # "পরের সপ্তাহে", "সামনের সপ্তাহে" (next week, before "পরে", later, is read); "তারিখ পরে জানাবো" (I'll confirm the
    # date later)
    (r"(?:পরের|সামনের|আগামী) (?:সপ্তাহ|হপ্তা)[^\s.,!?;।]*", " next week "),
    (r"(?:তারিখ|ডেট|দিন)(?:টা|টি)? (?:আমি )?(?:পরে|পরে আবার) (?:জানাব|জানাবো|জানিয়ে দেব|জানিয়ে দিব|জানিয়ে দেবো|বলব|বলবো"
     r"|কনফার্ম করব|কনফার্ম করবো)[^\s.,!?;।]*", " i will confirm the date later "),
    # "পরে কল দিয়ে জানাবো", "পরে ফোন করে জানাব": I will call later (no cause given)
    (r"(?:আমি )?(?:পরে|পরে আবার) (?:কল|ফোন) (?:দিয়ে|দিয়ে|করে|করে) (?:জানাব|জানাবো|জানিয়ে দেব|জানিয়ে দিব|জানাচ্ছি)[^\s.,!?;।]*",
     " i will call later "),
    # "মঙ্গলবারের কথা পরে জানাব": I'll let you know about Tuesday
    (rf"{_DAY}(?:ের|এর)? (?:কথা|ব্যাপারে|ব্যাপারটা) (?:পরে )?(?:জানাব|জানাবো|জানিয়ে দেব|জানিয়ে দিব)[^\s.,!?;।]*",
     lambda m: f" i will let you know about {_DAYS[m[1]]} "),
    (r"(?:আগামীকালের|কালকের) (?:কথা|ব্যাপারে|ব্যাপারটা) (?:পরে )?(?:জানাব|জানাবো|জানিয়ে দেব|জানিয়ে দিব)[^\s.,!?;।]*",
     " i will let you know about tomorrow "),
    # "আয়ানের ছোট ভাইয়ের খুব জ্বর" (Ayaan's little brother has a high fever), "ওর বোনের ঠান্ডা" (her sister has a
    # cold): the brother or sister has it, not the child (before "X-এর জ্বর", X has a fever)
    (r"(?<!\S)(?:(ছোট|ছোটো|বড়|বড়) )?(ভাইয়ের|ভাইের|ভাইটার|ভাইটির|ভাইয়ার|বোনের|বোনটার|বোনটির|আপুর)"
     r"(?= (?:খুব |অনেক |বেশি |প্রচণ্ড )?(?:জ্বর|ঠান্ডা|সর্দি|কাশি|বমি|পেট খারাপ|শরীর খারাপ))",
     lambda m: f" his {'big' if m[1] and m[1].startswith('বড') else 'little'}"
     f" {'brother' if m[2].startswith('ভাই') else 'sister'} has "),
    # "সামিরের খুব জ্বর" (Samir's high fever): Samir has a fever
    (r"(?<!\S)(\S{2,}?)(?:ের|এর) (?:খুব |অনেক |বেশি |প্রচণ্ড )?জ্বর(?! [^\s.,!?;।]*(?:ছিল|ছিলো))", r" \1 has a fever "),
    (r"(?<!\S)(?:তাই|সেজন্য|সেজন্যে|এজন্য)(?!\S)", " so "),
    # snow, a closed road, no buses running
    # "বন্যার কারণে আমাদের এলাকার রাস্তা বন্ধ" (the roads in our area are closed because of the flood), "রাস্তায় পানি
    # উঠেছে", "রাস্তা ডুবে গেছে" (the roads are under water): flooded roads, a journey problem (not a flooded home)
    (r"বন্যা[^\s.,!?;।]*(?: (?:কারণে|জন্য|জন্যে|কারনে))?((?: [^\s.,!?।]+){0,3}?) রাস্তা[^\s.,!?;।]* (?:বন্ধ|ডুবে|তলিয়ে"
     r"|তলিয়ে)[^\s.,!?;।]*(?: (?:গেছে|গিয়েছে|গিয়েছে|আছে|হয়ে গেছে|হয়ে গেছে))?",
     r" \1 roads are closed because of flooding "),
    (r"রাস্তা(?:য়|য়|ঘাট|গুলো|গুলি)?[^\s.,!?;।]* (?:(?:পানি|জল) (?:উঠে|উঠেছে|জমে|জমেছে)|(?:পানিতে |জলে |বন্যায় )?(?:ডুবে|তলিয়ে"
     r"|তলিয়ে))[^\s.,!?;।]*(?: (?:গেছে|গিয়েছে|গিয়েছে|আছে))?", " the roads are flooded "),
    (r"বরফ[^\s.,!?;।]*", " snow "), (r"রাস্তা[^\s.,!?;।]* (?:বন্ধ)[^\s.,!?;।]*", " road closed "),
    (r"(?:কোনো |কোন )?বাস[^\s.,!?;।]* (?:চলছে না|চলবে না|চলছেনা|চলে না|নেই)", " no bus "),
    # "রাস্তায় accident হয়ে বাস আটকে আছে": the bus is stuck (on the road after an accident); "দুঃখিত": sorry
    (r"(?:বাস|গাড়ি|গাড়ি|ট্রেন)[^\s.,!?।]* (?:আটকে|আটকা|আটকিয়ে) (?:আছে|আছি|গেছে|পড়েছে|পড়েছে|পড়েছি|পড়েছি)"
     r"[^\s.,!?।]*", " the bus is stuck "),
    # "ট্রেন দেরিতে চলছে" (the train is running late), "বাস লেট": the train or bus is delayed
    (r"(ট্রেন|বাস)[^\s.,!?;।]* (?:অনেক |একটু )?(?:দেরিতে|দেরীতে|দেরি করে|দেরী করে|লেটে|লেট)(?: (?:চলছে|আসছে|আছে|ছাড়বে"
     r"|ছেড়েছে|এসেছে|হয়েছে|হয়েছে))?(?![^\s.,!?।])",
     lambda m: f" the {'train' if m[1] == 'ট্রেন' else 'bus'} is running late "),
    (r"(?<!\S)রাস্তায়(?![^\s.,!?।])", " on the road "), (r"(?<!\S)দুঃখিত(?![^\s.,!?।])", " sorry "),
    # a parent or grandparent in hospital: a family emergency ("আমার বাবা ... হাসপাতালে ভর্তি হয়েছেন"); the relative is
    # a word of its own ("আমাকে", me, and "আমার", my, hold "মা")
    (r"(?<!\S)(?:আমার |ওদের |ওর |বাচ্চাদের )?(?:বাবা|আব্বু|আব্বা|মা|আম্মু|আম্মা|স্বামী|স্ত্রী|ওয়াইফ|বউ|বৌ|দাদু|দাদি|দাদী"
     r"|নানা|নানু|নানি|নানী|শাশুড়ি|শ্বশুর)(?:র|কে)?(?: \S+){0,6}? হাসপাতালে(?: ভর্তি)?[^\s.,!?;।]*"
     r"(?: [^\s.,!?;।]*(?:ছেন|ছে|হয়েছে|করা হয়েছে)| করতে হয়েছে| নিতে হয়েছে)?",
     " my father was rushed to hospital "),
    # "আমার শ্বশুর গতকাল স্ট্রোক করেছেন" (my father-in-law had a stroke yesterday), "ওদের নানার হার্ট অ্যাটাক হয়েছে": a
    # grown-up's stroke or heart attack is the family's emergency (in hospital, read just above)
    (r"(?<!\S)(?:আমার |আমাদের |ওদের |ওর |বাচ্চাদের )?(" + "|".join(_KIN_OF) + r")(?:র|কে|এর)?((?: [^\s.,!?;।]+){0,4}?)"
     r" (?:ব্রেন )?(স্ট্রোক|হার্ট অ্যাটাক|হার্ট এটাক|হার্ট অ্যাটাক|হার্ট এ্যাটাক)"
     r" (?:করেছেন|করেছে|করেছিলেন|করলেন|করল|হয়েছে|হয়েছে|হয়েছিল|হয়েছিল|হলো|হল)(?![^\s.,!?;।])",
     lambda m: f" my {_KIN_OF[m[1]]} had a {'stroke' if m[3] == 'স্ট্রোক' else 'heart attack'}{m[2]} "),
    # "আমার বাবা খুব অসুস্থ" (my father is very ill), "ওর নানু বাংলাদেশে অনেক অসুস্থ" (her grandma in Bangladesh is very
    # ill): a parent or grandparent taken ill, not the child (in hospital, read just above)
    (r"(?<!\S)(আমার|আমাদের|ওর|ওদের|তার|ওনার) (" + "|".join(_KIN_OF) + r")"
     r"((?: (?!খুব|অনেক|ভীষণ|বেশ)[^\s.,!?;।]+){0,2}?) (?:(খুব|অনেক|ভীষণ|বেশ) )?অসুস্থ(?![^\s.,!?।])",
     lambda m: f" {'my' if m[1].startswith('আম') else 'her'} {_KIN_OF[m[2]]} is {'very ' if m[4] else ''}ill"
     f"{' in' + m[3] if m[3] else ''} "),
    (r"(?:আমরা(?: সবাই)?|আমি)(?: এখনও| এখনো| এখন)? হাসপাতালে (?:আছি|রয়েছি)", " we are all with him "),
    # "রাতে ওকে হাসপাতালে ভর্তি করা হয়েছে" (last night he was admitted to hospital), "আদনান হাসপাতালে ভর্তি আছে": the
    # child admitted, an illness (a parent or grandparent in hospital is read just above)
    (r"(?<!\S)(?:ওকে|তাকে|ওরে|সে|ও|(?!(?:আমি|আমাকে|আমার|আমরা|আমাদের)(?!\S))(?P<who>[^\s.,!?;।\d]{2,}?)(?:কে)?)"
     r" (?P<mid>(?:(?:গতকাল|গত কাল|কাল|আজ|আজকে) )?(?:(?:রাতে|সকালে|ভোরে|দুপুরে|বিকেলে|বিকালে|সন্ধ্যায়|সন্ধ্যায়) )?)"
     r"(?:হাসপাতালে|হসপিটালে) ভর্তি (?:করা হয়েছে|করা হয়েছে|করানো হয়েছে|করানো হয়েছে|করেছে|করেছি|করতে হয়েছে"
     r"|করতে হয়েছে|হয়েছে|হয়েছে|আছে|রয়েছে|রয়েছে)(?![^\s.,!?;।])",
     lambda m: f" {m['who'] or 'he'} {m['mid']}was admitted to hospital "),
    # "কতদিন থাকতে হবে এখনো জানি না" (I don't know yet how long he has to stay), "কত দিন লাগবে বলা যাচ্ছে না": no end
    (r"(?<!\S)(?:কতদিন|কত দিন|কয়দিন|কয়দিন|কদিন|ক'দিন)(?: (?:থাকতে হবে|লাগবে|থাকবে|ভর্তি থাকতে হবে))?"
     r"(?: (?:এখনো|এখনও|এখনো পর্যন্ত))? (?:জানি না|জানিনা|বলতে পারছি না|বলা যাচ্ছে না|বুঝতে পারছি না)(?![^\s.,!?;।])",
     " i don't know how long he has to stay "),
    # "আমি আপডেট দেব", "আপনাকে জানাব" (I'll keep you updated)
    (r"(?<!\S)(?:আমি )?(?:আপনাকে |আপনাদের |আপনাদেরকে )?(?:আপডেট (?:দেব|দেবো|দিব|দিবো|জানাব|জানাবো)"
     r"|(?:জানাব|জানাবো|জানিয়ে দেব|জানিয়ে দেব|জানিয়ে দিব|জানিয়ে দিব))(?![^\s.,!?;।])",
     " i will keep you updated "),
    # "কাল থেকে পেট খারাপ আর বমি হচ্ছে", "কাল থেকে জ্বর আছে": with an ongoing state "কাল থেকে" is since yesterday (not
    # from tomorrow); going or coming verbs ("কাল থেকে স্কুলে যাচ্ছে") keep the future
    (r"(?<!\S)(?:গত ?)?কাল থেকে(?=(?: [^\s.,!?।]+){0,7}? [^\s.,!?।]*(?:হচ্ছে|হচ্ছিল|হয়ে আছে|আছে|রয়েছে|ভুগছে|করছে|করছিল"
     r"|চলছে|কাঁদছে|কাশছে)(?![^\s.,!?।]))", " since yesterday "),
    # "সবাই ঠিক আছে", "সবাই ভালো আছে": everyone is fine; "কিন্তু": but
    (r"(?<!\S)(?:আমরা )?সবাই (?:ঠিক|ভালো|ভাল|সুস্থ|নিরাপদ)(?: আছে| আছি| আছেন)?(?![^\s.,!?।])", " everyone is fine "),
    (r"(?<!\S)কিন্তু(?![^\s.,!?।])", " but "),
    # the limiters that keep a child's own days to its clause: "শুধু ১৭ আর ১৮ তারিখ" (only the 17th and 18th)
    (r"(?<!\S)(?:শুধু|শুধুমাত্র|শুধুই|কেবল|কেবলমাত্র)(?![^\s.,!?।])", " only "),
    # "স্কুলের ক্রিসমাস নাটকে অংশ নিচ্ছে" (is taking part in the school Christmas play), "বড়দিনের অনুষ্ঠানে অভিনয় করবে"
    (r"(?:স্কুলের )?(?:ক্রিসমাস|ক্রিস্টমাস|বড়দিনের|বড়দিন)(?:ের|এর)? (?:নাটক|নাটিকা|শো|কনসার্ট|অনুষ্ঠান|নেটিভিটি)"
     r"(?:ে|এ|টায়|টাতে|টিতে)? (?:অংশ (?:নিচ্ছে|নেবে|নিবে|নিচ্ছ|নিচ্ছেন)|অভিনয় (?:করছে|করবে|করতেছে))(?![^\s.,!?।])",
     " is taking part in the school christmas play "),
    # "ও আর ওর বাবা পরে যাবে" (he and his father will go later): a parent travelling later, not the child coming in
    (r"(?<!\S)(?:ওর |তার |ওদের |আমার )?(বাবা|আব্বু|আব্বা|মা|আম্মু|আম্মা)(?:র (?:সাথে|সঙ্গে))? পরে"
     r" (?:যাবে|যাবেন|যাচ্ছে|যাচ্ছেন|রওনা দেবে|রওনা দেবেন|রওনা হবে|রওনা হবেন)(?![^\s.,!?।])",
     lambda m: f" his {'dad' if m[1].startswith(('ব', 'আব')) else 'mum'} will travel later "),
    # romanised: "shobai thik ache" (everyone is fine), "kintu" (but)
    (r"\b(?:amra )?(?:shobai|sobai|shobay|sobay|shbai|sbai) (?:thik|theek|valo|bhalo|bhaloi|valoi|sustho|nirapod)"
     r"(?: (?:ache|achhe|achi|achhi|achen|asen|ase))?\b", "everyone is fine"),
    # "Sadia ar Mim thik ache" (Sadia and Mim are fine), "Rumi bhalo ache": the children named are well ("ar" is "and";
    # "ache" is "is", not a pain); "oderke school e pathacchi" (I'm sending them to school)
    (r"\b(?!(?:shobai|sobai|shobay|sobay|amra|ami|tumi|apni|jor|jwor|shorir|sorir|tabiyat|pet|matha|gola|ekhon|akhon"
     r"|ta|tar|or|oder|ar|aar|o|na|kintu|but|and|ji|jee|haa|ha|hae|accha|acha|ok|okay)\b)([a-z]+)"
     r"(?: (?:ar|aar|o|and|&) ([a-z]+))?(?: (?:dujon|duijon|dujonei|duijonei|dujoni))?"
     r"(?: (?:ekhon|akhon|ekdom|puro|puropuri))? (?:thik|theek|valo|bhalo|bhaloi|valoi|sustho"
     r"|shustho|fine) (?:ache|achhe|ase|aache|achen|asen|achhen)\b",
     lambda m: f"{m[1]} and {m[2]} are fine" if m[2] else f"{m[1]} is fine"),
    (r"\b(?:oderke|oder|oke|ore|take|tader|taderke|dujon ?kei|duijon ?kei) (?:(?:school|skool|iskul) ?e )?"
     r"(?:pathacchi|pathachhi|pathacchhi|pathassi|pathiye dicchi|pathiye dichhi|pathiye diyechi|pathiye disi"
     r"|diye ashchi|diye aschi)\b(?! ?na\b)",
     "i'm sending them to school"),
    (r"\b(?:kintu|kintoo|kinto)\b", "but"),
    # romanised: "or bhai Ayaan jacche" (her brother Ayaan is going in), "school e jacche": attends as normal; "or" is
    # her/his before a relative or an illness, not English "or"
    # "or dentist appointment ache" (she has a dentist appointment)
    (r"\b(?:or|oder|ora)\s+(?=(?:bhai|bon|bhaiya|apu|didi|dada|jor|jwor|jbor|shorir|sorir|pet|matha|gola|kashi"
     r"|thanda|tabiyat|dentist|doctor|daktar|gp|appointment|appt|hospital|checkup|check up)\b)", "her "),
    # "1.30e", "2:15 te" (at 1:30, at 2:15)
    (r"(?<![\d:.])\b(\d{1,2})[.:](\d\d) ?(?:e|te|ey|tey)\b", r"at \1:\2"),
    (r"\b(bhai|bon|bhaiya|apu|didi|dada)(\s+[a-z]+)?\s+(?:(?:school|skool|class) ?e\s+)?(?:jacche|jachhe|jacchhe|jasse"
     r"|jaitese|asche|ashche|aschhe|ashse|ashtese)\b(?=\s*(?:[.,!?;]|$))",
     lambda m: {"bhai": "brother", "bhaiya": "brother", "dada": "brother"}.get(m[1], "sister") + f"{m[2] or ''}"
     " will be in as normal"),
    # "ekhon school e ashche, ... deri hoye geche" (coming to school now, ... they're late), "ekhon rowna diyechi"
    # (we've set off now): on the way, when the sentence says they are late (else "school e jacche" is as normal)
    (r"\b(?:ekhon|akhon|ekhuni|ekhoni)\s+(?:(?:school|skool|iskul|class) ?e\s+)?(?:jacche|jachhe|jacchhe|jasse"
     r"|jaitese|asche|ashche|aschhe|ashse|ashtese|ashteche|rowna (?:diyechi|diyeche|disi|dilam|hoyechi|hoyeche)"
     r"|beriyechi|beriye gechi|ber hoyechi|ber hoisi|rastay|rastae)\b(?!\s*(?:na|nah?i|ni)\b)"
     r"(?=[^.!?]{0,80}\b(?:deri|dheri|deree|late)\b)",
     "are on their way to school now"),
    (r"\b(?:school|skool|class) ?e\s+(?:jacche|jachhe|jacchhe|jasse|jaitese|asche|ashche|aschhe|ashse)\b"
     r"(?!\s*(?:na|nah?i|ni)\b)", "will be in as normal"),
    # "Zain jabe but 12:30 e niye ashbo" (Zain goes in but I'll fetch him at 12:30), "Mim ashbe, tobe 1tay nite ashbo":
    # in, then collected from school at that time (below)
    (r"\b(?!(?:aj|aaj|ajke|aajke|kal|kalke|kaal|ami|amra|tai|ora|tara|oder|shobai|sobai|dujon|duijon)\b)([a-z]{3,})"
     r"((?: (?:aj|aaj|ajke|aajke))?) (?:(?:school|skool|iskul|class) ?e )?(?:jabe|jaabe|ashbe|asbe|aashbe)"
     rf"(?=\s*,?\s*(?:but|tobe)\s+(?:ami\s+)?(?:oke\s+|ore\s+|take\s+)?(?:at|around) \d{{1,2}}:\d\d\s+"
     rf"(?:oke\s+|ore\s+|take\s+)?(?:(?:school|skool|iskul) (?:theke|thke)\s+)?(?:{_FETCH})\b)",
     r"\1\2 will be in"),
    # "Rahim aj jabe, kal sokale ..." (Rahim goes in today, tomorrow morning ...): today in, and a contrast with the
    # day after
    (r"\b(aj|aaj|ajke|aajke)\s+(?:(?:school|skool|iskul|class) ?e\s+)?(?:jabe|jaabe|ashbe|asbe|aashbe)\s*,\s*"
     r"(?=(?:kal|kalke|kaal|kaalke|agamikal|tomorrow)\b)", r"\1 will be in, but "),
    # "Nusaiba aj jabe, kintu ..." (Nusaiba goes in today, but ...), "aj school e ashbe": today, attending (not "jabe
    # na", won't go; not "London e jabe", going somewhere else)
    (r"\b(aj|aaj|ajke|aajke)\s+(?:(?:school|skool|iskul|class) ?e\s+)?(?:jabe|jaabe|ashbe|asbe|aashbe)\b"
     r"(?!\s*(?:na|nah?i|ni)\b)(?=\s*(?:[.,!?;]|kintu\b|but\b|$))", r"\1 will be in"),
    # "Nafisa aj jabe but 1tar shomoy niye ashbo" (Nafisa goes in today but I'll fetch her at 1): after the child goes
    # in, "niye ashbo" (I'll bring her) at a time brings her home; "school theke niye jabo" (I'll take her from school)
    # ("will be in as normal, tobe 1:30 e nite ashbo": I'll come to fetch her at 1:30)
    (r"\b(will be in(?: as normal)?)(\s*,?\s*(?:but|kintu|tobe)\s+|\s*,\s*)(?:ami\s+)?(?:oke\s+|ore\s+|take\s+)?"
     r"(?:at|around) (\d{1,2}:\d\d)\s+(?:oke\s+|ore\s+|take\s+)?(?:(?:school|skool|iskul) (?:theke|thke)\s+)?"
     rf"(?:{_FETCH})\b",
     lambda m: f"{m[1]}{re.sub(r'kintu|tobe', 'but', m[2])}i will collect her from school at {m[3]}"),
    (r"\b(?:ami\s+)?(?:oke\s+|ore\s+|take\s+)?(?:at|around) (\d{1,2}:\d\d)\s+(?:oke\s+|ore\s+|take\s+)?"
     r"(?:school|skool|iskul) (?:theke|thke)\s+(?:niye|nie|nia|niya) (?:ashbo|asbo|aashbo|jabo|jaabo)\b",
     r"i will collect her from school at \1"),
    # "ami 12 tar dike ese niye jabo" (I'll come around twelve and take him), "1tay eshe oke nie jabo": a collection
    # from school at that time (as "১২টায় এসে নিয়ে যাব")
    (r"\b(?:ami\s+)?(?:oke\s+|ore\s+|take\s+)?(?:(?:at|around) (\d{1,2}:\d\d)|(\d{1,2})(?:[:.](\d\d))?"
     r" ?(?:ta|tay|tai|tar|te|e|ey)?(?: ?(?:er|r))?(?: (?:dike|shomoy|somoy|nagad))?)\s+(?:oke\s+|ore\s+|take\s+)?"
     r"(?:(?:school|skool|iskul) ?e\s+)?(?:ese|eshe|eshey|esey|eise|aishe|aise)\s+(?:oke\s+|ore\s+|take\s+)?"
     r"(?:niye|nie|nia|niya) (?:jabo|jaabo|jamu|jaimu)\b(?!\s*(?:na|nah?i|ni)\b)",
     lambda m: "i will collect her from school at " + (m[1] or f"{m[2]}:{m[3] or '00'}")),
    # "puro din" (the whole day), "absent thakbe" (will be absent)
    (r"\b(?:puro|pura|shara|sara) ?din(?:ta|ti)?\b", "all day"),
    (r"\b(?:absent|onupostith|onupasthit|onuposthit) (?:thakbe|thakbey|thakben|thakbo)\b", "will be absent"),
    # romanised "tar por school e niye ashbo" (after that I'll bring her to school): in after the appointment
    (r"\b(?:tar ?(?:por|pore|porey|pare)|tarpor|tarpore)\s+(?:(?:school|skool|skul|iskul) ?e\s+)?"
     r"(?:niye|nie|nia|niya)\s+(?:ashbo|asbo|aashbo|ashbe|asbe|aschi|ashchi)\b(?!\s*(?:na|nah?i|ni)\b)",
     "after that i'll bring them to school"),
    # "shesh hole school e niye ashbo, 11 tar moddhe" (when it is over I'll bring him to school, by 11), "doctor
    # dekhiye school e diye jabo" (having seen the doctor I'll drop her at school): in after the appointment, by the
    # time said after it
    (r"\b(?:(?:shesh|sesh|shes)(?: (?:hole|hoile|hoye gele|hoe gele|hoile por|hoyar por|hoyar pore|howar por"
     r"|howar pore|hobar por|hobar pore)|e|ey)|sheshe|seshe|(daktar|doctor|gp|dentist) (?:dekhiye|dekhie|dekhaiya)"
     r"|dekhano (?:hole|hoye gele|hoe gele|sheshe)"
     # "appointment er por", "dekhanor pore" (after the appointment, after seeing the doctor)
     r"|(?:appointment|appoinment|apointment|appointmen|checkup|check up|dekhano)(?: ?er| ?r)? (?:por|pore|porey|pare))"
     r"\s+(?:(?:ami|amra)\s+)?(?:(?:oke|ore|take|tader|oder)\s+)?"
     r"(?:school|skool|skul|iskul|class) ?e\s+(?:(?:oke|ore|take|tader|oder)\s+)?"
     r"(?:niye|nie|nia|niya|diye|die|pouche|pouchhe|namiye|drop kore)\s+"
     r"(?:ashbo|asbo|aashbo|jabo|jaabo|dibo|debo)\b(?!\s*(?:na|nah?i|ni)\b)"
     r"(?:\s*,?\s*(\d{1,2})(?:[:.](\d\d))? ?(?:ta|tar|tay|tai)? ?(?:er |r )?(moddhe|moddhei|modhye|moddhey|vitore"
     r"|bhitore|nagad|dike|dik e|dikey)\b)?",
     lambda m: (f"{'doctor' if m[1] == 'daktar' else m[1]} appointment, " if m[1] else "")
     + "after that i'll bring them to school" + (f" {_when(m[4])} {m[2]}:{m[3] or '00'}" if m[2] else "")),
    # "shesh hole school e chole ashbe" (when it is over she comes to school), "doctor dekhiye school e jabe": in after
    # the appointment
    (r"\b(?:(?:shesh|sesh|shes) (?:hole|hoile|hoye gele|hoe gele|hoyar por|hoyar pore|howar por|howar pore|hobar por"
     r"|hobar pore)|sheshe|seshe|(?:daktar|doctor|gp|dentist) (?:dekhiye|dekhie|dekhaiya)"
     r"|dekhano (?:hole|hoye gele|hoe gele|sheshe)|dekhanor (?:por|pore))\s+(?:(?:o|she|se)\s+)?"
     r"(?:school|skool|skul|iskul|class) ?e\s+(?:chole\s+)?(?:ashbe|asbe|aashbe|jabe|jaabe|dhukbe|ashte parbe"
     r"|jete parbe)\b(?!\s*(?:na|nah?i|ni)\b)", "will be in after"),
    # "tarpor school e dibo", "tarpor school e niye jabo" (then I'll drop him at school, take him to school): in after
    # it, with no pronoun ("him" or "her" the English rules would give to a child of that sex)
    (r"\b(?:tar ?(?:por|pore|porey|pare)|tarpor|tarpore)\s+(?:school|skool|skul|iskul) ?e\s+"
     r"(?:(?:niye|nie|nia|niya|diye|namiye|pouche)\s+)?(?:dibo|debo|jabo|jaabo|ashbo|asbo)\b(?!\s*(?:na|nah?i|ni)\b)",
     "in school after that"),
    # "কাল ধুয়েছিলাম": with a past verb "কাল" is yesterday
    (r"(?<!\S)কাল(?= (?:\S+ ){0,2}[^\s.,!?;।]*"
     r"(?:েছিলাম|েছিলেন|েছিল|েছিলো|লাম|ছিলাম|ছিল|ছিলো|েছিলে|েছে|গেছে)(?:\s|$|[.,।!?]))",
     " yesterday "),
    # "কাল পড়ে গিয়ে হাতে চোট পেয়েছে" (fell yesterday and hurt her hand): a past verb a few words on, with no future
    # or infinitive verb between, and within the same clause
    (r"(?<!\S)কাল(?=\s+(?:(?![^\s.,!?।]*(?:বে|বো|ব|বেন|বি|চ্ছে)(?:\s|$))[^\s.,!?।]+\s+){3,5}[^\s.,!?।]*"
     r"(?:েছিলাম|েছিলেন|েছিল|েছিলো|লাম|ছিলাম|ছিল|ছিলো|েছিলে|েছে|গেছে)(?:\s|$|[.,।!?]))", " yesterday "),
    # "৯টা ৪০" (9:40), "পৌঁছাতে ... বাজবে" (will reach school at)
    # "৯টা ১৫-র মধ্যে", "১০টার মধ্যে": by 9:15, by 10
    (r"(\d{1,2})টা (\d{2})(?!\d)(?: মিনিট[^\s.,!?;।]*)?(?:-?র|-?এর| এর)?"
     r" (?:মধ্যে|মধ্যেই|ভেতরে|ভিতরে)(?!\S)", r" by \1:\2 "),
    (r"(\d{1,2})টার (?:মধ্যে|মধ্যেই|ভেতরে|ভিতরে)(?!\S)", r" by \1:00 "),
    (r"(\d{1,2})টা (\d{2})(?!\d)(?: মিনিট[^\s.,!?;।]*)?(?: এর| এ)?(?: মতো| মত| দিকে)?", r" around \1:\2 "),
    # "দশটার আগে স্কুলে পৌঁছাতে পারবে না" (can't get to school before ten): late, in about then
    (r"(\d{1,2}|" + "|".join(w for w, _ in _HOURS) + r")টা(?:র)? (?:আগে|আগেই) (?:স্কুলে |ক্লাসে )?(?:পৌঁছাতে|পৌঁছতে"
     r"|পৌছাতে|পৌছতে|আসতে|যেতে) (?:পারবে না|পারবেনা|পারবে নাই|পারবো না|পারব না)",
     lambda m: f" will be late , will be in around {dict(_HOURS).get(m[1]) or m[1]}:00 "),
    # "ট্রেন বাতিল হয়েছে" (the train is cancelled), "বাস বাতিল"
    (r"(ট্রেন|বাস)[^\s.,!?;।]* (?:বাতিল|ক্যানসেল|ক্যান্সেল)(?: (?:হয়েছে|হয়েছে|হয়ে গেছে|হয়ে গেছে|করেছে|হলো|হল))?(?![^\s.,!?।])",
     lambda m: f" the {'train' if m[1] == 'ট্রেন' else 'bus'} is cancelled "),
    (r"(?:স্কুলে |ক্লাসে )?(?:পৌঁছাতে|পৌঁছতে|পৌছাতে|পৌছতে) (?:একটু |অনেক )?(?:দেরি|দেরী) হবে", " will be late "),
    (r"(?:স্কুলে |ক্লাসে )?(?:পৌঁছাতে|পৌঁছতে|পৌছাতে|পৌছতে|পৌঁছাবে|পৌঁছবে|পৌছাবে|পৌঁছে যাবে)", " will be in "),
    # "ডাক্তার দেখানোর পর ওকে স্কুলে দিয়ে যাব": back in school after the appointment
    (rf"(?<!\S)(?:পর|পরেই)(?!\S)(?![^.,]*না)[^.,]*?(?:স্কুলে|ক্লাসে) {_BRING} (?:আসব|আসবো|যাব|যাবো|দেব|দিব|দেবো)"
     r"[^\s.,!?।]*", " will be in after "),
    # "বাকিরা স্কুলে যাবে": the others come in
    (r"(?:বাকিরা|বাকি (?:বাচ্চারা|ছেলেমেয়েরা|দুজন|সবাই))(?: (?:স্কুলে|ক্লাসে))? (?:যাবে|আসবে|যাচ্ছে|আসছে)"
     r"(?: (?:স্বাভাবিকভাবে|যথারীতি))?", " the others will be in as normal "),
    # "সোমবার থেকে বৃহস্পতিবার পর্যন্ত": Monday to Thursday, both included
    # "বৃহস্পতিবার সহ" (Thursday included), "শুক্রবার আসবে" (comes on Friday: back then)
    # "শুক্রবার পর্যন্ত বাসায় রাখতে, শুক্রবারও আসবে না" (keep him home until Friday, Friday too he won't come): the day
    # named again with "ও" (too) is included
    (rf"{_DAY}(?:ের)? পর্যন্ত([^.।!?]*?)[\s,]+(?:\1|সেদিন|সেই দিন|সেইদিন|ওই দিন|ওইদিন|ঐ দিন|ঐদিন)ও(?![^\s.,!?।])",
     lambda m: f" up to and including {_DAYS[m[1]]}{m[2]}, "),
    # "বৃহস্পতিবার পর্যন্ত, বৃহস্পতিবার সহ" (until Thursday, Thursday included), "শুক্রবার পর্যন্ত (সেদিনও)": one span
    (rf"{_DAY}(?:ের)? পর্যন্ত[\s,(]*(?:\1|সেদিন|সেই দিন|সেইদিন|ওই দিন|ওইদিন|ঐ দিন|ঐদিন)(?:ের|টা|টি|টাও)?"
     r" ?(?:সহ|সহই|সমেত)\)?", lambda m: f" up to and including {_DAYS[m[1]]} "),
    (rf"{_DAY}(?:ের)? সহ", lambda m: f" up to and including {_DAYS[m[1]]} "),
    # "সোমবার ৭ তারিখে স্কুলে ফিরবে" (comes back to school on Monday the 7th): the date only names the weekday
    # "বৃহস্পতিবার থেকে স্কুলে আসবে" (from Thursday she comes to school): back on Thursday too
    (rf"{_DAY}(?:ে|থেকে| থেকে)?(?: (\d{{1,2}})(?:ই|শে|লা|রা|ঠা)? তারিখ(?:ে|এ)?)?(?: থেকে)? (?:আবার )?(?:স্কুলে |ক্লাসে )?"
     r"(?:আসবে|যাবে|ফিরবে|ফিরে আসবে|আসতে পারবে|যেতে পারবে)(?! ?না)(?![^\s.,!?।])",
     lambda m: f" back on {_DAYS[m[1]]}{f' the {_ordinal(int(m[2]))}' if m[2] else ''} "),
    # "রায়ানকেও আজ স্কুলে দিয়ে আসতে পারছি না": a sibling kept home; "বাসায় আর কেউ নেই": no one else
    (r"(\S+?)কেও ((?:আজ |আজকে )?)স্কুলে (?:দিয়ে|দিয়ে|নিয়ে|নিয়ে|পাঠাতে)(?: আসতে| যেতে)? (?:পারছি না|পারব না"
     r"|পারবো না)",
     r" \2 can't get \1 to school either "),
    # "ওকে একা রেখে যেতে পারবো না, তাই ইব্রাহিমও ..." (I can't leave her alone, so Ibrahim too ...): the cause of the
    # clause after "so" ("তাই" is " so " by now), which the comma would cut off from it
    (r"(?:(?:আমি|আমরা) )?(?:ওকে|ওদের|তাকে|ওরে|তারে) (?:একা|একলা) (?:রেখে|ফেলে|রাইখা) (?:যেতে|আসতে|যাইতে)"
     r" (?:পারছি না|পারব না|পারবো না|পারি না|পারবনা|পারবোনা|পারছিনা|পারিনা)((?:\s*[,،]?\s*so(?!\S))?)",
     lambda m: " i can't leave him alone" + (" so " if m[1] else " ")),
    (r"(?:বাসায়|বাড়িতে|ঘরে) আর কেউ নেই", " no one else to look after them "),
    (r"(?:ওকেও|ওকে) (?:বাসায়|বাড়িতে|ঘরে) থাকতে হবে", " has to stay home with me "),
    # "অবশ্য আসছে" (is coming), "পাঠানো সম্ভব না" (cannot send him)
    (r"পাঠানো সম্ভব না|পাঠানো সম্ভব নয়|পাঠাতে পারছি না|পাঠাতে পারব না|পাঠাব না|পাঠাবো না"
     r"|পাঠাচ্ছি না|পাঠাচ্ছিনা|পাঠাচ্ছি না|পাঠাচ্ছি না|পাঠাবো না|পাঠাতে পারবো না|পাঠাইনি|পাঠাই নি"
     r"|পাঠাচ্ছি না", " won't be in "),
    (r"(?:অবশ্য |তবে )?(?:স্কুলে )?(?:আসছে|যাচ্ছে)(?! না)(?![^\s.,!?।])", " will be in as normal "),
    (rf"{_DAY}(?:ের)? থেকে {_DAY}(?:ের)? পর্যন্ত", lambda m: f" from {_DAYS[m[1]]} to {_DAYS[m[2]]} inclusive "),
    # back in school after the appointment: "অ্যাপয়েন্টমেন্ট শেষ হলে ওকে স্কুলে দিয়ে যাব", "তারপর আমি ওকে স্কুলে নিয়ে আসব"
    # "ডাক্তার দেখিয়ে ওকে স্কুলে দিয়ে যাব" (having seen the doctor I'll drop him at school),
    # "ইন্টারভিউ শেষে ... স্কুলে চলে আসবে" (at the end of the interview he comes to school)
    (rf"(?:{_AFTER}|তারপর|এরপর|তার পরে|পরে)(?![^.,]*না)[^.,]*?"
     rf"(?:স্কুলে|ক্লাসে) {_BRING} (?:আসব|আসবো|যাব|যাবো|দেব|দিব|দেবো)[^\s.,!?।]*", " will be in after "),
    (rf"(?:{_AFTER})(?![^.,]*না)[^.,]*?(?:স্কুলে|ক্লাসে) (?:চলে )?(?:আসবে|যাবে|ফিরবে|ফিরে আসবে)(?![^\s.,!?।])",
     " will be in after "),
    # "সকালে স্কুলে যাবে, আমি ওকে বারোটায় নিয়ে আসব" (goes to school in the morning, I'll fetch him at twelve): after
    # the morning at school "নিয়ে আসব" brings him home; "আমি ওকে বারোটায় নিয়ে যাব" (I'll take him at twelve), the time
    # after "ওকে"
    (r"((?<!\S)সকালে (?:স্কুলে |ক্লাসে )?(?:যাবে|আসবে)[,;]? )?(?:আমি )?(?:ওকে|ওদের|তাকে|ওরে) ((?:সাড়ে |সাড়ে |পৌনে "
     r"|সোয়া |সোয়া )?\S+টা|\d{1,2}:\d\d)(?:য়|য়|র সময়|র সময়|র দিকে| ?-?এ)? (?:(স্কুল থেকে )?(?:নিয়ে|নিয়ে) (?:আসব|আসবো)"
     r"|(?:স্কুল থেকে )?(?:নিয়ে|নিয়ে) (?:যাব|যাবো))(?![^\s.,!?।])"
     r"(?! [^\s.,!?;।]*(?:ডাক্তার|হাসপাতাল|ক্লিনিক|দাঁত|doctor|hospital|clinic|dentist))",
     lambda m: m[0] if m[0].rstrip("ো").endswith("আসব") and not (m[1] or m[3]) else (m[1] or "") + (
         f" collect him from school at {_clock(m[2])} " if m[2][0].isdigit() else f" {m[2]} collect him from school ")),
    # "সাড়ে বারোটায় ওকে নিয়ে যাব": I'll take him (from school) at half past twelve (not "নিয়ে আসব", bring him in)
    # "দুপুর ১টায়" (at 1 in the afternoon): the hour in figures is that hour ("at 1:00", not "at around 1:00")
    (r"(?:(?<!\S)(?:দুপুর|দুপুরে|বেলা) )?((?:সাড়ে |সাড়ে |পৌনে |সোয়া |সোয়া )?\S+টা|\d{1,2}:\d\d)(?:য়|য়|র সময়|র সময়"
     r"|র দিকে| ?-?এ)? (?:আমি )?"
     r"(?:ওকে|ওদের|তাকে|ওরে) (?:স্কুল থেকে (?:নিয়ে|নিয়ে) (?:যাব|যাবো|আসব|আসবো)|(?:নিয়ে|নিয়ে) (?:যাব|যাবো))"
     r"(?![^\s.,!?।])(?! [^\s.,!?;।]*(?:ডাক্তার|হাসপাতাল|ক্লিনিক|দাঁত|doctor|hospital|clinic|dentist))",
     # a time in figures ("১২:৩০-এ") is when: "collect him from school at 12:30", as the English rules read it
     lambda m: f" collect him from school at {_clock(m[1])} " if m[1][0].isdigit()
     else f" {m[1]} collect him from school "),
    # "আমি ১টায় এসে নিয়ে যাবো", "১২টায় এসে ওকে নিয়ে যাব" (I'll come at one and take her): a collection from school
    (r"(?:(?<!\S)(?:দুপুর|দুপুরে|বেলা) )?((?:সাড়ে |সাড়ে |পৌনে |সোয়া |সোয়া )?\S+টা|\d{1,2}:\d\d)(?:য়|য়|র সময়"
     r"|র সময়|র দিকে| ?-?এ)? (?:আমি )?(?:(?:স্কুলে )?এসে) (?:ওকে |ওদের |তাকে |ওরে )?(?:নিয়ে|নিয়ে) (?:যাব|যাবো)"
     r"(?![^\s.,!?।])",
     lambda m: f" collect him from school at {_clock(m[1])} " if m[1][0].isdigit()
     else f" {m[1]} collect him from school "),
    # "আরিফাকে আমি দুপুর ১২টায় নিয়ে যাব" (I'll take Arifa at 12 midday), "দুপুর ১টায় আমি সামিকে নিয়ে যাব", "রিয়াকে
    # সাড়ে বারোটায় এসে নিয়ে যাবো", "১২টায় নুসরাতকে নিতে আসব": a named child collected from school at that time
    (rf"(?P<who>{_NAMED_KE}) (?:আমি )?(?:(?:আজ|আজকে) )?(?:(?:দুপুর|দুপুরে|বেলা) )?{_AT_HOUR.replace('((', '(?P<t>(', 1)}"
     rf" (?:আমি )?{_TAKE_AWAY}", _named_collected),
    (rf"(?:(?<!\S)(?:দুপুর|দুপুরে|বেলা) )?{_AT_HOUR.replace('((', '(?P<t>(', 1)} (?:আমি )?(?P<who>{_NAMED_KE})"
     rf" {_TAKE_AWAY}", _named_collected),
    (r"(?:স্কুলে|ক্লাসে) থাকবে না|(?:স্কুলে|ক্লাসে) থাকতে পারবে না", " won't be in school "),
    # "কাল বিকেলে" (tomorrow afternoon), "বিকেলে" / "দুপুরের পর" (in the afternoon, after midday: today's, with no day)
    (r"(?:আগামীকাল|(?<!\S)কাল) (?:বিকেলে|বিকালে|দুপুরের পর|দুপুরের পরে)(?!\S)", " tomorrow afternoon "),
    # "আগামীকাল সকালে" (tomorrow morning)
    (r"(?:আগামীকাল|(?<!\S)কাল) (?:সকালে|সকালবেলা|সকাল বেলা)(?!\S)", " tomorrow morning "),
    # "দুপুরের খাবারের পর স্কুলে আসবে", "লাঞ্চের পরে আসবে" (comes to school after lunch): in after lunch
    (r"(?:দুপুরের খাবার|দুপুরে খাওয়ার|দুপুরে খাওয়ার|লাঞ্চ|টিফিন)(?:ের|এর| এর)? (?:পর|পরে|পরেই)(?!\S)"
     r"(?:( (?:ও |সে |ওরা |তারা |ওকে |ওদের |তাকে )?(?:স্কুলে |ক্লাসে )?(?:চলে |ফিরে )?(?:আসবে|যাবে|ফিরবে|ফিরে আসবে"
     r"|দিয়ে যাব|দিয়ে যাব|দিয়ে যাবো|দিয়ে যাবো|নিয়ে আসব|নিয়ে আসব|নিয়ে আসবো|নিয়ে আসবো))(?! না)(?![^\s.,!?।]))?",
     lambda m: " will be in after lunch " if m[1] else " after lunch "),
    # "দুপুরের খাবারের পর তানিশাকে নিয়ে যাব" (after lunch I'll take Tanisha), "লাঞ্চের পর ওকে নিয়ে যাবো": taken out of
    # school after lunch, the afternoon off (not "নিয়ে আসব", bring her in)
    (r"(?<!\S)after lunch\s+((?:আমি )?(?:ওকে|ওদের|তাকে|ওরে|[^\s.,!?।\d]{2,}কে)) (?:স্কুল থেকে )?(?:নিয়ে|নিয়ে)"
     r" (?:যাব|যাবো|যাচ্ছি)(?![^\s.,!?।])",
     lambda m: f" {m[1].removeprefix('আমি ')} won't be in for the afternoon "),
    # "ও দুপুরে স্কুলে ফিরে আসবে" (he comes back to school at midday): in for the afternoon
    (r"(?:দুপুরে|দুপুরের মধ্যে|দুপুর নাগাদ|লাঞ্চের সময়|লাঞ্চের সময়|টিফিনের সময়|টিফিনের সময়)(?: আবার)?"
     r" (?:স্কুলে|ক্লাসে) (?:চলে |ফিরে )?(?:আসবে|যাবে|ফিরবে|ফিরে আসবে|চলে আসবে|ফিরে যাবে)(?! না)(?![^\s.,!?।])",
     " will be in at lunchtime "),
    (rf"{_DAY}(?:ের)? (?:বিকেলে|বিকালে|দুপুরের পর|দুপুরের পরে)(?!\S)", lambda m: f" {_DAYS[m[1]]} afternoon "),
    (r"(?<!\S)(?<!বার )(?:আজ |আজকে )?(?:বিকেলে|বিকালে|দুপুরের পর|দুপুরের পরে)(?!\S)", " this afternoon "),
    # "তাহমিদকে এখন নিয়ে আসছি" (I'm bringing Tahmid now), "১০ মিনিটে পৌঁছাবো" (we'll be there in 10 minutes): on the
    # way, late
    (r"(?<!\S)(\S+?)কে (?:এখন|এখনই) (?:স্কুলে )?(?:নিয়ে|নিয়ে) (?:আসছি|যাচ্ছি)(?![^\s.,!?।])",
     lambda m: f" i'm bringing {'her' if m[1] == 'ও' else m[1]} now "),
    (r"(?<!\S)(\d{1,2}) ?(?:মিনিটে|মিনিটের মধ্যে|মিনিটের ভিতরে|মিনিটের ভেতরে) (?:(?:স্কুলে )?(?:পৌঁছাবো|পৌঁছাব|পৌঁছে যাব"
     r"|পৌঁছে যাবো|পৌছাবো|পৌছাব|চলে আসব|চলে আসবো|পৌঁছাচ্ছি|আসছি))(?![^\s.,!?।])", r" will be there in \1 minutes "),
    # "আজ আর আসবে না" (won't come any more today): "আর" before the verb is "any more", not "and"
    (r"(?<!\S)আর (?=(?:আসবে|যাবে|আসতে পারবে|যেতে পারবে|আসছে|যাচ্ছে) ?না(?![^\s.,!?।]))", ""),
    # "সুমাইয়া আজ আসবে, কিন্তু ..." (Sumaiya comes in today, but ...): in today (not "আজ আসবে না", won't come)
    (r"(?<!\S)(?:আজ|আজকে) (?:স্কুলে |ক্লাসে )?(?:আসবে|যাবে)(?=\s*(?:[.,;!?।]|কিন্তু|তবে|but|$))",
     " will be in today "),
    # "হাসপাতালে ওর এমআরআই স্ক্যান" (her MRI scan at the hospital; not "in hospital", admitted)
    (r"(?<!\S)(?:হাসপাতালে|হসপিটালে)(?![^\s.,!?।])", " at the hospital "),
    (r"এমআরআই|এম আর আই", "mri"), (r"এক্স-রে|এক্সরে", "x-ray"), (r"স্ক্যান[^\s.,!?;।]*", "scan"),
    # "মাথা ঘুরছে" (the head is spinning): dizzy; "বমি বমি লাগছে" (feels like vomiting): feels sick
    (r"মাথা (?:ঘুর|ঘোর)[^\s.,!?।]*", " dizzy "), (r"বমি বমি (?:লাগ|ভাব)[^\s.,!?।]*|বমি ভাব", " feels sick "),
    # "পানির পাইপ ফেটে": a burst pipe; "পানিতে ডুবে গেছে", "বাড়িতে পানি ঢুকেছে", "বন্যা": flooded
    (r"(?:পানির |জলের )?পাইপ (?:ফেটে|ফাটে|ফেটেছে|ফেটে গেছে|ফাটছে|ফাটল|লিক)[^\s.,!?।]*", " burst pipe "),
    (r"(?:পুরো |সব )?(?:পানিতে|জলে|পানি|জল) (?:ডুবে|ডুবি|ভেসে|ভরে|থৈ থৈ)[^\s.,!?।]*(?: (?:গেছে|গিয়েছে|গেছিল|গেল|আছে))?"
     r"|(?:পানি|জল) (?:ঢুকে|ঢুকেছে|ঢুকছে|উঠে গেছে|উঠেছে)[^\s.,!?।]*|বন্যা[^\s.,!?।]*", " flooded "),
    # "রান্নাঘরে আগুন লেগেছিল": a fire broke out at home
    (r"(?:[^\s.,!?।]+ )?আগুন (?:লেগে|লেগ|লাগ|ধরে|ধর)[^\s.,!?।]*", " house fire "),
    # collecting her from school: "১টার সময় স্কুল থেকে নিয়ে যাব" (I'll take her from school at 1)
    (rf"(\d{{1,2}})টা(?:র)?(?: সময়| সময়)?((?: \S+){{0,2}}?) স্কুল থেকে {_BRING} (?:যাব|যাবো|আসব|আসবো)[^\s.,!?।]*",
     r"\2 will collect her from school at \1:00 "),
    (rf"(?:স্কুল|রিসেপশন|অফিস) থেকে {_BRING} (?:যাব|যাবো|আসব|আসবো)[^\s.,!?।]*", " collect her from school "),
    # a brother or sister who is ill and needs minding: "বোনকে দেখবে", "ওকে দেখার কেউ নেই"
    (r"(?:ছোট |বড় |বড় )?(?:বোন|ভাই)(?:কে|টাকে) (?:দেখ|দেখাশোনা কর|সামলা)[^\s.,!?।]*", " look after his sister "),
    (r"(?:ওকে|ওদের|তাকে) দেখার (?:কেউ|লোক) নেই", " no one to look after her "),
    # "সায়েমকে স্কুলে দিয়ে আসার কেউ নেই": there is no one to take Sayem to school; the younger child named in
    # such a message ("ছোট ছেলেটা খুব অসুস্থ", the little boy is very ill) is a brother or sister kept home for
    (r"(?:ছোট|ছোটো) (ছেলে|মেয়ে|মেয়ে)(?:টা|টি)?(র|ের)?(?= [^.।]*[.।][^.।]*(?:স্কুলে|ক্লাসে) (?:দিয়ে|দিয়ে|নিয়ে|নিয়ে"
     r"|পৌঁছে) (?:আসার|যাওয়ার|যাওয়ার|দেওয়ার) (?:কেউ|লোক) নেই)",
     lambda m: f" his little {'brother' if m[1] == 'ছেলে' else 'sister'} {'has' if m[2] else 'is'} "),
    (r"(?<!\S)খুব জ্বর", " a high fever "), (r"(?<!\S)খুব(?!\S)", " very "),
    (r"(?:(\S+?)(?:কে|দের) )?(?:স্কুলে|ক্লাসে) (?:দিয়ে|দিয়ে|নিয়ে|নিয়ে|পৌঁছে) (?:আসার|যাওয়ার|যাওয়ার|দেওয়ার)"
     r" (?:কেউ|লোক) নেই", lambda m: f" there is no one to take {m[1] or 'him'} to school "),
    (r"(?:ছোট |বড় |বড় )?(?:বোনের|ভাইয়ের|ভাইের)(?= [^.,]{0,20}(?:জ্বর|অসুস্থ|অসুখ|বমি|ঠান্ডা|সর্দি|কাশি))",
     " his little sister has "),
    # "রিয়া আর ওর ভাই রাহুল দুজনেরই জ্বর" (Riya and her brother Rahul both have a fever): the brother's name beside the
    # child's, as "and" joins two children
    # (a cousin too: "ফারহান আর ওর চাচাতো ভাই সাকিব", Farhan and his cousin Sakib)
    (r"(?<!\S)(?:আর|এবং|ও) (?:ওর|তার|ওদের|ওঁর) (?:ছোট |ছোটো |বড় |বড় )?((?:চাচাতো|মামাতো|খালাতো|ফুপাতো|ফুফাতো"
     r"|কাজিন) )?(ভাই|বোন) (?!(?:খুব|অনেক|বেশ|অসুস্থ|অসুখ"
     r"|জ্বর|বমি|ঠান্ডা|সর্দি|কাশি|দুজন[^\s.,!?;।]*|আজ[^\s.,!?;।]*|কাল|আগামীকাল|স্কুলে|ও|আর|এবং|সহ|দুটোই|তো|কিন্তু)(?![^\s.,!?।]))"
     r"([^\s.,!?।\d]+)",
     lambda m: f" and {m[3]} her {'cousin' if m[1] else 'brother' if m[2] == 'ভাই' else 'sister'} "),
    # "ওর ছোট বোন খুব অসুস্থ", "নাফিসার ছোট ভাই অসুস্থ" (her little brother is ill): a sibling is the one who is ill
    (r"(?<!\S)(?:ছোট |ছোটো |বড় |বড় )?(ভাই|বোন|ভাইটা|বোনটা|ভাইটি|বোনটি|ভাইয়া|আপু)"
     r"(?=\s+(?:(?:খুব|অনেক|বেশ|ভীষণ|very)\s+)?(?:অসুস্থ|অসুখ|জ্বর|বমি|ঠান্ডা|সর্দি|কাশি))",
     lambda m: f" his little {'brother' if m[1].startswith('ভাই') else 'sister'} is "),
    # religious days and places: puja, the temple, a purnima (full-moon festival), Durga puja, Diwali, Ramadan
    (r"দুর্গা ?পু[জূ][^\s.,!?;।]*", "durga puja"), (r"দীপাবলি|দিওয়ালি|দেওয়ালি|কালী ?পু[জূ][^\s.,!?;।]*", "diwali"),
    (r"মন্দির[^\s.,!?;।]*", "temple"), (r"মসজিদ[^\s.,!?;।]*", "mosque"),
    (r"গির্জা[^\s.,!?;।]*", "church"), (r"গুরুদ্বার[^\s.,!?;।]*", "gurdwara"),
    (r"পুজো[^\s.,!?;।]*|পূজা[^\s.,!?;।]*|পুজা[^\s.,!?;।]*|পূজো[^\s.,!?;।]*", "worship"), (
        r"(?:(?:রাস|দোল|বুদ্ধ|কার্তিক|মাঘী|কোজাগরী|কোজাগরি|লক্ষ্মী|গুরু|শারদ|ঝুলন)[^\s.,!?।]* )?"
        # "রাস পূর্ণিমা" (Rash Purnima): the festival's name too
        r"[^\s.,!?;।]*(?:পূর্ণিমা|পূর্নিমা)[^\s.,!?;।]*", "religious festival"),
    (r"রমজান|রোজা", "ramadan"), (r"ধর্মীয়", "religious"), (r"নামাজ", "prayers"),
    (r"জরুরি অবস্থা|জরুরী অবস্থা|ইমার্জেন্সি|এমার্জেন্সি", "family emergency"),
    # holidays: "ছুটিতে ... যাচ্ছি" (going on holiday), "ছুটি কাটাতে" (to spend the holiday), "বেড়াতে" (on a trip)
    (r"ছুটিতে|ছুটি কাটাতে|বেড়াতে|বেড়াতে|ভ্রমণে", "on holiday"),
    # "তারিখ এখনো ঠিক হয়নি" (the date is not fixed yet), "কয়েকদিন পরে" (in a few days), "কিছুদিন" (some days),
    # "দেশে যাওয়ার কথা" (we are to go home, abroad), "স্কুল মিস করবে" (will miss school)
    (r"(?:তারিখ|দিন|ডেট)(?:টা|টি)? (?:এখনো|এখনও|এখন পর্যন্ত) (?:ঠিক|ফাইনাল|নিশ্চিত|কনফার্ম) (?:হয়নি|হয়নি|হয় নি"
     r"|হয় নি)",
     " no fixed date yet "),
    (r"(?:কয়েকদিন|কয়েক দিন|কয়েকদিন|কয়েক দিন|কিছুদিন|কিছু দিন) (?:পরে|পর)(?!\S)", " in a few days "),
    (r"(?<!\S)(?:কয়েকদিন|কয়েক দিন|কয়েকদিন|কয়েক দিন|কিছুদিন|কিছু দিন)(?!\S)", " a few days "),
    (r"(?<!\S)(?:আমাদের |আমরা )?দেশে (?:যাওয়ার|যাওয়ার|যাব|যাবো|যাচ্ছি)(?: কথা)?", " travelling home "),
    (r"(?:স্কুল|ক্লাস) মিস (?:করবে|করতে হবে|হবে)", " will miss school "),
    # "বিয়ের শপিং" (wedding shopping), "ঈদের কেনাকাটা" (Eid shopping): shopping for the occasion (not the festival)
    (r"(বিয়ের|বিয়ের|ঈদের|পূজার|পুজোর) (?:শপিং|কেনাকাটা)[^\s.,!?।]*",
     lambda m: " wedding shopping " if m[1].startswith("বিয়") else " shopping for new clothes "),  # "eid", "puja"
    # would read as the festival itself
    (r"শপিং[^\s.,!?।]*|কেনাকাটা[^\s.,!?।]*|বাজার করতে", " shopping "),
    (r"এই সপ্তাহের বাকি (?:দিনগুলো|দিনগুলি|দিন|কয়দিন|ক'দিন)[^\s.,!?;।]*|সপ্তাহের বাকি (?:দিনগুলো|দিনগুলি|দিন)[^\s.,!?;।]*"
     r"|(?:এই )?সপ্তাহের বাকি সময়[^\s.,!?;।]*", "the rest of the week"),
    # "চোখ উঠেছে" (the eyes have "come up"): conjunctivitis
    (r"চোখ (?:উঠ|ওঠ)[^\s.,!?;।]*|চোখে (?:ইনফেকশন|সংক্রমণ)[^\s.,!?;।]*|কনজাংটিভাইটিস", "conjunctivitis"),
    (r"গায়ে হলুদ|গায়ে হলুদ|গায়েহলুদ|মেহেদি|মেহেন্দি|বৌভাত|বউভাত|আকদ|আক্দ", "wedding"),
    # transport: the car broke down, no bus, missed the bus
    # "গাড়ি রাস্তায় নষ্ট হয়ে গেছে" (the car broke down on the road; "রাস্তায়" is "on the road" by now), "পথে" (on
    # the way), "আজ সকালে" (this morning) between the car and the breakdown
    (r"(?:গাড়ি|গাড়ি|কার)[^\s.,!?;।]*\s+(?:(?:on the road|পথে|মাঝপথে|মাঝ রাস্তায়|আজ|আজকে|সকালে|আজ সকালে|হঠাৎ)\s+)*"
     r"(?:নষ্ট|খারাপ|বিকল|স্টার্ট নিচ্ছে না|চলছে না)[^\s.,!?;।]*(?: হয়ে| হয়ে)?(?: গেছে| গিয়েছে"
     r"| গিয়েছে)?",
     "car broke down"),
    (r"বাস (?:আসেনি|আসে নি|আসছে না|নেই|বন্ধ|মিস)[^\s.,!?;।]*|বাস পাইনি|বাস পাই নি", "no bus"), (r"ধর্মঘট|হরতাল", "strike"),
    # tired, anxious, a panic attack, no clean uniform
    (r"ক্লান্ত[^\s.,!?;।]*|অবসন্ন|ঘুম হয়নি|ঘুম হয়নি", "tired"), (r"প্যানিক অ্যাটাক|প্যানিক এটাক", "panic attack"),
    (r"উদ্বেগ[^\s.,!?;।]*|উদ্বিগ্ন|দুশ্চিন্তা[^\s.,!?;।]*|অ্যাংজাইটি|এনজাইটি", "anxiety"), (r"বিষণ্ণতা|ডিপ্রেশন", "depression"),
    (r"ইউনিফর্ম[^\s.,!?;।]*|স্কুল ড্রেস[^\s.,!?;।]*|স্কুলের পোশাক[^\s.,!?;।]*", "uniform"),
    # "আমার দুই বাচ্চাই" (both my children)
    (r"(?:আমার |আমাদের )?(?:দুই|দু'?|২) (?:বাচ্চা|ছেলেমেয়ে|সন্তান|ছেলে|মেয়ে|মেয়ে)(?:ই|রাই|দুটোই|দুজনেই)"
     r"|(?:আমার |আমাদের )?(?:বাচ্চা|ছেলেমেয়ে|সন্তান)(?:রা)? দুজনেই", "both"),
    # a clock time with a case ending: "১২:৩০-এ" (at 12:30); "পৌনে দশটা" (quarter to ten), "সোয়া নয়টা" (quarter past nine)
    # "সামিকে আমি ৯:৪০-এর দিকে নিয়ে আসব" (I'll bring Sami in around 9:40): late at that time
    (r"(?<!\S)(?:(?P<who>\S{2,}?)কে|ওকে|তাকে|ওরে)(?: (?:আমি|আমরা))?(?: (?:আজ|আজকে))? (?P<h>\d{1,2})(?::(?P<m>\d\d)|টা)"
     r"(?: ?-?(?P<when>এ|য়|য়|র সময়|র সময়|এর সময়|এর সময়|এর দিকে|র দিকে|এর মধ্যে|র মধ্যে|এর ভেতর|র ভেতর))?"
     rf" (?:স্কুলে |ক্লাসে )?{_BRING_IN}(?![^\s.,!?।])", _brought_in),
    # "আগে সাদিয়াকে নানুর কাছে রেখে আসতে হবে" (first I have to leave Sadia with her grandma)
    (r"(?<!\S)(?:(?P<first>আগে|প্রথমে) )?(?:(?P<who>\S{2,}?)কে|ওকে|তাকে|ওরে) (?:(?P<rel>" + "|".join(_RELATIVE_OF)
     + r") )?(?:কাছে|বাসায়|বাসায়|বাড়িতে|বাড়িতে|বাড়ি|বাড়ি) রেখে (?:আসতে হবে|যেতে হবে|আসব|আসবো|যাব|যাবো)"
     r"(?![^\s.,!?।])", _dropped_with),
    (r"(\d{1,2}:\d\d) ?-?(?:এ|য়|য়|টায়|টায়|টার সময়|টার দিকে|এর দিকে)(?!\S)", r"at \1"),
    (r"জলবসন্ত|চিকেন ?পক্স", "chickenpox"), (r"(?<!\S)হাম(?!\S)", "measles"),
    (r"নিউমোনিয়া", "pneumonia"), (r"ইনফেকশন|সংক্রমণ", "infection"), (r"হাঁপানি|অ্যাজমা", "asthma"),
    (r"টনসিল[^\s.,!?;।]*", "tonsillitis"), (r"গলা ব্যথা", "sore throat"), (r"কানে ব্যথা|কান ব্যথা", "earache"),
    (r"মাইগ্রেন[^\s.,!?;।]*", "migraine"), (r"ভাইরাস", "virus"),
    (r"কোভিড|করোনা", "covid"), (r"ফ্লু", "flu"), (r"আঘাত|চোট", "injury"),
    (r"(?:হাত|পা|কবজি)[^\s.,!?;।]* (?:ভেঙে|ভেঙ্গে)[^\s.,!?;।]*(?: গেছে| গিয়েছে)?", "broke his arm"),
    # "পায়ে প্লাস্টার করা হয়েছে" (his leg has been put in plaster), "হাতে প্লাস্টার আছে" (his arm is in plaster)
    (r"(?<!\S)(?:(পা|হাত)[^\s.,!?;।]* )?প্লাস্টার (?:করা (?:হয়েছে|হলো|হল)|করেছে|করেছেন|দেওয়া হয়েছে|দিয়েছে|লাগানো হয়েছে"
     r"|লাগিয়েছে|আছে)(?![^\s.,!?।])",
     lambda m: f" his {'arm' if m[1] == 'হাত' else 'leg'} is in a cast "),
    # "ডাক্তার বাসায় বিশ্রাম নিতে বলেছে" (the doctor said to rest at home)
    (r"(?<!\S)(?:(?:বাসায়|বাড়িতে|ঘরে) )?বিশ্রাম (?:নিতে|করতে) (?:বলেছে|বলেছেন|বলল|বললেন|বলছে)(?![^\s.,!?।])",
     " said to rest at home "),
    # "গোড়ালি মচকে গেছে" (the ankle is sprained), "হাঁটতে পারছে না" (can't walk)
    (r"(?:(গোড়ালি|গোড়ালি|পা|পায়ের|পায়ের|হাত|হাতের|কবজি|হাঁটু)[^\s.,!?;।]* )?(?:মচকে|মচকিয়ে|মোচকে)[^\s.,!?;।]*"
     r"(?: (?:গেছে|গিয়েছে|গিয়েছে|গেল|গেছিল|ফেলেছে))?",
     lambda m: " sprained his " + ("wrist" if m[1] and m[1].startswith(("হাত", "কবজি")) else "knee" if m[1] == "হাঁটু"
                                  else "ankle") + " "),
    (r"(?:হাঁটতে|হাটতে) (?:পারছে না|পারছেনা|পারে না|পারবে না)", "can't walk"),
    (r"ভেঙে গেছে|ভেঙ্গে গেছে|ভেঙেছে|ভেঙ্গেছে", "broke"), (r"প্লাস্টার", "a cast"), (r"চশমা[^\s.,!?;।]*", "glasses"),
    (r"সাইকেল থেকে পড়ে[^\s.,!?;।]*", "fell off his bike"),
    (r"দয়া করে (?:ওকে|ওদের|তাকে) সামনের (?:দিকে|সারিতে|বেঞ্চে) বসতে দেবেন", "please let her sit at the front"),
    # "until (he is) well": a vague end
    (r"(?:পুরোপুরি |সম্পূর্ণ )?(?:সুস্থ|ভালো) না (?:হওয়া|হয়) পর্যন্ত", "until he is better"),
    # "বাসায় রাখতে" (to keep him at home), "বাসায় রাখছি" (I'm keeping her at home)
    (r"(?:বাসায়|বাড়িতে|ঘরে) (?:রাখতে|রাখব|রাখবো|রাখছি|রাখছে|রাখা|রাখবে|রেখে দিচ্ছি)(?![^\s.,!?।])",
     " keep him at home "),
    (r"(?:বাসায়|বাড়িতে|ঘরে) (?:বিশ্রাম|থাক)[^\s.,!?]*", "staying home"),
    # "কাল থেকে স্বাভাবিক" (as normal from tomorrow), "সোমবার থেকে আবার স্বাভাবিকভাবে স্কুলে আসবে" (from Monday she comes
    # as normal again): back then (not "from")
    (r"(?<!\S)(আগামীকাল|কালকে|কাল|monday|tuesday|wednesday|thursday|friday|" + "|".join(_DAYS) + r")(?:ের|এর)?"
     r" থেকে (?:আবার )?(?:সব(?:কিছু)? )?(?:স্বাভাবিক|সাভাবিক|নরমাল|নিয়মিত|নিয়মিত)(?: ?ভাবে| ?ভাবেই)?"
     r"(?: (?:স্কুলে|ক্লাসে|স্কুল))?(?: (?:আসবে|যাবে|থাকবে|হবে|চলবে|আসতে পারবে|যেতে পারবে))?(?! ?না)"
     r"(?![^\s.,!?।])",
     lambda m: " back tomorrow " if m[1] in ("আগামীকাল", "কালকে", "কাল") else
     f" back on {_DAYS.get(m[1], m[1])} "),
    # "সোমবার থেকে আবার স্কুলে যাবে": from Monday he goes to school again, he is back on Monday
    (r"(?:থেকে )?আবার (?:স্কুলে |ক্লাসে )?(?:আসবে|যাবে|আসতে পারবে|যেতে পারবে)(?! না)", "back"),
    (r"অথবা|(?<!\S)বা(?!\S)", "or"),
    (r"এক দিন", "for 1 days"), (r"দুই দিন|দু দিন|দুদিন", "for 2 days"), (r"তিন দিন", "for 3 days"),
    (r"চার দিন", "for 4 days"), (r"পাঁচ দিন", "for 5 days"),
    # "নানুর বাড়ি যাচ্ছি" (we are going to grandma's house): visiting family
    (r"(?<!\S)(?:নানুর|নানার|নানীর|নানির|নানা নানুর|দাদুর|দাদার|দাদির|দাদীর|খালার|মামার|চাচার|ফুফুর|আত্মীয়দের"
     r"|আত্মীয়ের) (?:বাড়ি|বাড়ি|বাসা)(?:তে|য়|য়)?(?!\S)", " visiting family "),
    (r"বাংলাদেশ[^\s.,!?;।]*", "bangladesh"), (r"ভারত[^\s.,!?;।]*", "india"), (r"পাকিস্তান[^\s.,!?;।]*", "pakistan"),
    (r"\b(bangladesh|india|pakistan)\s+(visiting family\s+)?যা[^\s.,!?;।]*", r"travelling to \1 \2"),
    (r"এই সপ্তাহ[^\s.,!?;।]*", "this week"),
    (r"ডাক্তারের কাছে|ডাক্তার দেখাতে", "to the doctor"),
    (r"(\d{1,2}:\d\d) ?(?:টার |এর |-?র |-?এর )?(?:মধ্যে|মধ্যেই|ভেতরে|ভিতরে)", r"by \1"), (r"জ্যাম|যানজট", "traffic"),
    (r"পরশু", "the day after tomorrow"), (r"(\d{1,2})টা[^\s.,!?;।]*", r"around \1:00"),
    # "৩০ নভেম্বর সোমবার থেকে ১১ ডিসেম্বর শুক্রবার পর্যন্ত": the weekday after each date is only its name
    (rf"(\d{{1,2}}(?: [a-z]+)?(?: 20\d\d)?)(?: (?:{'|'.join(_DAYS)}))? থেকে (\d{{1,2}}(?: [a-z]+)?(?: 20\d\d)?)"
     rf"(?: (?:{'|'.join(_DAYS)}))? পর্যন্ত", r"from \1 to \2 inclusive"),
    # "জানুয়ারির ৫ তারিখে" (on the 5th of January), "১০ তারিখ থেকে" (from the 10th), "১২ তারিখে" (on the 12th)
    (r"(জানুয়ারি|জানুয়ারী|ফেব্রুয়ারি|ফেব্রুয়ারী|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|আগষ্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর"
     r"|ডিসেম্বর)(?:ের|র|এর) (\d{1,2})(?:ই|শে|লা|রা|ঠা)? তারিখ(?:ে|এ)?(?![^\s.,!?।])",
     lambda m: f" {m[2]} {_MONTHS[m[1]]} "),
    # "১৬ থেকে ১৮ তারিখ পর্যন্ত", "১৬-১৮ তারিখ" (from the 16th to the 18th): both ends
    (r"(?<![\d:/])(\d{1,2})(?:ই|শে|লা|রা|ঠা)? ?(?:থেকে|-|–) ?(\d{1,2})(?:ই|শে|লা|রা|ঠা)? তারিখ(?:ে|এ)?"
     r"(?: (?:পর্যন্ত|অবধি))?(?![^\s.,!?।])", _day_span),
    # "১৬, ১৭, ১৮ তারিখে", "১৬, ১৭ ও ১৮ তারিখ" (on the 16th, the 17th and the 18th): a list of three or more days
    (r"(?<![\d:/])(?P<days>\d{1,2}(?:(?:ই|শে|লা|রা|ঠা)?(?:,\s*|\s*,?\s+(?:আর|ও|এবং)\s+)\d{1,2}){2,})(?:ই|শে|লা|রা|ঠা)?"
     r" তারিখ(?:ে|এ)?(?![^\s.,!?।])", _days_of_month),
    # "১১ আর ১৪ তারিখে" (on the 11th and the 14th): two days of the month before one "তারিখ"
    (r"(?<![\d:])(\d{1,2})(?:ই|শে|লা|রা|ঠা)?,? (?:আর|ও|এবং) (\d{1,2})(?:ই|শে|লা|রা|ঠা)? তারিখ(?:ে|এ)?(?![^\s.,!?।])",
     lambda m: f" the {_ordinal(int(m[1]))} and the {_ordinal(int(m[2]))} "),
    (r"(?<![\d:])(\d{1,2})(?:ই|শে|লা|রা|ঠা)? তারিখ(?:ে|এ)?(?![^\s.,!?।])", lambda m: f" the {_ordinal(int(m[1]))} "),
    (r"\b(\d{1,2} [a-z]+(?: 20\d\d)?|the \d{1,2}(?:st|nd|rd|th))\s+থেকে(?![^\s.,!?।])", r"from \1"),
    (r"পেট খারাপ|পেটে ব্যথা|পেট ব্যথা", "tummy ache"), (r"মাথা ব্যথা|মাথাব্যথা", "headache"), (r"ব্যথা", "pain"),
    (r"(?:তারপর|এরপর|তার পরে|পরে)(?![^.,]*না)[^.,]*(?:আসবে|যাবে)", "will be in after"),
    # "গত সপ্তাহে নাফিসা যখন অসুস্থ ছিল" (last week, when Nafisa was ill): a past week ("গত সপ্তাহ থেকে", since last week,
    # is an ongoing state, left alone)
    (r"(?<!\S)গত (?:সপ্তাহে|সপ্তাহতে|হপ্তায়|হপ্তায়)(?![^\s.,!?।])", " last week "),
    # "... আজ স্কুলে পাঠাচ্ছি না। কাল আসবে।" (not sending him today. He comes tomorrow.): a clause of only "tomorrow" and
    # "comes" is the day back (not "কাল আসবে না", won't come tomorrow)
    (r"(?:^|(?<=[.।!?,]))(\s*)(?:আগামীকাল|কালকে|কাল) (?:থেকে )?(?:আবার )?(?:স্কুলে |ক্লাসে )?(?:আসবে|যাবে|আসতে পারবে"
     r"|যেতে পারবে)(?=\s*(?:[.।!?,]|$))", r"\1 back tomorrow "),
    (r"গতকাল|গত রাত[^\s.,!?;।]*|(?<!স)কাল রাত[^\s.,!?;।]*|রাত থেকে", "last night"),
    (r"(?<!\S)আজ সকাল[^\s.,!?;।]*", "this morning"),
    (r"(?<!\S)আজ বিকেল[^\s.,!?;।]*", "this afternoon"), (r"সারা দিন|সারাদিন", "all day"),
    # "আজ, কাল আর শুক্রবার" (today, tomorrow and Friday): a day word before a comma or a full stop too
    (r"(?<!\S)আজ(?:কে)?(?![^\s.,!?;।])", "today"),
    (r"আগামীকাল|(?<!\S)কাল(?:কে)?(?![^\s.,!?;।])", "tomorrow"),
) + tuple((rf"সাড়ে {w}টা[^\s.,!?;।]*", f"around {n}:30") for w, n in _HOURS) + tuple(
    (rf"পৌনে {w}টা[^\s.,!?;।]*", f"around {n - 1 or 12}:45") for w, n in _HOURS) + tuple(
    (rf"(?:সোয়া|সোয়া) {w}টা[^\s.,!?;।]*", f"around {n}:15") for w, n in _HOURS) + tuple(
    (rf"{w}টা[^\s.,!?;।]*" if n != 1
     else r"একটা(?:য়|য়|র)[^\s.,!?;।]*|একটা(?= বাজে)", f"around {n}:00") for w, n in _HOURS) + (
    (r"আসবে না|আসতে পারবে না|যাবে না|যেতে পারবে না|অনুপস্থিত|আসছে না|আসছেনা|যাচ্ছে না|যাচ্ছেনা", "won't be in"), (r"ছুটি", "leave"),
    (r"জ্বর", "fever"), (r"কাশি", "cough"), (r"সর্দি|ঠান্ডা", "cold"), (r"অসুস্থ|অসুখ", "ill"),
    (r"বমি|ডায়রিয়া", "vomiting"),
    (r"দেরি|দেরী", "running late"), (r"ডাক্তারের|ডাক্তার", "doctor"), (r"হাসপাতাল", "hospital"),
    (r"অ্যাপয়েন্টমেন্ট|অ্যাপয়েন্টমেন্ট", "appointment"), (r"দাঁতের|ডেন্টিস্ট[^\s.,!?;।]*|ডেন্টাল", "dentist"),
    (r"সাক্ষাৎকার|ইন্টারভিউ", "interview"),
    (r"মারা (?:গেছেন|গেছে|গিয়েছেন|গিয়েছেন|গেলেন)|ইন্তেকাল (?:করেছেন|করেছে|করলেন)|মারা গেছেন|মারা গেছে|ইন্তেকাল",
     "passed away"), (r"জানাজা|শেষকৃত্য", "funeral"), (r"বিয়ে", "wedding"),
    (r"জন্মদিন", "birthday"),
    (r"গ্র্যাজুয়েশন[^\s.,!?;।]*|গ্রাজুয়েশন[^\s.,!?;।]*|গ্র্যাজুয়েশান[^\s.,!?;।]*"
     r"|গ্রাজুয়েশান[^\s.,!?;।]*|সমাবর্তন[^\s.,!?;।]*", "graduation"),
    (r"ইউনিভার্সিটি[^\s.,!?;।]*|ইউনিভার্সিটি[^\s.,!?;।]*|বিশ্ববিদ্যালয়[^\s.,!?;।]*|বিশ্ববিদ্যালয়[^\s.,!?;।]*", "university"),
    (r"ঈদ", "eid"), (r"ফিরবে|ফিরে আসবে", "back"), (r"পর্যন্ত", "until"),
    (r"আগামী সপ্তাহ[^\s.,!?;।]*", "next week"), (r"বাকি সপ্তাহ|পুরো সপ্তাহ", "the rest of the week"),
    (r"সোমবার", "monday"), (r"মঙ্গলবার", "tuesday"), (r"বুধবার", "wednesday"), (r"বৃহস্পতিবার", "thursday"),
    (r"শুক্রবার", "friday"), (r"আমার ছেলে|ছেলে", "my son"), (r"আমার মেয়ে|মেয়ে", "my daughter"),
    (r"বাচ্চারা|ছেলেমেয়েরা", "the children"), (r"দুজনেরই|দুজনের|দুজনেই|দুজন", "both"), (r"এবং|\sআর\s", " and "),
    (r"(\d+) দিন", r"for \1 days"),
    (r"\b(today|tomorrow|monday|tuesday|wednesday|thursday|friday)\s+থেকে", r"from \1"),
    (r"\b(monday|tuesday|wednesday|thursday|friday)(?:\s+(?:ko|کو|gunune))?\s+until\b",
     r"until \1"),
    # "বৃহস্পতিবার ১০ তারিখ পর্যন্ত", "১৮ ডিসেম্বর পর্যন্ত": up to that date, which পর্যন্ত includes (the word comes
    # after it)
    (r"\b((?:(?:monday|tuesday|wednesday|thursday|friday)\s+)?(?:the \d{1,2}(?:st|nd|rd|th)"
     r"|\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december)"
     r"(?: 20\d\d)?))\s+until\b", r"up to and including \1"),
    # "রায়হান যাবে।", "আরিবা স্কুলে যাবে।": a clause of just a name (and school) and "will go/come": that child is in
    (r"(?:^|(?<=[.।!?,]))(\s*[^\s.,!?।]+) (?:(?:today|tomorrow) )?(?:স্কুলে |ক্লাসে |school ?e )?"
     r"(?:যাবে|আসবে|যাচ্ছে|আসছে)(?=\s*(?:[.।!?,]|$))", r"\1 will be in as normal"),
    # romanised "Nabila jabe.", "Rafi school e ashbe" (Rafi will go to school): the same, spelt in Latin letters (not
    # "jabe na", won't go)
    (r"(?:^|(?<=[.।!?,]))(\s*[a-z]{3,}) (?:(?:today|aj|aaj|ajke|aajke) )?(?:(?:school|skool|iskul|ishkul) ?e )?"
     r"(?:jabe|jaabe|ashbe|asbe|aashbe|jacche|jachhe|jachche|ashche|asche|aschhe|ashchhe)(?=\s*(?:[.।!?,]|$))",
     r"\1 will be in as normal"),
    # "১০টার মধ্যে", "দশটার মধ্যে" became "around 10:00 মধ্যে": by then
    (r"\b(?:around|about)\s+(\d{1,2}:\d\d)\s*(?:মধ্যে|ভিতরে|ভেতরে)", r"by \1"),
    # "১১টার মধ্যে স্কুলে দিয়ে যাব" (I'll drop him at school by 11), "দশটার দিকে পৌঁছাবে" (will get there about 10)
    (r"\b(by|around|about) (\d{1,2}:\d\d)\s*(?:দিকে\s*)?(?:(?:ওকে|ওদের|তাকে|ওরে) )?(?:স্কুলে|ক্লাসে) "
     rf"{_BRING} (?:আসব|আসবো|যাব|যাবো|দেব|দিব|দেবো)(?![^\s.,!?।])", r"will be in \1 \2"),
    (r"\b(by|around|about) (\d{1,2}:\d\d)\s*(?:দিকে\s*)?will be in\b", r"will be in \1 \2"),
    # "ওরা ১১টার দিকে স্কুলে আসবে" (they come to school around 11): in at that time
    (r"\b(by|around|about|at) (\d{1,2}:\d\d)\s*(?:দিকে\s*|নাগাদ\s*)?(?:স্কুলে|ক্লাসে|school) (?:চলে )?"
     r"(?:আসবে|যাবে|ফিরবে|ফিরে আসবে|পৌঁছাবে)(?! না)(?![^\s.,!?।])", r"will be in \1 \2"),
    # greetings, thanks and the word "school" left over (they are not a cause the lexicon lacks)
    (r"আসসালামু\s*আলাইকুম|আসসালামুয়ালাইকুম|আস-সালামু আলাইকুম|সালাম|নমস্কার|নমস্তে", "hello"), (r"ধন্যবাদ", "thanks"),
    (r"শুভ সকাল|সুপ্রভাত", "good morning"),
    # "বৃহস্পতিবার ও শুক্রবার" (Thursday and Friday): "ও" between two days is "and"
    (r"\b(monday|tuesday|wednesday|thursday|friday)\s+ও\s+(?=(?:monday|tuesday|wednesday|thursday|friday)\b)",
     r"\1 and "),
    # "ঋতম বৃহস্পতিবার ও শুক্রবার আসবে না। অদ্রিজা শুধু শুক্রবার আসবে না।" (Adrija won't come only on Friday): the
    # second child is away too, for the same cause, on fewer days
    (r"(?:^|(?<=[.।!?]))(\s*[^\s.,!?।]+)\s+only\s+((?:monday|tuesday|wednesday|thursday|friday|today|tomorrow)"
     r"(?:\s+and\s+(?:monday|tuesday|wednesday|thursday|friday))?)\s+(?:school\s+)?won't be in",
     r"\1 will also not be in, only on \2"),
    (r"(?<!\S)(?:স্কুলে|স্কুল)(?!\S)", "school"), (r"(?<!\S)মিস(?![^\s.,!?।])(?! [\u0980-\u09ff])", "miss"),
    # romanised "GP te niye jabo", "biye te jacchi" (to the GP, to a wedding): Bengali "te" after a word is "at", "to"
    # ("e"), never the Punjabi "te" (and) that the shared romanised rules read after these ("aj te kal" is left so)
    (r"\b(?!(?:aj|aaj|ajj|ajke|today|kal|kall|kalke|tomorrow)\b)([a-z0-9:']+) te\b"
     r"(?! (?:kal|kall|kalke|tomorrow|aj|aaj|ajj|ajke|today)\b)", lambda m: f"{m[1]} e"),
)
