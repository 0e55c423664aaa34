"""Batch m123, Portuguese, Spanish, Somali and Turkish: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "tenho de levar a irmã mais nova ao dentista": the appointment is a sibling's (the child is late, not "M")
    ("Bom dia, a Beatriz chega por volta das 10h, tenho de levar a irmã mais nova ao dentista.", kids("Beatriz"),
     "2026-12-10 07:30", {"P1": ("late", "U", ["12-10 AM"])}),
    # pt: "vou levar o irmão dela ao hospital": the same with "vou levar" and "ao hospital"
    ("A Inês chega atrasada hoje, vou levar o irmão dela ao hospital.", kids("Inês"), "2026-12-08 08:00",
     {"P1": ("late", "L", ["12-08 AM"])}),
    # es: "tiene tos desde el jueves": ill since a past day (not a span from the next Thursday); "el martes ya veremos"
    ("Hola, Lucía tiene tos desde el jueves. El lunes no irá, el martes ya veremos.", kids("Lucía"),
     "2026-12-12 10:00", {"P1": ("illness", "I", full("12-14"))}),
    # es: "desde el miércoles pasado": the same with "pasado"
    ("Mateo está con fiebre desde el miercoles pasado, hoy tampoco va al cole.", kids("Mateo"), "2026-12-14 07:45",
     {"P1": ("illness", "I", full("12-14"))}),
    # tr: "okula gelecek ama biraz geç": coming in, but late (not in as normal)
    ("Kerem bugün hasta, evde kalacak. Defne okula gelecek ama biraz geç, 9:05 gibi.", kids("Kerem", "Defne"),
     "2026-12-08 08:20", {"P1": ("illness", "I", full("12-08")), "P2": ("late", "L", ["12-08 AM"])}),
    # tr: "biraz geç gelecek": in a bit late
    ("Defne biraz geç gelecek, 9:40 gibi orada oluruz.", kids("Defne"), "2026-12-09 07:30",
     {"P1": ("late", "U", ["12-09 AM"])}),
    # tr: "kız kardeşine bakması lazım", "ben işe gitmek zorundayım" ("işe", to work, is not "ise", whereas)
    ("Merhaba, yarın Selin'i okula gönderemiyorum, kız kardeşine bakması lazım, ben işe gitmek zorundayım.",
     kids("Selin"), "2026-12-08 17:00", {"P1": ("unsatisfactory", "O", full("12-09"))}),
]

NOT_RECORDED: list[tuple[str, list[Child], str, str]] = [
    # pt: "quem vem buscar a Matilde à saída da escola é o tio": who collects at home time (no absence)
    ("Bom dia, hoje quem vem buscar a Matilde à saída da escola é o tio Rui.", kids("Matilde"), "2026-12-09 07:30",
     "forward"),
    # pt: "a partir de amanhã quem vai buscar o Duarte é a avó": the same without "à saída", from another day
    ("Boa tarde, a partir de amanhã quem vai buscar o Duarte é a avó. Obrigado", kids("Duarte"), "2026-12-09 12:00",
     "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m123_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m123_ibso_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
