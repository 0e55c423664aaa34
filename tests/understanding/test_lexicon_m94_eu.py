"""Batch m94, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "odbieram X o 12:15": the parent collects the child at that time (the afternoon only)
    ("Dzień dobry, odbieram Kubę o 12:15, ma szczepienie o 13:00.", kids("Kuba"), "2026-12-08 07:45",
     {"P1": ("medical", "M", ["12-08 PM"])}),
    # pl: "najpierw jedziemy z Kubą do lekarza": the doctor is the brother's, the other child is only late
    ("Dzień dobry, Kuba ma gorączkę i zostaje w domu. Zosia będzie później, ok. 9:10, bo najpierw jedziemy z Kubą"
     " do lekarza.", kids("Kuba", "Zosia"), "2026-12-08 07:20",
     {"P1": ("illness", "I", full("12-08")), "P2": ("late", "L", ["12-08 AM"])}),
    # ro: "îl aduce bunica pe la 9": someone else brings him in at that time (late, not off)
    ("Bună dimineața, Matei are febră și rămâne acasă azi. Pe Luca îl aduce bunica pe la 9 și un sfert.",
     kids("Matei", "Luca"), "2026-12-08 07:00",
     {"P1": ("illness", "I", full("12-08")), "P2": ("late", "L", ["12-08 AM"])}),
    # ro: "a fost internată ... cu apendicită, a fost operată": the pupil is in hospital (no end: the first day)
    ("Bună dimineața, Irina a fost internată azi-noapte cu apendicită și a fost operată. Nu știm cât timp va sta"
     " acasă.",
     kids("Irina"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08"))}),
    # lt: "iki savaitės galo": until the end of the week
    ("Labas rytas, Ema serga angina, iki savaitės galo bus namie.", kids("Ema"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09", "12-10", "12-11"))}),
    # lt: "ateis, bet vėliau, apie 9:40" and "pirma vežam X pas gydytoją": late, the doctor is the brother's
    ("Laba diena, Nojus karščiuoja, liks namie. Gabija ateis, bet vėliau, apie 9:40, nes pirma vežam Nojų pas"
     " gydytoją.", kids("Nojus", "Gabija"), "2026-12-08 07:10",
     {"P1": ("illness", "I", full("12-08")), "P2": ("late", "U", ["12-08 AM"])}),
    # lt: "į mokyklą grįš per pietus": in at lunchtime (the morning only); "tą pačią dieną": on the same day
    ("Sveiki, antradienį Ieva turi stojamąjį pokalbį kitoje mokykloje 9 val., į mokyklą grįš per pietus.",
     kids("Ieva"), "2026-12-05 11:00",
     {"P1": ("interview", "J1", ["12-08 AM"])}),
    # lt: "vyras po avarijos darbe pateko į ligoninę": a parent rushed to hospital (a family emergency)
    ("Labas rytas, vyras po avarijos darbe pateko į ligoninę, Urtė šiandien neateis.", kids("Urte"),
     "2026-12-08 07:00",
     {"P1": ("exceptional", "C", full("12-08"))}),
    # uk: "цей тиждень": this week (to its Friday)
    ("Доброго ранку, Давид захворів на грип, буде вдома цей тиждень.", kids("Davyd"), "2026-12-09 07:40",
     {"P1": ("illness", "I", full("12-09", "12-10", "12-11"))}),
    # uk: "вдома до наступного тижня": off until next week, back on its Monday; "кір" is measles
    ("Добрий вечір. У Софії кір, лікар сказав сидіти вдома до наступного тижня.", kids("Sofiia"), "2026-12-09 18:00",
     {"P1": ("illness", "I", full("12-10", "12-11"))}),
    # uk: "Ярема в понеділок буде" and "буде до останнього дня": in on that day, in until the end of term
    ("Вітаю! У понеділок Ніна не прийде, у неї МРТ на цілий день. Ярема в понеділок буде.", kids("Nina", "Yarema"),
     "2026-12-12 12:00",
     {"P1": ("medical", "M", full("12-14"))}),
    ("Добрий вечір, ми їдемо на свята до бабусі в Україну. Ліза не ходитиме з 17 грудня, а Олег буде до останнього"
     " дня.",
     kids("Liza", "Oleh"), "2026-12-03 20:00",
     {"P1": ("holiday", "G", full("12-17", "12-18"))}),
    # uk: "святкуємо Різдво за старим календарем": the Orthodox Christmas; "тільки 7 січня": on that date only
    ("Добрий вечір. Ми святкуємо Різдво за старим календарем, тому Іван не прийде тільки 7 січня.", kids("Ivan"),
     "2026-12-02 19:00",
     {"P1": ("religious", "R", full("01-07"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m94_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
