"""Gettext catalogues compiled in memory from committed .po files with babel, so a fresh checkout
needs no build step: `<locale_dir>/<language>/LC_MESSAGES/<domain>.po`, compiled the first time a
language is used. A language without a catalogue gets the msgids (English) back."""

from __future__ import annotations

import gettext
import io
import re
from functools import lru_cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po


def base_language(tag: str | None) -> str | None:
    """The language part of a tag ("pl", "pt-BR", "PT_pt", " UK ") in lower case, or None when empty."""
    code = re.split(r"[-_]", (tag or "").strip().lower(), maxsplit=1)[0]
    return code or None


@lru_cache(maxsize=64)
def catalogue(locale_dir: Path, domain: str, language: str) -> gettext.NullTranslations:
    """The compiled catalogue of one domain in one language (NullTranslations when there is none)."""
    po_path = locale_dir / language / "LC_MESSAGES" / f"{domain}.po"
    if not po_path.is_file():
        return gettext.NullTranslations()
    with po_path.open("rb") as f:
        catalog = read_po(f, locale=language)
    buf = io.BytesIO()
    write_mo(buf, catalog)
    buf.seek(0)
    return gettext.GNUTranslations(buf)
