"""Register marks and their append-only amendment history.

Every change to a mark goes through `write_mark`, which appends a `MarkAmendment`: a mark is
never silently overwritten. Staff amendments must carry a reason and the staff member's name and
role (`AmendmentRefused` otherwise).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, Session, SQLModel, select

from core.calendar import Session as RegisterSession
from models.school import utcnow
from models.types import UTCDateTime, str_enum

PRESENT_CODES = frozenset({"/", "\\", "L"})
APPROVED_ACTIVITY_CODES = frozenset({"K", "V", "P", "W", "B", "D"})


class MarkStatus(enum.StrEnum):
    provisional = "provisional"
    confirmed = "confirmed"
    withdrawn = "withdrawn"


class MarkSource(enum.StrEnum):
    parent_message = "parent_message"
    register = "register"
    staff = "staff"
    chase_outcome = "chase_outcome"
    mis = "mis"


class AttendanceMark(SQLModel, table=True):
    """One pupil's mark for one session."""

    __table_args__ = (UniqueConstraint("pupil_id", "day", "half"),)
    id: int | None = Field(default=None, primary_key=True)
    school_id: int = Field(foreign_key="school.id", index=True)
    pupil_id: int = Field(foreign_key="pupil.id", index=True)
    day: dt.date = Field(index=True)
    half: str = Field(max_length=2)
    code: str = Field(max_length=4)
    status: MarkStatus = Field(default=MarkStatus.provisional, sa_type=str_enum(MarkStatus))
    source: MarkSource = Field(default=MarkSource.register, sa_type=str_enum(MarkSource))
    arrival: dt.time | None = None
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)

    @property
    def session(self) -> RegisterSession:
        return RegisterSession(self.day, self.half)  # type: ignore[arg-type]


class MarkAmendment(SQLModel, table=True):
    """An append-only line of a mark's history (the first line records its creation)."""

    id: int | None = Field(default=None, primary_key=True)
    mark_id: int = Field(foreign_key="attendancemark.id", index=True)
    previous_code: str | None = Field(default=None, max_length=4)
    new_code: str = Field(max_length=4)
    previous_status: str | None = Field(default=None, max_length=16)
    new_status: str = Field(max_length=16)
    source: MarkSource = Field(sa_type=str_enum(MarkSource))
    reason: str = Field(max_length=500)
    actor_name: str = Field(max_length=200)
    actor_role: str = Field(max_length=64)
    staff_id: int | None = Field(default=None, foreign_key="staffuser.id")
    at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class RegisterTaken(SQLModel, table=True):
    """When a class's register for a session was taken (staff page, MIS push or CSV)."""

    __table_args__ = (UniqueConstraint("school_id", "form", "day", "half"),)
    id: int | None = Field(default=None, primary_key=True)
    school_id: int = Field(foreign_key="school.id", index=True)
    form: str = Field(max_length=32)
    day: dt.date
    half: str = Field(max_length=2)
    taken_at: dt.datetime = Field(sa_type=UTCDateTime)
    source: MarkSource = Field(default=MarkSource.register, sa_type=str_enum(MarkSource))


class AmendmentRefused(ValueError):
    """A change to a mark that lacks what the register regulations require."""


class Actor:
    """Who changes a mark: a staff member (name, role, id) or Rollcall itself on a source's behalf."""

    def __init__(self, name: str, role: str, staff_id: int | None = None) -> None:
        self.name, self.role, self.staff_id = name, role, staff_id

    @classmethod
    def system(cls, what: str) -> Actor:
        return cls(f"Rollcall ({what})", "system")


def _check_amendment(source: MarkSource, reason: str, actor: Actor) -> None:
    if source == MarkSource.staff and not (reason or "").strip():
        raise AmendmentRefused("an amendment needs a reason")
    if source == MarkSource.staff and (not actor.name.strip() or not actor.role.strip() or actor.role == "system"):
        raise AmendmentRefused("an amendment needs the staff member's name and role")


def write_mark(
    db: Session,
    *,
    school_id: int,
    pupil_id: int,
    session: RegisterSession,
    code: str,
    status: MarkStatus,
    source: MarkSource,
    actor: Actor,
    reason: str,
    now: dt.datetime,
    arrival: dt.time | None = None,
) -> AttendanceMark:
    """Create or change a mark and append its history line. Returns the mark (flushed)."""
    _check_amendment(source, reason, actor)
    mark = db.exec(
        select(AttendanceMark).where(
            AttendanceMark.pupil_id == pupil_id,
            AttendanceMark.day == session.day,
            AttendanceMark.half == session.half,
        )
    ).first()
    write = MarkWrite(current=mark, school_id=school_id, pupil_id=pupil_id, session=session, code=code,
                      status=status, source=source, reason=reason, arrival=arrival)
    mark = write_marks(db, [write], actor=actor, now=now)[0]
    db.flush()
    return mark


@dataclass(frozen=True)
class MarkWrite:
    """One change for `write_marks`: the mark as the caller loaded it in this transaction (None when the
    pupil has none for the session) and what it becomes."""

    current: AttendanceMark | None
    school_id: int
    pupil_id: int
    session: RegisterSession
    code: str
    status: MarkStatus
    source: MarkSource
    reason: str
    arrival: dt.time | None = None


def write_marks(db: Session, writes: Sequence[MarkWrite], *, actor: Actor, now: dt.datetime) -> list[AttendanceMark]:
    """`write_mark` for marks the caller has already loaded: the same rules and history lines, with the
    new marks inserted in one statement and the history lines in another. Returns the marks in the order
    of `writes`, flushed; their history lines go in with the session's next flush (or commit)."""
    for write in writes:
        _check_amendment(write.source, write.reason, actor)
    marks: list[AttendanceMark] = []
    touched: dict[tuple[int, RegisterSession], AttendanceMark] = {}
    history: list[tuple[AttendanceMark, str | None, str | None, MarkWrite]] = []
    for write in writes:
        mark = touched.get((write.pupil_id, write.session), write.current)
        if mark is None:
            mark = AttendanceMark(
                school_id=write.school_id, pupil_id=write.pupil_id, day=write.session.day, half=write.session.half,
                code=write.code, status=write.status, source=write.source, arrival=write.arrival, created_at=now,
                updated_at=now,
            )
            history.append((mark, None, None, write))
        elif mark.code != write.code or mark.status != write.status or mark.arrival != write.arrival:
            history.append((mark, mark.code, str(mark.status), write))
            mark.code, mark.status, mark.source, mark.arrival = write.code, write.status, write.source, write.arrival
            mark.updated_at = now
        db.add(mark)
        touched[(write.pupil_id, write.session)] = mark
        marks.append(mark)
    if history:
        db.flush()
        db.add_all(
            MarkAmendment(
                mark_id=mark.id, previous_code=previous_code, new_code=write.code, previous_status=previous_status,
                new_status=str(write.status), source=write.source, reason=write.reason or str(write.source),
                actor_name=actor.name, actor_role=actor.role, staff_id=actor.staff_id, at=now,
            )
            for mark, previous_code, previous_status, write in history
        )
    return marks


def amendments(db: Session, mark_id: int) -> list[MarkAmendment]:
    return list(db.exec(select(MarkAmendment).where(MarkAmendment.mark_id == mark_id).order_by(MarkAmendment.id)))
