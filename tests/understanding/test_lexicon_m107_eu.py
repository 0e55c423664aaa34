"""Batch m107, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ro: "ne întoarcem marți noaptea": the family's journey home that night (not a day back), "miercuri vine la
    # școală" is the day back
    ("Bună ziua, vă rog să-l învoiți pe Radu luni 14.12 și marți 15.12, mergem la Iași la botezul nepotului. "
     "Ne întoarcem marți noaptea, miercuri vine la școală.", kids("Radu"), "2026-12-03 18:00",
     {"P1": ("family_event", "O", full("12-14", "12-15"))}),
    # ro: "în noaptea de joi spre vineri": that one night (not a span from Thursday to Friday)
    ("Bună, Ioana lipsește miercuri și joi, mergem la nunta surorii mele în Spania. Ne întoarcem în noaptea de joi "
     "spre vineri.", kids("Ioana"), "2026-12-07 07:30",
     {"P1": ("family_event", "O", full("12-09", "12-10"))}),
    # ro: "marți e din nou la școală": in on that day, after the days off
    ("Bună ziua, Elena va lipsi vineri 11.12 și luni 14.12, mergem la nunta unchiului. Marți e din nou la școală.",
     kids("Elena"), "2026-12-04 12:00",
     {"P1": ("family_event", "O", full("12-11", "12-14"))}),
    # ro: "Vineri revine la ore": the day before the return verb is the day back
    ("Bună dimineața, Matei are varicelă, medicul a spus să stea acasă până vineri. Vineri revine la ore.",
     kids("Matei"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08", "12-09", "12-10"))}),
    # ro: "de luni Bianca se întoarce la școală": the child named between the day and the return verb
    ("Bună, Bianca are gripă, de luni Bianca se întoarce la școală.", kids("Bianca"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09", "12-10", "12-11"))}),
    # ro: "Mâine revin amândoi la școală": back tomorrow, so only today is off
    ("Bună dimineața, Luca și Sofia au febră azi. Mâine revin amândoi la școală.", kids("Luca", "Sofia"),
     "2026-12-08 07:20",
     {"P1": ("illness", "I", full("12-08")), "P2": ("illness", "I", full("12-08"))}),
    # uk: "повертаємось у середу вночі": the family's journey home that night (not a day back), the next day in
    ("Добрий день, Марти не буде у вівторок і в середу, їдемо до Варшави на хрестини племінника. Повертаємось у "
     "середу вночі, в четвер прийде до школи.", kids("Marta"), "2026-12-03 18:00",
     {"P1": ("family_event", "O", full("12-08", "12-09"))}),
    # uk: "У п'ятницю повертається до школи": the present tense for the day back
    ("Доброго ранку, у Богдана ангіна, лікар сказав лежати вдома до п'ятниці. У п'ятницю повертається до школи.",
     kids("Bohdan"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08", "12-09", "12-10"))}),
    # uk: "повертаються до школи в середу": the verb first, the day after it
    ("Добрий ранок, Іван і Настя мають температуру, повертаються до школи в середу.", kids("Ivan", "Nastia"),
     "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08")), "P2": ("illness", "I", full("12-07", "12-08"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m107_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
