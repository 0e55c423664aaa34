"""Matching a word in a message to a child's first name: exact, short forms, other scripts."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from understanding import needles
from understanding.text import fold

# Clear short forms (both directions are looked up); a short form that fits two children is ambiguous.
SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "mason": ("mase",), "jason": ("jase",),
    "isabella": ("izzy", "izzie", "issy", "bella", "isa", "belle"), "isabelle": ("izzy", "izzie", "issy", "belle"),
    "charlotte": ("lottie", "lotty", "charlie", "lotte"), "alfred": ("alfie", "alf", "fred", "freddie"),
    "oliver": ("ollie", "olly", "oli"), "olivia": ("liv", "livvy", "livia", "ollie"), "jessica": ("jess", "jessie"),
    "zachary": ("zach", "zack", "zac"), "madison": ("maddie", "maddy"), "madeleine": ("maddie", "maddy"),
    "samuel": ("sam", "sammy"), "samantha": ("sam", "sammy"), "william": ("will", "billy", "liam", "bill", "wills"),
    "thomas": ("tom", "tommy"), "elizabeth": ("liz", "lizzie", "lizzy", "beth", "eliza", "libby", "betsy"),
    "katherine": ("kate", "katie", "kat", "kitty"), "catherine": ("cat", "cathy", "kate", "katie", "kitty"),
    "alexander": ("alex", "xander", "sasha"), "alexandra": ("alex", "lexi", "sasha"),
    "benjamin": ("ben", "benny", "benji"),
    "daniel": ("dan", "danny"), "david": ("dave", "davey", "davy"), "joseph": ("joe", "joey"), "joshua": ("josh",),
    "matthew": ("matt",),
    "michael": ("mike", "mikey", "mick"), "michaela": ("mikey", "micky", "kayla"),
    "nicholas": ("nick", "nicky"), "rebecca": ("becky", "becca", "bex"),
    "margaret": ("maggie", "meg", "peggy"), "abigail": ("abbie", "abby", "abi"), "amelia": ("millie", "milly"),
    "emily": ("em", "emmy", "millie"), "florence": ("flo", "florrie", "floss"), "harriet": ("hattie", "harry"),
    "henry": ("harry", "hal"), "edward": ("ed", "eddie", "ted", "teddy"), "frederick": ("freddie", "fred"),
    "theodore": ("theo", "teddy"), "sebastian": ("seb",), "christopher": ("chris", "kit"), "jonathan": ("jon", "jonny"),
    "beatriz": ("bia", "bea"), "francisco": ("chico", "kiko", "paco", "fran"), "jose": ("pepe",),
    "francisca": ("kika", "paquita"),
    "ignacio": ("nacho",), "guadalupe": ("lupe",), "dolores": ("lola",), "santiago": ("santi",),
    "nicolas": ("nico",), "alejandro": ("alex", "ale"), "alexandru": ("alex",), "guilherme": ("gui",),
    "ximena": ("xime",), "heloisa": ("helo",), "augustas": ("augis",), "fatima": ("fatoom", "fatoum", "fatma"),
    "oleksii": ("lesha", "olesha"), "mykola": ("kolya",), "volodymyr": ("vova",), "dmytro": ("dima",),
    "kateryna": ("katya",), "anastasiia": ("nastya", "nastia", "nastusia"), "yelyzaveta": ("liza",),
    "mariia": ("masha",),
    "iryna": ("ira",), "yurii": ("yura",),
    "jakub": ("kuba",), "zuzanna": ("zuzia", "zuza"), "jadwiga": ("iga", "jadzia"),
    # stems too short for the case rules: "Igi" (Iga's genitive), "Olę" and "Ewę" (accusatives), "Olu" (vocative)
    "iga": ("igi", "ige", "idze", "igo"), "ola": ("oli", "ole", "olu"), "ewa": ("ewy", "ewe", "ewie", "ewo"),
    "wiktoria": ("wiki", "wika", "wikusia", "wiktorka"),
    "katarzyna": ("kasia",),
    "aleksandra": ("ola", "olka", "olcia"), "agnieszka": ("aga",), "aleksander": ("olek",), "wojciech": ("wojtek",),
    "stanislaw": ("stas", "staszek"), "franciszek": ("franek",), "jan": ("jas", "jasiek"), "barbara": ("basia",),
    "anna": ("ania", "anka", "anya", "anja"), "hanna": ("hania", "hanka"),
    "krzysztof": ("krzys",), "zofia": ("zosia",), "alicja": ("ala",),
    "maria": ("marysia", "marysi", "marysie", "marysiu", "marysienka", "maryska"),
    "antonina": ("tosia", "tonia"), "antoni": ("antos", "antek"),
    "oleksandr": ("sasha", "sashko", "sanya", "sania", "sashka"), "oleksandra": ("sasha", "sania", "lesia"),
    "anastasia": ("nastya", "nastia", "nastusia", "stasia"), "viktoriia": ("vika",), "viktoria": ("vika",),
    "mykhailo": ("misha", "mykhailyk", "mishko", "mykhas"), "andrii": ("andriiko",), "bohdan": ("bodia", "bodya"),
    "yaroslav": ("yarik", "yaryk"), "olha": ("olya", "olia"), "myroslava": ("myrosya", "myrosia"),
    "sofiia": ("sonia", "sonya", "sofiika"), "kornelia": ("nela",), "helena": ("hela", "helenka"),
    "elena": ("ellie", "lena"),
    "solomiia": ("solia",), "ivanna": ("ivanka",), "khrystyna": ("khrystia",), "yevhen": ("zhenia",),
    "yevheniia": ("zhenia",), "vladyslav": ("vlad", "vladik"), "maksym": ("maks", "maksymko"), "taras": ("tarasyk",),
    "liudmyla": ("liuda", "mila"), "tetiana": ("tania",), "nataliia": ("natasha",), "olena": ("lena", "olenka"),
    "danylo": ("danyl", "danylko"), "illia": ("illiusha",), "artem": ("tema",), "kyrylo": ("kyryl",),
    "malgorzata": ("gosia", "gosienka", "malgosia"), "piotr": ("piotrek", "piotrus"), "pawel": ("pawelek",),
    "tomasz": ("tomek",), "lukasz": ("lukaszek",), "michal": ("michas",), "mateusz": ("mati",), "bartosz": ("bartek",),
    "szymon": ("szymek",), "magdalena": ("magda",), "joanna": ("asia",), "weronika": ("werka",),
    "manuela": ("manu",), "emanuel": ("manu",), "gabriel": ("gabi",), "rafael": ("rafa",), "fernando": ("nando",),
    "eduardo": ("dudu", "duda"), "eduarda": ("duda",), "eduard": ("edi",), "dominykas": ("domas",),
    "vytautas": ("vytas",), "antonio": ("toni", "tonho", "tono"), "mercedes": ("merche",),
    "concepcion": ("concha",), "manuel": ("manolo", "manu"), "enrique": ("quique",), "jesus": ("chuy", "chus"),
    "mohammed": ("mo",), "mehmet": ("memo",), "clement": ("clem",), "tudor": ("tudorel",),
    "simranjit": ("simar", "simran"),
    "simranpreet": ("simar", "simran"), "simranjeet": ("simar", "simran"),
    "ioan": ("ionut", "ionel", "nelu"), "daria": ("dasha",), "dariia": ("dasha",), "roman": ("roma",),
    "andre": ("dre",), "zeynep": ("zeyno", "zeynos"),
    "muhammad": ("mo",),
    "alexis": ("lexi", "alex"), "victoria": ("tori", "vicky"), "eleanor": ("ellie", "nell", "nora"),
    "gabriella": ("gabby", "gabi", "ella"),
    "gabriela": ("gabby", "gabi", "gaby", "gabrysia"), "gabija": ("gabi",),
    "gabrielius": ("gabi", "gabris"),
    "edith": ("edie", "edy"), "wilfred": ("wilf", "wilfie"), "beatrice": ("bea", "bee", "trixie"),
    "abdullahi": ("abdi",), "abdirahman": ("abdi",), "abdirizak": ("abdi",),
    "jennifer": ("jen", "jenny"), "tallulah": ("lulu", "lula", "tilly"),
    "penelope": ("penny", "nell", "nelly", "pen"), "susanna": ("susie",),
    "patrick": ("paddy", "pat"), "robert": ("rob", "bobby", "robbie", "bertie"), "albert": ("bertie", "bert", "alby"),
    "herbert": ("bertie", "bert"), "richard": ("rich", "ricky"),
    "anthony": ("tony", "ant"), "jacob": ("jake",), "james": ("jamie", "jim"), "johnny": ("john",),
    "archibald": ("archie",), "arthur": ("art",), "ruby-mae": ("ruby",), "lily-rose": ("lily",),
}
# Common English diminutives an office would recognise (only clear ones: a form that fits two linked children, like
# "Freddie" for an Alfred and a Frederick, stays ambiguous because it matches both).
ENGLISH_DIMINUTIVES: dict[str, tuple[str, ...]] = {
    "nathan": ("nate", "nat"), "angus": ("gus",), "nathaniel": ("nate", "nat", "nathan"), "gabriel": ("gabe", "gabi"),
    "evelyn": ("evie", "eve"), "eve": ("evie",), "evangeline": ("evie", "eva"), "james": ("jimmy", "jamie", "jim"),
    "zachariah": ("zach", "zack", "zac"), "joshua": ("josh",), "jacob": ("jake", "jakey"),
    "matthew": ("matt", "matty", "mattie"), "frederick": ("freddie", "freddy", "fred"),
    "alfred": ("alfie", "alf", "freddie", "freddy"), "beatrice": ("bea", "bee", "trixie"),
    "beatrix": ("bea", "bee", "trixie"), "isabel": ("izzy", "izzie", "issy", "bella"),
    "isobel": ("izzy", "izzie", "issy"), "madeline": ("maddie", "maddy"), "madelyn": ("maddie", "maddy"),
    "eleanor": ("ellie", "nell", "nora"), "elinor": ("ellie", "nell"), "ellen": ("ellie", "nell"),
    "millicent": ("millie", "milly"), "camilla": ("millie", "milly", "cami"), "mildred": ("millie", "milly"),
    "elizabeth": ("liz", "lizzie", "lizzy", "beth", "eliza", "libby", "betsy"),
    "elisabeth": ("liz", "lizzie", "lizzy", "beth", "libby"), "eliza": ("lizzie", "lizzy"),
    "kate": ("katie",), "kathryn": ("kate", "katie", "kat"), "katharine": ("kate", "katie", "kat"),
    "mackenzie": ("kenzie",), "mckenzie": ("kenzie",), "theodore": ("theo", "teddy", "ted"),
    "sebastian": ("seb", "bastian"), "dominic": ("dom", "nico"), "dominik": ("dom",),
    "alexander": ("alex", "xander", "sasha"), "alexandra": ("alex", "lexi", "sasha"), "alexis": ("alex", "lexi"),
    "samuel": ("sam", "sammy"), "samantha": ("sam", "sammy"), "charles": ("charlie", "chas"),
    "timothy": ("tim", "timmy"), "stephen": ("steve", "stevie"), "steven": ("steve", "stevie"), "gregory": ("greg",),
    "natalie": ("nat", "tali"), "natasha": ("tash", "tasha"), "josephine": ("josie", "jo"), "joanna": ("jo",),
    "georgina": ("georgie", "gina"), "georgia": ("georgie",), "george": ("georgie",), "frances": ("fran", "frankie"),
    "francesca": ("fran", "frankie", "cesca"), "francis": ("frank", "frankie"), "patricia": ("patty", "trish"),
    "susan": ("sue", "susie"), "deborah": ("debbie", "deb"), "gabrielle": ("gabby", "gabi"), "lucinda": ("lucy",),
    "annabel": ("annie", "bella"), "annabelle": ("annie", "bella"), "imogen": ("immy", "imi"),
    "jasmine": ("jas", "jazz", "jaz"), "leonardo": ("leo",), "leonard": ("leo", "lenny", "len"),
    "maximilian": ("max",), "maxwell": ("max",), "ronald": ("ron", "ronnie"), "kenneth": ("ken", "kenny"),
    "lawrence": ("laurie", "larry"), "laurence": ("laurie", "larry"), "louisa": ("lou", "lulu"), "louise": ("lou",),
    "caroline": ("carrie", "caz"), "carolina": ("carol",),
    "dorothy": ("dot", "dottie"), "matilda": ("tilly", "tilda", "tillie"),
    "mathilda": ("tilly", "tilda"), "elijah": ("eli",), "edmund": ("ed", "eddie", "ted"), "tobias": ("toby",),
    "montgomery": ("monty",), "augustus": ("gus",), "finley": ("finn", "fin"), "finlay": ("finn", "fin"),
    "finnian": ("finn",), "finnegan": ("finn",), "cassandra": ("cass", "cassie"), "lillian": ("lily", "lil"),
    "philip": ("phil", "pip"), "phillip": ("phil", "pip"), "christina": ("chrissy", "tina"),
    "christine": ("chrissy",), "valentina": ("val",), "cecilia": ("cissy", "cece"), "harrison": ("harry",),
    "harold": ("harry",), "stanley": ("stan",), "ibrahim": ("ibby", "ibbi", "ibo"), "cameron": ("cam", "cammy"),
    "emmanuel": ("manny", "manu"), "connor": ("con",),
    "danielle": ("dani",), "daniela": ("dani",),
    "raphael": ("raff", "rafa"),
    "nicola": ("nicky", "nicki"), "benedict": ("ben", "benny"), "jeremy": ("jez",), "ezekiel": ("zeke",),
    "archibald": ("archie", "archy"), "arthur": ("art", "artie"), "mohammed": ("mo",), "muhammad": ("mo",),
    "mohamed": ("mo",), "mohammad": ("mo",), "muhammed": ("mo",),
}
for _full, _shorts in ENGLISH_DIMINUTIVES.items():
    SHORT_FORMS[_full] = tuple(dict.fromkeys((*SHORT_FORMS.get(_full, ()), *_shorts)))

# Short forms that are also ordinary words in a language Rollcall reads ("will", "eve", "kit"; Spanish "ira", will go;
# Portuguese "ola", hello; Lithuanian and Turkish "abi"; Turkish "ben", I): they name a child only with a capital.
WORD_SHORT_FORMS = frozenset([
    "will", "bill", "art", "cat", "pat", "rich", "eve", "max", "sue", "dot", "bee", "pip", "al", "ed", "em", "mo", "jo",
    "kit", "ant", "rob", "nick", "frank", "jazz", "teddy", "penny", "floss", "ben", "abi", "ira", "ola", "isa", "ale",
    "aga", "ala", "ole", "ewe", "chico", "nacho", "dom", "cami", "roma",
])
# Of those, the ones that are words only in another language: in an English message they name a child in lower case
# too ("hi ben is going to be late")
FOREIGN_WORD_SHORT_FORMS = frozenset(["ben", "abi", "ira", "ola", "isa", "ale", "aga", "ala", "ole", "chico", "nacho",
                                      "cami", "roma"])
# the languages whose messages may write them in lower case, and the ones that stay words there (Polish "ale", but)
LOWER_CASE_NAMES = {"en": FOREIGN_WORD_SHORT_FORMS, "pl": FOREIGN_WORD_SHORT_FORMS - {"ale"}}
_SHORT_INDEX: dict[str, set[str]] = {}
for _full, _shorts in SHORT_FORMS.items():
    for _s in _shorts:
        _SHORT_INDEX.setdefault(_s, set()).add(_full)

COMMON_WORDS = frozenset([
    "me", "the", "they", "them", "then", "than", "there", "their", "these", "this", "that", "those", "thanks", "thank",
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
    "twins", "guru", "imam", "pastor", "father",
])

_LATIN_SKELETON_SUBS = (("x", "ks"), ("ph", "f"), ("th", "t"), ("kh", "k"), ("sh", "s"), ("ch", "c"), ("gh", "g"),
                        ("dh", "d"))
_LATIN_SKELETON_MAP = str.maketrans({"c": "k", "q": "k", "z": "s", "x": "k", "v": "w"})
_DROP = needles.compile(r"[aeiouyhw'\-\s]")
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
    "ঋ": "ri", "\u09c3": "ri",  # the vowel ri, written with a consonant letter: "ঋতিকা" is Ritika, "কৃষ্ণ" Krishna
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


_DIMINUTIVE_ENDINGS = ("ukas", "utis", "uke", "ute", "yte", "ut", "cia", "sia", "nia", "zia", "ie", "ey", "ee", "ia",
                       "ka", "ek", "y", "zinho", "zinha", "inho", "inha", "ito", "ita",
                       "i", "u")  # "Navi" (Navjot), "Jassi" (Jasmeet), "Zainu" (Zainab)
# Endings that make a diminutive of a longer name: Polish "-ka", "-sia"; Portuguese "-inho" (Pedrinho), Spanish "-ito"
_DIMINUTIVE_OF = ("ka", "sia", "cia", "nia", "zia", "inho", "inha", "ito", "ita")


def _diminutive_stems(word: str) -> list[str]:
    """The word without each diminutive ending it has ("Hania": "ha" and "han"), doubled last letters collapsed."""
    stems = [word[: -len(e)] for e in _DIMINUTIVE_ENDINGS if word.endswith(e)]
    return [*stems, *(re.sub(r"(.)\1+$", r"\1", stem) for stem in stems)]  # "Ottie": "ott" and "ot"


@lru_cache(maxsize=8192)
def name_forms(first_name: str) -> frozenset[str]:
    """The exact forms of a first name (folded, lower case), with listed short forms and theirs ("Olę", a case of
    Ola, for Aleksandra)."""
    full = fold(first_name).lower().strip()
    forms = {full}
    if "-" in full:
        forms.add(full.split("-")[0])
    for short in SHORT_FORMS.get(full, ()):
        forms.update((short, *SHORT_FORMS.get(short, ())))
    return frozenset(forms)


def _undoubled(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word)


# Case endings of a first name in Polish, Lithuanian and Ukrainian (in Latin letters): by how the name ends, the
# endings its other cases take ("Kuby", "Zosi", "Jakuba", "Luko", "Emilio"). The first row that fits a name applies.
_CASE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ia", ("i", "ii", "ie", "iu", "ios", "iai")),  # Zosia: Zosi, Zosię; Maria: Marii
    ("ja", ("i", "ji", "je", "jos", "jai")),  # Gabija: Gabijos, Gabijai
    ("a", ("y", "i", "e", "ie", "o", "u", "os", "ai")),  # Kuba: Kuby, Kubie, Kubę; Rasa: Rasos
    ("as", ("o", "ui", "u", "a")),  # Lukas: Luko, Lukui, Luką
    ("is", ("io", "iui", "iu")),  # Emilis: Emilio
    ("ys", ("io", "iui", "iu")),
    ("us", ("aus", "ui")),  # Kajus: Kajaus
    ("", ("a", "owi", "ovi", "em", "om", "ie")),  # Jakub: Jakuba, Jakubowi, Jakubem
)
# Names in their own right that look like a case of another ("Daniela" is not Daniel's genitive in Spanish).
_OWN_NAMES = frozenset([
    "daniela", "gabriela", "michaela", "mikaela", "paula", "jana", "martina", "kristina", "christina", "juliana",
    "adriana", "fabiana", "kamila", "roberta", "alberta", "carla", "karla", "erika", "erica", "simona", "leona",
    "marcela", "luisa", "louisa", "ivana", "dominika", "manuela", "emanuela", "rafaela", "petra", "justina",
    "valentina", "mariana", "liliana", "alexa", "romana", "antonia", "stefania", "patricia", "luka", "luca", "mario",
    "nikola", "marta", "julia", "aleksandra", "alexandra",
    "luke", "jackie", "frankie", "eddie", "stevie", "louie", "rosie", "josie", "annie",
])
_VOWELS = set("aeiouy")


# Polish names whose last "e" drops out in their other cases, with those cases' endings
_FLEETING_E = {"ek": ("a", "owi", "iem", "u"), "er": ("a", "owi", "em", "ze", "u")}


def _case_of(word: str, form: str) -> bool:
    """Is `word` another grammatical case of the name form `form` ("kuby" of "kuba", "luko" of "lukas")?"""
    if word in _OWN_NAMES or word == form:
        return False
    endings = _FLEETING_E.get(form[-2:], ()) if len(form) >= 5 else ()
    if word in {form[:-2] + form[-1] + e for e in endings}:
        return True  # "Wojtka" of Wojtek, "Antka" of Antek, "Kacpra" of Kacper: the "e" drops out
    for nominative, endings in _CASE_ENDINGS:
        if not form.endswith(nominative) or (not nominative and form[-1:] in _VOWELS):
            continue
        stem = form[: len(form) - len(nominative)]
        return len(stem) >= 3 and word.startswith(stem) and word[len(stem):] in endings
    return False


def _nominatives(word: str) -> set[str]:
    """The nominatives a word ending like a Polish or Lithuanian case of an "-a" name could come from ("amelki":
    "amelka", "amelkia"; "zosi": "zosia")."""
    out = set()
    for nominative, endings in _CASE_ENDINGS:
        if nominative not in ("a", "ia"):
            continue
        for ending in endings:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                out.add(word[: len(word) - len(ending)] + nominative)
    out.discard(word)
    return out


def _diminutive_of(nominative: str, full: str) -> bool:
    """Is the nominative a diminutive ("-ka", "-sia", ...) of the full name ("amelka" of "amelia")?"""
    if nominative in _OWN_NAMES:
        return False
    return any(len(stem) >= 3 and full.startswith(stem) for stem in _diminutive_stems(nominative)
               if nominative.endswith(_DIMINUTIVE_OF))


def _cyrillic_stems(latin: str) -> set[str]:
    """A transliterated Ukrainian name without its case ending and diminutive suffix ("mariyky": "marii")."""
    latin = latin.replace("y", "i")
    out = {latin}
    for ending in ("oiu", "ovi", "omu", "om", "oi", "ii", "ia", "iu", "a", "i", "u", "e", "o"):
        if latin.endswith(ending) and len(latin) - len(ending) >= 3:
            out.add(latin[: -len(ending)])
    for stem in list(out):
        for suffix in ("ochk", "echk", "chk", "ik", "ok", "k"):
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
                out.add(stem[: -len(suffix)])
    return out


def _name_stems(name: str) -> set[str]:
    """A name and the name without its final vowels ("mariia": "marii", "mari")."""
    name = name.replace("y", "i")
    out = {name}
    for ending in ("ia", "a", "o", "e"):
        if name.endswith(ending):
            out.add(name[: -len(ending)])
    return {s for s in out if len(s) >= 4}


# Somali spelling: x is h, c is the Arabic ʿayn ("Maxamed" is Mohamed, "Cabdiraxmaan" Abdirahman, "Cali" Ali).
_SOMALI_SIGN = needles.compile(r"x|aa|ee|ii|oo|uu")


def _vowel_pattern(word: str) -> str:
    return re.sub(r"[aeiou]+", "V", re.sub(r"(.)\1+", r"\1", word))


def _somali_spelling(word: str, full: str) -> bool:
    if len(word) >= 5 and word.endswith("ye") and full.endswith("a") and word[:-2] == re.sub(r"y?a$", "", full):
        return True  # Somali -ye for a final -(y)a: "Zakariye" (Zakaria, Zakariya), "Yahye" (Yahya)
    if _SOMALI_SIGN.search(word):
        plain = re.sub(r"c(?!h)", "", word.replace("x", "h"))
        return len(plain) >= 3 and _vowel_pattern(plain) == _vowel_pattern(full.replace("z", "s"))  # no z in Somali
    return len(word) >= 4 and word[0] == "c" and word[1] in "aeiou" and (
        word[1:] == full or (word[1] == "u" and full[:1] == "o" and word[2:] == full[1:]))  # "Cumar" is Omar


# Arabic letters a word may be prefixed with: wa- "and", fa-, bi-, li-, ka-, the article al-.
_ARABIC_PREFIX = needles.compile("^[\u0648\u0641]?(?:\u0628\u0627\u0644|\u0644\u0644|\u0627\u0644"
                                 r"|[\u0628\u0644\u0643])?")


def _fine_skeleton(word: str) -> str:
    """Consonants with "sh", "kh", "gh", "th", "dh", "ch" kept apart from s, k, g, t, d, c, and a first y or w kept
    ("Ayesha" and "عائشہ" give "sh", "Yara" and "يارا" give "yr"): enough to tell one-consonant names apart."""
    latin = _transliterate(word)
    first = latin[:1] if latin[:1] in ("y", "w") else ""
    latin = re.sub(r"(?<![sckgtdz])h", "", latin[1:] if first else latin)
    return re.sub(r"(.)\1+", r"\1", first + re.sub(r"[aeiouyw'\-\s]", "", latin))


def closest_in_script(word: str, first_names: Sequence[str]) -> list[str]:
    """Of the names a word in another script matches, those whose consonants it writes exactly, first y or w
    included ("يوسف" fits Yusuf and, without its y and w, Safiya: Yusuf is meant)."""
    fine = _fine_skeleton(fold(word).lower())
    return [name for name in first_names if _fine_skeleton(name) == fine]


def _consonants_with_h(word: str) -> str:
    """Consonants with every h kept and doubled letters written once ("Muhammad", "محمد": "mhmd")."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouyw'\-\s]", "", _transliterate(word)))


# Short words of Arabic-script languages that read like a short name ("امی", mum, is not Amy).
_SHORT_WORDS = frozenset(["ami", "abu", "api", "ala", "aya", "aja", "ana", "ari"])


def _vowelled(word: str) -> str:
    """A short name's letters, vowels kept: a first ʿayn read "a", y as i, a final h (ہ, ة) dropped ("علی": "ali")."""
    latin = ("a" if word[:1] == "\u0639" else "") + _transliterate(word)
    return re.sub(r"(.)\1+", r"\1", latin.replace("y", "i")).removesuffix("h")


def _vowelled_variants(word: str, spelt: str) -> set[str]:
    """`spelt` (the word's _vowelled form), with a first ʿayn read as any vowel ("عنایہ" is Inaya, "عمر" Umar) and a
    final "یہ" or ta marbuta read "-iya" or "-a" ("عنایہ": "inaia", "هالة": "hala")."""
    out = {spelt}
    if word[:1] == "\u0639":
        out |= {v + spelt[1:] for v in "iu"}
    if word.endswith(("\u06cc\u06c1", "\u06cc\u0629")) or (
            word.endswith(("\u0629", "\u0627\u0647")) and "\u0627" in word[1:-1]):
        out |= {v + "a" for v in out}  # a final ta marbuta after a long a is "-a": "هالة" is Hala (not "ليلة", night)
    return out


# The second part of a two-part Sikh name, often left off ("Simran" for Simranjeet, "Harman" for Harmanpreet).
_SIKH_SECOND = ("jeet", "jit", "preet", "deep", "jot", "veer", "vir", "meet", "leen", "noor", "inder")


# Common Bengali words that read like a short name with one consonant ("আমায়", me, is not Amaya).
_BENGALI_WORDS = frozenset(["amai", "amra", "tara", "tomai", "apni", "ekhane", "ekhon", "hoie", "hoia", "niie", "diie",
                            "aia", "naie", "maie", "bhaia", "haoia", "jaoia", "oiai", "ora", "era"])
_BENGALI_VOWELS = {"অ": "a", "আ": "a", "ই": "i", "ঈ": "i", "উ": "u", "ঊ": "u", "ঋ": "ri", "এ": "e", "ঐ": "oi",
                   "ও": "o", "ঔ": "ou"}
_BENGALI_SIGNS = {"\u09be": "a", "\u09bf": "i", "\u09c0": "i", "\u09c1": "u", "\u09c2": "u", "\u09c3": "ri",
                  "\u09c7": "e", "\u09c8": "oi", "\u09cb": "o", "\u09cc": "ou"}
_BENGALI_VIRAMA = "\u09cd"
_BENGALI_NUKTA_LETTERS = {"\u09df": "y", "\u09dc": "r", "\u09dd": "r"}  # য়, ড়, ঢ় as single letters


def _bengali_vowelled(word: str) -> str:
    """A Bengali word in Latin letters with its vowels: the written ones, and the inherent "a" after a consonant
    with no vowel sign, except at the end of the word ("অনন্যা": "ananya", "রিয়া": "riya")."""
    word = re.sub("(?<=.)\u09af(?!\u09bc)", "\u09af\u09bc", word).replace("\u09df", "\u09af\u09bc")
    word = word.replace("\u09af\u09bc", "\u09df").replace("\u09a1\u09bc", "\u09dc").replace("\u09a2\u09bc", "\u09dd")
    out = []
    for i, ch in enumerate(word):
        if ch in _BENGALI_VOWELS:
            out.append(_BENGALI_VOWELS[ch])
        elif ch in _BENGALI_SIGNS:
            out.append(_BENGALI_SIGNS[ch])
        elif ch in _TRANSLIT or ch in _BENGALI_NUKTA_LETTERS:
            out.append(_BENGALI_NUKTA_LETTERS.get(ch) or _TRANSLIT[ch])
            following = word[i + 1:i + 2]
            if following and following not in _BENGALI_SIGNS and following != _BENGALI_VIRAMA and following not in (
                    "\u0981", "\u0982", "\u0983"):
                out.append("a")
    return "".join(out)


def _written_vowels_of(spelt: str, name: str, shortest: int = 4) -> bool:
    """Is `spelt` the name as Arabic script writes it: the same letters with some vowels left out (short vowels are
    not written: "ليلى", "lila", is Layla), one vowel at most, starting and ending alike ("ليلة", night, "lil", is
    not; "هنا", here, "hna", is not Hana)?"""
    if len(spelt) < shortest or len(name) - len(spelt) > 1 or spelt[0] != name[0] or spelt[-1] != name[-1]:
        return False
    i = 0
    for ch in name:
        if i < len(spelt) and spelt[i] == ch:
            i += 1
        elif ch not in "aeiou":
            return False
    return i == len(spelt)


def _script_variants(word: str) -> list[str]:
    """The word and, in Arabic script, the word without a prefixed conjunction, preposition or article; in Bengali,
    without a genitive or object ending ("রায়ানের", Rayan's) and with ja read as za (Bengali writes both with one
    letter: "ফাইজা" is Faiza)."""
    out = [word]
    if "\u0600" <= word[:1] <= "\u06ff":
        # with every prefix taken off, and with only "and" taken off ("وليلى" is "and Layla", not "for ...")
        for bare in (_ARABIC_PREFIX.sub("", word), re.sub("^[\u0648\u0641]", "", word)):
            if bare != word and len(bare) >= 3 and bare not in out:
                out.append(bare)
    if "\u0980" <= word[:1] <= "\u09ff":
        # -er, -yer, -ke, and -r after a vowel ("সাদিয়ার", Sadia's)
        bare = re.sub("(?:\u09af\u09bc\u09c7\u09b0|\u09c7\u09b0|\u0995\u09c7"
                      "|(?<=[\u09be\u09bf\u09c0\u09c1\u09c2\u09cb])\u09b0)$", "", word)
        if bare != word and len(bare) >= 2:
            out.append(bare)
    if "\u099c" in word:
        out.append(word.replace("\u099c", "z"))
    return out


_YORUBA_PREFIXES = ("oluwa", "olu", "ade", "ayo", "omo", "ola")


@lru_cache(maxsize=65536)  # each word of a message is tried against every linked child's names, often twice
def matches(token: str, first_name: str, *, capitalised: bool) -> bool:
    """Does a word in a message name this child? Prefix and diminutive rules need a capital letter."""
    word = fold(token).lower()
    full = fold(first_name).lower().strip()
    if " " in full and any(matches(token, part, capitalised=capitalised) for part in full.split() if len(part) >= 3):
        return True  # "Duda" for Maria Eduarda: either part of a two-part first name
    if word == full or ((word in name_forms(first_name) or full in _SHORT_INDEX.get(word, ()))
                        and (capitalised or word not in WORD_SHORT_FORMS)):
        return True
    if len(full) >= 4 and word == full + "s":
        return True  # "Masons going to be late": the possessive without its apostrophe
    if not word.isascii():
        return any(_other_script(variant, first_name, full) for variant in _script_variants(word))
    if not capitalised or word in COMMON_WORDS or len(word) < 3:
        return False
    if any(_case_of(word, form) for form in name_forms(first_name)):
        return True  # "Kuby" for Kuba (Jakub), "Luko" for Lukas
    if _somali_spelling(word, full):
        return True
    if len(word) >= 4 and len(full) - len(word) >= 2 and full.endswith(word):
        return True  # the end of a longer name: "Seun" (Oluwaseun), "Bella" (Isabella)
    if len(word) >= 4 and any(full.startswith(p) and full[len(p):].startswith(word) for p in _YORUBA_PREFIXES):
        return True  # the name after its Yoruba prefix: "Funmi" (Olufunmilayo), "Yemi" (Oluwayemisi)
    if word[0] != full[:1]:
        return False  # the rules below keep the name's first letter
    bare = re.sub(r"c(?:ig|ug)?[iu]m$", "", word)
    if bare != word and len(bare) >= 3 and bare == full:
        return True  # Turkish "-cım/-cığım": "Eylülcüm", "Elifçim"
    if word not in _OWN_NAMES and any(_diminutive_of(nominative, full) for nominative in _nominatives(word)):
        return True  # "Amelki" (Amelka, a diminutive of Amelia), "Zosi" (Zosia, Zofia)
    if len(full) >= 4 and _undoubled(word) == _undoubled(full):
        return True  # "Maddison" for Madison, "Phillip" for Philip
    if full.startswith(word):
        return True
    return any(len(stem) >= 3 and (full.startswith(stem) or full.startswith(stem[:-1] + stem[-1] * 2))
               for stem in _diminutive_stems(word))


_SOFT_G = needles.compile(r"g(?=[eiy])")


def _other_script(word: str, first_name: str, full: str) -> bool:
    """Does a word in another script name this child? A soft g ("George", "Gemma") is also read as the j that Arabic
    and Bengali write for it ("جورج"), a th as the tha Arabic writes for it (read "s" in much of the Arab world:
    "ليث" is Laith), and a v as the bha Bengali writes for it."""
    if _one_script(word, first_name, full):
        return True
    soft = _SOFT_G.sub("j", full)
    if soft != full and _one_script(word, soft, soft):
        return True
    tha = full.replace("th", "s")
    if "\u062b" in word and tha != full and _one_script(word, tha, tha):
        return True
    # Bengali writes a name's v with bha ("তানভীর" is Tanvir)
    bha = full.replace("v", "bh")
    return "\u0980" <= word[:1] <= "\u09ff" and bha != full and _one_script(word, bha, bha)


# Common Bengali words whose consonants read like a name ("আমার", my, has Mahir's "m-r"): never a name.
_BENGALI_COMMON = frozenset(["amar", "amader", "tomar", "tomader", "apnar", "apnader", "tar", "tader", "tara", "amra",
                             "tomra", "oder", "ora", "amake", "tomake", "apnake", "take", "oke", "ke", "kore", "theke",
                             "moto", "jonno", "shomoi", "ekhon", "aro", "abar", "shudhu", "shob", "shokal", "bikel",
                             "rater", "rat", "din", "dine", "mase", "matha", "sharir", "shorir", "shorire",
                             "deb", "debe", "debo", "dibo", "dii", "nebo", "nibo", "nebe", "jabo", "jabe", "asbe",
                             "asbo", "hobe", "ache", "achhe", "chilo", "bhai", "bhalo", "bhabi"])


def _one_script(word: str, first_name: str, full: str) -> bool:
    """Does a word in another script name this child (translitered, by consonants, or with a case ending)?"""
    if "\u0980" <= word[:1] <= "\u09ff" and _bengali_vowelled(word) in _BENGALI_COMMON:
        return False
    latin = _transliterate(word)
    cyrillic = "\u0400" <= word[:1] <= "\u04ff"
    spellings = {latin, latin.replace("y", "i")} if cyrillic else {latin}  # "Миша": "mysha" and "misha"
    stems = {s[: -len(e)] for s in spellings for e in ("eyu", "eiu", "yu", "iu", "i") if s.endswith(e)}
    cases = {stem + end for stem in stems for end in ("ya", "ia", "a")} if cyrillic else set()  # "Настю", "Насті",
    # "Настею": cases of Настя; "Саші", "Віки": of Саша, Віка
    if any(full in _SHORT_INDEX.get(form, ()) for form in spellings | cases):
        return True  # "Катя" for Kateryna; "Соню" (accusative of Соня) for Sofiia
    if cyrillic and any(latin.endswith(e) and full in _SHORT_INDEX.get(latin[: -len(e)], ()) for e in ("ovi", "om", "a",
                                                                                                "u")):
        return True  # the cases of a short form ending in a consonant: "Ярика", "Ярикові" (Ярик, Yaroslav)
    if cyrillic and any(latin.endswith(e) and len(latin) - len(e) >= 2
                        and full in _SHORT_INDEX.get(latin[: -len(e)] + "a", ()) for e in ("oyu", "oiu", "u")):
        return True  # the accusative and instrumental of a short form in -а: "Віку", "Вікою" (Віка, Viktoriia)
    if cyrillic and len(full) >= 3 and latin.startswith(full) and len(latin) - len(full) <= 2:
        return True  # "Олег", "Віра", with a case ending ("Олега")
    if cyrillic and _cyrillic_stems(latin) & _name_stems(full):
        return True  # "Марійки" (Марійка, a diminutive of Марія) for Mariia
    sk, name_sk = skeleton(word), skeleton(first_name)
    if len(name_sk) < 2:
        fine = _fine_skeleton(first_name)
        if len(fine) >= 2:
            return _fine_skeleton(word) == fine  # "عائشہ" for Ayesha, "يارا" for Yara
        if "\u0980" <= word[:1] <= "\u09ff":  # Bengali writes every vowel: "অনন্যা" for Ananya, "রিয়া" for Riya
            spelt = re.sub(r"(.)\1+", r"\1", _bengali_vowelled(word).replace("y", "i"))
            return len(full) >= 4 and spelt not in _BENGALI_WORDS and spelt == _vowelled(full)
        spelt = _vowelled(word)
        if len(full) < 3 or spelt in _SHORT_WORDS:
            return False
        # a final alif maqsura is the name's last vowel ("هدى", Huda), and so is a taa marbuta or (Urdu) heh after two
        # letters ("هبة", "حبہ", Hiba; not "ليلة", night, for Layla)
        final_a = word.endswith(("\u0649", "\u0629", "\u06c1", "\u0647"))
        variants = _vowelled_variants(word, spelt)
        if word.endswith(("\u0629", "\u06c1", "\u0647")):
            variants = {*variants, *(a for v in variants if len(a := (v[:-1] if v.endswith("h") else v) + "a") == 3)}
        return any(v == _vowelled(full) or (len(full) >= 4 and _written_vowels_of(v, _vowelled(full), 3 if final_a
                                                                                  else 4))
                   for v in variants)
    if "\u0980" <= word[:1] <= "\u09ff" and len(spelt := re.sub(r"(.)\1+", r"\1", _bengali_vowelled(word).replace(
            "y", "i"))) >= 4 and _vowelled(full).startswith(spelt) and spelt not in _BENGALI_WORDS:
        return True  # the start of a longer name, vowels and all: "সামি" for Samiul
    if "\u0600" <= word[:1] <= "\u06ff" and len(with_h := _consonants_with_h(first_name)) >= 3 and (
            _consonants_with_h(word) == with_h):
        return True  # "محمد" for Muhammad: Arabic writes the h and not the doubled m
    if "\u0a00" <= word[:1] <= "\u0a7f" and (len(sk) >= 3 or ("\u0a05" <= word[:1] <= "\u0a14"
                                                              and full[:1] in "aeiou")) and any(
            full.endswith(e) and len(full) - len(e) >= 4 and skeleton(full[: -len(e)]) == sk for e in _SIKH_SECOND):
        return True  # "ਸਿਮਰਨ" for Simranjeet, "ਹਰਮਨ" for Harmanpreet: the first part of a two-part Sikh name
    if len(name_sk) == 2 and _raw_skeleton(word) not in (name_sk, _raw_skeleton(first_name)):
        return False  # a two-consonant name needs the word's own consonants, doubled ones too
    return sk == name_sk or (len(name_sk) >= 3 and sk.startswith(name_sk) and len(sk) - len(name_sk) <= 2)
