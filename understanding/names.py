"""Matching a word in a message to a child's first name: exact, short forms, other scripts."""

from __future__ import annotations

import re
from functools import lru_cache

from understanding.text import fold

# Clear short forms (both directions are looked up); a short form that fits two children is ambiguous.
SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "isabella": ("izzy", "izzie", "issy", "bella", "isa", "belle"), "isabelle": ("izzy", "izzie", "issy", "belle"),
    "charlotte": ("lottie", "lotty", "charlie", "lotte"), "alfred": ("alfie", "alf", "fred", "freddie"),
    "oliver": ("ollie", "olly", "oli"), "olivia": ("liv", "livvy", "livia", "ollie"), "jessica": ("jess", "jessie"),
    "zachary": ("zach", "zack", "zac"), "madison": ("maddie", "maddy"), "madeleine": ("maddie", "maddy"),
    "samuel": ("sam", "sammy"), "samantha": ("sam", "sammy"), "william": ("will", "billy", "liam", "bill"),
    "thomas": ("tom", "tommy"), "elizabeth": ("liz", "lizzie", "lizzy", "beth", "eliza", "libby", "betsy"),
    "katherine": ("kate", "katie", "kat"), "catherine": ("cat", "cathy", "kate", "katie"),
    "alexander": ("alex", "xander", "sasha"), "alexandra": ("alex", "lexi", "sasha"),
    "benjamin": ("ben", "benny", "benji"),
    "daniel": ("dan", "danny"), "joseph": ("joe", "joey"), "joshua": ("josh",), "matthew": ("matt",),
    "michael": ("mike", "mikey", "mick"), "nicholas": ("nick", "nicky"), "rebecca": ("becky", "becca"),
    "margaret": ("maggie", "meg", "peggy"), "abigail": ("abbie", "abby", "abi"), "amelia": ("millie", "milly"),
    "emily": ("em", "emmy", "millie"), "florence": ("flo", "florrie", "floss"), "harriet": ("hattie", "harry"),
    "henry": ("harry", "hal"), "edward": ("ed", "eddie", "ted", "teddy"), "frederick": ("freddie", "fred"),
    "theodore": ("theo", "teddy"), "sebastian": ("seb",), "christopher": ("chris", "kit"), "jonathan": ("jon", "jonny"),
    "beatriz": ("bia", "bea"), "francisco": ("chico", "kiko", "paco", "fran"), "jose": ("pepe",),
    "ignacio": ("nacho",), "guadalupe": ("lupe",), "dolores": ("lola",), "santiago": ("santi",),
    "nicolas": ("nico",), "alejandro": ("alex", "ale"), "alexandru": ("alex",), "guilherme": ("gui",),
    "oleksii": ("lesha", "olesha"), "mykola": ("kolya",), "volodymyr": ("vova",), "dmytro": ("dima",),
    "kateryna": ("katya",), "anastasiia": ("nastya",), "yelyzaveta": ("liza",), "mariia": ("masha",),
    "iryna": ("ira",), "yurii": ("yura",),
    "jakub": ("kuba",), "zuzanna": ("zuzia", "zuza"), "katarzyna": ("kasia",), "malgorzata": ("gosia",),
    "aleksandra": ("ola",), "agnieszka": ("aga",), "aleksander": ("olek",), "wojciech": ("wojtek",),
    "stanislaw": ("stas", "staszek"), "franciszek": ("franek",), "jan": ("jas", "jasiek"), "barbara": ("basia",),
    "anna": ("ania", "anka"), "krzysztof": ("krzys",), "zofia": ("zosia",), "alicja": ("ala",),
    "antonina": ("tosia", "tonia"), "antoni": ("antos", "antek"),
    "oleksandr": ("sasha",),
    "mohammed": ("mo",), "muhammad": ("mo",),
    "alexis": ("lexi", "alex"), "victoria": ("tori", "vicky"), "eleanor": ("ellie", "nell", "nora"),
    "gabriella": ("gabby", "ella"), "jennifer": ("jen", "jenny"), "penelope": ("penny",), "susanna": ("susie",),
    "patrick": ("paddy", "pat"), "robert": ("rob", "bobby", "robbie"), "richard": ("rich", "ricky"),
    "anthony": ("tony", "ant"), "jacob": ("jake",), "james": ("jamie", "jim"), "johnny": ("john",),
    "archibald": ("archie",), "arthur": ("art",), "ruby-mae": ("ruby",), "lily-rose": ("lily",),
}
_SHORT_INDEX: dict[str, set[str]] = {}
for _full, _shorts in SHORT_FORMS.items():
    for _s in _shorts:
        _SHORT_INDEX.setdefault(_s, set()).add(_full)

COMMON_WORDS = frozenset([
    "the", "they", "them", "then", "than", "there", "their", "these", "this", "that", "those", "thanks", "thank",
    "what", "when", "where", "which", "while", "who", "why", "with", "will", "would", "was", "were", "wasn't", "have",
    "has", "had", "having", "here", "hers", "his", "him", "her", "she", "he", "hello", "hi", "hiya", "dear", "good",
    "morning", "evening", "afternoon", "night", "today", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "sorry", "please", "just", "also", "all", "and", "any", "are", "both", "but", "can",
    "could", "did", "does", "done", "dont", "for", "from", "get", "got", "going", "gone", "into", "its", "just", "keep",
    "keeping", "kind", "know", "last", "late", "let", "like", "little", "look", "made", "make", "many", "mark", "may",
    "might", "mine", "more", "most", "much", "must", "my", "need", "next", "not", "now", "off", "once", "one", "only",
    "our", "out", "over", "own", "poorly", "sick", "said", "same", "school", "should", "since", "some", "still", "such",
    "sure", "take", "taking", "tell", "than", "too", "under", "until", "very", "want", "way", "well", "went", "wont",
    "yes", "yet", "you", "your", "regards", "best", "many", "much", "love", "xx", "mum", "dad", "nan", "nana",
    "grandma", "grandad", "granny", "mummy", "daddy", "teacher", "miss", "sir", "madam", "mrs", "mr", "ms", "dr",
    "doctor", "office", "class", "year", "term", "week", "day", "days", "time", "salaam", "salam", "assalamu",
    "alaikum", "christmas", "happy", "merry", "new", "bank", "half", "bus", "car", "train", "kids", "children",
    "twins",
])

_LATIN_SKELETON_SUBS = (("ph", "f"), ("th", "t"), ("kh", "k"), ("sh", "s"), ("ch", "c"), ("gh", "g"), ("dh", "d"))
_LATIN_SKELETON_MAP = str.maketrans({"c": "k", "q": "k", "z": "s", "x": "k", "v": "w"})
_DROP = re.compile(r"[aeiouyhw'\-\s]")
_TRANSLIT = {
    # Cyrillic (Ukrainian and Russian)
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh", "з": "z", "и": "y",
    "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "yu",
    "я": "ya", "ы": "y", "э": "e", "ё": "yo", "ъ": "",
    # Arabic and Urdu
    "ا": "a", "آ": "a", "أ": "a", "إ": "i", "ب": "b", "پ": "p", "ت": "t", "ٹ": "t", "ث": "s", "ج": "j", "چ": "ch",
    "ح": "h", "خ": "kh", "د": "d", "ڈ": "d", "ذ": "z", "ر": "r", "ڑ": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh",
    "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ک": "k", "گ": "g",
    "ل": "l", "م": "m", "ن": "n", "ں": "n", "و": "w", "ؤ": "w", "ه": "h", "ہ": "h", "ھ": "h", "ة": "", "ء": "",
    "ي": "y", "ى": "a", "ی": "y", "ے": "y", "ئ": "y",
    # Bengali
    "ক": "k", "খ": "kh", "গ": "g", "ঘ": "gh", "ঙ": "n", "চ": "ch", "ছ": "ch", "জ": "j", "ঝ": "jh", "ঞ": "n",
    "ট": "t", "ঠ": "th", "ড": "d", "ঢ": "dh", "ণ": "n", "ত": "t", "থ": "th", "দ": "d", "ধ": "dh", "ন": "n",
    "প": "p", "ফ": "f", "ব": "b", "ভ": "bh", "ম": "m", "য": "j", "র": "r", "ল": "l", "শ": "sh", "ষ": "sh",
    "স": "s", "হ": "h", "ড়": "r", "ঢ়": "r", "য়": "y", "ৎ": "t",
    # Gurmukhi
    "ਕ": "k", "ਖ": "kh", "ਗ": "g", "ਘ": "gh", "ਚ": "ch", "ਛ": "ch", "ਜ": "j", "ਝ": "jh", "ਟ": "t", "ਠ": "th",
    "ਡ": "d", "ਢ": "dh", "ਣ": "n", "ਤ": "t", "ਥ": "th", "ਦ": "d", "ਧ": "dh", "ਨ": "n", "ਪ": "p", "ਫ": "f",
    "ਬ": "b", "ਭ": "bh", "ਮ": "m", "ਯ": "y", "ਰ": "r", "ਲ": "l", "ਵ": "v", "ਸ": "s", "ਹ": "h", "ਸ਼": "sh",
    "ਜ਼": "z", "ਫ਼": "f", "ਖ਼": "kh", "ਗ਼": "g", "ੜ": "r",
}


def _transliterate(word: str) -> str:
    """Latin letters for a word in any supported script (a non-initial Bengali ya sounds "y")."""
    word = re.sub("(?<=.)\u09af\u09bc?", "\u09df", fold(word).lower())
    return "".join(_TRANSLIT.get(ch, ch if ch.isascii() else "") for ch in word)


def _raw_skeleton(word: str) -> str:
    """Consonants only, doubled letters kept."""
    latin = _transliterate(word)
    for a, b in _LATIN_SKELETON_SUBS:
        latin = latin.replace(a, b)
    return _DROP.sub("", latin.translate(_LATIN_SKELETON_MAP))


@lru_cache(maxsize=8192)
def skeleton(word: str) -> str:
    """Consonant skeleton of a name in any supported script ("Yousef" and "يوسف" both give "sf")."""
    latin = _transliterate(word)
    for a, b in _LATIN_SKELETON_SUBS:
        latin = latin.replace(a, b)
    latin = _DROP.sub("", latin.translate(_LATIN_SKELETON_MAP))
    return re.sub(r"(.)\1+", r"\1", latin)


_DIMINUTIVE_ENDINGS = ("cia", "sia", "nia", "zia", "ie", "ey", "ee", "ia", "ka", "ek", "y")


def _diminutive_stems(word: str) -> list[str]:
    """The word without each diminutive ending it has ("Hania": "ha" and "han"), doubled last letters collapsed."""
    return [re.sub(r"(.)\1+$", r"\1", word[: -len(e)]) for e in _DIMINUTIVE_ENDINGS if word.endswith(e)]


@lru_cache(maxsize=8192)
def name_forms(first_name: str) -> frozenset[str]:
    """The exact forms of a first name (folded, lower case), with listed short forms."""
    full = fold(first_name).lower().strip()
    forms = {full}
    if "-" in full:
        forms.add(full.split("-")[0])
    forms.update(SHORT_FORMS.get(full, ()))
    return frozenset(forms)


def _undoubled(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word)


@lru_cache(maxsize=65536)
def matches(token: str, first_name: str, *, capitalised: bool) -> bool:
    """Does a word in a message name this child? Prefix and diminutive rules need a capital letter."""
    word = fold(token).lower()
    full = fold(first_name).lower()
    if word in name_forms(first_name) or full in _SHORT_INDEX.get(word, ()):
        return True
    if not word.isascii():
        latin = _transliterate(word)
        if full in _SHORT_INDEX.get(latin, ()):
            return True  # "Катя" for Kateryna
        if len(full) >= 3 and latin.startswith(full) and len(latin) - len(full) <= 2:
            return True  # "Олег", "Віра", with a case ending ("Олега")
        sk, name_sk = skeleton(word), skeleton(first_name)
        if len(name_sk) < 2 or (len(name_sk) == 2 and _raw_skeleton(word) != name_sk):
            return False  # a two-consonant name needs the word's own consonants, doubled ones too
        return sk == name_sk or (len(name_sk) >= 3 and sk.startswith(name_sk) and len(sk) - len(name_sk) <= 2)
    if not capitalised or word in COMMON_WORDS or len(word) < 3:
        return False
    if len(full) >= 4 and _undoubled(word) == _undoubled(full):
        return True  # "Maddison" for Madison, "Phillip" for Philip
    if full.startswith(word):
        return True
    return any(len(stem) >= 3 and (full.startswith(stem) or full.startswith(stem[:-1] + stem[-1] * 2))
               for stem in _diminutive_stems(word))
