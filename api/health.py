"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import text

from api.deps import DbDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz(db: DbDep) -> dict[str, str]:
    """OK when the service is up and its database answers."""
    db.exec(text("SELECT 1"))  # type: ignore[call-overload]
    return {"status": "ok"}
