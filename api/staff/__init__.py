"""The staff web app: server-rendered pages (Jinja2 + htmx) for the office, attendance lead, DSL
and headteacher. `install(app)` mounts its routers, the static files and the login redirect."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from api.staff.auth import LoginLimiter, NotLoggedIn
from api.staff.templating import is_htmx

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"


def install(app: FastAPI) -> None:
    from api.staff import (
        export_views,
        inbox_views,
        leave_views,
        login_views,
        pupil_views,
        register_views,
        settings_views,
        today_views,
    )

    app.state.login_limiter = LoginLimiter()
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    for module in (login_views, today_views, register_views, pupil_views, inbox_views, leave_views,
                   settings_views, export_views):
        app.include_router(module.router)

    @app.exception_handler(NotLoggedIn)
    async def _login_first(request: Request, exc: NotLoggedIn) -> Response:
        target = "/staff/login"
        if request.method == "GET" and request.url.path.startswith("/staff/"):
            target += f"?next={request.url.path}"
        if is_htmx(request):
            return Response(status_code=401, headers={"HX-Redirect": target})
        return RedirectResponse(target, status_code=303)
