"""Batch m124, Portuguese, Spanish, Somali and Turkish: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "vou buscar o Gustavo às 12h para irmos às compras de Natal": a short message read as Portuguese by
    # "irmos" and "Natal"; going shopping (collected before the afternoon)
    ("Olá, vou buscar o Gustavo às 12h para irmos às compras de Natal.", kids("Gustavo"), "2026-12-10 07:30",
     {"P1": ("unsatisfactory", "O", ["12-10 PM"])}),
    # es: "¿podría Lucas salir a las 12 el miércoles?": a request to leave early on a day (a family wedding)
    ("Hola, ¿podría Lucas salir a las 12 el miércoles? Tenemos la boda de mi prima.", kids("Lucas"),
     "2026-12-07 18:00", {"P1": ("family_event", "O", ["12-09 PM"])}),
    # es: "¿podrían salir Lola y Dani a las 12 el viernes?": the names after the verb, two children
    ("Buenas, ¿podrían salir Lola y Dani a las 12 el viernes? Vamos a la boda de mi hermano.", kids("Lola", "Dani"),
     "2026-12-08 17:00", {"P1": ("family_event", "O", ["12-11 PM"]), "P2": ("family_event", "O", ["12-11 PM"])}),
    # tr: "küçük kardeşine o bakacak": she will look after her little brother (sibling care)
    ("Merhaba, Ayşe bugün okula gelmeyecek, küçük kardeşine o bakacak.", kids("Ayşe"), "2026-12-09 07:40",
     {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # tr: "doktor önümüzdeki hafta evde dinlenmesini söyledi": rest at home all next week; "geçen hafta" (last week);
    # "bademcik ameliyatı oldu"; "raporu göndereceğim" (I'll send the doctor's note, not more rest)
    ("Merhaba, Kaan geçen hafta bademcik ameliyatı oldu, doktor önümüzdeki hafta evde dinlenmesini söyledi. "
     "Raporu göndereceğim.", kids("Kaan"), "2026-12-12 10:00",
     {"P1": ("illness", "I", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m124_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
