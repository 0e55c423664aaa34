"""Batch m113, Somali: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # so: "hurdada ayay ka kici weyday", "9:50 ayaan keenayaa": she overslept, the parent brings her in after the
    # register closes (late, U)
    ("Subax wanaagsan, Hibo hurdada ayay ka kici weyday, 9:50 ayaan keenayaa.", kids("Hibo"), "2026-12-08 09:05",
     {"P1": ("late", "U", ["12-08 AM"])}),
    # so: "wuu ka soo kici waayay hurdada", "saacadda 9:10 ayaan dugsiga keenayaa": the sleep after the verb, in by
    # the register close (late, L)
    ("Waan ka xumahay, Bile wuu ka soo kici waayay hurdada, saacadda 9:10 ayaan dugsiga keenayaa.", kids("Bile"),
     "2026-12-09 08:40",
     {"P1": ("late", "L", ["12-09 AM"])}),
    # so: "saaka ma toosin": did not wake this morning, brought in at a time after the register closes
    ("Asc, Nimco saaka ma toosin, 10:15 ayaan keenayaa.", kids("Nimco"), "2026-12-09 08:40",
     {"P1": ("late", "U", ["12-09 AM"])}),
    # so: "waxaan u duulaynaa", "fasaxa ka dib ayuu dugsiga iman doonaa": flying away, back after the holidays
    ("Berri waxaan u duulaynaa Nairobi si aan qoyska u booqanno, Cabdi fasaxa ka dib ayuu dugsiga iman doonaa.",
     kids("Cabdi"), "2026-12-14 18:00",
     {"P1": ("holiday", "G", full("12-15", "12-16", "12-17", "12-18"))}),
    # so: "fasaxa kadib ayay soo laaban doontaa": ill, back after the holidays (today to the end of term)
    ("Sahra way xanuunsan tahay, fasaxa kadib ayay soo laaban doontaa.", kids("Sahra"), "2026-12-16 07:30",
     {"P1": ("illness", "I", full("12-16", "12-17", "12-18"))}),
]

NOT_RECORDED = [
    # so: "fasaxa kadib goorma ayuu dugsigu furmayaa?": a question about when school opens after the holidays
    ("Fadlan, fasaxa kadib goorma ayuu dugsigu furmayaa? Mahadsanid", kids("Yusuf"), "2026-12-10 18:00", "forward"),
    # so: "fasaxa kadib ... wuxuu rabaa inuu ku biiro kooxda": a plan for after the holidays, no absence
    ("Fasaxa kadib, Yusuf wuxuu rabaa inuu ku biiro kooxda kubadda. Mahadsanid", kids("Yusuf"), "2026-12-10 18:00",
     "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m113_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m113_ibso_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
