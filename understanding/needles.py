"""Compiled patterns that skip, without scanning, any text lacking the literal words every match needs.

The rules are several hundred alternations (`\\b(?:dentist|optician|...)`); a backtracking scan tries each
alternative at each word boundary, and for most texts none matches. `compile` reads the pattern's syntax tree once
and finds a set of literal strings of which any match must contain at least one ("dentist", "optician", ...); a text
containing none of them cannot match, so `search` returns None after one Aho-Corasick pass over the text (or a few
substring tests, for patterns with one to three needles).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

Needles = frozenset[str]
_MAX_NEEDLES = 2000  # a larger set is nearly always present somewhere: not worth an automaton
_SPELLINGS = 64  # the most spellings a run of items is expanded into
_FEW = 3  # up to this many needles, substring tests beat starting an automaton pass
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _strength(needles: Needles) -> tuple[int, int]:
    """Prefer needles that are rarely present: longer, and fewer of them."""
    return min(min(map(len, needles)), 4), -len(needles)


def _spellings(op: Any, arg: Any) -> Needles | None:
    """Every string one parsed item can match, when that is a short list (a literal, `[- ]`, `(?:and|n)`, `s?`)."""
    if op is sre.LITERAL:
        return frozenset({chr(arg)})
    if op is sre.IN and all(o is sre.LITERAL for o, _ in arg) and len(arg) <= _SPELLINGS:
        return frozenset(chr(a) for _, a in arg)
    if op is sre.SUBPATTERN and not arg[1] & re.IGNORECASE:
        return _sequence_spellings(arg[-1])
    if op is sre.BRANCH:
        branches = [_sequence_spellings(b) for b in arg[1]]
        if all(b is not None for b in branches):
            union = frozenset().union(*branches)  # type: ignore[arg-type]
            return union if len(union) <= _SPELLINGS else None
    if op in _REPEATS and arg[:2] in ((0, 1), (1, 1)):
        inner = _sequence_spellings(arg[2])
        return None if inner is None else inner | {""} if arg[0] == 0 else inner
    return None


def _sequence_spellings(items: Any) -> Needles | None:
    spelled: Needles | None = frozenset({""})
    for op, arg in items:
        part = _spellings(op, arg)
        if part is None or spelled is None or len(spelled) * len(part) > _SPELLINGS:
            return None
        spelled = frozenset(a + b for a in spelled for b in part)
    return spelled


def _required(items: Any) -> Needles | None:
    """A set of strings one of which every match of the parsed sequence `items` contains, or None. Runs of items
    with few spellings ("d ?(?:and|n) ?v") give their spellings; other items give what they require."""
    options: list[Needles] = []
    run: Needles = frozenset({""})

    def close_run() -> None:
        if "" not in run:
            options.append(run)

    for op, arg in [*items, (None, None)]:
        part = _spellings(op, arg)
        if part is not None and len(run) * len(part) <= _SPELLINGS:
            run = frozenset(a + b for a in run for b in part)
            continue
        close_run()
        run = part if part is not None else frozenset({""})
        found: Needles | None = None
        if op is sre.SUBPATTERN:
            found = None if arg[1] & re.IGNORECASE else _required(arg[-1])
        elif op is sre.BRANCH:
            branches = [_required(b) for b in arg[1]]
            if all(branches):
                found = frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in _REPEATS and arg[0] >= 1:
            found = _required(arg[2])
        elif op is sre.ATOMIC_GROUP:
            found = _required(arg)
        elif op is sre.ASSERT:  # a lookahead's or lookbehind's text is in the string too
            found = _required(arg[1])
        if found:
            options.append(found)
    return max(options, key=_strength) if options else None


def needles_of(pattern: str, flags: int = 0) -> Needles | None:
    """The literal strings a text must contain one of to match `pattern`; None when no useful set is found."""
    parsed = sre_parse.parse(pattern, flags)
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    found = _required(parsed)
    if not found or len(found) > _MAX_NEEDLES or min(map(len, found)) < 2:
        return None
    return found


class Prefiltered:
    """A compiled pattern with a literal-needle test in front of it; otherwise it behaves as `re.Pattern`."""

    __slots__ = ("_re", "_few", "_automaton")

    def __init__(self, compiled: re.Pattern[str], needles: Needles) -> None:
        self._re = compiled
        self._few = tuple(needles) if len(needles) <= _FEW else ()
        self._automaton = None if self._few else ahocorasick.Automaton()
        if self._automaton is not None:
            for needle in needles:
                self._automaton.add_word(needle, None)
            self._automaton.make_automaton()

    def possible(self, text: str) -> bool:
        """Can `text` match at all (does it contain a needle)?"""
        if self._automaton is None:
            return any(n in text for n in self._few)
        for _ in self._automaton.iter(text):
            return True
        return False

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self._re.search(text, *args) if self.possible(text) else None

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self._re.match(text, *args) if self.possible(text) else None

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        return self._re.fullmatch(text, *args) if self.possible(text) else None

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self._re.finditer(text, *args) if self.possible(text) else iter(())

    def findall(self, text: str, *args: int) -> list[Any]:
        return self._re.findall(text, *args) if self.possible(text) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self._re.sub(repl, text, count) if self.possible(text) else text

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        return self._re.split(text, maxsplit) if self.possible(text) else [text]

    def __getattr__(self, name: str) -> Any:  # pattern, flags, groups, groupindex
        return getattr(self._re, name)

    def __repr__(self) -> str:
        return f"Prefiltered({self._re.pattern!r})"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str] | Prefiltered:  # noqa: A001 - mirrors re.compile
    """`re.compile`, prefiltered when the pattern has needles."""
    compiled = re.compile(pattern, flags)
    found = needles_of(pattern, flags)
    return Prefiltered(compiled, found) if found else compiled
