"""Batch m137, Polish (with Romanian and Lithuanian kin): the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "jutro dam znać, jak się czują": an update promised tomorrow (plural verb), not a day off tomorrow
    ("Dzien dobry, Kuba i Ola maja goraczke i dzis zostaja w domu. Jutro dam znac, jak sie czuja.",
     kids("Jakub", "Aleksandra"), "2026-12-01 07:20", {"P1": ("illness", "I", full("12-01")),
                                                        "P2": ("illness", "I", full("12-01"))}),
    # pl: "jutro dam pani znać, jak się będzie czuł": the addressee between "dam" and "znać"
    ("Dzien dobry, Kuba ma grype, dzisiaj nie przyjdzie. Jutro dam pani znac, jak sie bedzie czul.",
     kids("Jakub"), "2026-12-01 07:20", {"P1": ("illness", "I", full("12-01"))}),
    # ro: "mâine vă anunț cum se simt": an update promised tomorrow (plural verb), not a day off tomorrow
    ("Buna dimineata, Ana si Luca au febra, raman azi acasa. Maine va anunt cum se simt.",
     kids("Ana", "Luca"), "2026-12-01 07:20", {"P1": ("illness", "I", full("12-01")),
                                               "P2": ("illness", "I", full("12-01"))}),
    # ro: "mâine vă anunț." on its own: an update promised tomorrow
    ("Buna dimineata, Ana are febra si ramane azi acasa. Maine va anunt.",
     kids("Ana"), "2026-12-01 07:20", {"P1": ("illness", "I", full("12-01"))}),
    # lt: "rytoj parašysiu, kaip jaučiasi": an update promised tomorrow, not a day off tomorrow
    ("Laba diena, Rokas serga, siandien liks namie. Rytoj parasysiu, kaip jis jauciasi.",
     kids("Rokas"), "2026-12-01 07:20", {"P1": ("illness", "I", full("12-01"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m137_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
