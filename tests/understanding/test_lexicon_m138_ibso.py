"""Batch m138, Portuguese and Spanish: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # es: "el jueves, perdón, el viernes": a day taken back at once (the second day replaces the first)
    ("Hola, Carla tiene cita con el oculista el jueves, perdón, el viernes a las 10, después la llevo al colegio.",
     kids("Carla"), "2026-12-09 07:30", {"P1": ("medical", "M", ["12-11 AM"])}),
    ("Pablo no irá mañana, digo, el viernes, tenemos el funeral de su abuelo.", kids("Pablo"), "2026-12-09 07:30",
     {"P1": ("exceptional", "C", full("12-11"))}),
    # pt: "na quinta, desculpa, na sexta": the same self-correction in Portuguese
    ("A Inês tem consulta no dentista na quinta, desculpa, na sexta às 9h, depois levo-a à escola.", kids("Inês"),
     "2026-12-09 07:30", {"P1": ("medical", "M", ["12-11 AM"])}),
    # es: "sigue con la tripa mal", "está malita de la barriga": an upset stomach (illness)
    ("Buenos días, Irene sigue con la barriga revuelta, hoy se queda en casa.", kids("Irene"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09"))}),
    ("Hola, Mateo está malito de la tripa desde anoche, hoy y mañana en casa.", kids("Mateo"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09", "12-10"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m138_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
