"""Batch m26, Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

PORTUGUESE = [
    # "a bisavó faz 95 anos": a relative's birthday (a family event); collected at 12:15, the afternoon only
    ("Vou buscar a Inês às 12h15 amanhã, a bisavó faz 95 anos e temos almoço de família.", kids("Inês"),
     "2026-12-01 18:00", {"P1": ("family_event", "O", ["12-02 PM"])}),
    # "a madrinha faz anos": a birthday, no age given
    ("A Inês hoje não vai à escola, a madrinha faz anos e vamos passar o dia com ela.", kids("Inês"),
     "2026-12-01 07:30", {"P1": ("family_event", "O", full("12-01"))}),
]

SPANISH = [
    # "lo traigo de nuevo por la tarde": brought back for the afternoon, out for the morning only
    ("Hugo tiene el dentista a las 10:30, lo recojo a las 10 y lo traigo de nuevo por la tarde.", kids("Hugo"),
     "2026-12-01 07:30", {"P1": ("medical", "M", ["12-01 AM"])}),
    # "vuelve al cole para la tarde": back for the afternoon
    ("Hugo tiene análisis de sangre a las 9:30 en el centro de salud y vuelve al cole para la tarde.", kids("Hugo"),
     "2026-12-01 07:30", {"P1": ("medical", "M", ["12-01 AM"])}),
    # "anoche regresamos muy tarde de la boda": the wedding is over, tired today is unsatisfactory
    ("Hoy Lucía no va, anoche regresamos muy tarde de la boda de su tía y está muy cansada.", kids("Lucía"),
     "2026-12-01 07:30", {"P1": ("unsatisfactory", "O", full("12-01"))}),
    # "llegamos tarde" alone is still a late arrival at school
    ("Perdón, llegamos tarde, el coche no arrancó. Lucía llegará a las 9:30.", kids("Lucía"), "2026-12-01 08:50",
     {"P1": ("late", "U", ["12-01 AM"])}),
]

TURKISH = [
    # "öğleden sonra okula getiririm": brought in for the afternoon, out for the morning only
    ("Selin'in bugün 9:30'da diş hekimi randevusu var, öğleden sonra okula getiririm.", kids("Selin"),
     "2026-12-01 07:30", {"P1": ("medical", "M", ["12-01 AM"])}),
    # "hastanede kontrolü var" (a hospital check-up), "öğleden sonra okula geri dönecek" (back for the afternoon)
    ("Selin'in bugün saat 10'da hastanede kontrolü var, öğleden sonra okula geri dönecek.", kids("Selin"),
     "2026-12-01 07:30", {"P1": ("medical", "M", ["12-01 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), [*PORTUGUESE, *SPANISH, *TURKISH])
def test_m26_pt_es_so_tr_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), [
    # pt: "na quinta ou na sexta-feira": one of two days, not yet known
    ("O Tiago tem consulta no ortodontista na quinta ou na sexta-feira desta semana, ainda não sei qual.",
     kids("Tiago"), "2026-12-01 07:30"),
])
def test_undetermined_day_is_asked(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "clarify"


@pytest.mark.parametrize(("text", "children", "when"), [
    # tr: "gezi için veli izin belgesini imzaladım": a signed consent form for a trip, no absence
    ("İyi akşamlar, cuma günkü gezi için veli izin belgesini imzaladım, Elif'in çantasında.", kids("Elif"),
     "2026-12-01 18:00"),
    # tr: "gözlükleri bozuldu": his glasses broke (not an injury), a note for the teacher
    ("Öğretmenine iletir misiniz, Deniz'in gözlükleri bozuldu, yenisi yapılana kadar öne oturabilir mi?",
     kids("Deniz"), "2026-12-01 18:00"),
])
def test_note_for_the_teacher_is_forwarded(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "forward"
