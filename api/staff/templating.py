"""The Jinja2 environment for staff pages (api/templates) and its helpers.

Other packages rendering staff pages (monitoring) extend `base.html` and render through `render`,
passing the `StaffContext` as `staff`; `base.html` then shows the nav, the school switcher, the
flash message and the CSRF token that htmx sends on every request."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
templates = Jinja2Templates(directory=str(TEMPLATES_DIR))

NAV = (("today", "Today", "/staff/today"), ("register", "Register", "/staff/register"),
       ("pupils", "Pupils", "/staff/pupils"), ("inbox", "Inbox", "/staff/inbox"),
       ("leave", "Leave", "/staff/leave"), ("monitoring", "Monitoring", "/staff/monitoring"),
       ("settings", "Settings", "/staff/settings"), ("export", "Export", "/staff/export"))

FLASHES = {
    "saved": "Saved.", "register": "Register saved.", "late": "Late arrival signed in.",
    "replied": "Reply queued to the parent.", "decided": "Decision recorded and the parent told.",
    "imported": "Closed days imported.", "links": "Link codes created.", "school": "School switched.",
    "confirmed": "Marks confirmed.", "amended": "Mark amended.", "task": "Task updated.", "hold": "Hold updated.",
}


def _local(value: dt.datetime | None, tz: str = "Europe/London", fmt: str = "%H:%M") -> str:
    if value is None:
        return ""
    return value.astimezone(ZoneInfo(tz)).strftime(fmt)


def _day(value: dt.date | None, fmt: str = "%a %-d %b") -> str:
    return value.strftime(fmt) if value else ""


templates.env.filters["local"] = _local
templates.env.filters["day"] = _day
templates.env.globals["NAV"] = NAV


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render a template with the request, the staff context (from `current_staff`) and a flash."""
    context.setdefault("staff", getattr(request.state, "staff", None))
    context.setdefault("flash", FLASHES.get(request.query_params.get("flash", "")))
    return templates.TemplateResponse(request, name, context, status_code=status_code)
