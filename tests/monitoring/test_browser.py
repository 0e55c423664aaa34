"""The monitoring pages in a real browser (Debian's headless Chromium against uvicorn), with
screenshots of the school page and a pupil page saved under docs/screenshots/."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session

from api.app import create_app
from core.clock import FrozenClock
from core.settings import Settings
from models.people import Role
from monitoring.recompute import recompute_school
from tests.live import CHROMIUM, launch_chromium, live_server
from tests.monitoring import helpers as h
from tests.monitoring.calendar_data import AUTUMN_2026_CLOSED
from tests.monitoring.test_pages import PASSWORD, _staff

pytestmark = pytest.mark.browser
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
playwright_api = pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():
    pytest.skip("Debian's chromium is not installed", allow_module_level=True)

NAMES = ["Amelia Shah", "Noah Kowalski", "Isla Brown", "Leo Popescu", "Ava Hussain", "Oliver Smith", "Mia Nowak",
         "Jack Hall", "Freya Ali", "Harry Jones", "Zara Khan", "George Evans", "Lily Ahmed", "Oscar Green",
         "Ella Murphy", "Arlo Begum", "Ivy Wilson", "Theo Silva", "Grace Taylor", "Finn O'Brien", "Maya Patel",
         "Leon Costa", "Ruby Clarke", "Adam Nagy"]


def _world(engine) -> int:
    """A school of 24 pupils with an autumn term of varied marks; returns one struggling pupil's id."""
    rng = random.Random(7)
    days = h.days(dt.date(2026, 9, 1), dt.date(2026, 11, 23), AUTUMN_2026_CLOSED)
    with Session(engine, expire_on_commit=False) as db:
        s = h.school(db, closed=AUTUMN_2026_CLOSED)
        focus = None
        for i, name in enumerate(NAMES):
            first, last = name.split()
            p = h.pupil(db, s, first, last, year=f"Year {3 + i % 4}", form=f"{3 + i % 4}{'AB'[i % 2]}",
                        send=i % 5 == 0, fsm=i % 3 == 0, eal=i % 4 == 0, social_worker=i == 7)
            rate = [0.0, 0.02, 0.04, 0.08, 0.15][i % 5]
            marks = []
            for d in days:
                for half in ("AM", "PM"):
                    r = rng.random()
                    code = rng.choice("IIIMOGNU") if r < rate else ("L" if r < rate + 0.03 and half == "AM" else
                                                                     "/" if half == "AM" else "\\")
                    marks.append((d, half, code))
            if i == 7:  # Jack: a week's holiday in November and some lateness
                marks = [(d, hf, "G" if dt.date(2026, 11, 9) <= d <= dt.date(2026, 11, 13) else c)
                         for d, hf, c in marks]
                focus = p.id
            h.marks(db, p, marks)
        _staff(db, "lead@oak.test", s.id, Role.attendance_lead)
        recompute_school(db, s, h.NOW)
        db.commit()
    assert focus is not None
    return focus


@pytest.fixture
def server(engine, db_url) -> Iterator[tuple[str, int]]:
    focus = _world(engine)
    app = create_app(Settings(database_url=db_url, secret_key="browser-secret"), engine=engine,
                     clock=FrozenClock(h.NOW), run_background=False)
    with live_server(app) as base:
        yield base, focus


def test_school_and_pupil_pages_in_a_browser(server):
    base, pupil_id = server
    expect = playwright_api.expect
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with playwright_api.sync_playwright() as p:
        browser = launch_chromium(p)
        try:
            page = browser.new_context(viewport={"width": 1360, "height": 900}, java_script_enabled=False).new_page()
            page.goto(f"{base}/staff/monitoring")
            assert "/staff/login" in page.url
            page.get_by_label("Email").fill("lead@oak.test")
            page.get_by_label("Password").fill(PASSWORD)
            page.get_by_role("button", name="Log in").click()
            page.goto(f"{base}/staff/monitoring")
            expect(page.get_by_role("heading", name="Attendance monitoring")).to_be_visible()
            for chart in ("chart-week", "chart-weekday", "chart-year", "chart-flag", "chart-codes", "chart-bands"):
                expect(page.locator(f"svg#{chart}")).to_be_visible()
            expect(page.locator(".threshold-list").first).to_be_visible()
            page.screenshot(path=str(SCREENSHOTS / "monitoring-school.png"), full_page=True)

            page.get_by_role("link", name="Jack Hall").first.click()
            expect(page.get_by_role("heading", name="Jack Hall")).to_be_visible()
            assert page.url.endswith(f"/staff/monitoring/pupils/{pupil_id}")
            expect(page.locator("svg#chart-calendar")).to_be_visible()
            expect(page.locator("svg#chart-line path.series")).to_have_count(2)
            expect(page.get_by_text("penalty", exact=True)).to_be_visible()  # 10 G sessions in one week
            page.screenshot(path=str(SCREENSHOTS / "monitoring-pupil.png"), full_page=True)

            page.get_by_role("link", name="Meeting invitation (letter 2)").click()  # below 90%: the meeting letter
            expect(page.get_by_label("Text")).to_contain_text("[[meeting date]]")
            page.get_by_role("button", name="Approve").click()
            expect(page.get_by_role("alert")).to_contain_text("Fill in [[meeting date]], [[meeting time]]")
            page.screenshot(path=str(SCREENSHOTS / "monitoring-letter.png"), full_page=True)
        finally:
            browser.close()
