"""Batch m25, Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

PORTUGUESE = [
    # "só vão à escola depois do almoço": they only go in after lunch (out for the morning)
    ("Boa tarde, amanhã o Rui e a Sara têm consulta no pediatra de manhã, só vão à escola depois do almoço.",
     kids("Rui", "Sara"), "2026-12-01 16:00",
     {"P1": ("medical", "M", ["12-02 AM"]), "P2": ("medical", "M", ["12-02 AM"])}),
    # "voltou de viagem ontem à noite": got home from a journey (over); tired and kept home today
    ("O Rui voltou de viagem ontem à noite e está muito cansado, hoje fica em casa a descansar.", kids("Rui"),
     "2026-12-02 07:40", {"P1": ("unsatisfactory", "O", full("12-02"))}),
]

SPANISH = [
    # "del martes 15 al jueves 17 de diciembre": a weekday with its date to another
    ("Solicito permiso para que Pablo falte del martes 15 al jueves 17 de diciembre, nos vamos de viaje a Galicia.",
     kids("Pablo"), "2026-12-01 19:00", {"P1": ("holiday", "G", full("12-15", "12-16", "12-17"))}),
]

SOMALI = [
    # "Khamiista iyo toddobaadka soo socda oo dhan": Thursday and the whole of next week
    ("Axmed Khamiista iyo toddobaadka soo socda oo dhan dugsiga ma iman doono, waxaan u safraynaa Kenya.",
     kids("Axmed"), "2026-12-07 18:00",
     {"P1": ("holiday", "G", full("12-10", "12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # "waxay noo haynaysaa walaasheed yar" (minding her little sister for us), "sababtoo ah shaqo ayaan galayaa"
    # (because I am going to work): kept home for childcare
    ("Hodan maanta guriga ayay joogi doontaa, waxay noo haynaysaa walaasheed yar sababtoo ah shaqo ayaan galayaa.",
     kids("Hodan"), "2026-12-02 07:30", {"P1": ("unsatisfactory", "O", full("12-02"))}),
]

TURKISH = [
    # "gelmiyo", "gitmiyo": spoken forms of "isn't coming in"
    ("Merhaba, Elif bugün okula gitmiyo.", kids("Elif"), "2026-12-02 07:50", {"P1": ("unknown", "N", full("12-02"))}),
    ("Can'ın ateşi var, yarın gelmiyo.", kids("Can"), "2026-12-01 19:00", {"P1": ("illness", "I", full("12-02"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), [*PORTUGUESE, *SPANISH, *SOMALI, *TURKISH])
def test_m25_pt_es_so_tr_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), [
    # es: "aún no sabemos qué día", "no sé el día todavía": the day is not known yet
    ("Lucía tiene una revisión en el hospital la próxima semana, aún no sabemos qué día, ya os avisaré.",
     kids("Lucía"), "2026-12-02 18:00"),
    ("Lucía tiene que ir al alergólogo al hospital la semana que viene, no sé el día todavía.",
     kids("Lucía"), "2026-12-02 18:00"),
])
def test_m25_undetermined_day_is_asked(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "clarify"
