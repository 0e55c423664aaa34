"""Regression cases for the Lithuanian and Ukrainian lexicon fixes from batch m16."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full
from understanding.types import Child

LT_CASES = [
    # "vyrą greitoji išvežė į ligoninę": the husband rushed to hospital by ambulance is exceptional; "negaliu jos
    # atvežti" (I can't bring her)
    ("Sveiki, Gabija šiandien neateis – vyrą greitoji išvežė į ligoninę, negaliu jos atvežti.", [Child("P1", "Gabija")],
     "2026-12-08 07:30", {"P1": ("exceptional", "C", full("12-08"))}),
    # "senelė skubiai pateko į ligoninę": grandma suddenly in hospital, the family goes to her
    ("Laba diena, Rokas ir Emilija rytoj neateis, senelė skubiai pateko į ligoninę, važiuojame pas ją.",
     [Child("P1", "Rokas"), Child("P2", "Emilija")], "2026-12-08 18:30",
     {"P1": ("exceptional", "C", full("12-09")), "P2": ("exceptional", "C", full("12-09"))}),
    # "bus mokykloje ~9:10": in at about that time
    ("Labas, spūstis, Eglė bus mokykloje ~9:10", [Child("P1", "Eglė")], "2026-12-08 08:45",
     {"P1": ("late", "L", ["12-08 AM"])}),
    # "kosėjo" (was coughing): the verb, not only the noun "kosulys"
    ("Labas rytas, Rūta labai kosėjo visą naktį, šiandien liks namuose.", [Child("P1", "Rūta")], "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08"))}),
    # "galės grįžti tik pirmadienį": back only on Monday, the days before it off
    ("Laba diena, Tomas serga angina, gydytoja sakė, kad galės grįžti tik pirmadienį.", [Child("P1", "Tomas")],
     "2026-12-02 07:30", {"P1": ("illness", "I", full("12-02", "12-03", "12-04"))}),
    # "Rytoj jau bus.": in tomorrow, so today only
    ("Labas, Ieva šiandien neateis, ją pykina ir vemia. Rytoj jau bus.", [Child("P1", "Ieva")], "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08"))}),
]

UK_CASES = [
    # Latin letters: "pryidut" (прийдуть) lost its soft sign
    ("Dobryi vechir, Mykola i Daryna ne pryidut do shkoly zavtra, yidemo na khrestyny.",
     [Child("P1", "Mykola"), Child("P2", "Daryna")], "2026-12-08 18:30",
     {"P1": ("family_event", "O", full("12-09")), "P2": ("family_event", "O", full("12-09"))}),
    # "povernutsia v seredu" (повернуться): back on Wednesday, not a day off
    ("Dobryi den, Olia i Taras ne pidut do shkoly v chetver i piatnytsiu, yidemo na vesillia. Povernutsia v ponedilok.",
     [Child("P1", "Olia"), Child("P2", "Taras")], "2026-11-30 19:00",
     {"P1": ("family_event", "O", full("12-03", "12-04")), "P2": ("family_event", "O", full("12-03", "12-04"))}),
    # "avtobus ne pryikhav" (приїхав), "bude cherez 20 khvylyn": in 20 minutes from now
    ("Dobroho ranku, Denys zapizniuietsia, avtobus ne pryikhav, bude cherez 20 khvylyn", [Child("P1", "Denys")],
     "2026-12-08 08:45", {"P1": ("late", "L", ["12-08 AM"])}),
    ("Illia zapizniuiutsia, budemo cherez piv hodyny", [Child("P1", "Illia")], "2026-12-08 09:00",
     {"P1": ("late", "U", ["12-08 AM"])}),
    # "blyzko" (близько) without its soft sign
    ("Vybachte, Sofiia bude v shkoli blyzko 9:45, my prospaly", [Child("P1", "Sofiia")], "2026-12-08 08:30",
     {"P1": ("late", "U", ["12-08 AM"])}),
    # "до обіду її не буде": out until lunch, the morning only
    ("Добрий день, у Марти прийом у стоматолога в четвер о 9:00, тому до обіду її не буде.", [Child("P1", "Marta")],
     "2026-11-30 07:30", {"P1": ("medical", "M", ["12-03 AM"])}),
    # Ukrainian mixed with Russian: "заболел", "рвало", "сегодня будет дома"
    ("Доброе утро, Максим заболел, всю ночь рвало, сегодня будет дома.", [Child("P1", "Maksym")], "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08"))}),
    ("Zdravstvuite, Oleg segodnia ne pridet, ego toshnit, navernoe zavtra toje doma budet.", [Child("P1", "Oleg")],
     "2026-12-08 07:30", {"P1": ("illness", "I", full("12-08", "12-09"))}),
    # "мабуть і завтра буде вдома": probably tomorrow too
    ("Доброго ранку, Вероніка не прийде сьогодні, її нудить, мабуть і завтра буде вдома.", [Child("P1", "Veronika")],
     "2026-12-08 07:30", {"P1": ("illness", "I", full("12-08", "12-09"))}),
    # "погано себе почуває": unwell, collected before the afternoon register
    ("Добрий день, Ліза погано себе почуває, я її заберу о 12:30, після обіду її не буде.", [Child("P1", "Liza")],
     "2026-12-08 11:30", {"P1": ("illness", "I", ["12-08 PM"])}),
    # "до канікул", "do kintsia chverti": until the end of term
    ("Доброго ранку, у Віктора грип, лікар сказав сидіти вдома до зимових канікул.", [Child("P1", "Viktor")],
     "2026-12-16 07:30", {"P1": ("illness", "I", full("12-16", "12-17", "12-18"))}),
    ("Dobryi den, u Romana vitrianka, likar skazav buty vdoma do kintsia chverti.", [Child("P1", "Roman")],
     "2026-12-16 07:30", {"P1": ("illness", "I", full("12-16", "12-17", "12-18"))}),
    # "operatsia" (операція) written with one "i"
    ("Dobryi den, zavtra Nazar ne pryide, u noho operatsia v likarni.", [Child("P1", "Nazar")], "2026-12-08 18:30",
     {"P1": ("medical", "M", full("12-09"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), [*LT_CASES, *UK_CASES])
def test_m16_lt_uk_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
