"""Batch m86, Portuguese and Turkish: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "passo na farmácia com o Rui": an errand with the named sibling stays in the other child's clause
    ("Bom dia, o Rui acordou com febre e fica em casa hoje. A Sara vai chegar atrasada, lá pelas 9h50, "
     "porque primeiro passo na farmácia com o Rui para comprar xarope.", kids("Rui", "Sara"), "2026-12-07 07:40",
     {"P1": ("illness", "I", full("12-07")), "P2": ("late", "U", ["12-07 AM"])}),
    # tr: "okula gelip Deniz'i alacağım (12:45 gibi)": collecting the named child at the time given after
    ("Merhaba, babam hastaneye kaldırıldı, birazdan okula gelip Deniz'i alacağım (12:45 gibi).",
     kids("Deniz"), "2026-12-08 11:30", {"P1": ("exceptional", "C", ["12-08 PM"])}),
]

NOT_RECORDED = [
    # pt: "gostaria de saber se o Lucas pode trazer ...": asking whether the child can do something (a question)
    ("Olá, gostaria de saber se o Lucas pode trazer docinhos para festejar o aniversário dele com os colegas "
     "na quinta. Obrigado!", kids("Lucas"), "2026-12-07 18:10", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m86_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m86_ibso_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
