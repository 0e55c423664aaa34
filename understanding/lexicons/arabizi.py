"""Arabic in Latin letters ("Arabizi": digits for the letters Latin lacks, 3 = ع, 7 = ح, 5 = خ, 2 = ء/ق, 8 = غ).

Levantine, Egyptian, Gulf and Maghrebi spellings, with the digit letters and with their letter spellings
("3ando"/"aando", "7arara"/"harara", "5amis"/"khamis"). Language detection splits words at digits, so the
markers are whole digit-free words and the letter runs digit spellings leave ("3ando" is counted as "ando").
"""

from __future__ import annotations

import re

MARKERS = frozenset([
    # greetings and sign-offs
    "salam", "salaam", "slm", "alaykum", "alaikum", "3alaykum", "marhaba", "mar7aba", "sabah", "kheir", "khair",
    "kher", "eir", "shukran", "shokran", "shukra", "yislamo", "yeslamo", "inshallah", "insha", "nshallah",
    "mashallah", "hamdella", "hamdellah", "hamdulillah",
    # days and times
    "bukra", "bokra", "bukrah", "bokrah", "bkra", "boukra", "baacher", "bacher", "ghedda", "elyom", "elyoum", "alyoum",
    "lyom", "lyoum", "yom", "youm", "yoom", "naharda", "ennaharda", "mbare", "embare", "mbere", "imbare", "yomein",
    "itnein", "etnein", "ithnein", "tanein", "tlata", "talata", "arb", "amis", "khamis", "khamees", "jom", "jum",
    "sabt", "esbo", "esbou", "usbu", "isbu", "osbo", "jeye", "jaye", "jayi", "sob", "dohr", "zohr",
    # pupils and people
    "ibni", "ebni", "binti", "benti", "bnayti", "wlidi", "wladi", "awladi", "wlad", "awlad", "welad", "kollon",
    "kellon", "kilon", "tnein", "tneinaton", "ouha", "ouh",
    # absence, lateness, arrival
    "mish", "msh", "mesh", "mush", "ra", "yiji", "yeji", "tiji", "teje", "tije", "yeju", "yiju", "yijo", "yrou",
    "trou", "yroo", "hayegi", "hayigi", "hatigi", "madrase", "madrasa", "madraseh", "bel", "bil", "bet", "beit",
    "bait", "yib", "yb", "tib", "yidall", "tdall", "lazem", "lazim", "ghayeb", "ghayba", "tghib", "yghib",
    "mit", "akhar", "akhrin", "rin", "nousal", "bnousal", "mnousal", "btousal", "byousal", "bikoun", "bkoun",
    "andkon", "halla", "shway", "shwayy", "shwaya", "shwayye", "kteer", "ktir", "ktiir", "aj", "abel",
    "hayewsal", "hayowsal", "yousal", "yowsal", "yusal", "tousal", "towsal", "tusal",
    "awaly", "awali", "asfin", "asfeen", "asfa", "arabeya", "arabiyya", "arabeyya", "atlet",
    "wselna", "wsilna",
    # illness, medical, reasons
    "ando", "andha", "andon", "andi", "endo", "indo", "arara", "harara", "rash", "sokhne", "sukhne", "oune",
    "ouneh", "banin", "bane", "tabaan", "mareed", "mared", "wja", "waja", "batn", "batno", "raso",
    "stafre", "yestafre", "ishal", "eshal", "mni", "maw", "mawed", "daktor", "doktor", "mostashfa",
    "mustashfa", "aza", "ziye", "ers", "msafrin", "msafreen", "ziyara", "zyara",
    # Moroccan: "sbah lkhir" (good morning), "tomobil" (the car), "f triq" (on the way), "ghadi nwssel" (I'll bring),
    # "taqriban" (about), "smhili" (sorry)
    "lkhir", "sbah", "tomobil", "tonobil", "tomobila", "triq", "tfat", "ghadi", "nwssel", "nwsel", "nwssl", "nwsslo",
    "taqriban", "ta9riban", "smhili", "smhiliya", "smhli", "smhlia",
    # particles
    "el", "ma", "ba", "ashan", "shan", "la2anno", "anno", "enno", "kamen", "kaman", "ana", "e7na",
    "ehna", "hayda", "hek", "lamma", "7atta", "bas", "wala", "kil", "kel",
])

# -- spelling helpers -------------------------------------------------------------------------------------------------
_EL = r"(?:(?:el|al|il|l|e)[- ]?)"  # the article, spelt apart or joined: "el yom", "lyom", "el-yom"
_TO = r"(?:3al|3a|3l|a3al|lal|lil|3ala|3ala el|3la|3el|3il|ll|l)"
_SCHOOL_WORD = (r"(?:madras(?:e|a|eh|ah|i)|madrasse|madrasseh|mdrase|mdrse|mdrsa|madrse|mdraseh|lmadrasa|lmdrasa"
                r"|lmdrassa|lmadrassa|mekteb|school|skool|el school|dawam|dawaam|el dawam)")
_SCHOOL = rf"(?:(?:{_TO}|{_EL}|bel|bil|fel|fil|b|f|3al|3a)[- ]?)?{_SCHOOL_WORD}"
_NOT = r"(?:mish|msh|mesh|mush|mosh|mub|mob|mo|mu|ma|mano|mahu|mahi|mahoush|mahich|mich)"
_WILL = r"(?:ra7|rah|raah|ra2|7a|ha|raye7|rayi7|rayeh|raye|ra7a|bi|b|ghadi|ghadich|ghadi ?ch)"
_COME = (r"(?:y|t|n)?(?:i|e|ii|ee)?(?:ji|je|jo|ju|jou|jee|ju|gi|ge|gu|gou|yi|yee)(?:u|o|ou|w)?"
         r"|(?:y|t|n)(?:e|i)?(?:rou7|rou7o|rou7ou|rouh|ro7|ru7|ruh|rooh|roo7|rou7i|rou7e)"
         r"|(?:y|t|n)(?:e|i)?(?:dawem|dawim|daawem|dawmo|dawmou|dawmu)"
         r"|(?:y|t|n)(?:e|i|a)?(?:7dar|hdar|7deri|7dar)(?:o|ou|u)?|(?:y|t|n)ji")
_EGY_COME = (r"(?:ha|7a|he|hat|7at|hay|7ay|han|7an)(?:y|t|n)?(?:e|i|ee|ii)?"
             r"(?:(?:gi|ge|gy|ji)(?:u|o)?|(?:g|j)(?:u|o|ou))"
             r"|(?:ha|7a|hay|7ay|hat|7at|han|7an)(?:e|i)?(?:rou7|roo7|ru7|rooh|rouh)(?:o|u|ou)?")
_HOME = (r"(?:(?:bel|bil|bl|b|fel|fil|fl|f|fi|bi|fe|be)[- ]?(?:el[- ]?)?|3al |3a |bi el |fi el )"
         r"(?:bet|beit|bait|beet|bayt|bit|dar|darna|beitna|betna|bitna|bayt|el bet|lbit|dar)\b")
_STAY = (r"(?:(?:lazem|lazim|lezem|lazm|lazmi|lazme|baddo|biddo|bedo|badda|bedda|bidda)\s+)?"
         r"(?:(?:ra7|rah|ha|7a|ghadi|ghadya)\s+)?(?:b|by|bt|bn|bi)?(?:y|t|n)?(?:i|e|o)?"
         r"(?:b2a|b2o|b2ou|b2e|ba2a|b2i|b2u|bqa|bka|ba2|dall|dal|dallo|dallu|dalli|o23od|2o3od|23od|2od|o2od|2o3d"
         r"|q3od|g3od|o23ad|ib2a|ob2a|ib2o|ob2o|ostor|ostr|2a3do|2a3du|2a3dou|2a3di|2a3d|23do|23du|23di|2o3do|2o3du"
         r"|2o3di|rtaa7|rtaah|rta7|rtaa7|starya7|starye7)")
_SON = r"(?:ibni|ebni|ibne|ibny|ebne|abni|wlidi|weldi|wledi|ibn(?=\s)|ebnak)"
_DAUGHTER = r"(?:binti|benti|bente|binte|bnti|bnayti|bnti|bentii|binty|benty|bintak)"
_KIDS = (r"(?:(?:el|al|l)[- ]?(?:wlad|awlad|ulad|wled|welad|awlaad|ewlad|3yal|3iyal|3yaal|atfal|atfaal|drari|sghar"
         r"|sghaar)|wladi|awladi|wlade|welade|3yali|3iyali|atfali|drariya|wladna|awladna|3yalna|wlediya)")
_BOTH = r"(?:(?:el|al|l)[- ]?(?:tnein|tnen|tnin|tneen|thnein|thnen|etneen|ithnen)|tneinaton|tnenaton|tnaynaton" \
        r"|tnenhon|tneinon|tneinhon|etneenhom|itneenhom|thnenhom|tnenhom|tnayhon|tnaynon|tnenon|el etnein dol)"
_ALL = (r"(?:kollon|kellon|kilon|killon|kullon|kolon|kellun|kollun|kollohom|kolhom|kulhom|kullhum|kolohom|kellhon"
        r"|kilhon|jami3on|jamee3on|jami3hom|kellhom)")

_MINUTE_WORD = (r"(?:d2aye2|da2aye2|d2ayi2|da2ayi2|da2ayeq|dakayek|da2aye|d2ay2|d2ayeq|dqayq|dqayeq|daqa2iq|daqayeq"
                r"|daqaye2|da2i2a|d2i2a|da2ee2a|de2ee2a|d2ee2a|da2ii2a|dqiqa|daqiqa|dakika|dikika|d2i2ah|dakaye2"
                r"|minutes?|mins?|min)")
_HOUR_WORDS = {"wa7de": 1, "wahde": 1, "wa7da": 1, "wahda": 1, "tintein": 2, "tenten": 2, "tinten": 2, "tlete": 3,
               "tlate": 3, "tlata": 3, "arb3a": 4, "arba3a": 4, "arbaa": 4, "5amse": 5, "khamse": 5, "5amsa": 5,
               "khamsa": 5, "sitte": 6, "sette": 6, "sab3a": 7, "saba3a": 7, "tmene": 8, "tamanya": 8, "tamanye": 8,
               "tmenye": 8, "tis3a": 9, "tes3a": 9, "tisa3a": 9, "tisaa": 9, "3ashra": 10, "3ashara": 10, "ashra": 10,
               "7da3sh": 11, "hda3sh": 11, "7dash": 11, "7edashar": 11, "tna3sh": 12, "tnash": 12, "itna3sh": 12,
               "etnashar": 12}
_HOUR_WORD = "|".join(sorted(_HOUR_WORDS, key=len, reverse=True))
_FRACTION = {"nos": 30, "nus": 30, "noss": 30, "nuss": 30, "nass": 30, "nes": 30, "rob3": 15, "rub3": 15,
             "robe3": 15, "rebe3": 15, "rob": 15, "telt": 20, "tilt": 20, "tult": 20, "tolt": 20}
_FRAC = "|".join(sorted(_FRACTION, key=len, reverse=True))
# buying and shopping: "nishtri", "neshteri", "bnishtri" (we buy), "nitsawwa2" (we go shopping)
_BUY = (r"(?:(?:ra7|rah|7a|ha)\s+)?(?:bn|mn|bt|by|b|n|t|y|a|2a|2|e|i)?(?:i|e)?sht(?:i|e)?r(?:i|y|ee|e|a)"
        r"(?:lo|la|lha|lhon|lon|lna|lu|lou)?")
_SHOP = (r"(?:(?:ra7|rah|7a|ha)\s+)?(?:bn|mn|b|n|t|y|2a|a)?(?:i|e)?(?:tsawwa2|tsawa2|tsawwaq|tsawaq|tsawo2|tsawwo2"
         r"|tasawwo2|tasawu2|tasawwuq)|shopping")
_CLOTHES = r"tyab|tiyab|thiyab|thyab|tiab|awa3i|awa3e|ewe3i|malabis|malabes|hdoum|hdum|7doum|7dum|lebs|libs"
_SAA = r"(?:sa3a|sa3ah|se3a|sa'a|saa3a|saa|sa3|s3a|saa3|sa3at)"


def _clock(m: re.Match[str]) -> str:
    """ "el sa3a 9 w nos" is 9:30, "10 illa rob3" is 9:45, "tis3a" is 9:00."""
    hour_word, minutes_text = m["h"], m["mm"]
    hour = int(hour_word) if hour_word.isdigit() else _HOUR_WORDS[hour_word]
    minutes = int(minutes_text) if minutes_text else 0
    if m["plus"]:
        minutes += _FRACTION[m["plus"]]
    if m["minus"]:
        hour, minutes = (hour - 2) % 12 + 1, 60 - _FRACTION[m["minus"]]
    return f"{hour}:{minutes:02d}"


_TIME = (rf"(?P<h>\d{{1,2}}|{_HOUR_WORD})(?:[:.](?P<mm>\d\d))?(?!\d)(?:\s*(?:w|wa|u|o|we)\s*(?P<plus>{_FRAC})\b)?"
         rf"(?:\s*(?:illa|ella|ila|ela|8eir|gheir)\s*(?P<minus>{_FRAC})\b)?")

_DAY_NAMES = (
    ("monday", r"(?:itnein|etnein|ithnein|ethnein|itnen|etnen|ithnen|ethnen|ithnayn|ithnain|itnain|etnin|itnin"
               r"|tanein|tanen|tenein|etnayn|2etnein|2itnein|ithneen|etneen|itneen)"),
    ("tuesday", r"(?:tlata|tleta|talata|tlatha|thalatha|thulatha|tlaata|thalathaa|tholatha|tala?ta)"),
    ("wednesday", r"(?:arb3a|arba3a|arbaa|arba3|erbe3a|irbi3a|arbe3a|arb3aa|arba'a|arbi3a|arbe3aa|arbi3aa|arbe3"
                  r"|arb3)"),
    ("thursday", r"(?:5amis|khamis|5amees|khamees|5ames|khames|khmis|5mis|5amiss|5amees|kamis|xamis)"),
    ("friday", r"(?:jom3a|jum3a|jom3ah|jum3ah|gom3a|gum3a|goma3|juma3|jumaa|jomaa|jumu3a|jom3e|jema3|jemaa|jim3a"
               r"|jem3a)"),
    ("saturday", r"(?:sabt|sabet|sebt)"),
    ("sunday", r"(?:a7ad|ahad|2a7ad)"),
)
_DAY_OF = {name: pattern for name, pattern in _DAY_NAMES}
_ANY_DAY = "|".join(p for _, p in _DAY_NAMES)


def _pronoun(suffix: str) -> str:
    """The object suffix of a verb: "a5do" him, "a5edha" her, "a5edhon" them."""
    her = {"ha", "aha", "a", "ah"}
    return "her" if suffix in her else "them" if suffix.endswith(("n", "m")) else "him"


def _possessive(suffix: str | None) -> str:
    """ "a5ouha" her brother, "a5ou" his, "a5oya" my, "a5ouna" our, "a5ouhon" their."""
    if suffix in ("i", "ya", "y"):
        return "my"
    if suffix == "na":
        return "our"
    if suffix in ("on", "hon", "hom"):
        return "their"
    return "his" if suffix in ("o", "u", "ou", "h") else "her"


def _clock_fraction(m: re.Match[str]) -> str:
    hour, minutes = int(m["h"]), int(m["mm"] or 0)
    if m["plus"]:
        return f"{hour}:{minutes + _FRACTION[m['plus']]:02d}"
    return f"{(hour - 2) % 12 + 1}:{60 - _FRACTION[m['minus2']]:02d}"


# a day named in the English already written: "hal nhar" after it is that day
_NAMED_DAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow"
                        r"|\d{1,2}(?:st|nd|rd|th)? (?:january|february|march|april|may|june|july|august|september"
                        r"|october|november|december))\b")


def _day_name(word: str) -> str:
    for name, pattern in _DAY_NAMES:
        if re.fullmatch(pattern, word):
            return name
    return word


# a parent or grandparent taken to hospital: who it was
_RELATIVES = {"my husband": "jozi|jawzi|zawji|gozi|abouhon|abuhon|abouhom|babahom|baba|abu el wlad|abou el wlad"
                            "|abu l wlad|abul wlad|abu el welad|abou l wlad|abu el awlad|abu 3yali|abou 3yali",
              "my wife": "marti|mrati|zawjti|zawjati|mama|mamton|emmon|ummon|ummhom|ommhom|mamithom|om el wlad"
                         "|omm el wlad|umm el wlad|em el wlad|emm el wlad|om el welad",
              "my mother": "emmi|ommi|immi|ummi|mamti", "my father": "abi|abouy|abuy|bayi",
              "grandma": "teta|tete|sitti|sitto|jadde|jaddti", "grandad": "jiddo|jeddo|jaddo|sido|seedo"
              "|jaddi|jiddon|jeddon|jaddon|jiddhon|jaddhon",
              # "3ammohom", "khalhom" (their uncle), "3ammi" (my uncle), "3amtohom", "khaltohom" (their aunt)
              "their uncle": "3ammohom|3ammohum|3ammhom|3amhom|3ammon|3ammhon|khalohom|khalohum|khalhom|khalon"
                             "|khalhon|3ammi|3ammo|khalo",
              "their aunt": "3amtohom|3amethom|3ammethom|3amton|3amthon|khaltohom|khalethom|khaton|khalton"
                            "|khalthon|3ammti|3amti|khalti|3amto|khalto"}
_RELATIVE_OF = {word: who for who, words in _RELATIVES.items() for word in words.split("|")}
_RELATIVE = "|".join(sorted(_RELATIVE_OF, key=len, reverse=True))


def _nobody_to_take(m: re.Match[str]) -> str:
    """ "ma fi 7ada ywassela" (there's no one to take her), "-o" him, "-hon" them."""
    if m["kids"]:  # "ma fi 7ada yjib el wlad": no one to take the children
        return "there is no one to take the children"
    return f"there is no one to take {_pronoun(m['who'] or 'o')}"


# a day word after "yom"/"nhar" or a preposition is the day even when it doubles as a number ("tlata" = three)
_DAY_CONTEXT = (r"(?:yom|youm|yoom|yawm|nhar|nhaar|l7ad|la7ad|le7ad|lahad|l7add|7atta|hatta|lighayet|la ghayet|men|mn"
                r"|min|ba3d|ba3ed|b3d|ba3d|abel|2abel|2abl|abl|gabl|qabl|kabl|3al|3a|la|l|w|wa|u|aw|ya3ni|hal|ila|ela"
                r"|fi|bi|from|on|until|till|and|or|by|back|monday|tuesday|wednesday|thursday|friday)")

CANON: tuple[tuple[str, object], ...] = (
    # "ta3bane ktir w nayme" (very tired and asleep): worn out, not ill
    (r"\b(?:ta3bane?|ta3bana|ta3ban|t3bane)(?: (?:ktir|kteer|awi|2awi|jiddan))? (?:w|wa|u) (?:nayme|nayma|nayem|nayim"
     r"|nimet|nemet)\b", "very tired and asleep"),
    # -- greetings and sign-offs (kept apart from "sabah" = morning, "yom" = day) ----------------------------------
    (r"\b(?:sabah|saba7|sba7|sbah|sabaah|saba|sabahu)[- ]?(?:el|al|il|l)?[- ]?(?:5(?:e|a)?(?:i|e|a)?r"
     r"|kh(?:e|a)?(?:i|e|a)?r"
     r"|5eer|kheer|5ir|khir|noor|nour|nur|ful|fol|ward)\b(?: (?:miss|sir|mrs|ms|ostaz|ostaza|ustaz|ustaza|ya miss))?",
     "good morning"),
    (r"\b(?:masa|masa2|misa|masaa|mesa|masa')[- ]?(?:el|al|il|l)?[- ]?(?:5eir|kheir|khair|5air|kheer|5eer|5er|kher"
     r"|5ir|khir|noor|nour)\b",
     "good evening"),
    (r"\b(?:(?:el|al|as|es)[- ]?)?(?:salamu|salamo|salam|salaam|slm|salamou|sallam)(?:[- ]?(?:3(?:a|e)?laykum|3alaikum"
     r"|alaykum|alaikum|aleikum|3aleikum|3alaykom|3alekum|3alaikom|alaikom|3leikum|3lykm|3likom|3laykom))?\b", "hello"),
    # "hala" (hi) only on its own or in "hala wallah": "Hala ma ra7 tiji" names the girl Hala
    (r"\b(?:mar7aba|marhaba|mar7abtein|marhabtain|mar7aba|ahlan|ahla|ahleen|ahlein|hala wallah)\b"
     r"|\bhala\b(?=\s*(?:[,.!]|$))", "hello"),
    (r"\b(?:shukran|shokran|shukra|shokrun|shukrun|mashkoor|mashkoora|mashkoureen|mashkourin|yislamo|yeslamo|yislamu"
     r"|yislamou|tislamo|teslamo|yeslamou|merci ktir|mersi|merci|shokrn|shkran|skran|yesalmo|ya3tikon el 3afye"
     r"|ya3tik el 3afye|ya3tikom el 3afye|ya3tikon el3afye|ya3teekom el 3afya|allah ya3tikon el 3afye"
     r"|jazakallah(?: khair| kheir)?|jazakom allah(?: khair| kheir)?|baraka allahu fikum|barak allah fik(?:om|um)?)\b",
     "thanks"),
    (r"\b(?:in ?sha'?2?[- ]?(?:a|')?(?:l)?lah|insha2allah|inshallah|inshalla|inshaallah|nshallah|nshalla|enshallah"
     r"|inshalah|isa|inshaalah|in sha allah)\b", ""),
    (r"\b(?:el|al|l)?[- ]?(?:7amdella|7amdellah|hamdella|hamdellah|hamdulillah|7amdulillah|7amdillah|hamdillah"
     r"|7amdela|hamdela|7amdulilah|hamdullah|7amdullah)(?:[- ]?(?:3ala|3al|ala)[- ]?(?:el|al)?[- ]?salame)?\b", ""),
    (r"\b(?:ma3|m3|ma3a)[- ]?(?:el|al|l)?[- ]?(?:salame|salameh|salama|slame)\b|\b(?:tahiyyati|ta7iyyati|t7iyati"
     r"|ta7iyati|ma3 el ta7iyye|ma3 ta7iyati)\b", "thanks"),
    (r"\bmashallah\b|\bma ?sha2?'?allah\b|\ballah y(?:e|i)?(?:7|h)f(?:a|e)?zkon\b|\ballah ykhallikon\b", ""),
    (r"\bya (?=miss\b|sir\b|mrs\b|ostaz|ustaz|ostaza|ustaza|madame|madam\b)", ""),
    # "men 11/12 la 18/12", "mn 11.12 7atta 18.12": from one numeric date to another ("la" is "to" here)
    (r"\b(?:from|mn|men|min|mel|mil)\s+(\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)\s+(?:la|lal|le|li|l|ila|ela|7atta|hatta"
     r"|l7ad|la7ad|le7ad|lighayet|lal yom)\s+(\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)\b", r"from \1 to \2"),
    # "shukran la Miss Hughes 3al musa3ade ma3 Yousef hal term": thanks to the teacher for the help this term
    (r"\b(?:la|li|le|lal)\s+(?=(?:miss|mrs|mr|ms|sir|teacher|ostaz|ustaz|ostaza|ustaza|madame|madam)\b)", "to "),
    (r"\b(?:3al|3ala|3a|3la|a3al)[- ]?(?:(?:el|al|l)[- ]?)?(?:musa3ade|musa3ada|mosa3ade|mosa3ada|msa3de|msa3ade"
     r"|musa3adeh|mosa3adeh|musa3adtik|musa3adtek|mosa3adtik|musa3adtkon|mosa3adetkon|ta3ab|ta3abik|ta3abek"
     r"|ta3abkon|t3abik|jhoodik|juhoodik|juhudik|majhoodik|majhoudik|majhoudkon|ehtimamik|ihtimamik|ihtimamkon)\b",
     "for the help"),
    # "la akher el term", "7atta nihayet el fasel" (to the end of term): until the end of term
    (r"\b(?:(?:l7ad|la7ad|le7ad|la|le|li|lel|lal|7atta|hatta|lighayet|ila|ela)\s+)?(?:akher|a5er|akhir|a5ir|2akher"
     r"|2a5er|nihayet|nehayet|nihayat|nehayat)\s+(?:el|al|il|l)?[- ]?(?:term|terme|fasel|fasl|fasle|trimester)\b",
     "until the end of term"),
    (r"\b(?:hal|hayda el|hada el|el)[- ]?(?:term|terme|fasel|fasl|fasle|trimester)\b", "this term"),
    (r"\b(?:sar|saret|sarit|sart|sarat)\s+(?:y|t)(?:i|e)?(?:7|h)(?:e|i|a)?bb?(?:o|ou|u)?\b", "now loves"),
    (r"\b(?:(?:el|al|l)[- ]?)?(?:qira2a|2ira2a|ira2a|qiraa|qira'a|2raye|qraye|2raaye)\b", "reading"),

    # -- times of day (before the day words) -----------------------------------------------------------------------
    # "dohor", "zuhur", "dhuhur" (midday) spelt with the second vowel: the one spelling the rules below read
    (r"\b(?:dohor|do7or|dohur|zohor|zuhur|zuhor|duhur|duhor|dhuhur|dhohor|dhuhor)\b", "dohr"),
    # "ra7 yiji 3al madrase ba3d el dohr" (he'll come to school after midday): in after lunch, on the day the message
    # names (not "this afternoon"); "ma ra7 yiji ... ba3d el dohr" (he won't come after midday) is left to the rules
    # that read the negation
    (rf"\b(?P<neg>{_NOT}\s+)?(?:(?:ra7|rah|ha|7a|ghadi)\s+(?:b|bi)?|b|bi)(?:{_COME})\s+{_SCHOOL}\s+"
     r"(?:ba3d|ba3ed|b3d)\s+(?:(?:el|al|l|ed|ez)[- ]?)?(?:dohr|do7r|zohr|zuhr|duhr|dhuhr|dhohr|zoher|doher|ghada|ghade"
     r"|ghda|lunch|ghado)\b", lambda m: m[0] if m["neg"] else "will be in after lunch"),
    # "hana ra7 tkoun bel saf ba3d shway" (Hana will be in class in a little while), "ra7 yiji 3al madrase ba3d
    # shwaya": in a bit late ("saf", "saff" is the class); the negation is left to the rules that read it
    (rf"\b(?P<neg>{_NOT}\s+)?(?:{_WILL}\s+)?(?:b|bi)?(?:(?:y|t|n)(?:koun|kon|kun|koon)(?:o|u|ou)?|{_COME})"
     rf"(?:\s+(?:{_SCHOOL}|(?:bel|bil|fel|fil|b|f|3al|3a)[- ]?(?:el[- ]?)?(?:saf|saff|sof|soff|class)))?\s+"
     r"(?:ba3d|ba3ed|b3d)\s+(?:shway|shwayy|shwaya|shwayye|shwai|shwy|shwiya|shwiyya|chwiya)\b",
     lambda m: m[0] if m["neg"] else "will be in a bit late"),
    # "assessment b secondary school", "interview fi madrase thanawiyye": at a secondary school
    (r"\b(?:b|bi|be|f|fi|fe|bel|bil|fel|fil)[- ]?(?:(?:el|al|l)[- ]?)?(?:secondary|high) school\b"
     r"|\b(?:b|bi|be|f|fi|fe|bel|bil|fel|fil)[- ]?(?:(?:el|al|l)[- ]?)?(?:madrase|madrasa|madraseh)\s+"
     r"(?:(?:el|al|l)[- ]?)?"
     r"(?:thanawiyye|thanawiye|thanawiya|thanawiyya|tanawiyye|tanawiye|tanawiya|tanawiyya|sanawiyye|sanawiya)\b",
     "at a secondary school"),
    # "3al sa3a 9:40", "el sa3a 9 w nos", "es-se3a tis3a": at that time
    (rf"\b(?:(?:3al|3a|3l|a3al|bel|bil|fel|fil|el|al|l|es|as|is)[- ]?)?(?:(?:el|al|l)[- ]?)?{_SAA}\s+(?:el\s+)?{_TIME}",
     lambda m: f"at {_clock(m)}"),
    # "3al 10 w nos", "9 w rob3", "10 illa rob3": half and quarter hours
    (rf"\b(?P<h>\d{{1,2}})(?:[:.](?P<mm>\d\d))?(?:\s*(?:w|wa|u|o)\s*(?P<plus>{_FRAC})\b(?P<minus>)"
     rf"|\s*(?:illa|ella|ila|ela|8eir|gheir)\s*(?P<minus2>{_FRAC})\b)",
     lambda m: _clock_fraction(m)),
    # "ba3d el 3ashra w nos" (after half past ten), "3al tis3a" (at nine), "abl el 7da3sh" (before eleven): an hour
    # word after a preposition ("tlata", "arb3a" are also Tuesday, Wednesday: left to the day words)
    (rf"\b(?P<p>ba3d|ba3ed|b3d|3al|3a|abl|2abl|abel|2abel|7awali|hawali)\s+(?:(?:el|al|l)[- ]?)?"
     rf"(?P<h>(?!tlata\b|arb3a\b|arba3a\b|arbaa\b){_HOUR_WORD})\b(?P<mm>)"
     rf"(?:\s*(?:w|wa|u|o)\s*(?P<plus>{_FRAC})\b)?(?:\s*(?:illa|ella|ila|ela)\s*(?P<minus>{_FRAC})\b)?",
     lambda m: {"3": "at", "a": "before", "2": "before", "7": "around", "h": "around"}.get(m["p"][0], "after")
     + f" {_clock(m)}"),
    # "ba3d 10 d2aye2", "ba3ed nos sa3a": in that many minutes; "ba3d sa3a" is an hour
    (rf"\b(?:ba3d|ba3ed|b3d|ba3id|ba3d|khilal|5ilal|5elal|khelal|ba3de|ba3d ma yimro2|bel)\s+(?:(?:ta2riban|ta2reeban"
     rf"|t2riban|ta2reeban|ta2reban|taqriban|7awali|7awaly|hawali|hawaly|7awale|shi|ya3ni)\s+)?(\d{{1,2}})\s*"
     rf"(?:{_MINUTE_WORD})\b",
     r"in \1 minutes"),
    (r"\b(?:ba3d|ba3ed|b3d|khilal|5ilal)\s+(?:(?:el|al)[- ]?)?(?:nos|nus|noss|nuss|nes)\s+(?:sa3a|se3a|sa'a|saa3a)\b",
     "in 30 minutes"),
    (r"\b(?:ba3d|ba3ed|b3d|khilal|5ilal)\s+(?:rob3|rub3|robe3|rebe3)\s+(?:sa3a|se3a|sa'a|saa3a)\b", "in 15 minutes"),
    (r"\b(?:ba3d|ba3ed|b3d|khilal|5ilal)\s+(?:sa3a|se3a|sa'a|saa3a)\b", "in 60 minutes"),
    (rf"\b(\d{{1,2}})\s*(?:{_MINUTE_WORD})\b", r"\1 minutes"),
    # "7awali 9:15" (about 9:15): around that time
    (r"\b(?:7awali|7awaly|hawali|hawaly|7awale|ta2riban|ta2reeban|t2riban|taqriban)\s+(?=\d{1,2}(?:[:.]\d\d)?\b)",
     "around "),
    # "el sa3a 10 el sob7" (10 in the morning), "3al 2 ba3d el dohr" (2 in the afternoon): the part of that day
    (r"\b(\d{1,2}:\d\d)\s+(?:(?:el|al|l|3al|3a)[- ]?)?(?:sob7|sobo7|sobh|sobeh|sube7|sabah|saba7|fajr|fajer)\b",
     r"\1 am"),
    (r"\b(\d{1,2}:\d\d)\s+(?:(?:ba3d|ba3ed|b3d)\s+)?(?:(?:el|al|l|ed|ez|3al|3a)[- ]?)?(?:dohr|do7r|zohr|zuhr|duhr"
     r"|dhuhr|dhohr|zoher|doher|3asr|masa|misa)\b", r"\1 pm"),
    # "wja3 bat2n mn el sob7" (a tummy ache since the morning): how long it has lasted, not the morning's absence
    (r"\b(?:mn|men|min|mnel|mil|mel)[- ]?(?:(?:el|al|l)[- ]?)?(?:sob7|sobo7|sobh|sobeh|sube7|sob7iyye|sob7iye|sabah"
     r"|saba7)\b", "since early"),
    # "mghas min el 3asr" (cramps since the afternoon), "mn ba3d el dohr": how long it has lasted, not an afternoon off
    (r"\b(?:mn|men|min|mnel|mil|mel)[- ]?(?:(?:ba3d|ba3ed|b3d)\s+)?(?:(?:el|al|l|ed|ez)[- ]?)?(?:3asr|3asriyye"
     r"|3asriye|dohr|do7r|zohr|zuhr|duhr|dhuhr|dhohr)\b", "since this afternoon"),
    # "bukra el sob7", "el yom ba3d el dohr": tomorrow morning, this afternoon
    (r"\b(?:bukra|bokra|bukrah|bokrah|bkra|boukra|baacher|bacher|bachir|ghedda|ghda)\s+"
     r"(?:(?:el|al|l|3al|3a)[- ]?)?"
     r"(?:sob7|sobo7|sob7an|sobh|sobeh|sube7|sob7iyye|sabah)\b", "tomorrow morning"),
    (r"\b(?:bukra|bokra|bukrah|bokrah|bkra|boukra|baacher|bacher|ghedda)\s+(?:(?:ba3d|ba3ed|b3d)\s+)?(?:(?:el|al|l|3al"
     r"|3a|ed|ez)[- ]?)?(?:dohr|do7r|zohr|zuhr|duhr|dhuhr|dhohr|zoher|doher|3asr|3asriyye)\b", "tomorrow afternoon"),
    # "yom el arb3a, el sob7 w ba3d el dohr" (on Wednesday, in the morning and after midday): both halves of the day
    # just named, not this morning and this afternoon
    (r"\b((?:itnein|etnein|ithnein|tanein|tnein|tlata|talata|tlete|arb3a|arba3|arbi3a|arb3aa|5amis|khamis|5amees"
     r"|khamees|jom3a|jum3a|jom3ah|jum3ah|gom3a|gum3a|sabt|a7ad|ahad)|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?),?"
     r"\s+(?:(?:el|al|l|3al|3a)[- ]?)?(?:sob7iyye|sob7iye|sob7|sobo7|sobh|sube7|sob7an)\s+(?:w|wa|u|and)\s+"
     r"(?:(?:ba3d|ba3ed|b3d)\s+)?(?:(?:el|al|l|ed|ez|3al|3a)[- ]?)?(?:dohr|do7r|zohr|zuhr|duhr|dhuhr|dhohr|zoher"
     r"|doher|3asr|3asriyye|ghada|ghade)\b", r"\1, in the morning and in the afternoon"),
    # "el flight yom el khamis 17/12 el sob7": the morning of the day or date just named, not this morning
    (r"\b((?:itnein|etnein|ithnein|tanein|tnein|tlata|talata|tlete|arb3a|arba3|arbi3a|arb3aa|5amis|khamis|5amees"
     r"|khamees|jom3a|jum3a|jom3ah|jum3ah|gom3a|gum3a|sabt|a7ad|ahad)|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)"
     r"\s+(?:(?:el|al|l|3al|3a)[- ]?)?(?:sob7iyye|sob7iye|sob7|sobo7|sobh|sube7|sob7an)\b", r"\1 in the morning"),
    (r"\b(?:(?:el|al|l)[- ]?(?:yom|youm|yoom)|lyom|elyom|elyoum|lyoum)?\s*(?:(?:el|al|l|hal|3al|3a)[- ]?)?"
     r"(?:sob7iyye|sob7iye|sob7|sobo7|sobh|sube7|sob7an)\b", " this morning"),
    # "ma ra7 tkamel ba3d el dohr", "mish ha-tkammel el yom": she won't stay (in school) for the afternoon
    (rf"\b{_NOT}\s+(?:(?:{_WILL})\s+)?(?:b|bi)?(?:t|y|n)?(?:e|i)?(?:kamel|kammel|kamil|kammil|kaml|kamml|kamlo"
     r"|kammlo|kamlou|kammlou)\b(?:\s+(?:bel|bil|fel|fil|el|al)?[- ]?(?:madrase|madrasa|dawam|school))?"
     r"\s+(?:ba3d|ba3ed|b3d)\s+(?:(?:el|al|l|ed|ez)[- ]?)?(?:dohr|do7r|zohr|zuhr|duhr|dhuhr|dhohr|ghada|ghade|lunch)\b",
     "won't be in for the afternoon"),
    (r"\b(?:(?:el|al|l)[- ]?(?:yom|youm|yoom)|lyom|elyom|elyoum|lyoum)?\s*(?:ba3d|ba3ed|b3d)\s+"
     r"(?:(?:el|al|l|ed|ez)[- ]?)?"
     r"(?:dohr|do7r|zohr|zuhr|duhr|dhuhr|dhohr|zoher|doher|ghada|ghade|ghda|lunch|ghado)\b", " this afternoon"),
    (r"\b(?:3al|3a|3ala)[- ]?(?:el|al|l|ed|ez)?[- ]?(?:dohr|do7r|zohr|zuhr|duhr|dhuhr|dhohr)\b", "at 12:00"),
    (r"\b(?:(?:el|al|l)[- ]?)?(?:3asr|3asriyye|3asriye|3ashiyye|3ashiye|masa)\b(?! (?:el|al) )", "this afternoon"),

    # -- spans of days -----------------------------------------------------------------------------------------------
    (r"\b(?:el|al|il|l)?[- ]?(?:esbo3|esbou3|esboo3|usbu3|usbou3|isbu3|osbo3|osbou3|esbu3|sbou3|usboo3|osboo3|isboo3"
     r"|asbou3|esboo3|usboo3|isbou3|jem3a|jim3a|gom3a)\s+(?:el|al|il|l)?[- ]?(?:jai|jay|jaye|jeye|jeyeh|jayeh|jaaye"
     r"|jaaya|jayy|jayi|ja2i|je2i|gai|gay|gaay|gayy|2adem|2adim|qadem|qadim|qaadem|jaay|mqbil|mo2bel|mu2bil|muqbil"
     r"|elli jay|elli jeye|elli ba3do|yalli jeye|yalli jay|ba3do)\b", "next week"),
    (r"\b(?:(?:l7ad|la7ad|le7ad|la|le|li|lel|lal|7atta|hatta|lighayet)\s+)?(?:akher|a5er|akhir|a5ir|2akher|2a5er|nihayet|nehayet)\s+"
     r"(?:el|al|il|l)?[- ]?(?:esbo3|esbou3|usbu3|isbu3|osbo3|osbou3|esbu3|jem3a|jim3a)\b", "the rest of the week"),
    (r"\b(?:hal[- ]?|(?:el|al|il|l)[- ]?)?(?:esbo3|esbou3|usbu3|isbu3|osbo3|osbou3|esbu3|jem3a|jim3a)\s+(?:kello|kellu"
     r"|kollo|kullo"
     r"|kamel|kaamil|kamil|kelloh)\b", "this week"),
    (r"\b(?:ba2i|ba2ye|ba2yet|ba2yit|ba2iyet|baqi|baqiyat|ba2i|ba2eyet|ba2iet|ba2eit|ba2eet|ba2eyt"
     r"|ba2iit|ba2eya)\s+(?:el|al|il|l)?[- ]?(?:esbo3|esbou3"
     r"|usbu3|isbu3|osbo3|osbou3|esbu3|jem3a|jim3a)\b", "the rest of the week"),
    (r"\b(?:hal|ha)[- ]?(?:esbo3|esbou3|usbu3|isbu3|osbo3|osbou3|esbu3|jem3a|jim3a)(?: (?:kello|kellu|kollo|kullo"
     r"|kamel|kaamil|kamil))?\b|\b(?:kil|kel|kol|kull|tool|tul|tawal)\s+(?:el|al|il|l)?[- ]?(?:esbo3|esbou3|usbu3"
     r"|isbu3|osbo3|osbou3|esbu3|jem3a|jim3a)\b|\b(?:el|al|il|l)?[- ]?(?:esbo3|esbou3|usbu3|isbu3|osbo3|osbou3"
     r"|esbu3) (?:hada|hayda|hatha|da|hadi)(?: ?(?:kello|kellu|kollo|kolo|kullo|kulo|kolloh|kelloh))?\b", "this week"),
    (r"\b(?:(?:la|le|li|l)\s*(?:mddet|muddet|mudde|moddet|mdit|muddat)\s+|(?:la|le)\s+)?(?:yomein|yoomein|youmein"
     r"|yomen|yomain|yawmain|yawmein|yawmayn|yumein|youmain|yomeen|yumen|yemeen)\b", "for 2 days"),
    (r"\b(?:(?:la|le|li|l)\s*(?:mddet|muddet|mudde|moddet|mdit|muddat)\s+)?(\d)\s*(?:iyyam|ayyam|eyyam|iyam|ayam"
     r"|ayyem|iyyem|ayaam|iyaam|ayyaam|eyam)\b", r"for \1 days"),
    (r"\b(?:(?:la|le|li|l)\s*(?:mddet|muddet|mudde|moddet|mdit|muddat)\s+)?(?:tlat|tlet|talat|thalath|tlt|tala)\s+"
     r"(?:iyyam|ayyam|eyyam|iyam|ayam|ayyem|iyyem|ayaam)\b", "for 3 days"),
    (r"\b(?:(?:la|le|li|l)\s*(?:mddet|muddet|mudde|moddet|mdit|muddat)\s+)?(?:arba3|arb3|arba3t|arba')\s+"
     r"(?:iyyam|ayyam|eyyam|iyam|ayam|ayyem)\b", "for 4 days"),
    (r"\b(?:kil|kel|kol|kull|tool|tul|tawal)\s+(?:el|al|il|l)?[- ]?(?:nhar|nhaar|nahar|yom|youm)\b"
     r"|\b(?:el|al|l)?[- ]?(?:nhar|nahar|yom) (?:kello|kellu|kollo|kullo|kamel)\b", "all day"),
    (r"\b(?:kil|kel|kol|kull|tool|tul|tawal)\s+(?:el|al|il|l)?[- ]?(?:lel|leil|lail|leel|layl|lele|leile|lelle)\b"
     r"|\b(?:el|al|l)?[- ]?(?:lel|leil|lail|layl) (?:kello|kellu|kollo|kullo|kamel)\b", "all night"),
    (r"\b(?:lelt|leilet|lelet|lilet|laylat|lailet)\s+(?:mbare7|mbere7|embare7|imbare7|mbari7|mbarih|embarih|ams)\b"
     r"|\b(?:mbare7|mbere7|embare7|imbare7|mbari7|mbarih|embarih|mbareh|ams)\s+(?:bel|bil|b|fel|el|al)?[- ]?"
     r"(?:lel|leil|lail|layl|3ashiyye|3ashiye|masa)\b|\b(?:el|al|l)[- ]?(?:lele|leile|leileh|lelle|laila)\b",
     "last night"),
    (r"\b(?:awwal|awal|2awwal|awel)\s+(?:mbare7|mbere7|embare7|imbare7|mbari7|mbarih|embarih|mbareh|ams|embere7)\b",
     "two days ago"),
    (r"\b(?:mn|men|min|mnel|mil|mel)\s+(?:mbare7|mbere7|embare7|imbare7|mbari7|mbarih|embarih|mbareh|ams|embere7"
     r"|el bare7a|el bar7a|el barha|lbare7|lbare7a|lbar7a|elbare7|el bare7)\b", "since yesterday"),
    (r"\b(?:mbare7|mbere7|embare7|imbare7|mbari7|mbarih|embarih|mbareh|embere7|el bare7a|el bar7a|el barha"
     r"|el baarha|bare7|imbere7|lbare7|lbare7a|lbar7a|elbare7|elbare7a|el bare7)\b", "yesterday"),
    (r"\b(?:ba3d|ba3ed|b3d|ba3id)\s+(?:bukra|bokra|bukrah|bokrah|bkra|boukra|baacher|bacher|bachir|ghad|ghedda)\b",
     "the day after tomorrow"),
    (r"\b(?:bukra|bokra|bukrah|bokrah|bkra|bokkra|boukra|bukraa|bokraa|bukura|bokara|baacher|bacher|bachir|bachar"
     r"|baachir|ghedda|ghadan|ghodwa|ghda|ghdwa)\b", "tomorrow"),
    # "hadak el nhar", "nafs el yom": that day (the day just named, not today)
    (r"\b(?:hadak|hadaak|hadek|hadik|hadeek|haddak|hadhak|hathak|hadok|hadika|diyak|dak|dik|nafs|nefs|nafes)\s+"
     r"(?:(?:el|al|l)[- ]?)?(?:nhar|nhaar|yom|youm|yoom|yawm)\b", "that day"),
    (r"\b(?:el|al|l)[- ]?(?:nhar|naharda|nharda)\b|\b(?:ennaharda|innaharda|enaharda|naharda|enharda|lyouma"
     r"|ennaharde|nahrda)\b", "today"),

    # "ha2ollko bokra", "hab2a a2ollko bokra", "ra7 2ella2kon bukra" (I'll tell you tomorrow): a promise to write again
    # that day, not an absence then
    (r"\b(?:(?:hab2a|ha|7a|ra7|rah|ra2)\s+)?(?:h|7|b|n)?(?:a2ollko|a2olko|a2ollkom|a2olkom|a2ulluku|a2olelko"
     r"|a2olelkom|2a2olko|2a2ollko|a2oulko|a2oullkon|2ella2kon|2ellkon|2olelkon|a2olelkon|2ollkon|2olkon|khabbarko"
     r"|khabarkom|khabbarkon|5abbarkon|5abbarko|bal8ko|ballaghko|ballaghkon|ba3tlko|ab3atlko|ab3atlkon)\s+"
     r"(?:(?P<day>bokra|bukra|bokrah|bukrah|boukra|tomorrow)\b|(?=(?:(?:el|al|l)[- ]?)?(?:itnein|etnein|ithnein"
     r"|monday)\b))",
     lambda m: "i will let you know tomorrow" if m["day"] else "i will let you know on "),
    # "abu el wlad 3emel accident w howe bel mostashfa" (the children's father had an accident and is in hospital),
    # "jozi sar ma3o 7adse w huwe bel mustashfa": a family emergency (not the child's appointment)
    (rf"\b(?P<who>{_RELATIVE})\s+(?:3emel|3amal|3imil|3ml|3emil|3amel|3amil|3emlet|3amlet|3imlet|sar ma3o|sar m3o"
     r"|sar ma3a|sar ma3ha|sarlo|sar lo|sarla|sarelo|sarlha|jarlo|jaralo|tsaddam|itsaddam|etsaddam|tsadam)\s+"
     r"(?:accident|7adis|7adith|7adeth|7adse|7adsa|7adset|7adsit|7adthe|hadse|hadsa|7adset sayyara|7adset seyyara)\b"
     r"[^.!?]{0,60}?\s(?:bel|bil|fel|fil|bl|fl|b|f|fi|bi)[- ]?(?:(?:el|al|l)[- ]?)?(?:mustashfa|mostashfa|mistashfa"
     r"|mestashfa|moustashfa|sbitar|isbitar|esbitar|hospital|tawari2|emergency|a&e|icu|intensive care|3inaya"
     r"|3enaya|3naya)\b",
     lambda m: f"{_RELATIVE_OF[m['who']]} was rushed to hospital after an accident"),
    # "Jaddo ta3ban ktir w akhadnah 3al hospital" (grandad was very unwell and we took him to hospital): an emergency
    (rf"\b(?P<who>{_RELATIVE})\b[^.!?]{{0,40}}?\s(?:akhadnah|akhadnaha|akhadna|a5adnah|a5adnaha|a5adna|akhadnaah"
     r"|waddaynah|waddaynaha|wadenah|wadenaha|wadeinah)\s+(?:(?:3al|3a|3l|3ala|3la|lal|lil|la|ila|ela)[- ]?)?"
     r"(?:(?:el|al|l)[- ]?)?(?:tawari2|tawari|emergency|mustashfa|mostashfa|mistashfa|sbitar|isbitar|esbitar|hospital"
     r"|a&e)\b",
     lambda m: f"{_RELATIVE_OF[m['who']]} was rushed to hospital"),
    # "jozi ra7 3al tawari2" (my husband went to A&E), "emmi n2alet 3al mustashfa": a family emergency
    (rf"\b(?P<who>{_RELATIVE})\s+(?:ra7|rah|raa7|ra7et|rahet|ra7it|ra7at|n2al|in2al|en2al|itna2al|etna2al|n2alet"
     r"|in2alet|etna2alet|itna2alet|it5ad|et5ad|itakhad|etakhad|et5adet|it5adit|ta5adouh|a5adouh|akhadouh|a5adouha"
     r"|akhadouha)"
     r"\s+(?:(?:3al|3a|3l|3ala|3la|lal|lil|la|ila|ela)[- ]?)?(?:(?:el|al|l)[- ]?)?(?:tawari2|tawari|tawaree2|tawari'"
     r"|tawarea|emergency|mustashfa|mostashfa|mistashfa|mestashfa|moustashfa|sbitar|isbitar|esbitar|a&e)\b",
     lambda m: f"{_RELATIVE_OF[m['who']]} was rushed to hospital"),
    # "Rami nayem bel mustashfa" (Rami is staying in hospital, has been admitted), "nayme fel mostashfa": admitted
    # (a parent or grandparent staying in hospital is a family emergency)
    (rf"\b(?:(?P<who>{_RELATIVE})\s+)?(?:nayem|nayim|naym|nayme|nayma|naymeh|nayemeen|naymin|mnayyam|mnayam|mnayyame"
     r"|mnayame|ra2ed|raa2ed|ra2da|ra2de|raqed|raqda)\s+(?:bel|bil|fel|fil|bl|fl|b|f|fi|bi)[- ]?(?:(?:el|al|l)[- ]?)?"
     r"(?:mustashfa|mostashfa|mistashfa|mestashfa|moustashfa|sbitar|isbitar|esbitar|hospital)\b",
     lambda m: f"{_RELATIVE_OF[m['who']]} was rushed to hospital" if m["who"] else "admitted to hospital"),
    # "w ana ma3o bel mustashfa": and I'm with him (at the hospital)
    (r"\b(?:ana|2ana|ani|e7na|ne7na|i7na|ehna)\s+(?:(?:ma3o|ma3ou|m3o|ma3ah|ma3ha|m3ha|ma3aha|ma3on|ma3hon|ma3hom)\s+"
     r"(?:bel|bil|fel|fil|bl|fl|b|f|fi|bi)[- ]?(?:(?:el|al|l)[- ]?)?(?:mustashfa|mostashfa|mistashfa|mestashfa"
     r"|moustashfa|sbitar|isbitar|esbitar)|(?:bel|bil|fel|fil|bl|fl|b|f|fi|bi)[- ]?(?:(?:el|al|l)[- ]?)?(?:mustashfa"
     r"|mostashfa|mistashfa|mestashfa|moustashfa|sbitar|isbitar|esbitar)\s+(?:ma3o|ma3ou|m3o|ma3ah|ma3ha|m3ha|ma3aha"
     r"|ma3on|ma3hon|ma3hom))\b", "i am with him"),
    (r"\b(?:bel|bil|fel|fil|bl|fl|b|bi|fi)[- ]?(?:(?:el|al|l)[- ]?)?(?:leil|lel|lail|leel|layl|lele|leile)\b",
     "in the night"),
    # "3am btista2ye men el lel": since the night, since last night
    (r"\b(?:mn|men|min|mnel|mil|mel)[- ]?(?:(?:el|al|l)[- ]?)?(?:leil|lel|lail|leel|layl|lele|leile)\b",
     "since last night"),
    # "ma fi 7ada ywassela 3al madrase": no one to take her to school (she stays home with an ill sibling)
    (r"\b(?:ma fi|mafi|ma fee|mafee|mafish|ma fish|mafeesh|ma feesh|ma 3andi|ma 3ndi)\s+(?:7ada|7ad|hada|7add|wa7ad"
     r"|wahad|7adan|hadan)\s+(?:(?:y|ye|yi|3am y)\s*)?(?:y|ye|yi)?(?:wassel|wasel|wassil|wasl|waddi|wadi|wadd|jib"
     r"|geeb|a5od|akhod|ekhod|a5ed|akhed|ousal|osal)(?P<who>o|u|ou|ha|a|ah|on|hon|hom|h)?\b"
     r"(?P<kids>\s+(?:el|al|l)[- ]?(?:wlad|wilad|welad|awlad|ulad|3ayal|atfal)\b)?", _nobody_to_take),
    (r"\b(?:la7ali|la7adi|la7di|lahali|lahadi|lawa7di|lwa7di|lwahdi|wa7di|wahdi|lwa7edi|la7alha|la7alo)\b", "alone"),
    # "Ali w Hassan wesslo hala2 3al madrase" (Ali and Hassan have just got to school), "weslet 3al madrase": arrived
    # at school (the time said after it is when)
    (rf"\b(?:wesslo|weslo|wesolo|wislo|wisslo|wasalo|wassalo|wsolo|wslo|wselo|wesslu|weslu|wislu|wasalu|weslet"
     rf"|wesslet|wislet|wislit|wasalat|wesel|wisil|wasal|wsel)"
     rf"(?: (?:hala2|halla2|halla|hala|halla'|hallaq|hl2|hal2|daba|taw|tawo|tawwo|2abel shway|abel shway))?"
     rf" {_TO}[- ]?{_SCHOOL_WORD}\b(?:,? (?:at |(?:(?:el|al|il|l|es|as)[- ]?)?{_SAA} )?"
     rf"(\d{{1,2}}[:.]\d\d))?",
     lambda m: "arrived at school" + (f" at {m[1].replace('.', ':')}" if m[1] else "")),
    # "wselna mn el safar" (we got back from our trip): the trip is over, not a holiday now
    (r"\b(?:wselna|wsilna|wsolna|wesilna|weselna|wislna|rje3na|rj3na|rja3na|raja3na|rge3na|rg3na|reg3na|3dna|3edna)"
     r"\s+(?:mn|men|min|mel|mnel|mn el|men el|min el)?\s*(?:(?:el|al|l)[- ]?)?(?:safar|safra|sfar|sefer|safr|3otle"
     r"|3otla|ejaze|ijaze|egaza|agaza|re7le|ri7le|re7la|ri7la|rehle|rihla)\b", "we got back from a trip"),
    # "ma namo abadan" (they didn't sleep at all), "na3sanin" (sleepy): tired
    (r"\b(?:ma|mish|msh|mesh)\s+(?:nam|namo|namou|namu|nemo|nimo|namet|namit|nemet|nimit|nimet|nemna|nimna|nmna|namoush"
     r"|nemt|nimt)\b(?:\s+(?:abadan|abadn|abadann|ktir|kteer|mni7|mnee7|mnih|kwayyes|kwayes|tool el leil|kel el leil"
     r"|tul el lel|kil el leil))?", "didn't sleep"),
    # "ma nam kwayes mbare7 w ta3ban kteer" (didn't sleep well and very tired): tired after a bad night, not ill
    (r"\b(didn't sleep(?: [a-z]+){0,3}?)\s+(?:w|wa|u|o)\s+(?:ta(?:3|a|')?b(?:a|e)n(?:e|eh|a|ah|in|een|ine|en)?|t3ban"
     r"|t3bane|t3bana)(?:\s+(?:ktir|kteer|ktiir|awi|2awi|jiddan|shway|shwayy))?\b", r"\1 and tired"),
    (r"\b(?:na3san|na3sane|na3sana|na3saneh|na3sanin|na3saneen|na3sanen|na3sanine|n3san|n3sane|n3sana|n3sanin"
     r"|na3sen|na3sanat|ne3san|ne3sane)\b", "tired"),
    # -- which child -------------------------------------------------------------------------------------------------
    (r"\b(?:(?:el|al|l)[- ]?(?:wlad|awlad|ulad|welad|banat|sabiyan|3yal))\s+(?:el|al|l)[- ]?(?:itnein|etnein"
     r"|ithnein|etneen|itneen|tnein|tnen)\b", "both"),
    (rf"\b{_BOTH}\b(?! (?:iyyam|ayyam|yom|el sa3a))", "both"),
    # "el itnein mish jayeen el yom" (the two of them aren't coming today): Egyptian "el itnein" as the subject of a
    # negated verb with another day after it is "both" (not Monday)
    (rf"\b(?<!yom )(?<!youm )(?<!nhar )(?:el|al|l)[- ]?(?:itnein|etnein|ithnein|ethnein|etneen|itneen|etnen)\b"
     rf"(?=\s+{_NOT}\s+[a-z0-9]+\s+(?:(?:el|al|l)[- ]?)?(?:yom|youm|yoom|today|naharda|tomorrow|bokra|bukra)\b)",
     "both"),
    # "Rayan w Malak el etnein 3andohom flu" (Rayan and Malak, the two of them, have flu): Egyptian "el etnein" after
    # two names and before what they have is "both" (not Monday)
    (r"\b([a-z]+ (?:w|wa|u|and) [a-z]+)\s+(?:el|al|l)[- ]?(?:etnein|itnein|ithnein|ethnein|etneen|itneen|etnen)\b"
     r"(?=\s+(?:3andohom|3andohum|3andhom|3andhon|3andon|3anduhum|andohom|andhom|3ayanin|3ayaneen|ta3banin|ta3baneen"
     r"|mardanin|mardaneen|mrad|3ayyanin)\b)", r"\1 both"),
    # "el etnen 3andon flu" (the two of them have flu), "el itnein ta3banin": "el etnen" before what the two have, an
    # illness or a plural "ill", is "both" without the names before it (a day is not ill)
    (r"\b(?<!yom )(?<!youm )(?<!nhar )(?:el|al|l)[- ]?(?:etnein|itnein|ithnein|ethnein|etneen|itneen|etnen|itnen)\b"
     r"(?=\s+(?:(?:3andohom|3andohum|3andhom|3andhon|3andon|3andun|3anduhum|andohom|andhom|3endon|3endhom)\s+"
     r"(?:flu|influenza|enfluenza|grippe|gripp|grip|krip|rash7|rasho7|zkam|zukam|7arara|7arare|7rara|hrara|sa5ane"
     r"|sukhune|s5une|skhune|7umma|corona|korona|covid|kovid|d&v|virus|vairus|fayrus|jadari|is-hal|is7al|ishal"
     r"|es-hal|isehal|tarsh|bard|rash)|ta3banin|ta3baneen|ta3banen|ta3banine|mardanin|mardaneen|mardanen|mrad|3ayanin"
     r"|3ayaneen|3ayyanin|3ayanen)\b)", "both"),
    # "nhar el tlete", "yom el tleta": Tuesday (Levantine "tlete" is also three: "el tlete" alone is all three)
    (r"\b(?:yom|youm|yoom|yawm|nhar|nhaar)\s+(?:(?:el|al|il|l|it|et)[- ]?)?(?:tlete|tleteh|tlate|tlateh|tlaate)\b",
     "tuesday"),
    (r"\b(?:el|al|l)[- ]?(?:tlete|tlate|tleteton|tlatehon|tlatton|tlateh)\b|\btleteton\b", "all three"),
    (rf"\b{_ALL}\b", "all the children"),
    (r"\b(?:el|al|l)[- ]?([2-5])\s+(?:wlad|awlad|ulad|welad|banat|atfal|3yal)\b|\b(?:wladi|awladi|3yali|atfali)"
     r" (?:el|al|l)[- ]?([2-5])\b",
     lambda m: {"2": "both", "3": "all three", "4": "all four", "5": "all five"}[m[1] or m[2]]),
    (rf"\b{_KIDS}\b", "the children"),
    # "ibn 3ammo", "bint khalto" (his uncle's son, his aunt's daughter): a cousin, not "my son" and an uncle
    (r"\b(?:ibn|ebn|ibin|bint|bent|binet|wlad|awlad|welad|banat)\s+(?:3amm?|3amet|3amt|khal|5al|khalet|5alet|khalt"
     r"|5alt)(?:o|u|ou|i|ha|a|hom|hon|on|na)?\b", "his cousin"),
    (rf"\b{_SON}\b", "my son"), (rf"\b{_DAUGHTER}\b", "my daughter"),
    # "a5ouha el zgheer": her little brother (a sibling, not one of the children named)
    (r"\b(?:a5|akh|ukh|okh|o5|u5|kh)(?:ou|o|u|oo)(?P<of>ha|a|o|u|ou|i|ya|y|na|on|hon|hom|h)?\s+(?:el|al|l|ez|es)?"
     r"[- ]?(?:zgheer|zghir|zghire|zgheere|zghar|sghir|sghir|saghir|so8ayar|soghayyar|zo8ayar|sghayyar|asghar"
     r"|zghayyar|sgheer|zgir|z8ir)\b", lambda m: f"{_possessive(m['of'])} little brother"),
    (r"\b(?:okht|o5t|ukht|u5t)(?P<of>o|u|a|ha|i|ya|na|on|hon)?\s+(?:el|al|l|ez|es)?[- ]?(?:zghire|zgheere|zghireh"
     r"|zghira|sghira|saghira|soghayra|zo8ayra|sghayra|zgheera|sgheera)\b",
     lambda m: f"{_possessive(m['of'])} little sister"),
    (r"\b(?:a5|akh|ukh|okh|o5|u5)(?:ou|o|u|oo)(?P<of>ha|a|o|u|ou|i|ya|y|na|on|hon|hom|h)\b",
     lambda m: f"{_possessive(m['of'])} brother"),
    (r"\b(?:okht|o5t|ukht|u5t)(?P<of>o|u|a|ha|i|ya|na|on|hon)?\b", lambda m: f"{_possessive(m['of'])} sister"),
    # "lazem tentebih 3ala a5ouha el zgheer" (she has to look after her little brother), "t5alli balha 3ala o5tha",
    # "tehtam bi a5ouha": looking after a brother or sister at home (not ill herself)
    (r"\b(?:(lazem|lazim|lezem|lazm|lazme|lazmi|lazmo|mudtarra|mudtara|mdtarra|majboura|majbura)\s+)?"
     r"(?:(?:ra7|rah|7a|ha)\s+)?b?([ty])?[ei]?(?:ntebih|ntebeh|ntibih|ntbih|ntbeh|ntebah"
     r"|ntebhi|htam|htamm|ihtam|e3tani|3tani|3tini|(?:5alli|khalli|5ali|khali|dir|deer|a5od|akhod|ekhod|5od|khod"
     r"|ta5od|takhod|ta5ud) (?:balha|balo|balu|balhom|balak))\s+(?:3ala|3a|3al|3l|3la|3le|b|bi|be|men|min|mn)\s+"
     r"((?:my|his|her|our|their) (?:little |big )?(?:brother|sister))\b",
     lambda m: f"{(('he' if m[2] == 'y' else 'she') + ' has to ') if m[1] else ''}look after {m[3]}"),
    (r"\b(?:jaddo|jeddo|jiddo|gedo|geddo|gidd?o|sido|seedo|siddo|jaddi|jeddi|jaddon|jaddhon|jaddna|jiddon|jeddon"
     r"|jiddhon)\b", "grandad"),
    (r"\b(?:teta|tete|tata|sitto|sittu|sitti|jadde|jaddeh|jaddeti|jaddti|jaddet|jaddton|tetton)\b", "grandma"),
    (r"\b(?:khalo|khalu|5alo|5alu|khali|5ali|3ammo|3ammu|3ammi|3amo|khaloh|5aloh|khalon|3ammon|khalha|5alha|khalhom"
     r"|5alhom|3ammha|3amha|3ammhom|3amhom)\b", "uncle"),
    (r"\b(?:(?:kh|5)alt|3amm?t)(?:o|u|ou|i|ha|a|hom|hon|on|hum|na|ak|ik|kon|kom)\b", "aunt"),
    (r"\b(?:jawzi|zawji|gozi|jozi|abouhon|abuhon|abouhom|babahom|baba)\b", "my husband"),
    (r"\b(?:mart?i|marti|mrati|zawjti|zawjati|mama|mamton|emmon|ummon|ummhom|ommhom|mamithom)\b", "my wife"),

    # -- lateness and arrival ----------------------------------------------------------------------------------------
    # "mnousal 3al 9:15", "btousal 3al madrase 3al sa3a 10", "3al 10 bikoun 3andkon": there by then
    (rf"\b(?:(?:ra7|rah|ha|7a|bi)\s+)?(?:b|m|bi|mi|ha|7a|be|me)?(?:n|y|t|ne|ye|te|ni|yi|ti)(?:ou|o|w|u|ew|iw|uu|oo)sal"
     rf"(?:o|ou|u)?(?:\s+(?:{_SCHOOL}|(?:{_TO}[- ]?)?{_EL}{_SCHOOL_WORD}))?"
     # ("3al sa3a 9:45" is already "at 9:45": "rah yewsal lel madrase 3al sa3a 9:45", there by then)
     rf"\s+(?:(?:3al|3a|3l|a3al|bel|el|taqreeban|taqriban|ta2riban|ta2reeban|ta2reban"
     rf"|t2riban|7awali|7awaly|hawali|hawaly|7awale|around|at)\s+)+"
     r"(\d{1,2})(?:[:.](\d\d))?\b(?!\s*(?:minutes|iyyam|ayyam))",
     lambda m: f"will be there for {m[1]}:{m[2] or '00'}"),
    (r"\b(?:3al|3a|3l|a3al)\s+(\d{1,2})(?:[:.](\d\d))?\s+(?:(?:ra7|rah|ha|7a)\s+)?(?:b|m|bi|mi|be)?(?:y|t|n|ne|ni)?"
     r"(?:koun|kon|kun|koon|kouno|kounou|ousal|osal|wsal|usal|ewsal|ousalo)\b(?:\s+(?:3andkon|3andkom|3endkon|3andak"
     r"|3andik|3indkom|3andko|hunik|honik|hnik|hon|bel madrase|bel madrasa|bil madrase|fel madrase|fil madrasa))?",
     lambda m: f"will be there for {m[1]}:{m[2] or '00'}"),
    (r"\b(?:(?:ra7|rah|ha|7a|bi)\s+)?(?:b|m|bi|mi|ha|7a|be|me)?(?:n|y|t|ne|ye|te|ni|yi|ti)(?:ou|o|w|u|ew|iw|uu|oo)sal"
     r"(?:o|ou|u)?\b(?:\s+(?:3al|3a|lal|lil)[- ]?(?:madras(?:e|a|eh)|school))?", "will be there"),
    # "mesh ra7 tkoun bil madrase" (she won't be in school): the negated "will be"
    (r"\b(?:mish|msh|mesh|mush|mosh|ma)\s+(?:ra7|rah|ha|7a)\s+(?:b|bi)?(?:t|y|n)(?:koun|kon|kun|koon)(?:o|u|ou)?"
     r"(?:\s+(?:bel|bil|fel|fil|b|f)[- ]?(?:(?:el|al|l)[- ]?)?(?:madrase|madrasa|madraseh|school)(?=\W|$))?",
     "won't be in school"),
    (r"\b(?:(?:ra7|rah|ha|7a)\s+)?(?:b|bi|m|be)?(?:y|t|n)?(?:koun|kon|kun|koon|kouno|kounou)\s+(?:3andkon|3andkom"
     r"|3endkon|3andak|3andik|3indkom|3andko|bel madrase|bel madrasa|bil madrase|fel madrase|fil madrasa)\b",
     "will be there"),
    # "ra7 yit2a5ar shway" (he will be a little late): with the future "ra7" the late arrival to come
    (r"\b((?:ra7|rah|ha|7a)\s+)?(?:b|m|bi|mi|mn|bn|me)?(?:mi|me|mu|mo|m|ni|ne|n|yi|ye|y|ti|te|t|i|e|it|et)?"
     r"(?:t(?:2|')?|2|')a?(?:kh|5|x)(?:kh|5|x)?(?:a|e|i)?r(?:in|een|ine|ra|ran|na|t|et|it|o|u|ou|a|ine|een)?\b",
     lambda m: "will be late" if m[1] else "running late"),
    (r"\b(?:ta2khir|ta25ir|t2akhir|t25ir|ta2kheer|ta25eer|takhir|ta2akhor|ta2a5or)\b", "running late"),
    # Moroccan "ghadi nwssel Anas l madrasa m3a 9:10 taqriban" (I'll get Anas to school around 9:10), "ghadi nwsslo
    # 3la 9:30" (I'll bring him at 9:30): there by then
    (r"\b(?:ghadi|gha|ghan|ghadin|ghadya)\s+(?:n|t|y)?(?:w|u|ou)ss?(?:e|a)?l(?:o|ou|ha|hom|hum)?\s+"
     r"(?:(?!(?:to|l|el|with|m3a|3la|f|fi|taqriban|ta9riban)\b)([a-z]+)\s+)?(?:(?:to school|(?:l|el|lel|f|fi)[- ]?"
     r"(?:madrasa|madrassa|mdrasa|lmadrasa|mdrassa|school))\s+)?(?:(?:m3a|with|3la|f|around|about|taqriban|ta9riban"
     r"|t9riban|ta2riban|at)\s+)*(\d{1,2})[:.h](\d\d)(?:\s+(?:taqriban|ta9riban|t9riban))?",
     lambda m: f"{m[1] or 'she'} will be there for {m[2]}:{m[3]}"),
    # "la2enno ra7 nwassel Lara 3al tren awal" (because we'll take Lara to the train first): an errand for the one named
    # (a suffix, "nwasselha", is "I'll bring her in", below)
    (r"\b(?:(?:ra7|rah|ha|7a|bi|lazem|lazim|lezem|baddna|bedna|biddna)\s+)?(?:bn|mn|n|2|a|e|b)(?:wassel|wassil|wassl"
     r"|wasel|waddi|wadi|wadd)\s+(?!(?:el|al|l|3al|3a|lal|lil|to|the|ma3|with|hon|honik|bukra|bokra)\b)([a-z]+)"
     r"\s+(?:(?:3al|3a|3l|lal|lil|la|ila|ela|to)(?:\s+|-)|(?=the\b))",
     r"we are taking \1 to "),
    (r"\b(we are taking [a-z]+ to (?:(?:el|al|l|the)[- ]?)?[a-z0-9]+)\s+"
     r"(?:awal|awwal|2awal|2awwal|abel|2abel|el awal|bel awal)\b(?=\s*(?:[.,!?;]|$))", r"\1 first"),
    # Moroccan "tomobil tfat 3lina f triq" (the car broke down on us on the way)
    (r"\b(?:(?:el|l)[- ]?)?(?:tomobil|tonobil|tomobila|tomobile|tonobile|tomobil dyalna|lkar)\s+(?:tfat|tfa|tfatt"
     r"|t3tlat|t3ttlat|t3atlat|tkhasrat|khasrat|t5asrat|khesrat|wqfat|w9fat|wqfat lina|7bsat|hbsat|ma bghatch tkhdem"
     r"|mabghatch tkhdem|ma khdmatch)\b(?:\s+(?:3lina|3lia|lina|3lih))?", "car broke down"),
    (r"\b(?:f|fi|fe|f l|fl)[- ]?(?:triq|tri9|trik|ttriq|ttri9|triq dyal)\b", "on the way"),
    (r"\b(?:smhili|smhiliya|smhli|smhlia|smhliya|sm7ili|sm7li|sm7liya|smehli)\b", "sorry"),
    (r"\b(?:(?:3al|3a|bel|bil|fel|fil|3)[- ]?)?(?:tari2|tarii2|taree2|tari'|tareeq|tari2na|tarii2na)\b",
     "on the way"),
    (r"\b(?:3aj2a|3aj2at|ajqa|3ajqa|3aj2a|za7me|za7meh|za7ma|zahma|zahme|zahmeh|ezde7am|izdi7am|ezdiham|traffic|zahmet"
     r"|za7mit|za7mat)(?: (?:ser|sir|sayr|kbire|kbireh|kbeere|ktir|ktiir|kteer|fazi3a|mish tabi3iyye))?\b",
     "heavy traffic"),
    (r"\b(?:(?:el|al|l)[- ]?)?(?:bas|baas|bus|basat|otobis|otobees|autobus|ba9|bass el madrase)\s+(?:ma|mish|msh|mesh"
     r"|mo|mu|lam)\s+(?:ija|ejja|eja|ijja|ajja|aja|2aja|2ija|ja|jat|ijat|ejat|ata|wesel|wisil|wsel|weslet|wislit|mar"
     r"|marr|marra|2ija)\b", "no bus, the bus didn't come"),
    (r"\b(?:fatna|fatana|fatni|fato|fata|faton|fatetna|fatitna|rah 3alayna|ra7 3alayna|ra7 3lina|rah 3lina)\s+"
     r"(?:el|al|l)?[- ]?(?:bas|baas|bus|basat|otobis|tran|train|metro)\b", "we missed the bus"),
    # "ma fi bas men 3anna" (there is no bus from our place), "mafi bus": no bus ("bas" alone is "but")
    (r"\b(?:ma fi|mafi|mafish|mafeesh|ma fee|mafee|ma fish|ma feesh|ma fih)\s+(?:(?:el|al|l)[- ]?)?(?:bas|baas|bus"
     r"|basat|otobis|otobees|autobus)\b", "there is no bus"),
    (r"\b(?:el|al|l)[- ]?(?:bas|baas|bus|otobis|otobees|basat)\b", "the bus"),
    # "sayyaretna" (our car), "sayyarti" (my car): the car with "our", "my" on it
    (r"\b(?:el|al|l)?[- ]?(?:sayyara|siyyara|sayara|siyara|seyyara|sayyare|siyyare|3arabiyya|3arabeyya|3arabiya"
     r"|3arabeya|arabiyya|watta|wanet|(?:sayyar|siyyar|sayar|siyar|seyyar|3arabiy|3arabey|3arabiyy)(?:etna|itna|atna"
     r"|ti|eti|iti|atna|tna))\s+(?:t3atlet|ta3talet|t3attalet|t3atlit|et3atlet|it3atlet|3atlet|3atalet"
     r"|3etlet|3atlit|3a6let|3atlane|3atlana|3atlaneh|3atlanah|3atlaane|3atleneh|m3attale|m3attle|m3atle|m3attaleh"
     r"|kharbane|5arbane|kharbaneh|5erbet|kherbet|5irbit|tkhasret|tkharbet|t5arbet|ma (?:teshtghel|eshta8let"
     r"|eshtaghlet|ishtaghalit|daret|dar|mshit|mashet|zabtet|3amlet)|mish (?:3am teshtghel|3am tmshi|maashye|mashye)"
     r"|wa2fe|wa2fa)\b|\b(?:t3atlet|ta3talet|t3attalet|et3atlet|it3atlet|3atlet|3atalet|kharbet|khirbit)\s+"
     r"(?:el|al|l)?[- ]?(?:sayyara|siyyara|sayara|siyara|seyyara|3arabiyya|3arabeyya)\b", "car broke down"),
    (r"\b(?:el|al|l|bel|bil|b|bl)[- ]?(?:sayyara|siyyara|sayara|siyara|seyyara|sayyare|siyyare|3arabiyya|3arabeyya"
     r"|3arabiya)\b", "in the car"),
    (r"\b(?:e7na |ne7na |ni7na |ana )?(?:nimna|nemna|nmna|nimt|nemt|nmt|nimit|nemet|ghafayna|ghfina|ghfeena|ghafalna"
     r"|ra7et 3alayna nome|ra7 3alayna el nom|ra7 3lina el nom|ra7et 3layna nome|nemna ziyade|nmna ziyade|nimna ktir"
     r"|nemna ktir)(?: (?:ziyade|ziyadeh|ktir|kteer|ktiir|3an ghair 2asd))?\b"
     r"|\b(?:fe2na|fi2na|fa2na|sa7ina|s7ina|so7ina|s7eena|sa7eena|s7ena|fe2et|fi2it|fe2it)\s+(?:met2akhrin|mit2akhrin"
     r"|m2akhrin|met2a55rin|mit2a55rin|m2a55rin|mt2akhrin|mta5rin|met2akhra|mit2akhra|mt2a5ra|m2a5ra|met2akher"
     r"|mit2akhir|m2a55ar|m2a5ar|late|met2akhreen|mit2akhreen)\b", "overslept"),

    # -- returning ---------------------------------------------------------------------------------------------------
    # "ma ra7 yerja3 ba3d el ghada", "mish ha-yerga3", "ma byerja3" (he won't come back): not back (afterwards)
    (rf"\b{_NOT}\s+(?:(?:ra7|rah|ha|7a|raye7|rayi7)[- ]?)?(?:by|bt|bn|b|y|t|n|bi|ha|hay|hat|7ay|7at|byi|bti|bye|bte)?"
     rf"(?:i|e)?(?:rja3|rga3|rje3|rji3|rj3|rg3)(?:o|u|ou|oun|i|sh)?(?:\s+(?:{_SCHOOL}|3al dawam|lal dawam))?\b",
     "won't be back"),
    # Egyptian "w ba3daha ha-ragga3o el madrasa" (and then I'll take him back to school): "raggaʿ" with an object
    # and the school is returning him, not vomiting ("bitrajji3")
    (rf"\b(?:(?:w\s+)?(ba3d|ba3ed|b3d|ba3dein|ba3den|ba3dha|ba3daha|ba3da|ba3do|ba3deen)\s+)?"
     rf"(?:(?:ra7|rah|ha|7a|bi|b|h|ba|2a|a|n)[- ]?)?(?:(?:(?:e|i)?r[ae](?:jj|gg)|(?:2|')?[ae]?rr[ae]?(?:jj|gg|j|g))"
     rf"[aei]3(o|u|ou|oh|ha|aha|hom|hon|hum)"
     # "rah arja3ha 3al madrase" (I'll bring her back to school): the plain stem with "her", "them" (not "-o",
     # "yerja3o", they come back)
     rf"|(?:a|2a|ba|b2a|n|bn|mn)r(?:j|g)(?:a|e|i)3(ha|aha|hom|hon|hum))\s+"
     rf"{_SCHOOL}(?:\s+(?:3ala|3al|3a)[- ]?(?:tool|tul|6ool|6ul|toul))?",
     lambda m: "will be in after" if m[1] else f"will bring {_pronoun(m[2] or m[3])} back to school"),
    # "ba3d el maw3ed byerja3 3al madrase", "ba3dha bjibo 3al madrase": in school after it
    (rf"\b(?:w\s+)?(?:ba3d|ba3ed|b3d|ba3dein|ba3den|ba3dha|ba3da|ba3do|ba3deen|w ba3dein)\s*(?:ma\s+)?(?:(?:el|al|l)"
     rf"[- ]?(?:maw3ed|mawed|maw3id|mau3ed|daktor|doktor|doctor|dentist|gp|3iyade|fa7s|ta7lil|interview|mu2abale))?"
     rf"(?:\s+(?:ma\s+)?(?:y|t|n)?(?:khalles|5alles|5ales|khales|kh?alles)\w*)?\s+(?:(?:ra7|rah|ha|7a|bi)\s+)?"
     rf"(?:by|bt|bn|b|y|t|n|bi|ha|hay|hat|7ay|7at|mn|2|a|e|ba)?(?:i|e)?(?:rja3|rga3|rje3|rji3|rj3|jib|geeb|gib|jeeb"
     rf"|wasl|wassl|wasel|wasil|wassel|wadd|wadi|ji|je|gi|ousal|osal|wsal|dawem|dawim)(?:o|u|ou|ha|a|on|hon|hom|h"
     rf"|oh|i)?(?:\s+(?:{_SCHOOL}|3al dawam|lal dawam))?", "will be in after"),
    # "ra7 yerja3 3al madrase yom el itnein", "byerja3 el tlata": back on that day
    (rf"\b(?:(?:ra7|rah|ha|7a|bi|inshallah)\s+)?(?:by|bt|bn|b|y|t|n|bi|ha|hay|hat|7ay|7at|mn|byi|bti|bye|bte|btir)?"
     rf"(?:i|e)?(?:rja3|rga3|rje3|rji3|rj3)(?:o|u|ou|oun|i)?(?:\s+(?:{_SCHOOL}|3al dawam|lal dawam))?"
     rf"(?=\s+(?:(?:yom|youm|nhar|b|bi|fi|inshallah)\s+)?(?:(?:el|al|il|l)[- ]?)?(?:{_ANY_DAY}|tnein|tnen|bukra|bokra"
     rf"|bukrah|bokrah|baacher|ba3d|\d+(?![a-z])))", "back on"),
    (rf"\b(?:(?:ra7|rah|ha|7a|bi)\s+)?(?:by|bt|bn|b|y|t|n|bi|ha|hay|hat|7ay|7at|mn|byi|bti|bye|bte)?"
     rf"(?:i|e)?(?:rja3|rga3|rje3|rji3|rj3)(?:o|u|ou|oun|i)?(?:\s+(?:{_SCHOOL}|3al dawam|lal dawam))?", "back"),
    (r"\b(?:lamma|lama|la|7atta|hatta|lahad ma|la7ad ma|l7ad ma|le7ad ma|lighayet ma)\s+(?:y|t)(?:(?:e|i)?(?:tib|teeb"
     r"|6ib|6eeb|sir a7san|sir ahsan|seer a7san|sa77|sa7|kha?ff|5eff|5aff|tla3 mnna|tla3 minno|shfa|shfi|ta7assan"
     r"|t7assan)|(?:e|i)?sir (?:a7san|ahsan|mni7|mnee7|mni7a|mnee7a|kwayes|kwayyes|kwayyse))\w*", "until he is better"),

    # "fatalo el bus", "fato el bus", "rah 3aleiha el bus": missed the bus
    (r"\b(?:fat|faat|fatt)(?:a|e)?(?:o|ou|u|a|ha|lo|lu|la|lha|to|ta|na|lna|on|hon|lhon|lon)\s+"
     r"(?:the |(?:el|al|l)[- ]?)?(?:bus|baas|otobis|autobus|train|tren|atr)\b", "missed the bus"),
    # "ra7 awasslo" (I'll get him there), "bwasselha": I'll bring him in
    (r"\b(?:(?:ra7|rah|ha|7a)\s+)?(?:b|bi|n|bn|2a|a|e)?(?:wassl|wassel|wassil|wasl|wasel|waddi|wadd)(?P<who>o|ou|u|ha|a"
     r"|on|hon|hom)\b(?:\s+(?:ana|2ana|ani))?", lambda m: f"i'll bring {_pronoun(m['who'])} in"),
    # "mesh abl 9:45", "mish 2abl el 10": not before that time, the earliest they will be in
    (r"\b(?:(?:bas|bass|bs|bss)\s+)?(?:mish|msh|mesh|mush|mosh|mo|mu|ma)\s+(?:abl|2abl|abel|2abel|qabl|gabl|2bl|abil|2abil)\s+(?:(?:el|al|l|es"
     r"|is)[- ]?(?:sa3a|se3a|saa3a)\s+)?(?:(?:el|al|l)[- ]?)?(\d{1,2})(?:[:.](\d\d))?\b",
     lambda m: f"at {m[1]}:{m[2] or '00'} at the earliest"),
    # -- collecting and bringing -------------------------------------------------------------------------------------
    # "bidi e5od Rami bakkir lyom" (I want to take Rami early today), "badri" (Egyptian), "bekri" (Moroccan): early
    # ("bakir" alone is left: it is also a name)
    (r"\b(?:bakkir|bakkeer|bakker|bakeer|bakkir|mbakkir|mbakir|badri|badry|badree|bekri|bkri|bakri)\b", "early"),
    # "el madrase 7akatni" (the school called me), "etasalo fiyi mn el madrase" (they called me from school): a call to
    # the parent (not "ettasalt", I called)
    (r"\b(?:7akatni|7akatne|7akitni|7aketni|7akyetni|7akouni|7akoune|7akoni|7akuni|hakatni|hakitni|hakouni"
     r"|hakuni)\b|\b(?:e|i)t?tasal(?:et|it|at|o|ou|u)\s+(?:fiyi|fiye|fiya|feye|feyi|bi|biye|3alayi|3layi)\b",
     "called me"),
    # "ana jeye akhdo" (I'm coming to take him), "ra7 eji a5edha mn el madrase": I'm coming to collect her (from
    # school)
    (rf"\b(?:(?:ana|2ana)\s+)?(?:jeye|jaye|jayi|ja2i|jayeh|jeyeh|ja2ye|jaaye|jaya|jayye|jeyi|(?:ra7|rah|7a)\s+(?:eji|iji"
     rf"|aji|2eji|2iji))\s+(?:la|l|ta|t)?(?:2|')?(?:a|e|i)?(?:kh|5|x)(?:e|i|a)?d(?P<who>o|u|ou|ha|a|on|hon|hom|hum|h"
     rf"|oh|ah)\b(?:\s+(?:mn|men|min|mil|mel|mnel|men el|mn el|min el)\s+{_SCHOOL})?",
     lambda m: f"i'm coming to collect {_pronoun(m['who'])}"),
    # "ra7 a5edha mn el madrase el sa3a 1", "ra7 ekhdo 3al sa3a 12 men el madrase": collected from school
    (rf"\b(?:(?:ra7|rah|ha|7a|bedde|baddi|bidi|beddi|lazem|lazim)\s+)?(?:b|ha|7a|ba)?(?:2|')?(?:a|e|i|n|ne|na|ni)?"
     rf"(?:kh|5|x)(?:e|i|a|o)?d(?P<who>o|u|ou|ha|a|on|hon|hom|hum|h|oh|ah)(?:\s+at (?P<at>\d{{1,2}}:\d\d))?"
     rf"\s+(?:mn|men|min|mil"
     rf"|mel|mnel|men el|mn el|min el)\s+{_SCHOOL}(?:\s+(?:(?:3al|3a|bel|fi|at)\s+(?P<h>\d{{1,2}})(?:[:.](?P<mm>\d\d))?"
     rf"|(?P<h2>\d{{1,2}})[:.](?P<mm2>\d\d))\b)?",
     lambda m: f"i'll collect {_pronoun(m['who'])} from school" + (f" at {m['at']}" if m["at"] else "")
     + (f" at {m['h']}:{m['mm'] or '00'}" if m["h"] else "") + (f" at {m['h2']}:{m['mm2']}" if m["h2"] else "")),
    # "ra7 nakhedha 3al sa3a 12", "ba5do el sa3a 1": I'll take her (out of school) at that time
    (r"\b(?:(?:ra7|rah|ha|7a|bedde|baddi|bidi|beddi|lazem|lazim)\s+)?(?:b|ha|7a|ba)?(?:2|')?(?:a|e|i|n|ne|na|ni)?"
     r"(?:kh|5|x)(?:e|i|a|o)?d(?P<who>o|u|ou|ha|a|on|hon|hom|hum|h|oh|ah)\s+(?:at|3al|3a|3l|a3al)"
     r" (?P<at>\d{1,2}:\d\d)\b",
     lambda m: f"i'll collect {_pronoun(m['who'])} from school at {m['at']}"),
    (rf"\b(?:(?:ana|2ana)\s+)?(?:(?:ra7|rah|ha|7a|bedde|baddi|bidi|beddi|lazem|lazim)\s+)?"
     rf"(?:(?:b|ha|7a|ba)?(?:2|')?(?:a|e|i)|(?:ha|7a)(?:2|')?)(?:kh|5|x)(?:e|i|o|ou|u)d"
     rf"\s+([a-z]+(?:(?:,\s*|\s+(?:w|wa|u|and)\s+)(?!(?:mn|men|min|mil|mel|mnel)\b)[a-z]+){{0,3}})"
     rf"\s+(?:mn|men|min|mil|mel|mnel)\s+{_SCHOOL}", r"i'll collect \1 from school"),
    # "... from school 12:30" (the time with no "el sa3a" before it): at that time
    (r"(?<=\bfrom school )(?:(?:3al|3a|3l|a3al|3ala|3la) )?(?=\d{1,2}[:.]\d\d\b)", "at "),  # "... 3al 12:30"
    # "ra7 eji ekhod Lina el sa3a 12:30" (I'll come and take Lina at 12:30), "ana ra7 ekhod Jana 3al 1": a time in the
    # school day, collected from school
    (r"\b(?:(?:ana|2ana)\s+)?(?:(?:ra7|rah|ha|7a|bedde|baddi|bidi|beddi)\s+)?(?:(?:eji|iji|aji|2eji|2iji|beji|biji|baji"
     r"|bji|ejee|ajee|bjee)\s+)?(?:(?:b|ha|7a|ba)?(?:2|')?(?:a|e|i)|(?:ha|7a)(?:2|')?)(?:kh|5|x)(?:e|i|o|ou|u)d\s+(?!(?:el|al|l|at)\b)([a-z]+)"
     r"(?=(?:\s+early)?(?:\s+(?:today|lyom|lyoum|elyom|elyoum|el[- ]yom|el[- ]youm|tomorrow|bukra|bokra|bukrah|bokrah"
     r"|bkra|boukra))?\s+at (?:1[0-5]|[1-3]):\d\d\b)",
     r"i'll collect \1 from school"),
    (rf"\b(?:(?:ra7|rah|ha|7a|bedde|baddi|bidi|beddi)\s+)?(?:b|ha|7a|ba)?(?:2|')?"
     rf"(?:a|e|i|n|ne|na|y|ye|yi|ya|t|te|ti|ta)?"
     rf"(?:kh|5|x)(?:e|i|a)?d(?:o|u|ou|ha|a|on|hon|hom|hum|h)\s+(?:{_TO}[- ]?)?(?:el|al|l)?[- ]?"
     rf"(?:daktor|doktor|doctor|dentist|gp|mostashfa|mustashfa|maw3ed|mawed)", "taking them to the doctor"),
    # the time first: "ba3d el dohr bjibo 3al school" (I bring him in after midday), not "bjibo mn el madrase"
    (r"\bthis afternoon,?\s+(?:(?:ra7|rah|ha|7a|ba)\s+)?(?:b|a|e|2a|2e|n|bn|mn|ha|7a|ba|bi|ne)(?:jib|geeb|gib|jeeb"
     r"|yib|jeb|jiib|wasl|wassl|wassel|wasel|waddi|wadd)(?:o|u|ou|ha|a|on|hon|hom|hum|h|oh)"
     rf"(?:\s+{_SCHOOL})?\b(?!\s+(?:mn|men|min|from)\b)", "will be in after lunch"),
    (rf"\b(?:(?:ra7|rah|ha|7a|ba)\s+)?(?:b|a|e|2a|2e|n|bn|mn|ha|7a|ba|bi|ne)?(?:jib|geeb|gib|jeeb|yib|jeb|jiib)"
     rf"(?:o|u|ou|ha|a|on|hon|hom|hum|h|oh)\s+{_SCHOOL}\b", "bring them to school"),
    (r"\b(?:(?:ra7|rah|ha|7a|ba)\s+)?(?:b|a|e|2a|2e|n|bn|mn|ha|7a|ba|bi|ne)(?:jib|geeb|gib|jeeb|yib|jeb|jiib)"
     r"(?:o|u|ou|ha|a|on|hon|hom|hum|h|oh)(?:\s+(?:3al|3a|lal)[- ]?(?:madrase|madrasa|school))?\s+(?:this afternoon"
     r"|(?:ba3d|ba3ed|b3d)\s+(?:(?:el|al|l|ed|ez)[- ]?)?(?:dohr|do7r|zohr|zuhr|duhr|dhuhr|ghada|ghade|ghda|lunch))\b",
     "will be in after lunch"),
    (r"\b(?:(?:ra7|rah|ha|7a|ba)\s+)?(?:b|a|e|2a|2e|n|bn|mn|ha|7a|ba|bi|ne)(?:jib|geeb|gib|jeeb|yib|jeb|jiib)"
     r"(?:o|u|ou|ha|a|on|hon|hom|hum|h|oh)\b", "i'll bring them in"),
    (r"\b(?:ana |e7na |ne7na )?(?:jaybe|jayeb|jaybo|jaybeh|jaybitu|jaybito|jaybeto|jaybha|jaybinno|jaybino|jaybeenu"
     r"|jaybin|jaybeen|gayba|gayeb|gaybo|gaybah)\b", "i'm bringing"),

    (r"\b(?:ghib|gheeb|ghayyeb|8ib|ghib|8eeb)\s+(?:3anno|3ano|3anha|3anna|3annu|3an el shoghol|3an el shighl|3an"
     r" shighli)\b", "miss it"),
    # -- staying home and not coming in ------------------------------------------------------------------------------
    # "lazem tib2a bel bet el yom ma3 a5ouha el zgheer": staying home to look after a sibling
    (rf"\b{_STAY}\s+{_HOME}((?:\s+(?:el yom|lyom|elyom|el youm|bukra|bokra))?)\s+(?:ma3|m3|ma3a)\s+"
     r"((?:my|his|her|our|their) (?:little )?(?:brother|sister))\b", r"staying home\1, looking after \2"),
    (rf"\b{_STAY}\s+{_HOME}(?:\s+(?:ma3|m3|ma3a)\s*(?:a|o|ha)?)?", "staying home"),
    (rf"\b(?:(?:ra7|rah|ha|7a|bedde|baddi|bidi|beddi)\s+)?(?:b|n|bn|a|e|2|ha|7a)?(?:kh|5)all(?:i|ee|e|ay)(?:h|ha|hon"
     rf"|hom"
     rf"|o|u|a|to|tha|ton|ya|yto|ytha|yton)?\s+{_HOME}", "keeping them home"),
    (rf"\b(?:{_NOT}\s+(?:(?:{_WILL})\s*)?|ma(?:b|bi)\s*)(?:(?:y|t|n|b|by|bt|bn)?(?:e|i)?(?:2|q|g|')?(?:dar|der"
     rf"|dir)\s+)?"
     rf"(?:{_COME})\b"
     rf"(?:\s+(?:{_SCHOOL}))?", "won't be in"),
    (rf"\b{_NOT}\s+(?:{_EGY_COME})\b(?:\s+(?:{_SCHOOL}))?", "won't be in"),
    (rf"\b{_NOT}\s*(?:(?:{_WILL})\s*)?(?:b|n|a|e|2|ba|ha|7a)?(?:b3at|ba3t|b3ath|ba3ath|bab3at|rsel|rsil|wadd|wadi"
     rf"|wadd?i)(?:o|u|ou|ha|a|on|hon|hom|h|oh)?\b(?:\s+(?:{_SCHOOL}))?", "won't be sending them in"),
    (rf"\b{_NOT}\s*(?:jaye|jeye|jayi|ja2i|je2i|jayin|jayeen|jeyin|ja2ye|jaaye|jay|jayy|jaay|jaya|jayye|jaye2"
     rf"|jayeh|jeyeh|jayyin|gay|gaye|gayin|gayy|gaay|gaya|gayya"
     rf"|gayyin|gayeen|gayyeen|rayeh|raye7|rayha"
     rf"|ray7a|ray7in|ray7een)\b(?:\s+(?:{_SCHOOL}))?", "won't be in"),
    (r"\b(?:ma|mafi|mafish|mafeesh|ma fi|ma fee|ma fish|ma feesh)\s*(?:madrase|madrasa|madraseh|school|dawam|mdrase)"
     r"(?:\s+(?:la|l|li|lal|le)[- ]?)?", "won't be in school "),
    (r"\b(?:(?:ra7|rah|ha|7a|bi|b)\s*)?(?:y|t|n|by|bt|bn)?(?:gh|8)(?:i|ee|ay|ayy|e)(?:b|yb|yyeb|yeb)(?:o|u|ou|i)?\b"
     r"|\b(?:ghayeb|gha2ib|ghayib|ghayba|ghaybe|ghaybeh|ghaybin|ghaybeen|ghayben|8ayeb|8ayba|ghaaib|ghaayeb)\b",
     "absent"),
    (r"\b(?:ma|mish|msh|mesh|mo)\s+(?:ija|eja|ja|jat|ijat|ejat|ajja|2aja|2ija|ijo|ejo|2ijo|jo|jou|ijou|ga|gat|ago|rah"
     r"|ra7"
     r"|ra7et|ra7it|rahet|dawam|dawamet)\b(?:\s+(?:3al|3a|lal|3l)[- ]?(?:madrase|madrasa|school))?", "wasn't in"),
    # "Majd ja2i 3adi", "ra7 yiji 3adi": in as normal
    (rf"\b(?:(?:{_WILL})\s+)?(?:ja2i|jaye|jeye|jayi|jayeh|gay|gaye|(?:b|by|bt)?(?:y|t)?(?:i|e)?(?:ji|je|jo|ju|gi))"
     rf"(?:\s+{_SCHOOL})?\s+(?:3adi|3ady|adi|ady|3a?adi|tabi3i|ka(?:l)?3ada|kel 3ada|zay kol yom|mitl kil yom)\b",
     "will be in as normal"),
    # "ra7 yeji 3al madrase 3al 9:45" (he'll come to school at 9:45), "ra7 tiji el sa3a 10": in at that time (not "to
    # school to the 9:45")
    (rf"\b(?:ra7|rah|ha|7a)\s+(?:y|t|n)(?:i|e)?(?:ji|je|jo|ju|jou|gi)(?:u|o|ou)?(?:\s+{_SCHOOL})?"
     r"\s+(?:(?:3al|3a|3l|a3al|3ala|3la|at)\s+)+(\d{1,2}[:.]\d\d)\b", r"will be in at \1"),
    (r"\b(?:ra7|rah|ha|7a)\s+(?:y|t|n)(?:i|e)?(?:ji|je|jo|ju|jou|gi)(?:u|o|ou)?\b", "will be in"),
    # "Sami jayi bas ra7 yit2a5ar" (Sami is coming but will be late): the participle "coming" (not negated: "mish
    # jaye" was read above; not "jaye a5do", coming to take him)
    (rf"\b(?:ja2i|jaye|jeye|jayi|jayeh|ja2ye|jaaye|jaya|jayye|jayeen|jayin|jayyin|ja2yin|gay|gaye|gaya|gayin)"
     rf"(?:\s+{_SCHOOL})?(?=\s*(?:[.,!?;]|$)|\s+(?:bas|bass|bs|but|w|wa|u|bukra|bokra|el yom|elyom|lyom|today"
     rf"|tomorrow)\b)", "will be in"),
    # "bukra btiji", "byiju el tnein": the present "b-" form of "come" (not negated: "ma btiji" was read above)
    (r"(?<!\bma )(?<!\bmish )(?<!\bmesh )(?<!\bmsh )(?<!\bmo )(?<!\bmush )\b(?:b|bi)(?:t|y|n)(?:i|e)?"
     r"(?:ji|je|jo|ju|jou)(?:u|o|ou)?\b", "will be in"),

    # -- illness -----------------------------------------------------------------------------------------------------
    (r"\bvirus\s+(?:(?:bi|b|fi|f|bel|fel)\s*)?(?:el\s+)?(?:batn|batno|batna|batnha|batnu|ma3de|m3de|mi3de|me3de"
     r"|ma3do|mi3dto|m3detto|bat7o)\b|\b(?:tasammom|tasamom|tasammum|tasamum)(?: (?:2ezaye|ghiza2i|ghitha2i))?\b"
     r"|\bgastro\b", "stomach bug"),
    (r"\b(?:wja3|waja3|wajaa|wjaa|wga3|waga3|wija3|wajja3|w6a3|alam|alaam)\s+(?:(?:b|bi|bel|bil|fi|fel|fil)\s*)?"
     r"(?:(?:el|al|l)[- ]?)?(?:batn|bat7|bat2n|ba2n|ba6n|batno|batnha|batna|baten|batnu|batn[oa]|ma3de|m3de|mi3de"
     r"|me3de|ma3ide|ma3do|m3do|mi3dto|mi3de)\w*|\b(?:batn|batno|batna|batnha|batnu|ma3ed?to|mi3dto)\s+(?:3am\s+)?(?:b|by|bt|bi|y|t)?"
     r"(?:e|i)?(?:w|u)j(?:a|e|i)?3\w*", "tummy ache"),
    (r"\b(?:wja3|waja3|wajaa|wjaa|wga3|waga3|alam)\s+(?:(?:b|bi|bel|bil|fi|fel|fil)\s*)?(?:(?:el|al|l)[- ]?)?"
     r"(?:ras|raas|rasso|raso|rasa|rasha|rasi|rous)\b|\b(?:soda3|suda3|sda3|sudaa3|sodaa3)\b", "headache"),
    # "rasso byewja3o" (his head hurts him), "rasa 3am yuja3a": the head first, then the verb
    (r"\b(?:ras|raas|rasso|raso|rasa|rasha|rasi|rasou|rasu)\s+(?:3am\s+)?(?:b|by|bt|bi|y|t)?(?:e|i)?(?:w|u)j(?:a|e|i)?3"
     r"\w*", "headache"),
    (r"\b(?:wja3|waja3|wajaa|wjaa|wga3|waga3|alam)\s+(?:(?:b|bi|bel|bil|fi|fel|fil)\s*)?(?:(?:el|al|l)[- ]?)?"
     r"(?:snan|asnan|sinn|sinno|dirs|ders|derso|dirso|drous|adras|sen|senno|snano)\b", "toothache"),
    (r"\b(?:wja3|waja3|wajaa|wjaa|wga3|waga3|alam|iltihab|eltihab|ilti7ab|elti7ab|iltehab)\s+(?:(?:b|bi|bel|bil|fi|fel"
     r"|fil)\s*)?(?:(?:el|al|l)[- ]?)?(?:2eden|eden|adan|2dan|wdan|widan|2denat|dan|odn|udn|wedno|2edno|adno|2deno"
     r"|dneh|wednayn|2dnayn)\w*", "earache"),
    (r"\b(?:wja3|waja3|wajaa|wjaa|wga3|waga3|alam|iltihab|eltihab|ilti7ab|elti7ab|iltehab)\s+(?:(?:b|bi|bel|bil|fi|fel"
     r"|fil)\s*)?(?:(?:el|al|l)[- ]?)?(?:zor|zour|zlo3|zalo3|7al2|hal2|7al2o|halq|zoro|zouro|zloo3|lawzat|lawzteen"
     r"|lawztein|lwazat|7ale2)\w*", "sore throat"),
    (r"\b(?:wja3|waja3|wajaa|wjaa|wga3|waga3|alam)\s+(?:(?:b|bi|bel|bil|fi|fel|fil)\s*)?(?:(?:el|al|l)[- ]?)?"
     r"(?:dahr|dahro|dahra|ijr|ejr|ejro|ijro|rijl|rejl|2ejr|2ejro|id|eed|2id|2ido|ido|ktef|kitf|3ein|3eino|3youn"
     r"|3yuno|sadr|sadro)\w*", "pain"),
    (r"\b(?:wja3|waja3|wajaa|wjaa|wga3|waga3|alam|alaam|awja3)\b", "pain"),
    (r"\b(?:iltihab|eltihab|ilti7ab|elti7ab|iltehab|ilte7ab|eltehab|iltiha|eltiha)\w*", "infection"),
    # fever: "s5ono 3ali", "sokhne", "7arara", "msakhan"
    (r"\b(?:s|z)(?:o|u|ou|a)?(?:kh|5|x)(?:o|u|ou|a|e|i)?nn?(?:e|eh|a|ah|i|o"
     r"|ou|u|iy+e|ey+a|iy+a|ia|ya|ye|iyeh|eyyeh|iyya|iye|ieh|ehe|ito|eto|ta|to|tu|ha|o)?\b", "a temperature"),
    (r"\b(?:7|h)a{0,2}raa?r(?:a|e|ah|eh|to|ta|tu|ato|eto|ita|iti|ate|et|it|itha|etha|etou)?\b", "a temperature"),
    # "akhou el zghir s5en" (his little brother is hot): a brother or sister who has it ("3ando" gives "has" already)
    (r"\b((?:my|his|her|our|their) (?:little )?(?:brother|sister))\s+(?=(?:a temperature|a cold|flu|cough|covid"
     r"|chickenpox)\b)", r"\1 has "),
    (r"\b(?:msakhan|msa5an|msakhne|msa5ne|mse5en|mse5ne|msakhna|msa5na|msakhnin|msa5nin|mshawwab|mshawb|mshawbe"
     r"|mshawbeh)\b", "has a temperature"),
    (r"\b(?:3ali|3alye|3aliye|3alie|3alya|3alyeh|3aleye|mortafe3a|murtafi3a|mortafi3a|mortafe3|murtafi3|3alyi)\b",
     "high"),
    (r"\b(?:e|a|i)nfl(?:o|u|ou)?(?:w|u)?(?:a|e)nza\b|\bgripp?e?\b|\bdor bard\b|\bdawr bard\b", "flu"),
    # "tele3 ma3o covid", "tal3etla corona": tested positive
    (r"\b(?:tele3|tili3|tal3a|tal3et|tel3et|til3it|tala3|tele3lo|tele3la|tal3etlo|tal3etla|tele3o)\s+(?:ma3o|ma3ha|m3o"
     r"|m3ha|ma3ou|ma3aha|3ando|3anda|3andha)?\s*(?=corona|korona|kourona|covid|kovid)", "tested positive for "),
    (r"\b(?:corona|korona|kourona|koroona|kurona|coronavirus|kovid|covid)\b", "covid"),
    (r"\b(?:rash7|rashe7|rashi7|rash-h|rashh|rashih|rash7a|rashe7a|rash7o|rash7a|ra4i7|zokam|zukam|zoukam|zakma|zokaam"
     r"|nazle|nazla|nazleh|nazlet bard|nazlit bard|nazlet bared|lafhet bard|laf7et bard|laf7it bard|laf7et hawa"
     r"|lafhet hawa|bard|brd|barid|bared|mrashe7|mrash7|mrash7a|mrashe7a|mrash7in)\b", "a cold"),
    (r"\b(?:ta(?:3|a|')?b(?:a|e)n(?:e|eh|a|ah|in|een|ine|en|ineh|at|et|ane|ani)?|tabanin|ta3banen|t3ban|t3bane|t3bana"
     r"|mared|mareed|marid|marida|mareeda|mareedeh|marda|mardan|mardane|mardaneh|mrid|mrida|mrad|mreed|mreeda"
     r"|3ayyan|3ayan|3ayana|3ayaneen|3ayyana|3ayanin|mawjou3|mawjou3a|maw3ouk|mat3ab|mit3ab|mit3aba|mish mni7|msh mni7"
     r"|mish mnee7|mish mni7a|mish mnee7a|msh mnee7|mesh kwayes|mesh kwayesa|mesh kwayyes|mesh kwayyesa|mish kwayes"
     r"|mish kwayyes|mish kwayse|mo zen|mub zain|mob zain|mo zain|mu zen|mub zaina|mo zaina|mish 3ala ba3do"
     r"|mish b5eir|mish bkheir|mish mleeh|mish mli7|mish ghaya)\b"
     r"|\b(?:mub|mob|mb|mu|mo|mou|mahu|mahi) (?:zain|zaina|zen|zena|zeina|zina|zeen|zeena|b5eir|bkheir)\b", "unwell"),
    # vomiting: "yestafre3", "bet2ayya", "bitrajji3" (not "byerja3", back), "3am btista2ye", "ista2et"
    (r"\b(?:3am |3m )?(?:b|m)?(?:t|y|n)?(?:i|e)?st(?:a|e)?(?:2|q|')(?:a|e)?(?:y+(?:a|e|i)?|a|e|i)"
     r"(?:t|et|it|o|ou|u|na)?\b", "vomiting"),
    (r"\b(?:3am |3m |3ammal |3ammala )?(?:b|by|bt|bi|y|t|yi|ti|ye|te|be|e|i)?(?:e|i)?st?afr(?:a|e|i)(?:3|gh|g|8)"
     r"(?:o|et|it|at|u|ou|na)?\b", "vomiting"),
    (r"\b(?:3am |3m )?(?:b|y|t|bi|be|by|bt|it|et|i|e)?(?:i|e)?t(?:2|q|')a?y+(?:a|e)(?:t|et|it|o|ou|u)?\b", "vomiting"),
    (r"\b(?:3am |3m )?(?:(?:b|by|bt|bi|be|y|t|yi|ti|bit|bet|byi|bye|it|et)r[ae](?:jj?|gg?)[aei]3|r[ae](?:jj|gg)[aei]3)"
     r"(?:et|it|at|o|ou|u|na)?\b", "vomiting"),
    (r"\b(?:e|i)?s-?(?:h|7)al\b|\b(?:ishal|eshal|is7al|es7al|is-hal|es-hal|isshal|is'hal|ishaal|es-7al)\b",
     "diarrhoea"),
    # "mghas", "ma8as", "maghas" (stomach cramps, colic)
    (r"\b(?:mghas|maghas|ma8as|m8as|mag7as|maghs|mghass|maghass)\b", "stomach cramps"),
    (r"\b(?:ka77a|kaha|kahha|k7a|ku77a|ko77a|ko7a|ku7a|ka7a|kohha|kuhha|kosa|kossa|so3al|s3al|sa3le|sa3la|s3ale|so3aal|kh?o77a)\b"
     r"|\b(?:b|by|bt|3am y|3am t|y|t)(?:e|i)?(?:s3ol|s3al|ko77|k7)\w*", "cough"),
    (r"\b(?:jodari|jedri|jidri|jedre|jadari|jdere|jdeiri|jderi|jodary|godary|gedri|jidari|jdeire|jadari|jodairi"
     r"|jodeiri)\b", "chickenpox"),
    (r"\b(?:7asbe|7asba|hasba|7asbeh|7osba)\b", "measles"), (r"\b(?:abu ke3ab|abou ke3ab|abu kaeb)\b", "mumps"),
    (r"\b(?:mkasser|m5asser|maksour|maksoura|maksoure|maksoureh|kasr|kaser|kser|nkasar|inkasar|inkasaret|nkasret"
     r"|inkasret|kasar|kasret|kasaret|maksur|maksura)\w*", "broken arm"),
    (r"\b(?:wi2e3|wi2i3|we23et|wi23it|wa2a3|w2e3|w2e3et|wo23et|wa2a3et|wi2e3et|w2e3|wa23a|wiq3)\b", "had a fall"),
    (r"\b(?:majrou7|majrou7a|majrooh|majroo7|jer7|jur7|jr7|mjarra7|ltawa|iltawa|lawa|iltawet|ltawet|malwi|malwiyye"
     r"|iltiwa2|iltiwa)\b", "injured"),
    (r"\b(?:dawkha|dokha|daw5a|dawkhe|dayekh|dayi5|day5a|daykha|dayekha|dayi5a|dayikh|dawkhat|dayxa)\b", "dizzy"),
    (r"\b7as(?:s)?asiy+(?:e|a|eh)\b|\b(?:hasasiya|hassasiya|7asasiye|7assasiye|7asasiyye)\b", "allergic reaction"),
    # "azmet rabo" (an asthma attack), "nawbet rabw"
    (r"\b(?:(?:azmet|azmit|2azmet|2azmit|nawbet|nobet|nobit)\s+(?:rabw|rabu|rabo|raboo|rabou|2azma|azma)|(?:rabw|rabu"
     r"|rabo|raboo|rabou|azma|2azme|2azma)\b(?:\s+(?:attack))?)", "an asthma attack"),
    (r"\b(?:2ala2|qala2|qalaq|2alaq|2al2an|2al2ane|ala2|2al2aneh)\b", "anxiety"),
    (r"\b(?:sar|saret|sarit|sart|sarat|sarou|saro)\s+(?:(?:a7san|ahsan|a7sen)(?: shway| bkteer| ktir)?|mni7|mnee7|mni7a"
     r"|mnee7a|kwayes|kwayyes|kwayesa|kwayyesa|mni7in|mnee7in|zain|zaina|tayyeb|tayyba)\b", "is better now"),
    (r"\b(?:a7san|ahsan|a7sen|a7sann|a7san shway)\b", "better"),
    (r"(?:^|(?<=[,.!?;] )|(?<=\band )|(?<=\bw )|(?<=\bla2anno )|(?<=\bla2enno )|(?<=\b3ashan )|(?<=\bkan ))"
     r"(?:3ando|andu|aando|3endo|3indo|3ndo|3andou|3andoh|3andu|aandu)\b", "he has"),
    (r"(?:^|(?<=[,.!?;] )|(?<=\band )|(?<=\bw )|(?<=\bla2anno )|(?<=\bla2enno )|(?<=\b3ashan )|(?<=\bkanet ))"
     r"(?:3anda|3andha|3andaha|aanda|aandha|3endha|3indha|3ndha)\b", "she has"),
    (r"\b(?:3ando|andu|aando|3endo|3indo|3ndo|3nd|3andou|3andoh|ando|endo|indo|3andu|aandu)\b", "has"),
    (r"\b(?:3anda|3andha|3andaha|aanda|aandha|3endha|3indha|3ndha|3nda|andha|andaha|3andah)\b", "has"),
    (r"\b(?:3andon|3andhon|3andhom|3anduhum|3andohom|3andhum|aandon|andon|andhom|3endhom|3ndhom|3andun)\b", "have"),
    (r"\b(?:(?:ana|2ana|ani|ena) )?(?:3andi|3endi|3indi|aandi|andi|3ndi)\b", "i have"),
    (r"\b(?:kan|kanet|kant|kanit)\s+(he|she)?\s*has\b", r"\1 had"),
    (r"\b(?:kano|kanou|kanu)\s+have\b", "they had"),
    (r"\b(?:3andna|3andena|3endna|andna|3anna|3enna|aanna)\b", "we have"),
    (r"\b(?:3and|3end|3ind|3ond)\b", "at"),

    # -- appointments ------------------------------------------------------------------------------------------------
    (r"\b(?:(?:el|al|l)[- ]?)?(?:maw3ed|maw3id|mau3ed|mow3ed|maw3ad|maw3d|mawe3d|mawed|mawid|mo3ed|mi3ad|me3ad"
     r"|mi3aad|maou3ed|mawa3ed|mawa3id|maw3edo|maw3eda|maw3eda)\b", "appointment"),
    # Maghrebi "rendez-vous", "rdv" (French for an appointment)
    (r"\b(?:(?:el|al|l)[- ]?)?(?:rendez[- ]?vous|rendevous|rendezvous|rdv|randevu)\b", "appointment"),
    # Egyptian "ma3ad" (an appointment) only after "has"/"have" or before where it is ("ma3ad fel mostashfa"): "ma3ad"
    # alone is also "no longer"
    (r"(?<=\bhas )(?:(?:el|al|l)[- ]?)?(?:ma3ad|ma3aad|m3ad)\b|(?<=\bhave )(?:ma3ad|ma3aad|m3ad)\b"
     r"|\b(?:ma3ad|ma3aad|m3ad)\b(?=\s+(?:fel|fil|fi|bel|bil|3and|3end|ma3|m3a)\b)", "an appointment"),
    (r"\b(?:(?:el|al|l)[- ]?)?(?:daktor|daktoor|dakter|doktor|dktor|dakhtor|duktur|doktoor|daktora|doktora|doktore"
     r"|tabib|tabeeb|tbib|tbeeb|7akim|hakim|7akeem|hakeem|tabiba|tabibe)\s+(?:(?:el|al|l)[- ]?)?(?:asnan|snan|sinan"
     r"|esnan|isnan)\b|\b(?:(?:el|al|l)[- ]?)?(?:asnan|snan|esnan|isnan)\b", "dentist"),
    (r"\b(?:(?:el|al|l)[- ]?)?(?:daktor|daktoor|dakter|doktor|dktor|dakhtor|duktur|doktoor|tabib|tabeeb|tbib|tbeeb"
     r"|7akim|hakim)\s+(?:(?:el|al|l)[- ]?)?(?:3youn|3uyun|3yoon|3iyoun|3ein|3yun|nazar)\b|\bnazarat\b"
     r"|\b(?:(?:el|al|l)[- ]?)?(?:3youn|3ayoun|3uyun|3iyoun|3yoon)\b", "optician"),
    (r"\b(?:(?:el|al|l)[- ]?)?(?:daktor|daktoor|dakter|doktor|dktor|dakhtor|duktur|doktoor|daktora|doktora|doktore"
     r"|tabib|tabeeb|tbib|tbeeb|7akim|hakim|7akeem|hakeem|tabiba|tabibe|daktorto|daktoro|daktorta)\b", "doctor"),
    (r"\b(?:(?:el|al|l|bel|bil|fel|fil|3al|lal|b)[- ]?)?(?:mostashfa|mustashfa|mistashfa|mestashfa|moustashfa|mostashfe"
     r"|mustashfe|mashfa|mostachfa|mustashfaa|mostshfa|mstshfa|sbitar|sbeetar|isbitar|esbitar|mestashfa|mashfa)\b",
     "hospital"),
    # "3ana emergency bil 3eyle", "fi 7ale tare2a bel 3a2ile": an emergency in the family
    (r"\b(?:(?:3anna|3ana|3nna|3andna|andna|3ndna|fi|fee|sar|sar 3anna)\s+)?(?:emergency|tawari2|7ale tare2a"
     r"|7ala tari2a|hale tare2a)\s+(?:(?:bel|bil|fel|fil|bl|fl|b|f|fi|bi|fe|be|3end|3and|m3|ma3)[- ]?)?"
     r"(?:(?:el|al|l)[- ]?)?(?:3eyle|3ayle|3eile|3ele|3ayleh|3eyleh|3a2ile|3a2ileh|3a2ila|3ayla|3eela|ahl|family)\b",
     "family emergency"),
    (r"\b(?<!family )(?:(?:el|al|l|bel|bil|fel|fil|3al|lal|b)[- ]?)?(?:tawari2|tawari|tawaree2|tawarei|tawari'"
     r"|tawarea|emergency|el emergency)\b", "a&e"),
    # "3anna 7ale tare2a", "zarf tare2": a family emergency
    (r"\b(?:(?:3anna|3ana|3nna|3andna|andna|3ndna|fi|fee)\s+)?(?:7ale|7ala|7aleh|7alet|7alat|hale|hala|haleh|halet"
     r"|zarf|zaref|dharf|zorouf|zuruf|dhuruf)\s+(?:tare2a|tari2a|tare2e|tari2e|tar2a|tar2e|tare2|tari2|tarea|taria"
     r"|tari2eh|tare2eh|tar2eh)\b|\b(?:zorouf|zuruf|zurouf)\s+(?:3a2iliyye|3a2iliyya|3a2eliyye"
     r"|3a2iliye|3ayliyye|3a2ilia)\b", "family emergency"),
    (r"\b(?:(?:el|al|l|bel|bil|fel|fil|3al|lal|b)[- ]?)?(?:3iyade|3yade|3iyadeh|3eyade|3iyada|3yada|3eyada|clinic)\b",
     "clinic"),
    (r"\b(?:la2a7|la2ah|laqa7|lagah|laqah|ta63eem|ta63im|tat3im|tat3eem|tut3im|ta6eem|ta6im|tatʿim|ebre|ebra|ibre"
     r"|ibra|el ebre|el ebra|tal2i7|tal2ee7|talqi7|ta63eemat|la2a7at|l2a7)\b", "vaccination"),
    (r"\b(?:ta7lil|t7lil|ta7leel|tahlil|ta7alil|t7alil|fa7s|fahs|fa7es|fa7so)\s+(?:el|al|l)?[- ]?(?:dam|damm)\b",
     "blood test"),
    (r"\b(?:3amaliyye|3amaliye|3amalie|3amaleyye|3amaliya|3amaliyya|3amalia|3amaleye|3amaliyyeh|3amaliyeh)\b",
     "operation"),
    (r"\b(?:fa7s|fahs|fa7es|fa7so|fa7sa|ta7lil|t7lil|ta7alil|t7alil|check ?up|muraja3a|mraj3a|moraja3a|mraja3a)\b",
     "check-up"),
    (r"\b(?:mu2abale|mo2abale|m2abale|muqabala|mqabale|mu2abaleh|mo2abla|muqabla|m2ablet|mu2ablet|mo2ablet)\b",
     "interview"),

    (r"\b(?:nsit|nseet|nesit|nisit|nseit)\s+(?:2|a2|e2)?(?:oll?|ell?|oul|ul)(?:kon|kom|lkon|lkom|ak|ik)\b",
     "i forgot to say"),
    # -- reasons -----------------------------------------------------------------------------------------------------
    # "nishtri tyab el 3id", "ra7 nitsawwa2 lal 3id" (to buy clothes for Eid, to shop for Eid): shopping, not the
    # festival; "nishtri" (to buy), "tyab"/"awa3i"/"malabis" (clothes)
    (rf"\b(?:{_BUY}|{_SHOP})\s+(?:(?:la|lal|lil|3al|3a|for)[- ]?)?(?:(?:el|al|l)[- ]?)?(?:(?:{_CLOTHES})\s+"
     r"(?:(?:la|lal|lil|3al|3a|for)[- ]?)?(?:(?:el|al|l)[- ]?)?)?(?:3eid|3id|3eed|3iid|3eyd|3ed|eid|3yd)\b",
     "shopping for new clothes"),  # "eid shopping" would read as the festival itself
    # "nishtri aghrad el Christmas", "nitsawwa2 lal krismas" (to buy things for Christmas, to shop for Christmas):
    # Christmas shopping, not the holiday itself; "aghrad"/"7ajat"/"hdaya" (things, presents)
    (rf"\b(?:{_BUY}|{_SHOP})\s+(?:(?:el|al|l)[- ]?)?(?:(?:aghrad|agrad|a4rad|ghrad|7ajat|7aget|hajat|hdaya"
     r"|hadaya|ashya2|ashya)\s+)?(?:(?:la|lal|lil|3al|3a|for)[- ]?)?(?:(?:el|al|l)[- ]?)?(?:christmas|chrismas|krismas"
     r"|kresmas|krismis|xmas|x-mas)\b", "christmas shopping"),
    # "nishtri aghrad", "nishtri 7ajat" (to buy things): shopping
    (rf"\b(?:{_BUY})\s+(?:(?:el|al|l)[- ]?)?(?:aghrad|agrad|a4rad|ghrad|7ajat|7aget|hajat|ashya2|ashya)\b",
     "shopping"),
    (rf"\b(?:{_BUY})\b", "buy"), (rf"\b(?:{_SHOP})\b", "shopping"), (rf"\b(?:(?:el|al|l)[- ]?)?(?:{_CLOTHES})\b",
                                                                  "clothes"),
    # "sar 3anna 7ari2 bel matbakh" (we had a fire in the kitchen), "el bet kello dukhan" (the house is all smoke),
    # "ma fi kahraba" (there is no electricity)
    (r"\b(?:(?:el|al|l)[- ]?)?(?:7ari2|7ariq|7arik|hari2|hariq|7aree2|7areeq|haree2|hareeq|7ari2a|7ariqa|7ari2et"
     r"|7ari2at)\b", "a house fire"),
    (r"\b(?:(?:bel|bil|fel|fil|b|f)[- ]?(?:el[- ]?)?|(?:el|al|l)[- ]?)?(?:matbakh|matba5|matbkh|mtbakh"
     r"|mtba5|mat-bakh|mutbakh|ma6ba5|matba7|mattbakh)\b",
     lambda m: "in the kitchen" if m[0][:1] in "bf" else "the kitchen"),
    (r"\b(?:(?:el|al|l)[- ]?)?(?:dukhan|dokhan|du5an|do5an|d5an|dikhan|dkhan|dou5an|doukhan)\b", "smoke"),
    (r"\b(?:(?:el|al|l)[- ]?)?(?:kahraba|kahrba|kahraba2|kahrabaa|kahrabe|kahraba'|kahrabe2|kahraba2a|kahruba)\b",
     "electricity"),
    (r"\b(?:3eid|3id|3eed|3iid|eid|3ed|3eyd)\s+(?:el|al|l)?[- ]?(?:milad|miled|meelad|milado|miladha|mileda|milad[oa]"
     r"|meelado|meeladha|mawled|mawlid)\w*", "birthday"),
    (r"\b(?:(?:el|al|l|bel|bil|3al|la|lal)[- ]?)?(?:3eid|3id|3eed|3iid|3eyd|3ed|eid|el eid|3yd)\b(?:\s+(?:el|al|l)?"
     r"[- ]?(?:adha|ad7a|kbir|kebir|kabir|fitr|fetr|fi6r|sghir|sgheer|saghir|mubarak|mbarak|sa3id|sa3eed))?",
     "eid"),
    (r"\b(?:(?:el|al|l|bel|bil|fel|fil|3al|lal)[- ]?)?(?:3umra|3omra|omra|umra|3omrah|3umrah)\b", "umrah"),
    (r"\b(?:(?:el|al|l|bel|bil|fel|fil|3al|lal)[- ]?)?(?:7ajj|hajj|el 7aj)\b", "hajj"),
    (r"\b(?:(?:el|al|l|bel|bil|fel|fil|3al|la|lal)[- ]?)?(?:3aza|3aza2|3azza|3aza'|3aa|a3za|azza|3azaa|3aza2at)\b",
     "a bereavement, funeral"),
    (r"\b(?:(?:el|al|l|bel|bil|fel|fil|3al|la|lal|lel)[- ]?)?(?:ta3ziye|ta3zie|ta3ziyeh|ta3zye|ta3ziya|ta3ziyye|ta3zieh"
     r"|tazieh|taziye|ta3zeye|ta3zyeh|jenaze|jnaze|janaza|jenaza|jinaze|jnazet|jnazeh|jinaaza|ganaza|ganaaza|dafn"
     r"|dafen|dafna|dafne|jinazeh|jnaaze|janazet|janazeh|janaze|jenazet|jenazeh|jinazet|ganazet)\b", "funeral"),
    (r"\b(?:(?:it|et|i|e)?twaff?(?:a|et|at|it|aa|eet|yet|iyet|ya)|tuwuffiya|tuwfi|tawaffa|tawaffat|twafet|twafa"
     r"|(?:allah )?y(?:e|i)?r(?:7|h)am(?:o|ou|u|ha|a|on|hom)|rahimaho allah|(?:el|al)[- ]?mar(?:7|h)oum(?:a|e|eh)?)\b",
     "passed away"),
    (r"\b(?:(?:el|al|l|bel|bil|fel|fil|3al|la|lal|3a)[- ]?)?(?:3ers|3ors|3irs|3eres|3urs|3rs|3orss|3eress|3rs"
     r"|fara7|far7|zaffe|zaffeh|zafaf|zifaf|zafe|7aflet 3ers|7aflet zafaf)\b", "wedding"),
    (r"\b(?:(?:el|al|l|bel|bil|fel|fil|3al|la|lal|3a)[- ]?)?(?:khotbe|khitbe|5etbe|5otbe|5tube|khutbe|khetbe|katb ktab"
     r"|katb el kitab|katb el ktab|kitab)\b", "engagement party"),
    (r"\b(?:(?:el|al|l|bel|bil|fel|fil|3al|la|lal|3a)[- ]?)?(?:7aflet takharruj|takharroj|takharruj|takhrij|takharoj"
     r"|takhrog|ta5arroj|ta5arruj)\b", "graduation"),
    # "shokran lal miss 3al 7afle" (thanks to the teacher for the show): thanks for the school's show or party, not a
    # family event; "3al 3ard", "3al masra7iyye" (for the performance, the play)
    (r"\b(thanks\b[^.!?]{0,40}?)\s+(?:3al|3ala|3a|3la)[- ]?(?:(?:el|al|l)[- ]?)?(?:7afle|7afla|7afleh|7aflet|hafle"
     r"|hafla|haflet|3ard|3ared|3ard el|masra7iyye|masra7iye|masra7iya|masra7iyya|masra7iyeh)\b",
     r"\1 for the school show"),
    (r"\b(?:(?:el|al|l|bel|bil|fel|fil|3al|la|lal|3a)[- ]?)?(?:7afle|7afla|7afleh|7aflet|hafle|hafla|haflet)\b",
     "party"),
    (r"\b(?:(?:ra7|rah|ha|7a|bi|b|m|mn|bn)\s*)?(?:n|m|mn|bn|y|t)?(?:i|e)?(?:safer|sefer|saafer|safr|safar|safir|sfar"
     r"|safro|safaro|safru)(?:o|u|ou|na)?\b|\b(?:msafrin|msafreen|msafer|msafra|msafre|mesafrin|mesafreen|msefrin"
     r"|msafrine|msafreen|msafara|msafrn|msaafrin|musafir|musafrin|msafrin)\b", "travelling"),
    (r"\b(?:(?:el|al|l|bel|bil|fel|fil|3al|la|lal|3a|b)[- ]?)?(?:3otle|3otla|3otleh|3utla|3otol|3utle|ejaze|ejazeh"
     r"|ijaza|ijaze|egaza|agaza|eijaze|ijazeh|3otlet)\b", "holiday"),
    (r"\b(?:(?:el|al|l)[- ]?)?(?:tayyara|tiyara|tayyare|tayara|tayyareh|ta2ira|tiyyara|ta2era|tayyra)\b", "the plane"),
    (r"\b(?:(?:el|al|l|3al|lal)[- ]?)?(?:matar|mataar)\b", "the airport"),
    (r"\b(?:zyara|ziyara|zeyara|zyaret|zyarit|zyaara|ziyaret|zeyaret|nzour|mnzour|bnzour|nzor|nzoor)\b", "visiting"),
    (r"\b(?:(?:lal|la|el|al|l|3al)[- ]?)?(?:ahl|ahli|ahla|ahlna|ahelna|3ayle|3ayleh|3a2ile|3a2ila|3ela|3eile|3aylet"
     r"|ahlo|ahelha|ahlha|ahelo)\b", "family"),
    (r"\b(?:(?:la|lal|3al|3a|le|fi|b|bi|fel|bel)[- ]?)?(?:lebnan|libnan|lubnan)\b", "to lebanon"),
    (r"\b(?:(?:la|lal|3al|3a|le|fi|b|bi|fel|bel)[- ]?)?(?:souria|soorya|suriya|sourya|esh-sham)\b", "to syria"),
    (r"\b(?:(?:la|lal|3al|3a|le|fi|b|bi|fel|bel)[- ]?)?(?:masr|misr|ma9r)\b", "to egypt"),
    (r"\b(?:(?:la|lal|3al|3a|le|fi|b|bi|fel|bel)[- ]?)?(?:el urdon|el orden|urdun|el ordon|el urdun"
     r"|al urdun|urdon|orden|ordon|lurdon)\b",
     "to jordan"),
    (r"\b(?:(?:la|lal|3al|3a|le|fi|b|bi|fel|bel)[- ]?)?(?:falastin|felesteen|filastin|falasteen|filisteen)\b",
     "to palestine"),
    (r"\b(?:(?:la|lal|3al|3a|le|fi|b|bi|fel|bel)[- ]?)?(?:el 3ira2|el 3ra2|al 3iraq|el iraq|3ira2|3iraq)\b",
     "to iraq"),
    (r"\b(?:(?:la|lal|3al|3a|le|fi|b|bi|fel|bel)[- ]?)?(?:el maghreb|el maghrib|lmaghrib|lmgharib|maghrib)\b",
     "to morocco"),
    (r"\b(?:(?:lal|la|el|al|l|3al)[- ]?)?(?:balad|blad|bled|el blad|lbled|watan)\b", "back home abroad"),
    (r"\b(?:(?:el|al|l)[- ]?)?(?:nursery|7adane|hadane|hadana|7adana|7adaneh|rawda|roda|7ady|7adaneh|kg|creche|crèche)"
     r"\b", "the nursery"),
    (r"\b(?:msakkra|msakra|msakkar|msakker|msakkara|msakraa|msakra|m2fule|m2fool|ma2foule|ma2foul|m2fle|mghla2|m8la2a"
     r"|mughlaqa|mughlaq|m2afale|m2afleh|m3attle|m3attal|m3attale|msakkar|msakkareh|mssakra)\b", "closed"),
    (r"\b(?:shighl|shoghl|sho8l|shegel|shu8ol|shoghol|shughl|shoghel|sho3'l|shoghli|shighli|sho8li|shoghol|3amal)\b",
     "work"),
    (r"\b(?:ma fini|ma fiyi|ma ba2der|ma b2dar|ma ba2dar|ma fina|mafini|ma ba3ref|ma 2adar|mish 2adra|mish 2ader"
     r"|msh 2adra|mish ader|mish adra|mesh 2adra|mesh 2ader|ma agdar|ma a9dar)\b", "i can't"),
    # "ma b2dar jib Sami" (I can't bring Sami), "ma fini wasslo": the verb after "i can't" is bringing the child in
    (r"\b(i can't)\s+(?:jib|jeeb|geeb|gib|yib|a?jib|wassel|wasel|wassil|waddi|wadi|ousal|wasl)(o|u|ou|ha|a|on|hon"
     r"|hom)?\b", lambda m: f"{m[1]} bring {_pronoun(m[2]) + ' ' if m[2] else ''}"),
    (r"\b(?:(?:ra7|rah|ha|7a)\s+)?(?:b|n|bn|mn)?(?:kh|5)abb(?:e|i)?r(?:kon|kom|kum|ak|ik|ko|kn)\b|\b(?:ra7|rah|ha"
     r"|7a)\s+"
     r"(?:ballegh|balegh|bl8kon|ballighkon|ballighkom|ba3telkon|ba3tlkon|ba3tilkon|ra2sel|rasselkon|baslkon)\w*",
     "will keep you updated"),
    # "lessa ma 7addadu el yom" (they haven't fixed the day yet), "ma a3tuna el maw3ad": the day is not known yet (not
    # "today")
    (r"\b(?:(?:ba3ed|ba3d|lessa|lissa|lesa|lisa|lisss?a)\s+)?(?:ma|mish|msh|mesh)\s+(?:7addadou|7addado|7addadu"
     r"|7adadou|7adado|7adadu|haddadou|haddado|haddadu|7addadoh|7added|7adad|7adadet|7addadna|7adadna|a3tou|a3tu|3tulna"
     r"|3touna|a3tuna|a3touna|2alulna|7attou|7attu|7atto|thabbatou|thabbatu|akkadou|akkadu|2akkadu)\s+(?:(?:lna|elna"
     r"|ilna)\s+)?(?:el|al|l|il)[- ]?(?:yom|youm|yoom|yawm|nhar|maw3ad|maw3ed|maw3id|ta2rikh|tarikh|tare5)\b"
     r"(?:\s+(?:ba3ed|ba3d|lessa|lissa|lesa|lisa)\b)?", "the day is not known yet"),
    (r"\b(?:ba3ed|ba3d|lessa|lissa|lesa|lisa|lisss?a)\s+(?:ma|mish|msh|mesh)\s+(?:7addadou|7addado|7addadu|7adadou"
     r"|haddadou|7addadoh|2alou|2alulna|3arfin|3arfeen|ba3tou|ba3atoulna|7added|7adad|7adadet|7addadna|7adadna"
     r"|a3tou|3tulna|3touna|tsal|tasalou|7akou|ba3ref|ba3rif|b3ref|ba3rf|na3ref|mna3ref|3aref|3arfe|3arif|3arfa"
     r"|3rfna|3arafna|3rifna)\b(?:\s+(?:ayya|ay|ayy|eyya|anu|ani|shu|eish)\s+(?:yom|youm|nhar|yawm"
     r"|ta2rikh|wa2t|tarikh))?", "the day is not known yet"),
    (r"\b(?:ayya|ay|ayy|eyya|anu|ani|shu|ayyi)\s+(?:yom|youm|nhar|yawm)\b", "which day"),
    (r"\b(?:3am )?(?:bi|b|n|bn|mn|ba)?(?:t|2|a|e)?(?:tlob|tlub|6lob|6lub|talab|tleb|talbin|talbeen)\w*\s+(?:(?:el|al|l)"
     r"[- ]?)?(?:ejaze|ijaze|ijaza|ejazeh|egaza|ezn|izn|2izn|2ezn|esti2zan)\b", "requesting leave"),
    (r"\b(?:baddna|badna|bedna|beddna|bidna|biddna|7abbin|nwed|nawad|bedde|baddi|bidi|beddi)\s+(?:n|2|a|e)?(?:kh"
     r"|5)(?:e|i"
     r"|a)?d(?:o|u|ou|ha|a|on|hon|hom|hum|h)\b", "we would like to take them out"),

    # -- days --------------------------------------------------------------------------------------------------------
    # "yom el itnein", "l7ad el itnein", "el 5amis": the day; "el tnein" on its own is "both" (see above)
    (rf"\b(?:(?:yom|youm|yoom|yawm|nhar|nhaar)\s+)?(?:(?:el|al|il|l)[- ]?)?({_DAY_OF['monday']})\b",
     lambda m: "monday"),
    (rf"\b({_DAY_CONTEXT}) (?:(?:yom|youm|yoom|yawm|nhar)\s+)?(?:(?:el|al|il|l)[- ]?)?(?:tnein|tnen|tnin|tneen)\b",
     r"\1 monday"),
    (r"\b(?:yom|youm|yoom|yawm|nhar|nhaar)\s+(?:(?:el|al|il|l)[- ]?)?(?:tnein|tnen|tnin|tneen)\b", "monday"),
    (rf"\b(?:(?:yom|youm|yoom|yawm|nhar|nhaar)\s+)?(?:el|al|il|l|it|et|ett|itt|ith|eth)[- ]?"
     rf"({_DAY_OF['tuesday']}|{_DAY_OF['wednesday']})\b(?! (?:iyyam|ayyam|eyyam|iyam|ayam|wlad|awlad|sa3at|marrat))",
     lambda m: _day_name(m[1])),
    (rf"\b(?:yom|youm|yoom|yawm|nhar|nhaar)\s+({_DAY_OF['tuesday']}|{_DAY_OF['wednesday']})\b",
     lambda m: _day_name(m[1])),
    (rf"\b(?:(?:yom|youm|yoom|yawm|nhar|nhaar)\s+)?(?:(?:el|al|il|l)[- ]?)?({_DAY_OF['thursday']})\b", "thursday"),
    # "jjem3a", "ej-jom3a": the article run into the day, as Maghrebi writes it
    (rf"\b(?:(?:yom|youm|yoom|yawm|nhar|nhaar)\s+)?(?:(?:el|al|il|l|ej|ij|aj|j)[- ]?)?({_DAY_OF['friday']})\b",
     "friday"),
    (rf"\b(?:(?:yom|youm|yoom|yawm|nhar|nhaar)\s+)?(?:(?:el|al|il|l|es|as|is)[- ]?)?({_DAY_OF['saturday']})\b",
     "saturday"),
    (r"\b(?:(?:yom|youm|yoom|yawm|nhar|nhaar)\s+)?(?:(?:el|al|il|l)[- ]?)(?:a7ad|ahad|2a7ad|7ad)\b(?<!\bl7ad)"
     r"(?<!\bla7ad)(?<!\bl 7ad)", "sunday"),
    (r"\b(?:yom|youm|yoom|yawm|nhar)\s+(?:a7ad|ahad|7ad)\b", "sunday"),
    # "l youm kamel" (the whole day), "yom wa7ed" (one day)
    (r"\b(?:(?:el|al|il|l)[- ]?)?(?:yom|youm|yoom|yawm|yaum) (?:kamel|kaamel|kamil|kemel|kollo|kolo|kullu|killo"
     r"|kello)\b", "all day"),
    (r"\b(?:(?:el|al|il|l)[- ]?)?(?:yom|youm|yoom|yawm|yaum) (?:wa7ed|wa7ad|wahed|wa7id|wa7d)\b", "for 1 day"),
    # "el youm", "l youm w bokra" (today and tomorrow): the article alone before the word too
    (r"\b(?:(?:el|al|il|l)[- ]?(?:yom|youm|yoom|yawm|yaum)|lyom|elyom|elyoum|alyoum|lyoum|el2yom|ilyom|eliom|l-yom"
     r"|el-yom|alyawm|al-yawm|el-youm|lyoom|elyoom)\b", "today"),
    # "hal nhar" (this day): the day just named ("nhar el tlete 8 December ... ma ra7 yijo hal nhar"), else today
    (r"\b(?:hal|ha)[- ]?(?:nhar|nhaar|yom|youm|yoom|yawm)\b",
     lambda m: "that day" if _NAMED_DAY.search(m.string, 0, m.start()) else "today"),
    (r"\b(?:l7ad|la7ad|le7ad|lahadd|l7add|la 7add|la 7ad|lighayet|lghayet|la ghayet|lighayit|7atta|hatta|7ata|le7ad"
     r"|lel|lal|til|7ad)\s+(?=monday|tuesday|wednesday|thursday|friday|tomorrow|next|the)", "until "),
    (r"\b(?:men|mn|min|mil|mel|ibtida2an men|ibtida2an mn|ibtida2 men|ibtida2 mn|btida2an mn)\s+"
     r"(?=monday|tuesday|wednesday|thursday|friday|tomorrow|today|\d)", "from "),
    # "mn 14 la 18 December", "min el 11 l7ad el 18": from the 14th to the 18th
    (r"\b(?:from|men|mn|min|mil|mel|mnel) (?:(?:el|al|l)[- ]?)?(\d{1,2}) "
     r"(?:la|l|ila|ela|le|lal|lel|l7ad|la7ad|le7ad|7atta|hatta|until|till)[- ]?"
     r"(?:(?:el|al|l)[- ]?)?(?=\d{1,2}\b)", r"from \1 to "),
    (r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:la|l|ila|ela|l7ad|la7ad|7atta|hatta|lal|lel)"
     r"\s+(?=monday|tuesday|wednesday|thursday|friday)", r"\1 to "),
    (r"\b(?:yom|youm|yoom|yawm|nhar)\b", "day"),
    # "ya el khamis ya el jum3a": either Thursday or Friday
    (r"\b(?:ya|yaa|ya2ima|imma|emma|2imma)\s+(monday|tuesday|wednesday|thursday|friday|today|tomorrow)\s*,?\s+"
     r"(?:ya|yaa|aw|willa|walla|wella|aou)\s+(monday|tuesday|wednesday|thursday|friday|today|tomorrow)\b",
     r"either \1 or \2"),
    (r"\b(?:l7ad|la7ad|le7ad|lahadd|l7add|lighayet|lghayet|7atta|hatta)\b", "until"),

    # school on its own: "3al madrase" (to school), "bel madrase" (in school), "mn el madrase" (from school)
    (rf"\b(?:mn|men|min|mil|mel|mnel)\s+(?:(?:el|al|l)[- ]?)?{_SCHOOL_WORD}\b", "from school"),
    (rf"\b(?:bel|bil|fel|fil|bl|fl|b|f|fi|bi)[- ]?(?:(?:el|al|l)[- ]?)?{_SCHOOL_WORD}\b", "in school"),
    (rf"\b(?:{_TO})[- ]?(?:(?:el|al|l)[- ]?)?{_SCHOOL_WORD}\b", "to school"),
    (rf"\b(?:(?:el|al|l)[- ]?)?{_SCHOOL_WORD}\b", "school"),
    (r"\b(?:emta|imta|emtan|amtin|emt[ae]|mata)\b", "when"), (r"\b(?:lesh|leish|leh|lish|laysh|lash)\b", "why"),
    (r"\b(?:kif|keef|kaif|ezzay|izzay)\b", "how"), (r"\b(?:shu|sho|eish|esh|eh|shou)\b(?=[^.!]*\?)", "what"),
    (r"\b(?:fina|mumkin|momken|mumken|momkin|memken|mimkin)\b", "can"),
    # -- particles (last: the phrases above read them in context) ---------------------------------------------------
    (r"\b(?:kteer|ktir|ktiir|kter|kthir|kthiir|awi|2awi|awy|2awy|jiddan|jedan|giddan|wayed|wayid|bizaf|bezzaf|bzaf"
     r"|ktiiir|kteeer)\b", "very"),
    (r"\b(?:shway|shwayy|shwaya|shwayye|shwai|shwy|showaya|shwayeh|shwayya|shwaiye|shwayyeh|shwaiya|shoaya|shwya"
     r"|chwiya|shwiya|shwiyya)\b", "a bit"),
    (r"\b(?:3ashan|3shan|ashan|3ashen|3alashan|3a shan|la2anno|la2ano|la2enno|la2inno|laanno|lanno|li2an|li2ann|lenno"
     r"|le2anno|la2enha|la2anha|la2ennon|la2no|la2nu|la2nou|la2noh|la2nha|la2neha|la2non"
     r"|la2nhom|li2ano|li2annu|bsabab|b sabab|bisabab|bsbb|3alshan|3lshan|lianno|li2anno|li2anaho)\b",
     "because"),
    (r"\b(?:halla2|halla|hala2|halla'|hallaq|hl2|dilwa2ti|delwa2ti|delwa2t|dilwa2t|al7in|alhin|el7een|al7een|daba"
     r")\b", "now"),
    # "ana lazem rou7 ma3 Taim 3al GP" (I have to go with Taim to the GP: I have to take him), "lazem rou7" (have to go)
    (r"\b(?:(ana|2ana|ane) )?(?:lazem|lazim|lezem|lazm|lazme|lazmi) (?:2|e|a|i)?(?:rou7|rouh|ru7|ruh|roo7|rooh|ro7)\b"
     r"(?: (?:ma3|m3|ma3a|ma2) ((?!(?:el|al|l|hon|hom|ha|o|ou|baba|mama|jozi|zawji|teta|jiddo|sitti|emmi|abouy|abi)\b)"
     r"[a-z]{3,}))?",
     lambda m: f"{'i ' if m[1] else ''}have to " + (f"take {m[2]}" if m[2] else "go")),
    (r"\b(?:lazem|lazim|lezem|lazm|lazme|lazmi|lazmo)\b", "has to"),
    (r"\b(?:7abbet|7abbeit|habbet|7abeit|7abbayt|baddi|bdi|beddi)\s+(?:2|a2|e2)?(?:oll?|ell?|oul|ul)(?:ik|ak|kon|kom)\b"
     r"|\b(?:7abbet|7abbeit|habbet|7abeit|7abbayt|baddi|bdi|beddi)\s+(?:2|a|2a|e)?(?:kh|5)abb?(?:i|e)?r(?:ik|ak|ek|ki"
     r"|kon|kom|kum)\b|\b(?:7abbet|7abbeit|habbet|7abbayt|baddi|bdi)\s+(?:balleghkon|balleghik|ballghik)\b",
     "just to let you know"),
    # "el doctor 2al yertaho" (the doctor said they should rest), "2alet lazem yirta7" (she said he must rest)
    (r"\b(?:2al|2aal|2alet|2alit|2alat|2alo|2alou|2alu|2alna|2alli|2alolna|2alulna|qal|qalet)\b", "said"),
    (r"\b(?:(?:lazem|lazim|lezem|ra7|rah|ha|7a)\s+)?(?:b|by|bt)?(?:y|t|n)(?:e|i)?rt(?:a|aa)(?:7|h)(?:o|u|ou|i|a)?\b",
     "stay at home to rest"),
    (r"\b(?:enno|inno|ennu|innu|enna|inna|ino|eno)\b", "that"),
    (r"\b(?:ra7|rah|ha|7a)\s+(?:t|y|n)(?:koun|kon|kun|koon)\b", "will be"),
    (r"\b(?:b|by|bt)?(?:t|y|n)?(?:koun|kon|kun|koon)\b", "be"),
    (r"\b(?:kan|kanet|kant|kanit|kano|kanou)\b", "was"),
    (r"\b(?:manfou5|manfoukh|manfou5a|manfoukha|mwarram|mwarrame|mnaffakh|mnaffakha|nafkha)\b", "swollen"),
    (r"\b(?:3ayno|3eino|3aynha|3einha|3ayn|3ein)\b", "eye"),
    (r"\b(?:kamen|kaman|kamaan|kamena|barda|bardo|kamein)\b", "too"),
    (r"\b(?:3adi|3ady|tabi3i|ka3ada|kal3ada)\b", "as normal"),
    (r"\b(?:ma3|m3|ma3a|m3a|wiyya|wayya)\b", "with"), (r"\b(?:ma3o|ma3ou|m3o|ma3ah)\b", "with him"),
    (r"\b(?:ma3ha|m3ha|ma3aha)\b", "with her"), (r"\b(?:ma3on|ma3hon|ma3hom|m3on)\b", "with them"),
    (r"\b(?:mn|men|min|mil|mel|mnel|mne|mnl)\b", "from"),
    (r"\b(?:ba3d|ba3ed|b3d|ba3id)\b", "after"), (r"\b(?:ba3dha|ba3da|ba3do|ba3dein|ba3den|ba3deen|ba3dain)\b", "then"),
    (r"\b(?:2abel|abel|2bl|abl|gabl|qabl|kabl|abil|2abl|2abil|2ablo|2abla)\b", "before"),
    (r"\b(?:aw|aou|willa|wella|wla|walla)\b", "or"), (r"\b(?:bass|bs)\b|\bbas\b(?! (?:ma|mish))", "but"),
    (r"\b(?:w|wa|u)\b", "and"), (r"\b(?:fa|w fa|wa fa)\b(?= \w)", "so"),
    # "3am yitmarran 3al Christmas play bel beit" (he is practising for the Christmas play at home): not an absence
    (r"\b(?:3am |3m )?(?:b|bi|by|bt|bn)?(?:y|t|n)?(?:i|e)?t(?:marran|marren|marrin|marran|darrab|darab|darrib|darreb)"
     r"(?:o|ou|u|i|e|a)?\b|\b(?:tamreen|tamrin|tamarin|tadreeb|tadrib|brova|brovat|bruva)\b", "practising"),
    (rf"\b(practising\b[^.!?,]{{0,50}}?)\s+{_HOME}", r"\1 in the house"),
    (rf"\b{_HOME}", "at home"),
    (r"\b(?:ana|2ana|ani|ena)\b", "i"), (r"\b(?:e7na|ne7na|ni7na|i7na|ehna|7na|nehna|e7na|a7na|7na)\b", "we"),
    (r"\b(?:howe|huwwe|houwe|huwa|howwa|howa|huwe|houwa)\b", "he"),
    (r"\b(?:hiye|hiyye|heye|hiya|heyya|hiyya|heya)\b", "she"), (r"\b(?:hinne|humme|homma|hinni|hum|hunne)\b", "they"),
    (r"\b(?:ma fi|mafi|mafish|mafeesh|ma fee|ma fish|ma feesh)\b", "there is no"), (r"\bfi\b", "there is"),
    (r"\b(?:3al|3a|3l|a3al|lal|lil|3ala|3la)\b", "to the"),
    (r"\b(?:kil|kel|kol|kull|kill)\b", "all"),
    (r"\b(?:bel|bil|fel|fil|bl|fl)\b", "in the"), (r"\b(?:el|al|il|el-|l-)\b", "the"),
    (r"\b(?:3am|3m)\b(?= \w)", ""), (r"\b(?:ra7|rah|7a|ha|raye7)\b(?= \w)", "will"),
    (r"\b(?:mish|msh|mesh|mush|mosh|mub|mob)\b", "not"),
)
