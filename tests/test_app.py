import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from core.settings import Settings


def test_healthz_and_openapi(engine, db_url, clock):
    app = create_app(Settings(database_url=db_url), engine=engine, clock=clock, run_background=False)
    with TestClient(app) as client:
        assert client.get("/healthz").json() == {"status": "ok"}
        assert client.get("/docs").status_code == 200
        assert client.get("/openapi.json").json()["info"]["title"] == "Rollcall"
        assert client.get("/", follow_redirects=False).headers["location"] == "/staff/today"


def test_production_refuses_the_development_secret(db_url):
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        create_app(Settings(database_url=db_url, demo_mode=False))
    assert create_app(Settings(database_url=db_url, demo_mode=False, secret_key="a-long-random-secret"))
