"""A school as the chase sees it: its row, calendar and policy, plus the quiet-hours rule."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import holidays
from sqlmodel import Session, select

from core.calendar import SchoolCalendar
from core.calendar import Session as RegisterSession
from core.policy import ChasePolicy, SchoolPolicy
from models.school import ClosedDay, School


@lru_cache(maxsize=1)
def _bank_holidays() -> frozenset[dt.date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=list(range(2024, 2031))).keys())


@dataclass(frozen=True)
class SchoolContext:
    school: School
    calendar: SchoolCalendar
    policy: SchoolPolicy

    @property
    def school_id(self) -> int:
        assert self.school.id is not None
        return self.school.id

    @property
    def chase(self) -> ChasePolicy:
        return self.policy.chase

    def today(self, now: dt.datetime) -> dt.date:
        return self.calendar.local(now).date()

    def close_of(self, session: RegisterSession) -> dt.datetime:
        return self.calendar.register_close(session)

    def day_end(self, day: dt.date) -> dt.datetime:
        return self.calendar.at(day, self.calendar.day_end)

    def open_for_messages(self, moment: dt.datetime) -> dt.datetime:
        """`moment` if parents may be messaged then; otherwise the quiet-hours end (07:00) of the next
        open school day (today's, when it is before 07:00 on an open day)."""
        local = self.calendar.local(moment)
        start, end = self.chase.quiet_hours_end, self.chase.quiet_hours_start
        if self.calendar.is_open(local.date()) and start <= local.time() < end:
            return moment
        first = local.date() if local.time() < start else local.date() + dt.timedelta(days=1)
        return self.calendar.at(self.calendar.next_open_day(first), start)

    def nth_open_day_before(self, day: dt.date, n: int) -> dt.date:
        d = day
        for _ in range(n):
            d = self.calendar.previous_open_day(d, include=False)
        return d


def load_context(db: Session, school: School | int) -> SchoolContext:
    row = school if isinstance(school, School) else db.get(School, school)
    if row is None:
        raise LookupError(f"no school {school}")
    closed = set(db.exec(select(ClosedDay.day).where(ClosedDay.school_id == row.id)).all())
    calendar = SchoolCalendar(
        timezone=row.timezone, am_start=row.am_start, am_register_close=row.am_register_close,
        pm_start=row.pm_start, pm_register_close=row.pm_register_close, day_end=row.day_end,
        report_deadline=row.report_deadline, closed=frozenset(closed | _bank_holidays()),
    )
    return SchoolContext(school=row, calendar=calendar, policy=row.get_policy())
