"""A small two-school world for the staff app tests: staff in every role, a parent's report this
morning, tasks, a forwarded message and a leave request."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy.engine import Engine
from sqlmodel import Session

from core.calendar import Session as RegisterSession
from models.attendance import Actor, MarkSource, MarkStatus, write_mark
from models.leave import LeaveRequest
from models.messages import Channel, Direction, Message, MessageKind, MessageStatus, ParsedReport, ReportMark
from models.passwords import hash_password
from models.people import Contact, Pupil, PupilContact, Role, StaffRole, StaffUser
from models.school import School, Trust
from models.tasks import raise_task

PASSWORD = "correct horse battery"
DAY = dt.date(2026, 11, 23)


@lru_cache
def password_hash() -> str:
    return hash_password(PASSWORD)


@dataclass
class World:
    school_a: int
    school_b: int
    jack: int
    amelia: int
    noah: int
    leo: int
    amy: int
    report: int
    jack_am: int
    forwarded: int
    leave: int
    phone_task: int
    dsl_task: int


def _staff(db: Session, email: str, name: str, school_id: int, *roles: Role) -> StaffUser:
    user = StaffUser(email=email, name=name, password_hash=password_hash())
    db.add(user)
    db.flush()
    for role in roles:
        db.add(StaffRole(staff_id=user.id, school_id=school_id, role=role))
    return user


def seed_world(engine: Engine, now: dt.datetime) -> World:
    with Session(engine, expire_on_commit=False) as db:
        trust = Trust(name="Riverside Trust")
        db.add(trust)
        db.flush()
        a = School(name="Oak Primary", slug="oak", trust_id=trust.id)
        b = School(name="Elm Academy", slug="elm", trust_id=trust.id)
        db.add_all([a, b])
        db.flush()
        jack = Pupil(school_id=a.id, mis_id="A1", legal_first_name="Jack", legal_last_name="Hall", form="4B",
                     year_group="Year 4")
        amelia = Pupil(school_id=a.id, mis_id="A2", legal_first_name="Amelia", legal_last_name="Hall", form="2C",
                       year_group="Year 2")
        noah = Pupil(school_id=a.id, mis_id="A3", legal_first_name="Noah", legal_last_name="Khan", form="4B",
                     year_group="Year 4", social_worker=True, safeguarding_concern=True, send=True)
        ava = Pupil(school_id=a.id, mis_id="A4", legal_first_name="Ava", legal_last_name="Smith", form="4B",
                    year_group="Year 4")
        leo = Pupil(school_id=b.id, mis_id="B1", legal_first_name="Leo", legal_last_name="Brown", form="1A")
        db.add_all([jack, amelia, noah, ava, leo])
        db.flush()
        amy = Contact(first_name="Amy", last_name="Hall", mobile="+447700900001", link_code="amy-link-code")
        sam = Contact(first_name="Sam", last_name="Hall", mobile="+447700900002", telegram_user_id=5551)
        zara = Contact(first_name="Zara", last_name="Khan", mobile="+447700900003")
        bea = Contact(first_name="Bea", last_name="Brown", mobile="+447700900009")
        db.add_all([amy, sam, zara, bea])
        db.flush()
        db.add_all([
            PupilContact(pupil_id=jack.id, contact_id=amy.id, priority=1, relationship="Mother"),
            PupilContact(pupil_id=amelia.id, contact_id=amy.id, priority=1, relationship="Mother"),
            PupilContact(pupil_id=jack.id, contact_id=sam.id, priority=2, relationship="Father"),
            PupilContact(pupil_id=noah.id, contact_id=zara.id, priority=1, relationship="Aunt"),
            PupilContact(pupil_id=ava.id, contact_id=zara.id, priority=2, relationship="Neighbour"),
            PupilContact(pupil_id=leo.id, contact_id=bea.id, priority=1, relationship="Mother"),
        ])
        _staff(db, "office@oak.test", "Olive Office", a.id, Role.office)
        _staff(db, "dsl@oak.test", "Dev Safeguard", a.id, Role.dsl)
        _staff(db, "lead@oak.test", "Lena Lead", a.id, Role.attendance_lead)
        _staff(db, "head@oak.test", "Hal Head", a.id, Role.headteacher)
        _staff(db, "office@elm.test", "Eli Elm", b.id, Role.office)
        admin = _staff(db, "admin@trust.test", "Tia Trust", a.id, Role.admin)
        admin.trust_id, admin.is_trust_admin = trust.id, True

        received = now.replace(hour=7, minute=42)
        msg = Message(school_id=a.id, contact_id=amy.id, channel=Channel.sms, direction=Direction.inbound,
                      kind=MessageKind.report, address=amy.mobile, body="Jack has a temperature so won't be in today",
                      status=MessageStatus.processed, created_at=received, provider_id="SM1")
        db.add(msg)
        db.flush()
        sessions = [f"{DAY.isoformat()} AM", f"{DAY.isoformat()} PM"]
        report = ParsedReport(message_id=msg.id, contact_id=amy.id, school_id=a.id, action="record",
                              created_at=received, result={"action": "record", "reports": [
                                  {"pupil_id": str(jack.id), "reason": "illness", "code": "I",
                                   "sessions": sessions, "arrival": None}]})
        db.add(report)
        db.flush()
        parent = Actor.system("parent message")
        marks = [write_mark(db, school_id=a.id, pupil_id=jack.id, session=RegisterSession.parse(s), code="I",
                            status=MarkStatus.provisional, source=MarkSource.parent_message, actor=parent,
                            reason="reported by Amy Hall", now=received) for s in sessions]
        for mark in marks:
            db.add(ReportMark(report_id=report.id, mark_id=mark.id))
        question = Message(school_id=a.id, contact_id=amy.id, channel=Channel.sms, direction=Direction.inbound,
                           address=amy.mobile, body="Is the Year 4 trip on Friday still going ahead?",
                           status=MessageStatus.processed, created_at=received, provider_id="SM2")
        db.add(question)
        db.flush()
        db.add(ParsedReport(message_id=question.id, contact_id=amy.id, school_id=a.id, action="forward",
                            created_at=received))
        asking = Message(school_id=a.id, contact_id=amy.id, channel=Channel.sms, direction=Direction.inbound,
                         address=amy.mobile, body="Amelia will be off on Tuesday 8 December for Eid",
                         status=MessageStatus.processed, created_at=received, provider_id="SM3")
        db.add(asking)
        db.flush()
        leave = LeaveRequest(school_id=a.id, pupil_id=amelia.id, contact_id=amy.id, message_id=asking.id,
                             reason="religious: Amelia will be at the Eid celebrations on 8 December",
                             first_day=dt.date(2026, 12, 8), last_day=dt.date(2026, 12, 8),
                             created_at=received)
        db.add(leave)
        phone = raise_task(db, school_id=a.id, kind="phone_call", dedupe_key=f"phone:{noah.id}:{DAY}", now=now,
                           title="Phone Noah Khan's contacts: no reason given", pupil_id=noah.id, day=DAY)
        dsl = raise_task(db, school_id=a.id, kind="dsl_alert", dedupe_key=f"dsl:{noah.id}:{DAY}", now=now,
                         title="Noah Khan (social worker) is absent without a reason", pupil_id=noah.id, day=DAY)
        assert phone is not None and dsl is not None
        dsl.outcome = "Spoke to the social worker: family moving house this week"
        db.add(dsl)
        db.commit()
        return World(school_a=a.id, school_b=b.id, jack=jack.id, amelia=amelia.id, noah=noah.id, leo=leo.id,
                     amy=amy.id, report=report.id, jack_am=marks[0].id, forwarded=question.id, leave=leave.id,
                     phone_task=phone.id, dsl_task=dsl.id)


CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_from(html: str) -> str:
    match = CSRF_RE.search(html)
    assert match, "no CSRF token on the page"
    return match.group(1)
