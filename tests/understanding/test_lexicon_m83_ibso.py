"""Batch m83, Portuguese, Somali and Turkish: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "estou em casa com a bebé doente": with a sibling who is ill (sibling care, not the child's illness)
    ("Desculpe, o Duarte hoje não vai, não temos como o levar, estou em casa com o irmão mais novo doente.",
     kids("Duarte"), "2026-12-10 08:15", {"P1": ("unsatisfactory", "O", full("12-10"))}),
    # so: "waxaan u qaadanaynaa Itoobiya si ay u booqdaan ayeeyadood": taking them abroad to see family (a holiday);
    # "soo laaban doonaa January": back in a month written in English (the rest of the term)
    ("Salaan, Hodan waxaan u qaadanaynaa Itoobiya si ay u booqdaan ayeeyadood. Laga bilaabo berri ma imanayso, "
     "waxaan soo laaban doonaa January.", kids("Hodan"), "2026-12-14 18:00",
     {"P1": ("holiday", "G", full("12-15", "12-16", "12-17", "12-18"))}),
    # tr: "salıdan itibaren bütün hafta": the whole week from that day (not the day alone)
    ("Merhaba, Ela salıdan itibaren bütün hafta okula gelmeyecek, Almanya'daki teyzesinin düğününe gidiyoruz.",
     kids("Ela"), "2026-12-11 17:30", {"P1": ("family_event", "O", full("12-15", "12-16", "12-17", "12-18"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m83_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
