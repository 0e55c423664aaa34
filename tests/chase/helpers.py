"""A small school for chase tests: build it, push registers, advance time, read what happened."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from core.calendar import Session as RegisterSession
from core.policy import ChasePolicy, SchoolPolicy
from models.attendance import Actor, AttendanceMark, MarkSource, MarkStatus, write_mark
from models.chase import Chase
from models.db import session_scope
from models.messages import Channel, Direction, Message, MessageKind, MessageStatus, ParsedReport, ReportMark
from models.people import Contact, Pupil, PupilContact
from models.school import ClosedDay, School
from models.tasks import StaffTask
from scheduler.engine import tick
from scheduler.registers import record_register

TEACHER = Actor("Ms Teacher", "teacher")
UTC = dt.UTC


def at(day: int, hh: int, mm: int = 0, month: int = 11) -> dt.datetime:
    """A moment in late November 2026 (London is on UTC then)."""
    return dt.datetime(2026, month, day, hh, mm, tzinfo=UTC)


@dataclass
class World:
    engine: Engine
    school_id: int
    pupils: dict[str, int] = field(default_factory=dict)
    contacts: dict[str, int] = field(default_factory=dict)

    def name_of_pupil(self, pupil_id: int | None) -> str | None:
        return next((k for k, v in self.pupils.items() if v == pupil_id), None)

    def name_of_contact(self, contact_id: int | None) -> str | None:
        return next((k for k, v in self.contacts.items() if v == contact_id), None)


def make_world(engine: Engine, classes: dict[str, list[str]], flags: dict[str, list[str]] | None = None,
               contacts: dict[str, dict[str, int]] | None = None, policy: ChasePolicy | None = None,
               closed: tuple[dt.date, ...] = (dt.date(2026, 11, 27),), slug: str = "test",
               languages: dict[str, str] | None = None, **times: dt.time) -> World:
    """Classes of pupils by name; contacts by name with their pupils and priority. Unless given, each
    pupil gets one priority-1 contact `<pupil>-p1` and one priority-2 contact `<pupil>-p2`."""
    with session_scope(engine) as db:
        school = School(name="Test Primary", slug=slug, **{
            "am_register_close": dt.time(9, 20), "pm_start": dt.time(13, 15), "pm_register_close": dt.time(13, 30),
            "day_end": dt.time(15, 15), **times})
        school.set_policy(SchoolPolicy(chase=policy or ChasePolicy()))
        db.add(school)
        db.flush()
        world = World(engine, school.id or 0)
        for day in closed:
            db.add(ClosedDay(school_id=world.school_id, day=day))
        for form, names in classes.items():
            for name in names:
                pupil = Pupil(school_id=world.school_id, mis_id=f"M-{name}", legal_first_name=name,
                              legal_last_name="Test", form=form, **{f: True for f in (flags or {}).get(name, [])})
                db.add(pupil)
                db.flush()
                world.pupils[name] = pupil.id or 0
        links = contacts if contacts is not None else {
            f"{name}-p{prio}": {name: prio} for form in classes.values() for name in form for prio in (1, 2)}
        for i, (cname, pupils) in enumerate(links.items(), start=1):
            contact = Contact(first_name=cname, mobile=f"+4477009{i:05d}",
                              language=(languages or {}).get(cname, "en"))
            db.add(contact)
            db.flush()
            world.contacts[cname] = contact.id or 0
            for pname, prio in pupils.items():
                db.add(PupilContact(pupil_id=world.pupils[pname], contact_id=contact.id, priority=prio))
    return world


def register(world: World, form: str, session: str, marks: dict[str, str], now: dt.datetime,
             source: MarkSource = MarkSource.register):
    with session_scope(world.engine) as db:
        school = db.get(School, world.school_id)
        return record_register(db, school=school, form=form, session=RegisterSession.parse(session),
                               marks={world.pupils[n]: c for n, c in marks.items()}, now=now, actor=TEACHER,
                               source=source)


def run_until(world: World, until: dt.datetime, start: dt.datetime | None = None, step: dt.timedelta =
              dt.timedelta(minutes=5)) -> None:
    """Tick every `step` from `start` (default: `until`) to `until`, as a polling worker would."""
    now = start or until
    while now <= until:
        tick(world.engine, now=now)
        now += step


def parent_reports(world: World, pupil: str, sessions: list[str], code: str, now: dt.datetime,
                   contact: str | None = None) -> None:
    """What the parent-message pipeline leaves behind for a report: the inbound message, its parsed
    report, and the marks rewritten to the reason's code, linked to the report."""
    with session_scope(world.engine) as db:
        cid = world.contacts[contact or f"{pupil}-p1"]
        msg = Message(channel=Channel.sms, direction=Direction.inbound, kind=MessageKind.report, body="ill",
                      status=MessageStatus.processed, contact_id=cid, school_id=world.school_id, created_at=now)
        db.add(msg)
        db.flush()
        report = ParsedReport(message_id=msg.id, contact_id=cid, school_id=world.school_id, action="record",
                              created_at=now)
        db.add(report)
        db.flush()
        for s in sessions:
            mark = write_mark(db, school_id=world.school_id, pupil_id=world.pupils[pupil],
                              session=RegisterSession.parse(s), code=code, status=MarkStatus.provisional,
                              source=MarkSource.parent_message, actor=Actor.system("parent message"),
                              reason="reported", now=now)
            db.add(ReportMark(report_id=report.id, mark_id=mark.id))


def chase_messages(world: World, include_cancelled: bool = False) -> list[tuple[dt.datetime, str, str]]:
    with Session(world.engine) as db:
        query = select(Message).where(Message.kind == MessageKind.chase, Message.direction == Direction.outbound)
        if not include_cancelled:
            query = query.where(Message.status != MessageStatus.cancelled)
        rows = db.exec(query.order_by(col(Message.created_at), col(Message.id))).all()
        return [(m.created_at, world.name_of_contact(m.contact_id), world.name_of_pupil(m.pupil_id)) for m in rows]


def tasks(world: World, kind: str | None = None) -> list[tuple[dt.datetime, str, str | None]]:
    with Session(world.engine) as db:
        query = select(StaffTask).order_by(col(StaffTask.created_at), col(StaffTask.id))
        if kind:
            query = query.where(StaffTask.kind == kind)
        return [(t.created_at, t.kind, world.name_of_pupil(t.pupil_id) if t.pupil_id else t.form)
                for t in db.exec(query)]


def mark_of(world: World, pupil: str, session: str) -> str | None:
    s = RegisterSession.parse(session)
    with Session(world.engine) as db:
        return db.exec(select(AttendanceMark.code).where(AttendanceMark.pupil_id == world.pupils[pupil],
                                                         AttendanceMark.day == s.day,
                                                         AttendanceMark.half == s.half)).first()


def chase_of(world: World, pupil: str, day: dt.date) -> Chase | None:
    with Session(world.engine) as db:
        return db.exec(select(Chase).where(Chase.pupil_id == world.pupils[pupil], Chase.day == day)).first()
