"""The demo phone page and `rollcall converse`, both through the same pipeline."""

from __future__ import annotations

import io
import json

import httpx

from api.app import create_app
from bot.converse import run_scenarios
from models.messages import Channel, Direction, MessageStatus
from tests.channels.conftest import messages


async def test_demo_phone_chats_through_the_pipeline(client, engine, family, outbox, clock):
    page = await client.get("/demo/phone")
    assert page.status_code == 200 and "Sarah Hughes (Amelia, Jack)" in page.text
    sent = await client.post(f"/demo/phone/{family.contact_id}/messages",
                             json={"text": "Jack has a temperature so won't be in today"})
    assert sent.status_code == 202
    thread = sent.json()
    assert [m["from"] for m in thread] == ["parent", "rollcall"] and thread[1]["status"] == "queued"
    await outbox()
    thread = (await client.get(f"/demo/phone/{family.contact_id}/messages")).json()
    assert thread[1]["status"] == "sent" and "Jack" in thread[1]["text"]
    reply = messages(engine, Direction.outbound)[0]
    assert reply.channel == Channel.demo and reply.status == MessageStatus.sent
    assert (await client.post("/demo/phone/999/messages", json={"text": "hi"})).status_code == 404
    assert (await client.post(f"/demo/phone/{family.contact_id}/messages", json={"text": ""})).status_code == 422


async def test_demo_phone_exists_only_in_demo_mode(settings, engine, clock):
    settings.demo_mode = False
    app = create_app(settings, engine=engine, clock=clock, run_background=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as c:
        assert (await c.get("/demo/phone")).status_code == 404


def test_converse_replays_each_scenario_in_fresh_state():
    school = {"timezone": "Europe/London", "am_start": "08:50", "am_register_close": "09:20", "pm_start": "13:15",
              "pm_register_close": "13:30", "closed_dates": ["2026-11-27"]}
    scenarios = [
        {"id": "a", "children": [{"id": "P1", "first_name": "Jack", "last_name": "Hughes"},
                                 {"id": "P2", "first_name": "Amelia", "last_name": "Hughes"}],
         "school": school, "turns": [{"at": "2026-11-30T07:40:00+00:00", "text": "One of mine is poorly today"},
                                     {"at": "2026-11-30T07:43:00+00:00", "text": "Amelia"},
                                     {"at": "2026-11-30T07:44:00+00:00", "text": "Thanks!"}]},
        {"id": "b", "children": [{"id": "P1", "first_name": "Jack", "last_name": "Hughes"}], "school": school,
         "turns": [{"at": "2026-11-30T07:40:00+00:00", "text": "Thank you for the newsletter"}]},
    ]
    out = io.StringIO()
    run_scenarios([json.dumps(s) for s in scenarios], out)
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert [t["action"] for t in first["turns"]][:2] == ["clarify", "record"]
    assert all(t["reply"] for t in first["turns"])
    assert first["marks"] == {"P2": {"2026-11-30 AM": "I", "2026-11-30 PM": "I"}}
    assert second == {"id": "b", "turns": [{"action": "forward", "reply": second["turns"][0]["reply"]}], "marks": {}}
