"""The scheduler's nightly monitoring run: once per school per open day, after the day ends."""

import datetime as dt

from sqlmodel import Session, select

from models.jobs import DailyJobRun
from models.monitoring import ThresholdCrossing
from scheduler.nightly import run_nightly
from tests.monitoring import helpers as h
from tests.monitoring.calendar_data import AUTUMN_2026_CLOSED

OPEN = h.days(dt.date(2026, 9, 1), dt.date(2026, 11, 23), AUTUMN_2026_CLOSED)


def _school_with_a_falling_pupil(engine) -> int:
    with Session(engine) as db:
        s = h.school(db, closed=AUTUMN_2026_CLOSED)
        ben = h.pupil(db, s, "Ben", "Birch")
        h.marks(db, ben, h.full_days(OPEN[:-6]) + h.full_days(OPEN[-6:], "N", "N"))
        db.commit()
        return s.id


def test_runs_once_an_hour_after_the_day_ends(engine):
    school_id = _school_with_a_falling_pupil(engine)
    monday = dt.date(2026, 11, 23)
    assert run_nightly(engine, now=dt.datetime(2026, 11, 23, 16, 0, tzinfo=dt.UTC)) == 0  # day ends 15:15
    assert run_nightly(engine, now=dt.datetime(2026, 11, 23, 16, 20, tzinfo=dt.UTC)) == 1
    assert run_nightly(engine, now=dt.datetime(2026, 11, 23, 22, 0, tzinfo=dt.UTC)) == 0
    with Session(engine) as db:
        runs = db.exec(select(DailyJobRun)).all()
        assert [(r.school_id, r.day) for r in runs] == [(school_id, monday)]
        rules = {c.rule for c in db.exec(select(ThresholdCrossing))}
        assert "below_90" in rules


def test_a_closed_day_is_claimed_without_a_recompute(engine):
    _school_with_a_falling_pupil(engine)
    saturday = dt.datetime(2026, 11, 28, 17, 0, tzinfo=dt.UTC)
    assert run_nightly(engine, now=saturday) == 0
    assert run_nightly(engine, now=saturday + dt.timedelta(hours=1)) == 0
    with Session(engine) as db:
        assert len(db.exec(select(DailyJobRun)).all()) == 1
        assert db.exec(select(ThresholdCrossing)).all() == []
