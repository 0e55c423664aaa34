"""Extra data for the browser run, so the screenshots show a realistic morning: a fuller class,
more reports, tasks, and a term of marks for the pupils on show."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.engine import Engine
from sqlmodel import Session

from core.calendar import SchoolCalendar
from core.calendar import Session as RegisterSession
from models.attendance import Actor, MarkSource, MarkStatus, write_mark
from models.messages import Channel, Direction, Message, MessageKind, MessageStatus, ParsedReport, ReportMark
from models.people import Contact, Pupil, PupilContact
from models.school import ClosedDay, ClosedKind
from models.tasks import raise_task
from tests.staff.seed import DAY, World

NAMES = [("Olivia", "Price"), ("George", "Ward"), ("Isla", "Begum"), ("Harry", "Nowak"), ("Mia", "Patel"),
         ("Leo", "Jones"), ("Freya", "Ali"), ("Oscar", "Evans"), ("Lily", "Rahman"), ("Jacob", "Silva"),
         ("Ruby", "Hughes")]


def enrich(engine: Engine, world: World, now: dt.datetime) -> dict[str, int]:
    """More pupils in 4B (14, so two absences stay under the 15% bulk-send guard), a second report, a home
    visit task, and this term's marks for Jack and Noah."""
    cal = SchoolCalendar(closed=frozenset({dt.date(2026, 10, d) for d in range(26, 31)}))
    register = Actor.system("register")
    with Session(engine, expire_on_commit=False) as db:
        ids = {}
        for i, (first, last) in enumerate(NAMES):
            pupil = Pupil(school_id=world.school_a, mis_id=f"X{i}", legal_first_name=first, legal_last_name=last,
                          form="4B", year_group="Year 4")
            db.add(pupil)
            db.flush()
            ids[first] = pupil.id
        mum = Contact(first_name="Priya", last_name="Patel", mobile="+447700900050")
        db.add(mum)
        db.flush()
        db.add(PupilContact(pupil_id=ids["Mia"], contact_id=mum.id, priority=1, relationship="Mother"))
        received = now.replace(hour=8, minute=5)
        msg = Message(school_id=world.school_a, contact_id=mum.id, channel=Channel.telegram,
                      direction=Direction.inbound, kind=MessageKind.report, address="7001",
                      body="Mia has a dentist appointment at 9:30, she'll be in after lunch",
                      status=MessageStatus.processed, created_at=received, provider_id="tg1")
        db.add(msg)
        db.flush()
        report = ParsedReport(message_id=msg.id, contact_id=mum.id, school_id=world.school_a, action="record",
                              created_at=received, result={"action": "record", "reports": [
                                  {"pupil_id": str(ids["Mia"]), "reason": "medical", "code": "M",
                                   "sessions": [f"{DAY} AM"], "arrival": None}]})
        db.add(report)
        db.flush()
        mark = write_mark(db, school_id=world.school_a, pupil_id=ids["Mia"], session=RegisterSession(DAY, "AM"),
                          code="M", status=MarkStatus.provisional, source=MarkSource.parent_message,
                          actor=Actor.system("parent message"), reason="reported by Priya Patel", now=received)
        db.add(ReportMark(report_id=report.id, mark_id=mark.id))
        raise_task(db, school_id=world.school_a, kind="home_visit", dedupe_key=f"visit:{ids['Freya']}:{DAY}",
                   now=now.replace(hour=9, minute=20), title="Second day of unexplained absence: home visit",
                   pupil_id=ids["Freya"], day=DAY)
        for day in cal.open_days(dt.date(2026, 9, 3), DAY - dt.timedelta(days=1)):
            for pupil_id in (world.jack, world.noah):
                for half in ("AM", "PM"):
                    code = "/" if half == "AM" else "\\"
                    if pupil_id == world.noah and day.day in (5, 6, 14) and day.month > 9:
                        code = "N" if day.day == 14 else "I"
                    elif pupil_id == world.jack and day == dt.date(2026, 10, 7):
                        code = "M" if half == "AM" else code
                    elif pupil_id == world.jack and day.weekday() == 4 and day.day < 8 and half == "AM":
                        code = "L"
                    write_mark(db, school_id=world.school_a, pupil_id=pupil_id, session=RegisterSession(day, half),
                               code=code, status=MarkStatus.confirmed, source=MarkSource.register, actor=register,
                               reason="register", now=now - dt.timedelta(days=(DAY - day).days))
        db.add_all(ClosedDay(school_id=world.school_a, day=d, kind=ClosedKind.holiday, label="Half term")
                   for d in sorted(cal.closed))
        db.flush()
        lead = Actor("Lena Lead", "attendance_lead")
        write_mark(db, school_id=world.school_a, pupil_id=world.noah,
                   session=RegisterSession(dt.date(2026, 10, 14), "AM"),
                   code="I", status=MarkStatus.confirmed, source=MarkSource.staff, actor=lead,
                   reason="Aunt phoned on 15 Oct: he was ill", now=now - dt.timedelta(days=39))
        db.commit()
        return ids
