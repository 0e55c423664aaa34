"""Batch m130, Portuguese, Spanish, Somali and Turkish: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "vamos viajar amanhã para o enterro": travelling to a funeral on a day (the funeral, not a holiday)
    ("Boa noite, a avó do Diogo faleceu. Vamos viajar amanhã para o enterro, o Diogo só regressa na segunda-feira.",
     kids("Diogo"), "2026-12-09 19:00", {"P1": ("exceptional", "C", full("12-10", "12-11"))}),
    # pt: "regressa à escola a seguir": back in school after the appointment (the morning only)
    ("Bom dia, a Sofia tem fisioterapia às 9h e regressa à escola a seguir. Obrigada", kids("Sofia"),
     "2026-12-09 07:50", {"P1": ("medical", "M", ["12-09 AM"])}),
    # pt: "busco ele às 12h30": I'll collect him then (the afternoon only)
    ("Bom dia, o Rui tem consulta no dentista hoje, busco ele às 12h30. Obrigada", kids("Rui"), "2026-12-09 08:00",
     {"P1": ("medical", "M", ["12-09 PM"])}),
    # es: "voy a por él a las 12": I'll collect him (Spain's "ir a por"), the afternoon only
    ("Hola, Mateo tiene fiebre, me han llamado del colegio, voy a por él a las 12. Gracias", kids("Mateo"),
     "2026-12-09 11:20", {"P1": ("illness", "I", ["12-09 PM"])}),
    # es: "la recojo a las 11 y ya no vuelve hoy": collected, not back today (registered in the morning)
    ("Buenos días, Lola tiene cita en el oculista, la recojo a las 11 y ya no vuelve hoy.", kids("Lola"),
     "2026-12-09 07:45", {"P1": ("medical", "M", ["12-09 PM"])}),
    # so: "Axmed ayaan dhakhtarka geynayaa" (no "u"): I'm taking the other child to the doctor (why this one is late)
    ("Asc, Hodan waa jiran tahay, maanta guriga ayay joogaysaa. Cabdi maanta wuu soo daahayaa sababtoo ah Hodan"
     " ayaan dhakhtarka geynayaa, wuxuu iman doonaa 10:00.", kids("Hodan", "Cabdi"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09")), "P2": ("late", "U", ["12-09 AM"])}),
]

NOT_RECORDED = [
    # so: "safar dugsi": a school trip (a request for the consent form, not the family travelling)
    ("Asc, Cabdi wuxuu ii sheegay in safar dugsi uu jiro toddobaadka soo socda. Fadlan ii soo dira foomka."
     " Mahadsanid", kids("Cabdi"), "2026-12-09 16:30", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m130_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m130_ibso_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
