"""Batch m137, Urdu and Punjabi: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur: "بتا رہی ہوں" (I am letting you know): the progressive "رہی ہوں" is not a child's name (it read as Haroon,
    # putting one child in the clause about the bereavement and asking for a reason)
    ("السلام علیکم، آپ کو بتا رہی ہوں کہ بچوں کے دادا کا انتقال ہو گیا ہے۔ ہارون اور سارہ آج اسکول نہیں آئیں گے",
     kids("Haroon", "Sara"), "2026-12-02 07:40",
     {"P1": ("exceptional", "C", full("12-02")), "P2": ("exceptional", "C", full("12-02"))}),
    # pa (romanised): "oh baad ch school aa jaugi" (she comes to school afterwards): in after the appointment, AM only
    ("Sat Sri Akal ji, Harjot da Friday nu dentist naal appointment aa 9:30 vaje, oh baad ch school aa jaugi",
     kids("Harjot"), "2026-12-01 07:40", {"P1": ("medical", "M", ["12-04 AM"])}),
    # pa (romanised): "baad vich oh school aa jaange" after an interview: J1 for the morning only
    ("Harjot di Thursday nu college ch interview aa 11 vaje, baad vich oh school aa jaange", kids("Harjot"),
     "2026-12-01 07:40", {"P1": ("interview", "J1", ["12-03 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m137_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
