"""Who sent a message: phone numbers to E.164, addresses to contacts, contacts to their children."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import phonenumbers
from sqlalchemy import ScalarSelect, exists, literal
from sqlmodel import Session, col, select

from models.messages import Channel
from models.people import Contact, Pupil, PupilContact
from models.school import School

WHATSAPP_PREFIX = "whatsapp:"
DEMO_PREFIX = "demo:"
NOT_LOADED = object()


def normalise_phone(raw: str | None, region: str = "GB") -> str | None:
    """E.164 for a phone number as providers send it (`whatsapp:+44...`, Telegram's `447...`, UK national)."""
    value = (raw or "").strip()
    if value.lower().startswith(WHATSAPP_PREFIX):
        value = value[len(WHATSAPP_PREFIX):]
    if value.isdigit() and not value.startswith("0"):
        value = "+" + value
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def channel_address(channel: Channel, e164: str) -> str:
    """The address a provider expects for a number on a channel."""
    return f"{WHATSAPP_PREFIX}{e164}" if channel == Channel.whatsapp else e164


def contact_address(contact: Contact, channel: Channel) -> str | None:
    """Where to reach a contact on a channel, or None when they cannot be reached there."""
    if channel in (Channel.sms, Channel.whatsapp, Channel.voice):
        return channel_address(channel, contact.mobile) if contact.mobile else None
    if channel == Channel.telegram:
        return str(contact.telegram_chat_id) if contact.telegram_chat_id else None
    if channel == Channel.demo:
        return f"{DEMO_PREFIX}{contact.id}"
    return None


def find_contact(db: Session, *, channel: Channel, address: str, telegram_user_id: int | None = None) -> Contact | None:
    """The contact behind an inbound address; a number shared by several contacts resolves to the one
    linked to pupils (lowest id first) so replies stay consistent."""
    if channel == Channel.telegram:
        if telegram_user_id is None:
            return None
        return db.exec(select(Contact).where(Contact.telegram_user_id == telegram_user_id)).first()
    if channel == Channel.demo:
        ref = address.removeprefix(DEMO_PREFIX)
        return db.get(Contact, int(ref)) if ref.isdigit() else None
    e164 = normalise_phone(address)
    if e164 is None:
        return None
    linked = exists().where(PupilContact.contact_id == Contact.id)
    return db.exec(select(Contact).where(Contact.mobile == e164).order_by(linked.desc(), Contact.id)).first()


def linked_pupils(db: Session, contact_id: int | None) -> Sequence[Pupil]:
    """The pupils a contact is linked to, in every school, ordered by school then name."""
    if contact_id is None:
        return []
    rows = db.exec(
        select(Pupil).join(PupilContact, PupilContact.pupil_id == Pupil.id)
        .where(PupilContact.contact_id == contact_id)
        .order_by(Pupil.school_id, Pupil.legal_first_name, Pupil.id)
    )
    return list(rows)


@dataclass
class Sender:
    """Who sent an inbound message: the contact, their linked pupils (as `linked_pupils` orders them) and
    those pupils' schools."""

    contact: Contact | None = None
    pupils: list[Pupil] = field(default_factory=list)
    schools: dict[int, School] = field(default_factory=dict)
    extra: Any = NOT_LOADED


def find_sender(db: Session, *, channel: Channel, address: str, telegram_user_id: int | None = None,
                extra: ScalarSelect[Any] | None = None) -> Sender:
    """`find_contact`, `linked_pupils` and the pupils' schools, in one query (the webhook hot path).
    `extra`, a scalar subquery, is evaluated in the same query when there is a contact (`Sender.extra`
    stays NOT_LOADED otherwise)."""
    if channel == Channel.telegram:
        if telegram_user_id is None:
            return Sender()
        where = Contact.telegram_user_id == telegram_user_id
    elif channel == Channel.demo:
        contact = find_contact(db, channel=channel, address=address)
        pupils = list(linked_pupils(db, contact.id if contact else None))
        schools = db.exec(select(School).where(col(School.id).in_({p.school_id for p in pupils}))) if pupils else []
        return Sender(contact, pupils, {s.id: s for s in schools})
    else:
        e164 = normalise_phone(address)
        if e164 is None:
            return Sender()
        where = Contact.mobile == e164
    rows = db.exec(
        select(Contact, Pupil, School, extra if extra is not None else literal(None))
        .outerjoin(PupilContact, PupilContact.contact_id == Contact.id)
        .outerjoin(Pupil, Pupil.id == PupilContact.pupil_id)
        .outerjoin(School, School.id == Pupil.school_id)
        .where(where)
        .order_by(Contact.id, Pupil.school_id, Pupil.legal_first_name, Pupil.id)
    )
    found: dict[int, Sender] = {}
    for contact, pupil, school, value in rows:
        sender = found.setdefault(contact.id, Sender(contact, extra=value if extra is not None else NOT_LOADED))
        if pupil is not None:
            sender.pupils.append(pupil)
            sender.schools[school.id] = school
    # as find_contact: a number shared by several contacts is the one linked to pupils, lowest id first
    return min(found.values(), key=lambda s: (not s.pupils, s.contact.id), default=Sender())  # type: ignore[union-attr]
