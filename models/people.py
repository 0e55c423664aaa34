"""Pupils, their contacts (parents and carers), and staff accounts."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from models.school import utcnow
from models.types import JSONType, UTCDateTime, str_enum

PUPIL_FLAGS = (
    "social_worker", "looked_after", "child_protection_plan", "child_in_need", "send", "ehcp",
    "fsm", "eal", "young_carer", "safeguarding_concern",
)
SAFEGUARDING_FLAGS = ("social_worker", "looked_after", "child_protection_plan", "child_in_need",
                      "safeguarding_concern")


class Pupil(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("school_id", "mis_id"),)
    id: int | None = Field(default=None, primary_key=True)
    school_id: int = Field(foreign_key="school.id", index=True)
    mis_id: str = Field(max_length=64, description="MIS admission number or student id, as text")
    upn: str | None = Field(default=None, max_length=13, index=True)
    legal_first_name: str = Field(max_length=100)
    legal_last_name: str = Field(max_length=100)
    preferred_first_name: str | None = Field(default=None, max_length=100)
    preferred_last_name: str | None = Field(default=None, max_length=100)
    date_of_birth: dt.date | None = None
    gender: str | None = Field(default=None, max_length=16)
    year_group: str = Field(default="", max_length=32)
    form: str = Field(default="", max_length=32, index=True)
    on_roll_from: dt.date | None = None
    on_roll_until: dt.date | None = None
    social_worker: bool = False
    looked_after: bool = False
    child_protection_plan: bool = False
    child_in_need: bool = False
    send: bool = False
    ehcp: bool = False
    fsm: bool = False
    eal: bool = False
    young_carer: bool = False
    safeguarding_concern: bool = False
    updated_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)

    @property
    def first_name(self) -> str:
        return self.preferred_first_name or self.legal_first_name

    @property
    def last_name(self) -> str:
        return self.preferred_last_name or self.legal_last_name

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def flags(self) -> list[str]:
        return [f for f in PUPIL_FLAGS if getattr(self, f)]


class Contact(SQLModel, table=True):
    """A parent or carer. One contact may be linked to several pupils, in several schools."""

    id: int | None = Field(default=None, primary_key=True)
    mis_ref: str | None = Field(default=None, max_length=64, index=True)
    title: str | None = Field(default=None, max_length=16)
    first_name: str = Field(default="", max_length=100)
    last_name: str = Field(default="", max_length=100)
    mobile: str | None = Field(default=None, max_length=20, index=True, description="E.164")
    email: str | None = Field(default=None, max_length=200)
    telegram_user_id: int | None = Field(default=None, unique=True)
    telegram_chat_id: int | None = Field(default=None)
    link_code: str | None = Field(default=None, max_length=64, unique=True)
    language: str | None = Field(default=None, max_length=8)
    preferred_channel: str | None = Field(default=None, max_length=16)
    opted_out_channels: list[str] = Field(default_factory=list, sa_column=Column(JSONType, nullable=False))
    updated_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class PupilContact(SQLModel, table=True):
    """The link between a pupil and a contact, with its priority (1 is called first)."""

    pupil_id: int = Field(foreign_key="pupil.id", primary_key=True)
    contact_id: int = Field(foreign_key="contact.id", primary_key=True, index=True)
    priority: int = 1
    relationship: str = Field(default="", max_length=64)
    parental_responsibility: bool = True
    lives_with_pupil: bool = True
    court_order: bool = False


class Role(enum.StrEnum):
    office = "office"
    attendance_lead = "attendance_lead"
    dsl = "dsl"
    headteacher = "headteacher"
    admin = "admin"


class StaffUser(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=200, unique=True)
    name: str = Field(max_length=200)
    password_hash: str = Field(max_length=300)
    trust_id: int | None = Field(default=None, foreign_key="trust.id")
    is_trust_admin: bool = False
    failed_logins: int = 0
    locked_until: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class StaffRole(SQLModel, table=True):
    """A staff member's role at one school."""

    staff_id: int = Field(foreign_key="staffuser.id", primary_key=True)
    school_id: int = Field(foreign_key="school.id", primary_key=True)
    role: Role = Field(primary_key=True, sa_type=str_enum(Role))
