"""Who sent a message: phone numbers to E.164, addresses to contacts, contacts to their children."""

from __future__ import annotations

from collections.abc import Sequence

import phonenumbers
from sqlalchemy import exists
from sqlmodel import Session, select

from models.messages import Channel
from models.people import Contact, Pupil, PupilContact

WHATSAPP_PREFIX = "whatsapp:"
DEMO_PREFIX = "demo:"


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
