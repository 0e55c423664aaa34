"""HTTP security of the staff app: login required, CSRF, roles, school isolation, sessions."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from api.staff.sessions import COOKIE
from models.audit import AuditEvent
from models.people import StaffUser
from tests.staff.conftest import login
from tests.staff.seed import PASSWORD, csrf_from

PAGES = ["/staff/today", "/staff/today/live", "/staff/register", "/staff/pupils", "/staff/pupils/{jack}",
         "/staff/inbox", "/staff/leave", "/staff/settings", "/staff/settings/links", "/staff/export",
         "/staff/export/marks.csv", "/staff/export/audit.csv"]
POSTS = ["/staff/marks/{jack_am}/confirm", "/staff/marks/{jack_am}/amend", "/staff/tasks/{phone_task}/claim",
         "/staff/tasks/{phone_task}/close", "/staff/register", "/staff/register/late", "/staff/inbox/{forwarded}/reply",
         "/staff/leave/{leave}/decide", "/staff/settings/times", "/staff/settings/links", "/staff/logout"]


def _fill(path: str, world) -> str:  # type: ignore[no-untyped-def]
    return path.format(**vars(world))


def test_every_page_refuses_without_login(client, world):
    for path in PAGES:
        response = client.get(_fill(path, world))
        assert response.status_code == 303, path
        assert response.headers["location"].startswith("/staff/login"), path
        assert "Jack" not in response.text
    live = client.get("/staff/today/live", headers={"HX-Request": "true"})
    assert live.status_code == 401 and live.headers["HX-Redirect"].startswith("/staff/login")


def test_every_page_renders_for_each_role(client, world):
    for email in ("office@oak.test", "dsl@oak.test", "lead@oak.test", "head@oak.test", "admin@trust.test"):
        login(client, email)
        for path in PAGES:
            response = client.get(_fill(path, world))
            if path.endswith("audit.csv") and email == "office@oak.test":
                assert response.status_code == 403
                continue
            assert response.status_code == 200, (email, path, response.text[:500])


def test_post_without_valid_csrf_is_refused(client, world):
    token = login(client, "head@oak.test")
    for path in POSTS:
        url = _fill(path, world)
        assert client.post(url, data={"reason": "x", "code": "M"}).status_code == 403, url
        assert client.post(url, data={"csrf_token": "forged"}).status_code == 403, url
        assert client.post(url, headers={"X-CSRF-Token": token + "x"}).status_code == 403, url
    ok = client.post(_fill("/staff/tasks/{phone_task}/claim", world), headers={"X-CSRF-Token": token})
    assert ok.status_code == 303


def test_login_form_needs_csrf(client, world):
    client.get("/staff/login")
    response = client.post("/staff/login", data={"email": "office@oak.test", "password": PASSWORD})
    assert response.status_code == 403


def test_office_cannot_see_dsl_notes_or_safeguarding_flags(client, world, engine):
    login(client, "office@oak.test")
    page = client.get(f"/staff/pupils/{world.noah}").text
    assert "family moving house" not in page
    assert "Social worker" not in page and "Safeguarding concern" not in page
    assert "SEND" in page
    today = client.get("/staff/today").text
    assert "DSL alert" not in today and "Phone call" in today
    assert client.post(f"/staff/tasks/{world.dsl_task}/claim",
                       headers={"X-CSRF-Token": csrf_from(today)}).status_code == 404
    with Session(engine) as db:
        assert db.exec(select(AuditEvent).where(AuditEvent.action == "view_safeguarding")).first() is None


@pytest.mark.parametrize("email", ["dsl@oak.test", "lead@oak.test"])
def test_dsl_and_lead_see_notes_and_each_view_is_logged(client, world, engine, email):
    login(client, email)
    for _ in range(2):
        page = client.get(f"/staff/pupils/{world.noah}").text
        assert "family moving house" in page and "Social worker" in page
    with Session(engine) as db:
        events = db.exec(select(AuditEvent).where(AuditEvent.action == "view_safeguarding")).all()
    assert [e.subject for e in events] == [f"pupil:{world.noah}"] * 2


def test_other_schools_pupils_are_404(client, world):
    token = login(client, "office@oak.test")
    assert client.get(f"/staff/pupils/{world.leo}").status_code == 404
    assert client.get(f"/staff/pupils/{world.jack}").status_code == 200
    login(client, "office@elm.test")
    assert client.get(f"/staff/pupils/{world.jack}").status_code == 404
    assert "Jack" not in client.get("/staff/pupils?q=jack").text
    token = csrf_from(client.get("/staff/today").text)
    headers = {"X-CSRF-Token": token}
    assert client.post(f"/staff/marks/{world.jack_am}/confirm", headers=headers).status_code == 404
    assert client.post(f"/staff/tasks/{world.phone_task}/claim", headers=headers).status_code == 404
    assert client.post(f"/staff/inbox/{world.forwarded}/reply", data={"body": "hi"}, headers=headers).status_code == 404
    assert "temperature" not in client.get("/staff/today").text


def test_trust_admin_switches_between_schools(client, world):
    token = login(client, "admin@trust.test")
    assert client.get(f"/staff/pupils/{world.jack}").status_code == 200
    assert client.post("/staff/school", data={"school_id": world.school_b, "csrf_token": token}).status_code == 303
    assert client.get(f"/staff/pupils/{world.leo}").status_code == 200
    assert client.get(f"/staff/pupils/{world.jack}").status_code == 404


def test_session_id_changes_at_login_and_cookie_is_hardened(client, world):
    client.get("/staff/login")
    before = client.cookies[COOKIE]
    page = client.get("/staff/login")
    response = client.post("/staff/login", data={"email": "office@oak.test", "password": PASSWORD,
                                                 "csrf_token": csrf_from(page.text)})
    after = client.cookies[COOKIE]
    assert before != after
    header = response.headers["set-cookie"].lower()
    assert "httponly" in header and "samesite=strict" in header
    # the session planted before login does not log anyone in
    client.cookies.set(COOKIE, before)
    assert client.get("/staff/today").status_code == 303


def test_secure_cookie_when_public_url_is_https(engine, db_url, clock, world):
    from fastapi.testclient import TestClient

    from api.app import create_app
    from core.settings import Settings

    app = create_app(Settings(database_url=db_url, public_base_url="https://rollcall.example"), engine=engine,
                     clock=clock, run_background=False)
    with TestClient(app) as c:
        assert "secure" in c.get("/staff/login").headers["set-cookie"].lower()


def test_forged_cookie_is_not_a_session(client, world):
    client.cookies.set(COOKIE, '{"sid":"x","csrf":"y","staff_id":1,"school_id":1}')
    assert client.get("/staff/today").status_code == 303


def test_lockout_after_repeated_failures(client, world, engine, clock):
    page = client.get("/staff/login")
    token = csrf_from(page.text)
    for _ in range(5):
        r = client.post("/staff/login", data={"email": "office@oak.test", "password": "wrong", "csrf_token": token})
        assert r.status_code == 401
    right = client.post("/staff/login", data={"email": "office@oak.test", "password": PASSWORD, "csrf_token": token})
    assert right.status_code == 401, "a locked account refuses even the right password"
    with Session(engine) as db:
        user = db.exec(select(StaffUser).where(StaffUser.email == "office@oak.test")).one()
        assert user.locked_until is not None
    from datetime import timedelta

    clock.advance(timedelta(minutes=16))
    right = client.post("/staff/login", data={"email": "office@oak.test", "password": PASSWORD, "csrf_token": token})
    assert right.status_code == 303


def test_rate_limit_per_address(client, world):
    token = csrf_from(client.get("/staff/login").text)
    codes = [client.post("/staff/login", data={"email": f"nobody{i}@x.test", "password": "x", "csrf_token": token}
                         ).status_code for i in range(21)]
    assert codes[:20] == [401] * 20 and codes[20] == 429


def test_open_redirect_refused(client, world):
    page = client.get("/staff/login")
    r = client.post("/staff/login", data={"email": "office@oak.test", "password": PASSWORD, "next": "//evil.test/x",
                                          "csrf_token": csrf_from(page.text)})
    assert r.headers["location"] == "/staff/today"
