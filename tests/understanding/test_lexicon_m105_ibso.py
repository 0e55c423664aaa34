"""Batch m105, Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "regressa no dia 14/12": "dia" before a date in figures (the day of return, not a day off)
    ("Olá, a Beatriz vai faltar de 9/12 a 11/12, vamos ao batizado do primo em Lisboa. Regressa no dia 14/12.",
     kids("Beatriz"), "2026-12-01 18:00",
     {"P1": ("family_event", "O", full("12-09", "12-10", "12-11"))}),
    # pt: "até ao dia 4/12": until that date ("dia" after "até ao")
    ("Bom dia, o Tiago está com gripe e fica em casa até ao dia 4/12.", kids("Tiago"), "2026-12-02 07:30",
     {"P1": ("illness", "I", full("12-02", "12-03"))}),
    # pt: "do dia 14/12 ao dia 16/12": a range of dates in figures, "ao" joining them
    ("Boa noite, a Inês falta do dia 14/12 ao dia 16/12, vamos de férias à Madeira.", kids("Ines"),
     "2026-12-08 20:00",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16"))}),
    # es: "el 10 y el 11/12": single days, the month written once on the last
    ("Hola, Lucía faltará el 10 y el 11/12 porque tenemos la boda de mi hermano en Sevilla.", kids("Lucia"),
     "2026-12-03 19:00",
     {"P1": ("family_event", "O", full("12-10", "12-11"))}),
    # es: "los días 15, 16 y 17/12": a list of days, the month on the last
    ("Buenos días, Mateo tiene varicela, no irá los días 15, 16 y 17/12.", kids("Mateo"), "2026-12-14 18:00",
     {"P1": ("illness", "I", full("12-15", "12-16", "12-17"))}),
    # es: "entre el 8 y el 10/12": between two days (a span, both ends)
    ("Hola, Sofía estará de viaje con sus abuelos en Marruecos, faltará entre el 8 y el 10/12.", kids("Sofia"),
     "2026-12-02 20:00",
     {"P1": ("holiday", "G", full("12-08", "12-09", "12-10"))}),
    # so: "saacadda 1 ayaan ka qaadayaa": a bare clock hour (collected at 13:00 for the appointment)
    ("Subax wanaagsan, Ayaan maanta way imaan doontaa laakiin saacadda 1 ayaan ka qaadayaa, waxay ballan ku leedahay "
     "isbitaalka.", kids("Ayaan"), "2026-12-08 07:40",
     {"P1": ("medical", "M", ["12-08 PM"])}),
    # so: "saacadda 12-ka ayaan dugsiga ka qaadayaa": the hour with its suffix, the school before the verb
    ("Asc, Warsame saacadda 12-ka ayaan dugsiga ka qaadayaa, ballan dhakhtar ayuu leeyahay.", kids("Warsame"),
     "2026-12-10 07:50",
     {"P1": ("medical", "M", ["12-10 PM"])}),
    # tr: "14.12'de okula gelecek": in on that date (its month is no clock hour); only the next day off
    ("Merhaba, Deniz 14.12'de okula gelecek, sadece 15.12'de ablasının nişan töreni için gelmeyecek.",
     kids("Deniz"), "2026-12-09 18:00",
     {"P1": ("family_event", "O", full("12-15"))}),
    # tr: "9 Aralık'ta okulda olacak": in on a date written with a month word, the day after it off
    ("İyi akşamlar, Mert 9 Aralık'ta okulda olacak, ama 10 Aralık'ta teyzesinin düğünü için gelmeyecek.",
     kids("Mert"), "2026-12-07 19:00",
     {"P1": ("family_event", "O", full("12-10"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m105_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
