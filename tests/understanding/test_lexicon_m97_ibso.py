"""Batches m97 and m98, Portuguese, Spanish and Turkish: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "vai faltar a semana inteira": the whole of this week (not today only)
    ("Olá, a Beatriz vai faltar a semana inteira, vamos a Portugal ver os avós.", kids("Beatriz"),
     "2026-12-07 07:30",
     {"P1": ("holiday", "G", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
    # pt: "a semana toda" with two children named
    ("Bom dia, o Tiago e a Lara ficam em casa a semana toda, estão com gripe.", kids("Tiago", "Lara"),
     "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09", "12-10", "12-11")),
      "P2": ("illness", "I", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
    # pt: "de 14 a 16/12": a range with the month written once, on the last day (both ends)
    ("Boa tarde, a Beatriz vai faltar de 14 a 16/12, vamos viajar para Angola.", kids("Beatriz"),
     "2026-12-04 17:00",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16"))}),
    # es: "lo retiro a las 12:45" (Latin American "retirar", to collect): out for the afternoon only
    ("Buenos días, hoy Mateo tiene cita con el dentista a la 1:30, lo retiro a las 12:45. Gracias", kids("Mateo"),
     "2026-12-02 07:40",
     {"P1": ("medical", "M", ["12-02 PM"])}),
    # es: "paso a retirarla a la 1": the same, with the pronoun joined to the verb
    ("Mañana Sofía tiene médico a las 2, paso a retirarla a la 1.", kids("Sofia"), "2026-12-01 18:00",
     {"P1": ("medical", "M", ["12-02 PM"])}),
    # tr: "12:45 civarında alacağım": collected around that time, before the afternoon register
    ("Günaydın, Elif okula gelecek ama 1:30'da dişçi randevusu var, 12:45 civarında okuldan alacağım.",
     kids("Elif"), "2026-12-03 07:20",
     {"P1": ("medical", "M", ["12-03 PM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m97_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
