"""Text normalisation shared by every rule: lower case, plain punctuation, Latin accents folded."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from understanding import needles


def _latin_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(code)
        base = unicodedata.normalize("NFKD", ch)[0]
        if base.isascii() and base.isalpha() and base != ch:
            table[code] = base.lower() if ch.islower() else base
    table.update({ord(k): v for k, v in {
        "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss", "æ": "ae", "ø": "o", "Ø": "O",
        "ħ": "h", "ŧ": "t", "ȷ": "j",
    }.items()})
    for k, v in {"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "–": "-", "—": "-",
                 "\u00a0": " ", "…": "...", "،": ",", "۔": ".", "।": ".", "؟": "?", "٫": "."}.items():
        table[ord(k)] = v
    table[0x307] = ""  # the dot "İ".lower() leaves behind
    for code in list(range(0x64B, 0x660)) + [0x670, 0x640]:  # Arabic short vowels, tatweel
        table[code] = ""
    # Arabic-Indic and Bengali digits to ASCII
    for base in (0x660, 0x6F0, 0x9E6, 0xA66):
        for i in range(10):
            table[base + i] = str(i)
    return table


FOLD = _latin_fold_table()
_SPACES = needles.compile(r"\s+")


# a ya with a superscript alef above it is read "a", as the alif maqsura is: "ہدیٰ" (Huda), "عیسیٰ" (Eesa)
_YA_ALEF = re.compile("[\u06cc\u064a]\u0670")


def fold(text: str) -> str:
    """Accents off Latin letters, typographic punctuation made plain, native digits to ASCII."""
    if text.isascii() and "`" not in text:  # the one ASCII character the table changes: most words need no look
        return text
    if "\u0670" in text:
        text = _YA_ALEF.sub("\u0649", text)
    return text.translate(FOLD)


# letters and the marks that end a word in Arabic and Indic scripts, which `\b` does not count as part of a word
_IN_WORD = r"\w\u0610-\u061a\u064b-\u065f\u0900-\u0dff"


_IN_WORD_CHAR = re.compile(f"[{_IN_WORD}]")


class Word:
    """A word standing alone ("সুমাইয়া" ends in a vowel sign, where `\b` finds no boundary). The word is found as a
    literal and its neighbours checked: a pattern with the script ranges in its lookarounds takes ~1 ms to compile,
    once for every child's name."""

    __slots__ = ("_literal",)

    def __init__(self, word: str) -> None:
        self._literal = re.compile(re.escape(word))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return (m for m in self._literal.finditer(text) if not (m.start() and _IN_WORD_CHAR.match(text, m.start() - 1))
                and not _IN_WORD_CHAR.match(text, m.end()))

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


@lru_cache(maxsize=4096)  # a child's names are looked for in every clause
def word_re(word: str) -> Word:
    return Word(word)


def unpossessive(word: str) -> str:
    """A word without an apostrophe-s or a trailing apostrophe ("Jack's" -> "Jack", "James'" -> "James")."""
    if word.endswith("'s"):
        return word[:-2]
    return word[:-1] if word.endswith("'") else word


def normalise(text: str) -> str:
    """The form every rule reads: folded, lower case, single spaces."""
    return _SPACES.sub(" ", fold(text).lower()).strip()


_CLAUSE_SPLIT = needles.compile(r"(?<=[.!?;\n\U0001F300-\U0001FAFF\u2600-\u27BF])\s+"  # an emoji often ends a sentence
                                r"|\s*(?:,\s*(?:and|but|so|while|whereas)\b|\bbut\b)\s*")


def clauses(text: str) -> list[str]:
    """Sentence-ish pieces; ", and", ", but", ", so", ", while" and ", whereas" also split."""
    return list(_clauses(text))


@lru_cache(maxsize=1024)  # the same texts are split by several steps of one message
def _clauses(text: str) -> tuple[str, ...]:
    return tuple(c for c in _CLAUSE_SPLIT.split(text) if c and c.strip())
