import datetime as dt
import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from io import BytesIO

import pytest
from fastapi.testclient import TestClient
from pypdf import PdfReader
from sqlmodel import Session, select

from api.app import create_app
from core.clock import FrozenClock
from core.settings import Settings
from models import AuditEvent, Message, School, StaffRole, StaffUser
from models.messages import Channel, MessageKind
from models.monitoring import Letter, LetterKind, LetterStatus
from models.passwords import hash_password
from models.people import Role
from tests.monitoring import helpers as h
from tests.monitoring.calendar_data import AUTUMN_2026_CLOSED

PASSWORD = "a long test password"
OPEN = h.days(dt.date(2026, 9, 1), dt.date(2026, 11, 23), AUTUMN_2026_CLOSED)
CSRF = re.compile(r'name="csrf-token" content="([^"]+)"|name="csrf_token" value="([^"]+)"')


@lru_cache
def _password_hash() -> str:
    return hash_password(PASSWORD)


def _staff(db, email, school_id, role):
    user = StaffUser(email=email, name=email.split("@")[0].title(), password_hash=_password_hash())
    db.add(user)
    db.flush()
    db.add(StaffRole(staff_id=user.id, school_id=school_id, role=role))


@pytest.fixture
def world(engine):
    with Session(engine, expire_on_commit=False) as db:
        s = h.school(db, closed=AUTUMN_2026_CLOSED)
        other = h.school(db, slug="elm")
        ben = h.pupil(db, s, "Ben", "Birch", year="Year 5", form="5A", fsm=True)
        h.marks(db, ben, h.full_days(OPEN[:-9]) + h.full_days(OPEN[-9:], "I", "O"))  # 82.7%
        amy = h.pupil(db, s, "Amy", "Ash", language="pl")
        h.marks(db, amy, h.full_days(OPEN))
        stranger = h.pupil(db, other, "Zed", "Zane")
        _staff(db, "lead@oak.test", s.id, Role.attendance_lead)
        _staff(db, "office@oak.test", s.id, Role.office)
        _staff(db, "lead@elm.test", other.id, Role.attendance_lead)
        db.commit()
        return {"school": s.id, "ben": ben.id, "amy": amy.id, "stranger": stranger.id}


@pytest.fixture
def client(engine, db_url, world):
    app = create_app(Settings(database_url=db_url, secret_key="test-secret"), engine=engine,
                     clock=FrozenClock(h.NOW), run_background=False)
    with TestClient(app, follow_redirects=False) as c:
        yield c


def _csrf(html: str) -> str:
    m = CSRF.search(html)
    assert m, "no CSRF token"
    return m.group(1) or m.group(2)


def login(client, email) -> str:
    page = client.get("/staff/login")
    r = client.post("/staff/login", data={"email": email, "password": PASSWORD, "csrf_token": _csrf(page.text)})
    assert r.status_code == 303, r.text
    return _csrf(client.get("/staff/monitoring").text)


def _svgs(html: str) -> list[ET.Element]:
    return [ET.fromstring(m) for m in re.findall(r"<svg .*?</svg>", html, flags=re.S)]


def test_school_page_shows_figures_charts_and_lists(client, world):
    login(client, "lead@oak.test")
    page = client.get("/staff/monitoring")
    assert page.status_code == 200
    svgs = {svg.get("id"): svg for svg in _svgs(page.text)}
    assert {"chart-week", "chart-weekday", "chart-year", "chart-flag", "chart-codes", "chart-bands"} <= set(svgs)
    ns = "{http://www.w3.org/2000/svg}"
    weekday_bars = svgs["chart-weekday"].findall(f"{ns}rect[@class='bar']")
    assert len(weekday_bars) == 5
    codes = [t.text for t in svgs["chart-codes"].iter(f"{ns}title")]
    assert codes[1:] == ["I: 9", "O: 9"]  # Ben's 9 days of I (AM) and O (PM)
    assert "Social worker" in page.text  # the attendance lead sees safeguarding groups
    assert "Ben Birch" in page.text and "Persistent absence" in page.text


def test_office_does_not_see_safeguarding_groups_and_cannot_approve(client, world, engine):
    csrf = login(client, "office@oak.test")
    assert "Social worker" not in client.get("/staff/monitoring").text
    client.post("/staff/monitoring/recompute", data={"csrf_token": csrf})
    with Session(engine) as db:
        letter = db.exec(select(Letter).where(Letter.pupil_id == world["ben"])).first()
    assert client.post(f"/staff/monitoring/letters/{letter.id}/approve", data={"csrf_token": csrf}).status_code == 403


def test_other_schools_pupils_and_letters_are_not_found(client, world):
    login(client, "lead@elm.test")
    assert client.get(f"/staff/monitoring/pupils/{world['ben']}").status_code == 404
    assert client.get(f"/staff/monitoring/pupils/{world['stranger']}").status_code == 200


def test_pupil_page_and_chart_fragment(client, world):
    login(client, "lead@oak.test")
    page = client.get(f"/staff/monitoring/pupils/{world['ben']}")
    assert page.status_code == 200 and "82.7%" in page.text
    fragment = client.get(f"/staff/monitoring/pupils/{world['ben']}/charts")
    assert "<html" not in fragment.text
    ids = [svg.get("id") for svg in _svgs(fragment.text)]
    assert ids == ["chart-line", "chart-calendar"]


def test_letter_flow_draft_edit_approve_print_send(client, world, engine):
    csrf = login(client, "lead@oak.test")
    r = client.post(f"/staff/monitoring/pupils/{world['ben']}/letters", data={"csrf_token": csrf, "kind": "meeting"})
    assert r.status_code == 303
    url = r.headers["location"].split("?")[0]
    letter_id = int(url.rsplit("/", 1)[1])
    assert client.post(f"{url}/send", data={"csrf_token": csrf}).status_code == 409  # not approved yet
    refused = client.post(f"{url}/approve", data={"csrf_token": csrf})
    assert refused.status_code == 409 and "[[meeting date]]" in refused.text
    with Session(engine) as db:
        letter = db.get(Letter, letter_id)
        body = letter.body.replace("[[meeting date]]", "Tuesday 1 December").replace("[[meeting time]]", "9:30")
        subject = letter.subject
    assert client.post(url, data={"csrf_token": csrf, "subject": subject, "body": body}).status_code == 303
    assert client.post(f"{url}/approve", data={"csrf_token": csrf}).status_code == 303
    pdf = client.get(f"{url}/pdf")
    assert pdf.headers["content-type"] == "application/pdf"
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(BytesIO(pdf.content)).pages).split())
    assert "Ben Birch" in text and "82.7%" in text and "Tuesday 1 December" in text
    assert "Year 5 / 5A" in text and "18 of 104" in text
    printable = client.get(f"{url}/print")
    assert printable.status_code == 200 and "@page" in printable.text
    assert client.post(f"{url}/send", data={"csrf_token": csrf}).status_code == 303
    with Session(engine) as db:
        letter = db.get(Letter, letter_id)
        message = db.get(Message, letter.message_id)
        assert letter.status == LetterStatus.sent and letter.approved_by_name == "Lead"
        assert message.channel == Channel.sms and message.kind == MessageKind.staff
        assert message.address == "+447700900123" and "Tuesday 1 December" in message.body
        actions = [a.action for a in db.exec(select(AuditEvent).where(AuditEvent.staff_id.is_not(None)))]
        assert {"letter_drafted", "letter_approved", "letter_sent"} <= set(actions)


def test_templates_are_editable_per_school_and_checked(client, world, engine):
    csrf = login(client, "lead@oak.test")
    bad = client.post("/staff/monitoring/templates", data={"csrf_token": csrf, "kind": "concern", "language": "en",
                                                            "subject": "x", "body": "Dear {{ parnet_name }}"})
    assert bad.status_code == 422 and "parnet_name" in bad.text
    ok = client.post("/staff/monitoring/templates", data={
        "csrf_token": csrf, "kind": "concern", "language": "en", "subject": "About {{ first_name }}",
        "body": "Hello {{ parent_name }}, {{ first_name }} is at {{ percentage }}%."})
    assert ok.status_code == 303
    r = client.post(f"/staff/monitoring/pupils/{world['ben']}/letters", data={"csrf_token": csrf, "kind": "concern"})
    with Session(engine) as db:
        letter = db.get(Letter, int(r.headers["location"].split("?")[0].rsplit("/", 1)[1]))
        assert letter.subject == "About Ben" and letter.body == "Hello Mrs Birch, Ben is at 82.7%."
        assert letter.kind == LetterKind.concern


def test_school_page_over_a_chosen_range(client, world):
    login(client, "lead@oak.test")
    page = client.get("/staff/monitoring", params={"first": "2026-11-02", "last": "2026-11-20"})
    assert page.status_code == 200 and "2 Nov 2026 to 20 Nov 2026" in page.text
    svgs = {svg.get("id"): svg for svg in _svgs(page.text)}
    weeks = svgs["chart-week"].findall("{http://www.w3.org/2000/svg}rect[@class='bar']")
    assert [w.find("{http://www.w3.org/2000/svg}title").text.split(":")[0] for w in weeks] == [
        "Week of 2 Nov", "Week of 9 Nov", "Week of 16 Nov"]


def test_monitoring_settings_are_per_school_and_validated(client, world, engine):
    csrf = login(client, "lead@oak.test")
    page = client.get("/staff/monitoring/settings")
    assert page.status_code == 200 and 'value="95, 93, 90"' in page.text
    form = {name: value for name, value in re.findall(r'name="(\w+)" value="([^"]*)"', page.text)}
    form.update({"csrf_token": csrf, "letter_thresholds": "96, 90", "letter_kinds": "96=concern, 90=meeting",
                 "penalty_weeks": "12", "praise_full_half_term": "on"})
    assert client.post("/staff/monitoring/settings", data=form).status_code == 303
    with Session(engine) as db:
        policy = db.get(School, world["school"]).get_policy().monitoring
        assert policy.letter_thresholds == [96.0, 90.0] and policy.penalty_weeks == 12
        assert policy.letter_kinds == {"96": "concern", "90": "meeting"} and policy.praise_full_half_term
    bad = client.post("/staff/monitoring/settings", data={**form, "penalty_sessions": "ten"})
    assert bad.status_code == 422 and "penalty_sessions" in bad.text
    assert client.post("/staff/monitoring/settings",
                       data={**form, "letter_kinds": "96=warning"}).status_code == 422
    office_csrf = login(client, "office@oak.test")
    assert client.post("/staff/monitoring/settings", data={**form, "csrf_token": office_csrf}).status_code == 403
