"""Letters to parents: merge fields, the school's template (or the built-in wording) in the
parent's language, printable HTML and PDF (WeasyPrint), approval by staff, and sending on the
parent's channel through the outbox."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel.dates import format_date
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from jinja2.sandbox import SandboxedEnvironment
from sqlmodel import Session, col, select

from bot.outbox import enqueue
from models.messages import Channel, Message, MessageKind
from models.monitoring import Letter, LetterKind, LetterStatus, LetterTemplate
from models.people import Contact, Pupil, PupilContact
from models.school import School
from monitoring.figures import Figures
from monitoring.periods import Period
from monitoring.wording import BUILTIN, MERGE_FIELDS

GAP = re.compile(r"\[\[[^\]]*\]\]")
_sandbox = SandboxedEnvironment(autoescape=False, undefined=StrictUndefined, keep_trailing_newline=False)
_pages = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                     autoescape=select_autoescape(["html"]))


class LetterError(ValueError):
    """A letter that cannot be approved or sent as it stands (the message says why)."""


@lru_cache(maxsize=256)
def _compiled(text: str):  # type: ignore[no-untyped-def]
    return _sandbox.from_string(text)


def fill(text: str, fields: dict[str, Any]) -> str:
    """Merge fields into a template text (unknown fields are an error, shown to the editor)."""
    return _compiled(text).render(**fields).strip()


def check_template(subject: str, body: str) -> None:
    """Refuse a template that does not render with sample fields (syntax error, unknown field)."""
    sample = {name: f"<{name}>" for name in MERGE_FIELDS}
    try:
        fill(subject, sample)
        fill(body, sample)
    except Exception as exc:  # jinja2 raises several types: all mean the template is unusable
        raise LetterError(f"The template does not work: {exc}") from exc


@lru_cache(maxsize=4096)
def long_date(day: dt.date, language: str) -> str:
    try:
        return format_date(day, format="long", locale="en_GB" if language == "en" else language)
    except Exception:  # unknown locale
        return format_date(day, format="long", locale="en_GB")


def _pct(figs: Figures | None) -> str:
    if figs is None or figs.percent is None:
        return ""
    return "100" if figs.attended == figs.possible else f"{figs.percent:.1f}"


def merge_fields(*, school: School, pupil: Pupil, contact: Contact | None, today: dt.date, language: str = "en",
                 figures: Figures | None = None, period: Period | None = None, target: float = 97.0,
                 late_dates: list[dt.date] | None = None, signature: str = "The Attendance Team") -> dict[str, Any]:
    """Every merge field for a letter about `pupil` (empty strings where a figure does not apply)."""
    name = ""
    if contact is not None:
        name = " ".join(x for x in (contact.title, contact.last_name) if x) if contact.title else contact.name
    dates = sorted(late_dates or [])
    late_text = ", ".join(long_date(d, language) for d in dates)
    return {
        "school_name": school.name, "date": long_date(today, language), "parent_name": name or "Parent or Carer",
        "pupil_name": pupil.display_name, "first_name": pupil.first_name,
        "year_form": " / ".join(x for x in (pupil.year_group, pupil.form) if x),
        "year_group": pupil.year_group, "form": pupil.form, "percentage": _pct(figures),
        "sessions_missed": "" if figures is None else figures.missed,
        "days_missed": "" if figures is None else f"{figures.missed / 2:g}",
        "possible_sessions": "" if figures is None else figures.possible,
        "period": "" if period is None else f"{long_date(period.first, language)} – {long_date(period.last, language)}",
        "period_start": "" if period is None else long_date(period.first, language),
        "period_end": "" if period is None else long_date(period.last, language),
        "target": f"{target:g}", "late_count": len(dates), "late_dates": late_text, "signature": signature,
    }


def school_templates(db: Session, school_id: int) -> dict[tuple[LetterKind, str], LetterTemplate]:
    rows = db.exec(select(LetterTemplate).where(LetterTemplate.school_id == school_id))
    return {(LetterKind(t.kind), t.language): t for t in rows}


def wording(kind: LetterKind, language: str,
            custom: dict[tuple[LetterKind, str], LetterTemplate]) -> tuple[str, str, str]:
    """(subject, body, language): the school's template, else the built-in, in `language` when
    one exists, else in English."""
    for lang in dict.fromkeys((language, "en")):
        if (kind, lang) in custom:
            t = custom[(kind, lang)]
            return t.subject, t.body, lang
        if kind in BUILTIN.get(lang, {}):
            subject, body = BUILTIN[lang][kind]
            return subject, body, lang
    raise LetterError(f"no wording for {kind}")  # unreachable: every kind has English wording


def first_contacts(db: Session, pupil_ids: list[int]) -> dict[int, Contact]:
    """Each pupil's first contact with parental responsibility (lowest priority number)."""
    out: dict[int, tuple[int, Contact]] = {}
    if not pupil_ids:
        return {}
    rows = db.exec(select(PupilContact, Contact).join(Contact, col(Contact.id) == PupilContact.contact_id)
                   .where(col(PupilContact.pupil_id).in_(pupil_ids), col(PupilContact.parental_responsibility)))
    for link, contact in rows:
        best = out.get(link.pupil_id)
        if best is None or (link.priority, contact.id or 0) < (best[0], best[1].id or 0):
            out[link.pupil_id] = (link.priority, contact)
    return {pid: c for pid, (_, c) in out.items()}


def letter_values(*, school: School, pupil: Pupil, contact: Contact | None, kind: LetterKind, now: dt.datetime,
                  today: dt.date, custom: dict[tuple[LetterKind, str], LetterTemplate], target: float,
                  figures: Figures | None = None, period: Period | None = None,
                  late_dates: list[dt.date] | None = None) -> dict[str, Any]:
    """The column values of a draft letter, in the contact's language where wording exists (bulk
    drafting inserts these directly; `draft_letter` builds one row)."""
    subject, body, language = wording(kind, (contact.language if contact else None) or "en", custom)
    fields = merge_fields(school=school, pupil=pupil, contact=contact, today=today, language=language,
                          figures=figures, period=period, target=target, late_dates=late_dates)
    return {"school_id": school.id, "pupil_id": pupil.id, "contact_id": contact.id if contact else None,
            "kind": kind, "status": LetterStatus.draft, "language": language, "subject": fill(subject, fields),
            "body": fill(body, fields), "merge": fields, "created_at": now, "updated_at": now}


def draft_letter(db: Session, *, school: School, pupil: Pupil, kind: LetterKind, now: dt.datetime, today: dt.date,
                 figures: Figures | None = None, period: Period | None = None,
                 late_dates: list[dt.date] | None = None, contact: Contact | None = None) -> Letter:
    """Draft one letter about a pupil (staff review and approve it before it is sent)."""
    if contact is None:
        contact = first_contacts(db, [pupil.id or 0]).get(pupil.id or 0)
    letter = Letter(**letter_values(school=school, pupil=pupil, contact=contact, kind=kind, now=now, today=today,
                                    custom=school_templates(db, school.id or 0), figures=figures, period=period,
                                    late_dates=late_dates, target=school.get_policy().monitoring.band_green_min))
    db.add(letter)
    db.flush()
    return letter


def paragraphs(body: str) -> list[list[str]]:
    return [p.splitlines() for p in re.split(r"\n\s*\n", body.strip()) if p.strip()]


def letter_html(letter: Letter, school: School) -> str:
    """The letter as a printable HTML page (A4, print styles)."""
    return _pages.get_template("letter.html").render(letter=letter, school=school, fields=letter.merge,
                                                      paragraphs=paragraphs(letter.body))


def letter_pdf(letter: Letter, school: School) -> bytes:
    from weasyprint import HTML

    return HTML(string=letter_html(letter, school)).write_pdf()


def edit_letter(letter: Letter, *, subject: str, body: str, now: dt.datetime) -> None:
    if letter.status != LetterStatus.draft:
        raise LetterError("Only a draft can be edited.")
    letter.subject, letter.body, letter.updated_at = subject.strip(), body.strip(), now


def approve_letter(letter: Letter, *, staff_id: int | None, staff_name: str, now: dt.datetime) -> None:
    if letter.status != LetterStatus.draft:
        raise LetterError("Only a draft can be approved.")
    gaps = GAP.findall(letter.subject + letter.body)
    if gaps:
        raise LetterError("Fill in " + ", ".join(dict.fromkeys(gaps)) + " before approving.")
    letter.status, letter.approved_by_id, letter.approved_by_name = LetterStatus.approved, staff_id, staff_name
    letter.approved_at = letter.updated_at = now


def address_for(contact: Contact) -> tuple[Channel, str] | None:
    """The contact's channel: Telegram when linked (unless SMS/WhatsApp is preferred), else SMS."""
    opted_out = set(contact.opted_out_channels or [])
    telegram = contact.telegram_chat_id is not None and "telegram" not in opted_out
    sms = bool(contact.mobile) and "sms" not in opted_out
    if telegram and (contact.preferred_channel in (None, "telegram") or not sms):
        return Channel.telegram, str(contact.telegram_chat_id)
    if contact.preferred_channel == "whatsapp" and contact.mobile and "whatsapp" not in opted_out:
        return Channel.whatsapp, contact.mobile
    if sms:
        return Channel.sms, contact.mobile or ""
    return None


def send_letter(db: Session, letter: Letter, *, now: dt.datetime) -> Message:
    """Queue an approved letter to its contact on their channel (subject, then the text)."""
    if letter.status != LetterStatus.approved:
        raise LetterError("A letter is sent only once a member of staff has approved it.")
    contact = db.get(Contact, letter.contact_id) if letter.contact_id else None
    target = address_for(contact) if contact else None
    if contact is None or target is None:
        raise LetterError("This parent has no channel Rollcall can reach: print the letter instead.")
    message = enqueue(db, channel=target[0], address=target[1], body=f"{letter.subject}\n\n{letter.body}", now=now,
                      kind=MessageKind.staff, school_id=letter.school_id, contact_id=contact.id,
                      pupil_id=letter.pupil_id, language=letter.language)
    letter.status, letter.sent_at, letter.message_id, letter.updated_at = LetterStatus.sent, now, message.id, now
    db.add(letter)
    db.flush()
    return message
