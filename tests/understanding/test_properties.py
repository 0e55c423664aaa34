"""Property tests: any text, however garbled or long, gives a valid result and never marks a pupil who is not
linked to the sender; the conversation reducer keeps to the same rules."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.understanding.conftest import CALENDAR
from understanding.conversation import converse_turn
from understanding.parser import parse_message
from understanding.types import Child

WORDS = ["Jack", "Amelia", "Grace", "won't", "be", "in", "today", "tomorrow", "Monday", "Friday", "until", "back",
         "on", "sick", "late", "9.30", "3/12", "dentist", "both", "kids", "he", "she", "off", "rest", "of", "the",
         "week", "next", "for", "3", "days", "?", ",", ".", "and", "or", "appointment", "after", "lunch", "collect",
         "at", "1pm", "holiday", "funeral", "Eid", "dzisiaj", "hoy", "مريض", "اليوم", "আজ", "сьогодні", "maanta",
         "bugün", "šiandien", "azi", "hoje", "aaj", "ਅੱਜ", "please", "ignore", "better", "meant", "thanks"]
CHILDREN = st.lists(
    st.builds(Child, id=st.sampled_from(["P1", "P2", "P3"]),
              first_name=st.sampled_from(["Jack", "Amelia", "Noah", "Isabella", "Sofiia", "Yousef", "Jakub"])),
    max_size=3, unique_by=lambda c: c.id)
TEXTS = st.one_of(st.text(max_size=400), st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
                  st.text(max_size=20).map(lambda t: t * 200))
MOMENTS = st.datetimes(min_value=dt.datetime(2026, 11, 1), max_value=dt.datetime(2027, 7, 31),
                       timezones=st.just(dt.UTC))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, children=CHILDREN, now=MOMENTS)
def test_any_text_gives_a_valid_result(text: str, children: list[Child], now: dt.datetime) -> None:
    result = parse_message(text, children, CALENDAR, now)
    assert result.action in ("record", "clarify", "forward")
    assert result.reply.strip()
    linked = {c.id for c in children}
    if result.action != "record":
        assert result.reports == ()
    else:
        assert result.reports
    for report in result.reports:
        assert report.pupil_id in linked
        assert report.sessions
        assert all(CALENDAR.is_open(s.day) and s.day >= CALENDAR.local(now).date() for s in report.sessions)
        assert report.code
    json.dumps([r.to_json() for r in result.reports])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(turns=st.lists(TEXTS, min_size=1, max_size=4), children=CHILDREN, now=MOMENTS)
def test_conversations_only_touch_linked_pupils(turns: list[str], children: list[Child], now: dt.datetime) -> None:
    state: dict[str, object] | None = None
    standing: dict = {}
    linked = {c.id for c in children}
    for i, text in enumerate(turns):
        result = converse_turn(text, children=children, calendar=CALENDAR, now=now + dt.timedelta(minutes=5 * i),
                               state=state, standing=standing)
        state = json.loads(json.dumps(result.state))
        assert result.reply.strip()
        for change in result.changes:
            assert change.pupil_id in linked
            if change.code is None:
                assert change.session in standing.get(change.pupil_id, {})
                standing[change.pupil_id].pop(change.session)
            else:
                standing.setdefault(change.pupil_id, {})[change.session] = change.code


def test_long_adversarial_texts_stay_fast() -> None:
    import time

    children = [Child("P1", "Jack"), Child("P2", "Amelia")]
    for chunk in ["won't be in today ", "a", "Jack and ", "until monday ", "collect him ", "Lily and Jack "]:
        text = (chunk * 2000)[:1999]
        started = time.process_time()
        parse_message(text, children, CALENDAR, dt.datetime(2026, 11, 23, 7, 30, tzinfo=dt.UTC))
        assert time.process_time() - started < 1.0, chunk


def test_a_letter_longer_than_a_message_goes_to_the_office() -> None:
    text = "Jack won't be in today. " * 200
    result = parse_message(text, [Child("P1", "Jack")], CALENDAR, dt.datetime(2026, 11, 23, 7, 30, tzinfo=dt.UTC))
    assert result.action == "forward"
