"""The `rollcall` command line. Each command delegates to the layer that owns the work."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from core.settings import get_settings

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
) -> None:
    """Serve the web app, webhooks and (by default) the scheduler: the embedded default."""
    import uvicorn

    from api.app import create_app
    from rollcall.bootstrap import prepare_database

    settings = get_settings()
    prepare_database(settings)
    uvicorn.run(create_app(settings, run_background=scheduler), host=host, port=port, log_level="info")


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


if __name__ == "__main__":
    app()
