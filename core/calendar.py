"""A school's calendar as pure data: sessions, register times and open days.

`SchoolCalendar` is what the parser, the chase and the monitoring figures reason with. It is
built from a School row (with term dates and bank holidays) or from the evaluation's JSON shape.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal
from zoneinfo import ZoneInfo

Half = Literal["AM", "PM"]
HALVES: tuple[Half, Half] = ("AM", "PM")


@dataclass(frozen=True, order=True)
class Session:
    """One register session: a date and its half."""

    day: dt.date
    half: Half

    def __str__(self) -> str:
        return f"{self.day.isoformat()} {self.half}"

    @classmethod
    def parse(cls, text: str) -> Session:
        day, half = text.strip().split()
        if half not in HALVES:
            raise ValueError(f"session half must be AM or PM, not {half!r}")
        return cls(dt.date.fromisoformat(day), half)  # type: ignore[arg-type]


def _time(value: str | dt.time) -> dt.time:
    return value if isinstance(value, dt.time) else dt.time.fromisoformat(value)


def expand_closed(entries: Iterable[Any]) -> frozenset[dt.date]:
    """Closed dates from single ISO dates and inclusive [first, last] ranges."""
    days: set[dt.date] = set()
    for entry in entries:
        if isinstance(entry, dt.date):
            days.add(entry)
        elif isinstance(entry, str):
            days.add(dt.date.fromisoformat(entry))
        else:
            first, last = (e if isinstance(e, dt.date) else dt.date.fromisoformat(e) for e in entry)
            d = first
            while d <= last:
                days.add(d)
                d += dt.timedelta(days=1)
    return frozenset(days)


@dataclass(frozen=True)
class SchoolCalendar:
    timezone: str = "Europe/London"
    am_start: dt.time = dt.time(8, 50)
    am_register_close: dt.time = dt.time(9, 20)
    pm_start: dt.time = dt.time(13, 30)
    pm_register_close: dt.time = dt.time(13, 45)
    day_end: dt.time = dt.time(15, 15)
    report_deadline: dt.time = dt.time(9, 0)
    closed: frozenset[dt.date] = field(default_factory=frozenset)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SchoolCalendar:
        """Build from the evaluation's school object (times as "HH:MM", closed_dates)."""
        kwargs: dict[str, Any] = {"timezone": data.get("timezone", "Europe/London")}
        for name in ("am_start", "am_register_close", "pm_start", "pm_register_close", "day_end",
                     "report_deadline"):
            if data.get(name):
                kwargs[name] = _time(data[name])
        kwargs["closed"] = expand_closed(data.get("closed_dates", []))
        return cls(**kwargs)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def local(self, moment: dt.datetime) -> dt.datetime:
        if moment.tzinfo is None:
            raise ValueError("naive datetime: times must be aware")
        return moment.astimezone(self.tz)

    def at(self, day: dt.date, when: dt.time) -> dt.datetime:
        """The aware UTC moment of a local wall-clock time on a day."""
        return dt.datetime.combine(day, when, tzinfo=self.tz).astimezone(dt.UTC)

    def is_open(self, day: dt.date) -> bool:
        return day.weekday() < 5 and day not in self.closed

    def next_open_day(self, day: dt.date, *, include: bool = True) -> dt.date:
        d = day if include else day + dt.timedelta(days=1)
        for _ in range(400):
            if self.is_open(d):
                return d
            d += dt.timedelta(days=1)
        raise ValueError(f"no open day within 400 days of {day}")

    def previous_open_day(self, day: dt.date, *, include: bool = True) -> dt.date:
        d = day if include else day - dt.timedelta(days=1)
        for _ in range(400):
            if self.is_open(d):
                return d
            d -= dt.timedelta(days=1)
        raise ValueError(f"no open day within 400 days before {day}")

    def open_days(self, first: dt.date, last: dt.date) -> list[dt.date]:
        """Open days from first to last inclusive."""
        out, d = [], first
        while d <= last:
            if self.is_open(d):
                out.append(d)
            d += dt.timedelta(days=1)
        return out

    def take_open_days(self, first: dt.date, count: int) -> list[dt.date]:
        """`count` open days starting at `first` (included when open)."""
        out: list[dt.date] = []
        d = first
        while len(out) < count:
            d = self.next_open_day(d)
            out.append(d)
            d += dt.timedelta(days=1)
        return out

    def open_days_between(self, first: dt.date, last: dt.date) -> int:
        """How many open days lie after `first` up to and including `last`."""
        return len(self.open_days(first + dt.timedelta(days=1), last))

    def register_close(self, session: Session) -> dt.datetime:
        return self.at(session.day, self.am_register_close if session.half == "AM" else self.pm_register_close)

    def session_start(self, session: Session) -> dt.datetime:
        return self.at(session.day, self.am_start if session.half == "AM" else self.pm_start)

    def sessions(self, days: Iterable[dt.date], halves: Iterable[Half] = HALVES) -> Iterator[Session]:
        wanted = tuple(halves)
        for d in days:
            if self.is_open(d):
                for h in wanted:
                    yield Session(d, h)
