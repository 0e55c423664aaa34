"""The office's morning in a real browser: Debian's headless Chromium against a real uvicorn server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from api.app import create_app
from core.settings import Settings
from scheduler.engine import tick
from tests.live import CHROMIUM, launch_chromium, live_server
from tests.staff.browser_world import enrich
from tests.staff.seed import PASSWORD

pytestmark = pytest.mark.browser
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

playwright_api = pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():
    pytest.skip("Debian's chromium is not installed", allow_module_level=True)


@pytest.fixture
def server(engine, db_url, clock, world) -> Iterator[str]:
    app = create_app(Settings(database_url=db_url, secret_key="browser-secret"), engine=engine, clock=clock,
                     run_background=False)
    app.state.staff_poll_seconds = 1
    with live_server(app) as base:
        yield base


@pytest.fixture
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as p:
        b = launch_chromium(p)
        yield b
        b.close()


def _login(page, base: str, email: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{base}/staff/today")
    assert "/staff/login" in page.url
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{base}/staff/today")


def test_office_runs_the_morning(server, browser, engine, world, clock):
    expect = playwright_api.expect
    ids = enrich(engine, world, clock.now())
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    page = context.new_page()
    _login(page, server, "office@oak.test")
    expect(page.get_by_role("heading", name="Today")).to_be_visible()

    # confirm a code with one click
    jack_am = page.locator(f"#mark-{world.jack_am}")
    jack_am.get_by_role("button", name="Confirm").click()
    expect(jack_am.locator(".badge")).to_have_text("confirmed")
    expect(jack_am.locator("summary")).to_be_focused()  # keyboard focus stays on the row after the swap

    # amend one with a reason and see the audit line under it
    jack_pm = page.locator(f"#mark-{world.jack_am + 1}")
    jack_pm.locator("summary", has_text="Amend").click()
    jack_pm.get_by_label("New code").fill("M")
    jack_pm.get_by_label("Reason for the amendment").fill("Dad rang: GP appointment in the afternoon")
    jack_pm.get_by_role("button", name="Save").click()
    expect(page.locator(".audit").last).to_contain_text("I → M (confirmed) · Olive Office (office)")
    expect(page.locator(".audit").last).to_contain_text("Dad rang: GP appointment in the afternoon")

    # claim a task, record the outcome and close it
    task = page.locator(f"#task-{world.phone_task}")
    task.get_by_role("button", name="Claim").click()
    expect(task).to_contain_text("claimed by you")
    task.locator("summary", has_text="Record outcome").click()
    task.get_by_label("Outcome").fill("Spoke to aunt: Noah has flu, back Wednesday")
    task.get_by_role("button", name="Close task").click()
    expect(page.locator(f"#task-{world.phone_task}")).to_have_count(0)
    expect(page.locator("#tasks")).to_contain_text("1 closed today")

    # take 4B's register in a second tab and watch the absence appear in the chase list of the first
    register = context.new_page()
    register.goto(f"{server}/staff/register?form=4B&half=AM")
    register.locator(f"input[name='mark-{ids['Freya']}'][value='N']").check()
    register.locator(f"input[name='mark-{ids['George']}'][value='N']").check()
    register.get_by_role("button", name="Save 4B AM register").click()
    expect(register.locator(".flash")).to_have_text("Register saved.")
    chase = page.locator("#chase")
    expect(chase).to_contain_text("Freya Ali", timeout=10_000)
    expect(chase).to_contain_text("George Ward")
    tick(engine, now=clock.now())
    expect(chase.locator(f"#chase-{ids['George']}")).to_contain_text("chasing since 09:40", timeout=10_000)
    expect(chase.locator(f"#chase-{ids['George']}")).to_contain_text("Next: Message to 2nd contacts at 10:10")

    # George turns up at the office: sign him in late (after the 09:20 close, so U)
    register.get_by_label("Pupil").select_option(str(ids["George"]))
    register.get_by_label("Arrival time").fill("09:38")
    register.get_by_role("button", name="Sign in").click()
    expect(register.locator(".flash")).to_have_text("Late arrival signed in.")
    register.screenshot(path=str(SCREENSHOTS / "register.png"), full_page=True)
    expect(register.locator("tr", has_text="George Ward")).to_contain_text("U")
    expect(chase.locator(f"#chase-{ids['George']}")).to_have_count(0, timeout=10_000)
    expect(chase).to_contain_text("Freya Ali")
    page.screenshot(path=str(SCREENSHOTS / "today.png"), full_page=True)

    # the pupil page, as the DSL sees it
    dsl = browser.new_context(viewport={"width": 1360, "height": 900}).new_page()
    _login(dsl, server, "dsl@oak.test")
    dsl.goto(f"{server}/staff/pupils/{world.noah}")
    expect(dsl.get_by_role("heading", name="Safeguarding")).to_be_visible()
    expect(dsl.locator("body")).to_contain_text("family moving house")
    dsl.screenshot(path=str(SCREENSHOTS / "pupil.png"), full_page=True)

    # and on a phone
    phone = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1).new_page()
    _login(phone, server, "office@oak.test")
    expect(phone.locator("#reports")).to_be_visible()
    phone.screenshot(path=str(SCREENSHOTS / "today-phone.png"), full_page=False)
