"""What Rollcall says to parents outside the understanding layer's replies: fixed, short, and never
carrying pupil data to anyone who has not proved who they are."""

from __future__ import annotations

from collections.abc import Sequence

from models.people import Pupil

UNKNOWN_NUMBER = (
    "Sorry, we don't recognise this number, so we can't record anything from it. If you are a parent or "
    "carer, please ask your child's school office to update the phone number they hold for you, then "
    "message us again."
)
UNLINKED_TELEGRAM = (
    "This Telegram account isn't linked to a parent or carer on our records, so we can't record anything "
    "from it. Please open the link your school sent you and share your phone number with the button, or "
    "ask your child's school office to update the phone number they hold for you."
)
LINK_ASK = (
    "Welcome to Rollcall. To link this account, please share your phone number with the button below. "
    "It must be the number your child's school holds for you."
)
LINK_BUTTON = "Share my phone number"
LINK_REFUSED = (
    "Sorry, we couldn't link this account: the number must be your own and match the one your child's "
    "school holds for you. Please ask the school office to update your number, then try again."
)
HELP = (
    "Tell us here when your child will be absent or late, with their name, the reason and the days, "
    "e.g. \"Jack has a temperature and won't be in today\". We'll reply to confirm, and the school "
    "office checks every report. Commands: /children lists your children, /language sets your language."
)
EMPTY = "We received an empty message. Please tell us in words who is absent, why, and for which days."
EVIDENCE_ADDED = "Thank you, we've added this to your report for the school office to see."
EVIDENCE_REJECTED = (
    "Sorry, we couldn't keep that attachment: we accept photos and PDF files of a few megabytes at most. "
    "Please send a photo of the letter or card instead."
)
HELD_FOR_STAFF = (
    "The register for {sessions} has already been completed, so the school office will look at this change."
)
STOPPED = "You won't get any more messages from Rollcall on this channel. Reply START to receive them again."
STARTED = "You will receive messages from Rollcall on this channel again. Reply STOP to stop them."
LANGUAGE_SET = "Thanks, we'll use {language} when we can."
LANGUAGE_ASK = "Send /language followed by a language code, for example /language pl. Available: {codes}."

LANGUAGES = {
    "en": "English", "pl": "Polski", "ro": "Română", "ur": "اردو", "pa": "ਪੰਜਾਬੀ", "bn": "বাংলা",
    "ar": "العربية", "so": "Soomaali", "pt": "Português", "es": "Español", "uk": "Українська",
    "fr": "Français", "lt": "Lietuvių", "tr": "Türkçe",
}


def children_list(pupils: Sequence[Pupil], school_names: dict[int, str]) -> str:
    if not pupils:
        return "There are no children linked to you yet. Please ask the school office."
    several_schools = len({p.school_id for p in pupils}) > 1
    lines = []
    for p in pupils:
        where = f", {school_names.get(p.school_id, '')}" if several_schools else ""
        form = f" ({p.form})" if p.form else ""
        lines.append(f"• {p.display_name}{form}{where}")
    return "Your children on our records:\n" + "\n".join(lines)


def linked(pupils: Sequence[Pupil]) -> str:
    names = ", ".join(p.first_name for p in pupils)
    return f"Thank you, this account is now linked to {names}. " + HELP
