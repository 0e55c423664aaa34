"""Batch m117, Portuguese (and the same phrase family in Spanish): the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "na terça de manhã e à tarde": both halves of the day, so the whole day off
    ("Boa tarde, o Tiago tem exames no hospital na terça de manhã e à tarde, por isso não vai às aulas.",
     kids("Tiago"), "2026-12-07 18:00",
     {"P1": ("medical", "M", full("12-08"))}),
    # pt: "pela manhã e pela tarde": the same with "pela" on both halves
    ("Olá, a Inês tem consulta no dentista e depois no ortodontista sexta pela manhã e pela tarde, não vai à escola.",
     kids("Ines"), "2026-12-08 19:30",
     {"P1": ("medical", "M", full("12-11"))}),
    # es: "el martes por la mañana y por la tarde": both halves of the day, so the whole day off
    ("Buenas tardes, Hugo tiene revisión en el hospital el martes por la mañana y por la tarde, no podrá ir al cole.",
     kids("Hugo"), "2026-12-10 17:00",
     {"P1": ("medical", "M", full("12-15"))}),
    # pt: "vai faltar de 9 a 11.": a range of days with no month after it
    ("Bom dia, vamos a Lisboa ao casamento da minha irmã e o Duarte vai faltar de 9 a 11. Obrigada",
     kids("Duarte"), "2026-12-02 08:10",
     {"P1": ("family_event", "O", full("12-09", "12-10", "12-11"))}),
    # pt: "fica em casa cuidando da irmã pequena": the child kept home to look after a sibling
    ("Oi professora, hoje a Larissa fica em casa cuidando da irmã pequena porque a babá faltou. Desculpa",
     kids("Larissa"), "2026-12-10 07:20",
     {"P1": ("unsatisfactory", "O", full("12-10"))}),
    # pt: "vai ter que ficar em casa para cuidar do irmão": the same with "ter que" and "para cuidar"
    ("Bom dia, amanhã o Gonçalo vai ter que ficar em casa para cuidar do irmão mais novo, eu entro cedo no trabalho.",
     kids("Goncalo"), "2026-12-14 19:00",
     {"P1": ("unsatisfactory", "O", full("12-15"))}),
]

NOT_RECORDED = [
    # pt: "de manhã e à tarde" in a question about the timetable, not an absence
    ("Boa tarde, a natação é de manhã e à tarde na quinta? Obrigado", kids("Rita"), "2026-12-07 16:00", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m117_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m117_ibso_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
