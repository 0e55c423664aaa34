"""CHASE.md steps 1-10, one test each, driven by an injected clock (never by sleeping)."""

from __future__ import annotations

import datetime as dt

from core.policy import ChasePolicy
from scheduler.engine import tick
from tests.chase.helpers import (
    at,
    chase_messages,
    chase_of,
    make_world,
    mark_of,
    parent_reports,
    register,
    run_until,
    tasks,
)

CLASS = ["Jack", "Amy", "Leo", "Ruby", "Maya", "Zed", "Kian", "Ava", "Finn", "Isla"]
OTHERS = [f"F{i}" for i in range(20)]
SCHOOL = {"4B": CLASS, "6F": OTHERS}


def marks(absent: dict[str, str], half: str = "AM") -> dict[str, str]:
    present = "/" if half == "AM" else "\\"
    return {n: absent.get(n, present) for n in CLASS}


def take(world, session: str, absent: dict[str, str], now):
    """Both classes' registers: 4B with these absences, 6F all present (so no bulk hold)."""
    half = session.split()[1]
    register(world, "6F", session, {n: "/" if half == "AM" else "\\" for n in OTHERS}, now)
    return register(world, "4B", session, marks(absent, half), now)


def test_step1_priority_one_contacts_get_a_message_at_close(engine):
    world = make_world(engine, SCHOOL, contacts={"mum": {"Jack": 1}, "dad": {"Jack": 1}, "gran": {"Jack": 2},
                                                        "amy-mum": {"Amy": 1}})
    take(world, "2026-11-23 AM", {"Jack": "N"}, at(23, 8, 55))
    tick(engine, now=at(23, 9, 0))
    assert chase_messages(world) == []  # nothing before the close
    tick(engine, now=at(23, 9, 20))
    assert sorted(chase_messages(world)) == [(at(23, 9, 20), "dad", "Jack"), (at(23, 9, 20), "mum", "Jack")]


def test_step1_present_approved_activity_and_reported_pupils_are_not_chased(engine):
    world = make_world(engine, SCHOOL)
    parent_reports(world, "Amy", ["2026-11-23 AM", "2026-11-23 PM"], "I", at(23, 7, 50))
    take(world, "2026-11-23 AM", {"Amy": "N", "Leo": "V", "Ruby": "P", "Maya": "L"}, at(23, 9))
    tick(engine, now=at(23, 9, 20))
    assert chase_messages(world) == []
    assert mark_of(world, "Amy", "2026-11-23 AM") == "I"  # the register's N keeps the parent's reason
    take(world, "2026-11-23 PM", {"Amy": "N", "Leo": "V"}, at(23, 13, 20))
    run_until(world, at(23, 16), start=at(23, 13, 30))
    assert mark_of(world, "Amy", "2026-11-23 PM") == "I"
    assert chase_messages(world) == [] and tasks(world) == []


def test_step2_flagged_pupils_raise_dsl_and_social_worker_once_a_day(engine):
    world = make_world(engine, SCHOOL, flags={"Jack": ["looked_after"], "Amy": ["child_protection_plan"],
                                                     "Leo": ["send"]})
    take(world, "2026-11-23 AM", {"Jack": "N", "Leo": "N"}, at(23, 9))
    tick(engine, now=at(23, 9, 20))
    assert tasks(world, "dsl_alert") == [(at(23, 9, 20), "dsl_alert", "Jack")]
    assert tasks(world, "social_worker") == [(at(23, 9, 20), "social_worker", "Jack")]
    take(world, "2026-11-23 PM", {"Jack": "N", "Amy": "N"}, at(23, 13, 20))
    tick(engine, now=at(23, 13, 30))
    assert [t[2] for t in tasks(world, "dsl_alert")] == ["Jack", "Amy"]  # Amy at her first close of the day


def test_step3_and_4_second_contact_after_30_minutes_then_a_phone_call(engine):
    world = make_world(engine, SCHOOL)
    take(world, "2026-11-23 AM", {"Jack": "N"}, at(23, 9))
    run_until(world, at(23, 11), start=at(23, 9, 20), step=dt.timedelta(minutes=1))
    assert chase_messages(world) == [(at(23, 9, 20), "Jack-p1", "Jack"), (at(23, 9, 50), "Jack-p2", "Jack")]
    assert tasks(world) == [(at(23, 10, 20), "phone_call", "Jack")]


def test_step5_attendance_lead_at_day_end_only_if_still_unexplained(engine):
    world = make_world(engine, SCHOOL)
    take(world, "2026-11-23 AM", {"Jack": "N", "Amy": "N"}, at(23, 9))
    run_until(world, at(23, 12), start=at(23, 9, 20))
    parent_reports(world, "Amy", ["2026-11-23 AM"], "M", at(23, 12, 5))
    run_until(world, at(23, 16), start=at(23, 12, 10))
    assert tasks(world, "attendance_lead") == [(at(23, 15, 15), "attendance_lead", "Jack")]


def test_step6_home_visits_on_days_2_and_4_of_unexplained_absence(engine):
    world = make_world(engine, SCHOOL)
    for day in (23, 24, 25, 26, 30):  # 27 Nov is closed: Monday 30th is the 5th school day
        month_day = at(day, 9, 0) if day != 30 else at(30, 9, 0)
        take(world, f"2026-11-{day} AM", {"Jack": "N"}, month_day)
        tick(engine, now=month_day.replace(minute=20))
    visits = [t[0].date() for t in tasks(world, "home_visit")]
    assert visits == [dt.date(2026, 11, 24), dt.date(2026, 11, 26)]


def test_step6_safeguarding_concern_gets_a_first_day_visit_an_hour_after_close(engine):
    world = make_world(engine, SCHOOL, flags={"Jack": ["safeguarding_concern"]})
    take(world, "2026-11-23 AM", {"Jack": "N"}, at(23, 9))
    run_until(world, at(23, 11), start=at(23, 9, 20), step=dt.timedelta(minutes=1))
    assert tasks(world, "home_visit") == [(at(23, 10, 20), "home_visit", "Jack")]


def test_step7_confirm_o_five_open_days_after_an_n_still_standing(engine):
    world = make_world(engine, SCHOOL)
    take(world, "2026-11-23 AM", {"Jack": "N", "Amy": "N"}, at(23, 9))
    tick(engine, now=at(23, 9, 20))
    parent_reports(world, "Amy", ["2026-11-23 AM"], "I", at(23, 10))
    for day in (24, 25, 26, 30):
        take(world, f"2026-11-{day} AM", {}, at(day, 9))
        tick(engine, now=at(day, 9, 20))
    assert tasks(world, "confirm_o") == []  # 30 Nov is the 4th open day after (27th closed)
    take(world, "2026-12-01 AM", {}, at(1, 9, month=12))
    tick(engine, now=at(1, 9, 20, month=12))
    assert tasks(world, "confirm_o") == [(at(1, 9, 20, month=12), "confirm_o", "Jack")]


def _absent_days(world, engine, days: list[dt.date]) -> None:
    for d in days:
        now = dt.datetime.combine(d, dt.time(9, 0), tzinfo=dt.UTC)
        take(world, f"{d} AM", {"Jack": "N"}, now)
        tick(engine, now=now.replace(minute=20))


SCHOOL_DAYS = [dt.date(2026, 11, d) for d in (23, 24, 25, 26, 30)] + [dt.date(2026, 12, d) for d in (1, 2, 3, 4, 7)]


def test_step8_cme_referral_on_the_tenth_day_with_no_contact(engine):
    world = make_world(engine, SCHOOL)
    _absent_days(world, engine, SCHOOL_DAYS)
    assert [(t[0].date(), t[2]) for t in tasks(world, "cme_referral")] == [(dt.date(2026, 12, 7), "Jack")]


def test_step8_no_cme_referral_when_a_contact_has_been_in_touch(engine):
    world = make_world(engine, SCHOOL)
    _absent_days(world, engine, SCHOOL_DAYS[:3])
    parent_reports(world, "Jack", [], "I", at(25, 12))  # a message that explained nothing on the marks
    _absent_days(world, engine, SCHOOL_DAYS[3:])
    assert tasks(world, "cme_referral") == []


def test_step9_a_reply_ends_the_chase_and_withdraws_waiting_messages(engine):
    world = make_world(engine, SCHOOL)
    take(world, "2026-11-23 AM", {"Jack": "N"}, at(23, 9))
    tick(engine, now=at(23, 9, 20))
    parent_reports(world, "Jack", ["2026-11-23 AM", "2026-11-23 PM"], "I", at(23, 9, 30))
    run_until(world, at(23, 13, 15), start=at(23, 9, 35))
    take(world, "2026-11-23 PM", {"Jack": "N"}, at(23, 13, 20))
    run_until(world, at(23, 16), start=at(23, 13, 20))
    assert chase_messages(world) == []  # the 09:20 message was still queued: withdrawn
    assert len(chase_messages(world, include_cancelled=True)) == 1
    assert tasks(world) == []
    assert chase_of(world, "Jack", dt.date(2026, 11, 23)).state == "ended"
    assert mark_of(world, "Jack", "2026-11-23 PM") == "I"


def test_step10_one_chase_per_pupil_per_day_and_pm_only_absence(engine):
    world = make_world(engine, SCHOOL)
    take(world, "2026-11-23 AM", {"Jack": "N"}, at(23, 9))
    run_until(world, at(23, 13, 0), start=at(23, 9, 20))
    take(world, "2026-11-23 PM", {"Jack": "N", "Amy": "N"}, at(23, 13, 20))
    run_until(world, at(23, 14, 30), start=at(23, 13, 30))
    sent = [(t, c) for t, c, _ in chase_messages(world)]
    assert sent == [(at(23, 9, 20), "Jack-p1"), (at(23, 9, 50), "Jack-p2"),
                    (at(23, 13, 30), "Amy-p1"), (at(23, 14, 0), "Amy-p2")]


def test_policy_times_are_per_school(engine):
    policy = ChasePolicy(second_contact_after_min=15, phone_call_after_min=45)
    world = make_world(engine, SCHOOL, policy=policy, am_register_close=dt.time(9, 0))
    take(world, "2026-11-23 AM", {"Jack": "N"}, at(23, 8, 50))
    run_until(world, at(23, 10), start=at(23, 9), step=dt.timedelta(minutes=1))
    assert [t for t, _, _ in chase_messages(world)] == [at(23, 9), at(23, 9, 15)]
    assert tasks(world) == [(at(23, 9, 45), "phone_call", "Jack")]
