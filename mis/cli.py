"""`rollcall import ...`: MIS exports and term dates into a school (see mis/README.md).

Exit status: 0 when every row imported, 2 when some rows were rejected (the rest are kept),
1 when the file as a whole could not be read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from sqlmodel import Session

from models.school import School

import_app = typer.Typer(help="Import pupils, contacts and term dates from MIS exports.", no_args_is_help=True)

SchoolOpt = Annotated[str | None, typer.Option("--school", help="school slug (default: the only or demo school)")]
EncodingOpt = Annotated[str | None, typer.Option(help="force the file's encoding (default: UTF-8, else cp1252)")]
DryRunOpt = Annotated[bool, typer.Option("--dry-run", help="check and report, but save nothing")]
CsvFile = Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)]
PROGRESS_MIN_ROWS = 200


@contextmanager
def school_session(slug: str | None) -> Iterator[tuple[Session, School]]:
    """The configured database (migrated) and the school named by --school, as a CLI error if none."""
    from core.settings import get_settings
    from rollcall.bootstrap import UnknownSchool
    from rollcall.bootstrap import school_session as open_school_session

    try:
        with open_school_session(get_settings(), slug) as found:
            yield found
    except UnknownSchool as exc:
        raise typer.BadParameter(str(exc), param_hint="--school") from None


@contextmanager
def _progress(label: str) -> Iterator[Callable[[int, int], None]]:
    """A rich progress bar on stderr for files of PROGRESS_MIN_ROWS rows or more."""
    from rich.console import Console
    from rich.progress import Progress

    console = Console(stderr=True)
    if not console.is_terminal:
        yield lambda done, total: None
        return
    with Progress(console=console, transient=True) as bar:
        task = None

        def advance(done: int, total: int) -> None:
            nonlocal task
            if total < PROGRESS_MIN_ROWS:
                return
            if task is None:
                task = bar.add_task(label, total=total)
            bar.update(task, completed=done)

        yield advance


def _run(kind_files: list[tuple[str, Path]], school_slug: str | None, encoding: str | None, dry_run: bool) -> None:
    from mis.importer import import_contacts, import_links, import_pupils
    from mis.table import ImportFileError

    importers = {"pupils": import_pupils, "contacts": import_contacts, "links": import_links}
    rejected = 0
    with school_session(school_slug) as (session, school):
        for kind, path in kind_files:
            with _progress(f"{path.name}") as progress:
                try:
                    report = importers[kind](session, school, path.read_bytes(), source=path.name,
                                             encoding=encoding, progress=progress)
                except ImportFileError as exc:
                    session.rollback()
                    typer.echo(f"{path.name}: not imported: {exc}", err=True)
                    raise typer.Exit(1) from None
            typer.echo(report.summary())
            rejected += len(report.rejected)
        if dry_run:
            session.rollback()
            typer.echo("dry run: nothing saved")
    if rejected:
        raise typer.Exit(2)


@import_app.command("pupils")
def import_pupils_cmd(file: CsvFile, school: SchoolOpt = None, encoding: EncodingOpt = None,
                      dry_run: DryRunOpt = False) -> None:
    """Pupils from a student list: one row per pupil (SIMS student list, Arbor student export)."""
    _run([("pupils", file)], school, encoding, dry_run)


@import_app.command("contacts")
def import_contacts_cmd(file: CsvFile, school: SchoolOpt = None, encoding: EncodingOpt = None,
                        dry_run: DryRunOpt = False) -> None:
    """Contacts and their links: one row per pupil-contact pair (SIMS contacts, Arbor guardians)."""
    _run([("contacts", file)], school, encoding, dry_run)


@import_app.command("links")
def import_links_cmd(file: CsvFile, school: SchoolOpt = None, encoding: EncodingOpt = None,
                     dry_run: DryRunOpt = False) -> None:
    """Links between pupils and contacts already imported, by contact id (e.g. Guardian ID)."""
    _run([("links", file)], school, encoding, dry_run)


@import_app.command("mis")
def import_mis_cmd(pupils: CsvFile, contacts: CsvFile, school: SchoolOpt = None, encoding: EncodingOpt = None,
                   dry_run: DryRunOpt = False) -> None:
    """A whole export in one go: the student list, then the contacts file (SIMS or Arbor shape)."""
    _run([("pupils", pupils), ("contacts", contacts)], school, encoding, dry_run)


@import_app.command("terms")
def import_terms_cmd(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True, help="an iCalendar .ics file")],
    school: SchoolOpt = None,
    replace: Annotated[bool, typer.Option(help="delete closed days in the file's date range it no longer names")]
    = False,
    dry_run: DryRunOpt = False,
) -> None:
    """Term dates, holidays, INSET days and closures from an .ics file (see mis/terms.py)."""
    from mis.terms import TermsFileError, import_terms

    with school_session(school) as (session, target):
        try:
            report = import_terms(session, target, file.read_bytes(), source=file.name, replace=replace)
        except TermsFileError as exc:
            typer.echo(f"{file.name}: not imported: {exc}", err=True)
            raise typer.Exit(1) from None
        typer.echo(report.summary())
        if dry_run:
            session.rollback()
            typer.echo("dry run: nothing saved")
