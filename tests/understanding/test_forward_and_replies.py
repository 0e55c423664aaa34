"""Forwarding non-absence messages, and the replies' wording and catalogues."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from core.policy import SchoolPolicy
from tests.understanding.conftest import AMELIA, JACK, parse
from understanding import replies
from understanding.canon import SUPPORTED


@pytest.mark.parametrize("text", [
    "Hi, Jack has come home without his PE bag, could someone check the changing rooms please?",
    "Is school closed on Friday? Jack says it's a teacher training day",
    "Please can you tell Mr Hughes that Jack has finished his reading book",
    "Thank you so much to all the staff for a brilliant term!",
    "Jack forgot his lunch, can I drop it off at reception?",
    "Jack's grandma will be collecting him today at 3:15 as I'm at work",
    "Thanks for the update about the trip",
])
def test_not_an_absence_is_forwarded(text: str) -> None:
    result = parse(text)
    assert result.action == "forward" and result.reports == ()
    assert result.reply


def test_record_reply_names_children_and_days_not_the_code() -> None:
    result = parse("Jack and Amelia have a sickness bug, they won't be in today or tomorrow", [JACK, AMELIA])
    assert result.reply.startswith("Thanks. We've recorded Jack and Amelia as absent through illness")
    assert "Mon 23 Nov and Tue 24 Nov" in result.reply
    assert " I " not in result.reply


def test_open_end_asks_for_daily_updates() -> None:
    assert "each morning" in parse("Jack has a chest infection, off until he's better").reply


def test_dv_rule_only_where_the_school_has_it() -> None:
    assert "48 hours" in parse("Jack has D&V, he won't be in today").reply
    no_rule = SchoolPolicy(dv_48_hour_rule=False)
    assert "48 hours" not in parse("Jack has D&V, he won't be in today", policy=no_rule).reply


def test_unknown_reason_asks_for_it() -> None:
    assert "reason" in parse("Jack won't be in today").reply


def test_half_days_are_named() -> None:
    assert "(morning)" in parse("Jack has the dentist at 9.30, he'll be in after").reply


def test_clarify_asks_one_question() -> None:
    reply = parse("He's got a temperature", [JACK, AMELIA]).reply
    assert reply.count("?") == 1


@pytest.mark.parametrize("language", [lang for lang in SUPPORTED if lang != "en"])
def test_every_catalogue_translates_every_template_and_keeps_placeholders(language: str) -> None:
    with (replies.LOCALE_DIR / language / "LC_MESSAGES" / "rollcall.po").open("rb") as f:
        catalog = read_po(f)
    pot = replies.LOCALE_DIR / "rollcall.pot"
    with pot.open("rb") as f:
        template = read_po(f)
    ids = {m.id for m in template if m.id}
    assert ids <= {m.id for m in catalog if m.string}
    for message in catalog:
        if message.id:
            assert set(re.findall(r"{\w+}", message.id)) == set(re.findall(r"{\w+}", message.string)), message.id
