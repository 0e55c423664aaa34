"""CHASE.md guards (register not taken, bulk hold, quiet hours), the office sign-in, and wording."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import Session, select

from core.policy import ChasePolicy
from models.attendance import Actor
from models.chase import BulkHold
from models.db import session_scope
from models.people import Pupil
from models.school import School
from scheduler.engine import tick
from scheduler.holds import cancel_hold, release_hold
from scheduler.registers import RegisterRefused, sign_in_late
from scheduler.wording import CHASE_TEXT, chase_text
from tests.chase.helpers import at, chase_messages, chase_of, make_world, mark_of, register, run_until
from tests.chase.helpers import tasks as all_tasks
from tests.chase.test_ladder import CLASS, OTHERS, SCHOOL, marks, take

OFFICE = Actor("Mrs Office", "office")


def tasks(world, kind=None):
    """Tasks other than the register-not-taken flags these tests leave behind for untaken registers."""
    return [t for t in all_tasks(world, kind) if t[1] != "register_not_taken" or kind == t[1]]


def test_register_not_taken_names_the_class_and_the_chase_starts_when_it_arrives(engine):
    world = make_world(engine, SCHOOL)
    register(world, "6F", "2026-11-23 AM", {n: "/" for n in OTHERS}, at(23, 9))
    tick(engine, now=at(23, 9, 20))
    assert all_tasks(world) == [(at(23, 9, 20), "register_not_taken", "4B")]
    assert chase_messages(world) == []
    result = register(world, "4B", "2026-11-23 AM", marks({"Jack": "N"}), at(23, 9, 50))
    assert result.chases_started == 1
    run_until(world, at(23, 11), start=at(23, 9, 50))
    assert chase_messages(world) == [(at(23, 9, 50), "Jack-p1", "Jack"), (at(23, 10, 20), "Jack-p2", "Jack")]
    assert tasks(world) == [(at(23, 10, 50), "phone_call", "Jack")]


def test_register_refused_on_a_closed_day(engine):
    world = make_world(engine, SCHOOL)
    with pytest.raises(RegisterRefused, match="not an open school day"):
        register(world, "4B", "2026-11-27 AM", marks({}), at(27, 9))


def test_bulk_hold_on_a_class_over_30_percent(engine):
    world = make_world(engine, SCHOOL, flags={"Leo": ["child_protection_plan"]})
    register(world, "6F", "2026-11-23 AM", {n: "/" for n in OTHERS}, at(23, 9))
    take(world, "2026-11-23 AM", {"Jack": "N", "Amy": "N", "Leo": "N", "Ruby": "N"}, at(23, 9))
    run_until(world, at(23, 16), start=at(23, 9, 20))
    assert chase_messages(world) == []
    assert sorted((k, p) for _, k, p in tasks(world)) == [
        ("bulk_hold", "4B"), ("dsl_alert", "Leo"), ("social_worker", "Leo")]


def test_bulk_hold_on_the_school_over_15_percent_names_no_class(engine):
    classes = {"4B": CLASS, "5C": [f"C{i}" for i in range(10)]}
    world = make_world(engine, classes)
    register(world, "5C", "2026-11-23 AM", {f"C{i}": "N" if i < 2 else "/" for i in range(10)}, at(23, 9))
    register(world, "4B", "2026-11-23 AM", marks({"Jack": "N", "Amy": "N"}), at(23, 9))
    tick(engine, now=at(23, 9, 20))  # 4 of 20 = 20%: every class under 30%, the school over 15%
    assert [(k, p) for _, k, p in tasks(world)] == [("bulk_hold", None)]
    assert chase_messages(world) == []


def _held_world(engine):
    world = make_world(engine, SCHOOL)
    take(world, "2026-11-23 AM", {"Jack": "N", "Amy": "N", "Leo": "N", "Ruby": "N"}, at(23, 9))
    tick(engine, now=at(23, 9, 20))
    (task_time, _, _), = tasks(world, "bulk_hold")
    with Session(engine) as db:
        hold = db.exec(select(BulkHold)).one()
    return world, hold.task_id


def test_releasing_a_hold_lets_the_held_chases_proceed_from_then(engine):
    world, task_id = _held_world(engine)
    with session_scope(engine) as db:
        assert release_hold(db, task_id, at(23, 9, 40), OFFICE) == 4
    with session_scope(engine) as db:
        assert release_hold(db, task_id, at(23, 9, 41), OFFICE) == 0  # once only
    run_until(world, at(23, 10, 45), start=at(23, 9, 40))
    first = [(t, p) for t, c, p in chase_messages(world) if c.endswith("-p1")]
    assert sorted(first) == [(at(23, 9, 40), p) for p in sorted(["Jack", "Amy", "Leo", "Ruby"])]
    assert {t for t, k, _ in tasks(world) if k == "phone_call"} == {at(23, 10, 40)}


def test_cancelling_a_hold_ends_the_held_chases_without_messages(engine):
    world, task_id = _held_world(engine)
    with session_scope(engine) as db:
        assert cancel_hold(db, task_id, at(23, 9, 40), OFFICE) == 4
    run_until(world, at(23, 16), start=at(23, 9, 40))
    assert chase_messages(world) == []
    assert [k for _, k, _ in tasks(world)] == ["bulk_hold"]
    assert chase_of(world, "Jack", dt.date(2026, 11, 23)).state == "cancelled"


def test_quiet_hours_hold_parent_messages_until_seven_on_the_next_open_day(engine):
    policy = ChasePolicy(second_contact_after_min=30)
    world = make_world(engine, SCHOOL, policy=policy, pm_register_close=dt.time(19, 45), day_end=dt.time(21, 0))
    take(world, "2026-11-26 PM", {"Jack": "N"}, at(26, 19, 0))  # Thursday; Friday 27th is closed
    run_until(world, at(26, 21, 30), start=at(26, 19, 45))
    assert chase_messages(world) == [(at(26, 19, 45), "Jack-p1", "Jack")]
    assert [k for _, k, _ in tasks(world)] == ["phone_call", "attendance_lead"]  # staff tasks at any time
    tick(engine, now=at(27, 7, 0))
    assert len(chase_messages(world)) == 1
    tick(engine, now=at(30, 7, 0))
    assert chase_messages(world)[1] == (at(30, 7, 0), "Jack-p2", "Jack")


@pytest.mark.parametrize(("arrival", "code"), [(dt.time(9, 15), "L"), (dt.time(9, 38), "U"), (dt.time(13, 40), "U")])
def test_office_sign_in_marks_l_or_u_by_the_close_and_ends_the_chase(engine, arrival, code):
    world = make_world(engine, SCHOOL)
    take(world, "2026-11-23 AM", {"Jack": "N"}, at(23, 9))
    tick(engine, now=at(23, 9, 20))
    now = at(23, arrival.hour, arrival.minute)
    with session_scope(engine) as db:
        sign_in_late(db, school=db.get(School, world.school_id), pupil=db.get(Pupil, world.pupils["Jack"]),
                     arrival=arrival, now=now, actor=OFFICE)
    half = "AM" if arrival < dt.time(13, 15) else "PM"
    assert mark_of(world, "Jack", f"2026-11-23 {half}") == code
    run_until(world, at(23, 16), start=now)
    assert tasks(world) == [] and len(chase_messages(world, include_cancelled=True)) == 1
    assert chase_of(world, "Jack", dt.date(2026, 11, 23)).state == "ended"


def test_chase_messages_speak_the_contacts_language(engine):
    world = make_world(engine, SCHOOL, languages={"Jack-p1": "pl"})
    take(world, "2026-11-23 AM", {"Jack": "N"}, at(23, 9))
    tick(engine, now=at(23, 9, 20))
    with Session(engine) as db:
        from models.messages import Message

        body = db.exec(select(Message.body)).one()
    assert body.startswith("Jack nie ma dziś w szkole")


def test_every_language_has_a_short_kind_message_naming_the_pupil():
    wanted = {"en", "pl", "ro", "ur", "pa", "bn", "ar", "pt", "es", "lt", "so", "uk", "tr"}
    assert wanted <= set(CHASE_TEXT)
    for lang in wanted:
        text = chase_text("Jack", lang)
        assert "Jack" in text and len(text) < 160, lang
    assert chase_text("Jack", "en", "M") == ("Jack is not in school today and we have no reason for his absence. "
                                             "Please reply to tell us why.")
    assert chase_text("Jack", "pt-BR").startswith("Jack não está") and chase_text("Jack", "xx").endswith("why.")


def test_a_close_before_seven_waits_for_seven_for_the_first_message(engine):
    world = make_world(engine, SCHOOL, am_start=dt.time(6, 30), am_register_close=dt.time(6, 45))
    take(world, "2026-11-23 AM", {"Jack": "N"}, at(23, 6, 40))
    run_until(world, at(23, 8), start=at(23, 6, 45))
    assert chase_messages(world) == [(at(23, 7, 0), "Jack-p1", "Jack"), (at(23, 7, 15), "Jack-p2", "Jack")]
    assert tasks(world) == [(at(23, 7, 45), "phone_call", "Jack")]


def test_a_repush_after_the_close_starts_no_second_chase(engine):
    world = make_world(engine, SCHOOL)
    take(world, "2026-11-23 AM", {"Jack": "N"}, at(23, 9))
    tick(engine, now=at(23, 9, 20))
    again = take(world, "2026-11-23 AM", {"Jack": "N"}, at(23, 9, 30))
    assert (again.written, again.chases_started) == (0, 0)
    corrected = take(world, "2026-11-23 AM", {"Jack": "N", "Amy": "N"}, at(23, 9, 40))
    assert (corrected.written, corrected.chases_started) == (1, 1)  # a newly absent pupil is chased from now
    assert [(t, c) for t, c, _ in chase_messages(world)] == [(at(23, 9, 20), "Jack-p1"), (at(23, 9, 40), "Amy-p1")]
