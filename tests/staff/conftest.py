from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from core.settings import Settings
from tests.staff.seed import PASSWORD, World, csrf_from, seed_world


@pytest.fixture
def clock(clock):
    """Monday 23 November 2026, 09:40 in London: the register has closed, the office is busy."""
    clock.set(clock.now().replace(hour=9, minute=40))
    return clock


@pytest.fixture
def world(engine, clock) -> World:
    return seed_world(engine, clock.now())


@pytest.fixture
def client(engine, db_url, clock, world) -> Iterator[TestClient]:
    app = create_app(Settings(database_url=db_url, secret_key="test-secret"), engine=engine, clock=clock,
                     run_background=False)
    with TestClient(app, follow_redirects=False) as c:
        yield c


def login(client: TestClient, email: str, password: str = PASSWORD) -> str:
    """Log in; returns the session's CSRF token (read from the Today page)."""
    page = client.get("/staff/login")
    response = client.post("/staff/login", data={"email": email, "password": password,
                                                 "csrf_token": csrf_from(page.text)})
    assert response.status_code == 303, response.text
    return csrf_from(client.get("/staff/today").text)
