"""`rollcall simulate`: replay chase scenarios (CHASE.md) through the real scheduler, parent-message
pipeline and outbox, each in a fresh SQLite database, with a clock that steps from event to due
step to event until the scenario's `until`. The outbox sender hands messages to fake providers
after every tick, so a reply withdraws only what had not gone yet."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot.identify import normalise_phone
from core.calendar import Session as RegisterSession
from core.calendar import expand_closed
from core.clock import FrozenClock
from core.policy import ChasePolicy, SchoolPolicy
from models.attendance import Actor, AttendanceMark, MarkSource, MarkStatus
from models.db import create_schema, make_engine, session_scope
from models.messages import Channel, Direction, Message, MessageKind, MessageStatus
from models.people import Contact, Pupil, PupilContact
from models.school import ClosedDay, School
from models.tasks import StaffTask
from scheduler.engine import next_due, tick
from scheduler.ladder import TASK_KINDS
from scheduler.registers import RegisterRefused, record_register, sign_in_late

TEACHER = Actor("Class teacher (simulation)", "teacher")
OFFICE = Actor("Office (simulation)", "office")
SENT = (MessageStatus.sending, MessageStatus.sent, MessageStatus.delivered)
SCHOOL_TIMES = ("am_start", "am_register_close", "pm_start", "pm_register_close", "day_end", "report_deadline")


def _when(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).astimezone(dt.UTC)


class Scenario:
    """One scenario loaded into a database: ids in the scenario mapped to rows."""

    def __init__(self, engine: Engine, data: dict[str, Any]) -> None:
        self.engine, self.data = engine, data
        self.pupils: dict[str, int] = {}
        self.errors: list[str] = []
        self.contacts: dict[str, Contact] = {}
        with session_scope(engine) as db:
            self.school_id = self._seed(db)
        self.pupil_names = {v: k for k, v in self.pupils.items()}
        self.contact_names = {c.id: k for k, c in self.contacts.items()}

    def _seed(self, db: Session) -> int:
        spec = self.data.get("school") or {}
        school = School(name=spec.get("name", "Simulated school"), slug="sim", timezone=spec.get("timezone",
                                                                                              "Europe/London"))
        for name in SCHOOL_TIMES:
            if spec.get(name):
                setattr(school, name, dt.time.fromisoformat(spec[name]))
        policy = SchoolPolicy.model_validate(spec.get("policy") or {})
        chase_settings = {k: v for k, v in spec.items() if k in ChasePolicy.model_fields}
        if chase_settings:  # chase settings may also sit directly on the school object
            policy.chase = ChasePolicy.model_validate({**policy.chase.model_dump(), **chase_settings})
        school.set_policy(policy)
        db.add(school)
        db.flush()
        assert school.id is not None
        for day in sorted(expand_closed(spec.get("closed_dates", []))):
            db.add(ClosedDay(school_id=school.id, day=day))
        for p in self.data.get("pupils", []):
            pupil = Pupil(school_id=school.id, mis_id=p["id"], legal_first_name=p.get("first_name", p["id"]),
                          legal_last_name=p.get("last_name", ""), form=p.get("class", ""), gender=p.get("gender"),
                          **{flag: True for flag in p.get("flags", [])})
            db.add(pupil)
            db.flush()
            self.pupils[p["id"]] = pupil.id or 0
        for i, c in enumerate(self.data.get("contacts", []), start=1):
            first, _, last = c.get("name", c["id"]).partition(" ")
            contact = Contact(first_name=first, last_name=last, language=c.get("language"), mis_ref=c["id"],
                              preferred_channel=c.get("channel", "sms"))
            address = str(c.get("address") or "")
            if c.get("channel") == "telegram":
                chat = address.removeprefix("tg:")
                contact.telegram_user_id = contact.telegram_chat_id = int(chat) if chat.isdigit() else 900000 + i
            else:
                contact.mobile = normalise_phone(address) or address.removeprefix("whatsapp:")
            db.add(contact)
            db.flush()
            self.contacts[c["id"]] = contact
            for pupil_ref, priority in (c.get("pupils") or {}).items():
                if pupil_ref in self.pupils:
                    db.add(PupilContact(pupil_id=self.pupils[pupil_ref], contact_id=contact.id, priority=priority))
        return school.id

    def apply(self, db: Session, index: int, event: dict[str, Any], now: dt.datetime) -> None:
        school = db.get(School, self.school_id)
        assert school is not None
        if "register" in event:
            reg = event["register"]
            marks = {self.pupils[p]: code for p, code in reg["marks"].items() if p in self.pupils}
            record_register(db, school=school, form=reg["class"], session=RegisterSession.parse(reg["session"]),
                            marks=marks, now=now, actor=TEACHER, source=MarkSource.register)
        elif "message" in event:
            from bot.pipeline import handle_inbound

            contact = self.contacts[event["message"]["from"]]
            channel = Channel(contact.preferred_channel or "sms")
            address = str(contact.telegram_chat_id) if channel == Channel.telegram else contact.mobile or ""
            handle_inbound(db, channel=channel, address=address, text=event["message"]["text"], now=now,
                           provider_id=f"sim-{index}", telegram_user_id=contact.telegram_user_id)
        elif "arrival" in event:
            pupil = db.get(Pupil, self.pupils[event["arrival"]["pupil"]])
            assert pupil is not None
            sign_in_late(db, school=school, pupil=pupil, arrival=dt.time.fromisoformat(event["arrival"]["time"]),
                         now=now, actor=OFFICE)

    def run(self) -> None:
        events = sorted(enumerate(self.data.get("events", [])), key=lambda ie: (_when(ie[1]["at"]), ie[0]))
        until = _when(self.data["until"])
        now = _when(events[0][1]["at"]) if events else until
        pending = list(events)
        while now <= until:
            while pending and _when(pending[0][1]["at"]) <= now:
                index, event = pending.pop(0)
                try:
                    with session_scope(self.engine) as db:
                        self.apply(db, index, event, now)
                except (RegisterRefused, KeyError, ValueError) as exc:  # a bad event is reported, not fatal
                    self.errors.append(f"event {index} at {event.get('at')}: {type(exc).__name__}: {exc}")
            tick(self.engine, now=now, worker="simulation")
            self.deliver(now)
            with Session(self.engine) as db:
                due = next_due(db)
            upcoming = [t for t in (due, _when(pending[0][1]["at"]) if pending else None) if t is not None]
            if not upcoming:
                break
            now = max(min(upcoming), now + dt.timedelta(seconds=1))

    def deliver(self, now: dt.datetime) -> None:
        """Hand every due outbound message to the fake providers, as the outbox sender would."""
        from bot.providers import DemoProvider
        from bot.ratelimit import RateLimiter
        from bot.sender import drain_once

        fake = DemoProvider()
        providers = {channel: fake for channel in Channel}

        async def drain() -> None:
            limiter = RateLimiter()
            while (await drain_once(self.engine, providers, clock=FrozenClock(now), limiter=limiter,
                                    worker="simulation")).claimed:
                pass

        asyncio.run(drain())

    def outcome(self) -> dict[str, Any]:
        with Session(self.engine) as db:
            sent = db.exec(select(Message).where(Message.direction == Direction.outbound,
                                                 Message.kind == MessageKind.chase,
                                                 col(Message.status).in_(SENT))
                           .order_by(col(Message.created_at), col(Message.id))).all()
            tasks = db.exec(select(StaffTask).where(col(StaffTask.kind).in_(TASK_KINDS))
                            .order_by(col(StaffTask.created_at), col(StaffTask.id))).all()
            marks = db.exec(select(AttendanceMark).where(col(AttendanceMark.code).not_in(["/", "\\"]),
                                                         AttendanceMark.status != MarkStatus.withdrawn)
                            .order_by(col(AttendanceMark.day), col(AttendanceMark.half))).all()
        out_marks: dict[str, dict[str, str]] = {}
        for m in marks:
            out_marks.setdefault(self.pupil_names[m.pupil_id], {})[str(m.session)] = m.code
        return {
            "id": self.data.get("id"),
            "messages": [{"at": m.created_at.isoformat(), "to": self.contact_names.get(m.contact_id),
                          "pupil": self.pupil_names.get(m.pupil_id or 0), "channel": str(m.channel), "text": m.body}
                         for m in sent],
            "tasks": [_task_json(t, self.pupil_names) for t in tasks],
            "marks": out_marks,
            **({"errors": self.errors} if self.errors else {}),
        }


def _task_json(task: StaffTask, names: dict[int, str]) -> dict[str, Any]:
    out: dict[str, Any] = {"at": task.created_at.isoformat(), "kind": task.kind}
    if task.pupil_id is not None:
        out["pupil"] = names.get(task.pupil_id)
    elif task.form:
        out["class"] = task.form
    return out


def simulate(data: dict[str, Any]) -> dict[str, Any]:
    """Run one scenario in a fresh database and return what was sent, raised and marked."""
    with tempfile.TemporaryDirectory(prefix="rollcall-sim-") as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'sim.db'}")
        try:
            create_schema(engine)
            scenario = Scenario(engine, data)
            scenario.run()
            return scenario.outcome()
        finally:
            engine.dispose()


def read_scenarios(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    for line in lines:
        if line.strip():
            yield json.loads(line)


def timeline(data: dict[str, Any], result: dict[str, Any]) -> str:
    """A readable per-scenario timeline: what happened and what Rollcall did, in order."""
    tz = (data.get("school") or {}).get("timezone", "Europe/London")
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(tz)
    rows: list[tuple[dt.datetime, str]] = []
    for e in data.get("events", []):
        if "register" in e:
            reg = e["register"]
            absent = [f"{p} {c}" for p, c in reg["marks"].items() if c not in ("/", "\\")]
            what = f"register {reg['class']} {reg['session']}: {len(reg['marks'])} pupils" + (
                f"; {', '.join(absent)}" if absent else ", all present")
        elif "message" in e:
            what = f"parent {e['message']['from']} writes: {e['message']['text']!r}"
        else:
            what = f"office signs in {e['arrival']['pupil']} at {e['arrival']['time']}"
        rows.append((_when(e["at"]), f"   {what}"))
    for m in result["messages"]:
        rows.append((_when(m["at"]), f"-> chase message to {m['to']} about {m['pupil']} ({m['channel']})"))
    for t in result["tasks"]:
        rows.append((_when(t["at"]), f"!! task {t['kind']} {t.get('pupil') or t.get('class') or '(whole school)'}"))
    lines = [f"== {data.get('id')}"]
    day = None
    for when, text in sorted(rows, key=lambda r: r[0]):
        local = when.astimezone(zone)
        if local.date() != day:
            day = local.date()
            lines.append(f"  {day:%a %d %b %Y}")
        lines.append(f"    {local:%H:%M:%S} {text}")
    lines.append("  marks at the end: " + ("; ".join(
        f"{p} " + ", ".join(f"{s} {c}" for s, c in sessions.items()) for p, sessions in result["marks"].items())
        or "all present"))
    lines += [f"  not replayed: {error}" for error in result.get("errors", [])]
    return "\n".join(lines)


def school_settings(engine: Engine, slug: str) -> dict[str, Any]:
    """A live school's times, closed days and policy in the scenario's shape, so a school can replay
    scenarios under its own settings before it goes live."""
    with Session(engine) as db:
        school = db.exec(select(School).where(School.slug == slug)).first()
        if school is None:
            raise LookupError(f"no school with slug {slug!r}")
        closed = db.exec(select(ClosedDay.day).where(ClosedDay.school_id == school.id)).all()
        return {"name": school.name, "timezone": school.timezone, "policy": school.policy or {},
                "closed_dates": [d.isoformat() for d in closed],
                **{name: getattr(school, name).strftime("%H:%M") for name in SCHOOL_TIMES}}


def run_cli(stdin: TextIO, stdout: TextIO, fmt: str = "json", school: dict[str, Any] | None = None) -> int:
    """Replay each scenario on stdin; `school` (see `school_settings`) replaces every scenario's school."""
    count = 0
    for data in read_scenarios(stdin):
        if school is not None:
            data = {**data, "school": school}
        result = simulate(data)
        if fmt == "table":
            stdout.write(timeline(data, result) + "\n\n")
        else:
            stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        stdout.flush()
        count += 1
    return count
