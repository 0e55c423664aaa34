"""Batch m92, Spanish and Somali: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # es: "desde ese día" (from that day) and "vuelven en enero" (back in a month, no day of it): to the end of term
    ("Hola, el miércoles 9 de diciembre viajamos a Colombia por Navidad. Lucía y Mateo faltarán desde ese día y "
     "vuelven en enero.", kids("Lucía", "Mateo"), "2026-12-03 19:00",
     {"P1": ("holiday", "G", full("12-09", "12-10", "12-11", "12-14", "12-15", "12-16", "12-17", "12-18")),
      "P2": ("holiday", "G", full("12-09", "12-10", "12-11", "12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # so: "Hodan-na way soo daahaysaa": a second child named with "-na" (too), late as well
    ("Subax wanaagsan, Bilan waxay ballan dhakhtar ku leedahay 9:00, sidaas darteed Hodan-na way soo daahaysaa. "
     "Labadooda waxaan keenayaa qiyaastii 10:30.", kids("Bilan", "Hodan"), "2026-12-07 07:30",
     {"P1": ("medical", "M", ["12-07 AM"]), "P2": ("late", "U", ["12-07 AM"])}),
    # so: "Yusuf-na guriga ayuu joogayaa ... ma haysto qof dugsiga geeya": kept home, no one to take him to school
    ("Subax wanaagsan, Ayaan way xanuunsan tahay oo guriga ayay joogaysaa. Yusuf-na maanta guriga ayuu joogayaa "
     "sababtoo ah ma haysto qof dugsiga geeya maadaama aan Ayaan la joogo.", kids("Yusuf", "Ayaan"),
     "2026-12-09 07:50", {"P1": ("unsatisfactory", "O", full("12-09")), "P2": ("illness", "I", full("12-09"))}),
    # so: "Omar-na waxaan ka qaadayaa 12:00": and Omar, the parent collects him at noon (the afternoon only)
    ("Fiid wanaagsan, Khamiista waxaa jira aroos qoyska ah. Sahra maalinta oo dhan ma iman doonto, Omar-na waxaan "
     "ka qaadayaa 12:00.", kids("Sahra", "Omar"), "2026-12-15 18:00",
     {"P1": ("family_event", "O", full("12-17")), "P2": ("family_event", "O", ["12-17 PM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m92_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
