"""Periods the monitoring rules count over, derived from a school's calendar: the academic year,
half terms (runs of open days between breaks of closed weekdays) and school weeks (weeks in which
the school was open on at least one day)."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass

from core.calendar import SchoolCalendar


def academic_year(day: dt.date) -> tuple[dt.date, dt.date]:
    """The English academic year holding `day`: 1 September to 31 August."""
    start = dt.date(day.year if day.month >= 9 else day.year - 1, 9, 1)
    return start, dt.date(start.year + 1, 8, 31)


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


@dataclass(frozen=True, slots=True)
class Period:
    first: dt.date
    last: dt.date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.first <= day <= self.last

    def label(self) -> str:
        return f"{self.first:%d %b} to {self.last:%d %b %Y}"


def half_terms(calendar: SchoolCalendar, first: dt.date, last: dt.date, break_days: int = 3) -> list[Period]:
    """Half terms within [first, last]: runs of open days split wherever at least `break_days`
    consecutive weekdays are closed (a bank holiday or an INSET day does not end a half term)."""
    out: list[Period] = []
    start = end = None
    closed_run = 0
    d = first
    while d <= last:
        if calendar.is_open(d):
            if start is None or closed_run >= break_days:
                if start is not None and end is not None:
                    out.append(Period(start, end))
                start = d
            end, closed_run = d, 0
        elif d.weekday() < 5:
            closed_run += 1
        d += dt.timedelta(days=1)
    if start is not None and end is not None:
        out.append(Period(start, end))
    return out


class SchoolWeeks:
    """The weeks in which the school was open, numbered in order; closed weeks are not counted."""

    def __init__(self, calendar: SchoolCalendar, first: dt.date, last: dt.date) -> None:
        self.mondays: list[dt.date] = sorted({monday(d) for d in calendar.open_days(first, last)})
        self._index = {m: i for i, m in enumerate(self.mondays)}

    def index(self, day: dt.date) -> int | None:
        """The school-week number of a day, None if the school was closed all that week."""
        return self._index.get(monday(day))

    def at_or_before(self, day: dt.date) -> int:
        """The number of the last school week starting on or before `day` (-1 if none)."""
        return bisect_right(self.mondays, day) - 1
