"""Which sessions a phrase means (CONVENTIONS.md "Which sessions"), one test per phrase family.

The calendar is the evaluation's default: Fri 27 Nov is an INSET day, 19 Dec-4 Jan is closed.
Mon 23 Nov 2026 is a Monday.
"""

from __future__ import annotations

import pytest

from tests.understanding.conftest import full, marks, parse


@pytest.mark.parametrize(("text", "when", "sessions"), [
    ("Jack won't be in today, he has a temperature", "2026-11-23 07:30", full("11-23")),
    ("Jack won't be in tomorrow, he has a temperature", "2026-11-23 07:30", full("11-24")),
    ("Jack is off sick tmrw", "2026-11-23 19:30", full("11-24")),
    ("Jack will be off on Wednesday with a cold", "2026-11-23 07:30", full("11-25")),
    ("Jack will be off on Monday with a cold", "2026-11-23 07:30", full("11-23")),  # on or after today
    ("Jack won't be in on Thurs, he's poorly", "2026-11-23 07:30", full("11-26")),
    ("Jack has flu and won't be in on 1/12", "2026-11-23 07:30", full("12-01")),  # day first
    ("Jack has flu and won't be in on 3rd December", "2026-11-23 07:30", full("12-03")),
    ("Jack has flu and won't be in on December 3rd", "2026-11-23 07:30", full("12-03")),
    ("Jack is poorly and won't be in Mon-Wed", "2026-11-23 07:30", full("11-23", "11-24", "11-25")),
    ("Jack is poorly and will be off Tuesday to Thursday", "2026-11-23 07:30", full("11-24", "11-25", "11-26")),
    ("Jack is poorly, he'll be back on Thursday", "2026-11-23 07:30", full("11-23", "11-24", "11-25")),
    ("Jack is poorly and won't be in until Wednesday", "2026-11-23 07:30", full("11-23", "11-24")),
    ("Jack is poorly and off till Wednesday", "2026-11-23 07:30", full("11-23", "11-24")),
    ("Jack is poorly, off until Wednesday inclusive", "2026-11-23 07:30", full("11-23", "11-24", "11-25")),
    ("Jack is poorly, off up to and including Tuesday", "2026-11-23 07:30", full("11-23", "11-24")),
    ("Jack has flu and will be off for 3 days", "2026-11-25 07:30", full("11-25", "11-26", "11-30")),
    ("Jack has flu, off the rest of the week", "2026-11-24 07:30", full("11-24", "11-25", "11-26")),
    ("Jack has flu, off the rest of the week I think", "2026-11-24 07:30", full("11-24", "11-25", "11-26")),
    ("Jack won't be in next week, we're going to Spain", "2026-11-26 07:30",
     full("11-30", "12-01", "12-02", "12-03", "12-04")),
    ("Jack is ill today and probably tomorrow too", "2026-11-23 07:30", full("11-23", "11-24")),
    ("Jack has a cold, off today and tomorrow", "2026-11-26 07:30", full("11-26")),  # INSET dropped
    ("Jack has a cold, not sure how long he'll be off", "2026-11-23 07:30", full("11-23")),  # vague end
    ("Jack is poorly and won't be in", "2026-11-23 16:30", full("11-24")),  # after 16:00
    ("Jack is poorly and won't be in", "2026-11-28 10:00", full("11-30")),  # on a closed day
    ("Sorry, Jack was off sick today with a cold", "2026-11-23 16:30", full("11-23")),  # explicit today
    ("Jack has flu, keeping him home this morning", "2026-11-23 07:30", ["11-23 AM"]),
    ("Jack won't be in this afternoon, he's poorly", "2026-11-23 07:30", ["11-23 PM"]),
    ("Jack has a GP appointment tomorrow morning", "2026-11-23 07:30", ["11-24 AM"]),
    ("Jack has the dentist at 9:30, he'll be in after", "2026-11-23 07:30", ["11-23 AM"]),
    ("Jack has an orthodontist appointment at 2pm, I'll collect him at 12.45", "2026-11-23 07:30", ["11-23 PM"]),
    ("Jack has an appointment at 10am on Thursday so he'll miss the morning", "2026-11-23 07:30", ["11-26 AM"]),
    ("Jack has a hospital appointment tomorrow, it's at 11 so he'll be off all day", "2026-11-23 19:00",
     full("11-24")),
    ("Jack will be away from 14th to 18th December for a family holiday", "2026-11-23 07:30",
     full("12-14", "12-15", "12-16", "12-17", "12-18")),
    ("Jack is absent from Monday 14th December and returns on 5th January, we're going abroad", "2026-11-23 07:30",
     full("12-14", "12-15", "12-16", "12-17", "12-18")),
    ("Jack won't be in for the last two days of term", "2026-12-16 07:30", full("12-17", "12-18")),
    ("Jack won't be in tomorrow, I'll let you know about Wednesday", "2026-11-23 07:30", full("11-24")),
    ("Jack has flu, won't be in Thursday or Friday", "2026-11-30 07:30", full("12-03", "12-04")),  # negated or
])
def test_sessions(text: str, when: str, sessions: list[str]) -> None:
    result = parse(text, when=when)
    assert result.action == "record", result.explanation
    assert marks(result)["P1"][2] == sessions


@pytest.mark.parametrize("text", [
    "Jack has a hospital scan on Thursday or Friday, they'll confirm which",  # alternatives
    "Jack has a hospital appointment on Wednesday 10th December",  # 10 Dec is a Thursday
    "Jack has an appointment next week",  # a single event next week cannot be placed
    "Jack will be off one day next week, I don't have the date yet",
    "Jack won't be in on Friday",  # Fri 27 Nov is closed: no session to record
])
def test_day_cannot_be_determined(text: str) -> None:
    result = parse(text, when="2026-11-24 07:30")
    assert result.action == "clarify", result.explanation
    assert result.reports == ()
    assert "?" in result.reply


def test_a_return_to_school_is_not_an_absence() -> None:
    assert parse("Jack is feeling much better and will be back in school today").action == "forward"


def test_collected_after_the_afternoon_register_is_not_an_absence() -> None:
    assert parse("Jack has the dentist at 3.30 today so I'll pick him up at 3").action == "forward"


def test_past_absences_are_for_the_office() -> None:
    assert parse("Jack was absent yesterday because he was ill").action == "forward"
    assert parse("Jack was off sick on Friday, sorry I forgot to call", when="2026-11-30 08:00").action == "forward"
    assert marks(parse("Jack was sick yesterday and won't be in today"))["P1"][2] == full("11-23")


def test_an_explicit_date_already_past_is_not_recorded() -> None:
    assert parse("Jack has the dentist on 1/12, he won't be in", when="2026-12-02 07:30").action != "record"


@pytest.mark.parametrize(("text", "sessions"), [
    ("Jack hasta, çarşambaya kadar okula gelmeyecek.", full("11-23", "11-24")),
    ("جیک بیمار ہے، بدھ تک اسکول نہیں آئے گا", full("11-23", "11-24")),
    ("Jack bimar hai, budh tak school nahi aayega", full("11-23", "11-24")),
    ("জ্যাক অসুস্থ, বুধবার পর্যন্ত স্কুলে আসবে না", full("11-23", "11-24")),
    ("Dzień dobry, Jack jest przeziębiony i nie będzie go w szkole do środy.", full("11-23", "11-24")),
    ("Добрий день, Jack хворіє і не прийде до школи до середи.", full("11-23", "11-24")),
    ("Jack no irá al colegio del 14 al 18 de diciembre, nos vamos de vacaciones.",
     full("12-14", "12-15", "12-16", "12-17", "12-18")),
    ("Jack не прийде до школи з 14 по 18 грудня, ми їдемо у відпустку",
     full("12-14", "12-15", "12-16", "12-17", "12-18")),
    ("Jack nu va veni la școală de luni până miercuri, suntem plecați în vacanță", full("11-23", "11-24", "11-25")),
    ("Jack no irá al colegio de lunes a miércoles, tiene gripe", full("11-23", "11-24", "11-25")),
    ("O Jack não vai à escola de segunda a quarta, está doente", full("11-23", "11-24", "11-25")),
    ("Jack nie przyjdzie od poniedziałku do środy, jest chory", full("11-23", "11-24", "11-25")),
    ("Jack ma zapalenie ucha i nie będzie go w szkole przez trzy dni", full("11-23", "11-24", "11-25")),
])
def test_until_and_ranges_in_other_languages(text: str, sessions: list[str]) -> None:
    assert marks(parse(text))["P1"][2] == sessions
