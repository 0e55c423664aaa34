"""Regression cases for the Polish, Romanian, Lithuanian and Portuguese lexicon fixes from batch m19."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, parse
from understanding.types import Child

PL_CASES = [
    # "auto nam się zepsuło", "samochód mi się zepsuł": a pronoun between the car and the verb; waiting for recovery
    ("Auto nam się zepsuło na trasie, czekamy na pomoc drogową. Kuba dziś nie przyjdzie do szkoły.",
     [Child("P1", "Jakub")], "2026-12-01 08:00", {"P1": ("transport", "O", full("12-01"))}),
    ("Samochód mi się zepsuł w drodze, czekam na lawetę, Zuzia nie dotrze dzisiaj do szkoły.",
     [Child("P1", "Zuzanna")], "2026-12-01 08:00", {"P1": ("transport", "O", full("12-01"))}),
]

RO_CASES = [
    # "a scăpat autobuzul" (any person of the verb), "îl aducem acum": late, brought in now
    ("Bună dimineața, Radu a scăpat autobuzul, îl aducem acum la școală.", [Child("P1", "Radu")],
     "2026-12-01 09:35", {"P1": ("late", "U", ["12-01 AM"])}),
    # "să aibă grijă de surioara ei": kept home to look after a sibling
    ("Ioana stă acasă azi ca să aibă grijă de surioara ei, eu sunt la serviciu și nu avem pe nimeni.",
     [Child("P1", "Ioana")], "2026-12-01 07:35", {"P1": ("unsatisfactory", "O", full("12-01"))}),
    # a relative (wife, grandma) at A&E or taken into hospital: a family emergency
    ("Soția mea e la urgențe, nu am cum să-l duc pe Luca la școală mâine.", [Child("P1", "Luca")],
     "2026-12-01 17:35", {"P1": ("exceptional", "C", full("12-02"))}),
    ("Bunica a fost internată de urgență la spital aseară, Andrei nu vine la școală azi.", [Child("P1", "Andrei")],
     "2026-12-01 07:35", {"P1": ("exceptional", "C", full("12-01"))}),
]

LT_CASES = [
    # "serga gripu": ill with flu; "nes brolis serga": the sibling kept home because a brother is ill
    ("Labas, Lukas serga gripu, o Emilis irgi liks namie, nes brolis serga.",
     [Child("P1", "Lukas"), Child("P2", "Emilis")], "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01")), "P2": ("unsatisfactory", "O", full("12-01"))}),
    # "palieku namie": keeping him at home
    ("Rūta serga angina, tai Joną taip pat palieku namie, nes sesuo serga.",
     [Child("P1", "Rūta"), Child("P2", "Jonas")], "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01")), "P2": ("unsatisfactory", "O", full("12-01"))}),
    # a time before "pasiimsiu", a sister's graduation party: collected before the afternoon for a family event
    ("Rytoj 11:30 pasiimsiu Gabiją, nes važiuojame į sesers išleistuves.", [Child("P1", "Gabija")],
     "2026-12-01 16:30", {"P1": ("family_event", "O", ["12-02 PM"])}),
]

PT_CASES = [
    # no clean uniform because the washing machine broke: not a car breakdown
    ("A Beatriz hoje não vai à escola, não tem o uniforme limpo porque a máquina de lavar estragou.",
     [Child("P1", "Beatriz")], "2026-12-01 07:40", {"P1": ("unsatisfactory", "O", full("12-01"))}),
    # "a GNR cortou a estrada", "a estrada está cortada": roads closed; a bare "não vem hoje" is the whole day
    ("A GNR cortou a estrada por causa de um acidente, o Tiago hoje não vai à escola.", [Child("P1", "Tiago")],
     "2026-12-01 08:10", {"P1": ("transport", "O", full("12-01"))}),
    ("A estrada da nossa aldeia está cortada, não conseguimos sair de casa. O Rui não vem hoje.",
     [Child("P1", "Rui")], "2026-12-01 08:10", {"P1": ("transport", "O", full("12-01"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), PL_CASES)
def test_m19_pl(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "expected"), RO_CASES)
def test_m19_ro(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


def test_m19_ro_one_unnamed_day_next_week_is_asked() -> None:
    # "va lipsi o zi săptămâna viitoare": one day next week, which one is not said
    result = parse("Elena va lipsi o zi săptămâna viitoare pentru o nuntă.", [Child("P1", "Elena")], "2026-12-01 12:00")
    assert result.action == "clarify", result.explanation


@pytest.mark.parametrize(("text", "children", "when", "expected"), LT_CASES)
def test_m19_lt(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "expected"), PT_CASES)
def test_m19_pt(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
