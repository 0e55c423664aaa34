"""`rollcall simulate`: a scenario through the real scheduler, parent-message pipeline and outbox."""

from __future__ import annotations

import io
import json

from scheduler.simulate import run_cli, school_settings, simulate

SCHOOL = {"timezone": "Europe/London", "am_register_close": "09:20", "pm_start": "13:15",
          "pm_register_close": "13:30", "day_end": "15:15", "closed_dates": ["2026-11-27"]}


def scenario(**school):
    fillers = [{"id": f"F{i}", "first_name": f"Filler{i}", "last_name": "Test", "class": "6F", "flags": []}
               for i in range(20)]
    fillers += [{"id": f"B{i}", "first_name": f"Class{i}", "last_name": "Test", "class": "4B", "flags": []}
                for i in range(6)]  # 3 of 10 in 4B unexplained: at the 30% limit, not over it

    def registers(at, session):
        present = "/" if session.endswith("AM") else "\\"
        return [{"at": at, "register": {"session": session, "class": "4B",
                                        "marks": {"P1": "N", "P2": "N", "P3": "N", "P4": present,
                                                  **{f"B{i}": present for i in range(6)}}}},
                {"at": at, "register": {"session": session, "class": "6F",
                                        "marks": {f"F{i}": present for i in range(20)}}}]

    return {
        "id": "t01", "school": {**SCHOOL, **school},
        "pupils": [{"id": "P1", "first_name": "Jack", "last_name": "Hall", "class": "4B", "flags": []},
                   {"id": "P2", "first_name": "Ola", "last_name": "Nowak", "class": "4B", "flags": ["looked_after"]},
                   {"id": "P3", "first_name": "Zed", "last_name": "Test", "class": "4B", "flags": []},
                   {"id": "P4", "first_name": "Ava", "last_name": "Test", "class": "4B", "flags": []}, *fillers],
        "contacts": [{"id": "C1", "name": "Amy Hall", "channel": "sms", "address": "+447700900001", "language": "en",
                      "pupils": {"P1": 1}},
                     {"id": "C2", "name": "Ewa Nowak", "channel": "telegram", "address": "5552", "language": "pl",
                      "pupils": {"P2": 1}},
                     {"id": "C3", "name": "Ian Test", "channel": "sms", "address": "+447700900003", "language": "en",
                      "pupils": {"P3": 1, "P2": 2}}],
        "events": [*registers("2026-11-30T09:20:00+00:00", "2026-11-30 AM"),
                   {"at": "2026-11-30T09:41:00+00:00", "message": {"from": "C1", "text": "Jack is poorly today"}},
                   {"at": "2026-11-30T09:45:00+00:00", "arrival": {"pupil": "P3", "time": "09:44"}},
                   *registers("2026-11-30T13:30:00+00:00", "2026-11-30 PM")],
        "until": "2026-11-30T18:00:00+00:00",
    }


def test_a_day_replays_through_the_pipeline_and_the_outbox():
    out = simulate(scenario())
    sent = [(m["at"][11:16], m["to"], m["pupil"], m["channel"]) for m in out["messages"]]
    assert sorted(sent) == [("09:20", "C1", "P1", "sms"), ("09:20", "C2", "P2", "telegram"),
                            ("09:20", "C3", "P3", "sms"), ("09:50", "C3", "P2", "sms")]
    assert out["messages"][0]["text"] and any("nie ma dziś" in m["text"] for m in out["messages"])
    tasks = sorted((t["at"][11:16], t["kind"], t.get("pupil")) for t in out["tasks"])
    assert tasks == [("09:20", "dsl_alert", "P2"), ("09:20", "social_worker", "P2"), ("10:20", "phone_call", "P2"),
                     ("15:15", "attendance_lead", "P2")]
    assert out["marks"]["P1"] == {"2026-11-30 AM": "I", "2026-11-30 PM": "I"}  # the reply, and PM's N kept
    assert out["marks"]["P3"] == {"2026-11-30 AM": "U", "2026-11-30 PM": "N"}  # signed in after the close
    assert out["marks"]["P2"] == {"2026-11-30 AM": "N", "2026-11-30 PM": "N"}


def test_chase_settings_on_the_school_change_the_ladder():
    out = simulate(scenario(second_contact_after_min=10, phone_call_after_min=20))
    assert ("09:30", "C3") in {(m["at"][11:16], m["to"]) for m in out["messages"] if m["pupil"] == "P2"}
    assert ("09:40", "phone_call") in {(t["at"][11:16], t["kind"]) for t in out["tasks"]}


def test_the_cli_prints_json_lines_or_a_timeline():
    line = json.dumps(scenario()) + "\n"
    out = io.StringIO()
    assert run_cli(io.StringIO(line), out) == 1
    assert json.loads(out.getvalue())["id"] == "t01"
    table = io.StringIO()
    run_cli(io.StringIO(line), table, "table")
    text = table.getvalue()
    assert "Mon 30 Nov 2026" in text and "-> chase message to C1 about P1 (sms)" in text
    assert "!! task phone_call P2" in text and "P3 2026-11-30 AM U" in text


def test_a_school_can_replay_scenarios_under_its_own_settings(engine):
    from core.policy import ChasePolicy
    from tests.chase.helpers import make_world

    make_world(engine, {"4B": ["Jack"]}, policy=ChasePolicy(second_contact_after_min=10), slug="own")
    own = school_settings(engine, "own")
    assert own["am_register_close"] == "09:20" and own["closed_dates"] == ["2026-11-27"]
    out = io.StringIO()
    run_cli(io.StringIO(json.dumps(scenario()) + "\n"), out, school=own)
    result = json.loads(out.getvalue())
    assert ("09:30", "C3") in {(m["at"][11:16], m["to"]) for m in result["messages"] if m["pupil"] == "P2"}
