"""Parsing and normalising the values found in MIS exports (SIMS, Arbor and hand-made CSVs).

Every parser raises `ValueError` with a message fit to show a school's office staff.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata

import phonenumbers

_TRUE = {"t", "true", "y", "yes", "1", "x", "✓"}
_FALSE = {"f", "false", "n", "no", "0", "-"}

UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
# Ofcom's ranges reserved for drama and tests: not "valid" to libphonenumber, but real numbers for
# demos and test data (07700 900000-900999, 01632 960000-960999, and friends).
_DRAMA_PREFIXES = ("447700900", "441632960", "441134960", "441144960", "441154960", "441174960",
                   "441184960", "441214960", "441314960", "441414960", "441514960", "441614960",
                   "442079460", "442890180", "442920180", "443069990", "448081570", "449098790")


def clean(value: str | None) -> str:
    """A cell's text with surrounding space (and non-breaking spaces) removed."""
    return (value or "").replace("\u00a0", " ").strip()


def parse_bool(value: str | None, field: str) -> bool | None:
    """Yes/No, Y/N, T/F, True/False, 1/0; blank is None."""
    text = clean(value).casefold()
    if not text:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"{field}: {clean(value)!r} is not yes/no")


def parse_date(value: str | None, field: str) -> dt.date | None:
    """ISO (2015-11-03), UK (03/11/2015, 3.11.15) or 3 Nov 2015; never US month-first. Blank is None."""
    text = clean(value)
    if not text:
        return None
    text = re.sub(r"[ T]00:00(:00)?$", "", text)
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
            year, month, day = (int(g) for g in m.groups())
        elif m := re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})", text):
            day, month, year = (int(g) for g in m.groups())
            if len(m.group(3)) == 2:
                year += 2000 if year < 70 else 1900
        elif m := re.fullmatch(r"(\d{1,2})[ -]([A-Za-z]{3,9})[ -](\d{4})", text):
            day, year = int(m.group(1)), int(m.group(3))
            month = _MONTHS[m.group(2)[:3].casefold()]
        else:
            raise ValueError
        if not 1900 <= year <= 2100:
            raise ValueError
        return dt.date(year, month, day)
    except (ValueError, KeyError):
        raise ValueError(f"{field}: {text!r} is not a date (use YYYY-MM-DD or DD/MM/YYYY)") from None


def normalise_phone(value: str | None, field: str = "phone") -> str | None:
    """A phone number in E.164 (+447700900123); UK national format accepted. Blank is None."""
    text = clean(value)
    if not text:
        return None
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, "GB")
    except phonenumbers.NumberParseException:
        raise ValueError(f"{field}: {text!r} is not a phone number") from None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    drama = e164[1:].startswith(_DRAMA_PREFIXES) and len(e164) == 13
    if not (phonenumbers.is_valid_number(number) or drama):
        raise ValueError(f"{field}: {text!r} is not a valid phone number")
    return e164


def normalise_email(value: str | None, field: str = "email") -> str | None:
    text = clean(value)
    if not text:
        return None
    if len(text) > 200 or not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", text):
        raise ValueError(f"{field}: {text!r} is not an email address")
    return text.lower()


def normalise_mis_id(value: str | None) -> str:
    """An admission number or student id as stored: numeric ids lose their leading zeros
    (SIMS pads `adno` to 6 digits and Excel strips them again: 004101 and 4101 are one pupil)."""
    text = clean(value)
    if text.isdigit():
        return text.lstrip("0") or "0"
    return text


def upn_check_letter(upn: str) -> str:
    """The DfE check letter (first character) for the 12 characters after it."""
    total = 0
    for weight, ch in enumerate(upn[1:13], start=2):
        total += weight * (int(ch) if ch.isdigit() else UPN_LETTERS.index(ch))
    return UPN_LETTERS[total % 23]


def normalise_upn(value: str | None) -> str | None:
    """A Unique Pupil Number, upper case, with its check letter verified. Blank is None."""
    text = clean(value).upper().replace(" ", "")
    if not text:
        return None
    if not re.fullmatch(rf"[{UPN_LETTERS}]\d{{11}}[\d{UPN_LETTERS}]", text) or upn_check_letter(text) != text[0]:
        raise ValueError(f"UPN: {text!r} is not a valid UPN")
    return text


def normalise_year_group(value: str | None) -> str:
    """`Year 5`, `Reception` or `Nursery` from 5, Y5, Yr 5, NC Year 5, R, Rec, N1... Unknown text is kept."""
    text = clean(value)
    key = re.sub(r"[^a-z0-9]", "", text.casefold())
    if m := re.fullmatch(r"(?:ncyear|nc|year|yr|y)?0?(\d{1,2})", key):
        return f"Year {int(m.group(1))}" if int(m.group(1)) else "Reception"
    if key in {"r", "rec", "reception", "yr", "yearr", "ncyearr", "fs2", "f2"}:
        return "Reception"
    if key in {"n", "n1", "n2", "nur", "nursery", "fs1", "f1"}:
        return "Nursery"
    return text


def parse_sen(value: str | None) -> tuple[bool, bool]:
    """(send, ehcp) from a SEN status: the DfE codes N/K/E (and the old S), or Arbor-style labels."""
    text = clean(value).casefold()
    if text in {"", "n", "none", "no", "no sen", "no special educational need"}:
        return False, False
    if text in {"k", "sen support", "support", "yes", "y"}:
        return True, False
    if text in {"e", "s", "ehc plan", "ehcp", "education, health and care plan", "statement"}:
        return True, True
    raise ValueError(f"SEN Status: {clean(value)!r} is not a SEN status (N, K, E, SEN Support, EHC Plan)")


def normalise_gender(value: str | None) -> str | None:
    text = clean(value)
    return {"male": "M", "m": "M", "female": "F", "f": "F"}.get(text.casefold(), text or None)


def name_key(first: str, last: str) -> str:
    """A person's name for matching: case, accents, punctuation and spacing ignored."""
    text = unicodedata.normalize("NFKD", f"{first} {last}")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def normalise_language(value: str | None) -> str | None:
    """An ISO 639-1 code from a code (pl) or an English language name (Polish). Blank is None."""
    text = clean(value).casefold()
    if not text:
        return None
    codes = _language_codes()
    if text in codes.values():
        return text
    if text in codes:
        return codes[text]
    raise ValueError(f"Language: {clean(value)!r} is not a language name or ISO code")


@functools.cache
def _language_codes() -> dict[str, str]:
    from babel import Locale

    return {name.casefold(): code for code, name in Locale("en").languages.items() if len(code) == 2}
