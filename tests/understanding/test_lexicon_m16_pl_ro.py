"""Regression cases for the Polish and Romanian lexicon fixes from batch m16."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full
from understanding.types import Child

PL_CASES = [
    # "złamała rękę w czwartek" is past (not a day off); "miała zabieg" is surgery done, recovering: illness
    ("Dzień dobry, Ola złamała rękę w czwartek na basenie, wczoraj miała zabieg. Wróci do szkoły w środę.",
     [Child("P1", "Aleksandra")], "2026-12-05 10:00", {"P1": ("illness", "I", full("12-07", "12-08"))}),
    # "autobus znowu nie przyjechał": words between the bus and the verb
    ("Dzień dobry, autobus znowu nie przyjechał, a nie mamy samochodu. Kacper nie przyjdzie dziś do szkoły.",
     [Child("P1", "Kacper")], "2026-12-08 08:05", {"P1": ("transport", "O", full("12-08"))}),
    # "nie mamy jak dojechać": no way to get there
    ("Autobus rano nie przyjechał i nie mamy jak dojechać do szkoły, Lena zostaje dziś w domu.",
     [Child("P1", "Lena")], "2026-12-09 08:10", {"P1": ("transport", "O", full("12-09"))}),
    # "szczepionka przeciwko grypie w przychodni": a flu jab at the clinic (not flu), in after it
    ("Igor i Maja mają jutro o 8:45 szczepionkę przeciwko grypie w przychodni, będą w szkole około 10.",
     [Child("P1", "Igor"), Child("P2", "Maja")], "2026-12-01 18:00",
     {"P1": ("medical", "M", ["12-02 AM"]), "P2": ("medical", "M", ["12-02 AM"])}),
    # a grandparent or the husband taken into hospital: a family emergency
    ("Dziadek trafił wczoraj do szpitala, jedziemy do niego. Julia i Bartek nie będą dziś w szkole.",
     [Child("P1", "Julia"), Child("P2", "Bartosz")], "2026-12-02 07:30",
     {"P1": ("exceptional", "C", full("12-02")), "P2": ("exceptional", "C", full("12-02"))}),
    ("Mąż w nocy trafił do szpitala, nie mam jak zawieźć Tymka do szkoły, dzisiaj go nie będzie.",
     [Child("P1", "Tymon")], "2026-12-03 07:30", {"P1": ("exceptional", "C", full("12-03"))}),
    # the child taken into hospital: admitted, an illness
    ("Dzień dobry, Staś w nocy trafił do szpitala z zapaleniem wyrostka, dziś i jutro go nie będzie.",
     [Child("P1", "Stanisław")], "2026-12-03 07:30", {"P1": ("illness", "I", full("12-03", "12-04"))}),
]

RO_CASES = [
    # "până pe 9 decembrie inclusiv": the "pe" before the date keeps the end day in
    ("Bună ziua, Ana lipsește de luni, 7 decembrie, până pe 9 decembrie inclusiv, mergem la o nuntă în Italia.",
     [Child("P1", "Ana")], "2026-12-02 19:00", {"P1": ("family_event", "O", full("12-07", "12-08", "12-09"))}),
    # "examenul de admitere", "probă de admitere ... durează toată ziua": an entrance assessment, all day
    ("Bună, Victor are joi examenul de admitere la liceu, nu va fi la școală.", [Child("P1", "Victor")],
     "2026-12-08 07:30", {"P1": ("interview", "J1", full("12-10"))}),
    ("Sofia are o probă de admitere marți, durează toată ziua, deci nu vine la școală.", [Child("P1", "Sofia")],
     "2026-12-10 12:00", {"P1": ("interview", "J1", full("12-15"))}),
    # "să-l iau ... joi, 17 decembrie, la ora 11:30, avem zbor": collected before the afternoon for a flight
    ("Vă rog să-mi permiteți să-l iau pe Radu de la școală joi, 17 decembrie, la ora 11:30, avem zbor spre Madrid.",
     [Child("P1", "Radu")], "2026-12-10 12:00", {"P1": ("holiday", "G", ["12-17 PM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), [*PL_CASES, *RO_CASES])
def test_m16_pl_ro_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
