"""Batch m49/m50, Somali: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # so: "waxay i caawinaysaa walaalkeed yar oo xanuunsan": kept home to help with an ill sibling (not her illness)
    ("Subax wanaagsan, Hodan maanta guriga ayay joogtaa, waxay igu caawinaysaa walaasheed yar oo jiran.",
     kids("Hodan"), "2026-12-08 07:45", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # so: "Isniinta soo laabtaan": the day of return may come before the verb (back Monday, exclusive)
    ("Asc, Cali wuxuu qabaa qandho, maanta ma imaan doono, waxaan filayaa inuu Isniinta dugsiga soo laabto.",
     kids("Cali"), "2026-12-10 07:40", {"P1": ("illness", "I", full("12-10", "12-11"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m49_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
