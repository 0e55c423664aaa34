"""Recompute a school's figures and raise what its pupils crossed: one `ThresholdCrossing` per
crossing (with its figures), a staff task and a draft letter where the rule asks for them.

Run nightly (`rollcall monitor`) or on demand from the monitoring page; running it again raises
nothing new, because each crossing's key is recorded."""

from __future__ import annotations

import datetime as dt
import gc
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert, text
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from core.calendar import SchoolCalendar
from core.policy import MonitoringPolicy
from models.monitoring import Letter, ThresholdCrossing
from models.people import Pupil
from models.school import ClosedDay, School
from models.tasks import StaffTask, TaskStatus
from monitoring import queries
from monitoring.codes import LATE, LATE_AFTER_CLOSE
from monitoring.figures import EMPTY, Figures
from monitoring.letters import first_contacts, letter_values, school_templates
from monitoring.periods import Period, SchoolWeeks, academic_year, half_terms
from monitoring.thresholds import Candidate, Event, detect, review_rule


def school_today(school: School, now: dt.datetime) -> dt.date:
    return now.astimezone(ZoneInfo(school.timezone)).date()


def school_calendar(db: Session, school: School, around: dt.date) -> SchoolCalendar:
    closed = list(db.exec(select(ClosedDay).where(ClosedDay.school_id == school.id)))
    return school.calendar(closed, years=range(around.year - 1, around.year + 2))


@dataclass
class SchoolFigures:
    """A school's year so far: calendar periods and every pupil's figures (this year and the half term
    that last ended)."""

    school: School
    policy: MonitoringPolicy
    calendar: SchoolCalendar
    today: dt.date
    year: Period
    terms: list[Period]
    weeks: SchoolWeeks
    pupils: dict[int, Pupil]
    year_figures: dict[int, Figures]
    last_term: Period | None  # the half term that last ended
    last_term_figures: dict[int, Figures]
    events: list[Event]  # the year's marks with a penalty code, L or U (every pupil's)

    def figures(self, pupil_id: int) -> Figures:
        return self.year_figures.get(pupil_id, EMPTY)


def load_figures(db: Session, school: School, now: dt.datetime, period: Period | None = None) -> SchoolFigures:
    """Figures over `period` (default: this academic year to today). A period ending in the past
    is seen as of its last day (`today` is then that day)."""
    today = school_today(school, now)
    first = academic_year(today)[0]
    if period is not None:
        first, today = period.first, min(period.last, today)
    calendar = school_calendar(db, school, today)
    policy = school.get_policy().monitoring
    terms = half_terms(calendar, first, today, policy.half_term_break_days)
    pupils = {p.id: p for p in db.exec(select(Pupil).where(Pupil.school_id == school.id)) if p.id is not None
              and (p.on_roll_until is None or p.on_roll_until >= first)}
    ended = [t for t in terms if t.last < today]
    last_term = ended[-1] if ended else None
    scan = queries.year_scan(db, school.id or 0, first, today, set(policy.penalty_codes) | {LATE, LATE_AFTER_CLOSE},
                             None if last_term is None else (last_term.first, last_term.last))
    year_figures = {pid: Figures.from_counts(c) for pid, c in scan.counts.items() if pid in pupils}
    term_figures = {pid: Figures.from_counts(c) for pid, c in scan.term_counts.items() if pid in year_figures}
    return SchoolFigures(school=school, policy=policy, calendar=calendar, today=today, year=Period(first, today),
                         terms=terms, weeks=SchoolWeeks(calendar, first, today), pupils=pupils,
                         year_figures=year_figures, last_term=last_term, last_term_figures=term_figures,
                         events=scan.events)


@dataclass
class RecomputeResult:
    school: str
    pupils: int
    raised: Counter[str] = field(default_factory=Counter)
    tasks: int = 0
    letters: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        rules = ", ".join(f"{k} {v}" for k, v in sorted(self.raised.items())) or "nothing new"
        return (f"{self.school}: {self.pupils} pupils, raised {rules}; {self.tasks} tasks, {self.letters} draft "
                f"letters ({self.seconds:.2f}s)")


def _existing_keys(db: Session, school_id: int) -> set[str]:
    return set(db.exec(select(ThresholdCrossing.key).where(ThresholdCrossing.school_id == school_id)))


def _reviews(db: Session, state: SchoolFigures, now: dt.datetime, existing: set[str]) -> list[Candidate]:
    """End-of-monitoring-period reviews for threshold letters whose period has ended."""
    policy = state.policy
    cutoff = now - dt.timedelta(weeks=policy.improvement_weeks)
    rows = db.exec(select(ThresholdCrossing).where(
        ThresholdCrossing.school_id == state.school.id, col(ThresholdCrossing.rule).startswith("below_"),
        col(ThresholdCrossing.letter_id).is_not(None), ThresholdCrossing.raised_at <= cutoff,
        ThresholdCrossing.period_start >= state.year.first))
    by_since: dict[dt.date, list[ThresholdCrossing]] = defaultdict(list)
    for c in rows:
        if f"{c.key}:review" not in existing and c.pupil_id in state.pupils:
            by_since[school_today(state.school, c.raised_at)].append(c)
    out: list[Candidate] = []
    for since, crossings in by_since.items():
        end = since + dt.timedelta(weeks=policy.improvement_weeks, days=-1)
        figs = queries.figures_by_pupil(db, state.school.id or 0, since, end, [c.pupil_id for c in crossings])
        expected = 2 * len(state.calendar.open_days(since, end))
        for c in crossings:
            out += review_rule(c.pupil_id, c.key, since, state.today, figs.get(c.pupil_id, EMPTY), policy, existing,
                               expected)
    return out


def find_crossings(db: Session, state: SchoolFigures, now: dt.datetime, existing: set[str]) -> list[Candidate]:
    found = detect(year=state.year, today=state.today, policy=state.policy, year_figures=state.year_figures,
                   last_term=state.last_term, last_term_figures=state.last_term_figures, terms=state.terms,
                   events=state.events, weeks=state.weeks, existing=existing)
    return found + _reviews(db, state, now, existing)


def _insert_rows(db: Session, model: type, rows: list[dict[str, Any]]) -> list[int]:
    """Insert `rows` and return their new ids in order. On PostgreSQL the ids are drawn from the
    table's sequence first and the rows sent as one pipelined executemany: a multi-row INSERT ...
    RETURNING of thousands of rows costs psycopg more to parse than the database to run."""
    table = model.__table__  # type: ignore[attr-defined]
    conn = db.connection()
    if conn.dialect.name != "postgresql":
        return list(conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows).scalars())
    ids = list(conn.execute(text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"),
                            {"t": table.name, "n": len(rows)}).scalars())
    conn.execute(insert(table), [{**row, "id": i} for row, i in zip(rows, ids, strict=True)])
    return ids


def _new_task_keys(db: Session, keys: list[str]) -> set[str]:
    taken: set[str] = set()
    for i in range(0, len(keys), 500):
        taken |= set(db.exec(select(StaffTask.dedupe_key).where(col(StaffTask.dedupe_key).in_(keys[i:i + 500]))))
    return set(keys) - taken


def _persist(db: Session, state: SchoolFigures, found: list[Candidate], now: dt.datetime,
             result: RecomputeResult) -> None:
    """Record the crossings with their letters and tasks, in bulk: a first run over a year of marks
    can raise thousands at once. A task's dedupe key is `monitor:<crossing key>` (as `raise_task`)."""
    school, sid = state.school, state.school.id or 0
    with_letter = [c for c in found if c.letter is not None]
    letter_ids: dict[str, int] = {}
    if with_letter:
        contacts = first_contacts(db, sorted({c.pupil_id for c in with_letter}))
        custom = school_templates(db, sid)
        rows = [letter_values(school=school, pupil=state.pupils[c.pupil_id], contact=contacts.get(c.pupil_id),
                              kind=c.letter, now=now, today=state.today, custom=custom, figures=c.figs,
                              period=c.period, target=state.policy.band_green_min,
                              late_dates=[dt.date.fromisoformat(d) for d in c.figures.get("dates", [])] or None)
                for c in with_letter if c.letter is not None]
        ids = _insert_rows(db, Letter, rows)
        letter_ids = {c.key: i for c, i in zip(with_letter, ids, strict=True)}
    with_task = [c for c in found if c.task_kind]
    task_ids: dict[str, int] = {}
    if with_task:
        fresh = _new_task_keys(db, [f"monitor:{c.key}" for c in with_task])
        with_task = [c for c in with_task if f"monitor:{c.key}" in fresh]
    if with_task:
        rows = []
        for c in with_task:
            pupil = state.pupils[c.pupil_id]
            rows.append({"school_id": sid, "kind": c.task_kind, "dedupe_key": f"monitor:{c.key}", "created_at": now,
                         "title": f"{pupil.display_name}: {c.task_title}"[:300], "pupil_id": pupil.id,
                         "form": pupil.form or None, "day": state.today, "status": TaskStatus.open,
                         "details": {**c.figures, "rule": c.rule, "letter_id": letter_ids.get(c.key)}})
        ids = _insert_rows(db, StaffTask, rows)
        task_ids = {c.key: i for c, i in zip(with_task, ids, strict=True)}
    if found:
        db.connection().execute(ThresholdCrossing.__table__.insert(), [  # type: ignore[attr-defined]
            {"school_id": sid, "pupil_id": c.pupil_id, "rule": c.rule, "key": c.key, "period_start": c.period.first,
             "period_end": c.period.last, "figures": c.figures, "raised_at": now, "task_id": task_ids.get(c.key),
             "letter_id": letter_ids.get(c.key)} for c in found])
    result.raised.update(c.rule for c in found)
    result.tasks += len(task_ids)
    result.letters += len(letter_ids)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector while a school's figures and crossings are built: they are
    tens of thousands of short-lived, acyclic objects, and the collections they trigger (each walking
    every object the process holds) cost a first run about a fifth of its time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def recompute_school(db: Session, school: School, now: dt.datetime) -> RecomputeResult:
    """Recompute one school and record what is new (in the caller's transaction)."""
    with _gc_paused():
        return _recompute_school(db, school, now)


def _recompute_school(db: Session, school: School, now: dt.datetime) -> RecomputeResult:
    started = time.perf_counter()
    state = load_figures(db, school, now)
    result = RecomputeResult(school=school.slug, pupils=len(state.pupils))
    for attempt in (1, 2):
        existing = _existing_keys(db, school.id or 0)
        found = find_crossings(db, state, now, existing)
        try:
            with db.begin_nested():
                _persist(db, state, found, now, result)
            break
        except IntegrityError:  # another run recorded some of these first: reload the keys once
            result = RecomputeResult(school=school.slug, pupils=len(state.pupils))
            if attempt == 2:
                raise
    result.seconds = time.perf_counter() - started
    return result


def recompute_schools(db: Session, school_ids: list[int], now: dt.datetime) -> list[RecomputeResult]:
    """Recompute these schools one after another, committing after each school."""
    results = []
    for school_id in school_ids:
        school = db.get(School, school_id)
        if school is not None:
            results.append(recompute_school(db, school, now))
            db.commit()
    return results


def _recompute_in_worker(url: str, school_ids: list[int], now: dt.datetime) -> list[RecomputeResult]:
    from models.db import make_engine

    engine = make_engine(url)
    try:
        with Session(engine, expire_on_commit=False) as db:
            return recompute_schools(db, school_ids, now)
    finally:
        engine.dispose()


def recompute_all(db: Session, now: dt.datetime, slug: str | None = None, *, workers: int = 1,
                  url: str | None = None) -> list[RecomputeResult]:
    """Recompute every school (or the one with `slug`). With `workers` > 1 and a PostgreSQL `url`,
    schools are shared among that many processes (a trust's nightly run on a multi-core server);
    SQLite has one writer at a time, so there schools are always recomputed one after another."""
    query = select(School.id).order_by(School.id)
    if slug:
        query = query.where(School.slug == slug)
    ids = [i for i in db.exec(query).all() if i is not None]
    if workers <= 1 or url is None or len(ids) < 2 or url.startswith("sqlite"):
        return recompute_schools(db, ids, now)
    chunks = [ids[i::workers] for i in range(min(workers, len(ids)))]
    with ProcessPoolExecutor(len(chunks), mp_context=get_context("spawn")) as pool:
        done = list(pool.map(_recompute_in_worker, [url] * len(chunks), chunks, [now] * len(chunks)))
    order = {school_id: n for n, school_id in enumerate(ids)}
    slugs = dict(db.exec(select(School.slug, School.id).where(col(School.id).in_(ids))).all())
    return sorted((r for rs in done for r in rs), key=lambda r: order[slugs[r.school]])
