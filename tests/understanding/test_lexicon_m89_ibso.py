"""Batch m89, Portuguese: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt (Brazilian): "meu pai foi levado às pressas pra emergência": a parent rushed to hospital (a family
    # emergency, not the child's appointment), collected before the afternoon register: PM only
    ("Oi, vou ter que buscar o Davi às 11h30, meu pai foi levado às pressas pra emergência. Desculpa!",
     kids("Davi"), "2026-12-15 09:40", {"P1": ("exceptional", "C", ["12-15 PM"])}),
    # pt (Brazilian): "foi levada correndo pro hospital": rushed to hospital, no day given: today, whole day
    ("Bom dia, a Sofia não vai hoje, a avó dela foi levada correndo pro hospital e estamos todos lá.",
     kids("Sofia"), "2026-12-16 07:50", {"P1": ("exceptional", "C", full("12-16"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m89_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
