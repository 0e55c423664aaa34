"""One pipeline for every channel: store the inbound message (idempotent on the provider's id),
identify the sender, understand the message in the light of the conversation so far, change
provisional marks, and queue the reply on the same channel.

Channel adapters (Telegram, Twilio, the demo phone) and the chase simulation call `handle_inbound`
inside a transaction they commit; a duplicate delivery returns the earlier outcome and does nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, exists, or_
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import Select

from bot import texts
from bot.evidence import media_refs, store_evidence
from bot.identify import NOT_LOADED, find_sender
from bot.outbox import enqueue
from core.calendar import SchoolCalendar
from core.calendar import Session as RegisterSession
from models.attendance import (
    APPROVED_ACTIVITY_CODES,
    PRESENT_CODES,
    Actor,
    AttendanceMark,
    MarkAmendment,
    MarkSource,
    MarkStatus,
    MarkWrite,
    write_marks,
)
from models.conversation import Conversation, Evidence, OptOutAction, OptOutEvent
from models.db import session_scope
from models.leave import LeaveRequest
from models.messages import Channel, Direction, Message, MessageKind, MessageStatus, ParsedReport, ReportMark
from models.people import Contact, Pupil
from models.school import ClosedDay, School
from models.tasks import raise_task
from understanding import canon
from understanding.conversation import converse_turn
from understanding.types import Child, MarkChange, TurnResult

PARENT = Actor.system("parent message")
LEAVE_REASONS = frozenset({"holiday", "exceptional", "religious"})
STOP_WORDS = frozenset({"stop", "stopall", "unsubscribe", "cancel", "end", "quit", "optout"})
START_WORDS = frozenset({"start", "unstop", "yes", "optin"})
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_TEXT = 4000
STANDING_DAYS = 21
UNKNOWN_REPLY_EVERY = dt.timedelta(hours=24)
RETRIES = 3


@dataclass(frozen=True)
class MarkOutcome:
    pupil_id: int
    session: RegisterSession
    code: str | None
    change: str  # recorded | withdrawn | flagged | kept
    mark_id: int | None = None


@dataclass(frozen=True)
class InboundOutcome:
    message_id: int
    status: MessageStatus
    reply: str
    action: str | None = None
    reply_message_id: int | None = None
    contact_id: int | None = None
    reason: str | None = None
    marks: tuple[MarkOutcome, ...] = ()
    duplicate: bool = False


def clean_text(text: str | bytes | None) -> str:
    """Text as it can be stored on both engines: decoded, no NULs or control characters, bounded."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    return CONTROL_CHARS.sub("", text or "").strip()[:MAX_TEXT]


def process_inbound(engine: Engine, **kwargs: Any) -> InboundOutcome:
    """`handle_inbound` in its own transaction, retried when a concurrent message for the same family
    conflicts with it (the provider id makes the retry safe): what the adapters call."""
    attempt = 1
    while True:
        try:
            with session_scope(engine) as db:
                return handle_inbound(db, **kwargs)
        except (IntegrityError, OperationalError):
            if attempt >= RETRIES:
                raise
            attempt += 1


def handle_inbound(
    db: Session,
    *,
    channel: Channel,
    address: str,
    text: str,
    now: dt.datetime,
    provider_id: str | None = None,
    media: Sequence[Mapping[str, Any]] = (),
    telegram_user_id: int | None = None,
) -> InboundOutcome:
    """Process one parent message; the caller commits. A redelivery returns the earlier outcome; one
    arriving while the first is still in flight fails on the provider id's unique constraint when
    committed, and `process_inbound` retries it into a redelivery."""
    body = clean_text(text)
    check = None if provider_id is None else _inbound_with(channel, provider_id)
    sender = find_sender(db, channel=channel, address=address, telegram_user_id=telegram_user_id,
                         extra=check.scalar_subquery() if check is not None else None)
    if check is not None:  # a redelivery? The check rides on the sender's query when there is a sender.
        earlier = db.exec(check).first() if sender.extra is NOT_LOADED else sender.extra
        if earlier is not None:
            return previous_outcome(db, db.get_one(Message, earlier))
    contact, today = sender.contact, now.date()
    pupils = [p for p in sender.pupils if p.on_roll_until is None or p.on_roll_until >= today]
    message = Message(
        channel=channel, direction=Direction.inbound, kind=MessageKind.report, provider_id=provider_id,
        address=address[:64], body=body, media=media_refs(media), status=MessageStatus.received, created_at=now,
        contact_id=contact.id if contact else None, school_id=pupils[0].school_id if pupils else None,
    )
    db.add(message)
    db.flush()
    if contact is None or not pupils:
        store_evidence(db, message, media, now=now, school_id=None)
        return _quarantine(db, message, now, "unknown sender" if contact is None else "no linked pupils",
                           contact)
    if channel == Channel.telegram:
        reopen_telegram(db, contact, message, now)

    keyword = body.lower().strip(" .!")
    if channel in (Channel.sms, Channel.whatsapp) and (  # Twilio's keywords; "yes" is opt-in only after a STOP
            keyword in STOP_WORDS or (keyword in START_WORDS and channel in contact.opted_out_channels)):
        return _opt_out(db, message, contact, now, stop=keyword in STOP_WORDS)

    evidence = store_evidence(db, message, media, now=now, school_id=message.school_id)
    if not body:
        return _media_only(db, message, contact, evidence, now)
    schools = {p.school_id: sender.schools[p.school_id] for p in pupils}
    return _converse(db, message, contact, pupils, schools, evidence, now)


def _converse(db: Session, message: Message, contact: Contact, pupils: Sequence[Pupil], schools: Mapping[int, School],
              evidence: list[Evidence], now: dt.datetime) -> InboundOutcome:
    calendars = _calendars(db, schools)
    primary = pupils[0].school_id
    by_id = {str(p.id): p for p in pupils}
    conversation = _lock_conversation(db, contact.id, now)
    standing = _standing(db, pupils, calendars[primary], now)

    def turn(children: Sequence[Pupil]) -> TurnResult:
        return converse_turn(
            message.body,
            children=[Child(id=str(p.id), first_name=p.first_name, last_name=p.last_name,
                            legal_first_name=p.legal_first_name) for p in children],
            calendar=_joint_calendar(calendars, primary), now=now, policy=schools[primary].get_policy(),
            state=dict(conversation.state or {}), standing=standing, language=contact.language,
        )

    result = turn(pupils)
    if result.action == "clarify" and len(pupils) > 1:
        chased = _chased_today(db, contact.id, pupils, calendars[primary], now)
        if chased is not None and (answer := turn([chased])).action == "record":
            result = answer
    changes = [c for c in result.changes if c.pupil_id in by_id
               and calendars[by_id[c.pupil_id].school_id].is_open(c.session.day)]
    current = _current_marks(db, changes)
    planned = [p for c in changes if (p := _apply(db, by_id[c.pupil_id], _recode(c, by_id, schools, primary),
                                                  current.get((int(c.pupil_id), c.session)), message, now))]
    outcomes = _write(db, planned, now)

    involved = sorted({by_id[c.pupil_id].school_id for c in changes}
                      | {by_id[r.pupil_id].school_id for r in result.reports if r.pupil_id in by_id})
    if result.action == "forward":
        involved = sorted(schools)
        message.kind = MessageKind.other
    message.school_id = involved[0] if involved else primary
    reports = _reports(db, message, contact, result, changes, by_id, involved or [primary], now)
    school_of = {p.id: p.school_id for p in pupils}
    links = {o.mark_id: ReportMark(report_id=reports[school_of[o.pupil_id]].id, mark_id=o.mark_id, change=o.change)
             for o in outcomes if o.mark_id is not None}
    db.add_all(links.values())
    _attach_evidence(db, evidence, reports.get(message.school_id), contact.id)
    if result.action == "record":
        _leave_requests(db, result, by_id, message, contact, calendars, now)

    conversation.state = dict(result.state or {})
    conversation.last_message_id = message.id
    conversation.updated_at = now
    db.add(conversation)
    message.language = result.language
    message.status = MessageStatus.processed
    reply = result.reply or texts.say(texts.HELP, result.language)
    held = {o.session for o in outcomes if o.change in ("flagged", "kept")}
    if held:
        reply = f"{reply} {texts.held_for_staff(held, result.language)}"
    queued = _reply(db, message, reply, now, result.language)
    return InboundOutcome(message_id=message.id, status=message.status, reply=reply, action=result.action,
                          reply_message_id=queued.id, contact_id=contact.id, marks=tuple(outcomes))


def _reports(db: Session, message: Message, contact: Contact, result: TurnResult, changes: Sequence[MarkChange],
             by_id: Mapping[str, Pupil], school_ids: Sequence[int], now: dt.datetime) -> dict[int, ParsedReport]:
    """What the message meant, once per school it concerns (each office sees its own pupils only)."""
    reports = {}
    for school_id in school_ids:
        reports[school_id] = ParsedReport(
            message_id=message.id, contact_id=contact.id, school_id=school_id, action=result.action,
            created_at=now, result={
                "intent": result.intent, "reply": result.reply, "language": result.language,
                "reports": [r.to_json() for r in result.reports if _school_of(r.pupil_id, by_id) == school_id],
                "changes": [_change_json(c) for c in changes if by_id[c.pupil_id].school_id == school_id],
            },
        )
    db.add_all(reports.values())
    db.flush()
    return reports


_CALENDARS: dict[tuple[Any, ...], SchoolCalendar] = {}


def _calendars(db: Session, schools: Mapping[int, School]) -> dict[int, SchoolCalendar]:
    """The schools' calendars, cached on everything they are built from (building one costs milliseconds):
    one query for the closed days of them all."""
    closed: dict[int, set[dt.date]] = {sid: set() for sid in schools}
    for school_id, day in db.exec(select(ClosedDay.school_id, ClosedDay.day).where(
            col(ClosedDay.school_id).in_(list(schools)))):
        closed[school_id].add(day)
    calendars = {}
    for sid, school in schools.items():
        key = (sid, school.timezone, school.am_start, school.am_register_close, school.pm_start,
               school.pm_register_close, school.day_end, school.report_deadline, frozenset(closed[sid]))
        calendar = _CALENDARS.get(key)
        if calendar is None:
            if len(_CALENDARS) > 256:
                _CALENDARS.clear()
            days = [ClosedDay(school_id=sid, day=day) for day in closed[sid]]
            calendar = _CALENDARS[key] = school.calendar(days)
        calendars[sid] = calendar
    return calendars


def _chased_today(db: Session, contact_id: int, pupils: Sequence[Pupil], calendar: SchoolCalendar,
                  now: dt.datetime) -> Pupil | None:
    """The one child this contact was chased about today, if exactly one: a reply that names nobody
    ("sorry, he's got a temperature") is about that child."""
    start = calendar.at(calendar.local(now).date(), dt.time(0, 0))
    chased = set(db.exec(select(Message.pupil_id).where(
        Message.contact_id == contact_id, Message.direction == Direction.outbound,
        Message.kind == MessageKind.chase, col(Message.created_at) >= start, col(Message.pupil_id).is_not(None),
    ).distinct()))
    matches = [p for p in pupils if p.id in chased]
    return matches[0] if len(matches) == 1 and len(chased) == 1 else None


def _lock_conversation(db: Session, contact_id: int, now: dt.datetime) -> Conversation:
    """The contact's conversation, created if need be and locked (PostgreSQL) so two messages arriving
    together take turns: one upsert whose no-op update takes the row lock and returns the row."""
    insert = postgresql.insert if db.get_bind().dialect.name == "postgresql" else sqlite.insert
    upsert = insert(Conversation).values(contact_id=contact_id, state={}, updated_at=now)
    upsert = upsert.on_conflict_do_update(index_elements=["contact_id"],
                                          set_={"contact_id": upsert.excluded.contact_id})
    return db.scalars(upsert.returning(Conversation), execution_options={"populate_existing": True}).one()


def _joint_calendar(calendars: Mapping[int, SchoolCalendar], primary: int) -> SchoolCalendar:
    """The calendar the parser reads dates with: the primary school's times, open on any day at least one
    of the contact's schools is open (each pupil's own closed days are dropped afterwards)."""
    closed = frozenset.intersection(*(c.closed for c in calendars.values()))
    return dataclasses.replace(calendars[primary], closed=closed)


def _recode(change: MarkChange, by_id: Mapping[str, Pupil], schools: Mapping[int, School], primary: int) -> MarkChange:
    """Apply the pupil's own school's reason codes when it differs from the school the parser used."""
    school_id = by_id[change.pupil_id].school_id
    if school_id == primary or change.code is None or not change.reason or change.reason == "late":
        return change
    return dataclasses.replace(change, code=schools[school_id].get_policy().code_for(change.reason))


def _school_of(pupil_id: str, by_id: Mapping[str, Pupil]) -> int | None:
    pupil = by_id.get(pupil_id)
    return pupil.school_id if pupil else None


def _change_json(change: MarkChange) -> dict[str, Any]:
    return {"pupil_id": change.pupil_id, "session": str(change.session), "code": change.code,
            "reason": change.reason, "arrival": change.arrival.strftime("%H:%M") if change.arrival else None}


def _standing(db: Session, pupils: Sequence[Pupil], calendar: SchoolCalendar,
              now: dt.datetime) -> dict[str, dict[RegisterSession, str]]:
    """The marks a parent's message may still change, recent and future: the parent-reported provisional
    ones, and confirmed ones a parent reported (a change to those goes to staff)."""
    since = calendar.local(now).date() - dt.timedelta(days=STANDING_DAYS)
    reported = exists().where(MarkAmendment.mark_id == AttendanceMark.id,
                              MarkAmendment.source == MarkSource.parent_message)
    rows = db.exec(select(AttendanceMark.pupil_id, AttendanceMark.day, AttendanceMark.half, AttendanceMark.code).where(
        col(AttendanceMark.pupil_id).in_([p.id for p in pupils]), AttendanceMark.day >= since,
        or_(and_(AttendanceMark.status == MarkStatus.provisional, AttendanceMark.source == MarkSource.parent_message),
            and_(AttendanceMark.status == MarkStatus.confirmed, reported)),
    ).order_by(AttendanceMark.day, AttendanceMark.half))
    standing: dict[str, dict[RegisterSession, str]] = {}
    for pupil_id, day, half, code in rows:
        standing.setdefault(str(pupil_id), {})[RegisterSession(day, half)] = code
    return standing


def _current_marks(db: Session, changes: Sequence[MarkChange]) -> dict[tuple[int, RegisterSession], AttendanceMark]:
    """The marks these changes touch, in one query."""
    if not changes:
        return {}
    days = {c.session.day for c in changes}
    rows = db.exec(select(AttendanceMark).where(
        col(AttendanceMark.pupil_id).in_({int(c.pupil_id) for c in changes}), col(AttendanceMark.day).in_(days)))
    return {(m.pupil_id, m.session): m for m in rows}


def _apply(db: Session, pupil: Pupil, change: MarkChange, mark: AttendanceMark | None, message: Message,
           now: dt.datetime) -> tuple[MarkOutcome, MarkWrite | None] | None:
    """One mark change, within the rules: never over a present or approved-activity mark the school
    recorded; a confirmed mark is left for staff with a task; a withdrawal touches only the parent's own
    provisional mark and restores what the school had recorded before it. Returns the outcome and the
    write it needs (made for all changes at once by `write_marks`)."""
    note = f"parent message {message.id}: {message.body[:200]}"
    if mark is not None and mark.status == MarkStatus.confirmed:
        if change.code == mark.code:
            return None
        _flag(db, pupil, change, mark, message, now)
        return MarkOutcome(pupil.id, change.session, change.code, "flagged"), None
    mark_of = {"current": mark, "school_id": pupil.school_id, "pupil_id": pupil.id, "session": change.session}
    if change.code is None:
        if mark is None or mark.source != MarkSource.parent_message or mark.status != MarkStatus.provisional:
            return None
        before = _school_entry(db, mark.id)
        if before is not None:
            write = MarkWrite(**mark_of, code=before.new_code, status=MarkStatus(before.new_status),
                              source=before.source, reason=f"parent withdrew their report; {note}")
        else:
            write = MarkWrite(**mark_of, code=mark.code, status=MarkStatus.withdrawn, source=MarkSource.parent_message,
                              reason=f"withdrawn: {note}", arrival=mark.arrival)
        return MarkOutcome(pupil.id, change.session, None, "withdrawn"), write
    school_mark = mark is not None and mark.source != MarkSource.parent_message and mark.status != MarkStatus.withdrawn
    if school_mark and mark.code in PRESENT_CODES | APPROVED_ACTIVITY_CODES:
        if mark.code != change.code:
            _flag(db, pupil, change, mark, message, now)
            return MarkOutcome(pupil.id, change.session, change.code, "kept"), None
        return None
    write = MarkWrite(**mark_of, code=change.code, status=MarkStatus.provisional, source=MarkSource.parent_message,
                      reason=f"{change.reason or 'reported'}; {note}", arrival=change.arrival)
    return MarkOutcome(pupil.id, change.session, change.code, "recorded"), write


def _write(db: Session, planned: Sequence[tuple[MarkOutcome, MarkWrite | None]], now: dt.datetime) -> list[MarkOutcome]:
    """Make the planned writes together and give each outcome its mark's id."""
    marks = iter(write_marks(db, [w for _, w in planned if w is not None], actor=PARENT, now=now))
    return [dataclasses.replace(o, mark_id=next(marks).id) if w is not None else o for o, w in planned]


def _school_entry(db: Session, mark_id: int | None) -> MarkAmendment | None:
    """The last entry the school (register, staff, MIS, chase) made on a mark, if any."""
    return db.exec(select(MarkAmendment).where(
        MarkAmendment.mark_id == mark_id, MarkAmendment.source != MarkSource.parent_message,
    ).order_by(col(MarkAmendment.id).desc())).first()


def _flag(db: Session, pupil: Pupil, change: MarkChange, mark: AttendanceMark, message: Message,
          now: dt.datetime) -> None:
    wanted = "withdraw the report" if change.code is None else f"record {change.code}"
    raise_task(
        db, school_id=pupil.school_id, kind="parent_update", pupil_id=pupil.id, form=pupil.form or None,
        day=change.session.day, now=now, dedupe_key=f"parent_update:{pupil.id}:{change.session}:{message.id}",
        title=f"{pupil.display_name}: parent asks to {wanted} for {change.session} (mark is {mark.code}, "
              f"{mark.status})",
        details={"message_id": message.id, "session": str(change.session), "current_code": mark.code,
                 "current_status": str(mark.status), "requested_code": change.code, "reason": change.reason,
                 "text": message.body[:500]},
    )


def _attach_evidence(db: Session, evidence: list[Evidence], report: ParsedReport | None, contact_id: int) -> None:
    """Evidence goes on this message's report or, sent on its own, on the contact's latest recorded report."""
    if not evidence:
        return
    if report is None or report.action != "record":
        report = db.exec(select(ParsedReport).where(
            ParsedReport.contact_id == contact_id, ParsedReport.action == "record",
        ).order_by(col(ParsedReport.id).desc())).first() or report
    for row in evidence:
        row.report_id = report.id if report else None
        if report is not None:
            row.school_id = report.school_id
        db.add(row)
    db.flush()


def _leave_requests(db: Session, result: TurnResult, by_id: Mapping[str, Pupil], message: Message,
                    contact: Contact, calendars: Mapping[int, SchoolCalendar], now: dt.datetime) -> None:
    """A report of holiday, exceptional or religious leave that starts after today is a request for leave."""
    for report in result.reports:
        pupil = by_id.get(report.pupil_id)
        if pupil is None or report.reason not in LEAVE_REASONS or not report.sessions:
            continue
        today = calendars[pupil.school_id].local(now).date()
        days = sorted({s.day for s in report.sessions})
        if days[0] <= today:
            continue
        db.add(LeaveRequest(
            school_id=pupil.school_id, pupil_id=pupil.id, contact_id=contact.id, message_id=message.id,
            reason=f"{report.reason}: {message.body[:400]}", first_day=days[0], last_day=days[-1],
            sessions=[str(s) for s in sorted(report.sessions)], created_at=now,
        ))


def _media_only(db: Session, message: Message, contact: Contact, evidence: list[Evidence],
                now: dt.datetime) -> InboundOutcome:
    if evidence:
        _attach_evidence(db, evidence, None, contact.id)
        stored = any(e.status == "stored" for e in evidence)
        reply = texts.EVIDENCE_ADDED if stored else texts.EVIDENCE_REJECTED
    else:
        reply = texts.EMPTY
    language = texts.contact_language(db, contact)
    reply = texts.say(reply, language)
    message.status = MessageStatus.processed
    message.kind = MessageKind.other
    queued = _reply(db, message, reply, now, language)
    return InboundOutcome(message_id=message.id, status=message.status, reply=reply, reply_message_id=queued.id,
                          contact_id=contact.id)


def _opt_out(db: Session, message: Message, contact: Contact, now: dt.datetime, *, stop: bool) -> InboundOutcome:
    channels = [c for c in contact.opted_out_channels if c != message.channel]
    contact.opted_out_channels = channels + [str(message.channel)] if stop else channels
    contact.updated_at = now
    db.add(contact)
    db.add(OptOutEvent(contact_id=contact.id, channel=message.channel, address=message.address,
                       action=OptOutAction.stop if stop else OptOutAction.start, message_id=message.id, at=now))
    message.status, message.kind = MessageStatus.processed, MessageKind.other
    language = texts.contact_language(db, contact)
    reply = texts.say(texts.STOPPED if stop else texts.STARTED, language)
    queued = None if stop else _reply(db, message, reply, now, language)  # the carrier confirms a STOP
    return InboundOutcome(message_id=message.id, status=message.status, reply=reply,
                          reply_message_id=queued.id if queued else None, contact_id=contact.id,
                          reason="opted out" if stop else "opted in")


def reopen_telegram(db: Session, contact: Contact, message: Message, now: dt.datetime) -> None:
    """A parent who blocked the bot (recorded as an opt-out when a send was refused) and writes again has
    unblocked it: Telegram is open to them again."""
    if Channel.telegram not in contact.opted_out_channels:
        return
    contact.opted_out_channels = [c for c in contact.opted_out_channels if c != Channel.telegram]
    contact.updated_at = now
    db.add(contact)
    db.add(OptOutEvent(contact_id=contact.id, channel=Channel.telegram, address=message.address,
                       action=OptOutAction.start, message_id=message.id, at=now))


def _quarantine(db: Session, message: Message, now: dt.datetime, reason: str,
                contact: Contact | None) -> InboundOutcome:
    """An unknown sender: kept for the office, told how to be recognised, told nothing else. One such
    reply a day per address, so a stranger cannot use Rollcall to send texts."""
    message.status, message.status_reason, message.kind = MessageStatus.quarantined, reason, MessageKind.other
    message.contact_id = contact.id if contact else None
    text = texts.UNLINKED_TELEGRAM if message.channel == Channel.telegram else texts.UNKNOWN_NUMBER
    language = texts.contact_language(db, contact, canon.detect(message.body) if message.body else None)
    reply = texts.say(text, language)
    recent = db.exec(select(Message.id).where(
        Message.direction == Direction.outbound, Message.channel == message.channel,
        Message.address == message.address, col(Message.body).in_(texts.every_translation(text)),
        Message.created_at > now - UNKNOWN_REPLY_EVERY,
    )).first()
    queued = None if recent is not None else _reply(db, message, reply, now, language)
    return InboundOutcome(message_id=message.id, status=message.status, reply=reply,
                          reply_message_id=queued.id if queued else None, reason=reason)


def _reply(db: Session, message: Message, body: str, now: dt.datetime, language: str | None) -> Message:
    db.add(message)
    return enqueue(db, channel=message.channel, address=message.address, body=body, now=now,
                   kind=MessageKind.reply, school_id=message.school_id, contact_id=message.contact_id,
                   language=language, in_reply_to_id=message.id)


def _inbound_with(channel: Channel, provider_id: str) -> Select[tuple[int | None]]:
    """The id of the inbound message with this provider id."""
    return select(Message.id).where(
        Message.channel == channel, Message.direction == Direction.inbound, Message.provider_id == provider_id,
    )


def previous_outcome(db: Session, message: Message) -> InboundOutcome:
    """The outcome of a message already handled, rebuilt from what it left in the database."""
    reply = db.exec(select(Message).where(Message.in_reply_to_id == message.id).order_by(Message.id)).first()
    report = db.exec(select(ParsedReport).where(ParsedReport.message_id == message.id)).first()
    marks: list[MarkOutcome] = []
    if report is not None:
        rows = db.exec(select(ReportMark, AttendanceMark).join(AttendanceMark, AttendanceMark.id == ReportMark.mark_id)
                       .join(ParsedReport, ParsedReport.id == ReportMark.report_id)
                       .where(ParsedReport.message_id == message.id))
        marks = [MarkOutcome(m.pupil_id, m.session, None if link.change == "withdrawn" else m.code, link.change, m.id)
                 for link, m in rows]
    return InboundOutcome(
        message_id=message.id, status=message.status, reply=reply.body if reply else "",
        action=report.action if report else None, reply_message_id=reply.id if reply else None,
        contact_id=message.contact_id, reason=message.status_reason, marks=tuple(marks), duplicate=True,
    )
