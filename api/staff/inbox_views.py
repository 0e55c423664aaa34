"""The office inbox: parent messages that were not absence reports, answered from the app on the
parent's own channel."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import and_, or_
from sqlmodel import col, select

from api.deps import ClockDep, DbDep
from api.staff.auth import StaffDep
from api.staff.csrf import check_csrf
from api.staff.templating import render
from bot.outbox import enqueue
from models.audit import AuditEvent
from models.messages import Direction, Message, MessageKind, ParsedReport
from models.people import Contact, Pupil, PupilContact

router = APIRouter(prefix="/staff", include_in_schema=False, dependencies=[Depends(check_csrf)])
INBOX_DAYS = 14


def _inbox_query(school_id: int, since: dt.datetime):  # type: ignore[no-untyped-def]
    """Inbound messages forwarded to this school's office (a report per school names it; a report
    with no school falls back to the message's school)."""
    forwarded = select(ParsedReport.message_id).join(Message, Message.id == ParsedReport.message_id).where(
        ParsedReport.action == "forward",
        or_(ParsedReport.school_id == school_id,
            and_(col(ParsedReport.school_id).is_(None), Message.school_id == school_id)))
    return select(Message).where(Message.direction == Direction.inbound, col(Message.id).in_(forwarded),
                                 Message.created_at >= since)


@router.get("/inbox")
def inbox(request: Request, db: DbDep, staff: StaffDep, clock: ClockDep) -> Response:
    since = clock.now() - dt.timedelta(days=INBOX_DAYS)
    messages = list(db.exec(_inbox_query(staff.school.id, since).order_by(col(Message.created_at).desc())))
    ids = [m.id for m in messages]
    replies: dict[int, list[Message]] = defaultdict(list)
    if ids:
        for r in db.exec(select(Message).where(col(Message.in_reply_to_id).in_(ids), Message.kind == MessageKind.staff)
                         .order_by(Message.created_at)):
            replies[r.in_reply_to_id].append(r)  # type: ignore[index]
    contact_ids = {m.contact_id for m in messages if m.contact_id}
    contacts = ({c.id: c for c in db.exec(select(Contact).where(col(Contact.id).in_(contact_ids)))}
                if contact_ids else {})
    children: dict[int, list[Pupil]] = defaultdict(list)
    if contact_ids:
        for link, pupil in db.exec(select(PupilContact, Pupil).join(Pupil, Pupil.id == PupilContact.pupil_id).where(
                col(PupilContact.contact_id).in_(contact_ids), Pupil.school_id == staff.school.id)):
            children[link.contact_id].append(pupil)
    return render(request, "staff/inbox.html", active="inbox", messages=messages, replies=replies, contacts=contacts,
                  children=children, days=INBOX_DAYS)


@router.post("/inbox/{message_id}/reply")
def reply(request: Request, message_id: int, db: DbDep, staff: StaffDep, clock: ClockDep,
          body: Annotated[str, Form(max_length=1000)]) -> Response:
    original = db.exec(_inbox_query(staff.school.id, dt.datetime.min.replace(tzinfo=dt.UTC))
                       .where(Message.id == message_id)).first()
    if original is None:
        raise HTTPException(404, "Not found.")
    if not body.strip():
        raise HTTPException(422, "Write a reply first.")
    now = clock.now()
    sent = enqueue(db, channel=original.channel, address=original.address, body=body.strip(), now=now,
                   kind=MessageKind.staff, school_id=staff.school.id, contact_id=original.contact_id,
                   pupil_id=original.pupil_id, language=original.language, in_reply_to_id=original.id)
    db.add(AuditEvent(school_id=staff.school.id, staff_id=staff.user.id, action="inbox_reply",
                      subject=f"message:{original.id}", details={"reply_id": sent.id}, at=now))
    db.commit()
    return RedirectResponse("/staff/inbox?flash=replied", status_code=303)
