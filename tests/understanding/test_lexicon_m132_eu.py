"""Batch m132, Polish, Romanian, Lithuanian and Ukrainian: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "idzie do school normalnie": the English word for school in a Polish sentence (that child is in)
    ("Dzien dobry, Zuzia ma goraczke i zostaje dzis w domu, Kuba idzie do school normalnie.",
     kids("Zuzanna", "Jakub"), "2026-12-09 07:30", {"P1": ("illness", "I", full("12-09"))}),
    # pl: "pomyliłam się, nie jutro tylko w piątek": a self-correction, the day after "nie" withdrawn
    ("Dobry wieczor, Ola jutro nie bedzie w szkole, ma wizyte w szpitalu. Przepraszam, pomylilam sie, nie jutro tylko"
     " w piatek! W piatek jej nie bedzie.", kids("Aleksandra"), "2026-12-08 18:00",
     {"P1": ("medical", "M", full("12-11"))}),
    # pl: "od czwartku kaszle": ill since a past day (not a span starting on the next Thursday)
    ("Dobry wieczor, Filip od czwartku kaszle i ma goraczke. Nie bedzie go w poniedzialek.", kids("Filip"),
     "2026-12-13 19:00", {"P1": ("illness", "I", full("12-14"))}),
    # ro: "Scuze, nu miercuri, joi!": a self-correction, the weekday after "nu" withdrawn
    ("Buna seara, Ana are programare la dentist miercuri dimineata la 9. Scuze, nu miercuri, joi! O aduc la scoala"
     " dupa programare, pe la 11.", kids("Ana"), "2026-12-07 19:00", {"P1": ("medical", "M", ["12-10 AM"])}),
    # ro: "luni și marți (14 și 15)": the dates in brackets after the weekdays
    ("Buna seara, Maria va lipsi luni si marti (14 si 15), plecam in vacanta in Italia.", kids("Maria"),
     "2026-12-02 19:00", {"P1": ("holiday", "G", full("12-14", "12-15"))}),
    # ro: "să stea cu Bianca": someone stays with the sibling named (the late child's clause does not report her)
    ("Buna dimineata! Bianca are febra, nu vine azi. Matei intarzie putin pentru ca astept sa vina bunica sa stea cu"
     " Bianca, ajunge pe la 9:05.", kids("Bianca", "Matei"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09")), "P2": ("late", "L", ["12-09 AM"])}),
    # ro: "vin să o iau acum, ajung pe la 12:10. Mâine vă anunț cum e": the parent arrives; an update tomorrow
    ("Buna ziua, m-a sunat scoala ca Ioana are febra, vin sa o iau acum, ajung pe la 12:10. Maine va anunt cum e.",
     kids("Ioana"), "2026-12-09 11:40", {"P1": ("illness", "I", ["12-09 PM"])}),
    # lt: "atsiprašau, ne šiandien, o rytoj!": a self-correction, the day after "ne" withdrawn
    ("Laba diena, Jonas neateis siandien... oi, atsiprasau, ne siandien, o rytoj! Rytoj vyksta mociutes gimtadienis"
     " Kaune.", kids("Jonas"), "2026-12-09 07:30", {"P1": ("family_event", "O", full("12-10"))}),
    # uk: "будемо десь о 9 35": a dictated clock time without its colon (09:35, after the register closes)
    ("добрий ранок тарас запізниться ми стоїмо в заторі будемо десь о 9 35", kids("Taras"), "2026-12-09 08:50",
     {"P1": ("late", "U", ["12-09 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m132_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
