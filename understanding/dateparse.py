"""dateparser behind the rule layer: explicit dates written with month words the lexicons lack.

dateparser is restricted to the message's language (about ten times faster than with every
language on) and always reads day first. `warm_up()` loads its language data once at start-up.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from understanding import needles

LANGUAGES = ("en", "pl", "ro", "ur", "pa", "bn", "ar", "pt", "es", "lt", "so", "uk", "tr")
_SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "future", "REQUIRE_PARTS": ["day", "month"],
             "RETURN_AS_TIMEZONE_AWARE": False}
_LETTER = "(?:[^\\W\\d_]|[\u0610-\u061a\u064b-\u065f\u0670\u0981-\u0983\u09bc-\u09d7\u0a01-\u0a03\u0a3c-\u0a75])"
# Day first, then (in a second pass, so "from 7 to 18 <month>" keeps its "18") month first.
FRAGMENTS = (needles.compile(rf"\b(\d{{1,2}})\.?\s+({_LETTER}{{3,}})"),
             needles.compile(rf"\b({_LETTER}{{3,}})\s+(\d{{1,2}})\b(?![:.]\d)"))  # not a name before a clock time


def _dateparser_languages(language: str) -> list[str]:
    from dateparser.languages.loader import default_loader

    known = set(default_loader.get_locale_map().keys())
    return [language] if language in known else ["en"]


@lru_cache(maxsize=4096)
def parse_fragment(fragment: str, language: str, today: dt.date) -> dt.date | None:
    """A date written as "14 <month word>" in `language`, or None."""
    import dateparser

    base = dt.datetime.combine(today, dt.time(12, 0))
    try:
        got = dateparser.parse(fragment, languages=_dateparser_languages(language),
                               settings={**_SETTINGS, "RELATIVE_BASE": base})
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd input; a miss is not fatal
        return None
    if got is None:
        return None
    day = got.date()
    if day < today - dt.timedelta(days=31):
        try:
            day = day.replace(year=day.year + 1)
        except ValueError:
            return None
    return day


def warm_up(languages: tuple[str, ...] = LANGUAGES) -> None:
    """Load dateparser's data for `languages`, so their first message is fast (nothing to do for none)."""
    today = dt.date(2026, 1, 5)
    for lang in languages:
        parse_fragment("14 12", lang, today)


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")


def rewrite_dates(text: str, language: str, today: dt.date) -> str:
    """Replace "<day> <month word>" fragments in a non-English message by "<day> <english month>"."""
    if language == "en":
        return text

    def swap(m: re.Match[str]) -> str:
        day = parse_fragment(m.group(0), language, today)
        number = next(int(g) for g in m.groups() if g and g.isdigit())
        if day is None or day.day != number:  # "10 val." (ten o'clock) is not a date
            return m.group(0)
        # a span counted from today ("3 أيام", three days) moves with today; a date does not
        later = parse_fragment(m.group(0), language, today + dt.timedelta(days=17))
        if later is None or (later.month, later.day) != (day.month, day.day):
            return m.group(0)
        return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"

    for fragment in FRAGMENTS:
        text = fragment.sub(swap, text)
    return text
