"""Batch m129, Polish, Romanian, Lithuanian and Ukrainian: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # lt: "prastai jautėsi, ją pykino": felt unwell and sick (illness), collected before the afternoon register
    ("Laba diena, Urtė prastai jautėsi, ją pykino. Pasiimsiu ją 12:15.", kids("Urtė"),
     "2026-12-08 10:40", {"P1": ("illness", "I", ["12-08 PM"])}),
    # lt: "jaučiasi blogai": the adverb after the verb
    ("Sveiki, Matas šiandien jaučiasi blogai, liks namuose.", kids("Matas"),
     "2026-12-08 07:30", {"P1": ("illness", "I", full("12-08"))}),
    # lt: "diagnozavo gripą": diagnosed with flu (the accusative)
    ("Laba diena, Jokūbui vakar diagnozavo gripą, šiandien ir rytoj bus namuose.", kids("Jokūbas"),
     "2026-12-08 07:50", {"P1": ("illness", "I", full("12-08", "12-09"))}),
    # uk: "в понеділок вона повернеться до школи": the pronoun between the day and the verb (the day back)
    ("Добрий день, у Марії температура, до понеділка посидить вдома. В понеділок вона повернеться до школи.",
     kids("Mariia"), "2026-12-09 07:30", {"P1": ("illness", "I", full("12-09", "12-10", "12-11"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m129_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
