"""Which pupils a message means (CONVENTIONS.md "Which pupils")."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import AMELIA, JACK, NOAH, marks, parse
from understanding.names import matches, skeleton
from understanding.types import Child


@pytest.mark.parametrize(("word", "name"), [
    ("Izzy", "Isabella"), ("Alfie", "Alfred"), ("Lottie", "Charlotte"), ("Ollie", "Oliver"), ("Jess", "Jessica"),
    ("Maddie", "Madison"), ("Kuba", "Jakub"), ("Zuzia", "Zuzanna"), ("Zach", "Zachary"), ("Lucía", "Lucia"),
    ("يوسف", "Yousef"), ("مريم", "Mariam"), ("فاطمہ", "Fatima"), ("Данило", "Danylo"), ("Софія", "Sofiia"),
    ("নুসরাতের", "Nusrat"),
])
def test_short_forms_and_other_scripts(word: str, name: str) -> None:
    assert matches(word, name, capitalised=True)


@pytest.mark.parametrize(("word", "name", "capitalised"), [
    ("The", "Theo", True), ("All", "Alfie", True), ("سفر", "Yousef", False), ("jac", "Jacqueline", False),
])
def test_common_words_and_uncapitalised_prefixes_do_not_match(word: str, name: str, capitalised: bool) -> None:
    assert not matches(word, name, capitalised=capitalised)


def test_skeleton_is_script_independent() -> None:
    assert skeleton("Usman") == skeleton("عثمان")


def test_named_child_only() -> None:
    result = parse("Amelia has a temperature and won't be in today. Jack will be in as normal.", [JACK, AMELIA])
    assert set(marks(result)) == {"P2"}


def test_the_kids_and_both_mean_every_linked_child() -> None:
    assert set(marks(parse("The kids won't be in today, they're both poorly", [JACK, AMELIA]))) == {"P1", "P2"}
    assert set(marks(parse("Both are off sick today", [JACK, AMELIA]))) == {"P1", "P2"}
    assert set(marks(parse("All three have chickenpox and won't be in", [JACK, AMELIA, NOAH]))) == {"P1", "P2", "P3"}


def test_both_with_three_children_asks() -> None:
    assert parse("Both are off sick today", [JACK, AMELIA, NOAH]).action == "clarify"


@pytest.mark.parametrize("text", ["He's got a temperature so won't be in today",
                                  "My daughter has a dentist appointment at 10, she'll be in after",
                                  "The little one's been sick in the night so won't be in today",
                                  "One of mine has a temperature, keeping them home today"])
def test_pronoun_with_several_children_asks(text: str) -> None:
    result = parse(text, [JACK, AMELIA])
    assert result.action == "clarify" and result.reports == ()


def test_pronoun_with_one_child_is_that_child() -> None:
    assert set(marks(parse("He's got a temperature so won't be in today"))) == {"P1"}


@pytest.mark.parametrize("text", ["Grace is poorly, keeping her off today",
                                  "Jack and Ruby are both poorly with colds, keeping them home today",
                                  "Sam's off today"])
def test_an_unknown_child_means_clarify_and_nothing_recorded(text: str) -> None:
    result = parse(text, [JACK, AMELIA])
    assert result.action == "clarify" and result.reports == ()


def test_ambiguous_short_form_asks() -> None:
    children = [Child("P1", "Samuel"), Child("P2", "Samantha")]
    assert parse("Sam's got a sickness bug, won't be in today", children).action == "clarify"


def test_adults_names_are_not_children() -> None:
    text = "Dear Mrs Collins, Jack has a cold and won't be in today. Kind regards, Claire Smith"
    assert set(marks(parse(text))) == {"P1"}


@pytest.mark.parametrize(("word", "name"), [("محمد", "Muhammad"), ("محمد", "Mohammed"), ("احمد", "Ahmed"),
                                            ("حمزہ", "Hamza"), ("সামি", "Samiul"), ("Насті", "Anastasiia"),
                                            ("Настею", "Anastasiia")])
def test_arabic_script_names_without_their_doubled_letters(word: str, name: str) -> None:
    """Arabic script writes the h of "Muhammad" and not its doubled m; Bengali "সামি" is the start of Samiul, vowels
    and all; "Насті" and "Настею" are cases of Настя, a short form of Anastasiia."""
    assert matches(word, name, capitalised=False)


def test_an_unknown_name_beside_a_linked_one_in_another_script_is_asked_about() -> None:
    """ "<linked child> and <a name the sender has no child of> won't be in": ask, record nothing."""
    result = parse("ਜਸਕੀਰਤ ਤੇ ਰਾਜਵੀਰ ਦੋਵੇਂ ਅੱਜ ਸਕੂਲ ਨਹੀਂ ਆਉਣਗੇ, ਬੁਖਾਰ ਹੈ", [Child("P1", "Jaskirat")])
    assert result.action == "clarify", result.explanation


def test_an_unknown_name_after_a_linked_one_and_and_is_asked_about() -> None:
    """ "ਸਿਮਰਨ ਅਤੇ ਅਮਨ ... won't be in" with only Simran linked: Aman is a child the sender has not got."""
    result = parse("ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ ਮੇਰੇ ਭਰਾ ਦਾ ਵਿਆਹ ਹੈ, ਸਿਮਰਨ ਅਤੇ ਅਮਨ ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ ਸਕੂਲ ਨਹੀਂ ਆਉਣਗੇ",
                   [Child("P1", "Simran")])
    assert result.action == "clarify", result.explanation
