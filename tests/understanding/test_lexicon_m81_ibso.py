"""Batch m81-m82, Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "dia de Nossa Senhora da Conceição": a holy day (the saint's name is not a child's)
    ("Bom dia, hoje é dia de Nossa Senhora da Conceição e o Tomás vai à missa de manhã, entra na escola depois do "
     "almoço.",
     kids("Tomás"), "2026-12-08 07:30", {"P1": ("religious", "R", ["12-08 AM"])}),
    # pt: "a Inês vai na terça ..., só falta na quarta": in on one day, only absent on the other
    ("Vamos viajar para Portugal. O Rui não vai na terça nem na quarta. A Inês vai na terça porque tem teste, só falta "
     "na quarta.", kids("Rui", "Inês"), "2026-12-07 18:30",
     {"P1": ("holiday", "G", full("12-08", "12-09")), "P2": ("holiday", "G", full("12-09"))}),
    # pt: "por isso só vai à escola amanhã": back tomorrow (today is the whole day off)
    ("Bom dia, a Marta tem consulta no hospital hoje de manhã, por isso só vai à escola amanhã.", kids("Marta"),
     "2026-12-02 07:30", {"P1": ("medical", "M", full("12-02"))}),
    # es: "se tendrá que venir con nosotros ... para recogerlo": comes along on the errand (the same session)
    ("Hoy Pablo tiene dentista a las 14:00 y lo recogeré a la una. Lucía se tendrá que venir con nosotros porque no "
     "llego a tiempo para recogerla.", kids("Pablo", "Lucía"), "2026-12-02 07:40",
     {"P1": ("medical", "M", ["12-02 PM"]), "P2": ("unsatisfactory", "O", ["12-02 PM"])}),
    # es: "Hugo ya está en el colegio": already in school (not absent)
    ("Buenos días, el coche no arranca. Hugo ya está en el colegio con su tía, pero Marta llegará sobre las 10.",
     kids("Marta", "Hugo"), "2026-12-02 08:10", {"P1": ("late", "U", ["12-02 AM"])}),
    # so: "isbitaalka ayaa la dhigay galabta": admitted this afternoon (past), sent at the weekend: the next open day
    ("Cabdi aad buu u xanuunsan yahay, isbitaalka ayaa la dhigay galabta. Dugsiga ma imaan doono.", kids("Cabdi"),
     "2026-12-05 18:00", {"P1": ("illness", "I", full("12-07"))}),
]

CLARIFY = [
    # es: "todavía no sé si es el martes o el miércoles, ese día faltará": one of two days, not known yet
    ("Hola, Nora tiene cita con el dentista esta semana pero aún no sé si es el martes o el miércoles, ese día "
     "faltará.", kids("Nora"), "2026-11-30 07:50"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m81_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), CLARIFY)
def test_m81_ibso_clarify(text: str, children: list[Child], when: str) -> None:
    assert_not_recorded(text, children, when, "clarify")
