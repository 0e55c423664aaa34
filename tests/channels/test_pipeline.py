"""The channel-independent pipeline: marks, their guards, conversation state, forwarding, leave requests."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, select

from bot.outbox import enqueue
from bot.pipeline import handle_inbound
from core.calendar import Session as RegSession
from models.attendance import Actor, AttendanceMark, MarkSource, MarkStatus, write_mark
from models.conversation import Evidence
from models.db import make_engine, session_scope
from models.leave import LeaveRequest
from models.messages import Channel, Direction, Message, MessageKind, MessageStatus, ParsedReport, ReportMark
from models.people import Pupil, PupilContact
from models.school import ClosedDay, School
from models.tasks import StaffTask
from tests.channels.conftest import MOBILE, at

TODAY = dt.date(2026, 11, 23)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def say(engine, text, when, *, provider_id=None, media=(), address=MOBILE):
    with session_scope(engine) as db:
        return handle_inbound(db, channel=Channel.sms, address=address, text=text, now=when,
                              provider_id=provider_id, media=media)


def marks(engine, *, status=None):
    with Session(engine) as db:
        rows = db.exec(select(AttendanceMark).order_by(AttendanceMark.pupil_id, AttendanceMark.day,
                                                       AttendanceMark.half))
        return {(m.pupil_id, str(m.session)): m.code for m in rows if status is None or m.status == status}


def school_mark(engine, pupil_id, school_id, session, code, status=MarkStatus.provisional, source=MarkSource.register):
    with session_scope(engine) as db:
        write_mark(db, school_id=school_id, pupil_id=pupil_id, session=session, code=code, status=status,
                   source=source, actor=Actor("Sue Office", "office") if source == MarkSource.staff
                   else Actor.system("register"), reason="register", now=at(7))


def tasks(engine):
    with Session(engine) as db:
        return list(db.exec(select(StaffTask).order_by(StaffTask.id)))


def test_report_records_provisional_marks_linked_to_the_message(engine, family):
    outcome = say(engine, "Jack has a temperature so won't be in today", at(7, 40), provider_id="SMa")
    assert outcome.action == "record" and "Jack" in outcome.reply
    assert marks(engine, status=MarkStatus.provisional) == {
        (family.jack, "2026-11-23 AM"): "I", (family.jack, "2026-11-23 PM"): "I"}
    with Session(engine) as db:
        report = db.exec(select(ParsedReport)).one()
        links = list(db.exec(select(ReportMark).where(ReportMark.report_id == report.id)))
        reply = db.exec(select(Message).where(Message.direction == Direction.outbound)).one()
    assert report.message_id == outcome.message_id and len(links) == 2
    assert (reply.channel, reply.address, reply.in_reply_to_id) == (Channel.sms, MOBILE, outcome.message_id)


def test_duplicate_provider_id_returns_the_earlier_outcome(engine, family):
    first = say(engine, "Jack has a temperature so won't be in today", at(7, 40), provider_id="SMa")
    again = say(engine, "Jack has a temperature so won't be in today", at(7, 45), provider_id="SMa")
    assert again.duplicate and again.action == "record"
    assert (again.message_id, again.reply) == (first.message_id, first.reply)
    assert {(m.pupil_id, str(m.session)) for m in again.marks} == {(m.pupil_id, str(m.session)) for m in first.marks}
    with Session(engine) as db:
        assert len(list(db.exec(select(Message)))) == 2


def test_present_and_approved_marks_are_never_overwritten(engine, family):
    school_mark(engine, family.jack, family.school_id, RegSession(TODAY, "AM"), "/")
    school_mark(engine, family.amelia, family.school_id, RegSession(TODAY, "AM"), "V")
    outcome = say(engine, "Jack and Amelia are both ill today", at(10))
    assert "school office will look" in outcome.reply
    assert marks(engine) == {(family.jack, "2026-11-23 AM"): "/", (family.jack, "2026-11-23 PM"): "I",
                             (family.amelia, "2026-11-23 AM"): "V", (family.amelia, "2026-11-23 PM"): "I"}
    assert {t.kind for t in tasks(engine)} == {"parent_update"} and len(tasks(engine)) == 2


def test_a_reason_replaces_the_registers_n_and_a_withdrawal_restores_it(engine, family):
    for half in ("AM", "PM"):
        school_mark(engine, family.jack, family.school_id, RegSession(TODAY, half), "N")
    say(engine, "Jack is off sick today, sorry I forgot to ring", at(9, 40))
    assert marks(engine, status=MarkStatus.provisional) == {
        (family.jack, "2026-11-23 AM"): "I", (family.jack, "2026-11-23 PM"): "I"}
    say(engine, "Please ignore my last message, wrong school!", at(9, 45))
    assert marks(engine) == {(family.jack, "2026-11-23 AM"): "N", (family.jack, "2026-11-23 PM"): "N"}


def test_changes_to_confirmed_marks_go_to_staff(engine, family):
    say(engine, "Jack is off today with an upset stomach", at(7, 10))
    for half in ("AM", "PM"):
        school_mark(engine, family.jack, family.school_id, RegSession(TODAY, half), "I", status=MarkStatus.confirmed,
                    source=MarkSource.staff)
    outcome = say(engine, "Sorry, I meant tomorrow! Jack is fine today, it's tomorrow he has to stay home", at(7, 12))
    assert {o.change for o in outcome.marks} == {"flagged", "recorded"}
    assert marks(engine) == {(family.jack, "2026-11-23 AM"): "I", (family.jack, "2026-11-23 PM"): "I",
                             (family.jack, "2026-11-24 AM"): "I", (family.jack, "2026-11-24 PM"): "I"}
    flagged = tasks(engine)
    assert len(flagged) == 2 and all(t.kind == "parent_update" and t.details["requested_code"] is None
                                     for t in flagged)


def test_other_messages_are_forwarded_to_the_office(engine, family):
    outcome = say(engine, "Can you tell Miss Patel that Amelia has left her reading book at home?", at(8))
    assert outcome.action == "forward" and outcome.reply
    with Session(engine) as db:
        message = db.get(Message, outcome.message_id)
        report = db.exec(select(ParsedReport)).one()
    assert message.kind == MessageKind.other and report.action == "forward" and report.school_id == family.school_id
    assert marks(engine) == {}


def test_future_leave_is_a_request_for_staff_to_decide(engine, family):
    say(engine, "We'd like to take Amelia out of school from 14th to 15th December for a family holiday", at(18))
    with Session(engine) as db:
        leave = db.exec(select(LeaveRequest)).one()
    assert (leave.pupil_id, leave.first_day, leave.last_day, leave.status) == (
        family.amelia, dt.date(2026, 12, 14), dt.date(2026, 12, 15), "requested")
    assert marks(engine)[(family.amelia, "2026-12-14 AM")] == "G"


def test_unknown_sender_is_quarantined_and_learns_nothing(engine, family):
    outcome = say(engine, "Jack Hughes is ill today", at(8), address="+447700900999")
    assert outcome.status == MessageStatus.quarantined and outcome.reason == "unknown sender"
    assert "Jack" not in outcome.reply and "office" in outcome.reply
    assert marks(engine) == {}
    again = say(engine, "hello??", at(9), address="+447700900999")
    assert again.reply_message_id is None  # one such reply a day per number


def test_conversation_survives_a_restart(engine, family, db_url):
    first = say(engine, "One of mine has a temperature, keeping them home today", at(7, 40))
    assert first.action == "clarify"
    engine.dispose()
    fresh = make_engine(db_url)
    try:
        second = say(fresh, "Amelia", at(7, 43))
        assert second.action == "record"
        assert marks(fresh) == {(family.amelia, "2026-11-23 AM"): "I", (family.amelia, "2026-11-23 PM"): "I"}
    finally:
        fresh.dispose()


def test_siblings_across_a_trust_follow_their_own_schools(engine, family):
    with session_scope(engine) as db:
        oak = db.get(School, family.school_id)
        elm = School(name="Elm Academy", slug="elm", trust_id=oak.trust_id)
        db.add(elm)
        db.flush()
        noah = Pupil(school_id=elm.id, mis_id="9", legal_first_name="Noah", legal_last_name="Hughes")
        db.add(noah)
        db.flush()
        db.add(PupilContact(pupil_id=noah.id, contact_id=family.contact_id))
        db.add(ClosedDay(school_id=elm.id, day=dt.date(2026, 11, 24), kind="inset"))
        noah_id, elm_id = noah.id, elm.id
    say(engine, "Jack and Noah both have a sickness bug, they won't be in today or tomorrow", at(7, 30))
    assert marks(engine) == {
        (family.jack, "2026-11-23 AM"): "I", (family.jack, "2026-11-23 PM"): "I",
        (family.jack, "2026-11-24 AM"): "I", (family.jack, "2026-11-24 PM"): "I",
        (noah_id, "2026-11-23 AM"): "I", (noah_id, "2026-11-23 PM"): "I"}
    with Session(engine) as db:
        assert {r.school_id for r in db.exec(select(ParsedReport))} == {family.school_id, elm_id}


def test_a_photo_sent_alone_joins_the_latest_report(engine, family):
    first = say(engine, "Amelia has a hospital appointment today", at(7, 30))
    outcome = say(engine, "", at(7, 35), media=[{"content_type": "image/png", "data": PNG, "filename": "card.png"}])
    assert "added" in outcome.reply
    with Session(engine) as db:
        evidence = db.exec(select(Evidence)).one()
        report = db.exec(select(ParsedReport).where(ParsedReport.message_id == first.message_id)).one()
    assert evidence.report_id == report.id and evidence.status == "stored" and evidence.data == PNG


def test_a_reply_to_a_chase_that_names_nobody_is_about_the_chased_child(engine, family):
    for half in ("AM", "PM"):
        school_mark(engine, family.amelia, family.school_id, RegSession(TODAY, half), "N")
    with session_scope(engine) as db:
        enqueue(db, channel=Channel.sms, address=MOBILE, body="Amelia is not in school today...", now=at(9, 30),
                kind=MessageKind.chase, contact_id=family.contact_id, pupil_id=family.amelia)
    outcome = say(engine, "So sorry, she has a temperature, I forgot to call", at(9, 40))
    assert outcome.action == "record" and "Amelia" in outcome.reply
    assert marks(engine) == {(family.amelia, "2026-11-23 AM"): "I", (family.amelia, "2026-11-23 PM"): "I"}


def test_without_a_chase_an_unnamed_child_is_asked_about(engine, family):
    outcome = say(engine, "So sorry, she has a temperature, I forgot to call", at(9, 40))
    assert outcome.action == "clarify" and marks(engine) == {}


def test_yes_is_an_opt_in_only_after_a_stop(engine, family):
    assert say(engine, "Yes", at(8)).reason is None
    assert say(engine, "STOP", at(8, 1)).reason == "opted out"
    assert say(engine, "Yes", at(8, 2)).reason == "opted in"
