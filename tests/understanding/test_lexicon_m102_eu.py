"""Batches m102 and m103, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing their misses
showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: ", przyjdzie normalnie" with no subject of its own: the child named before the comma is in
    ("Dzień dobry, Zosia ma grypę i zostaje w domu do końca tygodnia. Kuba ma tylko lekki katar, przyjdzie normalnie.",
     kids("Zosia", "Jakub"), "2026-12-02 07:30",
     {"P1": ("illness", "I", full("12-02", "12-03", "12-04"))}),
    # pl: "rano jest normalnie w szkole": in for the morning, collected for the afternoon appointment
    ("Dzień dobry, Ola ma o 14:00 wizytę u dentysty, odbiorę ją ze szkoły o 13:00. Rano jest normalnie w szkole.",
     kids("Ola"), "2026-12-07 07:45",
     {"P1": ("medical", "M", ["12-07 PM"])}),
    # pl: "ani rano, ani po południu" (the whole day); "Wszystko jest w porządku" is an aside, not a child's name
    ("Dzień dobry, w czwartek Staś ma badania w szpitalu, nie będzie go ani rano, ani po południu. Wszystko jest"
     " w porządku, to tylko kontrola.", kids("Staś"), "2026-12-07 07:45",
     {"P1": ("medical", "M", full("12-10"))}),
    # ro: "la dentist de urgență": an emergency dentist appointment (medical, not a family emergency)
    ("Bună dimineața, Radu are o durere mare de dinte, îl duc la dentist de urgență la 9 și vine la școală după.",
     kids("Radu"), "2026-12-08 07:50",
     {"P1": ("medical", "M", ["12-08 AM"])}),
    # ro: "a ajuns azi pe la 9:50": a late arrival told afterwards
    ("Bună ziua, Sara a ajuns azi la școală pe la 9:50, am avut probleme cu mașina. Scuze!", kids("Sara"),
     "2026-12-08 10:05",
     {"P1": ("late", "U", ["12-08 AM"])}),
    # ro: "are test la matematică vineri": a test in class that day, not a day off
    ("Bună, Mihai are febră, rămâne acasă azi și mâine. Știu că are test la matematică vineri.", kids("Mihai"),
     "2026-12-07 07:20",
     {"P1": ("illness", "I", full("12-07", "12-08"))}),
    # ro: "Eu nu am cum" (the pronoun, not a name); "sper că mâine să fie bine": back tomorrow
    ("Bună dimineața, autobuzul nu circulă azi din cauza grevei. Eu nu am cum să îl aduc, Vlad rămâne acasă azi."
     " Sper că mâine să fie bine.", kids("Vlad"), "2026-12-03 07:50",
     {"P1": ("transport", "O", full("12-03"))}),
    # ro: "o programare pentru acte": an errand about official papers, so the lateness is not medical
    ("Bună dimineața, azi Ana va întârzia, am o programare pentru acte la 8:30. Ajungem pe la 10.", kids("Ana"),
     "2026-12-09 07:40",
     {"P1": ("late", "U", ["12-09 AM"])}),
    # lt: "būsim tik apie 10" with "su manim": the parent brings the child late at that hour
    ("Atsiprašau, sugedo mašina. Jonas su manim, būsim tik apie 10.", kids("Jonas"), "2026-12-09 08:45",
     {"P1": ("late", "U", ["12-09 AM"])}),
    # lt: "pasiims tėtis": someone else collects her at that time
    ("Labas rytas, Gabiją šiandien 13:00 pasiims tėtis, važiuojam į senelio gimtadienį.", kids("Gabija"),
     "2026-12-08 07:30",
     {"P1": ("family_event", "O", ["12-08 PM"])}),
    # lt: "gal rytoj jau bus geriau": a hope for tomorrow, not a day off
    ("Labas, Ugnė šiandien neateis, karščiuoja. Gal rytoj jau bus geriau, parašysiu.", kids("Ugne"),
     "2026-12-08 07:15",
     {"P1": ("illness", "I", full("12-08"))}),
    # lt: "Lukas bus rytoj": the day he is back; "mašina servise": the car is in the garage
    ("Labas rytas, Lukas šiandien neateis, mašina servise. Lukas bus rytoj.", kids("Lukas"), "2026-12-08 07:30",
     {"P1": ("transport", "O", full("12-08"))}),
    # lt: "nuo ketvirtadienio serga" (ill since then, past); "tikimės trečiadienį grįžti": hopefully back that day
    ("Laba vakarą, Ema nuo ketvirtadienio serga. Rytoj ir antradienį liks namie. Tikimės trečiadienį grįžti.",
     kids("Ema"), "2026-12-06 18:30",
     {"P1": ("illness", "I", full("12-07", "12-08"))}),
    # uk: "заберу Марію зі школи о 12:00" (the child named as the object); "зранку буде в школі": in for the morning
    ("Добрий день, сьогодні заберу Марію зі школи о 12:00, у неї прийом у стоматолога. Зранку буде в школі.",
     kids("Mariia"), "2026-12-08 07:40",
     {"P1": ("medical", "M", ["12-08 PM"])}),
    # uk: "завдання на ці дні": work asked for the days off (the question does not cancel the report)
    ("Доброго ранку, Дмитро захворів, у нього ангіна. Він повернеться в середу. Чи можна отримати завдання на ці"
     " дні?", kids("Dmytro"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08"))}),
    # uk: "Завтра, сподіваюся, буде": hopefully back tomorrow
    ("Доброго ранку, Олег сьогодні не прийде, у нього температура. Завтра, сподіваюся, буде.", kids("Oleh"),
     "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08"))}),
    # uk: "в четвер вона вже прийде" after the days off: the day she is back
    ("Добрий вечір, Ліза захворіла, з понеділка по середу її не буде. Сподіваюся, що в четвер вона вже прийде.",
     kids("Liza"), "2026-12-13 17:00",
     {"P1": ("illness", "I", full("12-14", "12-15", "12-16"))}),
]

NOT_RECORDED = [
    # uk: "він" (he) with two linked children: which one?
    ("Доброго ранку, він сьогодні не прийде, захворів.", kids("Bohdan", "Taras"), "2026-12-01 07:40", "clarify"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m102_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m102_eu_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
