"""Batch m25, Polish, Romanian and Ukrainian: the vocabulary and phrasing its misses showed (Lithuanian had none)."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

POLISH = [
    # "chyba nie będzie go": probably not in (the hedge is not a name, the pronoun goes with the verb)
    ("Kuba ma anginę, chyba nie będzie go do końca tygodnia.", kids("Jakub"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09", "12-10", "12-11"))}),
    # "padł nam akumulator" (the battery died), "już dziś nie dojedzie": won't get there today
    ("Padł nam akumulator w samochodzie, Zosia już dziś nie dojedzie do szkoły.", kids("Zofia"), "2026-12-09 08:10",
     {"P1": ("transport", "O", full("12-09"))}),
    # "samochód nam nawalił": the car gave out; "raczej nie dojedzie": probably won't make it
    ("Samochód nam nawalił pod Łodzią, Zosia jutro raczej nie dojedzie na lekcje.", kids("Zofia"), "2026-12-08 19:00",
     {"P1": ("transport", "O", full("12-09"))}),
]

ROMANIAN = [
    # "vă rog să-l lăsați pe Matei să plece la 13:00": let him leave at that time; "vin eu după el": I'll fetch him
    ("Bună ziua, vă rog să-l lăsați pe Matei să plece azi la 13:00, are programare la ortodont la 13:30. Vin eu după "
     "el.", kids("Matei"), "2026-12-02 07:50", {"P1": ("medical", "M", ["12-02 PM"])}),
    # "oftalmolog": the eye doctor
    ("Vă rog să o lăsați pe Ioana să plece la 12:45, are consult la oftalmolog.", kids("Ioana"), "2026-12-03 07:40",
     {"P1": ("medical", "M", ["12-03 PM"])}),
    # "nu va mai veni ... începând cu 17", "joi dimineață" (Thursday morning), "ne vedem în ianuarie": back in January
    ("Plecăm în vacanță la munte, avem zborul joi dimineață, Sofia nu va mai veni la școală începând cu 17 decembrie. "
     "Ne vedem în ianuarie!", kids("Sofia"), "2026-12-14 19:00", {"P1": ("holiday", "G", full("12-17", "12-18"))}),
    # "nu va mai veni de vineri" (from Friday), "ne vedem după sărbători": back after the holidays
    ("Mergem în Italia de sărbători, Andrei nu va mai veni la școală de vineri, ne vedem după sărbători.",
     kids("Andrei"), "2026-12-14 19:00", {"P1": ("holiday", "G", full("12-18"))}),
    # "trebuie să stea mâine acasă cu surioara ei": kept home to mind a sibling; "am tură de noapte": a work shift
    ("Bună seara, Irina trebuie să stea mâine acasă cu surioara ei, am tură de noapte și nu am pe nimeni.",
     kids("Irina"), "2026-12-08 19:00", {"P1": ("unsatisfactory", "O", full("12-09"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), [*POLISH, *ROMANIAN])
def test_m25_pl_ro_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), [
    # uk: "залишив удома рюкзак" (left his bag at home), "занесу його на рецепцію": an errand, no absence
    ("Богдан залишив удома рюкзак, я занесу його на рецепцію о 9:30.", kids("Bohdan"), "2026-12-08 08:10"),
    # uk: "забула спортивну форму" (forgot her PE kit), "принесу її на рецепцію"
    ("Софія забула спортивну форму, принесу її на рецепцію.", kids("Sofiia"), "2026-12-08 08:10"),
    ("Вітаю, Данило забув удома форму на фізкультуру, передам її на вахту до 11:00.", kids("Danylo"),
     "2026-12-08 08:10"),
])
def test_m25_uk_errand_is_forwarded(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "forward"
