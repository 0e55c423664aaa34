"""Shared helpers for the understanding tests: the evaluation's default school and a terse parse call."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from core.calendar import SchoolCalendar
from understanding.parser import parse_message
from understanding.types import Child, ParseResult

EVAL_DIR = Path(__file__).resolve().parents[3] / "shared" / "eval"
SCHOOL = {"timezone": "Europe/London", "am_start": "08:50", "am_register_close": "09:20", "pm_start": "13:15",
          "pm_register_close": "13:30", "closed_dates": ["2026-11-27", ["2026-12-19", "2027-01-04"]]}
CALENDAR = SchoolCalendar.from_dict(SCHOOL)
JACK = Child("P1", "Jack", "Smith")
AMELIA = Child("P2", "Amelia", "Smith")
NOAH = Child("P3", "Noah", "Smith")


def kids(*names: str) -> list[Child]:
    """Linked children by first name: P1, P2, ... in order."""
    return [Child(f"P{i + 1}", name) for i, name in enumerate(names)]


def at(stamp: str) -> dt.datetime:
    """'2026-11-23 07:30' (UTC, which is London time in winter) as an aware datetime."""
    return dt.datetime.fromisoformat(stamp).replace(tzinfo=dt.UTC)


def parse(text: str, children: list[Child] | None = None, when: str = "2026-11-23 07:30", **kw: object) -> ParseResult:
    return parse_message(text, children if children is not None else [JACK], kw.pop("calendar", CALENDAR),  # type: ignore[arg-type]
                         at(when), **kw)  # type: ignore[arg-type]


def marks(result: ParseResult) -> dict[str, tuple[str, str, list[str]]]:
    """{pupil: (reason, code, ["11-23 AM", ...])} for compact assertions."""
    return {r.pupil_id: (r.reason, r.code, [str(s)[5:] for s in sorted(r.sessions)]) for r in result.reports}


def assert_recorded(text: str, children: list[Child], when: str, expected: dict[str, object]) -> None:
    """The message is recorded with exactly these marks."""
    result = parse(text, children, when)
    assert result.action == "record", result.explanation
    assert marks(result) == expected, result.explanation


def assert_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    """The message is asked about or passed to the office ("clarify" or "forward"), with nothing recorded."""
    result = parse(text, children, when)
    assert (result.action, result.reports) == (action, ()), result.explanation


def full(*days: str) -> list[str]:
    return [f"{d} {h}" for d in days for h in ("AM", "PM")]


@pytest.fixture
def eval_dir() -> Path:
    if not (EVAL_DIR / "dev.jsonl").exists():
        pytest.skip("evaluation corpora not available")
    return EVAL_DIR
