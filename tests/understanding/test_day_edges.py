"""Day rules at their edges: the 16:00 and register-close boundaries, a last day before a trip, a weekday the message
also dates, days that are about something else (the funeral "later in the month", "will update re Monday"), and the
presence of a child on a named day."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import AMELIA, JACK, full, marks, parse
from understanding.types import Child


def sessions(text: str, when: str) -> list[str]:
    result = parse(text, [JACK, AMELIA] if "both" in text.lower() else [JACK], when=when)
    assert result.action == "record", result.explanation
    return sorted({s for r in marks(result).values() for s in r[2]})


def test_a_message_at_exactly_four_is_about_today() -> None:
    assert sessions("Jack is at home with a streaming cold.", "2026-11-24 16:00") == full("11-24")
    assert sessions("Jack is at home with a streaming cold.", "2026-11-24 16:01") == full("11-25")


def test_late_with_no_time_at_the_register_close_is_u() -> None:
    assert marks(parse("Jack is going to be late in today, sorry", when="2026-11-23 09:19"))["P1"][1] == "L"
    assert marks(parse("Jack is going to be late in today, sorry", when="2026-11-23 09:20"))["P1"][1] == "U"


@pytest.mark.parametrize(("text", "when", "expected"), [
    # a last day in school: off from the next open day until the break, or until a stated return
    ("We're travelling to family over the holidays, Jack's last day in school will be Tuesday 15th December.",
     "2026-12-01 18:00", full("12-16", "12-17", "12-18")),
    ("We're going to Spain, Jack's last day will be Wednesday 9th, he'll be back on Monday 14th.", "2026-12-01 18:00",
     full("12-10", "12-11")),
    # a bare weekday takes the date given to that weekday
    ("We travel on Thursday morning so Jack will miss Thursday 10th and Friday 11th.", "2026-12-01 18:00",
     full("12-10", "12-11")),
    # days the message puts aside
    ("Jack has been sick 3 times tonight, won't be in tomorrow, will msg about thurs", "2026-11-24 19:00",
     full("11-25")),
    ("Both boys sick in the night. Neither in today. Will update re Monday.", "2026-12-11 07:00", full("12-11")),
    ("Jack is still coughing so he won't be back this week, sorry. Fingers crossed for Monday.", "2026-12-11 07:00",
     full("12-11")),
    ("Jack's great grandad passed away on Friday so he'll be off tomorrow, the funeral's later in the month",
     "2026-12-13 20:00", full("12-14")),
    ("Jack was sent home today with a temp, he won't be in on Monday.", "2026-11-26 16:30", full("11-30")),
    # what happened this morning on a closed day says nothing of the session
    ("Jack fell off the trampoline this morning and has sprained his wrist. He won't be in.", "2026-12-05 11:00",
     full("12-07")),
    ("I know you're closed today for training but Jack has chickenpox, so he won't be in.", "2026-11-27 08:00",
     full("11-30")),
    # "this week" said of something other than the absence
    ("Jack is staying with us this week and he has had a nosebleed that won't stop. He won't be in tomorrow.",
     "2026-12-01 17:00", full("12-02")),
    ("Jack's anxiety has been awful this week and he just isn't able to face school today.", "2026-12-02 07:30",
     full("12-02")),
    # the last days of term, and a weekday inside them
    ("Our flights are on Thursday 17th so Jack will miss the last two days of term, Thursday and Friday.",
     "2026-12-09 18:00", full("12-17", "12-18")),
    ("Jack will be off on the last day of term for his sister's graduation", "2026-12-11 08:00", full("12-18")),
])
def test_days(text: str, when: str, expected: list[str]) -> None:
    assert sessions(text, when) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tomorrow Jack not go to school, he has fever very high. Amelia she go normal.", {"P1": full("11-24")}),
    ("Jack won't be in today with a cold. Tomorrow he come normal.", {"P1": full("11-23")}),
    ("Dear Mr Thomas, Jack has tonsillitis and won't be in today.", {"P1": full("11-23")}),
])
def test_presence_and_adults(text: str, expected: dict[str, list[str]]) -> None:
    thomas = Child("P9", "Thomas")
    result = parse(text, [JACK, AMELIA, thomas])
    assert {pid: r[2] for pid, r in marks(result).items()} == expected


def test_a_collection_with_a_return_after_the_afternoon_register_is_the_afternoon() -> None:
    result = parse("Jack has his tooth out at the dental hospital at 12.30. I'm collecting him at 12 and he'll be back "
                   "for 2.")
    assert marks(result) == {"P1": ("medical", "M", ["11-23 PM"])}
