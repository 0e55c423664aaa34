"""The conversation reducer, run purely: changes applied to a dict of standing marks, turn by turn."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from core.calendar import SchoolCalendar, Session
from tests.understanding.conftest import AMELIA, CALENDAR, JACK, SCHOOL, at
from understanding.batch import child_from_dict
from understanding.conversation import converse_turn
from understanding.types import Child, TurnResult


class Conversation:
    """One contact's conversation: state carried between turns, marks kept by applying each turn's changes."""

    def __init__(self, children: list[Child], calendar: SchoolCalendar = CALENDAR) -> None:
        self.children, self.calendar = children, calendar
        self.state: dict[str, object] | None = None
        self.marks: dict[str, dict[Session, str]] = {}

    def say(self, text: str, when: dt.datetime) -> TurnResult:
        result = converse_turn(text, children=self.children, calendar=self.calendar, now=when, state=self.state,
                               standing=self.marks)
        json.dumps(result.state)  # the state must survive a round trip through the database
        self.state = result.state
        for change in result.changes:
            if change.code is None:
                self.marks.get(change.pupil_id, {}).pop(change.session, None)
            else:
                self.marks.setdefault(change.pupil_id, {})[change.session] = change.code
        assert result.reply.strip()
        return result

    def flat(self) -> dict[str, dict[str, str]]:
        return {p: {str(s): c for s, c in m.items()} for p, m in self.marks.items() if m}


def test_every_labelled_scenario(eval_dir: Path) -> None:
    failures = []
    for line in (eval_dir / "conversations.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        convo = Conversation([child_from_dict(c) for c in item["children"]],
                             SchoolCalendar.from_dict({**SCHOOL, **item.get("school", {})}))
        actions = [convo.say(t["text"], dt.datetime.fromisoformat(t["at"])).action for t in item["turns"]]
        wanted = item["expect"].get("actions") or []
        if convo.flat() != item["expect"]["marks"] or any(w and w != a for w, a in zip(wanted, actions, strict=False)):
            failures.append((item["id"], convo.flat(), actions))
    assert not failures


def test_wrong_school_withdraws_the_last_report() -> None:
    convo = Conversation([JACK])
    convo.say("Jack has a cold and won't be in today or tomorrow", at("2026-11-23 07:30"))
    result = convo.say("Please ignore my last message, wrong school!", at("2026-11-23 07:35"))
    assert result.intent == "cancel" and convo.flat() == {}


def test_bringing_him_in_for_the_afternoon_withdraws_that_afternoon() -> None:
    convo = Conversation([JACK])
    convo.say("Jack has a temperature so won't be in today", at("2026-11-23 07:30"))
    convo.say("He's perked up, I'll bring him in for the afternoon", at("2026-11-23 11:00"))
    assert convo.flat() == {"P1": {"2026-11-23 AM": "I"}}


def test_better_with_no_day_withdraws_marks_from_now_on() -> None:
    convo = Conversation([JACK])
    convo.say("Jack is poorly, he'll be off for the rest of the week", at("2026-11-23 07:30"))
    convo.say("Jack is much better, he'll be in after all", at("2026-11-24 07:00"))
    assert convo.flat() == {"P1": {"2026-11-23 AM": "I", "2026-11-23 PM": "I"}}


def test_pronoun_follow_up_refers_to_the_last_child() -> None:
    convo = Conversation([JACK, AMELIA])
    convo.say("Amelia won't be in today", at("2026-11-23 07:30"))
    result = convo.say("She has a sickness bug", at("2026-11-23 07:40"))
    assert result.intent == "reason"
    assert convo.flat() == {"P2": {"2026-11-23 AM": "I", "2026-11-23 PM": "I"}}


def test_small_talk_changes_nothing_but_gets_a_reply() -> None:
    convo = Conversation([JACK])
    convo.say("Jack won't be in today, he has flu", at("2026-11-23 07:30"))
    before = convo.flat()
    result = convo.say("Thank you!", at("2026-11-23 07:31"))
    assert result.changes == () and convo.flat() == before and result.intent == "smalltalk"


def test_an_unanswered_question_is_asked_again() -> None:
    convo = Conversation([JACK, AMELIA])
    convo.say("One of mine is poorly today", at("2026-11-23 07:30"))
    result = convo.say("sorry?", at("2026-11-23 07:31"))
    assert result.action == "clarify" and convo.flat() == {}
    convo.say("Jack", at("2026-11-23 07:32"))
    assert convo.flat() == {"P1": {"2026-11-23 AM": "I", "2026-11-23 PM": "I"}}


def test_the_conversation_keeps_the_parents_language() -> None:
    convo = Conversation([Child("P1", "Jakub"), Child("P2", "Maja")])
    first = convo.say("Dzień dobry, moje dziecko jest chore i dzisiaj nie przyjdzie", at("2026-11-23 07:30"))
    assert first.action == "clarify" and first.language == "pl"
    second = convo.say("Maja", at("2026-11-23 07:32"))
    assert second.language == "pl" and "Dziękujemy" in second.reply
    assert convo.flat() == {"P2": {"2026-11-23 AM": "I", "2026-11-23 PM": "I"}}


def test_a_correction_of_the_child_keeps_the_days() -> None:
    convo = Conversation([JACK, AMELIA])
    convo.say("Jack won't be in tomorrow, he has a temperature", at("2026-11-23 07:30"))
    result = convo.say("Sorry I meant Amelia not Jack", at("2026-11-23 07:32"))
    assert result.intent == "correction"
    assert convo.flat() == {"P2": {"2026-11-24 AM": "I", "2026-11-24 PM": "I"}}


def test_a_change_of_plan_to_come_in_at_lunchtime_keeps_the_morning() -> None:
    convo = Conversation([JACK])
    convo.say("Jack is poorly and won't be in today", at("2026-11-23 07:30"))
    convo.say("Change of plan, he's feeling better so I'll bring him in at lunchtime", at("2026-11-23 10:00"))
    assert convo.flat() == {"P1": {"2026-11-23 AM": "I"}}


def test_cancelling_one_named_day() -> None:
    convo = Conversation([JACK])
    convo.say("Jack has flu, off today and tomorrow", at("2026-11-23 07:30"))
    convo.say("Please cancel the absence for tomorrow, he's fine", at("2026-11-23 17:30"))
    assert convo.flat() == {"P1": {"2026-11-23 AM": "I", "2026-11-23 PM": "I"}}


def test_further_days_inherit_the_reason() -> None:
    convo = Conversation([JACK])
    convo.say("Jack has a temperature, off today", at("2026-11-23 07:30"))
    convo.say("He won't be in tomorrow either", at("2026-11-23 17:30"))
    assert convo.flat() == {"P1": {f"2026-11-2{d} {h}": "I" for d in (3, 4) for h in ("AM", "PM")}}


def test_thanks_in_another_language_is_small_talk() -> None:
    convo = Conversation([Child("P1", "Jakub")])
    convo.say("Kuba ma gorączkę, dzisiaj nie przyjdzie", at("2026-11-23 07:30"))
    result = convo.say("Dziękuję!", at("2026-11-23 07:31"))
    assert result.intent == "smalltalk" and result.changes == () and result.language == "pl"


def test_a_weekday_answer_to_an_appointment_next_week_is_next_weeks() -> None:
    convo = Conversation([JACK])
    assert convo.say("Jack has a dentist appointment next week", at("2026-11-23 07:30")).action == "clarify"
    convo.say("Thursday at 2, I'll pick him up at 1", at("2026-11-23 07:35"))
    assert convo.flat() == {"P1": {"2026-12-03 PM": "M"}}


def test_a_day_and_date_that_disagree_are_settled_by_the_answer() -> None:
    convo = Conversation([JACK])
    assert convo.say("Jack has a hospital appointment on Wednesday 3rd December",
                     at("2026-11-30 07:30")).action == "clarify"
    convo.say("Sorry, it's Thursday", at("2026-11-30 07:35"))
    assert convo.flat() == {"P1": {"2026-12-03 AM": "M", "2026-12-03 PM": "M"}}


def test_an_unknown_name_corrected_to_two_children() -> None:
    convo = Conversation([JACK, AMELIA])
    assert convo.say("Lily and Jack are poorly", at("2026-11-23 07:30")).action == "clarify"
    convo.say("Sorry I meant Amelia and Jack", at("2026-11-23 07:35"))
    assert set(convo.flat()) == {"P1", "P2"}


def test_unreadable_state_is_treated_as_fresh() -> None:
    result = converse_turn("Jack won't be in today, he has flu", children=[JACK], calendar=CALENDAR,
                           now=at("2026-11-23 07:30"), state={"pending": {"at": "garbage"}, "last": {"at": 3}},
                           standing={})
    assert result.action == "record" and len(result.changes) == 2
