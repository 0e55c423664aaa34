"""Twilio webhooks: inbound SMS and WhatsApp (one adapter: WhatsApp senders are `whatsapp:+44...`) and
delivery status callbacks. Every request must carry a valid `X-Twilio-Signature` computed over the
configured public URL (not the URL this process sees behind a proxy); anything else is refused and
nothing is stored. Replies are queued in the outbox and sent through the REST API, so the TwiML
answer is always empty.

Point the Twilio number's (and WhatsApp sender's) "A message comes in" webhook at
`<public_base_url>/webhooks/twilio/sms`; outbound messages ask for status callbacks at
`<public_base_url>/webhooks/twilio/status` themselves."""

from __future__ import annotations

import asyncio
import urllib.parse
from typing import Any

import httpx
from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy.engine import Engine
from sqlmodel import col, select
from twilio.request_validator import RequestValidator

from bot.evidence import download
from bot.identify import WHATSAPP_PREFIX
from bot.pipeline import process_inbound
from core.clock import Clock
from core.settings import Settings
from models.conversation import OptOutAction, OptOutEvent
from models.db import session_scope
from models.messages import Channel, Direction, Message, MessageStatus
from models.people import Contact

router = APIRouter(prefix="/webhooks/twilio", tags=["webhooks"])
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
MAX_MEDIA = 5
STATUS_RANK = {MessageStatus.queued: 0, MessageStatus.sending: 1, MessageStatus.sent: 2, MessageStatus.delivered: 3,
               MessageStatus.undelivered: 4, MessageStatus.failed: 4}
TWILIO_STATUS = {"sent": MessageStatus.sent, "delivered": MessageStatus.delivered, "read": MessageStatus.delivered,
                 "undelivered": MessageStatus.undelivered, "failed": MessageStatus.failed}


class BodyTooLarge(Exception):
    pass


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refusing to buffer more than `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def _problem(status: int, detail: str) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status)


async def _signed_form(request: Request, settings: Settings) -> dict[str, str] | JSONResponse:
    """The form parameters of a correctly signed request, or the refusal to send back."""
    if not settings.twilio_auth_token:
        return _problem(404, "Twilio is not configured")
    signature = request.headers.get("X-Twilio-Signature", "")
    if not signature:
        return _problem(403, "missing X-Twilio-Signature")
    try:
        body = await read_body(request, settings.max_webhook_bytes)
    except BodyTooLarge:
        return _problem(413, f"body over {settings.max_webhook_bytes} bytes")
    try:
        params = dict(urllib.parse.parse_qsl(body.decode("utf-8", errors="strict"), keep_blank_values=True,
                                             strict_parsing=bool(body), errors="strict"))
    except (UnicodeDecodeError, ValueError):
        return _problem(400, "body is not a form (application/x-www-form-urlencoded, UTF-8)")
    url = settings.public_base_url.rstrip("/") + request.url.path
    if request.url.query:
        url += "?" + request.url.query
    validator = RequestValidator(settings.twilio_auth_token.get_secret_value())
    if not validator.validate(url, params, signature):
        return _problem(403, "invalid X-Twilio-Signature")
    return params


async def _media(params: dict[str, str], settings: Settings) -> list[dict[str, Any]]:
    count = int(params.get("NumMedia") or 0) if (params.get("NumMedia") or "0").isdigit() else 0
    if not count:
        return []
    token = settings.twilio_auth_token.get_secret_value() if settings.twilio_auth_token else ""
    auth = (settings.twilio_account_sid or "", token)
    async with httpx.AsyncClient(timeout=15) as client:
        items = [await download(client, params[f"MediaUrl{i}"], max_bytes=settings.max_media_bytes, auth=auth,
                                content_type=params.get(f"MediaContentType{i}", ""))
                 for i in range(min(count, MAX_MEDIA)) if params.get(f"MediaUrl{i}")]
    if count > MAX_MEDIA:
        items.append({"error": f"only the first {MAX_MEDIA} attachments are kept", "data": None})
    return items


def _inbound(engine: Engine, clock: Clock, params: dict[str, str], media: list[dict[str, Any]]) -> None:
    sender = params["From"]
    channel = Channel.whatsapp if sender.lower().startswith(WHATSAPP_PREFIX) else Channel.sms
    process_inbound(engine, channel=channel, address=sender, text=params.get("Body", ""), now=clock.now(),
                    provider_id=params.get("MessageSid") or params.get("SmsSid") or None, media=media)


@router.post("/sms", summary="Inbound SMS, MMS and WhatsApp messages (Twilio Messaging webhook)")
async def inbound_message(request: Request) -> Response:
    settings: Settings = request.app.state.settings
    params = await _signed_form(request, settings)
    if isinstance(params, JSONResponse):
        return params
    if not params.get("From") or not params.get("MessageSid"):
        return _problem(400, "a Twilio message webhook needs From and MessageSid")
    media = await _media(params, settings)
    await asyncio.to_thread(_inbound, request.app.state.engine, request.app.state.clock, params, media)
    return Response(EMPTY_TWIML, media_type="text/xml")


def _status(engine: Engine, clock: Clock, sid: str, status: MessageStatus, error: str | None) -> bool:
    now = clock.now()
    with session_scope(engine) as db:
        message = db.exec(select(Message).where(
            Message.provider_id == sid, Message.direction == Direction.outbound,
            col(Message.channel).in_([Channel.sms, Channel.whatsapp]),
        )).first()
        if message is None:
            return False
        if STATUS_RANK.get(status, 0) >= STATUS_RANK.get(message.status, 0) and message.status != status:
            message.status = status
            if status == MessageStatus.delivered:
                message.delivered_at = now
            if error:
                message.status_reason = f"Twilio error {error}"
            db.add(message)
        if error == "21610" and message.contact_id:
            contact = db.get(Contact, message.contact_id)
            if contact is not None and str(message.channel) not in contact.opted_out_channels:
                contact.opted_out_channels = [*contact.opted_out_channels, str(message.channel)]
                db.add(contact)
                db.add(OptOutEvent(contact_id=contact.id, channel=message.channel, address=message.address,
                                   action=OptOutAction.stop, message_id=message.id, at=now))
        return True


@router.post("/status", summary="Delivery status callbacks for outbound messages")
async def delivery_status(request: Request) -> Response:
    params = await _signed_form(request, request.app.state.settings)
    if isinstance(params, JSONResponse):
        return params
    status = TWILIO_STATUS.get((params.get("MessageStatus") or "").lower())
    sid = params.get("MessageSid") or ""
    if status is not None and sid:
        await asyncio.to_thread(_status, request.app.state.engine, request.app.state.clock, sid, status,
                                params.get("ErrorCode") or None)
    return Response(status_code=204)
