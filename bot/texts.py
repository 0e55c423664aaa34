"""What Rollcall says to parents outside the understanding layer's replies: fixed, short, never carrying
pupil data to anyone who has not proved who they are, and in the parent's language.

The constants are the English msgids of the "bot" gettext domain (bot/locale, compiled in memory by
core.i18n); `say` translates one. The language is the contact's own setting, else the language of
their last message, else English (`contact_language`, `reply_language`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlmodel import Session, select

from core.calendar import Session as RegisterSession
from core.i18n import base_language, catalogue
from models.conversation import Conversation
from models.people import Contact, Pupil
from understanding.replies import describe_sessions, format_day, join

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "bot"


def N_(message: str) -> str:
    """Mark a msgid; it is translated where it is used."""
    return message


UNKNOWN_NUMBER = N_(
    "Sorry, we don't recognise this number, so we can't record anything from it. If you are a parent or "
    "carer, please ask your child's school office to update the phone number they hold for you, then "
    "message us again."
)
UNLINKED_TELEGRAM = N_(
    "This Telegram account isn't linked to a parent or carer on our records, so we can't record anything "
    "from it. Please open the link your school sent you and share your phone number with the button, or "
    "ask your child's school office to update the phone number they hold for you."
)
LINK_ASK = N_(
    "Welcome to Rollcall. To link this account, please share your phone number with the button below. "
    "It must be the number your child's school holds for you."
)
LINK_BUTTON = N_("Share my phone number")
LINK_REFUSED = N_(
    "Sorry, we couldn't link this account: the number must be your own and match the one your child's "
    "school holds for you. Please ask the school office to update your number, then try again."
)
LINKED = N_("Thank you, this account is now linked to {children}.")
HELP = N_(
    "Tell us here when your child will be absent or late, with their name, the reason and the days, "
    "e.g. \"Jack has a temperature and won't be in today\". We'll reply to confirm, and the school "
    "office checks every report. Commands: /children lists your children, /language sets your language."
)
EMPTY = N_("We received an empty message. Please tell us in words who is absent, why, and for which days.")
EVIDENCE_ADDED = N_("Thank you, we've added this to your report for the school office to see.")
EVIDENCE_REJECTED = N_(
    "Sorry, we couldn't keep that attachment: we accept photos and PDF files of a few megabytes at most. "
    "Please send a photo of the letter or card instead."
)
HELD_FOR_STAFF = N_(
    "The register for {sessions} has already been completed, so the school office will look at this change."
)
STOPPED = N_("You won't get any more messages from Rollcall on this channel. Reply START to receive them again.")
STARTED = N_("You will receive messages from Rollcall on this channel again. Reply STOP to stop them.")
LANGUAGE_SET = N_("Thanks, we'll use {language} when we can.")
LANGUAGE_ASK = N_("Send /language followed by a language code, for example /language pl. Available: {codes}.")
NO_CHILDREN = N_("There are no children linked to you yet. Please ask the school office.")
CHILDREN_HEADER = N_("Your children on our records:")
LEAVE_GRANTED = N_("{school}: your request for {child} to be absent on {days} has been granted.")
LEAVE_REFUSED = N_(
    "{school}: your request for {child} to be absent on {days} has been refused, so the absence would be "
    "unauthorised."
)
DAY_SPAN = N_("{first} to {last}")

MESSAGES = (
    UNKNOWN_NUMBER, UNLINKED_TELEGRAM, LINK_ASK, LINK_BUTTON, LINK_REFUSED, LINKED, HELP, EMPTY, EVIDENCE_ADDED,
    EVIDENCE_REJECTED, HELD_FOR_STAFF, STOPPED, STARTED, LANGUAGE_SET, LANGUAGE_ASK, NO_CHILDREN, CHILDREN_HEADER,
    LEAVE_GRANTED, LEAVE_REFUSED, DAY_SPAN,
)

# The languages Rollcall replies in, each named in itself (what /language offers).
LANGUAGES = {
    "en": "English", "pl": "Polski", "ro": "Română", "ur": "اردو", "pa": "ਪੰਜਾਬੀ", "bn": "বাংলা",
    "ar": "العربية", "so": "Soomaali", "pt": "Português", "es": "Español", "uk": "Українська",
    "lt": "Lietuvių", "tr": "Türkçe",
}


def reply_language(*candidates: str | None) -> str:
    """The first candidate tag that is a language Rollcall replies in, as its code; else English."""
    for tag in candidates:
        code = base_language(tag)
        if code in LANGUAGES:
            return code
    return "en"


def contact_language(db: Session, contact: Contact | None, *fallbacks: str | None) -> str:
    """The contact's own language, else that of their last message (kept on the conversation), else the
    first usable fallback (e.g. Telegram's app language, the message's detected language), else English."""
    last = None
    if contact is not None and contact.id is not None:
        state = db.exec(select(Conversation.state).where(Conversation.contact_id == contact.id)).first()
        last = (state or {}).get("language")
    return reply_language(contact.language if contact else None, last, *fallbacks)


def say(message: str, language: str | None, /, **values: object) -> str:
    """One of this module's msgids in `language` (English when there is no translation), filled in."""
    code = reply_language(language)
    text = catalogue(LOCALE_DIR, DOMAIN, code).gettext(message) if code != "en" else message
    return text.format(**values) if values else text


def every_translation(message: str) -> set[str]:
    """A msgid without placeholders in every language: to recognise it among messages already sent."""
    return {say(message, code) for code in LANGUAGES}


def children_list(pupils: Sequence[Pupil], school_names: dict[int, str], language: str | None = None) -> str:
    if not pupils:
        return say(NO_CHILDREN, language)
    several_schools = len({p.school_id for p in pupils}) > 1
    lines = []
    for p in pupils:
        where = f", {school_names.get(p.school_id, '')}" if several_schools else ""
        form = f" ({p.form})" if p.form else ""
        lines.append(f"• {p.display_name}{form}{where}")
    return say(CHILDREN_HEADER, language) + "\n" + "\n".join(lines)


def linked(pupils: Sequence[Pupil], language: str | None = None) -> str:
    code = reply_language(language)
    names = join([p.first_name for p in pupils], code)
    return f"{say(LINKED, code, children=names)} {say(HELP, code)}"


def held_for_staff(sessions: Iterable[RegisterSession], language: str | None) -> str:
    """The note added to a reply when a change touches a register the school has already completed."""
    code = reply_language(language)
    return say(HELD_FOR_STAFF, code, sessions=describe_sessions(sorted(sessions), code))


def leave_decision(*, school: str, child: str, first_day: dt.date, last_day: dt.date, granted: bool,
                   language: str | None) -> str:
    """The headteacher's decision on a leave request, as the parent is told it."""
    code = reply_language(language)
    first, last = format_day(first_day, code), format_day(last_day, code)
    days = first if first_day == last_day else say(DAY_SPAN, code, first=first, last=last)
    return say(LEAVE_GRANTED if granted else LEAVE_REFUSED, code, school=school, child=child, days=days)
