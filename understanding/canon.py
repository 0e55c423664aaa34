"""Language detection and the rewrite of a message into canonical English for the rules.

The rules in `days`, `reasons` and `pupils` read English. Each supported language contributes a
lexicon (understanding/lexicons) whose rewrites turn its day words, absence verbs, reasons and
child words into the English the rules know; explicit dates with month words the lexicons lack go
through dateparser (restricted to that language).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache
from types import ModuleType
from typing import Any

from understanding import dateparse, needles
from understanding.lexicons import ar, arabizi, bn, en, es, lt, pa, pl, pt, ro, roman_south_asian, so, tr, uk, ur
from understanding.text import fold

SUPPORTED = ("en", "pl", "ro", "ur", "pa", "bn", "ar", "pt", "es", "lt", "so", "uk", "tr")
_LATIN: dict[str, frozenset[str]] = {
    "en": en.MARKERS, "pl": pl.MARKERS, "ro": ro.MARKERS, "pt": pt.MARKERS, "es": es.MARKERS, "lt": lt.MARKERS,
    "so": so.MARKERS, "tr": tr.MARKERS, "ur": roman_south_asian.MARKERS_UR, "pa": roman_south_asian.MARKERS_PA,
    "bn": roman_south_asian.MARKERS_BN, "uk": uk.MARKERS_LATN, "ar": arabizi.MARKERS,
}
_LATIN_MODULES: dict[str, ModuleType] = {"pl": pl, "ro": ro, "pt": pt, "es": es, "lt": lt, "so": so, "tr": tr,
                                         "ur": roman_south_asian, "pa": roman_south_asian, "ar-latn": arabizi}
_URDU_LETTERS = set("ٹڈڑںہھکگیےۓ")
_ARABIC_LETTERS = set("ةيكى")  # Arabic's own forms of the letters Urdu writes ہ ی ک
_WORD = needles.compile(r"[a-z']+")
_ANY_WORD = needles.compile(r"[^\W\d_][\w'\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0981-\u09d7\u0a01-\u0a75]*")
# Letters whose presence in a Latin-script message points to a language (after lower-casing, before folding).
_LETTER_HINTS = {"pl": set("ąęłśżźćń"), "ro": set("ășțâî"), "tr": set("ığşç"), "lt": set("ėųūčšžį"),
                 "pt": set("ãõç"), "es": set("ñ¿¡")}


_NON_LATIN = needles.compile("[\u0400-\u04FF\u0600-\u06FF\u0980-\u09FF\u0A00-\u0A7F]")
_MARKER_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _markers in _LATIN.items():
    for _word in _markers:
        _MARKER_LANGS[_word] = (*_MARKER_LANGS.get(_word, ()), _lang)


def supported(language: str | None) -> str | None:
    """A contact's language setting ("pl", "pt-BR", "PT_pt") as a supported code, or None."""
    if not language:
        return None
    code = re.split(r"[-_]", language.strip().lower(), maxsplit=1)[0]
    return code if code in SUPPORTED else None


def _script(text: str) -> str | None:
    if not _NON_LATIN.search(text):
        return None
    counts = {"arabic": 0, "bengali": 0, "gurmukhi": 0, "cyrillic": 0}
    for ch in text:
        o = ord(ch)
        if 0x600 <= o <= 0x6FF:
            counts["arabic"] += 1
        elif 0x980 <= o <= 0x9FF:
            counts["bengali"] += 1
        elif 0xA00 <= o <= 0xA7F:
            counts["gurmukhi"] += 1
        elif 0x400 <= o <= 0x4FF:
            counts["cyrillic"] += 1
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] >= 3 else None


def detect(text: str) -> str:
    """The message's language: by script, else by counting each language's frequent words."""
    script = _script(text)
    if script == "arabic":
        urdu = sum(ch in _URDU_LETTERS for ch in text)
        return "ur" if urdu > sum(ch in _ARABIC_LETTERS for ch in text) else "ar"  # Iraqi "يگدر" is Arabic
    if script:
        return {"bengali": "bn", "gurmukhi": "pa", "cyrillic": "uk"}[script]
    lower = text.lower()
    words = _WORD.findall(fold(lower))
    scores = dict.fromkeys(_LATIN, 0)
    for w in words:
        for lang in _MARKER_LANGS.get(w, ()):
            scores[lang] += 1
    present = set(lower)
    for lang, letters in _LETTER_HINTS.items():
        if present & letters:
            scores[lang] += 2
    best = max(scores, key=lambda k: (scores[k], k == "en"))
    if best != "en" and scores[best] >= 2 and scores[best] > scores["en"]:
        return best
    return "en"


Rewrite = tuple[re.Pattern[str], object]


_DAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_NEXT_SCHOOL_DAY = {"monday": "tuesday", "tuesday": "wednesday", "wednesday": "thursday", "thursday": "friday",
                    "friday": "monday"}
_MONTH = "january|february|march|april|may|june|july|august|september|october|november|december"
# Rewrites of the English a lexicon produced, for every other language.
AFTER_NATIVE: tuple[tuple[str, object], ...] = (
    # "jueves 10" became "thursday 10": the 10th, as "thursday 10th" says in English
    (rf"\b({_DAY}),? (?:the )?(\d{{1,2}})\b(?!(?:st|nd|rd|th)\b|[:.,]\d|\s*(?:am\b|pm\b|h\b|/|{_MONTH}))",
     r"\1 \2th"),
    # "বৃহস্পতিবার, ১১ ডিসেম্বর" became "thursday , 11 december": the weekday names the date (a conflict is seen)
    (rf"\b({_DAY})\s*,\s*(\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTH}))\b", r"\1 \2"),
    # "সাড়ে বারোটায় স্কুল থেকে নিয়ে যাব" became "around 12:30 collect her from school": the collection time
    (r"\b(?:around|about)\s+(\d{1,2}:\d\d)\s+(collect (?:him|her|them) from school)\b", r"\2 at \1"),
    # "el jueves o el viernes" became "on thursday or on friday": alternatives
    (rf"\b({_DAY})\s+or\s+on\s+({_DAY})\b", r"\1 or \2"),
    # "gruodzio 10-11 d." became "10 december 2026-11": the 10th to the 11th
    (rf"\b(\d{{1,2}}) ({_MONTH}) (\d{{4}}) ?- ?(\d{{1,2}})\b(?! ?(?:{_MONTH}|[:./]\d))(?: ?d\.)?",
     lambda m: f"{m[1]} to {m[4]} {m[2]} {m[3]}" if int(m[4]) > int(m[1]) else m[0]),
    # "hasta el viernes, 11 de diciembre, inclusive": the comma before "inclusive" keeps the day in the span
    (r"\buntil (?:on )?([^,.;!?]{1,40}?(?:, \d{1,2} [a-z]+(?: \d{4})?)?),? inclusive\b", r"up to and including \1"),
    (r"\bto ([^,.;!?]{1,40}?(?:, \d{1,2} [a-z]+(?: \d{4})?)?), inclusive\b", r"to \1 inclusive"),
    # "ਮੰਗਲਵਾਰ ਤੱਕ ... ਬੁੱਧਵਾਰ ਨੂੰ ਵਾਪਸ": "until" in many languages keeps the day it names; back the next school day
    # says so
    (rf"\buntil ({_DAY})\b(?=[^.;!?]{{0,80}}?[.;!?,]?[^.;!?]{{0,80}}?\bback on ({_DAY})\b)",
     lambda m: f"up to and including {m[1]}" if _NEXT_SCHOOL_DAY.get(m[1]) == m[2] else m[0]),
)


@lru_cache(maxsize=32)
def _compiled(language: str) -> tuple[Rewrite, ...]:
    module = {"uk": uk, "ar": ar, "bn": bn}.get(language)
    if language == "ur":
        rules = ur.CANON + roman_south_asian.CANON
    elif language == "pa":
        rules = pa.CANON + roman_south_asian.CANON
    elif language == "bn":
        rules = bn.CANON + roman_south_asian.CANON
    elif module is not None:
        rules = module.CANON
    elif language in _LATIN_MODULES:
        rules = _LATIN_MODULES[language].CANON
    else:
        rules = ()
    spaced = language in ("ar", "ur", "bn", "pa", "uk")  # affixes attach to words: keep the English apart
    native = tuple((p, _spaced(r) if spaced and isinstance(r, str) else r) for p, r in rules)
    after = AFTER_NATIVE if rules else ()
    return tuple((needles.compile(unicodedata.normalize("NFC", p)), r) for p, r in native + after + en.CANON)


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Every English word the lexicons write (and English's frequent words): what is left of a message in another
    language after its rewrite, outside this set, are words the lexicon did not know."""
    words: set[str] = set(en.MARKERS)
    for language in SUPPORTED:
        for _, repl in _compiled(language):
            if isinstance(repl, str):
                words.update(_WORD.findall(re.sub(r"\\\d", " ", repl)))
    return frozenset(words)


def untranslated(canon_text: str) -> list[str]:
    """The words of a rewritten message that no lexicon turned into English (names among them)."""
    known = english_words()
    return [w for w in _ANY_WORD.findall(canon_text) if w not in known and len(w) > 2]


def _spaced(replacement: str) -> str:
    """Spaces around an English replacement, except after a trailing group ("at \\1" stays next to "9:35")."""
    return f" {replacement}" if re.search(r"\\\d$", replacement) else f" {replacement} "


@lru_cache(maxsize=32)
def _rule_set(language: str) -> tuple[needles.RuleSet, tuple[Any, ...]]:
    rules = _compiled(language)
    return needles.RuleSet([p for p, _ in rules]), tuple(r for _, r in rules)


def _apply(text: str, language: str) -> str:
    rule_set, replacements = _rule_set(language)
    return rule_set.rewrite(text, replacements)


_SPACES = needles.compile(r"\s+")


def canonical(text: str, language: str, today: dt.date) -> str:
    """The message as the English rules read it: lower case, folded, rewritten from `language`."""
    lower = unicodedata.normalize("NFC", text).lower()
    if language == "uk" and not _NON_LATIN.search(lower):
        lower = uk.from_latin(lower)  # Ukrainian in Latin letters: back into Cyrillic for its lexicon
    lower = dateparse.rewrite_dates(lower, language, today) if language != "en" else lower
    folded = fold(lower)
    if language == "ar" and not _NON_LATIN.search(lower):
        language = "ar-latn"  # Arabic in Latin letters has a lexicon of its own
    return _SPACES.sub(" ", _apply(folded, language)).strip()
