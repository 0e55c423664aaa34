"""Compiled patterns that skip, without scanning, any text lacking the literal words every match needs.

The rules are several hundred alternations (`\\b(?:dentist|optician|...)`); a backtracking scan tries each
alternative at each word boundary, and for most texts none matches. `compile` reads the pattern's syntax tree once
and finds a set of literal strings of which any match must contain at least one ("dentist", "optician", ...); a text
containing none of them cannot match, so `search` returns None after one Aho-Corasick pass over the text (or a few
substring tests, for patterns with one to three needles).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from operator import itemgetter
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

Needles = frozenset[str]
_MAX_NEEDLES = 2000  # a larger set is nearly always present somewhere: not worth an automaton
_SPELLINGS = 64  # the most spellings a run of items is expanded into
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_SECOND = itemgetter(1)  # the value of an automaton's (end, value) hit


def _useful(needles: Needles) -> bool:
    """Rare enough to be worth a look: no needle is a single ASCII character (one of another script, "月", is)."""
    return all(len(n) >= 2 or not n.isascii() for n in needles)


def _strength(needles: Needles) -> tuple[bool, int, int]:
    """Prefer needles that are rarely present: useful, longer, and fewer of them."""
    return _useful(needles), min(min(map(len, needles)), 4), -len(needles)


def _spellings(op: Any, arg: Any) -> Needles | None:
    """Every string one parsed item can match, when that is a short list (a literal, `[- ]`, `(?:and|n)`, `s?`)."""
    if op is sre.LITERAL:
        return frozenset({chr(arg)})
    if op is sre.AT:  # a boundary or an anchor matches no characters
        return frozenset({""})
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


class _DiskCache:
    """The needles found for each pattern, kept beside the package's bytecode (as Python keeps compiled modules):
    reading the patterns' syntax trees is about a third of the parser's start-up. Keyed by a hash of the pattern,
    its flags and this algorithm's version, so a changed pattern is read afresh; `save` is called after warm-up."""

    VERSION = 4  # raise when `_required` changes what it finds

    def __init__(self, path: Path) -> None:
        self.path = path
        self.found: dict[str, list[str] | None] = {}
        self.changed = False
        with contextlib.suppress(OSError, ValueError):
            self.found = json.loads(path.read_text(encoding="utf-8"))

    def key(self, pattern: str, flags: int) -> str:
        return hashlib.blake2b(f"{self.VERSION}:{flags}:{pattern}".encode(), digest_size=16).hexdigest()

    def add(self, key: str, found: Needles | None) -> None:
        self.found[key] = sorted(found) if found is not None else None
        self.changed = True

    def save(self) -> None:
        """Write the cache if anything was added (quietly skipped where the package folder is read-only)."""
        if not self.changed:
            return
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(exist_ok=True)
            temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text(json.dumps(self.found), encoding="utf-8")
            temporary.replace(self.path)
            self.changed = False


CACHE = _DiskCache(Path(__file__).with_name("__pycache__") / f"needles.{sys.implementation.cache_tag}.json")


def needles_of(pattern: str, flags: int = 0) -> Needles | None:
    """The literal strings a text must contain one of to match `pattern`; None when no useful set is found."""
    key = CACHE.key(pattern, flags)
    if key in CACHE.found:
        known = CACHE.found[key]
        return frozenset(known) if known is not None else None
    found = _needles_of(pattern, flags)
    CACHE.add(key, found)
    return found


def _needles_of(pattern: str, flags: int) -> Needles | None:
    parsed = sre_parse.parse(pattern, flags)
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    found = _required(parsed)
    if not found or len(found) > _MAX_NEEDLES or not _useful(found):
        return None
    return found


class _Index:
    """Every prefiltered pattern's needles in one automaton, so one pass over a text tells all the patterns whether
    they can match it. The rules test a few dozen texts per message (the message, its clauses and pieces) with
    several hundred patterns each, so the answer for a text is kept until `forget`."""

    _MEMO = 4096  # texts remembered before the memo starts afresh

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._automaton: Any = None
        self.memo: dict[str, frozenset[int]] = {}

    def ids(self, needles: Needles) -> frozenset[int]:
        """Number `needles` (new ones rebuild the automaton on the next look)."""
        for needle in needles:
            if needle not in self._ids:
                self._ids[needle] = len(self._ids)
                self._automaton = None
                self.memo.clear()
        return frozenset(self._ids[n] for n in needles)

    def present(self, text: str) -> frozenset[int]:
        """The ids of the needles `text` contains."""
        found = self.memo.get(text)
        if found is None:
            if self._automaton is None:
                automaton = ahocorasick.Automaton()
                for needle, number in self._ids.items():
                    automaton.add_word(needle, number)
                automaton.make_automaton()
                self._automaton = automaton
            found = frozenset(map(_SECOND, self._automaton.iter(text)))
            if len(self.memo) >= self._MEMO:
                self.memo.clear()
            self.memo[text] = found
        return found

    def forget(self) -> None:
        self.memo.clear()


INDEX = _Index()
_SEEN = INDEX.memo


def top_branches(pattern: str) -> list[str]:
    """The source of each top-level alternative of `pattern` (the pattern itself when it has one; none when a
    parenthesis closes that `pattern` did not open)."""
    branches, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 2 if pattern[i + 1:i + 3].startswith("^]") else 1 if pattern[i + 1:i + 2] == "]" else 0
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return []
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*branches, pattern[start:]]


_BOUNDED_GROUP = re.compile(r"\\b\(\?:(.*)\)", re.S)


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of `pattern`; one group of them behind a word boundary (`\\b(?:a|b)`, as the
    reason cues are written) gives each behind its own (`\\b(?:a)`, `\\b(?:b)`), which match the same."""
    branches = top_branches(pattern)
    bounded = _BOUNDED_GROUP.fullmatch(pattern) if len(branches) == 1 else None
    inner = top_branches(bounded.group(1)) if bounded else []
    return [rf"\b(?:{branch})" for branch in inner] if len(inner) > 1 else branches


class Prefiltered:
    """A compiled pattern with a literal-needle test in front of it; otherwise it behaves as `re.Pattern`.

    A pattern of many alternatives without capturing groups is searched, on a text holding needles of only some of
    them, as a pattern of just those alternatives: alternatives that cannot match change no match, and a short
    alternation is many times faster to scan than one of a hundred branches."""

    __slots__ = ("_re", "_ids", "_branches", "_by_needle", "_always", "_narrowed", "_by_present")

    _SPLIT_FROM = 20  # alternatives at which a pattern is narrowed to those that can match

    def __init__(self, compiled: re.Pattern[str], needles: Needles) -> None:
        self._re = compiled
        self._ids = INDEX.ids(needles)
        self._branches: list[str] = []
        self._by_needle: dict[int, tuple[int, ...]] = {}
        self._always: frozenset[int] = frozenset()
        self._narrowed: dict[frozenset[int], re.Pattern[str]] = {}  # by the alternatives kept
        self._by_present: dict[frozenset[int], re.Pattern[str] | None] = {}  # by the pattern's needles present
        branches = alternatives(compiled.pattern) if not compiled.groups else []
        if len(branches) >= self._SPLIT_FROM:
            self._branches = branches
            by_needle: dict[int, list[int]] = {}
            always = set()
            for number, branch in enumerate(branches):
                found = needles_of(branch, compiled.flags & ~re.UNICODE)
                if not found:
                    always.add(number)
                for needle in INDEX.ids(found or frozenset()):
                    by_needle.setdefault(needle, []).append(number)
            self._by_needle = {n: tuple(b) for n, b in by_needle.items()}
            self._always = frozenset(always)
            self._ids = self._ids | frozenset(self._by_needle)

    def possible(self, text: str) -> bool:
        """Can `text` match at all (does it contain a needle)?"""
        return not self._ids.isdisjoint(INDEX.present(text))

    def _for(self, text: str) -> re.Pattern[str] | None:
        """The pattern to run on `text`: None when it cannot match, else the whole pattern or its narrowed form."""
        present = _SEEN.get(text)  # the memo first: this runs ~200 times a message
        if present is None:
            present = INDEX.present(text)
        if self._ids.isdisjoint(present):
            return None
        return self._narrow(present) if self._branches else self._re

    def _narrow(self, present: frozenset[int]) -> re.Pattern[str] | None:
        """The alternatives of a split pattern that the needles `present` allow, as one pattern (None: none can).
        Which of the pattern's own needles are present decides it, so the answer is kept for that set."""
        relevant = self._ids & present
        if relevant in self._by_present:
            return self._by_present[relevant]
        chosen = set(self._always)
        for needle in relevant:
            chosen.update(self._by_needle.get(needle, ()))
        narrowed = None
        if chosen:  # none: the whole pattern's needles are there, but no alternative's
            key = frozenset(chosen)
            narrowed = self._narrowed.get(key)
            if narrowed is None:
                source = "|".join(self._branches[n] for n in sorted(key))
                narrowed = self._narrowed[key] = re.compile(source, self._re.flags)
        if len(self._by_present) >= _Index._MEMO:
            self._by_present.clear()
        self._by_present[relevant] = narrowed
        return narrowed

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        """`re.Pattern.search`. With `endpos` ("before this word"), the whole text's needles are tested: they include
        the slice's, and the text is scanned once however many of its beginnings are searched."""
        present = _SEEN.get(text)  # `_for`, written out: most calls are searches that end here
        if present is None:
            present = INDEX.present(text)
        if self._ids.isdisjoint(present):
            return None
        pattern = self._narrow(present) if self._branches else self._re
        return pattern.search(text, *args) if pattern else None

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        pattern = self._for(text)
        return pattern.match(text, *args) if pattern else None

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        pattern = self._for(text)
        return pattern.fullmatch(text, *args) if pattern else None

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        pattern = self._for(text)
        return pattern.finditer(text, *args) if pattern else iter(())

    def findall(self, text: str, *args: int) -> list[Any]:
        pattern = self._for(text)
        return pattern.findall(text, *args) if pattern else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        pattern = self._for(text)
        return pattern.sub(repl, text, count) if pattern else text

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        pattern = self._for(text)
        return pattern.split(text, maxsplit) if pattern else [text]

    def __getattr__(self, name: str) -> Any:  # pattern, flags, groups, groupindex
        return getattr(self._re, name)

    def __repr__(self) -> str:
        return f"Prefiltered({self._re.pattern!r})"


class RuleSet:
    """Patterns tried in order on one text (a rewrite's rules, a classifier's cues). One look at the text's needles
    picks the patterns that can match it, in place of one look per pattern (a message meets a few hundred)."""

    __slots__ = ("patterns", "_always", "_by_needle", "_needles")

    def __init__(self, patterns: Sequence[re.Pattern[str] | Prefiltered]) -> None:
        self.patterns = tuple(patterns)
        self._always = frozenset(i for i, p in enumerate(self.patterns) if not isinstance(p, Prefiltered))
        by_needle: dict[int, set[int]] = {}
        for i, p in enumerate(self.patterns):
            for needle in p._ids if isinstance(p, Prefiltered) else ():
                by_needle.setdefault(needle, set()).add(i)
        self._by_needle = {needle: frozenset(rules) for needle, rules in by_needle.items()}
        self._needles = frozenset(by_needle)

    def candidates(self, text: str, start: int = 0) -> list[int]:
        """The positions, from `start` on, of the patterns that can match `text`."""
        present = _SEEN.get(text)
        if present is None:
            present = INDEX.present(text)
        chosen = set(self._always)
        for needle in self._needles & present:
            chosen |= self._by_needle[needle]
        return sorted(i for i in chosen if i >= start)

    def rewrite(self, text: str, replacements: Sequence[str | Callable[[re.Match[str]], str]]) -> str:
        """Apply each pattern's `sub` in turn, as a loop over them all would."""
        start = 0
        while True:
            for i in self.candidates(text, start):
                new = self.patterns[i].sub(replacements[i], text)
                if new != text:
                    text, start = new, i + 1  # the new text may hold needles the old one lacked
                    break
            else:
                return text


def compile(pattern: str, flags: int = 0) -> re.Pattern[str] | Prefiltered:  # noqa: A001 - mirrors re.compile
    """`re.compile`, prefiltered when the pattern has needles."""
    compiled = re.compile(pattern, flags)
    found = needles_of(pattern, flags)
    return Prefiltered(compiled, found) if found else compiled
