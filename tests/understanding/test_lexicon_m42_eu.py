"""Batch m42/m43, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # lt: "nuo rytojaus" (genitive of "rytoj"): from tomorrow
    ("Laba diena, Jonas serga, nuo rytojaus iki penktadienio imtinai liks namie.", kids("Jonas"),
     "2026-12-08 18:00", {"P1": ("illness", "I", full("12-09", "12-10", "12-11"))}),
    # lt: "šiandien mirė senelis": when the death happened, not a day off; the days off are said apart
    ("Sveiki, šiandien mirė Jono senelis, todėl Jonas nebus mokykloje rytoj ir poryt.", kids("Jonas"),
     "2026-12-08 12:00", {"P1": ("exceptional", "C", full("12-09", "12-10"))}),
    # lt: "važiuojame į Mančesterį apsipirkti prieš Kalėdas", "pirkti dovanų": a shopping trip, not a holiday
    ("Labas rytas, Greta šiandien neateis, važiuojame į Mančesterį apsipirkti prieš Kalėdas.", kids("Greta"),
     "2026-12-08 07:30", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    ("Labas, Paulius rytoj nebus, vykstam į Lidsą nupirkti kalėdinių dovanų.", kids("Paulius"),
     "2026-12-08 17:30", {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # lt: "grįš po atostogų, sausio 5 d.": back on that date (after the holidays), not absent on it
    ("Sveiki, Ieva nelankys mokyklos nuo gruodžio 17 d., skrendame į Lietuvą. Grįš po atostogų, sausio 5 d.",
     kids("Ieva"), "2026-12-08 19:00", {"P1": ("holiday", "G", full("12-17", "12-18"))}),
    # ro: "până la sfârșitul trimestrului": until the end of term; "în Italia": a country by its Romanian name
    ("Bună seara, Ana va lipsi de marți, 15 decembrie, până la sfârșitul trimestrului, mergem în Italia.",
     kids("Ana"), "2026-12-08 19:00", {"P1": ("holiday", "G", full("12-15", "12-16", "12-17", "12-18"))}),
    # ro: "o să-l aduc la școală după": in after the appointment, the morning only
    ("Bună ziua, Mihai are programare la dentist vineri la 9, o să-l aduc la școală după.", kids("Mihai"),
     "2026-12-08 07:30", {"P1": ("medical", "M", ["12-11 AM"])}),
    # pl: "Kasia na razie zdrowa, przyjdzie normalnie": that child is well and in (not ill with the others)
    ("Dzień dobry, Tomek ma gorączkę i zostaje w domu. Kasia na razie zdrowa, przyjdzie normalnie.",
     kids("Tomek", "Kasia"), "2026-12-08 07:30", {"P1": ("illness", "I", full("12-08"))}),
    # uk: "мій батько в лікарні в тяжкому стані": a parent in hospital, a family emergency (not a trip)
    ("Добрий день. Мій батько в лікарні в тяжкому стані, ми з Олею завтра летимо до Києва. Олі не буде до кінця "
     "тижня.", kids("Оля"), "2026-12-08 18:00", {"P1": ("exceptional", "C", full("12-09", "12-10", "12-11"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m42_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


FORWARDED = [
    # lt: "gal galite perduoti p. Jones, kad pamiršo namų darbus, atneš rytoj": a message for the teacher
    ("Laba diena, gal galite perduoti p. Jones, kad Gabija pamiršo namų darbus, atneš rytoj. Ačiū", kids("Gabija"),
     "2026-12-08 08:30"),
]


@pytest.mark.parametrize(("text", "children", "when"), FORWARDED)
def test_m42_eu_forwarded(text: str, children: list[Child], when: str) -> None:
    result = parse(text, children, when)
    assert result.action == "forward", result.explanation
