"""The demo channel: a browser page playing a parent's phone. Pick a demo contact and chat with
Rollcall through the same pipeline as Telegram and SMS; replies go through the outbox and the demo
provider delivers them. Only in demo mode (the embedded default), so it needs no credentials."""

from __future__ import annotations

import asyncio
from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, or_, select

from bot.identify import DEMO_PREFIX, linked_pupils
from bot.pipeline import process_inbound
from core.clock import Clock
from models.messages import Channel, Direction, Message
from models.people import Contact, PupilContact

router = APIRouter(prefix="/demo/phone", tags=["demo"])
templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
MAX_CONTACTS = 200


class DemoText(BaseModel):
    text: str = Field(min_length=1, max_length=2000)


def _demo_only(request: Request) -> None:
    if not request.app.state.settings.demo_mode:
        raise HTTPException(404, "the demo phone exists only in demo mode")


def _contacts(engine: Engine) -> list[dict[str, object]]:
    with Session(engine) as db:
        ids = select(PupilContact.contact_id).distinct()
        contacts = db.exec(select(Contact).where(col(Contact.id).in_(ids)).order_by(Contact.id).limit(MAX_CONTACTS))
        return [{"id": c.id, "name": c.name or f"Contact {c.id}",
                 "children": [p.first_name for p in linked_pupils(db, c.id)]} for c in contacts]


def _thread(engine: Engine, contact_id: int) -> list[dict[str, object]]:
    """The conversation as the contact's phone shows it: their demo messages and everything sent to them there."""
    with Session(engine) as db:
        rows = db.exec(select(Message).where(
            Message.channel == Channel.demo,
            or_(Message.contact_id == contact_id, Message.address == f"{DEMO_PREFIX}{contact_id}"),
        ).order_by(col(Message.created_at), col(Message.id)).limit(500))
        return [{"id": m.id, "from": "parent" if m.direction == Direction.inbound else "rollcall", "text": m.body,
                 "status": str(m.status), "at": m.created_at.isoformat()} for m in rows]


def _send(engine: Engine, clock: Clock, contact_id: int, text: str) -> None:
    with Session(engine) as db:
        if db.get(Contact, contact_id) is None:
            raise HTTPException(404, "no such contact")
    process_inbound(engine, channel=Channel.demo, address=f"{DEMO_PREFIX}{contact_id}", text=text, now=clock.now())


@router.get("", response_class=HTMLResponse, summary="The parent's phone (demo mode)")
async def phone_page(request: Request) -> HTMLResponse:
    _demo_only(request)
    contacts = await asyncio.to_thread(_contacts, request.app.state.engine)
    return templates.TemplateResponse(request, "demo/phone.html", {"contacts": contacts})


@router.get("/contacts", summary="Demo contacts to play")
async def contacts(request: Request) -> list[dict[str, object]]:
    _demo_only(request)
    return await asyncio.to_thread(_contacts, request.app.state.engine)


@router.get("/{contact_id}/messages", summary="The demo conversation with one contact")
async def thread(request: Request, contact_id: int) -> list[dict[str, object]]:
    _demo_only(request)
    return await asyncio.to_thread(_thread, request.app.state.engine, contact_id)


@router.post("/{contact_id}/messages", status_code=202, summary="Send a message as this contact")
async def send(request: Request, contact_id: int, payload: DemoText) -> list[dict[str, object]]:
    _demo_only(request)
    state = request.app.state
    await asyncio.to_thread(_send, state.engine, state.clock, contact_id, payload.text)
    return await asyncio.to_thread(_thread, state.engine, contact_id)
