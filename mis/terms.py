"""Term dates and closures from an iCalendar (.ics) file into ClosedDay rows.

How an event is read (its CATEGORIES first, then words in its SUMMARY, case ignored):
- INSET: `INSET`, `training day`, `staff development`, `pupil free`, `non-pupil day` -> kind `inset`
- bank holiday: `bank holiday` -> `bank_holiday` (England's are also added by `School.calendar()`)
- closure: `closure`, `school closed`, `closed` -> `closure`
- holiday: `holiday`, `half term`, `half-term`, `vacation`, `break` -> `holiday`
- term: the word `term` in a multi-day event (`Autumn Term`, `Spring Term 2`) or category `TERM`:
  the school is open then, and the weekdays *between* two consecutive terms become holidays.
A day named by a closure event stays closed even inside a term. Other events (parents' evening,
sports day, one-day "term starts" markers) are skipped and listed in the report. All-day events
end the day before DTEND (RFC 5545); timed events close every local date they touch. Weekends are
never stored (the calendar closes them anyway). Recurring events are not expanded.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import icalendar
from sqlmodel import Session, select

from models import ClosedDay, School
from models.school import ClosedKind

_RULES: tuple[tuple[ClosedKind, str], ...] = (
    (ClosedKind.inset, r"\binset\b|training day|staff development|pupil[- ]free|non[- ]pupil day|teacher day"),
    (ClosedKind.bank_holiday, r"bank holiday"),
    (ClosedKind.closure, r"\bclosure\b|\bclosed\b"),
    (ClosedKind.holiday, r"holiday|half[- ]?term|vacation|\bbreak\b"),
)
_TERM = re.compile(r"\bterm\b")
ClosedDays = dict[dt.date, tuple[ClosedKind, str]]


class TermsFileError(ValueError):
    """The file is not an iCalendar file."""


@dataclass
class TermsReport:
    source: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    skipped: list[str] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"{self.source} (terms): {self.created} closed days created, {self.updated} updated, "
                 f"{self.unchanged} unchanged, {self.removed} removed"]
        lines += [f"  skipped: {s}" for s in self.skipped]
        return "\n".join(lines)


def _classify(summary: str, categories: list[str]) -> ClosedKind | str | None:
    """A closed kind, "term", or None (not a closure)."""
    texts = [t.casefold() for t in [*categories, summary]]
    for kind, pattern in _RULES:
        if any(re.search(pattern, t) for t in texts):
            return kind
    if any(t.strip() == "term" for t in texts[:-1]) or _TERM.search(texts[-1]):
        return "term"
    return None


def _categories(event: icalendar.Event) -> list[str]:
    value = event.get("CATEGORIES")
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [str(c) for item in items for c in getattr(item, "cats", [item])]


def _days(event: icalendar.Event, tz: ZoneInfo) -> list[dt.date]:
    start = event.decoded("DTSTART")
    if "DTEND" in event:
        end = event.decoded("DTEND")
    elif "DURATION" in event:
        end = start + event.decoded("DURATION")
    else:
        end = start if isinstance(start, dt.datetime) else start + dt.timedelta(days=1)
    if isinstance(start, dt.datetime):
        start_local = start.astimezone(tz) if start.tzinfo else start.replace(tzinfo=tz)
        end_local = end.astimezone(tz) if end.tzinfo else end.replace(tzinfo=tz)
        first, last = start_local.date(), end_local.date()
        if end_local.time() == dt.time(0) and last > first:
            last -= dt.timedelta(days=1)
    else:
        first, last = start, max(start, end - dt.timedelta(days=1))
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


@dataclass
class TermDates:
    closed: ClosedDays  # weekdays only
    skipped: list[str]
    first: dt.date | None  # the dates the file's terms and closures cover
    last: dt.date | None


def parse_terms(data: bytes, timezone: str = "Europe/London") -> TermDates:
    """The closed weekdays named by an .ics file, with their kind and label, and the events skipped."""
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except ValueError as exc:
        raise TermsFileError(f"not an iCalendar file: {exc}") from None
    tz = ZoneInfo(timezone)
    closed: ClosedDays = {}
    terms: list[tuple[dt.date, dt.date, str]] = []
    skipped: list[str] = []
    covered: set[dt.date] = set()
    for event in calendar.walk("VEVENT"):
        summary = str(event.get("SUMMARY", "")).strip()
        if "DTSTART" not in event:
            skipped.append(f"{summary or 'an event'}: no start date")
            continue
        days = _days(event, tz)
        label = f"{summary} ({days[0].isoformat()})"
        if "RRULE" in event:
            skipped.append(f"{label}: recurring events are not expanded")
            continue
        kind = _classify(summary, _categories(event))
        if kind == "term" and len(days) > 7:
            terms.append((days[0], days[-1], summary))
        elif isinstance(kind, ClosedKind):
            for day in days:
                closed[day] = (kind, summary[:200])
        else:
            skipped.append(f"{label}: not a holiday, closure or term")
            continue
        covered.update((days[0], days[-1]))
    terms.sort()
    for (_, end, before), (start, _, after) in zip(terms, terms[1:], strict=False):
        day = end + dt.timedelta(days=1)
        while day < start:
            closed.setdefault(day, (ClosedKind.holiday, f"Holiday between {before} and {after}"[:200]))
            day += dt.timedelta(days=1)
    weekdays = {d: v for d, v in sorted(closed.items()) if d.weekday() < 5}
    return TermDates(weekdays, skipped, min(covered, default=None), max(covered, default=None))


def import_terms(session: Session, school: School, data: bytes, *, source: str = "terms.ics",
                 replace: bool = False) -> TermsReport:
    """Upsert the file's closed days for the school. With `replace`, the school's closed days within
    the dates the file covers (its terms and closures) that the file no longer names are deleted."""
    dates = parse_terms(data, school.timezone)
    closed = dates.closed
    report = TermsReport(source=source, skipped=dates.skipped)
    existing = {c.day: c for c in session.exec(select(ClosedDay).where(ClosedDay.school_id == school.id))}
    for day, (kind, label) in closed.items():
        row = existing.get(day)
        if row is None:
            session.add(ClosedDay(school_id=school.id, day=day, kind=kind, label=label))
            report.created += 1
        elif (row.kind, row.label) != (kind, label):
            row.kind, row.label = kind, label
            report.updated += 1
        else:
            report.unchanged += 1
    if replace and dates.first and dates.last:
        for day, row in existing.items():
            if dates.first <= day <= dates.last and day not in closed:
                session.delete(row)
                report.removed += 1
    session.flush()
    return report
