"""Migrations plus the demo school, `rollcall demo`, `rollcall import ...` and `rollcall staff add`."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import Session, select
from typer.testing import CliRunner

from core.settings import Settings, get_settings
from mis.values import normalise_upn
from models import ClosedDay, Contact, Pupil, PupilContact, School, StaffRole, StaffUser, Trust
from models.db import make_engine
from models.passwords import verify_password
from rollcall.bootstrap import DEMO_SLUG, demo_rows, prepare_database, seed_demo
from rollcall.cli import app

SAMPLES = Path(__file__).parent / "mis" / "samples"


def test_demo_rows_are_deterministic_and_plausible():
    students, contacts = demo_rows()
    assert (students, contacts) == demo_rows()
    assert 190 <= len(students) <= 210
    years = Counter(s["Year"] for s in students)
    assert set(years) == {"Reception", *(f"Year {n}" for n in range(1, 7))}
    assert max(years.values()) - min(years.values()) <= 1
    assert all(normalise_upn(s["UPN"]) for s in students)
    per_pupil = Counter(c["Adno"] for c in contacts)
    assert set(per_pupil.values()) == {1, 2, 3} and len(per_pupil) == len(students)
    per_contact = Counter(c["Mobile Telephone"] for c in contacts)
    assert sum(n > 1 for n in per_contact.values()) >= 20  # siblings share their parents
    assert all(m.startswith("07700 900") for m in per_contact)
    share = {flag: sum(s[flag] == "Yes" for s in students) / len(students) for flag in ("FSM", "EAL", "In Care")}
    assert 0.15 < share["FSM"] < 0.35 and 0.1 < share["EAL"] < 0.45 and 0 < share["In Care"] < 0.03
    assert 0.08 < sum(s["SEN Status"] != "N" for s in students) / len(students) < 0.25
    assert len({s["Legal Surname"] for s in students}) > 40


def snapshot(session: Session) -> tuple:
    pupils = sorted((p.mis_id, p.upn, p.display_name, p.year_group, p.form, tuple(p.flags()))
                    for p in session.exec(select(Pupil)))
    contacts = sorted((c.name, c.mobile, c.language, c.telegram_user_id, c.link_code)
                      for c in session.exec(select(Contact)))
    links = sorted((link.pupil_id, link.contact_id, link.priority, link.relationship)
                   for link in session.exec(select(PupilContact)))
    return pupils, contacts, links


def test_prepare_database_migrates_and_seeds_the_demo_once(db_url, monkeypatch):
    monkeypatch.setenv("ROLLCALL_DEMO_PASSWORD", "demo-pass-123")
    settings = Settings(database_url=db_url, demo_mode=True)
    summary = prepare_database(settings)
    assert summary and "John F Kennedy Primary School" in summary
    engine = make_engine(db_url)
    try:
        with Session(engine) as session:
            school = session.exec(select(School)).one()
            assert school.slug == DEMO_SLUG
            assert session.get(Trust, school.trust_id).name == "Oak Learning Trust"
            assert (school.am_start, school.am_register_close, school.report_deadline) == (
                dt.time(8, 50), dt.time(9, 20), dt.time(9, 0))
            assert (school.pm_start, school.pm_register_close, school.day_end) == (
                dt.time(13, 30), dt.time(13, 45), dt.time(15, 15))
            policy = school.get_policy()
            assert policy.chase.confirm_o_after_days == 5
            assert policy.monitoring.letter_thresholds == [93.0, 90.0]
            closed = list(session.exec(select(ClosedDay)))
            calendar = school.calendar(closed)
            assert calendar.is_open(dt.date(2026, 11, 23)) and not calendar.is_open(dt.date(2026, 10, 28))
            pupils = list(session.exec(select(Pupil)))
            assert 190 <= len(pupils) <= 210 and any(p.looked_after for p in pupils)
            in_care = next(p for p in pupils if p.looked_after)
            first = session.exec(select(PupilContact).where(PupilContact.pupil_id == in_care.id,
                                                            PupilContact.priority == 1)).one()
            assert (first.relationship, first.parental_responsibility) == ("Foster Carer", False)
            contacts = list(session.exec(select(Contact)))
            assert all(c.mobile and c.mobile.startswith("+447700900") for c in contacts)
            assert len({c.link_code for c in contacts}) == len(contacts)
            assert 0 < sum(c.telegram_user_id is not None for c in contacts) < len(contacts)
            assert sum(c.language not in (None, "en") for c in contacts) >= 10
            staff = {u.email: u for u in session.exec(select(StaffUser))}
            assert set(staff) == {f"{r}@demo.school" for r in ("admin", "office", "dsl", "lead", "head")}
            assert verify_password(staff["office@demo.school"].password_hash, "demo-pass-123")
            roles = {(r.staff_id, r.role.value) for r in session.exec(select(StaffRole))}
            assert (staff["lead@demo.school"].id, "attendance_lead") in roles
            assert (staff["head@demo.school"].id, "headteacher") in roles
            before = snapshot(session)
        assert prepare_database(settings) is None  # not empty any more: no second seeding
        assert seed_demo(settings) == summary
        with Session(engine) as session:
            assert snapshot(session) == before
            assert session.exec(select(func.count()).select_from(StaffRole)).one() == 5
    finally:
        engine.dispose()


def test_prepare_database_outside_demo_mode_leaves_the_database_empty(db_url):
    assert prepare_database(Settings(database_url=db_url, demo_mode=False)) is None
    engine = make_engine(db_url)
    try:
        with Session(engine) as session:
            assert session.exec(select(func.count()).select_from(School)).one() == 0
    finally:
        engine.dispose()


@pytest.fixture
def cli_env(db_url, monkeypatch):
    monkeypatch.setenv("ROLLCALL_DATABASE_URL", db_url)
    get_settings.cache_clear()
    yield db_url
    get_settings.cache_clear()


def test_cli_demo_import_and_staff(cli_env, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    assert "jfk-primary" in result.output
    assert runner.invoke(app, ["demo"]).exit_code == 0

    result = runner.invoke(app, ["import", "mis", str(SAMPLES / "arbor-students.csv"),
                                 str(SAMPLES / "arbor-guardians.csv"), "--school", DEMO_SLUG])
    assert result.exit_code == 0, result.output
    assert "pupils: 12 created" in result.output and "links: 20 created" in result.output

    bad = tmp_path / "pupils.csv"
    bad.write_text("Adno,Legal Surname,Legal Forename,Date of Birth\n77,Smith,Ann,2019-02-30\n78,Jones,Bob,\n")
    result = runner.invoke(app, ["import", "pupils", str(bad)])
    assert result.exit_code == 2
    assert "line 2: Date of Birth" in result.output and "1 imported, 1 rejected" in result.output

    result = runner.invoke(app, ["import", "pupils", str(bad), "--dry-run", "--school", "nowhere"])
    assert result.exit_code != 0 and "nowhere" in result.output

    result = runner.invoke(app, ["staff", "add", "Ops@Example.org", "--name", "Ops Person", "--role", "dsl"],
                           input="pw-12345\npw-12345\n")
    assert result.exit_code == 0, result.output
    assert "ops@example.org: created (dsl at jfk-primary)" in result.output
    assert runner.invoke(app, ["staff", "add", "x@example.org", "--name", "X", "--role", "janitor",
                               "--password", "p"]).exit_code != 0

    terms = Path(__file__).parents[1] / "mis" / "demo-terms-2026-27.ics"
    result = runner.invoke(app, ["import", "terms", str(terms), "--replace"])
    assert result.exit_code == 0, result.output
    assert "0 closed days created, 0 updated, 98 unchanged, 0 removed" in result.output
    assert "skipped: Parents' evening" in result.output

    engine = make_engine(cli_env)
    try:
        with Session(engine) as session:
            user = session.exec(select(StaffUser).where(StaffUser.email == "ops@example.org")).one()
            assert verify_password(user.password_hash, "pw-12345")
            assert session.exec(select(Pupil).where(Pupil.mis_id == "78")).one().legal_last_name == "Jones"
            assert session.exec(select(Pupil).where(Pupil.mis_id == "77")).first() is None
    finally:
        engine.dispose()
