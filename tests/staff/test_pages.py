"""The staff pages do what the office needs: confirm and amend marks with an audit trail, work
tasks, take registers, sign in late arrivals, answer the inbox, decide leave, settings, exports."""

from __future__ import annotations

import csv
import datetime as dt
import io

from sqlmodel import Session, select

from models.attendance import AttendanceMark, MarkStatus, amendments
from models.audit import AuditEvent
from models.chase import Chase
from models.leave import LeaveRequest, LeaveStatus
from models.messages import Direction, Message, MessageKind
from models.people import Contact, Pupil
from models.school import ClosedDay, School
from models.tasks import StaffTask, TaskStatus
from scheduler.engine import tick
from tests.staff.conftest import login

HTMX = {"HX-Request": "true"}


def _mark(engine, mark_id: int) -> AttendanceMark:
    with Session(engine) as db:
        mark = db.get(AttendanceMark, mark_id)
        assert mark is not None
        return mark


def test_today_shows_report_with_parent_message_children_and_codes(client, world):
    login(client, "office@oak.test")
    page = client.get("/staff/today").text
    assert "Jack has a temperature so won&#39;t be in today" in page
    assert "Jack Hall" in page and "Mon 23 Nov AM" in page and "Mon 23 Nov PM" in page
    assert ">I</span>" in page and "2 to confirm" in page


def test_confirm_one_click_records_who_confirmed(client, world, engine):
    token = login(client, "office@oak.test")
    response = client.post(f"/staff/marks/{world.jack_am}/confirm", headers={**HTMX, "X-CSRF-Token": token})
    assert response.status_code == 200 and 'id="today"' in response.text
    mark = _mark(engine, world.jack_am)
    assert mark.status == MarkStatus.confirmed and mark.code == "I"
    with Session(engine) as db:
        last = amendments(db, mark.id)[-1]
    assert (last.actor_name, last.actor_role, last.new_status) == ("Olive Office", "office", "confirmed")


def test_amend_needs_a_reason_and_shows_the_audit_line(client, world, engine):
    token = login(client, "office@oak.test")
    headers = {**HTMX, "X-CSRF-Token": token}
    refused = client.post(f"/staff/marks/{world.jack_am}/amend", data={"code": "M", "reason": "  "}, headers=headers)
    assert "Not amended" in refused.text and _mark(engine, world.jack_am).code == "I"
    done = client.post(f"/staff/marks/{world.jack_am}/amend",
                       data={"code": "M", "reason": "Mum rang: dentist appointment"}, headers=headers)
    assert _mark(engine, world.jack_am).code == "M"
    assert "I → M (confirmed) · Olive Office (office) · “Mum rang: dentist appointment”" in done.text
    pupil_page = client.get(f"/staff/pupils/{world.jack}").text
    assert "Mum rang: dentist appointment" in pupil_page
    bad = client.post(f"/staff/marks/{world.jack_am}/amend", data={"code": "ZZ", "reason": "x"}, headers=headers)
    assert "not an attendance code" in bad.text


def test_confirm_all_marks_of_a_report(client, world, engine):
    token = login(client, "office@oak.test")
    r = client.post(f"/staff/reports/{world.report}/confirm", data={"csrf_token": token})
    assert r.status_code == 303
    with Session(engine) as db:
        marks = db.exec(select(AttendanceMark).where(AttendanceMark.pupil_id == world.jack)).all()
    assert {m.status for m in marks} == {MarkStatus.confirmed}


def test_claim_then_close_task_with_outcome(client, world, engine):
    token = login(client, "office@oak.test")
    headers = {**HTMX, "X-CSRF-Token": token}
    client.post(f"/staff/tasks/{world.phone_task}/claim", headers=headers)
    with Session(engine) as db:
        task = db.get(StaffTask, world.phone_task)
        assert task.status == TaskStatus.claimed and task.claimed_by_id is not None
    empty = client.post(f"/staff/tasks/{world.phone_task}/close", data={"outcome": ""}, headers=headers)
    assert "Record the outcome" in empty.text
    closed = client.post(f"/staff/tasks/{world.phone_task}/close", data={"outcome": "Aunt says he has flu"},
                         headers=headers)
    assert f'id="task-{world.phone_task}"' not in closed.text and "1 closed today" in closed.text
    with Session(engine) as db:
        task = db.get(StaffTask, world.phone_task)
        assert task.status == TaskStatus.done and task.outcome == "Aunt says he has flu"


def test_register_after_close_starts_the_chase_and_shows_it(client, world, engine, clock):
    token = login(client, "office@oak.test")
    page = client.get("/staff/register?form=4B&half=AM").text
    assert "Noah Khan" in page and "Ava Smith" in page and "reported: Illness" in page
    with Session(engine) as db:
        ids = {p.legal_first_name: p.id for p in db.exec(select(Pupil).where(Pupil.form == "4B"))}
    data = {"csrf_token": token, "form": "4B", "half": "AM", f"mark-{ids['Jack']}": "N",
            f"mark-{ids['Noah']}": "/", f"mark-{ids['Ava']}": "N"}
    assert client.post("/staff/register", data=data).status_code == 303
    with Session(engine) as db:
        assert _mark(engine, world.jack_am).code == "I", "a parent's reason is kept"
        ava = db.exec(select(AttendanceMark).where(AttendanceMark.pupil_id == ids["Ava"])).one()
        assert ava.code == "N"
    chase_section = _section(client.get("/staff/today").text, "chase")
    assert "Ava Smith" in chase_section and "not chased yet" in chase_section and "Jack Hall" not in chase_section
    tick(engine, now=clock.now())
    with Session(engine) as db:
        assert db.exec(select(Chase).where(Chase.pupil_id == ids["Ava"])).first() is not None
    today = client.get("/staff/today").text
    assert "held" in _section(today, "chase"), "1 of 3 in 4B unexplained: over the 30% bulk-send guard"
    holds = _section(today, "holds")
    hold_id = int(holds.split('/staff/holds/')[1].split("/")[0])
    r = client.post(f"/staff/holds/{hold_id}/release", headers={**HTMX, "X-CSRF-Token": token})
    assert 'id="holds"' not in r.text
    chase_section = _section(r.text, "chase")
    assert "chasing since 09:40" in chase_section and "Next: <strong>Message to 2nd contacts at 10:10" in chase_section


def _section(page: str, section_id: str) -> str:
    return page.split(f'id="{section_id}"')[1].split("</section>")[0]


def test_late_arrival_signed_in_as_l_or_u(client, world, engine):
    token = login(client, "office@oak.test")
    r = client.post("/staff/register/late", data={"csrf_token": token, "pupil_id": world.noah, "arrival": "09:12"})
    assert r.status_code == 303 and "flash=late" in r.headers["location"]
    r = client.post("/staff/register/late", data={"csrf_token": token, "pupil_id": world.amelia, "arrival": "09:35"})
    with Session(engine) as db:
        marks = {m.pupil_id: m for m in db.exec(select(AttendanceMark).where(AttendanceMark.half == "AM"))}
    assert marks[world.noah].code == "L" and marks[world.noah].arrival == dt.time(9, 12)
    assert marks[world.amelia].code == "U"
    assert client.post("/staff/register/late", data={"csrf_token": token, "pupil_id": world.leo,
                                                     "arrival": "09:00"}).status_code == 404


def test_inbox_reply_goes_out_on_the_parents_channel(client, world, engine):
    token = login(client, "office@oak.test")
    page = client.get("/staff/inbox").text
    assert "Is the Year 4 trip on Friday still going ahead?" in page
    assert "Parent of" in page and "Jack Hall" in page and "Amelia Hall" in page
    assert "temperature" not in page
    r = client.post(f"/staff/inbox/{world.forwarded}/reply", data={"csrf_token": token, "body": "Yes, it is!"})
    assert r.status_code == 303
    with Session(engine) as db:
        out = db.exec(select(Message).where(Message.direction == Direction.outbound)).one()
    assert (out.channel, out.address, out.body, out.kind, out.in_reply_to_id) == (
        "sms", "+447700900001", "Yes, it is!", MessageKind.staff, world.forwarded)
    assert "answered" in client.get("/staff/inbox").text


def test_only_the_headteacher_decides_leave_and_the_parent_is_told(client, world, engine):
    token = login(client, "office@oak.test")
    assert "Awaiting the headteacher" in client.get("/staff/leave").text
    assert client.post(f"/staff/leave/{world.leave}/decide",
                       data={"csrf_token": token, "decision": "grant"}).status_code == 403
    token = login(client, "head@oak.test")
    r = client.post(f"/staff/leave/{world.leave}/decide",
                    data={"csrf_token": token, "decision": "grant", "note": "Eid Mubarak"})
    assert r.status_code == 303
    with Session(engine) as db:
        leave = db.get(LeaveRequest, world.leave)
        assert leave.status == LeaveStatus.granted and leave.decision_note == "Eid Mubarak"
        marks = db.exec(select(AttendanceMark).where(AttendanceMark.pupil_id == world.amelia)).all()
        assert {(m.day, m.half, m.code) for m in marks} == {(dt.date(2026, 12, 8), "AM", "R"),
                                                            (dt.date(2026, 12, 8), "PM", "R")}
        told = db.exec(select(Message).where(Message.direction == Direction.outbound)).one()
    assert told.address == "+447700900001" and "granted" in told.body and "Amelia" in told.body


def test_settings_times_codes_chase_closed_days_and_links(client, world, engine):
    token = login(client, "office@oak.test")
    assert client.post("/staff/settings/times", data={"csrf_token": token}).status_code == 403
    token = login(client, "head@oak.test")
    times = {"am_start": "08:45", "am_register_close": "09:15", "pm_start": "13:15", "pm_register_close": "13:30",
             "day_end": "15:20", "report_deadline": "08:55"}
    assert client.post("/staff/settings/times", data={**times, "csrf_token": token}).status_code == 303
    bad = client.post("/staff/settings/times", data={**times, "day_end": "12:00", "csrf_token": token})
    assert bad.status_code == 422
    assert client.post("/staff/settings/codes", data={"csrf_token": token, "code-family_event": "C"}).status_code == 303
    chase = {"csrf_token": token, "second_contact_after_min": "20", "home_visit_days": "2, 3",
             "quiet_hours_end": "07:30"}
    assert client.post("/staff/settings/chase", data=chase).status_code == 303
    assert client.post("/staff/settings/chase", data={**chase, "phone_call_after_min": "soon"}).status_code == 422
    ics = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20261127\r\n"
           b"DTEND;VALUE=DATE:20261128\r\nSUMMARY:INSET day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    r = client.post("/staff/settings/closed/ics", data={"csrf_token": token},
                    files={"file": ("terms.ics", ics, "text/calendar")})
    assert r.status_code == 303, r.text
    assert client.post("/staff/settings/closed", data={"csrf_token": token, "day": "2026-12-18",
                                                       "kind": "closure", "label": "Snow"}).status_code == 303
    with Session(engine) as db:
        school = db.get(School, world.school_a)
        policy = school.get_policy()
        assert (school.am_register_close, school.day_end) == (dt.time(9, 15), dt.time(15, 20))
        assert policy.reason_codes["family_event"] == "C"
        assert policy.chase.second_contact_after_min == 20 and policy.chase.home_visit_days == [2, 3]
        assert {c.day for c in db.exec(select(ClosedDay))} == {dt.date(2026, 11, 27), dt.date(2026, 12, 18)}
    page = client.get("/staff/settings/links").text
    assert "https://t.me/RollcallDemoBot?start=amy-link-code" in page
    assert client.post("/staff/settings/links", data={"csrf_token": token}).status_code == 303
    with Session(engine) as db:
        contacts = db.exec(select(Contact)).all()
        zara = next(c for c in contacts if c.first_name == "Zara")
        bea = next(c for c in contacts if c.first_name == "Bea")
        sam = next(c for c in contacts if c.first_name == "Sam")
    assert zara.link_code and bea.link_code is None and sam.link_code is None, "only this school's unlinked contacts"


def test_exports_marks_and_audit_log(client, world):
    token = login(client, "office@oak.test")
    client.post(f"/staff/marks/{world.jack_am}/amend", data={"csrf_token": token, "code": "M", "reason": "GP letter"})
    marks = client.get("/staff/export/marks.csv?first=2026-11-23&last=2026-11-23")
    rows = list(csv.DictReader(io.StringIO(marks.text)))
    assert [(r["forename"], r["session"], r["code"]) for r in rows] == [("Jack", "AM", "M")]
    assert marks.headers["content-type"].startswith("text/csv")
    login(client, "lead@oak.test")
    audit = list(csv.DictReader(io.StringIO(client.get("/staff/export/audit.csv").text)))
    actions = [r["action"] for r in audit]
    assert "I -> M (confirmed)" in actions and "login" in actions and "export_marks" in actions
    assert any(r["reason"] if "reason" in r else r["details"] == "GP letter" for r in audit)


def test_login_and_exports_are_audited(client, world, engine):
    login(client, "office@oak.test")
    client.get("/staff/export/marks.csv")
    with Session(engine) as db:
        actions = [e.action for e in db.exec(select(AuditEvent))]
    assert "login" in actions and "export_marks" in actions


def test_refused_leave_makes_recorded_absence_unauthorised(client, world, engine, clock):
    from core.calendar import Session as RegisterSession
    from models.attendance import Actor, MarkSource, write_mark

    with Session(engine) as db:
        leave = db.get(LeaveRequest, world.leave)
        leave.reason = "exceptional: family wedding abroad"
        db.add(leave)
        write_mark(db, school_id=world.school_a, pupil_id=world.amelia, session=RegisterSession(dt.date(2026, 12, 8),
                   "AM"), code="C", status=MarkStatus.provisional, source=MarkSource.parent_message,
                   actor=Actor.system("parent message"), reason="reported", now=clock.now())
        db.commit()
    token = login(client, "head@oak.test")
    client.post(f"/staff/leave/{world.leave}/decide", data={"csrf_token": token, "decision": "refuse"})
    with Session(engine) as db:
        marks = db.exec(select(AttendanceMark).where(AttendanceMark.pupil_id == world.amelia)).all()
        told = db.exec(select(Message).where(Message.direction == Direction.outbound)).one()
    assert [(m.half, m.code) for m in marks] == [("AM", "O")], "only the recorded absence changes"
    assert "refused" in told.body
    assert 'badge bad">refused' in client.get("/staff/leave").text
