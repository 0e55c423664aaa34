"""Batches m71-m72, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.canon import canonical
from understanding.types import Child

RECORDED = [
    # pl: "będzie w szkole na 9:10": in by that time
    ("Dzień dobry, mamy awarię samochodu, Zosia będzie w szkole na 9:10.", kids("Zosia"), "2026-12-02 08:45",
     {"P1": ("late", "L", ["12-02 AM"])}),
    # pl: "przyjdzie dopiero na zajęcia popołudniowe": in for the afternoon, the morning out
    ("Rano Wojtek ma wizytę u ortodonty, przyjdzie dopiero na zajęcia popołudniowe.", kids("Wojtek"),
     "2026-12-03 07:30", {"P1": ("medical", "M", ["12-03 AM"])}),
    # pl: "prosimy o zwolnienie Mai z zajęć", "polecieć", "wylot": leave for a flight on those days
    ("Dzień dobry, chcemy polecieć do rodziny do Gdańska, wylot jest 9 grudnia. Prosimy o zwolnienie Mai z zajęć "
     "9 i 10 grudnia.", kids("Maja"), "2026-12-01 19:00", {"P1": ("holiday", "G", full("12-09", "12-10"))}),
    # pl: "posiedzi w domu, aż wyzdrowieje": a vague end, the first day only
    ("Kuba ma grypę, posiedzi w domu, aż wyzdrowieje. Będę Państwa informować.", kids("Kuba"), "2026-12-08 07:40",
     {"P1": ("illness", "I", full("12-08"))}),
    # ro: "vine puțin mai târziu": late, no time given
    ("Bună dimineața, ne-a rămas mașina în pană, Luca vine puțin mai târziu azi.", kids("Luca"), "2026-12-02 09:30",
     {"P1": ("late", "U", ["12-02 AM"])}),
    # ro: "venim s-o luăm pe Irina la prânz": collected at lunchtime, the afternoon only
    ("Venim s-o luăm pe Irina la prânz, are febră de aseară.", kids("Irina"), "2026-12-03 10:30",
     {"P1": ("illness", "I", ["12-03 PM"])}),
    # ro: "o aduc la prânz", "doar în dimineața asta": the morning only
    ("Ioana are programare la dentist, lipsește doar în dimineața asta, o aduc la prânz.", kids("Ioana"),
     "2026-12-03 07:30", {"P1": ("medical", "M", ["12-03 AM"])}),
    # ro: "e ziua Mariei": a child's birthday outing (a family event)
    ("Mâine e ziua Mariei și mergem cu toții la parcul de distracții, nu vine la școală.", kids("Maria"),
     "2026-12-07 18:00", {"P1": ("family_event", "O", full("12-08"))}),
    # lt: "eis pasiskiepyti", "po to iš karto": a vaccination, then straight to school
    ("Šiandien ryte Lukas eis pasiskiepyti, po to iš karto atvešiu jį į mokyklą.", kids("Lukas"),
     "2026-12-02 07:30", {"P1": ("medical", "M", ["12-02 AM"])}),
    # uk: "проспав", "відвезти нікому": overslept, no one to take him, the whole day
    ("Вибачте, Максим проспав, а відвезти його нікому, сьогодні він залишиться вдома.", kids("Maksym"),
     "2026-12-03 09:35", {"P1": ("unsatisfactory", "O", full("12-03"))}),
    # uk: "приблизно о 10:00": arriving about that time
    ("Ми проспали, Дарина буде в школі приблизно о 10:00.", kids("Daryna"), "2026-12-03 09:30",
     {"P1": ("late", "U", ["12-03 AM"])}),
    # uk: "весілля в Україні, ми вже виїжджаємо": setting off on the trip, not on the way to school
    ("Добрий вечір. Завтра весілля в Україні, ми вже виїжджаємо. Ірини не буде в школі завтра і в п'ятницю.",
     kids("Iryna"), "2026-12-02 19:00", {"P1": ("family_event", "O", full("12-03", "12-04"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m71_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


def test_m71_eu_excused_from_lessons_at_a_time_is_a_pick_up() -> None:
    # pl: "z lekcji o 12:15" is an early pick-up, not a whole day excused
    assert "excuse" not in canonical("Prosimy o zwolnienie Oli z lekcji o 12:15.", "pl", dt.date(2026, 12, 9))


def test_m71_eu_national_day_is_not_a_birthday() -> None:
    # ro: "ziua României" is the national day, not someone's birthday
    assert "birthday" not in canonical("Azi e ziua României.", "ro", dt.date(2026, 12, 1))
    assert "radu's birthday" in canonical("Azi e ziua lui Radu.", "ro", dt.date(2026, 12, 1))


def test_m71_eu_leaving_now_for_school_is_still_on_the_way() -> None:
    # uk: "вже виїжджаємо" with no trip before it is still the way in
    text = canonical("Перепрошую, ми вже виїжджаємо, Оля буде о 9:15.", "uk", dt.date(2026, 12, 2))
    assert "setting off" not in text
