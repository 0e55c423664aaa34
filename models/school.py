"""Trusts, schools and the days a school is closed."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import holidays
from sqlalchemy import Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from core.calendar import SchoolCalendar
from core.policy import SchoolPolicy
from models.types import JSONType, UTCDateTime, str_enum


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Trust(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)


class School(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    trust_id: int | None = Field(default=None, foreign_key="trust.id", index=True)
    name: str = Field(max_length=200)
    slug: str = Field(max_length=80, unique=True)
    # defaults: the one set of school times in core.calendar.SchoolCalendar
    timezone: str = Field(default=SchoolCalendar.timezone, max_length=64)
    am_start: dt.time = SchoolCalendar.am_start
    am_register_close: dt.time = SchoolCalendar.am_register_close
    pm_start: dt.time = SchoolCalendar.pm_start
    pm_register_close: dt.time = SchoolCalendar.pm_register_close
    day_end: dt.time = SchoolCalendar.day_end
    report_deadline: dt.time = SchoolCalendar.report_deadline
    office_phone: str | None = Field(default=None, max_length=32)
    policy: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONType, nullable=False))
    api_key_hash: str | None = Field(default=None, max_length=200)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)

    def get_policy(self) -> SchoolPolicy:
        return SchoolPolicy.model_validate(self.policy or {})

    def set_policy(self, policy: SchoolPolicy) -> None:
        self.policy = policy.model_dump(mode="json")

    def calendar(self, closed_days: list[ClosedDay], years: range | None = None) -> SchoolCalendar:
        """The school's calendar: its closed days plus England's bank holidays."""
        years = years or range(2024, 2031)
        bank = holidays.country_holidays("GB", subdiv="ENG", years=list(years))
        closed = frozenset({c.day for c in closed_days} | set(bank.keys()))
        return SchoolCalendar(
            timezone=self.timezone, am_start=self.am_start, am_register_close=self.am_register_close,
            pm_start=self.pm_start, pm_register_close=self.pm_register_close, day_end=self.day_end,
            report_deadline=self.report_deadline, closed=closed,
        )


class ClosedKind(enum.StrEnum):
    holiday = "holiday"
    inset = "inset"
    bank_holiday = "bank_holiday"
    closure = "closure"


class ClosedDay(SQLModel, table=True):
    """A date on which the school is closed (term holidays, INSET, unplanned closure)."""

    __table_args__ = (UniqueConstraint("school_id", "day"),)
    id: int | None = Field(default=None, primary_key=True)
    school_id: int = Field(foreign_key="school.id", index=True)
    day: dt.date
    kind: ClosedKind = Field(default=ClosedKind.holiday, sa_type=str_enum(ClosedKind))
    label: str = Field(default="", max_length=200)
