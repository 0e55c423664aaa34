"""Batch m127, Polish, Romanian, Lithuanian and Ukrainian: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "odbiorę jutro Olka o 12:00": Olek (Aleksander) in the accusative, the other child not named
    ("Dobry wieczor, odbiore jutro Olka o 12:00, ma wizyte u dentysty o 12:30.", kids("Aleksander", "Zofia"),
     "2026-12-08 17:10", {"P1": ("medical", "M", ["12-09 PM"])}),
    # pl: "Olka dzisiaj nie będzie": Olek in the genitive
    ("Dzień dobry, Olka dzisiaj nie będzie, ma katar i gorączkę.", kids("Julia", "Aleksander"), "2026-12-10 07:40",
     {"P2": ("illness", "I", full("12-10"))}),
    # ro: "trec după Matei și Ilinca pe la 12:15": I'm coming for them (collected before the afternoon register)
    ("Buna ziua, trec dupa Matei si Ilinca pe la 12:15, au programare la dentist la 13:00.", kids("Matei", "Ilinca"),
     "2026-12-09 08:00", {"P1": ("medical", "M", ["12-09 PM"]), "P2": ("medical", "M", ["12-09 PM"])}),
    # ro: "vin după prânz la 13:00": they come in after lunch (not the parent coming to collect them)
    ("Matei si Ilinca vin dupa pranz la 13:00, au programare la dentist dimineata.", kids("Matei", "Ilinca"),
     "2026-12-09 07:40", {"P1": ("medical", "M", ["12-09 AM"]), "P2": ("medical", "M", ["12-09 AM"])}),
    # ro: "între 14 și 16 decembrie": a span of dates, both ends included
    ("Andrei și Maria vor lipsi între 14 și 16 decembrie, plecăm în vacanță în Spania.", kids("Andrei", "Maria"),
     "2026-12-07 18:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16")),
                          "P2": ("holiday", "G", full("12-14", "12-15", "12-16"))}),
    # ro: "între luni și miercuri": a span of weekdays
    ("Andrei va lipsi intre luni si miercuri, mergem in vacanta.", kids("Andrei"), "2026-12-10 18:00",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16"))}),
    # lt: "turiu greitai paimti Emą ... Būsiu apie 12 val.": the parent collects her at that time
    ("Laba diena, turiu greitai paimti Emą, mirė jos senelis. Būsiu apie 12 val.", kids("Ema"),
     "2026-12-11 10:20", {"P1": ("exceptional", "C", ["12-11 PM"])}),
    # uk: "втомилася після подорожі на вихідних": tired after a past trip (not a holiday taken)
    ("Добрий ранок, Софія сьогодні не прийде, вона дуже втомилася після подорожі на вихідних.", kids("Sofiia"),
     "2026-12-07 07:45", {"P1": ("unsatisfactory", "O", full("12-07"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m127_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
