"""Batch m137, Portuguese, Spanish and Turkish: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "Levei no pronto-socorro": I took her (a past errand at the start of a sentence, not a child named "Levei")
    ("O Rafael teve febre alta a noite toda. Levei no pronto-socorro de madrugada. Hoje ele fica em casa.",
     kids("Rafael"), "2026-12-09 07:30", {"P1": ("illness", "I", full("12-09"))}),
    ("A Beatriz caiu ontem e torceu o pé. Levei-a ao hospital e hoje fica em casa a descansar.", kids("Beatriz"),
     "2026-12-09 07:30", {"P1": ("illness", "I", full("12-09"))}),
    # es: "se gradúa su hermano", "le dan el título": a sibling's graduation (a family event)
    ("Buenas tardes, mañana se gradúa el hermano mayor de Lucas en la universidad, así que Lucas no irá al colegio.",
     kids("Lucas"), "2026-12-09 18:00", {"P1": ("family_event", "O", full("12-10"))}),
    ("Hola, el viernes le entregan el diploma a mi hija mayor, Martina no vendrá ese día.", kids("Martina"),
     "2026-12-07 18:00", {"P1": ("family_event", "O", full("12-11"))}),
    # tr: "10-11 Aralık Perşembe ve Cuma": two dates of one month, then their weekdays (each weekday with its date)
    ("Kuzenimin düğünü var. Kerem ve Defne 10-11 Aralık Perşembe ve Cuma okula gelmeyecek.", kids("Kerem", "Defne"),
     "2026-12-07 18:00", {"P1": ("family_event", "O", full("12-10", "12-11")),
                          "P2": ("family_event", "O", full("12-10", "12-11"))}),
    ("Kuzenimin düğünü var, Kerem 10 ve 11 Aralık perşembe-cuma günleri okula gelmeyecek.", kids("Kerem"),
     "2026-12-07 18:00", {"P1": ("family_event", "O", full("12-10", "12-11"))}),
    # tr: "babaannesi Türkiye'den geldi": a relative came from Turkey (a visitor, not a trip: the shopping day stays
    # unsatisfactory)
    ("Babaannesi Türkiye'den geldi, bugün Mert'i okula göndermiyorum, onunla alışverişe gideceğiz.", kids("Mert"),
     "2026-12-09 07:30", {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # tr: "Cuma'ya bakarız", "yarına bakacağız": we'll see about that day (undecided, not a day off)
    ("Elif grip oldu, bugün ve yarın okula gelmeyecek. Cumaya bakarız.", kids("Elif"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09", "12-10"))}),
    ("Yusuf'un ateşi var, bugün okula gelmeyecek, yarına bakacağız.", kids("Yusuf"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m137_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
