"""Batch m129, Portuguese, Spanish, Somali and Turkish: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "vamos aos Açores passar uns dias com os avós": a trip to be with family (a holiday)
    ("Olá, vamos aos Açores passar uns dias com os avós. O Tomás falta de 14 a 16 de dezembro. Obrigada",
     kids("Tomás"), "2026-12-02 19:30", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16"))}),
    # pt: "vamos à Madeira": an island families travel to (a place, not a child's name)
    ("Boa tarde, vamos à Madeira, a Leonor não vai à escola de 14 a 16 de dezembro.", kids("Leonor"),
     "2026-12-02 17:30", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16"))}),
    # pt: "estamos no trânsito": caught in traffic on the way in (a late arrival, "Estamos" not a name)
    ("Bom dia, estamos no trânsito, a Beatriz chega um bocadinho atrasada.", kids("Beatriz"), "2026-12-09 08:35",
     {"P1": ("late", "L", ["12-09 AM"])}),
    # es: "llega un poco tarde": running late (not a day missed for the car)
    ("Hola, Lucía llega un poco tarde, se nos ha pinchado la rueda del coche.", kids("Lucía"), "2026-12-09 08:20",
     {"P1": ("late", "L", ["12-09 AM"])}),
    # es: "llegarán algo tarde": running late, the future and plural
    ("Buenos días, Pablo y Marta llegarán algo tarde hoy, hay mucho tráfico.", kids("Pablo", "Marta"),
     "2026-12-09 08:15", {"P1": ("late", "L", ["12-09 AM"]), "P2": ("late", "L", ["12-09 AM"])}),
    # tr: "12:15'te Elif'i alacağım": the parent collects the named child at that time (the afternoon only)
    ("İyi günler, bugün 12:15'te Elif'i alacağım, diş doktoru randevusu var.", kids("Elif"), "2026-12-09 08:00",
     {"P1": ("medical", "M", ["12-09 PM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m129_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
