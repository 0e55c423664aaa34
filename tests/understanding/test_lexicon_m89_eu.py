"""Batch m89, Polish and Ukrainian: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "wróci po przerwie 4 stycznia": back after the (unnamed) break on a date, that date not a day off
    ("Dzień dobry, Zuzia wyjeżdża z nami do Krakowa w środę 16 grudnia, wróci po przerwie 5 stycznia.",
     kids("Zuzia"), "2026-12-14 19:00", {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # pl: "zabieram Olka o 12:30" (collected at that time) and "już nie wróci" (not back in after it): PM only
    ("Dzień dobry, dziś zabieram Olka o 12:30 do dentysty, już nie wróci na lekcje.",
     kids("Olek"), "2026-12-08 08:10", {"P1": ("medical", "M", ["12-08 PM"])}),
    # uk: "запис до алерголога": an appointment with a specialist (not an illness)
    ("Доброго ранку! Сьогодні заберу Тараса о 12:30, в нього запис до алерголога.",
     kids("Taras"), "2026-12-09 08:00", {"P1": ("medical", "M", ["12-09 PM"])}),
    # uk: "після обіду не буде в школі": out for the afternoon (not in after lunch)
    ("Добрий день. Соломії після обіду не буде в школі, у неї запис до кардіолога о 14:00.",
     kids("Solomiia"), "2026-12-10 08:30", {"P1": ("medical", "M", ["12-10 PM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m89_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
