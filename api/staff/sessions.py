"""Signed session cookies for the staff app.

The cookie holds a random session id, the CSRF token, the staff id and the chosen school, signed
with the service's secret key and valid for `MAX_AGE` seconds. `rotate` issues a fresh session id
and CSRF token (at login and logout), so a session id planted before login is worthless after it.
"""

from __future__ import annotations

import secrets
from dataclasses import asdict, dataclass

from fastapi import Request, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer

from core.settings import Settings

COOKIE = "rollcall_staff"
MAX_AGE = 12 * 3600


@dataclass
class WebSession:
    sid: str
    csrf: str
    staff_id: int | None = None
    school_id: int | None = None

    @classmethod
    def fresh(cls) -> WebSession:
        return cls(sid=secrets.token_urlsafe(24), csrf=secrets.token_urlsafe(24))

    def rotate(self, *, staff_id: int | None, school_id: int | None) -> WebSession:
        """A new session (new id, new CSRF token) for this browser."""
        return WebSession(sid=secrets.token_urlsafe(24), csrf=secrets.token_urlsafe(24), staff_id=staff_id,
                          school_id=school_id)


def _serializer(settings: Settings) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(settings.secret_key.get_secret_value(), salt="rollcall-staff-session")


def load_session(request: Request) -> WebSession | None:
    """The request's session, or None when the cookie is missing, forged or expired."""
    if hasattr(request.state, "web_session"):
        return request.state.web_session
    raw = request.cookies.get(COOKIE)
    session = None
    if raw:
        try:
            data = _serializer(request.app.state.settings).loads(raw, max_age=MAX_AGE)
            session = WebSession(**data)
        except (BadSignature, TypeError, ValueError):
            session = None
    request.state.web_session = session
    return session


def save_session(request: Request, response: Response, session: WebSession) -> None:
    settings: Settings = request.app.state.settings
    request.state.web_session = session
    response.set_cookie(
        COOKIE, _serializer(settings).dumps(asdict(session)), max_age=MAX_AGE, httponly=True,
        secure=settings.public_base_url.startswith("https://"), samesite="strict", path="/",
    )
