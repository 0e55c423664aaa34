"""The nightly monitoring run: once per school per open day, an hour after the school day ends,
attendance figures are recomputed and threshold crossings raise their tasks and draft letters."""

from __future__ import annotations

import datetime as dt
import logging
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from models.jobs import DailyJobRun
from models.school import ClosedDay, School
from monitoring.recompute import recompute_school

JOB = "monitoring"
AFTER_DAY_END = dt.timedelta(hours=1)
log = logging.getLogger(__name__)


def due_schools(db: Session, now: dt.datetime) -> list[tuple[int, dt.date]]:
    """Schools whose local day ended over an hour ago and that have no run for that day yet."""
    done = set(db.exec(select(DailyJobRun.school_id, DailyJobRun.day).where(
        DailyJobRun.job == JOB, col(DailyJobRun.day) >= (now - dt.timedelta(days=2)).date())).all())
    due = []
    for school in db.exec(select(School)).all():
        local = now.astimezone(ZoneInfo(school.timezone))
        ends = dt.datetime.combine(local.date(), school.day_end, tzinfo=local.tzinfo) + AFTER_DAY_END
        if local >= ends and (school.id, local.date()) not in done:
            due.append((school.id or 0, local.date()))
    return due


def run_nightly(engine: Engine, *, now: dt.datetime) -> int:
    """Run every due school's nightly recompute once; returns how many schools were recomputed.

    The claim row and the recompute commit together: a worker killed mid-run leaves no claim, and a
    second worker's claim for the same school and day fails on the unique key."""
    with Session(engine) as db:
        due = due_schools(db, now)
    ran = 0
    for school_id, day in due:
        with Session(engine, expire_on_commit=False) as db:
            school = db.get(School, school_id)
            if school is None:
                continue
            try:
                db.add(DailyJobRun(job=JOB, school_id=school_id, day=day, finished_at=now))
                db.flush()
            except IntegrityError:
                db.rollback()
                continue
            closed = list(db.exec(select(ClosedDay).where(ClosedDay.school_id == school_id)).all())
            if school.calendar(closed).is_open(day):
                recompute_school(db, school, now)
                ran += 1
            db.commit()
    if ran:
        log.info("nightly monitoring recomputed %d schools", ran)
    return ran
