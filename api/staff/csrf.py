"""CSRF protection: every unsafe request carries the session's token, as the `csrf_token` form
field (plain forms) or the `X-CSRF-Token` header (htmx sends it from the page's `hx-headers`)."""

from __future__ import annotations

import secrets

from fastapi import HTTPException, Request

from api.staff.sessions import load_session

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


async def check_csrf(request: Request) -> None:
    """Refuse (403) an unsafe request whose token is missing or does not match the session's."""
    if request.method in SAFE_METHODS:
        return
    session = load_session(request)
    sent = request.headers.get("x-csrf-token")
    if not sent:
        form = await request.form()
        value = form.get("csrf_token")
        sent = value if isinstance(value, str) else None
    if session is None or not sent or not secrets.compare_digest(sent, session.csrf):
        raise HTTPException(403, "This form has expired or did not come from Rollcall. Reload the page and try again.")
