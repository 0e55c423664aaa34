"""The Telegram adapter (aiogram 3): linking by deep link and the share-my-number button, the commands a
parent expects, and every other message into the pipeline. Replies go through the outbox, never
straight to Telegram, so they are retried and rate-limited like every other message.

Each update is stored as an inbound Message keyed by its `update_id`, in the same transaction as its
effect, so a redelivered update does nothing twice. The dispatcher receives `engine`, `clock` and
`settings` as workflow data (webhook and long polling alike).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from aiogram import Bot, Dispatcher, F, Router
from aiogram.exceptions import TelegramAPIError
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.types import Message as TgMessage
from aiogram.types import Update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from bot import texts
from bot.identify import linked_pupils, normalise_phone
from bot.outbox import enqueue
from bot.pipeline import process_inbound, reopen_telegram
from core.clock import Clock
from core.settings import Settings
from models.db import session_scope
from models.messages import Channel, Direction, Message, MessageKind, MessageStatus
from models.people import Contact
from models.school import School

ACCEPTED_DOCUMENTS = frozenset({"application/pdf", "image/jpeg", "image/png", "image/heic", "image/webp"})


def build_dispatcher() -> Dispatcher:
    """A dispatcher with the parents' handlers (a fresh router each time: aiogram routers attach once)."""
    router = Router(name="parents")
    router.message.filter(F.chat.type == "private")  # never answer about a child in a group chat
    router.message.register(on_start, CommandStart())
    router.message.register(on_command, Command("help", "children", "language"))
    router.message.register(on_contact, F.contact)
    router.message.register(on_message)
    dispatcher = Dispatcher()
    dispatcher.include_router(router)
    return dispatcher


def _store(db: Session, *, update_id: int, chat_id: int, text: str, now: dt.datetime,
           contact: Contact | None) -> Message | None:
    """Keep a command or contact update as an inbound message; None when it was already handled."""
    provider_id = str(update_id)
    exists = select(Message.id).where(Message.channel == Channel.telegram, Message.direction == Direction.inbound,
                                      Message.provider_id == provider_id)
    if db.exec(exists).first() is not None:
        return None
    message = Message(channel=Channel.telegram, direction=Direction.inbound, kind=MessageKind.other,
                      provider_id=provider_id, address=str(chat_id), body=text[:4000], status=MessageStatus.processed,
                      contact_id=contact.id if contact else None, created_at=now)
    try:
        with db.begin_nested():
            db.add(message)
            db.flush()
    except IntegrityError:
        return None
    return message


def _say(db: Session, message: Message, body: str, now: dt.datetime, media: list[dict[str, Any]] | None = None,
         language: str | None = None) -> None:
    enqueue(db, channel=Channel.telegram, address=message.address, body=body, now=now, kind=MessageKind.reply,
            contact_id=message.contact_id, in_reply_to_id=message.id, media=media, language=language)


def _contact_of(db: Session, user_id: int | None) -> Contact | None:
    if user_id is None:
        return None
    return db.exec(select(Contact).where(Contact.telegram_user_id == user_id)).first()


def start(engine: Engine, *, update_id: int, chat_id: int, user_id: int | None, payload: str | None,
          now: dt.datetime, app_language: str | None = None) -> None:
    """`app_language` is the Telegram app's language (`from_user.language_code`): what a stranger is answered in."""
    with session_scope(engine) as db:
        contact = _contact_of(db, user_id)
        message = _store(db, update_id=update_id, chat_id=chat_id, text=f"/start {payload or ''}".strip(), now=now,
                         contact=contact)
        if message is None:
            return
        language = texts.contact_language(db, contact, app_language)
        if contact is not None and linked_pupils(db, contact.id):
            reopen_telegram(db, contact, message, now)
            _say(db, message, texts.say(texts.HELP, language), now, language=language)
        else:
            button = {"type": "request_contact", "label": texts.say(texts.LINK_BUTTON, language)}
            _say(db, message, texts.say(texts.LINK_ASK, language), now, [button], language)


def link(engine: Engine, *, update_id: int, chat_id: int, user_id: int, shared_user_id: int | None,
         phone: str, now: dt.datetime, app_language: str | None = None) -> bool:
    """Link a Telegram account to the contact whose number it shared, if the number is the sender's own
    and is on record (and matches the family's deep link, when they came by one)."""
    with session_scope(engine) as db:
        message = _store(db, update_id=update_id, chat_id=chat_id, text=f"[shared contact {phone}]", now=now,
                         contact=_contact_of(db, user_id))
        if message is None:
            return False
        contact = _match(db, chat_id=chat_id, phone=phone) if shared_user_id == user_id else None
        pupils = linked_pupils(db, contact.id) if contact else []
        if contact is None or not pupils or contact.telegram_user_id not in (None, user_id):
            message.status_reason = "link refused"
            language = texts.reply_language(app_language)  # nothing of a contact this sender did not prove
            _say(db, message, texts.say(texts.LINK_REFUSED, language), now, [{"type": "remove_keyboard"}], language)
            return False
        for other in db.exec(select(Contact).where(Contact.telegram_user_id == user_id, Contact.id != contact.id)):
            other.telegram_user_id = other.telegram_chat_id = None
            db.add(other)
        db.flush()
        contact.telegram_user_id, contact.telegram_chat_id, contact.updated_at = user_id, chat_id, now
        db.add(contact)
        message.contact_id = contact.id
        language = texts.contact_language(db, contact, app_language)
        _say(db, message, texts.linked(pupils, language), now, [{"type": "remove_keyboard"}], language)
        return True


def _match(db: Session, *, chat_id: int, phone: str) -> Contact | None:
    e164 = normalise_phone(phone)
    if e164 is None:
        return None
    started = db.exec(select(Message.body).where(
        Message.channel == Channel.telegram, Message.direction == Direction.inbound, Message.address == str(chat_id),
        col(Message.body).startswith("/start "),
    ).order_by(col(Message.id).desc())).first()
    payload = started.removeprefix("/start ").strip() if started else ""
    if payload:
        invited = db.exec(select(Contact).where(Contact.link_code == payload)).first()
        if invited is not None:
            return invited if invited.mobile == e164 else None
    candidates = db.exec(select(Contact).where(Contact.mobile == e164).order_by(Contact.id))
    return next((c for c in candidates if linked_pupils(db, c.id)), None)


def run_command(engine: Engine, *, name: str, args: str | None, update_id: int, chat_id: int, user_id: int | None,
            now: dt.datetime, app_language: str | None = None) -> None:
    """/help, /children, /language: the last two only for a linked account."""
    with session_scope(engine) as db:
        contact = _contact_of(db, user_id)
        message = _store(db, update_id=update_id, chat_id=chat_id, text=f"/{name} {args or ''}".strip(), now=now,
                         contact=contact)
        if message is None:
            return
        pupils = linked_pupils(db, contact.id) if contact else []
        language = texts.contact_language(db, contact, app_language)
        helptext = texts.say(texts.HELP, language)
        if name == "help":
            unlinked = texts.say(texts.UNLINKED_TELEGRAM, language)
            _say(db, message, helptext if pupils else f"{helptext}\n\n{unlinked}", now, language=language)
        elif not pupils or contact is None:
            message.status, message.status_reason = MessageStatus.quarantined, "unlinked Telegram user"
            _say(db, message, texts.say(texts.UNLINKED_TELEGRAM, language), now, language=language)
        elif name == "children":
            schools = {s.id: s.name for s in db.exec(select(School).where(
                col(School.id).in_({p.school_id for p in pupils})))}
            _say(db, message, texts.children_list(pupils, schools, language), now, language=language)
        else:
            code = (args or "").strip().lower()
            if code in texts.LANGUAGES:
                contact.language, contact.updated_at = code, now
                db.add(contact)
                _say(db, message, texts.say(texts.LANGUAGE_SET, code, language=texts.LANGUAGES[code]), now,
                     language=code)
            else:
                codes = ", ".join(f"{c} ({native})" for c, native in texts.LANGUAGES.items())
                _say(db, message, texts.say(texts.LANGUAGE_ASK, language, codes=codes), now, language=language)


def report(engine: Engine, *, update_id: int, chat_id: int, user_id: int | None, text: str,
           media: list[dict[str, Any]], now: dt.datetime) -> None:
    process_inbound(engine, channel=Channel.telegram, address=str(chat_id), text=text, now=now,
                    provider_id=str(update_id), media=media, telegram_user_id=user_id)


async def _media(bot: Bot, message: TgMessage, max_bytes: int) -> list[dict[str, Any]]:
    """The photo (largest size within the limit) or document sent, downloaded; refusals as error entries."""
    if message.photo:
        fitting = [p for p in message.photo if (p.file_size or 0) <= max_bytes]
        if not fitting:
            return [{"content_type": "image/jpeg", "error": f"too large: over {max_bytes} bytes", "data": None}]
        file_id, content_type, name = fitting[-1].file_id, "image/jpeg", "photo.jpg"
    elif message.document:
        doc = message.document
        content_type, name = doc.mime_type or "", doc.file_name or "document"
        if content_type not in ACCEPTED_DOCUMENTS:
            return [{"content_type": content_type, "filename": name, "error": "not a photo or PDF", "data": None}]
        if (doc.file_size or 0) > max_bytes:
            return [{"content_type": content_type, "filename": name, "error": f"too large: over {max_bytes} bytes",
                     "data": None}]
        file_id = doc.file_id
    else:
        return []
    try:
        data = await bot.download(file_id)
    except (TelegramAPIError, TimeoutError, OSError) as exc:
        return [{"content_type": content_type, "filename": name, "error": f"download failed: {exc}"[:200],
                 "data": None}]
    return [{"content_type": content_type, "filename": name, "data": data.read() if data else None}]


async def on_start(message: TgMessage, command: CommandObject, event_update: Update, engine: Engine,
                   clock: Clock) -> None:
    await asyncio.to_thread(start, engine, update_id=event_update.update_id, chat_id=message.chat.id,
                            user_id=message.from_user.id if message.from_user else None, payload=command.args,
                            now=clock.now(), app_language=_app_language(message))


async def on_command(message: TgMessage, command: CommandObject, event_update: Update, engine: Engine,
                     clock: Clock) -> None:
    await asyncio.to_thread(run_command, engine, name=command.command, args=command.args,
                            update_id=event_update.update_id, chat_id=message.chat.id,
                            user_id=message.from_user.id if message.from_user else None, now=clock.now(),
                            app_language=_app_language(message))


async def on_contact(message: TgMessage, event_update: Update, engine: Engine, clock: Clock) -> None:
    if message.from_user is None or message.contact is None:
        return
    await asyncio.to_thread(link, engine, update_id=event_update.update_id, chat_id=message.chat.id,
                            user_id=message.from_user.id, shared_user_id=message.contact.user_id,
                            phone=message.contact.phone_number, now=clock.now(), app_language=_app_language(message))


async def on_message(message: TgMessage, bot: Bot, event_update: Update, engine: Engine, clock: Clock,
                     settings: Settings) -> None:
    """Any other message (text, photo with caption, a sticker...) is a parent's message for the pipeline."""
    user_id = message.from_user.id if message.from_user else None
    media: list[dict[str, Any]] = []
    if (message.photo or message.document) and await asyncio.to_thread(_is_linked, engine, user_id):
        media = await _media(bot, message, settings.max_media_bytes)  # never fetch files for strangers
    await asyncio.to_thread(report, engine, update_id=event_update.update_id, chat_id=message.chat.id,
                            user_id=user_id, text=message.text or message.caption or "", media=media, now=clock.now())


def _app_language(message: TgMessage) -> str | None:
    return message.from_user.language_code if message.from_user else None


def _is_linked(engine: Engine, user_id: int | None) -> bool:
    with Session(engine) as db:
        return _contact_of(db, user_id) is not None
