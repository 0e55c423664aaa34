"""Batch m127, Portuguese, Spanish, Somali and Turkish: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "só voltamos em janeiro": we are back in January (no day: the dates given are the span)
    ("Oi, vamos viajar pra Portugal dia 14/12 e só voltamos em janeiro. O Tomás falta de 14 a 18 de dezembro.",
     kids("Tomás"), "2026-12-10 17:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # pt: "vamos voltar no início de janeiro": the same with "vamos voltar"
    ("Olá, vamos viajar dia 16/12, vamos voltar no início de janeiro. A Clara falta de 16 a 18 de dezembro.",
     kids("Clara"), "2026-12-10 17:00", {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # pt: "vamos para Angola no dia 14/12": going abroad (a holiday; the country is not a child's name)
    ("Boa tarde, vamos para Angola no dia 14/12 e regressamos em janeiro. O Tomás falta de 14 a 18 de dezembro.",
     kids("Tomás"), "2026-12-10 17:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # tr: "pazartesi döneceğiz": we are back on Monday (the days before it only; not Monday itself off)
    ("Merhaba, dedemin cenazesi var, perşembe günü Sivas'a gidiyoruz. Mert perşembe ve cuma okula gelemeyecek, "
     "pazartesi döneceğiz.", kids("Mert"), "2026-12-07 18:00", {"P1": ("exceptional", "C", full("12-10", "12-11"))}),
    # tr: "perşembe dönücez": the spoken form
    ("Merhaba, kuzenimin düğünü var. Mert çarşamba gelemeyecek, perşembe dönücez.", kids("Mert"), "2026-12-07 18:00",
     {"P1": ("family_event", "O", full("12-09"))}),
]

NOT_RECORDED: list[tuple[str, list[Child], str, str]] = [
    # tr: "pazartesi döneceğiz" alone, with no day off: nothing to record
    ("Merhaba hocam, tatildeyiz, pazartesi döneceğiz, Mert'in ödevini getireceğiz.", kids("Mert"), "2026-12-12 10:00",
     "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m127_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m127_ibso_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
