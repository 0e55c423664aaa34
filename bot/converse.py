"""`rollcall converse`: replay scripted conversations (CONVENTIONS.md, "Conversations") through the real
pipeline, each in a fresh in-memory database as one contact linked to the scenario's children."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import IO, Any

from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool
from sqlmodel import select

from bot.pipeline import handle_inbound
from core.calendar import expand_closed
from models.attendance import AttendanceMark, MarkStatus
from models.db import create_schema, make_engine, session_scope
from models.messages import Channel
from models.people import Contact, Pupil, PupilContact
from models.school import ClosedDay, ClosedKind, School

SCENARIO_MOBILE = "+447700900001"
TIMES = ("am_start", "am_register_close", "pm_start", "pm_register_close", "day_end", "report_deadline")


def _setup(engine: Engine, scenario: dict[str, Any]) -> dict[int, str]:
    """The scenario's school, children and contact; returns pupil row id -> scenario child id."""
    school_data = scenario.get("school") or {}
    with session_scope(engine) as db:
        school = School(name="Scenario school", slug="scenario", timezone=school_data.get("timezone", "Europe/London"),
                        **{k: dt.time.fromisoformat(school_data[k]) for k in TIMES if school_data.get(k)})
        db.add(school)
        db.flush()
        for day in sorted(expand_closed(school_data.get("closed_dates", []))):
            db.add(ClosedDay(school_id=school.id, day=day, kind=ClosedKind.holiday))
        contact = Contact(first_name="Parent", mobile=SCENARIO_MOBILE)
        db.add(contact)
        db.flush()
        ids: dict[int, str] = {}
        for child in scenario.get("children", []):
            legal = child.get("legal_first_name") or child["first_name"]
            pupil = Pupil(school_id=school.id, mis_id=str(child["id"]), legal_first_name=legal,
                          legal_last_name=child.get("last_name", ""),
                          preferred_first_name=child["first_name"] if legal != child["first_name"] else None)
            db.add(pupil)
            db.flush()
            db.add(PupilContact(pupil_id=pupil.id, contact_id=contact.id))
            ids[pupil.id] = str(child["id"])
        return ids


def run_scenario(scenario: dict[str, Any]) -> dict[str, Any]:
    engine = make_engine("sqlite://", poolclass=StaticPool)
    try:
        create_schema(engine)
        ids = _setup(engine, scenario)
        turns = []
        for i, turn in enumerate(scenario.get("turns", [])):
            with session_scope(engine) as db:
                outcome = handle_inbound(db, channel=Channel.sms, address=SCENARIO_MOBILE, text=turn["text"],
                                         now=dt.datetime.fromisoformat(turn["at"]),
                                         provider_id=f"{scenario.get('id', 'scenario')}-{i}")
            turns.append({"action": outcome.action, "reply": outcome.reply})
        marks: dict[str, dict[str, str]] = {}
        with session_scope(engine) as db:
            for mark in db.exec(select(AttendanceMark).where(AttendanceMark.status == MarkStatus.provisional)
                                .order_by(AttendanceMark.day, AttendanceMark.half)):
                marks.setdefault(ids[mark.pupil_id], {})[str(mark.session)] = mark.code
        return {"id": scenario.get("id"), "turns": turns, "marks": marks}
    finally:
        engine.dispose()


def run_scenarios(lines: Iterable[str], out: IO[str]) -> None:
    for line in lines:
        if line.strip():
            out.write(json.dumps(run_scenario(json.loads(line)), ensure_ascii=False) + "\n")
            out.flush()
