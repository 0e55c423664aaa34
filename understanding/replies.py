"""Replies to parents from translatable templates (gettext catalogues under understanding/locale).

Catalogues are compiled from the committed .po files in memory (core.i18n.catalogue) the first time a
language is used, so a fresh checkout needs no build step. Days are formatted with babel ("Mon 23 Nov").
"""

from __future__ import annotations

import datetime as dt
import gettext
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from babel.dates import format_date, format_time

from core import i18n
from core.calendar import Session
from understanding.types import Child, PupilReport

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "rollcall"
BABEL_LOCALE = {"en": "en_GB"}


def N_(message: str) -> str:
    """Mark a string for extraction; it is translated where it is used."""
    return message


REASON_PHRASES = {
    "illness": N_("absent through illness"),
    "medical": N_("absent for a medical appointment"),
    "religious": N_("absent for religious observance"),
    "holiday": N_("away on holiday"),
    "exceptional": N_("absent because of exceptional family circumstances"),
    "family_event": N_("absent for a family event"),
    "interview": N_("absent for an interview"),
    "transport": N_("absent because of travel problems"),
    "unsatisfactory": N_("absent"),
    "unknown": N_("absent"),
    "late": N_("arriving late"),
}
CLARIFY = {
    "which": N_("Which of your children is this about? Please reply with their first name."),
    "ambiguous": N_("Which of your children do you mean? Please reply with their first name."),
    "unknown": N_("We don't have a child called {name} linked to your number. Which of your children do you mean?"),
    "day": N_("Which day or days will they be away? Please reply with the day or date."),
    "conflict": N_("The day and the date in your message don't match. Which day do you mean?"),
    "reason": N_("Thank you. What is the reason for the absence? Please reply in a few words, for example illness or "
                 "a medical appointment."),
}


def catalogue(language: str) -> gettext.NullTranslations:
    """The replies' catalogue in `language` (compiled once, by core.i18n)."""
    return i18n.catalogue(LOCALE_DIR, DOMAIN, language)


def _(language: str, message: str, **values: object) -> str:
    text = catalogue(language).gettext(message)
    return text.format(**values) if values else text


def _locale(language: str) -> str:
    return BABEL_LOCALE.get(language, language)


@lru_cache(maxsize=4096)
def format_day(day: dt.date, language: str) -> str:
    return format_date(day, "EEE d MMM", locale=_locale(language))


def join(items: Sequence[str], language: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return _(language, "{first} and {last}", first=", ".join(items[:-1]), last=items[-1])


def describe_sessions(sessions: Sequence[Session], language: str, *, halves: bool = True) -> str:
    """ "Mon 23 Nov and Tue 24 Nov", with "(morning)" or "(afternoon)" for half days."""
    by_day: dict[dt.date, set[str]] = {}
    for s in sessions:
        by_day.setdefault(s.day, set()).add(s.half)
    parts = []
    for day in sorted(by_day):
        label = format_day(day, language)
        marked = by_day[day] if halves else {"AM", "PM"}
        if marked == {"AM"}:
            label = _(language, "{day} (morning)", day=label)
        elif marked == {"PM"}:
            label = _(language, "{day} (afternoon)", day=label)
        parts.append(label)
    return join(parts, language)


def record_reply(reports: Sequence[PupilReport], children: Sequence[Child], language: str, *, open_end: bool = False,
                 dv_rule: bool = False) -> str:
    """ "Thanks. We've recorded Jack as absent through illness on Mon 23 Nov and Tue 24 Nov." plus reminders."""
    names = {c.id: c.first_name for c in children}
    groups: dict[tuple[str, tuple[Session, ...], dt.time | None], list[str]] = {}
    for r in reports:
        key = (r.reason, tuple(sorted(r.sessions)), r.arrival)
        groups.setdefault(key, []).append(names.get(r.pupil_id, r.pupil_id))
    lines = []
    for (reason, sessions, arrival), kids in groups.items():
        line = _(language, "Thanks. We've recorded {children} as {what} on {days}.", children=join(kids, language),
                 what=_(language, REASON_PHRASES.get(reason, "absent")),
                 days=describe_sessions(sessions, language, halves=reason != "late"))
        if arrival:
            line += " " + _(language, "Expected arrival: {time}.",
                            time=format_time(arrival, "HH:mm", locale=_locale(language)))
        lines.append(line)
    reasons = {r.reason for r in reports}
    ill = [r for r in reports if r.reason == "illness"] or list(reports)  # the reminders are about the ill ones
    everyone = join([names.get(r.pupil_id, r.pupil_id) for r in ill], language)
    if "unknown" in reasons:
        lines.append(_(language, "Could you let us know the reason for the absence?"))
    if open_end:
        lines.append(_(language, "Please keep us updated each morning about {children}.", children=everyone))
    if dv_rule:
        lines.append(_(language, "After sickness or diarrhoea, please keep {children} at home until 48 hours after the "
                                 "last episode.", children=everyone))
    return " ".join(lines)


def clarify_reply(kind: str, language: str, **values: object) -> str:
    return _(language, CLARIFY.get(kind, CLARIFY["day"]), **values)


def forward_reply(language: str) -> str:
    return _(language, "Thanks for your message. We've passed it on to the school office.")


def withdrawn_reply(children: Sequence[str], sessions: Sequence[Session], language: str) -> str:
    return _(language, "Thanks for letting us know. We've removed the absence for {children} on {days}.",
             children=join(list(children), language), days=describe_sessions(sessions, language))


def acknowledge_reply(language: str) -> str:
    return _(language, "You're welcome. Thank you for letting us know.")


def nothing_to_change_reply(language: str) -> str:
    return _(language, "Thanks for letting us know. There was nothing recorded to change.")
