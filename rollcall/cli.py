"""The `rollcall` command line. Each command delegates to the layer that owns the work."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from core.settings import get_settings
from mis.cli import import_app

app = typer.Typer(help="Rollcall: the absence reporting line for schools.", no_args_is_help=True)
db_app = typer.Typer(help="Database migrations.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def db_upgrade(revision: str = "head") -> None:
    """Apply migrations up to REVISION (default: the newest)."""
    from models.migrate import upgrade

    upgrade(get_settings().database_url, revision)
    typer.echo(f"database at {revision}")


@db_app.command("downgrade")
def db_downgrade(revision: str = typer.Argument(..., help="target revision, e.g. base or -1")) -> None:
    """Revert migrations down to REVISION."""
    from models.migrate import downgrade

    downgrade(get_settings().database_url, revision)
    typer.echo(f"database at {revision}")


@app.command()
def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    scheduler: Annotated[bool, typer.Option(help="run the chase scheduler and outbox in this process")] = True,
    workers: Annotated[int, typer.Option(min=1, help="web processes (PostgreSQL); each claims work with "
                                                     "SKIP LOCKED, so several never send twice")] = 1,
) -> None:
    """Serve the web app, webhooks and (by default) the scheduler: the embedded default."""
    import os

    import uvicorn

    from api.app import create_app
    from rollcall.bootstrap import prepare_database

    settings = get_settings()
    prepare_database(settings)
    if workers == 1:
        uvicorn.run(create_app(settings, run_background=scheduler), host=host, port=port, log_level="info")
        return
    os.environ["ROLLCALL_RUN_SCHEDULER"] = "true" if scheduler else "false"
    uvicorn.run("api.app:create_app", factory=True, host=host, port=port, workers=workers, log_level="info")


@app.command()
def demo() -> None:
    """Create (or refresh) the demo school with its pupils, contacts and staff."""
    from rollcall.bootstrap import prepare_database, seed_demo

    settings = get_settings()
    prepare_database(settings, seed=False)
    typer.echo(seed_demo(settings))


@app.command()
def parse() -> None:
    """Parse JSON lines of messages on stdin into JSON lines of results (CONVENTIONS.md)."""
    from understanding.batch import run_batch

    run_batch(sys.stdin, sys.stdout)


@app.command()
def converse() -> None:
    """Replay scripted conversations (JSON lines on stdin, CONVENTIONS.md) through the channel pipeline."""
    from bot.converse import run_scenarios

    run_scenarios(sys.stdin, sys.stdout)


@app.command("telegram-poll")
def telegram_poll() -> None:
    """Run the Telegram bot by long polling with the outbox sender (local development, no public URL)."""
    import asyncio

    from bot.polling import run_polling
    from core.clock import SystemClock
    from models.db import make_engine
    from rollcall.bootstrap import prepare_database

    settings = get_settings()
    if not settings.telegram_bot_token:
        raise typer.BadParameter("set ROLLCALL_TELEGRAM_BOT_TOKEN first")
    prepare_database(settings, seed=False)
    engine = make_engine(settings.database_url)
    try:
        asyncio.run(run_polling(engine, settings, SystemClock()))
    finally:
        engine.dispose()


@app.command()
def simulate(
    fmt: Annotated[str, typer.Option("--format", help="json (one line per scenario) or table (for people)")] = "json",
    school: Annotated[str | None, typer.Option(help="replay under this school's own times, closed days and policy "
                                                    "(its slug in the configured database)")] = None,
) -> None:
    """Replay chase scenarios (JSON lines on stdin, CHASE.md) and print what was sent, raised and marked."""
    from scheduler.simulate import run_cli, school_settings

    if fmt not in ("json", "table"):
        raise typer.BadParameter("--format is json or table")
    settings = None
    if school is not None:
        from models.db import make_engine

        engine = make_engine(get_settings().database_url)
        try:
            settings = school_settings(engine, school)
        except LookupError as exc:
            raise typer.BadParameter(str(exc), param_hint="--school") from exc
        finally:
            engine.dispose()
    run_cli(sys.stdin, sys.stdout, fmt, settings)


@app.command()
def worker(
    name: Annotated[str | None, typer.Option(help="worker name recorded on the steps it runs")] = None,
    outbox: Annotated[bool, typer.Option(help="also run the outbox sender")] = True,
) -> None:
    """Run the chase scheduler (and the outbox sender) without the web app; any number of workers may
    share one PostgreSQL."""
    import asyncio

    from core.clock import SystemClock
    from models.db import make_engine
    from scheduler.loop import run_until_signalled

    settings = get_settings()
    engine = make_engine(settings.database_url)
    try:
        asyncio.run(run_until_signalled(engine, settings, SystemClock(), name=name, outbox=outbox))
    finally:
        engine.dispose()


school_app = typer.Typer(help="School settings.", no_args_is_help=True)
app.add_typer(school_app, name="school")


@school_app.command("api-key")
def school_api_key(slug: str) -> None:
    """Mint a new MIS push API key for the school SLUG (the old one stops working); prints it once."""
    from models.db import make_engine, session_scope
    from scheduler.apikeys import mint_api_key

    engine = make_engine(get_settings().database_url)
    try:
        with session_scope(engine) as db:
            key = mint_api_key(db, slug)
    except LookupError as exc:
        raise typer.BadParameter(str(exc), param_hint="SLUG") from exc
    finally:
        engine.dispose()
    typer.echo(key)


app.add_typer(import_app, name="import")
staff_app = typer.Typer(help="Staff accounts.", no_args_is_help=True)
app.add_typer(staff_app, name="staff")


@staff_app.command("add")
def staff_add(
    email: str,
    name: Annotated[str, typer.Option(help="the person's name as staff see it")],
    role: Annotated[str, typer.Option(help="office, attendance_lead, dsl, headteacher or admin")] = "admin",
    school: Annotated[str | None, typer.Option(help="school slug (default: the only or demo school)")] = None,
    password: Annotated[str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True,
                                          envvar="ROLLCALL_STAFF_PASSWORD")] = "",
) -> None:
    """Create a staff account with a role at a school (or add the role to an existing account)."""
    from mis.cli import school_session
    from models import Role
    from rollcall.bootstrap import add_staff

    try:
        staff_role = Role(role)
    except ValueError:
        raise typer.BadParameter(f"one of {', '.join(r.value for r in Role)}", param_hint="--role") from None
    with school_session(school) as (db, target):
        try:
            typer.echo(add_staff(db, email=email, name=name, school=target, role=staff_role, password=password))
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None


@app.command()
def monitor(
    school: Annotated[str | None, typer.Option(help="only the school with this slug")] = None,
    workers: Annotated[int, typer.Option(help="processes sharing the schools (PostgreSQL only)")] = 1,
) -> None:
    """Recompute attendance figures and raise new threshold crossings (tasks, draft letters) once each."""
    from sqlmodel import Session

    from core.clock import SystemClock
    from models.db import make_engine
    from monitoring.recompute import recompute_all

    url = get_settings().database_url
    engine = make_engine(url)
    try:
        with Session(engine, expire_on_commit=False) as db:
            results = recompute_all(db, SystemClock().now(), school, workers=workers, url=url)
    finally:
        engine.dispose()
    if school and not results:
        raise typer.BadParameter(f"no school with slug {school!r}", param_hint="--school")
    for result in results:
        typer.echo(result.summary())


if __name__ == "__main__":
    app()
