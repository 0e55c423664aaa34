"""Shared fixtures. The database is SQLite unless ROLLCALL_TEST_DATABASE_URL names a PostgreSQL
server, in which case each test gets its own schema (so parallel runs never collide)."""

from __future__ import annotations

import datetime as dt
import os
import socket
import uuid
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url

from core.clock import FrozenClock
from models.db import create_schema, make_engine

PG_ENV = "ROLLCALL_TEST_DATABASE_URL"


def is_postgres() -> bool:
    return bool(os.environ.get(PG_ENV, "").startswith("postgresql"))


def _with_search_path(url: str, schema: str) -> str:
    parsed = make_url(url)
    return parsed.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)


@pytest.fixture
def db_url(tmp_path) -> Iterator[str]:
    """A URL for an empty database of the engine under test."""
    base = os.environ.get(PG_ENV)
    if not base:
        yield f"sqlite:///{tmp_path / 'rollcall.db'}"
        return
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = make_engine(base, poolclass=__import__("sqlalchemy.pool", fromlist=["NullPool"]).NullPool)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield _with_search_path(base, schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    create_schema(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def clock() -> FrozenClock:
    """Monday 23 November 2026, 07:30 in London (UTC in winter)."""
    return FrozenClock(dt.datetime(2026, 11, 23, 7, 30, tzinfo=dt.UTC))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any HTTP request made through httpx to an address outside loopback."""
    original = httpx.HTTPTransport.handle_request
    original_async = httpx.AsyncHTTPTransport.handle_async_request

    def check(request: httpx.Request) -> None:
        host = request.url.host
        if host not in ("127.0.0.1", "localhost", "::1", "testserver", "test"):
            raise RuntimeError(f"test tried to reach {host}: only loopback is allowed")

    def guarded(self, request):  # type: ignore[no-untyped-def]
        check(request)
        return original(self, request)

    async def guarded_async(self, request):  # type: ignore[no-untyped-def]
        check(request)
        return await original_async(self, request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", guarded)
    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", guarded_async)
    for var in ("TWILIO_EDGE", "TWILIO_REGION"):
        monkeypatch.delenv(var, raising=False)
