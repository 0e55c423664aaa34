"""Batch m107, Portuguese and Spanish: the time a child is back in school after an appointment."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "deve chegar por volta do meio-dia": the arrival time after the appointment ("volta" is not "back")
    ("Bom dia, o Duarte tem consulta no dentista amanhã às 9h e depois vai para a escola, deve chegar por volta do "
     "meio-dia.", kids("Duarte"), "2026-12-08 18:00",
     {"P1": ("medical", "M", ["12-09 AM"])}),
    # pt: "chega à escola lá pelo meio-dia": noon, the arrival time
    ("O Gonçalo tem fisioterapia amanhã às 9h, chega à escola lá pelo meio-dia.", kids("Goncalo"), "2026-12-08 17:30",
     {"P1": ("medical", "M", ["12-09 AM"])}),
    # pt: "entra na escola cerca das dez horas": an hour in words after "cerca das"
    ("Oi, o Caio tem consulta no oftalmologista quarta às 8h, entra na escola cerca das dez horas.", kids("Caio"),
     "2026-12-07 20:00",
     {"P1": ("medical", "M", ["12-09 AM"])}),
    # pt: "volta à escola às 11h": back in school at that time (not a day of return)
    ("Olá, a Beatriz tem análises ao sangue quinta às 8h30, volta à escola às 11h.", kids("Beatriz"),
     "2026-12-07 07:30",
     {"P1": ("medical", "M", ["12-10 AM"])}),
    # pt: "regressa à escola perto das onze": near an hour written in words
    ("Boa tarde, a Inês tem consulta na pediatra sexta de manhã, regressa à escola perto das onze.", kids("Ines"),
     "2026-12-07 19:00",
     {"P1": ("medical", "M", ["12-11 AM"])}),
    # pt: "volta para a escola lá pelas 11h" after "ele": the pronoun's return time, not a day in school
    ("O Rui tem dentista amanhã de manhã e depois ele volta para a escola lá pelas 11h.", kids("Rui"),
     "2026-12-14 07:20",
     {"P1": ("medical", "M", ["12-15 AM"])}),
    # pt: one child off today, the other back "por volta das 10h30" after tomorrow's vaccinations
    ("Bom dia. O Martim está com febre e fica em casa hoje. A Leonor tem vacinas amanhã de manhã e volta para a "
     "escola por volta das 10h30.", kids("Martim", "Leonor"), "2026-12-07 07:15",
     {"P1": ("illness", "I", full("12-07")), "P2": ("medical", "M", ["12-08 AM"])}),
    # es: "y luego vuelve al colegio" after an appointment: in after it (the morning only)
    ("Hola, mañana Lucía tiene cita en el oftalmólogo a las 9 y luego vuelve al colegio.", kids("Lucia"),
     "2026-12-07 19:00",
     {"P1": ("medical", "M", ["12-08 AM"])}),
    # es: "después vuelve al cole a eso del mediodía": around noon
    ("Mañana Lucía tiene cita en el dentista a las 9:15, después vuelve al cole a eso del mediodía.", kids("Lucia"),
     "2026-12-07 07:30",
     {"P1": ("medical", "M", ["12-08 AM"])}),
    # es: "vuelve a clase a eso de las once": back in class at an hour in words
    ("Buenas, el jueves Mateo tiene análisis de sangre a las 8:30, vuelve a clase a eso de las once.", kids("Mateo"),
     "2026-12-07 19:00",
     {"P1": ("medical", "M", ["12-10 AM"])}),
    # es: "llegará al cole hacia el mediodía": the arrival time
    ("Hola, el viernes Daniela tiene revisión con la pediatra a las 9, llegará al cole hacia el mediodía.",
     kids("Daniela"), "2026-12-07 19:00",
     {"P1": ("medical", "M", ["12-11 AM"])}),
    # es: "tiene el médico": an appointment with the article
    ("Sergio tiene el médico hoy a las 9 y después va al colegio.", kids("Sergio"), "2026-12-07 07:30",
     {"P1": ("medical", "M", ["12-07 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m107_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
