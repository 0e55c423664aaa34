"""The literal prefilter in front of the rule patterns: it may only skip texts that cannot match."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from understanding import needles

CORPUS = Path(__file__).parent / "data" / "generalise.jsonl"


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\b(?:dentist|optician)\b", {"dentist", "optician"}),
    (r"d ?(?:and|n) ?v\b", {"dandv", "dand v", "d andv", "d and v", "dnv", "dn v", "d nv", "d n v"}),
    (r"won't be (?:in|at school)", {"won't be in", "won't be at school"}),
    (r"\bkeep(?:ing)? \w+ home", {" home"}),
    (r"(?=back on)\w+", {"back on"}),
    (r"\bthx\b|\bty\b", {"thx", "ty"}),  # the parser factors out the "t"; a word boundary spells nothing
    (r"(\d{1,2})月(\d{1,2})日", {"月"}),  # one character of another script is rare enough
])
def test_needles_are_what_every_match_contains(pattern: str, expected: set[str]) -> None:
    assert needles.needles_of(pattern) == frozenset(expected)


@pytest.mark.parametrize("pattern", [r"\w+", r"\d{1,2}:\d\d", r"(?i)dentist", r"a|\d", r"x", r"\bu\b"])
def test_patterns_without_a_useful_literal_are_not_prefiltered(pattern: str) -> None:
    assert needles.needles_of(pattern) is None
    assert isinstance(needles.compile(pattern), re.Pattern)


def test_prefiltered_pattern_behaves_as_the_plain_one() -> None:
    plain = re.compile(r"\b(?:sick|poorly)\b")
    fast = needles.compile(plain.pattern)
    assert isinstance(fast, needles.Prefiltered)
    for text in ("she is poorly today", "all fine", "sick, sick and poorly", ""):
        assert bool(fast.search(text)) == bool(plain.search(text))
        assert fast.sub("X", text) == plain.sub("X", text)
        assert fast.findall(text) == plain.findall(text)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert fast.split(text) == plain.split(text)
    assert fast.pattern == plain.pattern


def test_every_rule_pattern_skips_only_texts_it_cannot_match() -> None:
    """Each prefiltered pattern in the parser, over the regression corpus: a text it matches holds a needle."""
    texts = [json.loads(line)["text"].lower() for line in CORPUS.read_text(encoding="utf-8").splitlines()[::5]]
    from understanding import days, pupils, reasons, signals

    patterns = [p for module in (days, pupils, reasons, signals) for p in vars(module).values()
                if isinstance(p, needles.Prefiltered)] + [p for _, p, _ in reasons.CUES]
    assert len(patterns) > 100
    for p in patterns:
        for text in texts:
            if p._re.search(text):
                assert p.possible(text), (p.pattern[:80], text)


@given(st.text(alphabet="adnv &!x月日1", max_size=30))
def test_prefilter_never_changes_an_answer(text: str) -> None:
    pattern = r"d ?(?:and|n) ?v\b|\bx{2,}|\d月\d日"
    assert bool(needles.compile(pattern).search(text)) == bool(re.search(pattern, text))


@pytest.mark.parametrize(("pattern", "branches"), [
    (r"a|b(?:c|d)|[|(]|\||e", ["a", "b(?:c|d)", "[|(]", r"\|", "e"]),
    (r"[]|]x|y", ["[]|]x", "y"]),
    (r"(?<!no )sick\b", [r"(?<!no )sick\b"]),
])
def test_top_branches_split_only_at_top_level_bars(pattern: str, branches: list[str]) -> None:
    assert needles.top_branches(pattern) == branches


_MANY = "|".join([r"\bne(?:be)?ateis\w*", r"\bne(?:be)?atvyks\w*", r"\bnedalyvaus\w*", r"\bne(?:be)?bus\b", "sick",
                  r"ill\b", r"\bflu", r"\d+ ?am", r"\bzz\w*", *(rf"\b{w}\b" for w in (
                      "cold", "cough", "fever", "rash", "bug", "virus", "mumps", "croup", "nits", "asthma",
                      "migraine"))])


@given(st.lists(st.sampled_from(["ne", "be", "ateis", "bus", " ", "sick", "ill", "flu", "9", "am", "z", "s"]),
                max_size=12).map("".join))
def test_narrowed_alternation_finds_what_the_whole_one_finds(text: str) -> None:
    """A many-branch pattern runs as only the branches whose needles the text holds: the same matches, and none on a
    text holding the whole pattern's shared needle ("ne") but no branch's own."""
    fast, plain = needles.compile(_MANY), re.compile(_MANY)
    assert fast._branches
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert fast.sub("<>", text) == plain.sub("<>", text)


def test_every_narrowed_rule_pattern_matches_as_the_whole_one() -> None:
    """Each many-branch pattern of the parser, over the regression corpus: the narrowed search finds the same match."""
    texts = [json.loads(line)["text"].lower() for line in CORPUS.read_text(encoding="utf-8").splitlines()[::7]]
    from understanding import days, pupils, reasons, signals

    patterns = [p for module in (days, pupils, reasons, signals) for p in vars(module).values()
                if isinstance(p, needles.Prefiltered) and p._branches]
    patterns += [p for _, p, _ in reasons.CUES if isinstance(p, needles.Prefiltered) and p._branches]
    assert len(patterns) >= 20
    for p in patterns:
        for text in texts:
            fast, plain = p.search(text), p._re.search(text)
            assert (fast and fast.span()) == (plain and plain.span()), (p.pattern[:80], text)
            assert [m.span() for m in p.finditer(text)] == [m.span() for m in p._re.finditer(text)]


@pytest.mark.parametrize(("pattern", "alternatives"), [
    (r"\b(?:sick|ill\b|d ?& ?v)", [r"\b(?:sick)", r"\b(?:ill\b)", r"\b(?:d ?& ?v)"]),  # a reason cue's shape
    (r"\b(?:a)x(?:b|c)", [r"\b(?:a)x(?:b|c)"]),  # the first group closes before the end: one alternative
    (r"\b(?:a)|b", [r"\b(?:a)", "b"]),
    (r"\b(?:sick)", [r"\b(?:sick)"]),
])
def test_a_bounded_group_splits_into_bounded_alternatives(pattern: str, alternatives: list[str]) -> None:
    assert needles.alternatives(pattern) == alternatives


_RULES = [(r"\bpls\b", "please"), (r"\bplease (?:let|tell) (?:you|u) know\b", "I'll update you"),
          (r"\bx{2,}", ""), (r"\bupdate\b", "tell"), (r"\s+", " ")]


@given(st.lists(st.sampled_from(["pls", "please", " let", " tell", " u", " you", " know", "xx", " update", "  "]),
                max_size=10).map("".join))
def test_a_rule_set_rewrites_as_the_rules_one_after_another(text: str) -> None:
    """Only the rules whose needles the text holds run, and a rewrite that brings in a later rule's needles ("pls" to
    "please") lets that rule run."""
    rule_set = needles.RuleSet([needles.compile(p) for p, _ in _RULES])
    expected = text
    for pattern, replacement in _RULES:
        expected = re.sub(pattern, replacement, expected)
    assert rule_set.rewrite(text, [r for _, r in _RULES]) == expected


def test_the_english_rewrite_runs_as_its_rules_one_after_another() -> None:
    from understanding import canon
    from understanding.text import fold

    rules = canon._compiled("en")
    texts = [fold(json.loads(line)["text"].lower()) for line in CORPUS.read_text(encoding="utf-8").splitlines()[::7]]
    for text in texts:
        expected = text
        for pattern, replacement in rules:
            expected = pattern._re.sub(replacement, expected) if isinstance(pattern, needles.Prefiltered) \
                else pattern.sub(replacement, expected)
        assert canon._apply(text, "en") == expected, text


def test_needles_kept_on_disk_are_read_back_for_the_same_pattern_only(tmp_path: Path) -> None:
    """The start-up cache: what is saved is found again by pattern and flags; another pattern is not in it."""
    cache = needles._DiskCache(tmp_path / "needles.json")
    pattern = r"\b(?:dentist|optician)\b"
    cache.add(cache.key(pattern, 0), needles._needles_of(pattern, 0))
    cache.save()
    again = needles._DiskCache(tmp_path / "needles.json")
    assert frozenset(again.found[again.key(pattern, 0)]) == {"dentist", "optician"}
    assert again.key(pattern, re.IGNORECASE) not in again.found
    assert again.key(r"\bdentist\b", 0) not in again.found


def test_a_damaged_cache_file_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "needles.json").write_text("{not json", encoding="utf-8")
    assert needles._DiskCache(tmp_path / "needles.json").found == {}
