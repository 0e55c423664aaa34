"""Aggregate reads of the register for the figures: counts by code grouped in SQL, so a school's
year of marks is summed by the database rather than loaded row by row. Withdrawn marks never count."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import String, and_, case, cast, func, literal, select
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


@dataclass
class YearScan:
    """A school's year read in one pass: sessions per code per pupil over the year and over one
    half term within it, and the marks the counting rules look at."""

    counts: dict[int, dict[str, int]]
    term_counts: dict[int, dict[str, int]]
    events: list[Event]


def year_scan(db: Session, school_id: int, first: dt.date, last: dt.date, event_codes: Iterable[str],
              term: tuple[dt.date, dt.date] | None = None) -> YearScan:
    """`counts_by_pupil` over [first, last], the same over `term` and `events` with `event_codes`,
    from one grouped scan (the events come back as each group's joined ISO `day` + `half`, whatever
    the server's DateStyle)."""
    codes = sorted(set(event_codes))
    in_term = literal(0) if term is None else func.sum(case((and_(M.day >= term[0], M.day <= term[1]), 1), else_=0))
    conn = db.connection()
    day = func.to_char(M.day, "YYYY-MM-DD") if conn.dialect.name == "postgresql" else cast(M.day, String)
    marks = func.aggregate_strings(case((M.code.in_(codes), day + M.half)), ",")
    query = (select(M.pupil_id, M.code, func.count(), in_term, marks).where(*_live(school_id, first, last))
             .group_by(M.pupil_id, M.code))
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    term_counts: dict[int, dict[str, int]] = defaultdict(dict)
    found: list[Event] = []
    for pid, code, count, term_count, joined in conn.execute(query):
        counts[pid][code] = count
        if term_count:
            term_counts[pid][code] = term_count
        if joined:
            found += [Event(pid, dt.date.fromisoformat(m[:10]), m[10:], code) for m in joined.split(",")]
    return YearScan(counts, term_counts, found)


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


def pupil_marks(db: Session, pupil_id: int, first: dt.date, last: dt.date) -> list[tuple[dt.date, str, str]]:
    """One pupil's live marks in the range as (day, half, code), in order."""
    query = (select(M.day, M.half, M.code)
             .where(M.pupil_id == pupil_id, M.day >= first, M.day <= last, M.status != MarkStatus.withdrawn.value)
             .order_by(M.day, M.half))
    return [(d, h, c) for d, h, c in db.connection().execute(query)]


def pupil_figures(db: Session, pupil_id: int, first: dt.date, last: dt.date) -> Figures:
    """One pupil's figures over any range."""
    return Figures.from_codes(code for _, _, code in pupil_marks(db, pupil_id, first, last))
