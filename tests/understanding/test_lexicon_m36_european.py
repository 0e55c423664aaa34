"""Batch m36, Polish, Lithuanian, Portuguese and Spanish: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "droga jest zamknięta": the road is closed; "spadło dużo śniegu": heavy snow; "samochodem nie wyjedziemy":
    # we can't get out by car (not a trip)
    ("Dzień dobry, spadło dużo śniegu, droga do miasta jest zamknięta i samochodem nie wyjedziemy. Ola dziś nie "
     "przyjdzie.", kids("Ola"), "2026-12-03 07:30", {"P1": ("transport", "O", full("12-03"))}),
    # pl: "był na urodzinach do późna": at a party until late (over); "dam mu dziś odpocząć": letting him rest today
    ("Kuba był wczoraj na urodzinach kolegi do późna i jest bardzo zmęczony, dam mu dziś odpocząć w domu.",
     kids("Kuba"), "2026-12-03 07:45", {"P1": ("unsatisfactory", "O", full("12-03"))}),
    # pl: "jedziemy do Polski": going to Poland (a trip)
    ("Dzień dobry, jedziemy do Polski na święta, Zosia nie będzie w szkole w czwartek i w piątek.", kids("Zosia"),
     "2026-12-14 18:00", {"P1": ("holiday", "G", full("12-17", "12-18"))}),
    # lt: "nuo gruodžio 14 iki 16 d.": a range within one month, both ends included
    ("Laba diena, išvykstame pas senelius, Emilija nelankys mokyklos nuo gruodžio 14 iki 16 d.", kids("Emilija"),
     "2026-12-07 19:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16"))}),
    # lt: "kilo gaisras": a house fire
    ("Laba diena, vakar vakare bute kilo gaisras, visi sveiki. Jonas šiandien į mokyklą neateis.", kids("Jonas"),
     "2026-12-08 07:30", {"P1": ("exceptional", "C", full("12-08"))}),
    # lt: "prižiūrėti mažojo broliuko": looking after a sibling; "auklė serga": the nanny is ill (not the child)
    ("Labas, Lukas šiandien liks namie prižiūrėti mažojo broliuko, nes auklė serga.", kids("Lukas"),
     "2026-12-08 07:15", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # pt: "chega daqui a 20 minutos": in that many minutes (09:05 + 20 = 09:25, after the register closes)
    ("O Duarte vai chegar atrasado, chegamos daqui a 20 minutos.", kids("Duarte"), "2026-12-08 09:05",
     {"P1": ("late", "U", ["12-08 AM"])}),
    # pt: "na quinta à noite depois da escola": leaving that evening after school (Thursday is not missed)
    ("O casamento da tia é no Porto, vamos apanhar o voo na quinta à noite depois da escola, por isso a Inês falta "
     "só na sexta.", kids("Inês"), "2026-12-07 19:00", {"P1": ("family_event", "O", full("12-11"))}),
    # pt: "escarlatina": scarlet fever
    ("Bom dia, a Leonor tem escarlatina, hoje fica em casa.", kids("Leonor"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08"))}),
    # es: "el abuelo cumple 80 años", "vamos a celebrarlo": a family birthday
    ("El viernes el abuelo cumple 80 años y vamos a Sevilla a celebrarlo, así que Pablo faltará el viernes.",
     kids("Pablo"), "2026-12-07 19:00", {"P1": ("family_event", "O", full("12-11"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m36_european_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
