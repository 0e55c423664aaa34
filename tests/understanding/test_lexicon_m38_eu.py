"""Batch m38/m39, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "wrócił w nocy z turnieju" (got back late, a past evening), "wykończony" (worn out), "żeby odpocząć" (to rest)
    ("Dzień dobry, Kuba wrócił w nocy z turnieju i jest wykończony, dziś zostaje w domu, żeby odpocząć.", kids("Kuba"),
     "2026-12-08 07:30", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # pl: "nie może chodzić do szkoły do przyszłego poniedziałku": off until next Monday (exclusive)
    ("Ola ma anginę, lekarz powiedział, że nie może chodzić do szkoły do przyszłego poniedziałku.", kids("Ola"),
     "2026-12-02 07:30", {"P1": ("illness", "I", full("12-02", "12-03", "12-04"))}),
    # pl: "wróci 9 grudnia": back on that date
    ("Dzień dobry, Ola ma grypę i zostaje w domu. Wróci 9 grudnia.", kids("Ola"),
     "2026-12-07 07:30", {"P1": ("illness", "I", full("12-07", "12-08"))}),
    # pl: "chcielibyśmy zabrać Hanię wcześniej na święta", "lot mamy w czwartek rano": leave for a trip home
    ("Chcielibyśmy zabrać Hanię wcześniej na święta do Polski, lot mamy w czwartek rano. Hania nie będzie w szkole "
     "od czwartku 17.12 do końca semestru.", kids("Hania"), "2026-12-07 19:00",
     {"P1": ("holiday", "G", full("12-17", "12-18"))}),
    # ro: "are febră de azi dimineață": ill since this morning (not absent from this morning)
    ("Bună seara, Ana are febră de azi dimineață, nu vine la școală mâine.", kids("Ana"), "2026-12-08 18:00",
     {"P1": ("illness", "I", full("12-09"))}),
    # ro: "o țin pe Ioana acasă, mergem la cumpărături": kept home to go shopping
    ("Bună dimineața, azi o țin pe Ioana acasă, mergem la cumpărături.", kids("Ioana"), "2026-12-08 07:30",
     {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # lt: "likusią savaitės dalį": the rest of the week
    ("Laba diena, Emilija serga gripu, likusią savaitės dalį bus namuose.", kids("Emilija"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09", "12-10", "12-11"))}),
    # lt: "švenčiame Nekaltąjį Prasidėjimą", "važiuosime į bažnyčią": a holy day at church (not a trip)
    ("Sveiki, antradienį švenčiame Nekaltąjį Prasidėjimą, važiuosime į bažnyčią, todėl Jonas neis į mokyklą.",
     kids("Jonas"), "2026-12-03 17:00", {"P1": ("religious", "R", full("12-08"))}),
    # uk: "через страйк на залізниці ніяк не доїдемо": no way to get there (a train strike, not a trip)
    ("Доброго ранку, через страйк на залізниці ми ніяк не доберемося до школи, Олег сьогодні не буде.", kids("Олег"),
     "2026-12-08 07:20", {"P1": ("transport", "O", full("12-08"))}),
    # uk: "йдемо за покупками": going shopping (not a trip)
    ("Привіт, Соломія сьогодні залишиться вдома, ми йдемо за покупками.", kids("Соломія"), "2026-12-08 07:40",
     {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # uk: "ротавірус": a stomach bug
    ("Добрий день. У Богдана ротавірус, сьогодні буде вдома.", kids("Богдан"), "2026-12-08 07:40",
     {"P1": ("illness", "I", full("12-08"))}),
    # uk: "приведу її до школи десь об 11": in after the appointment, the morning only
    ("Доброго ранку, у Софії сьогодні о 9:00 прийом у лікаря, приведу її до школи десь об 11.", kids("Софія"),
     "2026-12-08 07:40", {"P1": ("medical", "M", ["12-08 AM"])}),
    # uk, romanised: "zahvorila" (h for kh), "bolyt" (no soft sign)
    ("Dobryi den, Oksana zahvorila, bolyt holova. Sogodni bude vdoma.", kids("Oksana"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08"))}),
    # uk: "весілля старшої доньки" (a sister's wedding), "пропустить останній день у школі" (will miss that day)
    ("Добрий день! У п'ятницю 18-го весілля нашої старшої доньки, тому Марко пропустить останній день у школі.",
     kids("Марко"), "2026-12-14 18:00", {"P1": ("family_event", "O", full("12-18"))}),
    # uk: "поїздкою" is a trip (not a train)
    ("Просимо дозволити Андрію пропустити навчання 17 і 18 грудня у зв'язку з поїздкою до родини.", kids("Андрій"),
     "2026-12-07 18:00", {"P1": ("holiday", "G", full("12-17", "12-18"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m38_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
