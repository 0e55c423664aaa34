"""Batch m133, Portuguese, Somali and Turkish: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "da 3ª à 5ª-feira": weekdays written by their number (3ª terça ... 5ª quinta), a span with both ends
    ("Boa noite, a Beatriz vai faltar da 3ª à 5ª-feira, vamos ao batizado da prima em Lisboa.", kids("Beatriz"),
     "2026-12-05 19:00", {"P1": ("family_event", "O", full("12-08", "12-09", "12-10"))}),
    # so: "dib uma soo laabanayso": she won't come back (collected for the afternoon)
    ("Asc, Sahra waxaan ka qaadayaa iskuulka 12:15, ballan dhakhtar ayay leedahay. Maanta dib uma soo laabanayso.",
     kids("Sahra"), "2026-12-09 10:00", {"P1": ("medical", "M", ["12-09 PM"])}),
    # tr: "Can'ı yarın 12:30'da annesi alacak": his mum collects him then (the afternoon only)
    ("İyi akşamlar, Can'ı yarın 12:30'da annesi alacak, dişçi randevusu var.", kids("Can"), "2026-12-08 18:30",
     {"P1": ("medical", "M", ["12-09 PM"])}),
    # tr: "5 Ocak'ta okula dönecek": the day of return after the holidays (not a day off)
    ("Merhaba, Deniz 16-18 Aralık arası okula gelmeyecek, Antalya'ya tatile gidiyoruz. 5 Ocak'ta okula dönecek.",
     kids("Deniz"), "2026-12-11 18:00", {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m133_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
