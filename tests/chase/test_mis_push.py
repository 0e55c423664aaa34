"""The MIS push API: JSON and CSV registers, per-school API keys, clear refusals, idempotent re-push."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI
from sqlmodel import Session, select

from api import registers
from core.clock import FrozenClock
from core.settings import Settings
from models.attendance import AttendanceMark, MarkAmendment
from models.db import session_scope
from models.messages import Message
from models.school import School
from scheduler.apikeys import new_api_key
from scheduler.engine import tick
from tests.chase.helpers import at, chase_messages, make_world

PUPILS = {"4B": ["Jack", "Amy", "Leo", "Ruby", "Maya", "Zed", "Kian", "Ava", "Finn", "Isla"]}


@pytest.fixture
def world(engine):
    return make_world(engine, PUPILS)


@pytest.fixture
def key(engine, world):
    with session_scope(engine) as db:
        return new_api_key(db.get(School, world.school_id))


@pytest.fixture
def clock():
    return FrozenClock(at(23, 8, 55))


@pytest.fixture
async def client(engine, clock):
    app = FastAPI()
    app.state.engine, app.state.clock, app.state.settings = engine, clock, Settings()
    app.include_router(registers.router)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as c:
        yield c


def body(session="2026-11-23 AM", **absent):
    return {"session": session, "form": "4B",
            "marks": {f"M-{n}": absent.get(n, "/") for n in PUPILS["4B"]}}


def auth(key):
    return {"Authorization": f"Bearer {key}"}


async def test_push_records_marks_and_a_repush_changes_nothing(client, engine, world, key):
    url = f"/api/v1/schools/{world.school_id}/registers"
    first = await client.post(url, json=body(Jack="N", Leo="V"), headers=auth(key))
    assert first.status_code == 200, first.text
    assert first.json()["written"] == 10 and first.json()["chases_started"] == 0
    again = await client.post(url, json=body(Jack="N", Leo="V"), headers=auth(key))
    assert again.status_code == 200 and again.json()["written"] == 0 and again.json()["unchanged"] == 10
    with Session(engine) as db:
        assert len(db.exec(select(MarkAmendment)).all()) == 10
        assert db.exec(select(AttendanceMark.source).distinct()).all() == ["mis"]
    tick(engine, now=at(23, 9, 20))
    assert [c for _, c, _ in chase_messages(world)] == ["Jack-p1"]


async def test_push_after_the_close_chases_at_once(client, engine, world, key, clock):
    tick(engine, now=at(23, 9, 20))  # the close: 4B's register is missing
    clock.set(at(23, 9, 45))
    response = await client.post(f"/api/v1/schools/{world.school_id}/registers", json=body(Amy="N"),
                                 headers=auth(key))
    assert response.json()["chases_started"] == 1
    assert chase_messages(world) == [(at(23, 9, 45), "Amy-p1", "Amy")]


@pytest.mark.parametrize("header", [None, "Bearer wrong", "Basic abc"])
async def test_a_bad_key_is_refused_with_401(client, world, key, header):
    headers = {"Authorization": header} if header else {}
    response = await client.post(f"/api/v1/schools/{world.school_id}/registers", json=body(), headers=headers)
    assert response.status_code in (401, 403)
    assert response.status_code == 401 or header == "Basic abc"


async def test_another_schools_key_is_refused(client, engine, world, key):
    other = make_world(engine, {"9Z": ["Zoe"]}, slug="other", contacts={})
    response = await client.post(f"/api/v1/schools/{other.school_id}/registers", json=body(), headers=auth(key))
    assert response.status_code == 401


@pytest.mark.parametrize(("payload", "needle"), [
    (body() | {"marks": {"M-Jack": "/", "M-Nobody": "N"}}, "unknown pupils (MIS ids): M-Nobody"),
    (body("2026-11-27 AM"), "not an open school day"),
    (body("2026-11-24 AM"), "in the future"),
    (body("2026-11-23 XX"), "session must look like"),
    (body() | {"marks": {"M-Jack": "?"}}, "unknown register codes"),
    ({"form": "4B"}, "session"),
])
async def test_bad_registers_are_refused_with_clear_errors(client, engine, world, key, payload, needle):
    response = await client.post(f"/api/v1/schools/{world.school_id}/registers", json=payload, headers=auth(key))
    assert response.status_code == 422
    assert needle in response.text
    with Session(engine) as db:
        assert db.exec(select(AttendanceMark)).all() == []  # nothing half recorded


async def test_csv_upload_records_several_registers(client, engine, key):
    world = make_world(engine, {"4B": ["Jack", "Amy"], "5C": ["Leo", "Ruby"]}, slug="csv")
    with session_scope(engine) as db:
        key = new_api_key(db.get(School, world.school_id))
    csv = ("session,form,mis_id,code\n2026-11-23 AM,4B,M-Jack,N\n2026-11-23 AM,4B,M-Amy,/\n"
           "2026-11-23 AM,5C,M-Leo,/\n2026-11-23 AM,5C,M-Ruby,L\n")
    url = f"/api/v1/schools/{world.school_id}/registers.csv"
    response = await client.post(url, files={"file": ("am.csv", csv, "text/csv")}, headers=auth(key))
    assert response.status_code == 200, response.text
    assert [(r["form"], r["written"]) for r in response.json()] == [("4B", 2), ("5C", 2)]
    again = await client.post(url, files={"file": ("am.csv", csv, "text/csv")}, headers=auth(key))
    assert [r["unchanged"] for r in again.json()] == [2, 2]
    bad = await client.post(url, files={"file": ("x.csv", "session,form\n2026-11-23 AM,4B\n", "text/csv")},
                            headers=auth(key))
    assert bad.status_code == 422 and "header" in bad.text


def test_the_api_is_documented_in_openapi():
    app = FastAPI()
    app.include_router(registers.router)
    schema = app.openapi()
    op = schema["paths"]["/api/v1/schools/{school_id}/registers"]["post"]
    assert "Idempotent" in op["description"] and "401" in op["responses"]
    push = schema["components"]["schemas"]["RegisterPush"]["properties"]
    assert "YYYY-MM-DD AM" in push["session"]["description"] and push["marks"]["description"]
    assert "/api/v1/schools/{school_id}/registers.csv" in schema["paths"]
    assert schema["components"]["securitySchemes"]["HTTPBearer"]["type"] == "http"


def test_the_key_is_stored_only_as_a_hash(engine, world, key):
    with Session(engine) as db:
        stored = db.get(School, world.school_id).api_key_hash
        assert stored.startswith("sha256:") and key not in stored
        assert db.exec(select(Message)).all() == []


def test_the_app_serves_the_mis_push(engine, clock):
    from api.app import create_app

    app = create_app(Settings(), engine=engine, clock=clock, run_background=False)
    assert "/api/v1/schools/{school_id}/registers" in app.openapi()["paths"]
