"""Polish."""

import re

MARKERS = frozenset([
    "dzien", "dobry", "nie", "jest", "szkoly", "szkole", "dzisiaj", "dzis", "jutro", "przyjdzie", "pozdrawiam",
    "dziekuje", "ma", "sie", "bedzie", "corka", "syn", "prosze", "bedziemy", "powazaniem", "wlacznie", "poniewaz",
    "oraz", "jak", "czy", "ze", "bo", "goraczke", "chory", "chora", "spozni", "lekarz", "lekarza", "domu", "zostaje",
    "zostanie", "wczoraj", "wroci", "przepraszam", "dopadla", "zwolnienie", "sorki", "sorka", "korki", "korkach",
    "korku", "strasznie", "straszne", "bedziemy", "jestesmy", "dojedzie", "dojedziemy", "spoznienie", "dopiero",
    "zaspal", "zaspala", "zaspali", "zaspaly", "zaspalam", "zaspalem", "zaspalismy", "zaspalysmy", "kolo", "okolo",
])

_MONTHS = (("stycz", "january"), ("lut", "february"), ("marz", "march"), ("marc", "march"), ("kwie", "april"),
           ("maj", "may"), ("czerw", "june"), ("lip", "july"), ("sierp", "august"), ("wrzes", "september"),
           ("pazdziern", "october"), ("listopad", "november"), ("grud", "december"))

_NUMBERS = {"dwa": "2", "trzy": "3", "cztery": "4", "piec": "5"}
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
_BODY = {"rek": "arm", "nog": "leg", "palec": "finger", "palc": "finger", "nadgarst": "wrist", "obojczyk": "collarbone",
         "kostk": "ankle", "nos": "nose", "zebr": "rib", "kolan": "knee", "bark": "shoulder"}
# taken into hospital: "trafiła do szpitala", "został przyjęty do szpitala", "przewieziony w nocy do szpitala"
_TO_HOSPITAL = (r"(?:trafil\w*|wyladowal\w*|(?:zostal\w* )?(?:przyjet\w*|przewiezion\w*|zabran\w*))(?: \w+){0,2}"
                r" do szpital\w*")
# a note about PE ("zwolnienie z WF-u", "nie ćwiczyła na WF-ie"): an injury it gives is the reason for the PE note,
# not for an absence, so the sprain is left untranslated there
_PE_NOTE = re.compile(r"\b(?:wf|w-f|wuef|wychowani\w* fizyczn\w*|cwicz\w*|basen\w*)\b")
# the short forms of the school days ("pon.", "wt.", "śr.", "czw.", "pt.") and the word each stands for
_SHORT_WEEKDAYS = {"pon": "poniedzialek", "wt": "wtorek", "sr": "srode", "czw": "czwartek", "pt": "piatek"}
_WEEKDAY = r"(?:poniedzia|wtor|srod|czwart|piat|sobot|niedziel)\w*"
# a city after a preposition ("w Krakowie", "do Gdańska"): the preposition and the city's stem in English
_CITY_PREP = {"do": "to", "z": "from", "ze": "from", "pod": "near", "kolo": "near", "niedaleko": "near"}
_CITY_EN = {"warszaw": "warsaw", "gdyni": "gdynia", "bialymstok": "bialystok", "bialegostok": "bialystok",
            "katowic": "katowice", "kielc": "kielce", "opol": "opole", "zakopan": "zakopane",
            "czestochow": "czestochowa", "gliwic": "gliwice", "sosnowc": "sosnowiec"}
# the hour in "wpół do dziesiątej" (half past nine) and "o dziesiątej" (at ten): the ordinal's stem (genitive/locative)
_HOURS = (("pierwsz", 1), ("drugi", 2), ("trzeci", 3), ("czwart", 4), ("piat", 5), ("szost", 6), ("siodm", 7),
          ("osm", 8), ("dziewiat", 9), ("dziesiat", 10), ("jedenast", 11), ("dwunast", 12))
_HOUR_WORD = "|".join(stem for stem, _ in _HOURS)
# the minutes in "dwadzieścia po dziewiątej" (9:20) and "za dziesięć dziesiąta" (9:50)
_MINUTES = {"piec": 5, "dziesiec": 10, "pietnascie": 15, "dwadziescia": 20, "dwadziescia piec": 25}
_MINUTE_WORD = "dwadziescia piec|dwadziescia|pietnascie|dziesiec|piec"


def _hour(word: str) -> int:
    return next(h for stem, h in _HOURS if word.startswith(stem))


def _dotted_date(m: re.Match[str]) -> str:
    """ "od 3.12", "w czwartek 17.12", "dnia 9.12.2026": the day and month as words (a clock time is left alone)."""
    day, month = int(m[2]), int(m[3])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return m[0]
    return f"{m[1]} {day} {_MONTH_NAMES[month - 1]}{' ' + m[4] if m[4] and len(m[4]) == 4 else ''}"

def _bare_dotted_date(m: re.Match[str]) -> str:
    """ "10.12 i 11.12" with no word before it: the day and month as words (a number that is no date stays)."""
    day, month = int(m[1]), int(m[2])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return m[0]
    return f"{day} {_MONTH_NAMES[month - 1]}{' ' + m[3] if m[3] and len(m[3]) == 4 else ''}"


# when a relative's stroke or heart attack came on: "miał w nocy wylew"
_WHEN_PAST = {" w nocy": " overnight", " wczoraj": " yesterday", " dzis": " today", " dzisiaj": " today",
              " rano": " this morning", " nagle": " suddenly", " w weekend": " at the weekend"}


# a relative's emergency told before: "mąż miał w nocy wypadek", "teść miał wylew" (already in English)
_RELATIVE_EMERGENCY = re.compile(r"\b(?:my (?:husband|wife|dad|mum)|their (?:grandma|grandad|grandparents|dad|mum))\b"
                                 r"[^.!?]{0,40}\bhad (?:an accident|a stroke|a heart attack)\b")


def _sibling_of(pupil: str, age: str | None, sibling: str, verb: str | None) -> str:
    """ "młodszy brat Stasia jest": "stasia's younger brother is" (the pupil in the genitive owns the sibling)."""
    adjective = {"mlodsz": "younger ", "starsz": "older ", "mal": "little "}.get(age or "", "")
    noun = "brother" if sibling.startswith("bra") else "sister"
    return f"{pupil}'s {adjective}{noun}" + {" jest": " is", " ma": " has", " byl": " was", " byla": " was"}.get(
        verb or "", "")


def _so_in_as_normal(m: re.Match[str]) -> str:
    """ ", przyjdzie normalnie": so in as normal, unless the sentence is a condition ("jeśli jutro będzie lepiej,
    przyjdzie normalnie"), which the later rules read as the day of return."""
    sentence = re.split(r"[.!?;]", m.string[: m.start()])[-1]
    if re.search(r"\b(?:jesli|jezeli|gdy|jak|kiedy|if|o ile|chyba ze)\b", sentence):
        return m[0]
    return ", so will be in as normal"


def _was_at_ae(day: str | None) -> str:
    """ "była dziś na SOR-ze": a past visit to A&E on the day named."""
    return "was at a&e " + ("yesterday" if day == "wczoraj" else "today" if day else "")


CANON: tuple[tuple[str, object], ...] = (
    # "w pon. i wt.", "pon.-śr.", "od pon. do śr.", "w poniedziałek i wt.": a short form next to another weekday in a
    # list or range (either short or written out), written out
    (r"\b(pon|wt|sr|czw|pt)\b\.?(?= ?(?:i|oraz|lub|albo|a|-|–|,|do) ?(?:(?:pon|wt|sr|czw|pt)\b|" + _WEEKDAY + r"))",
     lambda m: _SHORT_WEEKDAYS[m[1]]),
    (r"\b(" + _WEEKDAY + r" ?(?:i|oraz|lub|albo|a|-|–|,|do) ?)(pon|wt|sr|czw|pt)\b\.?",
     lambda m: m[1] + _SHORT_WEEKDAYS[m[2]]),
    # "wróci w pon 14.12", "we wt.", "śr. 16.12": a weekday's short form (after "w"/"we" or before its date) written out
    (r"\b(?:(we? )(pon|wt|sr|czw|pt)\b\.?|(pon|wt|sr|czw|pt)\b\.?(?= \d{1,2}\b))",
     lambda m: (m[1] or "") + _SHORT_WEEKDAYS[m[2] or m[3]]),
    # "Oliwii i Mai nie będzie": Maja in the genitive or dative (a stem too short for the case endings the name
    # matcher knows); Polish has no word "mai" of its own
    (r"(?<![\d.])\bmai\b(?! \d)", "maja"),
    # the English word in a Polish sentence: "idzie do school normalnie", "jest w school": the Polish school phrase
    (r"\bdo (?:the )?school\b", "do szkoly"), (r"\bw (?:the )?school\b", "w szkole"),
    # "odbiorę Olka", "zabieram Olka", "dla Olka", "Olka dziś nie będzie": Olek (Aleksander) in the accusative or
    # genitive, a stem too short for the name matcher's fleeting "e"; not the girl's "Olka" (Aleksandra) as subject
    (r"\b((?:odbior\w*|odbier\w*|odebra\w*|zabior\w*|zabier\w*|zabra\w*|przywioz\w*|przywiez\w*|zawioz\w*"
     r"|zawiez\w*|przyprowadz\w*|odprowadz\w*|zwolni\w*|usprawiedliw\w*|pusc\w*|wypusc\w*|dla|u|od|do|syna|synka)"
     r"(?: (?:dzis|dzisiaj|jutro|wczesniej|pilnie|szybko))?) olka\b", r"\1 olek"),
    (r"(?<![\w.])olka(?=(?: (?:dzis|dzisiaj|jutro|tez|rowniez|juz))* nie (?:bedzie|ma)\b)", "olek"),
    (r"\bol(?:kowi|kiem|ku)\b", "olek"),
    # "odbiorę Maję": Maja in the accusative (as "mai" above); Polish has no word "maje" of its own
    (r"(?<![\d.])\bmaje\b(?! \d)", "maja"),
    # "Filip zostaje do końca lekcji", "zostanie w szkole do końca dnia": in school all day (not collected early)
    (r"\b(?:zostaje|zostanie|zostaja|zostana|bedzie|beda|jest|sa)( (?:dzis|dzisiaj|today|jutro|tomorrow))?"
     r"(?: (?:normalnie|jak zwykle))?(?: (?:w szkole|na lekcjach|na zajeciach))?(?: (?:normalnie|jak zwykle))?"
     r" do (?:samego )?konca (?:lekcji|zajec|dnia|dnia szkolnego|dnia w szkole)\b",
     lambda m: "stays in school" + {" jutro": " tomorrow", " tomorrow": " tomorrow"}.get(m[1] or "", "")
     + " until the end of the day"),
    # "Kubuś i Wiktor", "Kubusia nie będzie": Kubuś, a pet form of Kuba (Jakub) the name matcher does not know
    (r"\bkubus(?:ia|iowi|iem|iu)?\b", "kuba"),
    # "16, 17 i 18 grudnia" (read as "16, 17 i 18 december 2026"): each day of the list in that month
    (r"\b((?:\d{1,2}, ){1,5}\d{1,2}),? (?:i|oraz|and) (\d{1,2}) (january|february|march|april|may|june|july|august"
     r"|september|october|november|december)( \d{4})?\b(?![:./]\d)",
     lambda m: ", ".join(f"{d} {m[3]}{m[4] or ''}" for d in m[1].split(", ")) + f" and {m[2]} {m[3]}{m[4] or ''}"),
    # dates written day.month after "od", "do", "dnia" or a weekday: "od 3.12 do 9.12", "w czwartek 17.12"
    (rf"\b((?:od|do|dnia|dn\.|z dniem|w dniu|{_WEEKDAY}),?) (\d{{1,2}})\.(\d{{1,2}})(?:\.(\d{{4}}|\d{{2}}))?"
     r"(?![\d:]|\.\d)",
     _dotted_date),
    # a date written day.month on its own or in a list: "nie będą w szkole 10.12 i 11.12", "11.12 mamy wesele"
    # (not a clock time: "o 9.10", "ok. 10.05", "między 9.10 a 9.30", "9.10-9.40", "1.5 godziny")
    (r"(?<![\d.:,/\-–])(?<![\-–] )(?<!\bo )(?<!\bok\. )(?<!\bok )(?<!\bokolo )(?<!\bkolo )(?<!\bgodz\. )(?<!\bgodz )"
     r"(?<!\bgodzinie )(?<!\bprzed )(?<!\bpo )(?<!\bmiedzy )(?<!\bpomiedzy )(?<!\bna )(?<!\bza )(?<!\bgdzies )"
     r"(?<!\bjuz )(?<!\bpara )\b(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?"
     r"(?![\d:]|\.\d| ?[-–]| ?(?:h|godz\w*|min\w*|rano|wieczorem|po poludniu|a \d|lub \d|albo \d)\b)",
     _bare_dotted_date),
    # a span of days in one month: "w dniach 10–11.12", "w terminie 14-18.12": from the first day to the second
    (r"\b(?:w dniach|w dn\.|w terminie|w okresie|od dnia) (\d{1,2}) ?- ?(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?"
     r"(?![\d:]|\.\d)",
     lambda m: (f"from {int(m[1])} {_MONTH_NAMES[int(m[3]) - 1]} to {int(m[2])} {_MONTH_NAMES[int(m[3]) - 1]}"
                if 1 <= int(m[1]) < int(m[2]) <= 31 and 1 <= int(m[3]) <= 12 else m[0])),
    # "proszę o zwolnienie Antka o 12:15", "proszę zwolnić Zosię wcześniej": the child leaves early (not a sick note,
    # "zwolnienie lekarskie", nor an exemption, "zwolnienie z WF-u")
    # ("proszę puścić Maję o 12:15", "proszę o wcześniejsze wypuszczenie Ani": let her go, the same)
    (r"\b(?:prosze|prosimy) (?:o (?:wczesniejsze )?(?:zwolnienie|puszczenie|wypuszczenie)|zwolnic|puscic|wypuscic)"
     r" (?!(?:z|ze|od|lekarsk\w*|na|do)\b)(\w+)(?: wczesniej)?\b",
     r"please can \1 leave early"),
    # "prosimy o zwolnienie Igora z zajęć 16 i 17 grudnia": please excuse him from school on those days (not an early
    # pick-up at a time, "z lekcji o 12:15")
    (r"\b(?:uprzejmie )?(?:prosze|prosimy)(?: uprzejmie)? o zwolnienie (?!(?:lekarsk\w*|z|ze|od|na)\b)(\w+)"
     r" (?:z|ze) (?:zajec|lekcji|szkoly|nauki)\b(?!(?: \w+)? (?:o|od|po|przed) \d| wczesniej)",
     r"please excuse \1 from school"),
    # "chcielibyśmy prosić o zwolnienie Igi od środy": we'd like leave for her from that day (a request for leave)
    (r"\b(?:chcielibysmy|chcialabym|chcialbym|chcemy|chce|chcielismy) (?:prosic|poprosic) o zwolnienie"
     r" (?!(?:lekarsk\w*|z|ze|od|na)\b)(\w+)(?= (?:od|w dniach|w terminie|from|on|na) )",
     r"we'd like to request leave for \1"),
    # "17-18.12" on its own (in brackets after the weekdays): from the first day to the second
    (r"(?<=\()(\d{1,2}) ?- ?(\d{1,2})\.(\d{1,2})(?=\))",
     lambda m: (f"from {int(m[1])} {_MONTH_NAMES[int(m[3]) - 1]} to {int(m[2])} {_MONTH_NAMES[int(m[3]) - 1]}"
                if 1 <= int(m[1]) < int(m[2]) <= 31 and 1 <= int(m[3]) <= 12 else m[0])),
    # "posiedzi w domu, aż wydobrzeje": until he is better (a vague end)
    (r"\b(?:az|dopoki nie) (?:(?:mu|jej|im) )?(?:wydobrzeje|wydobrzeja|wyzdrowieje|wyzdrowieja|wykuruje sie"
     r"|dojdzie do siebie|dojda do siebie|(?:nie )?poczuje sie lepiej|nie przejdzie)\b", "until he's better"),
    (r"\b(?:bede|bedziemy) (?:(?:panstwa|pania|pana|was) )?(?:informowac|informowal\w*|na biezaco informowac)"
     r"(?: na biezaco)?\b", "will keep you updated"),
    # "mam rano własną wizytę u lekarza": the parent's own appointment (the child is only held up by it)
    (r"\b(?:ja )?(?:mam|sama mam|sam mam)(?: (?:dzis|dzisiaj|rano|jutro|tez|jeszcze))*(?: (?:wlasn\w*|swoj\w*))?"
     r" (?:wizyt\w*|termin\w*) (?:u|do) (?:lekarz\w*|lekarki|dentyst\w*|stomatolog\w*|ginekolog\w*)\b",
     "have my own doctor's appointment"),
    # a self-correction: "pomyliłam się, nie jutro tylko w czwartek", "sorry, nie w poniedziałek, a we wtorek": the day
    # after "nie" is withdrawn, the one after "tylko"/"a"/"ale" stands
    # ("przepraszam, pomyliłam się – nie ...": a dash or colon after the apology too)
    (rf"\b(?:sorry|sory|sorki|przepraszam|pardon|pomylil\w*(?: sie)?|pomylka|oj|ojej)[,!.]?(?: [-–—:])? "
     rf"(?:(?:sorry|sory|przepraszam|pomylil\w*(?: sie)?|pomylka)[,!.]?(?: [-–—:])? )?"
     rf"nie (?:w |we )?(jutro|dzis|dzisiaj|{_WEEKDAY}),? (?:tylko|lecz|ale|a|tylko ze) "
     rf"(?=(?:w |we )?(?:jutro|pojutrze|{_WEEKDAY})\b)",
     lambda m: "sorry, not " + {"jutro": "tomorrow", "dzis": "today", "dzisiaj": "today"}.get(m[1], m[1]) + ", it is "),
    # a self-correction that narrows the days: "przepraszam, pomyliłam się – tylko w poniedziałek", "pomyłka, jednak
    # tylko jutro": of the days named before, only that one stands
    (rf"\b(?:sorry|sory|sorki|przepraszam|pardon|pomylil\w*(?: sie)?|pomylka|oj|ojej)[,!.]?(?: [-–—:])? "
     rf"(?:(?:sorry|sory|przepraszam|pomylil\w*(?: sie)?|pomylka)[,!.]?(?: [-–—:])? )?(?:jednak |ostatecznie )?"
     rf"(?:tylko|jedynie|wylacznie) (?:w |we )?(?=(?:jutro|dzis|dzisiaj|{_WEEKDAY})\b)",
     "sorry, only "),
    # a self-correction: "wróci we wtorek, sorry, w poniedziałek": the day meant is the second
    (rf"\b{_WEEKDAY},? (?:sorry|sory|przepraszam|pardon|to znaczy|znaczy|tzn\.?|chodzi mi o|pomylil\w*),? (?:w |we )?"
     rf"(?={_WEEKDAY})", ""),
    # clock times in words: "wpół do dziesiątej" (9:30), "kwadrans po dziewiątej" (9:15), "o dziesiątej" (10:00)
    (rf"\bwpol do ({_HOUR_WORD})(?:ej|iej)\b", lambda m: f"{(_hour(m[1]) - 2) % 12 + 1}:30"),
    (rf"\bkwadrans po ({_HOUR_WORD})(?:ej|iej)\b", lambda m: f"{_hour(m[1])}:15"),
    (rf"\bza kwadrans ({_HOUR_WORD})(?:a|ia)\b", lambda m: f"{(_hour(m[1]) - 2) % 12 + 1}:45"),
    (rf"\b({_MINUTE_WORD}) po ({_HOUR_WORD})(?:ej|iej)\b", lambda m: f"{_hour(m[2])}:{_MINUTES[m[1]]:02d}"),
    (rf"\bza ({_MINUTE_WORD}) ({_HOUR_WORD})(?:a|ia)\b",
     lambda m: f"{(_hour(m[2]) - 2) % 12 + 1}:{60 - _MINUTES[m[1]]:02d}"),
    (rf"\b(o|okolo|kolo|ok\.?|przed|po) ({_HOUR_WORD})(?:ej|iej)\b", lambda m: f"{m[1]} {_hour(m[2])}:00"),
    # "jak jutro będzie lepiej, to przyjdzie": if he is better that day he comes in (a condition, not a day off)
    (rf"\b(?:a )?(?:jak|jesli|jezeli|gdy|o ile)(?: (?:mu|jej|im))?( jutro| pojutrze| we? {_WEEKDAY})?"
     r"(?: (?:mu|jej|im))? (?:bedzie(?: (?:sie )?czul\w*)?|poczuje sie|sie poczuje|(?:sie )?poczuj\w*(?: sie)?)"
     rf" (?:juz |troche |duzo )?lepiej( jutro| pojutrze| we? {_WEEKDAY})?,?(?: (?:to|wtedy))?",
     lambda m: f"if he is better{m[1] or m[2] or ''},"),
    # "jutro spróbujemy normalnie": we will try again tomorrow (the day he is back)
    (rf"\b(jutro|we? {_WEEKDAY}) (?:sprobujemy|sprobuje|bedziemy probowac)(?: (?:znowu|ponownie|jeszcze raz|normalnie"
     r"|przyjsc|pojsc|isc do szkoly))*", r"we'll try again \1"),
    (rf"\b(?:sprobujemy|sprobuje|bedziemy probowac)(?: (?:znowu|ponownie|jeszcze raz|normalnie))*"
     rf" (jutro|we? {_WEEKDAY})", r"we'll try again \1"),
    # "młodszy synek ma gorączkę": the sender's younger child is the pupil's brother or sister
    (r"\b(?:(?:moj|nasz|moja|nasza) )?(?:mlodsz\w*|najmlodsz\w*|mniejsz\w*)"
     r" (?:syn|synek|synka|synkiem|synem|syna|synkowi)\b( ma\b| jest\b)?",
     lambda m: "the younger brother" + {" ma": " has", " jest": " is", None: ""}[m[1]]),
    (r"\b(?:(?:moja|nasza) )?(?:mlodsz\w*|najmlodsz\w*|mniejsz\w*) (?:cork\w*|coreczk\w*)( ma\b| jest\b)?",
     lambda m: "the younger sister" + {" ma": " has", " jest": " is", None: ""}[m[1]]),
    # "wyjeżdżamy rano i wrócimy późno": there and back the same day (not a holiday)
    (r"\b(?:wyjezdzamy|wyjedziemy|wyruszamy|jedziemy|wyjezdzam|wyjade)(?: (?:wczesnie|z samego))? (?:rano|rankiem)"
     r"(?: (?:i|a))? (?:wrocimy|wracamy|bedziemy z powrotem|wroce|wracam)(?: (?:dopiero|dosc|bardzo))? (?:pozno|pozniej"
     r"|wieczorem|po poludniu)\b", "we leave early and get back late"),
    # "wracamy we wtorek wieczorem": we get home that evening (the day is still missed; not a return to school)
    (rf"\b(?:wrocimy|wracamy|bedziemy z powrotem|wroce|wracam|przylatujemy|przylecimy)(?: (?:dopiero|pewnie))?"
     rf" (we? {_WEEKDAY})(?: (?:dopiero|pewnie|dosc|bardzo))? (?:wieczorem|pozno wieczorem|pozno|w nocy|noca)\b",
     r"we get home \1 evening"),
    # "więc do szkoły przyjdzie w środę": in school again that day (the day of return)
    (rf"(?<!\bnie )\b(?:do szkoly |na lekcje )(?:przyjdzie|przyjda|pojdzie|pojda|wroci|wroca)"
     rf"(?: (?:juz|dopiero|normalnie))? (?:w|we) ({_WEEKDAY})(?= *(?:[.!;]|$))", r"back on \1"),
    # "wrócimy dopiero wieczorem": we only get home in the evening (a long day away, not a return to school)
    (r"\b(?:wrocimy|wracamy|bedziemy z powrotem|wroce|wracam)(?: (?:dopiero|dosc|bardzo|pewnie))?"
     r" (?:wieczorem|pozno wieczorem|pozno|pozniej)\b", "we only get home in the evening"),
    # "nie będzie go ani rano, ani po południu": neither session, so the whole day
    (r"\b(?:ani )?(?:rano|rankiem),? ani (?:po poludniu|popoludniu)\b", "all day"),
    # "rano jest normalnie w szkole": in for the morning as usual (the afternoon is what is missed)
    (r"\b(?:rano|rankiem|przed poludniem) (?:(?:jest|bedzie|przyjdzie) )?(?:normalnie |jak zwykle )?(?:jest |bedzie )?"
     r"(?:w szkole|na lekcjach)(?: (?:normalnie|jak zwykle))?\b|\b(?:rano|rankiem) (?:normalnie|jak zwykle)\b",
     "she will be in for the morning"),
    # "wszystko jest ok", "wszystko w porządku": all is well (an aside about the visit, not a name, nor the child
    # being in)
    (r"\bwszystko (?:jest )?(?:ok|okej|okay|dobrze|w porzadku|pod kontrola)\b", "nothing to worry about"),
    (r"\b(?:przez )?(?:caly|calutki) dzien\b", "all day"),
    # "do końca przyszłego tygodnia": until the end of next week (that week's Friday included)
    (r"\bdo (?:samego )?konca (?:przyszlego|nastepnego) tygodnia\b", "until the end of next week"),
    # "do końca semestru": until the end of term
    (r"\bdo (?:samego )?konca (?:semestru|trymestru|polrocza|roku szkolnego|nauki przed (?:swietami|feriami))\b",
     "until the end of term"),
    # "będzie musiała opuścić jeden dzień", "jeszcze nie wiem, którego dnia": one day, which one not yet known
    (r"\b(?:bedzie musial\w* |musi |bedzie )?opusci(?:c|\b)\w*(?: (?:szkole|lekcje|zajecia))?", "will be absent"),
    (r"\b(?:jeden|jednego) (?:dzien|dnia)\b", "one day"),
    # "nie wiem jeszcze, kiedy wróci do szkoły": when he will be back is not known (a vague end, not an unknown day)
    (r"\b(?:jeszcze )?nie (?:wiem|wiemy|wiadomo)(?: jeszcze)?,? kiedy (?:(?:bedzie mogl\w*|moze|bedzie) )?"
     r"(?:wroci\w*|wroca|wrocic|przyjdzie|przyjda|przyjsc|pojdzie|pojda|pojsc)\b(?: (?:z powrotem|znowu))?"
     r"(?: (?:do szkoly|na lekcje))?", "we don't know yet when he'll be back"),
    (r"\b(?:jeszcze )?nie (?:wiem|wiemy)(?: jeszcze)?,? (?:ktorego dnia|kiedy|ktory dzien|jaki dzien|w ktory dzien)"
     r"(?: dokladnie)?", "we don't yet know which day"),
    (r"\bprzed (?:swietami|bozym narodzeniem)\b", "before christmas"),
    (r"\bjutra\b|\bjutrem\b", "tomorrow"),
    # "a co z piątkiem, to zobaczymy": that day is undecided
    (rf"\b(?:a )?co z ({_WEEKDAY}|tomorrow),? (?:to )?(?:jeszcze )?(?:zobaczymy|zobacze|sie okaze|nie wiem|nie wiadomo"
     r"|dam znac)\b", r"not sure about \1"),
    # "dam znać, gdyby jutro miała zostać w domu": a later day off only if it comes to it (that day is undecided)
    # (a sentence of its own, so that the day it names stays apart from the day the child is in)
    (rf"(\s*[-–—,;:]\s*|\b)(?:dam (?:pani |panu |panstwu )?znac|poinformuje|powiadomie|napisze),? (?:gdyby|jesli"
     rf"|jezeli|jakby|czy|w razie gdyby)\b[^.;!?]{{0,40}}?\b(?:(jutro)|we? ({_WEEKDAY}))\b[^.;!?]*",
     lambda m: f"{'. ' if m[1] else ''}not sure about {'tomorrow' if m[2] else m[3]}"),
    (rf"(\s*[-–—,;:]\s*|\b)(?:gdyby|jesli|jezeli|jakby)\b[^.;!?]{{0,40}}?\b(?:(jutro)|we? ({_WEEKDAY}))\b"
     r"[^.;!?]{0,40}?,? (?:to )?(?:dam (?:pani |panu |panstwu )?znac|poinformuje|powiadomie|napisze)\b",
     lambda m: f"{'. ' if m[1] else ''}not sure about {'tomorrow' if m[2] else m[3]}"),
    (r"\bzobaczymy\b|\bzobacze\b", "we'll see"),
    # "jak nie przejdzie do poniedziałku, to pójdziemy do lekarza": a condition, not a day of absence
    (rf"\b(?:a )?(?:jak|jesli|jezeli|gdyby|jakby)(?: (?:mu|jej|im))? nie (?:przejdzie|przejda|przejdzie mu"
     rf"|przejdzie jej|minie|mina|bedzie lepiej|poprawi sie|polepszy sie)(?: (?:mu|jej|im))?"
     rf"(?: (?:do|przez) (?:{_WEEKDAY}|tomorrow|weekend\w*|jutra|konca tygodnia))?,?(?: (?:to|wtedy))?",
     "if it doesn't clear up"),
    (r"\b(?:pojdziemy|pojade|pojedziemy|pojde|zabiore (?:go|ja|je|ich)|zapisze (?:go|ja|je|ich)|zadzwonie)"
     r" (?:z (?:nim|nia|nimi) )?(?:do|na) (?:lekarz\w*|pediatr\w*|przychodni\w*)", "we'll take him to the doctor"),
    # illnesses and what the doctor said: a sick note ("zwolnienie lekarskie", "L4"), glandular fever, tonsils out
    (r"\bmononukleoz\w*", "glandular fever"),
    (r"\b(?:lekarz\w* )?(?:dal\w*|wystawil\w*|wypisal\w*) (?:\w+ )?zwolnieni\w*(?: lekarsk\w*)?"
     r"|\bzwolnieni\w* lekarsk\w*"
     r"|\bl4\b", "the doctor signed her off sick"),
    (r"\b(?:wyciet\w*|usuni\w*|wyci\w*) (?:\w+ )?migdal\w*|\bmigdal\w* (?:wyciet\w*|usuniet\w*)|\btonsillektomi\w*",
     "had her tonsils out"),
    (r"\bzapaleni\w* migdal\w*", "tonsillitis"), (r"\bzapaleni\w* pluc\b|\bzapaleniem pluc\b", "pneumonia"),
    (r"\bgryp\w* (?:zoladkow\w*|jelitow\w*)|\bjelitowk\w*|\brotawirus\w*|\bnorowirus\w*", "a stomach bug"),
    # "najpierw muszę zawieźć Antka do babci", "odwiozę Kasię do przedszkola": first taking another child somewhere
    # (an errand for that child, so the clause stays with the children it delays)
    (r"\b(?:(najpierw|wczesniej|przedtem) )?(?:(?:musze|musimy|mam|trzeba) )?(?:(najpierw|wczesniej) )?"
     r"(?:zawiez|zawioz|odwiez|odwioz|podwiez|podwioz|zaprowadz|odprowadz|podrzuc)\w*"
     r" (?!(?:go|ja|je|ich|jego|jej|do|na|z|ze|tez|jeszcze)\b)([a-z]+) (?:do|na) (babci|dziadk\w*|przedszkol\w*"
     r"|zlob\w*|apteki|lekarz\w*|przychodni\w*|dentyst\w*)\b",
     lambda m: ("first " if m[1] or m[2] else "") + f"we have to take {m[3]} to "
     + ("their grandma" if m[4] == "babci" else "their grandparents" if m[4].startswith("dziadk")
        else "nursery" if m[4].startswith(("przedszk", "zlob")) else "the chemist" if m[4] == "apteki"
        else "the dentist" if m[4].startswith("dentyst") else "the doctor")),
    # relatives: "teściowa" (the sender's mother-in-law is the children's grandma), "dziadek", "mąż"
    (r"\b(?:moja |nasza )?tesciow(?:a|ej|e)\b", "their grandma"),
    (r"\b(?:(?:moj|nasz|mojego|naszego|moim|naszym|mojemu) )?tesc(?:ia|iem|iowi|iu)?\b", "their grandad"),
    (r"\b(?:ich |jego |jej |nasza |moja )?babci[aeu]?\b", "their grandma"),
    (r"\b(?:ich |jego |jej |nasz |moj )?dziad(?:ek|ka|kiem|kowi|ku)\b", "their grandad"),
    (r"\b(?:ich |jego |jej |nasi |moi )?dziadk(?:owie|ow|ami|ach)\b", "their grandparents"),
    (r"\b(?:moj )?(?:maz|meza|mezem|mezowi)\b", "my husband"), (r"\b(?:moja )?(?:zona|zony|zone|zonie)\b", "my wife"),
    # "mój tata", "mojej mamy": the sender's own parent (the child's grandparent), not the pupil's
    (r"\b(?:moj|mojego|moim|mojemu|nasz|naszego|naszym) (?:tata|taty|tacie|tate|tatus\w*|ojciec|ojca|ojcem|ojcu)\b",
     "my dad"),
    (r"\b(?:moja|mojej|moja|moje|nasza|naszej) (?:mama|mamy|mamie|mame|mamusi\w*|matka|matki|matce|matke)\b", "my mum"),
    # "miał w nocy wylew", "dostała udaru", "zawał serca": a stroke or a heart attack (a family emergency)
    (r"\b(?:mial\w*|dostal\w*|przeszedl\w*|przeszla)( (?:w nocy|wczoraj|dzis|dzisiaj|rano|nagle|w weekend))?"
     r" (?:wylew\w*|udar\w*)(?! (?:cieplny|cieplnego|sloneczny|slonecznego))(?: (?:mozgu|krwi do mozgu))?",
     lambda m: "had a stroke" + _WHEN_PAST.get(m[1], m[1] or "")),
    (r"\b(?:mial\w*|dostal\w*|przeszedl\w*|przeszla)( (?:w nocy|wczoraj|dzis|dzisiaj|rano|nagle|w weekend))?"
     r" zawal\w*(?: serca)?", lambda m: "had a heart attack" + _WHEN_PAST.get(m[1], m[1] or "")),
    # "mąż miał w nocy wypadek w pracy", "tata miał wypadek samochodowy": an accident (a family emergency)
    (r"\b(?:mial\w*|ulegl\w*)( (?:w nocy|wczoraj|dzis|dzisiaj|rano|nagle|w weekend))? (?:wypad(?:ek|ku|kowi)"
     r"(?: (?:samochodow\w*|drogow\w*|w pracy|przy pracy))?)",
     lambda m: "had an accident" + _WHEN_PAST.get(m[1], m[1] or "")),
    # "mąż miał wypadek i siedzimy na SOR-ze": at A&E with the relative (the emergency, not the children ill)
    (r"\b(?:siedzimy|jestesmy|czekamy|siedze|jestem|czekam) (?:(?:z nim|z nia|teraz|nadal|wciaz) )*na"
     r" (?:sor(?:-?ze|ze)?|pogotowiu|izbie przyjec|ostrym dyzurze)\b",
     lambda m: "we're at a&e with him" if _RELATIVE_EMERGENCY.search(m.string[: m.start()]) else m[0]),
    (r"\bwylew\w*(?: krwi do mozgu)?|\budar\w*(?! (?:cieplny|cieplnego|sloneczny|slonecznego))(?: mozgu)?",
     "a stroke"), (r"\bzawal\w*(?: serca)?", "a heart attack"),
    # "jest w szpitalu w Polsce": is in hospital
    (r"\b(?:jest|sa|lezy|leza|przebywa|przebywaja)(?: (?:teraz|nadal|wciaz|juz|obecnie))? w szpitalu\b",
     "is in hospital"), (r"\bw polsce\b", "in poland"),
    # "pogrzeb dziadka w Krakowie", "jedziemy do Gdańska": a city in its cases (a place, not a child named beside one)
    (r"\b(w|we|do|z|ze|pod|kolo|niedaleko) (krakow|warszaw|gdansk|gdyni|wroclaw|poznan|lodz|katowic|lublin|szczecin"
     r"|bydgoszcz|rzeszow|bialymstok|bialegostok|bialystok|olsztyn|kielc|opol|torun|zakopan|czestochow|radom|tarnow"
     r"|gliwic|sosnowc|sosnowiec|bielsk|zielon\w* gor|koszalin|slupsk|elblag|plock)\w*",
     lambda m: _CITY_PREP.get(m[1], "in") + " " + _CITY_EN.get(m[2], m[2])),
    (rf"\b(?:nasza |ich |jego |jej )?(mama|tata)\b(?=[^.,;!?]{{0,20}}\b{_TO_HOSPITAL})",
     lambda m: "their mum" if m[1] == "mama" else "their dad"),
    # the relative went in (an emergency); the child "trafił do szpitala": admitted (an illness)
    (rf"\b(their (?:grandma|grandad|grandparents|mum|dad)|my (?:husband|wife|dad|mum))([^.,;!?]{{0,20}}?)"
     rf" {_TO_HOSPITAL}",
     r"\1\2 was rushed to hospital"),
    (rf"\b{_TO_HOSPITAL}", "was admitted to hospital"),
    # "spadł z roweru i uderzył się w głowę", "wstrząśnienie mózgu": a fall, a knock to the head, concussion
    (r"\b(?:spadl\w*|spadl\w* sie|zlecial\w*) (?:z|ze) (?:rower\w*|hulajnog\w*|drabin\w*|schod\w*|drzew\w*"
     r"|hustawk\w*|konia|lozk\w*|desk\w*|trampolin\w*)", "fell off his bike"),
    (r"\b(?:uderzyl\w*|walnal\w*|rabnal\w*) sie (?:mocno )?(?:w|o) (?:glow\w*|glowke)\b"
     r"|\b(?:uderzyl\w*|walnal\w*|rabnal\w*) (?:mocno )?glow\w*", "hit his head"),
    (r"\bwstrzasnieni\w* mozgu\b|\bwstrzas mozgu\b", "concussion"),
    (r"\bwirus\w*", "a virus"), (r"\bdopadl\w*|\bzlapal\w*", "caught"),
    # "boli go brzuch", "bardzo boli ją głowa": an ache
    (r"\bbol(?:i|al|ala|aly)(?: (?:go|ja|je|ich|mnie))?(?: bardzo)? (?:brzuch|brzuszek)\b", "has a tummy ache"),
    (r"\bbol(?:i|al|ala|aly)(?: (?:go|ja|je|ich|mnie))?(?: bardzo)? glow\w*", "has a headache"),
    (r"\bbol(?:i|al|ala|aly)(?: (?:go|ja|je|ich|mnie))?(?: bardzo)? gardl\w*", "has a sore throat"),
    (r"\bbol(?:i|al|ala|aly)(?: (?:go|ja|je|ich|mnie))?(?: bardzo)? (?:ucho|uszy|zab|zeby)\b", "has an earache"),
    # "zostanie w domu do południa, po obiedzie go przywiozę": the morning at home, in after lunch
    (r"\b(?:zosta\w*|bedzie|posiedzi) w domu do poludnia\b|\bdo poludnia (?:zosta\w*|bedzie|posiedzi) w domu\b",
     "staying home this morning"),
    (r"\b(?:przywioz\w*|przywiez\w*|przyprowadz\w*|zawioz\w*|zawiez\w*|odwioz\w*|odwiez\w*)(?: (?:go|ja|je|ich))?"
     r"(?: do szkoly)?(?= po (?:obiedzie|poludniu|przerwie obiadowej)\b)", "we'll bring him in"),
    # "przywiozę go do szkoły na popołudnie", "przyjdzie na popołudnie": in for the afternoon (the morning out)
    (r"\b(?:przywioz\w*|przywiez\w*|przyprowadz\w*|zawioz\w*|zawiez\w*|odwioz\w*|odwiez\w*|przyjdzie|przyjda"
     r"|bedzie|beda|dotrze|dotra|wroci|wroca)(?: (?:go|ja|je|ich))?(?: (?:do szkoly|w szkole|na lekcje))?(?: dopiero)?"
     r" na (?:popoludni\w*|popoludniowe (?:lekcje|zajecia)|(?:lekcje|zajecia) (?:po poludniu|popoludniow\w*))\b",
     "will be in for the afternoon"),
    # "przyjdą do szkoły dopiero po południu": in only for the afternoon (the morning out)
    (r"(?<!\bnie )\b(?:przyjdzie|przyjda|bedzie|beda|dotrze|dotra|dojedzie|dojada)"
     r"(?: (?:do szkoly|w szkole|na lekcje))?(?: (?:dopiero|juz))? (?:po poludniu|popoludniu)\b",
     "will be in for the afternoon"),
    # whole next week: "dziś i przez cały przyszły tydzień"
    (r"\b(?:przez )?caly (?:przyszly|nastepny) tydzien\b", "all next week"),
    # "lekarz zalecił, żeby nie chodziła do szkoły": she is not to go in
    (r"\b(?:(?:zeby|by|aby) )?nie chodzil\w*(?: do szkoly| na lekcje)?|\bnie (?:chodzi|chodza) do szkoly\b"
     r"|\bnie (?:moze|moga|mogl\w*|powinien|powinna|powinni|powinny) (?:chodzic|isc|pojsc)(?: do szkoly| na lekcje)?",
     "won't be in"),
    # a day off: "prosił o dzień wolnego", "pozwoliłam mu zostać w domu"
    (r"\bdzien wolnego\b|\bdzien wolny\b|\bwolny dzien\b|\bdnia wolnego\b", "a day off"),
    (r"\bpozwolil\w* (?:mu|jej|im)\b", "we let him"),
    # someone to mind the ill sibling: "nie mogę jej zostawić, żeby go zaprowadzić"
    (r"\bnie (?:moge|mozemy|mam jak) (?:jej|go|ich) zostawic(?: (?:sam\w*|w domu))?\b", "we can't leave her"),
    # "nie zostawię chorej Oli samej": the ill child can't be left alone (the other is kept home with her)
    (r"\bnie (?:zostawie|zostawimy|moge zostawic|mozemy zostawic)(?: (?:chor\w*|mlodsz\w*|mal\w*))?(?: \w+)?"
     r" sam(?:ej|ego|ych|a|e)\b", "we can't leave her alone"),
    (r",? \b(?:zeby|by|aby) (?:go|ja|je|ich) (?:zaprowadzic|zawiezc|odprowadzic|odwiezc)\b", " to take him"),
    (r"\b(?:a )?(?:ja )?jestem z (?:nimi|nim|nia|dziec\w*) (?:sama|sam)\b", "on my own with them"),
    (r"\b(?:a )?(?:ja )?jestem (?:sama|sam) w domu\b|\b(?:a )?(?:ja )?jestem (?:sama|sam) z dziec\w*",
     "we are home alone"),
    # "niania się rozchorowała": the childminder is ill (not the pupil)
    (r"\b(?:nasza |ich )?(?:niania|nianie|opiekunka|opiekunki)( (?:sie )?(?:rozchorowal\w*|zachorowal\w*|jest chor\w*)"
     r"(?: sie)?)?", lambda m: "the childminder" + (" is ill" if m[1] else "")),
    (r"\b(?:az )?do (?:przerwy swiatecznej|przerwy zimowej|przerwy bozonarodzeniowej|swiat|ferii(?: swiatecznych"
     r"| zimowych)?)\b", "until the christmas holidays"),
    # "Bartek będzie dzisiaj trochę później", "będzie w szkole trochę później": a bit late that day (the day word or
    # the place may sit between); "przyjdzie, ale
    # trochę się spóźni": he comes in, but late
    (r"\b(?:bedzie|beda|bedziemy|przyjdzie|przyjda)( dzis| dzisiaj| jutro)?(?: w szkole| do szkoly| na lekcjach)?"
     r"(?:,? ale)? (?:troche |troszke |ciut |nieco )?"
     r"(?:sie )?(?:pozniej|spozni\w*)\b(?: sie\b)?",
     lambda m: "will be a bit late" + {" dzis": " today", " dzisiaj": " today", " jutro": " tomorrow"}.get(m[1], "")),
    # "mamy problem z samochodem", "problemy z autem": car trouble
    (r"\b(?:(?:mamy|mam|mielismy|byl) )?(?:problem\w*|klopot\w*) z (?:samochodem|autem|autkiem)\b", "car trouble"),
    # "rano pisałam, że się spóźni, ale jednak ...": what the parent wrote earlier, then a change of plan
    (r"\b((?:(?:dzis |dzisiaj )?rano |wczesniej |wczoraj )?(?:pisal\w*|napisal\w*|informowal\w*|poinformowal\w*"
     r"|wysylal\w*|wyslal\w*)(?: (?:pani|panu|wam|panstwu))?,? (?:ze|iz) [^.;!?]{1,80}?),? (?:ale|a|jednak)"
     r" (?:jednak|w koncu|ostatecznie|teraz jednak|zmiana planow)\b,?", r"\1, change of plan:"),
    (r"\bw (?:zeszlym|ubieglym|poprzednim) tygodniu\b|\b(?:zeszly|ubiegly|poprzedni) tydzien\b", "last week"),
    (r"\bwiec\b", "so"), (r"\bbo\b", "because"), (r"\b(?:tez|takze|rowniez)\b", "too"),
    (r"\bnie mam (?:jak|czym) (?:go|ja|je|ich) (?:zaprowadzic|zawiezc|odprowadzic|odwiezc)\b", "no way to take him"),
    # "nie mamy jak dowieźć Nikoli do szkoły": no way to get her there (transport)
    (r"\bnie (?:ma|mam|mamy|maja) (?:jak|czym|kto)(?: (?:go|ja|je|ich|jej))? (?:dowiezc|dowozic|zawiezc|przywiezc"
     r"|dostarczyc|podwiezc)\b", "no way to get"),
    # "wróci po przerwie świątecznej, 5 stycznia": the date of return after the holidays
    # (the break unnamed, "wróci po przerwie 5 stycznia", is the holidays too: a date follows, not a time of day)
    (r"\b(?:wroc\w*|wraca\w*|przyjdzie|przyjda)(?: do szkoly)?(?: (?:juz|dopiero))? po (?:feriach|swietach"
     r"|przerwie(?: swiatecznej| zimowej| bozonarodzeniowej)?|wakacjach)(?: (?:zimowych|swiatecznych"
     r"|bozonarodzeniowych))?,? (?:czyli |tj\.? )?(?:w dniu |dnia )?(?=\d{1,2} [a-z])",
     "back after the christmas holidays on "),
    # "ostatni dzień Wiktorii w szkole będzie we wtorek": the last day in before an absence
    # "ostatni dzień w szkole będzie miała 14 grudnia": the same with "będzie miała/miał" (she will have)
    (r"\bostatni\w* dzien (\w+ )?(?:w szkole|szkoly|nauki)(?: (?:bedzie|to|jest))?"
     r"(?: (?:mial|miala|mialy|mieli|ma|maja)\b)?",
     r"the last day \1in school will be"),
    # "w przyszły poniedziałek", "w następny wtorek": the weekday of next week
    (r"\b(we? |do )?(?:przyszl|nastepn)\w* (?=poniedzia|wtor|srod|czwart|piat)",
     lambda m: "until next " if m[1] == "do " else "next "),
    # "wrócą 7 grudnia": back on that date
    (r"\b(?:wroc\w*|wraca\w*)(?: do szkoly)?(?: (?:juz|dopiero))?(?: (?:dnia|w dniu))? (?=\d{1,2} [a-z])", "back on "),
    # "będzie dopiero 14 grudnia", "będą w szkole dopiero w czwartek": back only on that day
    (rf"(?<!\bnie )\b(?:bedzie|beda)(?: (?:w szkole|z powrotem|na lekcjach))? dopiero(?: (?:dnia|w dniu))?"
     rf"(?= (?:\d{{1,2}} [a-z]|we? {_WEEKDAY}))", "back only on"),
    # "zostaje ze mną dłużej": staying on longer (with the parent, away)
    (r"\b(?:zostaje|zostanie|zostaja|zostana)(?: (?:ze mna|z nami|u nas|tam|z babcia|z tata|z mama))? dluzej\b",
     "is staying longer"),
    # "wróci dopiero po feriach": absent until the holidays, not a holiday
    (r"\b(?:wroc\w*|wraca\w*|przyjdzie|przyjda)(?: do szkoly)?(?: (?:juz|dopiero))? po (?:feriach|swietach"
     r"|przerwie swiatecznej|wakacjach)(?: (?:zimowych|swiatecznych|bozonarodzeniowych))?",
     "until after the christmas holidays"),  # the genitive: "od jutra", "do jutra"
    # "już jedziemy", "właśnie wyjeżdżamy": on our way now (not "jedziemy do Polski", a trip)
    (r"\b(?:juz|wlasnie|teraz) (?:jedziemy|jade|jedzie|wyjezdzamy|wychodzimy|wychodze)\b(?: do szkoly)?"
     r"(?! (?:do|na|w|nad|za|z|ze)\b)", "we're on our way"),
    # "będziemy za jakieś 15 min", "dojedzie za pół godziny": there in that time
    (r"(?<!\bnie )\b(?:bedziemy|bedzie|beda|dojedziemy|dojedzie|dotrzemy|dotrze)(?: (?:w szkole|na miejscu|tam))?"
     r"(?= za (?:jakies |okolo |ok\.? |mniej wiecej |max\.? |maks\w* )?(?:\d{1,3} ?(?:minut|min\b)|pol godziny"
     r"|godzine))", "will be there"),
    # "będzie w szkole za jakieś 10 minut": arriving in about ten minutes
    (r"\bza (?:jakies |okolo |ok\.? |mniej wiecej |max\.? |maks\w* )?(\d{1,3}) ?(?:minut\w*|min\b\.?)",
     r"in about \1 minutes"),
    (r"\bza (?:jakies |okolo |mniej wiecej )?pol godziny\b", "in about 30 minutes"),
    # "zaraz go przywiozę", "zaraz będziemy": on the way in shortly (not "zaraz po wizycie")
    (r"\bzaraz (?:(?:go|ja|je|ich) )?(?:przywioz\w*|przywiez\w*|przyprowadz\w*|zawioz\w*|zawiez\w*|bedzie|bedziemy"
     r"|beda|dojedzie|dojedziemy|dotrze|dotrzemy)\b(?: (?:go|ja|je|ich))?(?: (?:do szkoly|w szkole|na miejscu))?"
     r"(?! (?:po|o|okolo|kolo|ok)\b)", "will be in shortly"),
    # "będą w szkole za chwilę", "za moment będziemy", "przywiozę go za chwilkę": on the way in, there shortly
    (r"(?<!\bnie )\b(?:(?:go|ja|je|ich) )?(?:bedzie|beda|bedziemy|dojedzie|dojada|dojedziemy|dotrze|dotra|dotrzemy"
     r"|przyjdzie|przyjda|przyjdziemy|przywioz\w*|przywiez\w*|przyprowadz\w*)(?: (?:go|ja|je|ich))?"
     r"(?: (?:w szkole|do szkoly|na miejscu|na lekcjach|na lekcje))?"
     r" (?:za (?:chwile|chwilke|chwileczke|moment|momencik|minutke)|lada (?:chwila|moment)|niedlugo|wkrotce)\b"
     r"|\b(?:za (?:chwile|chwilke|chwileczke|moment|momencik|minutke)|lada (?:chwila|moment)|niedlugo|wkrotce)"
     r" (?:(?:go|ja|je|ich) )?(?:bedzie|beda|bedziemy|dojedzie|dojada|dojedziemy|dotrze|dotra|dotrzemy|przyjdzie"
     r"|przyjda|przyjdziemy|przywioz\w*|przywiez\w*|przyprowadz\w*)(?: (?:go|ja|je|ich))?"
     r"(?: (?:w szkole|do szkoly|na miejscu|na lekcjach|na lekcje))?(?=\s*(?:[.,!;)]|$))", "will be in shortly"),
    # a school event on a day the child is in: "występuje w jasełkach 15 grudnia", "ma koncert świąteczny we wtorek"
    (r"\bw jaselkach\b", "in the nativity play"), (r"\bjaselk\w*", "the nativity play"),
    (r"\b(w )?koncer\w* (?:swiateczn\w*|bozonarodzeniow\w*|koled\w*|szkoln\w*)\b",
     lambda m: ("in " if m[1] else "") + "the christmas concert"),
    # "Antek będzie ok 9:10", "dojedziemy koło 9:30": in at that time
    (r"(?<!\bnie )\b(?:bedzie|beda|bedziemy|przyjdzie|przyjda|przyjdziemy|dotrze|dotra|dotrzemy|dojedzie|dojada"
     r"|dojedziemy|przywioze (?:go|ja|je|ich)|przyprowadze (?:go|ja|je|ich))(?: (?:w szkole|do szkoly|na miejscu))?"
     r"(?: dopiero)?(?= (?:ok\.?|okolo|kolo|kolo godz\.?|o|o godz\.?|o godzinie|gdzies o|gdzies kolo"
     r"|mniej wiecej(?: o)?|przed|na|po|najpozniej(?: o| na| do| przed)?)"
     r" ?\d|(?: ok\.?| okolo)? \d{1,2}:\d\d\b)",
     lambda m: "we will be in" if m[0].endswith("emy") else "will be in"),  # "będziemy": we (the parent with her)
    (r"\bmniej wiecej(?: o| okolo| kolo)? (?=\d{1,2}[:.]\d\d)", "around "),
    # "będą w szkole przed 9:10": in no later than that time
    (r"(?<=\bwill be in) przed (?=\d{1,2}[:.]\d\d)", " by "),
    # "będziemy najpóźniej 9:20": in by that time at the latest
    (r"(?<=\bwill be in) najpozniej(?: o| na| do| przed)? (?=\d{1,2}[:.]\d\d)", " by "),
    # "będzie w szkole na 9:15": in by that time
    (r"(?<=\bwill be in) na (?=\d{1,2}[:.]\d\d)", " by "),
    (r"\bsork[ia]\b|\bsorry\b|\bsory\b", "sorry"), (r"\bstraszn\w*", "terrible"),
    (r"\bza (?:jakies |okolo |mniej wiecej )?godzine\b", "in about 60 minutes"),
    # "ma fizjoterapię", "wizyta u fizjoterapeuty", "na rehabilitację": physiotherapy (a medical appointment)
    (r"\b(?:fizjoterap\w*|fizjo|rehabilitacj\w*)\b", "physio"),
    (r"\bmigren\w*", "migraine"), (r"\bastm\w*|\bnapad\w* dusznosci\b", "asthma"),
    # "Franek na razie zdrowy": that child is well (not ill with the others); not "nie jest zdrowy"
    (r"(?<!\bnie )(?<!\bnie jest )(?<!\bnie sa )(?<!\bkonca )(?<!\bniezbyt )\b(?:(?:jest|sa) )?"
     r"(?:(?:na razie|narazie|jak na razie|na szczescie|poki co|jak dotad) )?(?:(?:jest|sa) )?"
     r"(?:(?:zupelnie|calkiem|calkowicie) )?zdrow(?:y|a|e|i)\b(?! (?:jak|nie))",
     "is well for now"),
    # "pozostałe dzieci przyjdą normalnie": the others come in
    (r"\b(?:pozostal[eia]|reszta|inne|reszta dzieci)(?: (?:dzieci|dzieciaki|dwoje|troje|dwojka|trojka))? (?:przyjda"
     r"|przyjdzie|pojda|pojdzie|beda|idzie|ida)(?: (?:do szkoly|w szkole|na lekcje))?(?: (?:normalnie|jak zwykle))?",
     "the others will be in as normal"),
    # "Hania ma tylko lekki katar, przyjdzie normalnie": the verb with no subject of its own goes on about the child
    # named before the comma (so that child is in)
    (r", (?:wiec )?(?:przyjdzie|przyjda|pojdzie|pojda|bedzie|beda)(?: (?:dzis|dzisiaj))?"
     r"(?: w szkole| do szkoly| na lekcje)? (?:normalnie|jak zwykle|jak zawsze)\b", _so_in_as_normal),
    (r"(?<!nie )\b(?:przyjdzie|przyjda|pojdzie|pojda|idzie|ida|chodzi|chodza|bedzie chodzil\w*|beda chodzic"
     r"|beda chodzil\w*)(?: (?:dzis|dzisiaj|jutro))?"
     r"(?: w szkole| do szkoly| na lekcje)? (?:normalnie|jak zwykle|jak zawsze)\b", "will be in as normal"),
    # "pierwszy dzień w szkole po przerwie to 5 stycznia": the day of return
    (r"\bpierwsz\w* dzien (?:w szkole|szkoly|nauki|zajec|lekcji)(?: po (?:przerwie|feriach|swietach|wakacjach)"
     r"(?: \w+)?)?(?: (?:to|bedzie|jest))?(?: dla (?:nich|niej|niego))?(?: (?:to|bedzie))?", "back on"),
    # "jutro dam znać, jak będzie": an update promised tomorrow (not a day off tomorrow)
    (r"\bjutro (?:(?:ci|pani|panu|wam|panstwu) )?(?:dam(?: (?:ci|pani|panu|wam|panstwu))? (?:znac|zna\b)"
     r"|poinformuje|powiadomie|napisze|odezwe sie)(?:,? (?:jak|co)(?: (?:to|z nim|z nia|z nimi))?"
     r" (?:bedzie|beda|wyglada|wygladaja|sie czuje|sie czuja|sie miewa|sie miewaja|sie (?:bedzie|beda) czul\w*)"
     r"|,? (?:co|jak) (?:dalej|i jak)(?: (?:z nim|z nia|z nimi|z nami|bedzie))?)?"
     r"(?= *(?:[.!;]|$))", "will let you know tomorrow"),
    # "dam znać, jak będzie w czwartek": whether she is off that day is not known yet
    (rf"\b(?:dam(?: (?:ci|pani|panu|wam|panstwu))? (?:znac|zna\b)|poinformuje|powiadomie|napisze),? (?:jak|czy|co)"
     rf"(?: (?:bedzie|z nia|z nim))?"
     rf"(?: (?:bedzie|z nia|z nim))? (?:we? )?({_WEEKDAY}|jutro)", r"will let you know about \1"),
    (r"\bdam(?: (?:ci|pani|panu|wam|panstwu))? (?:znac|zna\b)|\bpoinformuje\b|\bpowiadomie\b", "will let you know"),
    # "przyjdzie dopiero jutro": back only tomorrow (not absent tomorrow)
    (rf"(?<!\bnie )\b(?:przyjdzie|przyjda|pojdzie|pojda|wroci|wroca|bedzie w szkole|beda w szkole)(?: do szkoly)?"
     rf" dopiero(?= (?:jutro|pojutrze|we? {_WEEKDAY}))", "back only"),
    # "może wrócić dopiero w środę": back only on Wednesday
    (r"\bdopiero (?=po )", ""),
    (r"\bdopiero\b", "only"),
    # "do zobaczenia w poniedziałek", "widzimy się we wtorek": see you on the day of return
    (rf"\b(?:do zobaczenia|widzimy sie|zobaczymy sie)(?: (?:juz|znowu|ponownie))?(?: we?)? (?={_WEEKDAY}|jutro)",
     "see you on "),
    # "była dziś na SOR-ze", "byliśmy wczoraj na pogotowiu": was at A&E that day (a past visit, not a day off)
    (r"\b(?:(dzis|dzisiaj|wczoraj) )?(?:byl|byla|bylo|byli|byly|bylismy|bylysmy|bylam|bylem)(?: z (?:nim|nia|nimi))?"
     r"(?: (dzis|dzisiaj|wczoraj))?"
     r" na (?:sor(?:-?ze|ze)?|pogotowiu|izbie przyjec|ostrym dyzurze)\b(?: (dzis|dzisiaj|wczoraj))?",
     lambda m: _was_at_ae(m[1] or m[2] or m[3])),
    # "byliśmy dziś u lekarza": we were at the doctor's that day (a past visit, not a day off)
    (r"\b(?:(dzis|dzisiaj|wczoraj) )?(?:byl|byla|bylo|byli|byly|bylismy|bylysmy|bylam|bylem)(?: z (?:nim|nia|nimi))?"
     r"(?: (dzis|dzisiaj|wczoraj))? (?:u|na wizycie u) (?:lekarz\w*|pediatr\w*|doktor\w*)\b"
     r"(?: (dzis|dzisiaj|wczoraj))?",
     lambda m: "we were at the doctor" + {"wczoraj": " yesterday", None: ""}.get(m[1] or m[2] or m[3], " today")),
    (r"\bjak sie bedzie czul\w*|\bjak sie czuje\b", "how he feels"),
    # "od piątku ma anginę", "od wtorku choruje", "od środy jest chora": ill since a past day (not a span from it)
    (rf"\bod ({_WEEKDAY})(?= (?:(?:juz|znowu|caly czas|ciagle) )?(?:ma|maja|jest|sa|choruje|choruja|kaszle|lezy|leza"
     r"|goraczkuje|wymiotuje|boli|bola|bierze|dostaje)\b)", r"since \1"),
    (r"\bod (?:popoludnia|poludnia)\b", "since lunchtime"), (r"\bod rana\b", "since the morning"),
    (r"\bod wczoraj\w*(?: wieczora)?\b", "since yesterday"), (r"\bod nocy\b", "since the night"),
    (r"\bmarudzi\w*|\bmarudn\w*|\bkiepsko sie czuje\b|\bslabo sie czuje\b|\bjest slab\w*", "unwell"),
    (r"\b(?:musze|musimy|ide|idziemy) (?:isc )?do pracy\b", "I have to go to work"),
    # "przeprowadzamy się", "mamy przeprowadzkę": moving house; "pomaga nam przy pakowaniu": helping us pack
    (r"\b(?:przeprowadz\w* sie|przeprowadzk\w*)(?: do (?:nowego|innego) (?:mieszkania|domu))?", "moving house"),
    (r"\bpomaga\w* (?:nam |mi )?(?:przy|w) (?:pakowaniu|przeprowadzce|rozpakowywaniu)\b", "helping us pack"),
    # "Julka już jest w szkole": that child is in already
    (r"\b(?:juz jest|jest juz) (?:w szkole|na miejscu)\b", "is already in school"),
    (r"\b(?:juz sa|sa juz) (?:w szkole|na miejscu)\b", "are already in school"),
    # "musi zostać w domu z młodszym bratem": kept home to mind a brother or sister (whose illness is not hers)
    (r"\b(?:(?:musi|musza|bedzie musial\w*|bedzie musiala|beda musieli) )?(?:tez |rowniez |takze )?(?:zostac|zostanie"
     r"|zostaje|zostana) (?:w domu )?z (?:(?:mlodsz|starsz|mal|chor)\w* )?(?:bratem|braciszkiem|siostra|siostrzyczka"
     r"|rodzenstwem)\b(?: w domu)?", "has to stay home to look after her little brother"),
    # "muszę siedzieć z małą", "muszę zostać w domu z chorym maluchem", "zajmuję się najmłodszą": the parent minds the
    # little one at home (so the pupil is kept off for a sibling, not ill)
    (r"\b(?:(?:musze|musimy|musial\w*|bede musial\w*|ja) )?(?:(?:siedziec|siedze|zostac|zostaje|zostane|byc|jestem)"
     r"(?: (?:w domu|w domku))? z|(?:zajac sie|zajmuje sie|zajmowac sie|opiekowac sie|opiekuje sie|pilnowac|pilnuje"
     r"|przypilnowac)(?: (?:w domu|w domku))?) (?:(?:chor|mlodsz|najmlodsz)\w* )?(?:mala|malym|malutka|malutkim"
     r"|maluchem|malucha|malenstwem|malenstwa|malej|malego|najmlodsz\w*|mlodsz(?:a|ym|ej|ego)|chora|chorym|chorej|chorego)\b"
     r"(?! (?:cork\w*|coreczk\w*|syn\w*|brat\w*|siostr\w*|dziec\w*)\b)(?: (?:w domu|w domku))?",
     "I have to look after the little one"),
    # "muszę zająć się młodszą córką" (the daughter already "the younger sister"): minding the sibling
    (r"\b(?:(?:musze|musimy|musi|musza) )?(?:zajac sie|zajmuje sie|zajmowac sie|opiekowac sie|opiekuje sie|pilnowac"
     r"|pilnuje|przypilnowac)(?= the (?:younger|little) (?:sister|brother)\b)", "I have to look after"),
    # "musi przypilnować młodszego brata": kept home to mind a brother or sister
    (r"\b(?:(?:musi|musza|bedzie musial\w*|beda musieli) )?(?:przypilnowac|pilnowac|pilnuje|zajac sie|zajmie sie"
     r"|zajmuje sie|opiekowac sie|zaopiekowac sie) (?:(?:mlodsz|starsz|mal|chor)\w* )?(?:brat\w*|braciszk\w*"
     r"|siostr\w*|siostrzyczk\w*|rodzenstw\w*)\b", "has to look after her little brother"),
    (r"\b(?:musi|musza|bedzie musial\w*|bedzie musiala|beda musieli) (?:tez |rowniez |takze )?zostac(?: w domu)?\b",
     "has to stay home"),
    (r"\bnie (?:moge|mozemy|dam rady) (?:go|jej|ich) (?:zawiezc|zaprowadzic|odprowadzic|odwiezc|przywiezc)\b",
     "can't take him"),
    # "jutro będzie w szkole", "jutro będzie na pewno", "Jutro Julka będzie normalnie": back tomorrow (today only)
    (r"(?<!\bnie )\bjutro(?: (?!(?:nie|juz|normalnie|na|napewno|znowu|tez|takze|rowniez|chyba|raczej|pewnie|moze"
     r"|go|jej|ich|sie|to|tylko|wiec|bo|i|a|dopiero)\b)([a-z]{3,}))?"
     r" (?:(?:juz|normalnie|na pewno|napewno|znowu) )*(?:bedzie|beda|przyjdzie|przyjda|wroci|wroca)"
     r"(?: (?:na pewno|napewno|juz|normalnie))?"
     r"(?: (?:w szkole|do szkoly|na lekcjach))?(?: (?:na pewno|napewno|normalnie|jak zwykle))?(?= *(?:[.!;,]|$))",
     lambda m: f"{m[1]} back tomorrow" if m[1] else "back tomorrow"),
    # "w poniedziałek Maciek będzie już w szkole", "w środę wróci normalnie": back on that day (the days before off)
    # ("we wtorek rano już będą w szkole": in from that morning, the same)
    (rf"(?<!\bnie )\bwe? ({_WEEKDAY})(?: (?:rano|rankiem))?(?: (?!(?:nie|juz|normalnie|na|napewno|znowu|tez|takze"
     r"|rowniez|chyba|raczej|pewnie|moze|go|jej|ich|sie|to|tylko|wiec|bo|i|a|dopiero|rano|rankiem|po|od|do|o|wieczorem)\b)([a-z]{3,}))?"
     r" (?:(?:juz|normalnie|na pewno|napewno|znowu) )*(?:bedzie|beda|przyjdzie|przyjda|wroci|wroca)"
     r"(?: (?:na pewno|napewno|juz|normalnie))?"
     r"(?: (?:w szkole|do szkoly|na lekcjach))?(?: (?:na pewno|napewno|normalnie|jak zwykle))?(?= *(?:[.!;]|$))",
     lambda m: f"{m[2]} back on {m[1]}" if m[2] else f"back on {m[1]}"),
    # "Igor i Lena będą jutro", "przyjdzie jutro normalnie": the verb before "jutro", back tomorrow (today only)
    (r"(?<!\bnie )\b(?:bedzie|beda|przyjdzie|przyjda|wroci|wroca)(?: (?:juz|normalnie|na pewno|napewno|znowu"
     r"|w szkole|do szkoly|na lekcjach|z powrotem)){0,3} jutro(?: (?:juz|normalnie|na pewno|napewno|jak zwykle"
     r"|w szkole|do szkoly|na lekcjach)){0,3}(?= *(?:[.!;,]|$))", "back tomorrow"),
    # "jutro już powinna przyjść", "powinien jutro wrócić do szkoły": expected back tomorrow (today only)
    (r"(?<!\bnie )\b(?:jutro (?:(?:juz|normalnie|chyba|raczej|pewnie|na pewno) )*(?:powinien|powinna|powinni|powinny"
     r"|moze|bedzie mogl\w*|beda mogli)|(?:powinien|powinna|powinni|powinny|bedzie mogl\w*|beda mogli)(?: juz)? jutro)"
     r"(?: juz)? (?:przyjsc|pojsc|isc|wrocic|byc)(?: (?:juz|normalnie|z powrotem))?"
     r"(?: (?:w szkole|do szkoly|na lekcje|na lekcjach))?(?: (?:juz|normalnie|jak zwykle))?\b",
     "back tomorrow"),
    # "Lena normalnie będzie w szkole": that child is in as normal (the adverb before the verb)
    (r"\b(?:normalnie|jak zwykle|jak zawsze) (?:bedzie|beda|przyjdzie|przyjda|pojdzie|pojda|idzie|ida|chodzi|chodza)"
     r"(?: (?:dzis|dzisiaj|jutro))?(?: w szkole| do szkoly| na lekcje| na lekcjach)?\b", "will be in as normal"),
    (r"(?<!\bnie )\bbedzie (?:w szkole|na lekcjach)\b", "will be in school"),
    # "jutro będzie.": tomorrow he is in
    (r"(?<!\bnie )\b(?:juz |normalnie )?(?:bedzie|beda)(?= *(?:[.!;]|$))", "will be in"),
    # "złamał rękę w piątek": he broke it (a past event, so the day named is not a day off)
    # "złamał wczoraj rękę": the day word between the verb and the limb (kept after it)
    (r"\bzlamal\w*(?: sobie)?( (?:wczoraj|przedwczoraj|dzis|dzisiaj|rano|wieczorem|w weekend|w sobote|w niedziele"
     r"|w piatek))?(?: sobie)? (rek|nog|palec|palc|nadgarst|obojczyk|kostk|nos|zebr)\w*",
     lambda m: "broke his " + _BODY[m[2]] + (m[1] or "")),
    # "skręciła kostkę na treningu", "zwichnął nadgarstek": a sprain (an injury); "prześwietlenie": an x-ray
    (r"\b(?:skrecil\w*|skrecon\w*|zwichnal\w*|zwichnel\w*|zwichniet\w*|naciagnal\w*|naciagnel\w*|naderwal\w*)"
     r"(?: sobie)?((?: [a-z]+){0,2}?) (rek|nog|palec|palc|nadgarst|kostk|kolan|bark)\w*",
     lambda m: m[0] if _PE_NOTE.search(m.string) else "sprained his " + _BODY[m[2]] + m[1]),
    (r"\b(?:skrecon\w*|zwichniet\w*) (rek|nog|palec|palc|nadgarst|kostk|kolan|bark)\w*",
     lambda m: m[0] if _PE_NOTE.search(m.string) else "a sprained " + _BODY[m[1]]),
    (r"\bprzeswietleni\w*|\brentgen\w*|\brtg\b", "x-ray"),
    # "noga spuchnięta i nie może na nią stanąć", "chodzi o kulach", "kazał oszczędzać nogę": the injury's effects
    (r"\b(?:spuchniet|spuchl|opuchniet|opuchl)\w*", "swollen"),
    (r"\bnie (?:moze|moga|mogl\w*|da rady|daje rady)(?: (?:na (?:nia|niej|nie|nog\w*|stop\w*|kostk\w*)))?"
     r" (?:stanac|stawac|stapac|ustac|oprzec|opierac)\w*(?: na (?:nia|niej|nog\w*|stop\w*|kostk\w*))?",
     "can't put weight on it"),
    (r"\b(?:o|na) kulach\b", "on crutches"),
    (r"\boszczedza\w* (?:nog\w*|rek\w*|kostk\w*|kolan\w*|nadgarst\w*)", "rest it"),
    (r"\bzlama\w*|\bzlamal\w*", "broken arm"), (r"\buraz\w*|\bkontuzj\w*", "injury"),
    # "ma rękę w gipsie", "noga w gipsie", "ma gips na ręce": a limb in a cast (an injury)
    (r"\bw gipsie\b", "in a cast"), (r"\b(?:ma|nosi|dostal\w*|zalozyli (?:mu|jej)) gips\b", "has a cast on"),
    # "wizyta kontrolna", "ma kontrolę w szpitalu": a check-up (an appointment, not the illness it follows)
    (r"\b(?:wizyt\w*|badani\w*) kontroln\w*|\bkontrol(?:a|e|i)\b", "check-up"),
    (r"\b(?:szczepi\w*|szczepionk\w*) (?:przeciw|przeciwko|na) gryp\w*", "flu jab"),
    (r"\bszczepi\w*", "vaccination"), (r"\bw przychodni\b", "at the clinic"),
    (r"\bokulist\w*", "optician"), (r"\bortodont\w*", "orthodontist"),
    # "miał operację", "przeszedł zabieg", "po operacji": surgery already done, he is recovering (not an appointment)
    (r"(?<!\bbedzie )(?<!\bbeda )\b(?:mial\w*|przeszedl\w*|przeszla|przeszli) (?:(\w+) )?(?:operacj\w*|zabieg\w*)"
     r"|(?<!\bbedzie )\bbyl\w* operowan\w*"
     r"|\bpo (?:operacji|zabiegu)\b", r"\1 was operated on, recovering"),
    # "złamał rękę, dzisiaj ma zabieg": the break is being set or operated on (treatment of the injury, not an
    # appointment)
    (r"\b(broke his \w+|broken arm|injury)([^.;!?]{0,60}?) (?:ma|bedzie mial\w*|przejdzie) (?:\w+ )?"
     r"(?:zabieg\w*|operacj\w*)", r"\1\2 is having it operated on"),
    (r"\boperacj\w*|\bzabieg\w*", "operation"),
    (r"\bpogotowi\w*|\bsor(?:-?(?:ze|u|em))?\b|\bizb\w* przyjec\b|\bostr\w* dyzur\w*", "a&e"),
    # "zepsuł nam się samochód", "auto mi się zepsuło", "czekamy na lawetę": the car broke down
    (r"\bzepsu\w*(?: (?:nam|mi|mu|jej|im))?(?: sie)?(?: (?:nam|mi|mu|jej|im))? (?:samoch\w*|aut(?:o|a|em)\b)"
     r"|\b(?:samoch\w*|auto)(?: (?:nam|mi|mu|jej|im))?(?: sie)?(?: (?:nam|mi|mu|jej|im))? zepsu\w*|\bawari\w*",
     "car broke down"),
    # "auto nam padło", "padł nam akumulator", "samochód nawalił": the car (or its battery) died
    (r"\b(?:samoch\w*|aut(?:o|ko)|akumulator)(?: (?:nam|mi|mu|jej|im))?(?: sie)?(?: (?:nam|mi|mu|jej|im))?"
     r" (?:padl\w*|nawalil\w*|nie odpal\w*|nie zapal\w*)"
     r"|\b(?:padl\w*|nawalil\w*)(?: (?:nam|mi|mu|jej|im))? (?:samoch\w*|aut(?:o|ko)|akumulator)\b", "car broke down"),
    (r"\b(?:czekamy|czekam|czeka\w*) na (?:lawet\w*|pomoc drogow\w*|holownik\w*)|\blawet\w*|\bpomoc\w* drogow\w*",
     "waiting for the recovery truck"),
    (r"\b(?:stoimy|stoje|stoi|utknel\w*|utknelismy|jestesmy|jestem) (?:w|na) (?:korku|korkach)\b", "stuck in traffic"),
    # "autobus dziś nie przyjechał", "autobusy z naszej wioski w ogóle nie kursują": no bus (the day word kept)
    # (also a bus by its number: "14-tka nie przyjechała", "autobus nr 7")
    (r"(?:\bautobus\w*(?: nr\.? ?\d{1,3})?|\b\d{1,3}-?t?k[ai]\b)(?: szkoln\w*)?"
     r"(?: (?:z|ze|do|od|na) [^\s,.;!?\d]+(?: [^\s,.;!?\d]+)?)?"
     r"((?: (?:dzis|dzisiaj|rano|znowu|w ogole|wcale|juz|dzis rano|dzisiaj rano))*)"
     r" (?:nie (?:przyjechal\w*|dojechal\w*|przyjezdza\w*|jezdzi|jezdza|kursuj\w*|jedzie|jada)|odwolan\w*)\b",
     lambda m: "no bus" + (" today" if "dzis" in m[1] else "")),
    (r"\bnie (?:przyjechal|dojechal|ma|bylo) (?:szkoln\w* )?(?:autobus\w*|school bus)", "no bus"),
    # "mąż ma samochód w warsztacie od piątku", "auto jest u mechanika": the car is off the road (since a past day)
    (rf"\b(?:samoch\w*|aut(?:o|a|ko)\b)(?: (?:jest|stoi|mamy|mam))?(?: (?:nadal|wciaz|jeszcze|od \w+))?"
     rf" (?:w warsztacie|w naprawie|u mechanika)\b(?: (?:od|since) ({_WEEKDAY}|wczoraj|yesterday|friday|monday"
     r"|tuesday|wednesday|thursday))?",
     lambda m: "the car has been in the garage" + (f" since {m[1]}" if m[1] else "")),
    # "mąż wziął auto do pracy": the car is gone for the day (no way to get there)
    (r"\b(?:wzial\w*|zabral\w*|pojechal\w*)(?: (?:nam|mi))? (?:auto|samochod|samochodem|autem)(?: do pracy)?\b",
     "took the car to work"),
    (r"\b(?:uciekl|odjechal)\w* (?:nam |mu |jej )?(?:autobus|pociag)\w*|\bspoznil\w* sie na (?:autobus|pociag)\w*",
     "missed the bus"),
    (r"\bnie mamy (?:samochodu|auta)\b", "no car"),
    # "droga z naszej wsi jest zamknięta", "drogi są nieprzejezdne": the road is closed (snow, flood)
    (r"\bdrog[aiy]\b(?: [^\s,.;!?]+){0,4} (?:jest |sa |zostala |zostaly )?(?:zamknie\w*|nieprzejezdn\w*"
     r"|zasypan\w*|zablokowan\w*|zalan\w*)", "the road is closed"),
    # "samochodem nie wyjedziemy": we can't get out (not a trip)
    (r"\b(?:(?:samochodem|autem) )?nie (?:wyjedziemy|wyjedzie|wyjade|wyjedziemy z domu|damy rady wyjechac"
     r"|mozemy wyjechac)(?: (?:samochodem|autem|z domu))?\b", "we can't get out"),
    (r"\b(?:spadl\w*|napadal\w*|sypnel\w*) (?:(?:bardzo )?duzo |mnostwo )?sniegu\b|\bsniezyc\w*", "heavy snow"),
    # "nie ma jak dotrzeć do szkoły": no way to get there
    (r"\bnie (?:ma|mam|mamy|maja) jak (?:dotrzec|dojechac|dostac sie|dojsc|sie dostac)\b", "no way to get"),
    (r"\bstrajk\w*", "strike"),
    # tired, anxious, a panic attack, no clean uniform
    # "był na urodzinach do późna": was at a party until late (over; tired today, not a family event)
    (r"\b(?:byl|byla|byli|bylismy|bylysmy|bylo)( (?:wczoraj|yesterday))? na(?= (?:urodzin|imienin|weselu|impre"
     r"|przyjeci))", lambda m: "yesterday was at a" if m[1] else "was at a"),
    (r"\bdo (?:pozna|poznej nocy|polnocy)\b", "until late"),
    # "wczoraj późno wrócił z meczu": got back late from a match (a past evening, tired today; not a return)
    (r"\b(?:(wczoraj) )?(?:(?:bardzo )?pozno |w nocy )(?:wrocil\w*|przyjechal\w*)( wczoraj)?"
     r"|\b(?:(wczoraj) )?(?:wrocil\w*|przyjechal\w*)( wczoraj)? (?:(?:bardzo )?pozno|w nocy)\b",
     lambda m: "got back late" + (" yesterday" if m[1] or m[2] or m[3] or m[4] else "")),
    (r"\b(?:zeby|by|aby) (?:odpoczac|odpoczal\w*|wypoczac|sie wyspac|odespac|doszedl do siebie|doszla do siebie)\b",
     "to rest"),
    (r"\b(?:dam|damy|pozwole|pozwolimy) (?:mu|jej|im) (dzis |dzisiaj )?(?:odpoczac|odpoczywac|pospac"
     r"|sie wyspac)(?: w domu)?\b", lambda m: "letting him rest at home" + (" today" if m[1] else "")),
    (r"\bzmeczon\w*|\bwyczerpan\w*|\bwykonczon\w*|\bniewyspan\w*|\bnie wyspal\w*|\bpadniet\w*", "tired"),
    (r"\b(?:atak|napad)\w* paniki\b", "panic attack"),
    (r"\bstan\w* lekow\w*|\bzaburzen\w* lekow\w*|\bniepokoj\w*", "anxiety"), (r"\bdepresj\w*", "depression"),
    (r"\bmundur\w*", "uniform"),
    (r"\bsnieg\w*|\bsniez\w*|\bzasp[ay]\b|\bzaspach\b", "snow"),
    (r"\bkork\w*", "traffic"), (r"\bzaspal\w*", "overslept"), (r"\bwczoraj\b", "yesterday"),
    (r"\bpo (?:obiedzie|przerwie obiadowej|lunchu|lanczu)\b", "after lunch"), (r"\bpo poludniu\b", "afternoon"),
    # "przywiozę go z powrotem przed obiadem": back in school before lunch (the morning out)
    (r"\b(?:przywio|przywiez|przyprowadz|odwio|odwiez|zawio|zawiez)\w*(?: (?:ja|go|je|ich))? z powrotem"
     r"(?: do szkoly| na lekcje)? (?:przed|na) (?:obiad\w*|przerw\w* obiadow\w*|lunch\w*|lancz\w*)\b",
     "will bring him back before lunch"),
    # back in school after the appointment, the verb first or last: "przywioze ja do szkoly od razu po wizycie"
    (r"\b(?:przyjd|przyjda|bedzie|beda|dotrze|dotra|przywio|przywiez|przyprowadz|zawio|zawiez|zaprowadz|wroci|wroca)\w*"
     r"(?: (?:ja|go|je|ich))?(?: z powrotem)?(?: do szkoly| na lekcje)?,?(?: (?:od razu|zaraz|prosto|bezposrednio))?"
     r" (?:pozniej|potem|po (?:wizycie|lekarzu|badani\w*|zabiegu|szczepieni\w*|tym|dentyscie|ortodoncie|okuliscie"
     r"|rozmowie(?: kwalifikacyjnej)?|egzaminie|tescie"
     r"|pobraniu krwi|vaccination|flu jab)|po(?= ?[,.;!?]| ?$| (?:ok|okolo|kolo|o|tak)\b))\b", "will be in after"),
    (r"\bpo (?:wizycie|lekarzu|badani\w*|zabiegu|szczepieni\w*|tym|dentyscie|ortodoncie|okuliscie|pobraniu krwi"
     r"|vaccination|flu jab"
     r"|rozmowie(?: kwalifikacyjnej)?|egzaminie|tescie),?"
     r"(?: (?:ja|go|je|ich))? (?:przyjd|przyjda|przywio|przywiez|przyprowadz|zawio|zawiez|zaprowadz|dotrze|dotra|wroci"
     r"|wroca)\w*(?: (?:ja|go|je|ich))?(?: z powrotem)?(?: do szkoly| na lekcje)?(?: na popoludni\w*)?",
     "will be in after"),
    # "potem przyjdzie do szkoly": then (after the appointment) he comes to school
    (r"\b(?:a )?(?:potem|nastepnie|pozniej|pozniej juz)(?: (?:ja|go|je|ich))? (?:przyjd|przyjda|przywio|przywiez"
     r"|przyprowadz|zawio|zawiez|zaprowadz|odwio|odwiez|dotrze|dotra|wroci|wroca|pojdzie|pojda)\w*"
     r"(?: (?:ja|go|je|ich))?(?: do szkoly| na lekcje)?", "will be in after"),
    (r"\bkolo (?=\d)", "around "), (r"\bu\b", "at"), (r"\bod razu\b", "straight"),
    # flying there: "lecimy do Krakowa na swieta"
    (r"\b(?:lecimy|polecimy|leci|leca|poleci|poleca|wylatujemy|wylecimy|wylatuje|wylatuja|poleciec|leciec"
     r"|wyleciec)\b", "flying"),
    (r"\bna (?:swieta|boze narodzenie)\b", "for christmas"),
    # "chcielibyśmy zabrać Szymona wcześniej na święta": we'd like to take him out early (a request for leave)
    (r"\b(?:chcielibysmy|chcialabym|chcialbym|chcemy|chce|chcielismy)(?: (?:prosic o (?:zgode|pozwolenie) na|prosic"
     r" o))? (?:zabrac|zabranie|wziac|wziecie)( \w+)? (?:wczesniej|przed czasem|na wczesniej)\b",
     lambda m: f"we'd like to take{m[1] or ' her'} out early"),
    # "od dnia wylotu (wyjazdu)": from the day of the flight (each child's own travel day, named before)
    (r"\bod dnia (?:wylotu|odlotu)\b", "from the day of the flight"),
    (r"\bod dnia (?:wyjazdu|podrozy)\b", "from the day they leave"),
    (r"\b(?:wy)?lot (?:mamy|mam|jest)\b|\bmamy (?:wy)?lot\b", "our flight is"), (r"\bwylot\w*", "flight"),
    (r"\bdo polski\b", "to poland"), (r"\bsamolot\w*|\blot (?:do|z)\b", "flight"),
    # someone else to care for: "nie mam jej z kim zostawic", "zostanie z nia w domu"
    (r"\bnie (?:mam|mamy) (?:jej |go |ich )?(?:z kim|komu) (?:jej |go |ich )?(?:zostawic|podrzucic)\b"
     r"|\bnie ma (?:kto|komu) (?:sie )?(?:nia|nim|nimi) zaja\w*",
     "no one to mind her"),
    # "żeby został z Frankiem": someone to stay with the child at home (that child is not in the sentence's plan)
    (r"\b(?:zeby|by|aby) (?:(?:mogl\w*|mial\w*) )?(?:zostal\w*|zostac|posiedzial\w*|posiedziec|byl\w*|byc)"
     r"(?: w domu)? z (?=[a-z])", "to stay with "),
    (r"\b(?:zostanie|zostana|zostaje|zostaja|posiedzi|bedzie)(?: (?:dzis|dzisiaj|jutro))? z (?:nia|nim|nimi"
     r"|siostra|siostrzyczka|bratem|braciszkiem) w domu\b", "staying home to look after her sister"),
    # "młodszy brat Stasia": a pupil's brother or sister, the pupil named in the genitive ("Stasia", "Zosi", "Kuby")
    # (not after "jej", "jego", "moja": "jej brat Kuba" names the brother himself, in the nominative)
    (r"\b(?:(jej|jego|ich|moj|moja|nasz|nasza) )?(?:(mlodsz|starsz|mal)\w* )?(brat|braciszek|siostra|siostrzyczka)"
     r" (?!(?:jest|byl\w*|ma|mial\w*|tez|too"
     r"|cal[aoy]|ktor\w*|chor\w*|chyba|tylko|sama|nasza|moja|jego|jej|ich|rowniez|takze|dzis\w*|nie|bo|oraz)\b)"
     r"([a-z]{2,}[aiy])\b(?<!la)(?: (?:tez|too|rowniez|takze))?( (?:jest|ma|byl|byla)\b)?",
     lambda m: m[0] if m[1] else _sibling_of(m[4], m[2], m[3], m[5])),
    # "młodsza siostra jest chora", "bo brat chory": a brother or sister is ill (not the pupil)
    (r"\b(?:(?:jego|jej|moja|nasza) )?(?:(?:mlodsz|starsz|mal)\w* )?(siostr\w*|siostrzyczk\w*|brat|braciszek)"
     r" (?:tez |too |rowniez |takze )?(?:(?:jest|byl\w*) )?chor\w*"
     r"|\bchor\w* (siostr\w*|siostrzyczk\w*|brat\w*|braciszk\w*)",
     lambda m: f"his {'brother' if (m[1] or m[2]).startswith('bra') else 'sister'} is ill"),
    (r"\b(?:mlodsz\w*|starsz\w*|mal\w*) siostr\w*|\bsiostr\w*", "sister"),
    (r"\b(?:mlodsz\w*|starsz\w*|mal\w*) (?:brat|braciszek)\b|\bbraciszek\b", "brother"),
    (r"\bwieczorem\b|\bwieczor\w*", "evening"), (r"\b(?:albo|lub)\b", "or"),
    # "cala czworka" (all four), "wszystkie dzieci" (all the children)
    (r"\b(?:obie|oboje|obydwoje|obaj|obydwaj|obydwie) (?:(?:moje|nasze) )?(?:dzieci|dzieciaki|corki|synowie)\b",
     "both"),
    (r"\b(?:cala|wszyscy|wszystkie) (?:(?:moje|nasze) )?(?:dzieci|dzieciaki)\b", "all the children"),
    (r"\b(?:cala|calej|wszyscy|wszystkie|wszystkich|wszystkim) (?:trojk[aeiy]|troje|trojga|trzy|trzej|trzech)\b",
     "all three"),
    (r"\b(?:cala|calej|wszyscy|wszystkie|wszystkich|wszystkim) (?:czwork[aeiy]|czworo|czworga|cztery|czterej"
     r"|czterech)\b", "all four"),
    (r"\b(?:cala|calej) piatk[aeiy]\b|\b(?:wszyscy|wszystkie|wszystkich) (?:piecioro|pieciorga|piec|pieciu)\b",
     "all five"), (r"\b(?:cala|calej) dwojk[aeiy]\b", "both"),
    (r"\bkomuni\w*", "religious"), (r"\brekolekcj\w*", "religious"),
    # "muszę dziś odebrać Natalię o 12:30": the parent has to collect the child (an early pick-up)
    (r"\b(?:musze|musimy|bede musial\w*|bedziemy musieli|bedziemy musialy)( dzis| dzisiaj| jutro)?"
     r" (?:(?:go|ja|je|ich) )?(?:odebrac|odbierac)\b",
     lambda m: {" dzis": "today ", " dzisiaj": "today ", " jutro": "tomorrow "}.get(m[1] or "", "")
     + "we have to collect"),
    # "najpierw jedziemy z Oskarem na prześwietlenie": first we take another child (named) for his appointment
    # "jedziemy rano z Wojtkiem do szpitala": the time of day after the verb
    (r"\b(?:(najpierw|wczesniej|rano) )?(?:jedziemy|jade|pojedziemy|pojade|idziemy|ide|pojdziemy|pojde)"
     r"(?: (rano|rankiem|dzis|dzisiaj|zaraz|teraz|z samego rana))? (?:z|ze)"
     r" (?!(?:nim|nia|nimi|mna|nami|mezem|zona|tata|mama|babcia|dziadkiem)\b)([a-z]+(?:em|iem|a|ą))\b(?: (na|do)\b)?",
     lambda m: ("first " if m[1] == "najpierw" else "")
     + {"dzis": "today ", "dzisiaj": "today ", "zaraz": "now ", "teraz": "now "}.get(
         m[2] or "", "in the morning " if m[2] else "") + f"we're taking {m[3]}"
     + {"na": " for", "do": " to"}.get(m[4] or "", "")),
    # "trochę później, bo muszę najpierw zorganizować opiekę dla Kasi": arranging care for another child
    (r"\b(?:musze |musimy )?(?:najpierw |jeszcze )?(?:zorganizowac|znalezc|zalatwic|ogarnac) (?:opieke|opiekunke"
     r"|nianie) (?:dla|do)\b", "we must first arrange care for"),
    # "Franek musi jechać z nami": the child has to come along (where the parent goes, not to school)
    (r"\b(?:musi|musza|bedzie musial\w*|beda musieli|beda musialy) (?:tez |rowniez |takze )?(?:jechac|pojechac|isc"
     r"|pojsc|leciec|poleciec|byc) (?:z nami|ze mna)\b(?: (?:tez|rowniez|takze))?", "has to come with us"),
    # "nie zdążymy wrócić na odbiór", "nie ma kto go odebrać": back too late for home time, no one to collect him
    (r"\bnie (?:zdazymy|zdaze|zdazy|zdazysz|zdazycie) (?:wrocic|dojechac|wrocic na czas)\b", "we won't make it back"),
    (r"\bnie (?:ma|bedzie) (?:kto|komu) (?:go |ja |je |ich )?(?:odebrac|odbierac)(?: (go|ja|je|ich))?\b",
     lambda m: "there's no one to collect " + {"ja": "her", "je": "them", "ich": "them"}.get(m[1] or "", "him")),
    # "Franka odbierze dziadek o 12:00", "odbierze go babcia o 12": someone else collects the child at that time
    # (the relative already in English: "their grandad")
    (r"\b(?:odbierze|odbiora|zabierze|zabiora)(?: (go|ja|je|ich))? (their (?:grandma|grandad|grandparents|mum|dad)"
     r"|my (?:husband|wife|dad|mum)|tata|mama|ciocia|wujek|sasiadk[ai]|sasiad)(?: (go|ja|je|ich))?"
     r"(?: (?:ze szkoly|z lekcji|z zajec))?(?= (?:o|okolo|kolo|ok\.?) \d)",
     lambda m: {"tata": "their dad", "mama": "their mum", "ciocia": "their aunt", "wujek": "their uncle",
                "sasiad": "a neighbour"}.get(m[2], "a neighbour" if m[2].startswith("sasiadk") else m[2])
     + " will collect" + {"go": " him", "ja": " her", "je": " them", "ich": " them"}.get(m[1] or m[3] or "", "")),
    # "tata odbierze Franka o 12:00": the same with the relative first
    (r"\b(their (?:grandma|grandad|grandparents|mum|dad)|my (?:husband|wife|dad|mum)|tata|mama|ciocia|wujek"
     r"|sasiadk[ai]|sasiad) (?:odbierze|odbiora|zabierze|zabiora)\b"
     r"(?=(?: [a-z]+){0,2}(?: (?:ze szkoly|z lekcji|z zajec))? (?:o|okolo|kolo|ok\.?) \d)",
     lambda m: {"tata": "their dad", "mama": "their mum", "ciocia": "their aunt", "wujek": "their uncle",
                "sasiad": "a neighbour"}.get(m[1], "a neighbour" if m[1].startswith("sasiadk") else m[1])
     + " will collect"),
    # "w poniedziałek o 12:00 odbieram Wojtka ze szkoły": the time before the verb (the child then the time)
    (r"\b(o|okolo|kolo|ok\.?) (\d{1,2}(?:[:.]\d\d)?) (zabieram|zabieramy|zabiore|zabierzemy|odbieram|odbieramy|odbiore"
     r"|odbierzemy)((?: (?!(?:go|ja|je|ich|ze|z|na|do)\b)[a-z]+)?(?: (?:go|ja|je|ich))?)"
     r"( (?:ze szkoly|z lekcji|z zajec))?\b",
     lambda m: f"{m[3]}{m[4]}{m[5] or ''} {m[1]} {m[2]}"),
    (r"\bna odbior (?:ze szkoly|z (?:lekcji|zajec|szkoly))\b", "for pick-up from school"),
    (r"\b(?:odbior\w*|odbiore|odbierze\w*|odebrac|odbierac)(?: (go|ja|je|ich))?\b",
     lambda m: "we'll collect " + {"go": "him", "ja": "her", "je": "them", "ich": "them"}.get(m[1] or "", "")),
    # "mąż go przywiezie, jak wróci z Natalią od lekarza": brought in when the parent gets back with the other child
    (r"\b(?:jak|kiedy|gdy|jak tylko|po tym,? jak) (?:(?:juz|tylko) )?(?:wroci|wroca|wrocimy|wroce|wrocisz)"
     r"(?: (z|ze)(?= [a-z]+(?:a|em|iem)\b)| (z|ze|od)\b)?",
     lambda m: "when he gets back" + (" with" if m[1] else " from" if m[2] else "")),
    # "dzisiaj zabieram Igę o 13:00", "zabiorę go ze szkoły o 12:30", "odbieram Julkę o 12:00": the parent collects
    # the child at that time
    # ("zabieram dzisiaj Igę o 11:30": the day between the verb and the child is kept)
    (r"\b(?:zabieram|zabieramy|zabiore|zabierzemy|odbieram|odbieramy)( (?:dzis|dzisiaj|today|jutro|tomorrow))?"
     r"(?: (?!(?:go|ja|je|ich|ze|z|na|do|dzis|dzisiaj|today|jutro|tomorrow)\b)([a-z]+))?(?: (go|ja|je|ich))?"
     r"(?: (?:ze szkoly|z lekcji|z zajec))?(?= (?:o|okolo|kolo|ok\.?) \d)",
     lambda m: "we'll collect " + ({"dzis": "today ", "dzisiaj": "today ", "jutro": "tomorrow "}.get(
         (m[1] or "").strip(), (m[1] or "").strip() + " " if m[1] else "")
     + (m[2] or {"go": "him", "ja": "her", "je": "them", "ich": "them"}.get(m[3] or "", "")))),
    # "do szkoły już nie wróci": she won't be back in school (that day, after leaving)
    (r"\b(?:juz nie (?:wroci|wroca)\b(?: (?:do szkoly|na lekcje))?"
     r"|nie (?:wroci|wroca) juz\b(?: (?:do szkoly|na lekcje))?)", "won't be back"),
    (r"\bo (?=\d)", "at "),
    (r"\bbadani\w* krwi\b|\bpobrani\w* krwi\b", "blood test"), (r"\bbadani\w*", "appointment"),
    (r"\bosp[aey]\b|\bospe\b", "chickenpox"), (r"\b(?:przez )?caly (?:ten )?tydzien\b", "this week"),
    # "ma zatrucie pokarmowe", "zatruł się czymś", "jest zatruta": food poisoning
    (r"\b(?:sie )?zatrul\w*(?: sie)?(?: (?:czyms|jedzeniem|pokarmem|w restauracji))?|\bzatruci\w*(?: pokarmow\w*)?"
     r"|\bzatrut[aeiy]\b", "food poisoning"),
    (r"\bangin\w*", "tonsillitis"), (r"\bantybiotyk\w*", "antibiotics"),
    # (not "nie będzie w piątek w szkole": not in on that day)
    # ("w środę powinna już być": she should be in by then, the sentence ends there)
    (r"(?<!\bnie bedzie )(?<!\bnie beda )(?<!\bnie )"
     r"\bwe? (czwart\w*|piat\w*|poniedzia\w*|wtor\w*|srod\w*),? (?:(?:juz|chyba|raczej"
     r"|pewnie|powinien|powinna|powinni|powinny|moze|bedzie mogl\w*|bedzie (?=(?:juz )?w szkole)|mam nadzieje,? ze) )*"
     r"(?:wroc\w*|wraca\w*|przyjd\w*|przyjsc|pojdzie|pojda|pojsc|isc do szkoly|w szkole|byc w szkole"
     r"|byc(?= ?(?:[.!?;,]|$| z powrotem| na lekcjach)))\b",
     r"back on \1"),
    (r"\b(?:powinien|powinna|powinni|powinny|moze|mozna|bedzie mogl\w*)(?: juz)? (?:przyjsc|pojsc|isc|byc)"
     r"(?: (?:do szkoly|w szkole|na lekcje))?(?= (?:dopiero |only )?we? (?:poniedzia|wtor|srod|czwart|piat))", "back"),
    (r"\bwe? (?=poniedzia|wtor|srod|czwart|piat)", "on "),
    (r"\b(?:dzis|dzisiaj) rano\b", "this morning"), (r"\b(?:dzis|dzisiaj) po poludniu\b", "this afternoon"),
    (r"\bdzisiaj\b|\bdzis\b", "today"), (r"\bjutro rano\b", "tomorrow morning"),
    (r"\bpojutrze\b", "the day after tomorrow"),
    (r"\bjutro\b", "tomorrow"),
    # "raczej nie będzie jej", "chyba nie przyjdzie": probably not in (not "chyba że": unless)
    (r"\b(?:raczej|chyba|pewnie|prawdopodobnie|najprawdopodobniej)\b(?= (?:juz )?nie\b)", "probably"),
    # "już nie dojedzie do szkoły", "nie będzie jej w szkole": he won't be in (the pronoun goes with the verb)
    (r"\b(?:juz )?nie (?:przyjdzie|przyjda|bedzie|beda|pojdzie|pojda|moze przyjsc|dotrze|dotra|dojedzie|dojada"
     r"|dojdzie|dojda)\w*(?: (go|jej|ich))?(?: w szkole| do szkoly| na lekcjach| na lekcje)?",
     lambda m: "they won't be in" if m[1] == "ich" else "won't be in"),
    # "zapomniałam rano napisać": the parent forgot to write earlier (a late message; the morning is when the parent
    # meant to write, not the session missed)
    # ("zapomniałam wczoraj napisać": the same a day late)
    (r"\bzapomnial\w*(?: (?:rano|wczesniej|this morning|wczoraj|yesterday))?(?: (?:was|wam|pani|panu))?"
     r" (?:napisac|dac znac|poinformowac|zglosic|wyslac (?:wiadomosc|smsa?)|zadzwonic|powiadomic)"
     r"(?: (?:was|wam|pani|panu|panstwa|szkole|szkoly))?(?: (?:rano|wczesniej|this morning|wczoraj|yesterday))?",
     "sorry for the late message"),
    # "Maja była wczoraj w domu": she was off that day (a past absence, explained after the event)
    (r"(?<!\bnie )\b(?:byl|byla|bylo|byli|byly)( (?:wczoraj|yesterday|rano|this morning|dzis|dzisiaj|today))?"
     r" w domu\b( (?:wczoraj|yesterday))?",
     lambda m: "was off" + {" wczoraj": " yesterday", " rano": " this morning", " dzis": " today",
                            " dzisiaj": " today"}.get(m[1] or m[2] or "", m[1] or m[2] or "")),
    # "dziś już była w szkole", "był już na lekcjach": she was back in school (that day, so nothing to mark)
    (r"(?<!\bnie )\b(?:(dzis|dzisiaj|today) )?(?:(?:juz|znowu) )?(?<!\bnie )(?:byl|byla|byli|byly)(?: (?:juz|znowu))?"
     r"( (?:dzis|dzisiaj|today))?(?: (?:juz|znowu))? (?:w szkole|na lekcjach|na zajeciach)\b",
     lambda m: "was back in school" + (" today" if m[1] or m[2] else "")),
    # "czuje się już dobrze": she is well again (not "nie czuje się dobrze")
    (r"(?<!\bnie )\b(?:juz )?czuje sie (?:juz )?(?:dobrze|swietnie|bardzo dobrze|ok|okej)\b", "feels fine"),
    # "Igor dzisiaj nie przyszedł do szkoły", "nie było jej wczoraj w szkole", "nie poszła dziś na lekcje": was not
    # in school (a past absence, reported after the register; "nie był chory" is left alone)
    (r"\b(?:(?:go|jej|ich) )?nie (?:przyszedl|przyszla|przyszli|przyszly|przyszlo|poszedl|poszla|poszli|poszly"
     r"|poszlo|dotarl|dotarla|dotarli|dotarly|byl|byla|byli|byly|bylo)(?: (?:go|jej|ich))?"
     r"( (?:dzis|dzisiaj|wczoraj|today|yesterday|rano|this morning))?"
     r" (?:do szkoly|w szkole|na lekcje|na lekcjach|na zajecia|na zajeciach)\b",
     lambda m: "was not" + {" dzis": " today", " dzisiaj": " today", " wczoraj": " yesterday",
                            " rano": " this morning"}.get(m[1] or "", m[1] or "") + " in school"),
    (r"\b(?:bedzie|beda) nieobecn\w*", "will be absent"),
    # "ma jeszcze w środę jasełka": still has something on that day (in school for it)
    (r"\bma jeszcze\b", "still has"),
    # "zostanie z tatą": staying with a parent or grandparent (a carer, not a sibling to look after)
    (r"\b(?:zostanie|zostana|zostaje|zostaja) (?:z|u) (?:tata|taty|mama|mamy|babcia|babci|dziadkiem|dziadka"
     r"|dziadkami|dziadkow)\b(?! w domu)", "will stay with family"),
    (r"\bnieobecn\w*", "absent"), (r"\bjak (?:zwykle|zawsze|codziennie)\b", "as usual"),
    (r"\b(?:przyjdzie|przyjda|bedzie|beda|pojdzie|pojda|idzie|ida|chodzi|chodza)(?: (?:dzis|dzisiaj|jutro))?"
     r"(?: w szkole| do szkoly| na lekcje)? (?:normalnie|jak zwykle|jak zawsze)\b", "will be in as normal"),
    # "Jutro normalnie 🙂": in as usual tomorrow (nothing else said)
    (r"\b(tomorrow|jutro) (?:juz |znowu |juz znowu )?normalnie\b(?! *[a-z])", "tomorrow will be in as normal"),
    # "zostanie ze mną w domu": staying home (with whoever the parent or carer is)
    (r"\b(?:zosta|posiedz)\w*(?: (today|tomorrow|tomorrow morning|this morning))?(?: (?:ze mna|z nami|u mnie|u nas))?"
     r" w domu\b",
     r"staying home \1"),
    # "Kubę przyprowadzę normalnie": that child is brought in as usual
    (r"\b(?:(?:go|ja|je|ich) )?(?:przyprowadz|przywioz|przywiez|zaprowadz|odprowadz|zawioz|zawiez)\w*(?: (?:go|ja|je"
     r"|ich))?(?: do szkoly)? (?:normalnie|jak zwykle|jak zawsze)\b", "will bring in as normal"),
    # "już jej nie przywiozę": the parent won't bring her in (that day)
    (r"\b(?:juz )?(?:(?:go|jej|ich) )?(?:juz )?nie (?:przywioze|przywieziemy|przyprowadze|przyprowadzimy|zawioze"
     r"|zawieziemy|zaprowadze|zaprowadzimy|dowioze|odwioze)(?: (?:go|jej|ich))?(?: juz)?(?: do szkoly)?\b",
     "won't be in"),
    # "mąż go przywiezie": someone brings him in (later that day)
    (r"\b(?:(?:go|ja|je|ich) )?(?:przywiezie|przyprowadzi|zawiezie|zaprowadzi|podrzuci|odwiezie|przywioze"
     r"|przyprowadze|zawioze|zaprowadze|podrzuce|odwioze)(?: (?:go|ja|je|ich))?(?: do szkoly)?\b(?! po\b)",
     "will bring him in"),
    # "jutro juz przyjdzie": tomorrow he will be in (the day he is back)
    (r"(?<!\bnie )\b(?:juz |normalnie )?(?:przyjdzie|przyjda|pojdzie|pojda)\b(?: do szkoly| na lekcje)?(?! po\b)",
     "will be in"),
    # "Bartek zaspał", "zaspaliśmy": overslept (late if he comes in, a day off if not)
    (r"\bzaspal\w*|\bzaspan\w*", "overslept"),
    (r"\bspozni\w*|\bspoznie\w*|\bspozn\w*", "running late"), (r"\bokolo\b|\bok\.|\bok\b(?= ?\d)", "around"),
    (r"\bo godzinie\b|\bo godz\.?", "at"),
    (r"\bgoraczk\w*", "fever"), (r"\bzapaleni\w*|\binfekcj\w*", "infection"), (r"\bchor\w*|\bzle sie czuje", "ill"),
    (r"\bprzezi\w*|\bkatar\b|\bkataru\b|\bkatarem\b", "cold"),
    # "całą noc wymiotował": he was vomiting all night (the past tense, the night before or after)
    (r"\b(?:(cala noc|przez cala noc|w nocy|przez noc) )?wymiotowal\w*(?: (cala noc|przez cala noc|w nocy|przez noc))?",
     lambda m: "was vomiting" + ("" if not (m[1] or m[2]) else " overnight" if "w nocy" in (m[1] or m[2])
                                 else " all night")),
    (r"\bwymiot\w*|\bbiegunk\w*", "vomiting"), (r"\bkaszl\w*|\bkaszel\b", "cough"), (r"\bgryp\w*", "flu"),
    (r"\bbol\w* (?:brzucha|glowy|gardla|ucha)", "tummy ache"),
    # "o 12:00 do lekarza", "do dentysty": to the doctor's, to the dentist's
    (r"\bdo (?:lekarz\w*|pediatr\w*)", "to the doctor"),
    (r"\bdo (?:dentyst\w*|stomatolog\w*|ortodont\w*)", "to the dentist"),
    (r"\bdentyst\w*|\bstomatolog\w*", "dentist"), (r"\bwizyt\w*", "appointment"), (r"\blekarz\w*", "doctor"),
    # "teść jest w bardzo ciężkim stanie", "jest w stanie krytycznym": a relative critically ill
    # (only with "jest": a bare "w ciężkim stanie" after "trafiła do szpitala" is left to the hospital words)
    (r"\b(?:jest|sa|byl\w*|znajduje sie) w (?:(?:bardzo |skrajnie |naprawde )?(?:ciezkim|krytycznym) stanie"
     r"|stanie (?:krytycznym|ciezkim))\b", "is critically ill"),
    (r"\bokulist\w*|\boptyk\w*", "optician"), (r"\blogoped\w*|\bneurologoped\w*", "speech therapy"),
    (r"\bszpital\w*", "hospital"), (r"\brozmow\w* kwalifikacyjn\w*", "interview"),
    # "ma egzamin wstępny do liceum", "test kwalifikacyjny": an entrance exam at another school
    (r"\begzamin\w* (?:wstepn|kwalifikacyjn|rekrutacyjn)\w*|\b(?:wstepn|kwalifikacyjn|rekrutacyjn)\w* egzamin\w*"
     r"|\b(?:test|sprawdzian)\w* (?:wstepn|kwalifikacyjn|rekrutacyjn)\w*", "entrance exam"),
    # "w związku ze śmiercią teścia": because of a death in the family
    (r"\b(?:w zwiazku ze|z powodu|po) (?:nagl\w* )?smierci(?:a|ą)?\b|\bsmierc\w*", "due to the death of"),
    # "rozdanie dyplomów na uniwersytecie", "absolutorium siostry": a graduation (a family event)
    (r"\b(?:rozdani\w*|wreczeni\w*|odbior\w*) dyplom\w*|\babsolutori\w*|\bdyplomatori\w*|\bgraduacj\w*"
     r"|\bzakonczeni\w* studiow\b", "graduation"),
    (r"\bpogrzeb\w*", "funeral"), (r"\bzmarl\w*", "passed away"), (r"\bslub\w*|\bwesel\w*", "wedding"),
    (r"\bchrzci\w*|\bchrzest\b", "christening"), (r"\burodzin\w*", "birthday"),
    # "jedziemy do Polski na święta": going to the family's country (a trip)
    (r"\b(?:jedziemy|lecimy|pojedziemy|polecimy|wyjezdzamy|wracamy) do (polski|kraju|ojczyzny)\b",
     lambda m: "we are going to poland" if m[1] == "polski" else "we are going abroad"),
    # "wyjeżdżamy na pogrzeb": travelling to a funeral (not a holiday)
    (r"\b(?:wyjezdza\w*|wyjedzie\w*|wyjezdzamy|wyjedziemy|jedziemy|pojedziemy|lecimy|polecimy|flying)"
     r"((?: [^\s,.;!?]+){0,2}) na (funeral|wedding|christening)\b", r"travelling\1 to the \2"),
    (r"\bwakacj\w*|\bwyjezdza\w*|\bwyjedzie\w*|\bwyjezdzamy\b|\bwyjazd\w*|\burlop\w*|\bwyjedziemy\b", "holiday"),
    (r"\bautobus\w*", "bus"),
    (r"\bkosciol\w*|\bkosciele\b", "church"), (r"\bmsz[ay]\b|\bmsze\b", "mass"),
    (r"\bswiet\w* religijn\w*", "religious"),
    # "uroczystość Niepokalanego Poczęcia", "święto nakazane": a holy day of obligation
    (r"\b(?:uroczystos\w* |swiet\w* )?niepokalan\w* poczeci\w*(?: (?:nmp|najswietszej maryi panny))?",
     "the feast of the immaculate conception"),
    (r"\bswiet\w* nakazan\w*", "a holy day of obligation"),
    (r"\bprzyjdzie do szkoly po (?:wizycie|\w+)|\bprzyjdzie po wizycie\b", "will be in after the appointment"),
    # "od poniedziałku do środy", "od dzisiaj do piątku", "od jutra do środy": a span, both ends included
    (r"\bod (today|tomorrow|poniedzia\w*|wtor\w*|srod\w*|czwart\w*|piat\w*) do (poniedzia\w*|wtor\w*|srod\w*"
     r"|czwart\w*|piat\w*)", r"from \1 to \2"),
    (r"\bod (\d{1,2}) do (\d{1,2})\b", r"from \1 to \2"),
    (rf"\bod ((?:{_WEEKDAY} )?\d{{1,2}} [a-z]+(?: \d{{4}})?) do (?=(?:{_WEEKDAY} )?\d)", r"from \1 to "),
    (r"\bod\b", "from"), (r"\bdo\b(?= \d)", "until"),
    (r"\bdo (?=poniedzia|wtor|srod|czwart|piat)", "until "), (r"\bdo szkoly\b", "to school"),
    (r"\bw szkole\b", "in school"),
    (r"\bwlacznie\b", "inclusive"), (r"\bwroc\w*|\bwraca\w*|\bwroci\w*", "back"),
    (r"\b(?:do konca|reszt\w*|przez reszte) (?:tego )?tygodnia\b", "the rest of the week"),
    (r"\bw przyszlym tygodniu\b|\bprzyszly tydzien\b", "next week"),
    (r"\bprzez (\d+) dni\b", r"for \1 days"),
    # "musi zostac w domu 3 dni": a span, not "3 dni temu" (ago) or "za 3 dni" (in three days' time)
    (r"(?<!\bza )(?<!\bco )(?<!\bod )\b(\d{1,2}|dwa|trzy|cztery|piec) dni\b(?! temu)",
     lambda m: f"for {_NUMBERS.get(m[1], m[1])} days"), (r"\bprzez dwa dni\b", "for 2 days"),
    (r"\bprzez trzy dni\b", "for 3 days"), (r"\bprzez cztery dni\b", "for 4 days"),
    (r"\bprzez piec dni\b", "for 5 days"),
    (r"\bprzez tydzien\b", "for a week"),
    (r"\bponiedzia\w*", "monday"), (r"\bwtor\w*", "tuesday"), (r"\bsrod\w*", "wednesday"), (r"\bczwart\w*", "thursday"),
    (r"\bpiat\w*", "friday"), (r"\b(monday|tuesday|wednesday|thursday|friday) rano\b", r"\1 morning"),
    # "ma w środę jasełka": the day before the school event in Polish order; the event first, then its day
    (r"\b(on (?:monday|tuesday|wednesday|thursday|friday)) (the nativity play|the christmas concert)\b", r"\2 \1"),
) + tuple((rf"\b(\d{{1,2}}) {stem}\w*", rf"\1 {eng}") for stem, eng in _MONTHS) + (
    (r"\b(?:moj )?syn\w*\b", "my son"), (r"\b(?:moja )?cork\w*", "my daughter"), (r"\bdzieci\b", "the children"),
    (r"\bdzieciak(?:i|ow|ami|om)\b", "the kids"),
    (r"\boboje\b|\bobaj\b|\bobie\b|\bobydwoje\b", "both"), (r"\bi\b", "and"),
    # "a Emil też musi zostać": the conjunction "a" (and, while) opening a clause
    (r"(?:^|(?<=[,;] ))a (?=[a-z])", "and "), (r"\bdwa\b", "two"),
    (r"\btrzy\b", "three"),
    # "nie będzie dzisiaj ani jutro": neither today nor tomorrow
    (r"\bani\b", "or"),
    # greetings, courtesies and sign-offs (so that they are not taken for a cause the lexicon does not know)
    (r"\bdzien dobry\b", "good morning"), (r"\bdobry (?:wieczor|evening)\b", "good evening"),
    (r"\bszanown\w* (?:pani|panie|panstwo)\b", "dear madam"), (r"\bpani\b", "mrs"),
    (r"\b(?:chcial\w*|chce) (?:tylko )?(?:dac znac|poinformowac|zawiadomic)(?: pania| panstwa)?,? (?:ze|iz)\b",
     "just to let you know that"),
    (r"\bw razie (?:pytan|czego|potrzeby|watpliwosci)(?:,? prosze (?:dzwonic|o kontakt|pisac|zadzwonic))?\b",
     "any questions please call"),
    (r"\bprosze (?:dzwonic|o kontakt|zadzwonic)\b", "please call"),
    (r"\bmilego dnia\b|\bmilego weekendu\b", "have a nice day"),
    (r"\b(?:serdecznie |z )?pozdrawia(?:m|my)(?: serdecznie)?\b|\bpozdrowienia\b|\bz powazaniem\b",
     "kind regards"),
    (r"\bdziekuj(?:e|emy)(?: bardzo)?\b", "thank you"),
    (r"\b(?:bardzo )?przeprasza(?:m|my)(?: bardzo)?\b", "apologies"),
    # connectors and limiters: "Lena tylko dzisiaj, ale Filip do końca tygodnia": each child's clause apart
    (r"\b(?:tylko|jedynie|wylacznie)\b", "only"), (r",? \b(?:ale|lecz)\b", ", but"),
    (r"\b(?:natomiast|podczas gdy)\b", "while"),
    (r"\b(?:lekarz|doctor) (?:powiedzial\w*|stwierdzil\w*|zalecil\w*|kazal\w*),? (?:ze|zeby|aby|by)\b",
     "the doctor said that"),
)
