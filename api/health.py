"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import RedirectResponse
from sqlalchemy import text

from api.deps import DbDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz(db: DbDep) -> dict[str, str]:
    """OK when the service is up and its database answers."""
    db.exec(text("SELECT 1"))  # type: ignore[call-overload]
    return {"status": "ok"}


@router.get("/", include_in_schema=False)
def home() -> RedirectResponse:
    """The service's front door is the staff app (its login when signed out)."""
    return RedirectResponse("/staff/today", status_code=307)
