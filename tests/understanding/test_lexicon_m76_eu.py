"""Batches m76-m77, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.canon import canonical
from understanding.types import Child

RECORDED = [
    # pl: "zaraz ją przywiozę": on the way in shortly, no time, after the register closed
    ("Przepraszam, Maja zaspała, zaraz ją przywiozę do szkoły.", kids("Maja"), "2026-12-09 09:40",
     {"P1": ("late", "U", ["12-09 AM"])}),
    # pl: "po szczepieniu zawiozę go do szkoły": the vaccination, then in (the morning only)
    ("Dobry wieczór, jutro o 8:30 Tymek ma szczepienie, po szczepieniu zawiozę go do szkoły.", kids("Tymek"),
     "2026-12-08 18:00", {"P1": ("medical", "M", ["12-09 AM"])}),
    # pl: "nie wiemy jeszcze, kiedy wróci": a vague end, the first day only
    ("Julka ma anginę, lekarz kazał jej zostać w łóżku. Nie wiemy jeszcze, kiedy wróci do szkoły.", kids("Julka"),
     "2026-12-08 07:30", {"P1": ("illness", "I", full("12-08"))}),
    # ro: "și-a revenit și vine luni la școală": that child is back, only the other one is off
    ("Bună seara, Sofia și-a revenit și vine luni la școală, dar Matei încă are febră și nu va veni luni.",
     kids("Sofia", "Matei"), "2026-12-06 19:00", {"P2": ("illness", "I", full("12-07"))}),
    # ro: "va ajunge la școală în jurul orei 11": the appointment, then in (the morning only)
    ("Ana are programare la oftalmolog mâine la 9, va ajunge la școală în jurul orei 11.", kids("Ana"),
     "2026-12-08 17:00", {"P1": ("medical", "M", ["12-09 AM"])}),
    # lt: "šiandien grįžo iš mokyklos su temperatūra, tad rytoj liks namie": off tomorrow, not today
    ("Laba diena, Emilija šiandien grįžo iš mokyklos su temperatūra, tad rytoj ji liks namie visą dieną.",
     kids("Emilija"), "2026-12-08 16:00", {"P1": ("illness", "I", full("12-09"))}),
    # lt: "į mokyklą eis nuo pirmadienio": back on Monday
    ("Laba diena, Lukas serga gripu. Į mokyklą eis nuo pirmadienio.", kids("Lukas"), "2026-12-10 07:30",
     {"P1": ("illness", "I", full("12-10", "12-11"))}),
    # lt: "į mokyklą atvyks apie pusę dešimtos": late, at that time
    ("Atsiprašau, Tomas pramiegojo, į mokyklą atvyks apie pusę dešimtos.", kids("Tomas"), "2026-12-09 08:50",
     {"P1": ("late", "U", ["12-09 AM"])}),
    # uk: "вночі поклали в лікарню", "поки не знаємо, скільки": admitted to hospital, a vague end
    ("Доброго ранку. Соломію вночі поклали в лікарню з бронхітом, поки не знаємо, скільки вона там пробуде.",
     [Child("P1", "Solomiia")], "2026-12-08 08:00", {"P1": ("illness", "I", full("12-08"))}),
    # uk: "приведу її о 9:10": late, at that time
    ("Доброго ранку, Марта прокинулася пізно, приведу її о 9:10.", [Child("P1", "Marta")], "2026-12-09 08:40",
     {"P1": ("late", "L", ["12-09 AM"])}),
    # uk: "три дні, а Богданові – п'ять": the second span with "days" left out
    ("Добрий день. У Марії й Богдана грип. Лікар сказав Марії посидіти вдома три дні, а Богданові – п'ять.",
     [Child("P1", "Mariia"), Child("P2", "Bohdan")], "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09")),
      "P2": ("illness", "I", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m76_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


def test_m76_eu_phrases() -> None:
    day = dt.date(2026, 12, 7)
    # pl: a school event on a day the child is in
    assert "in the nativity play" in canonical("Kuba występuje w jasełkach we wtorek.", "pl", day)
    assert "in the christmas concert" in canonical("Ola śpiewa w koncercie świątecznym.", "pl", day)
    # ro: "doar de joi" (absent only from Thursday), but "revine abia de joi" (back only on Thursday)
    assert "only from thursday" in canonical("Ana lipsește toată săptămâna, iar Radu doar de joi.", "ro", day)
    assert "only on thursday" in canonical("Radu poate reveni la școală abia de joi.", "ro", day)
    assert "all next week" in canonical("Maria va lipsi toată săptămâna viitoare.", "ro", day)
    # ro: "îl aduce bunicul la școală, dar mai târziu": in later
    assert "will be in later" in canonical("Pe Andrei îl aduce bunicul la școală, dar mai târziu.", "ro", day)
    assert "has the christmas concert on tuesday" in canonical("Marți are concertul de Crăciun.", "ro", day)
