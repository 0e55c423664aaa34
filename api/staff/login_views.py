"""Logging in and out, and switching school (trust staff)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from api.deps import ClockDep, DbDep
from api.staff.auth import StaffDep, authenticate, schools_for
from api.staff.csrf import check_csrf
from api.staff.sessions import WebSession, load_session, save_session
from api.staff.templating import render
from models.audit import AuditEvent

router = APIRouter(prefix="/staff", include_in_schema=False)


def _safe_next(target: str | None) -> str:
    """Only local staff paths (no open redirect)."""
    if target and target.startswith("/staff/") and not target.startswith("//"):
        return target
    return "/staff/today"


@router.get("/login")
def login_page(request: Request, next: str | None = None) -> Response:
    session = load_session(request)
    if session is None:
        session = WebSession.fresh()
    response = render(request, "staff/login.html", csrf=session.csrf, next=_safe_next(next), error=None)
    save_session(request, response, session)
    return response


@router.post("/login", dependencies=[Depends(check_csrf)])
def login(
    request: Request, db: DbDep, clock: ClockDep,
    email: Annotated[str, Form(max_length=200)], password: Annotated[str, Form(max_length=200)],
    next_url: Annotated[str, Form(alias="next")] = "/staff/today",
) -> Response:
    now = clock.now()
    session = load_session(request) or WebSession.fresh()
    client = request.client.host if request.client else "unknown"
    if not request.app.state.login_limiter.allow(client, now):
        return render(request, "staff/login.html", status_code=429, csrf=session.csrf, next=_safe_next(next_url),
                      error="Too many attempts from this address. Wait a few minutes and try again.")
    user = authenticate(db, email, password, now)
    if user is None or not schools_for(db, user):
        db.add(AuditEvent(action="login_failed", subject=email.strip().lower()[:200], at=now))
        db.commit()
        return render(request, "staff/login.html", status_code=401, csrf=session.csrf, next=_safe_next(next_url),
                      error="Email or password not recognised (after 5 failed attempts the account is "
                            "locked for 15 minutes).")
    school_id = next(iter(schools_for(db, user)))
    db.add(AuditEvent(school_id=school_id, staff_id=user.id, action="login", subject=user.email, at=now))
    db.commit()
    response = RedirectResponse(_safe_next(next_url), status_code=303)
    save_session(request, response, session.rotate(staff_id=user.id, school_id=school_id))
    return response


@router.post("/logout", dependencies=[Depends(check_csrf)])
def logout(request: Request) -> Response:
    response = RedirectResponse("/staff/login", status_code=303)
    save_session(request, response, WebSession.fresh())
    return response


@router.post("/school", dependencies=[Depends(check_csrf)])
def switch_school(request: Request, db: DbDep, staff: StaffDep, school_id: Annotated[int, Form()]) -> Response:
    if school_id not in schools_for(db, staff.user):
        raise HTTPException(404, "No such school.")
    session = load_session(request)
    assert session is not None
    response = RedirectResponse("/staff/today?flash=school", status_code=303)
    save_session(request, response, WebSession(session.sid, session.csrf, session.staff_id, school_id))
    return response
