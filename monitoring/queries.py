"""Aggregate reads of the register for the figures: counts by code grouped in SQL, so a school's
year of marks is summed by the database rather than loaded row by row. Withdrawn marks never count."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlmodel import Session

from models.attendance import AttendanceMark, MarkStatus
from monitoring.figures import Figures
from monitoring.thresholds import Event

M = AttendanceMark.__table__.c  # type: ignore[attr-defined]


def _live(school_id: int, first: dt.date, last: dt.date) -> list:
    return [M.school_id == school_id, M.day >= first, M.day <= last, M.status != MarkStatus.withdrawn.value]


def counts_by_pupil(db: Session, school_id: int, first: dt.date, last: dt.date, pupil_ids: Iterable[int] | None = None,
                    codes: Iterable[str] | None = None) -> dict[int, dict[str, int]]:
    """Sessions per code per pupil over [first, last], grouped in SQL. Naming the pupils and the
    codes lets the database seek the date range in the index instead of scanning the school."""
    query = select(M.pupil_id, M.code, func.count()).where(*_live(school_id, first, last))
    if pupil_ids is not None:
        query = query.where(M.pupil_id.in_(sorted(pupil_ids)))
    if codes is not None:
        query = query.where(M.code.in_(sorted(codes)))
    out: dict[int, dict[str, int]] = defaultdict(dict)
    for pid, code, count in db.connection().execute(query.group_by(M.pupil_id, M.code)):
        out[pid][code] = count
    return out


def figures_by_pupil(db: Session, school_id: int, first: dt.date, last: dt.date,
                     pupil_ids: Iterable[int] | None = None, codes: Iterable[str] | None = None) -> dict[int, Figures]:
    """Each pupil's figures over [first, last]."""
    return {pid: Figures.from_counts(c) for pid, c in counts_by_pupil(db, school_id, first, last, pupil_ids,
                                                                       codes).items()}


def counts_by_day(db: Session, school_id: int, first: dt.date, last: dt.date) -> dict[dt.date, Counter[str]]:
    """Code counts for each day of the range (whole school)."""
    query = (select(M.day, M.code, func.count()).where(*_live(school_id, first, last)).group_by(M.day, M.code))
    out: dict[dt.date, Counter[str]] = defaultdict(Counter)
    for day, code, count in db.connection().execute(query):
        out[day][code] += count
    return out


def events(db: Session, school_id: int, first: dt.date, last: dt.date, codes: Iterable[str],
           pupil_ids: Iterable[int] | None = None) -> list[Event]:
    """The marks with one of `codes`, for the counting rules (penalty codes, L, U); with the
    school's `pupil_ids` the database seeks each pupil's few such marks in the index."""
    query = select(M.pupil_id, M.day, M.half, M.code).where(*_live(school_id, first, last),
                                                            M.code.in_(sorted(set(codes))))
    if pupil_ids is not None:
        query = query.where(M.pupil_id.in_(sorted(pupil_ids)))
    return [Event(pid, day, half, code) for pid, day, half, code in db.connection().execute(query)]


def pupil_marks(db: Session, pupil_id: int, first: dt.date, last: dt.date) -> list[tuple[dt.date, str, str]]:
    """One pupil's live marks in the range as (day, half, code), in order."""
    query = (select(M.day, M.half, M.code)
             .where(M.pupil_id == pupil_id, M.day >= first, M.day <= last, M.status != MarkStatus.withdrawn.value)
             .order_by(M.day, M.half))
    return [(d, h, c) for d, h, c in db.connection().execute(query)]


def pupil_figures(db: Session, pupil_id: int, first: dt.date, last: dt.date) -> Figures:
    """One pupil's figures over any range."""
    return Figures.from_codes(code for _, _, code in pupil_marks(db, pupil_id, first, last))
