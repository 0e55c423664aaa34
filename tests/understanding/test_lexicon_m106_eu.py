"""Batch m106, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pl: "powinien jutro wrócić": expected back tomorrow, so only today is off
    ("Dzień dobry, Kacper ma gorączkę, dziś zostaje w domu, ale powinien jutro wrócić do szkoły.", kids("Kacper"),
     "2026-12-08 07:20",
     {"P1": ("illness", "I", full("12-08"))}),
    # pl: "absolutorium" (a sibling's graduation) and "Jutro Zuzia będzie normalnie" (the child named between the day
    # and the verb): collected for the afternoon, back the next day
    ("Dzień dobry, dziś o 12:00 odbiorę Zuzię, bo jej brat ma absolutorium w Manchesterze. Jutro Zuzia będzie "
     "normalnie.", kids("Zuzanna"), "2026-12-08 07:45",
     {"P1": ("family_event", "O", ["12-08 PM"])}),
    # pl: "autobusy z osiedla nie kursują", "śnieg", "auto jest u mechanika od poniedziałku", "nie mamy jak dowieźć":
    # no way to get there (the day the car went in is past, not a day off)
    ("Autobusy z naszego osiedla dzisiaj nie kursują przez śnieg, a auto jest u mechanika od poniedziałku. Nie mamy "
     "jak dowieźć Oliwera, więc dziś go nie będzie.", kids("Oliwer"), "2026-12-10 07:30",
     {"P1": ("transport", "O", full("12-10"))}),
    # ro: "v-am spus azi-dimineață că întârzie, însă între timp ...": a change of plan (the morning is when the parent
    # wrote, the later news is the reason, for the whole day)
    ("Bună, v-am spus azi-dimineață că Radu întârzie, însă între timp a făcut febră mare. Rămâne acasă azi.",
     kids("Radu"), "2026-12-03 08:50",
     {"P1": ("illness", "I", full("12-03"))}),
    # ro: "luni vine normal la școală": in as usual on that day (the place after "normal")
    ("Bună ziua, Ana lipsește joi și vineri, mergem la nunta verișoarei în Italia, luni vine normal la școală.",
     kids("Ana"), "2026-12-07 18:00",
     {"P1": ("family_event", "O", full("12-10", "12-11"))}),
    # ro: "vaccinuri pentru excursie": travel vaccinations (an appointment, not a holiday)
    ("Bună, îl iau pe Matei de la școală la 12:45, are vaccinuri pentru excursie la cabinet la 13:30.", kids("Matei"),
     "2026-12-04 07:40",
     {"P1": ("medical", "M", ["12-04 PM"])}),
    # lt: "iki pat atostogų": right up to the holidays
    ("Sveiki, Gabija nebus mokykloje nuo antradienio, gruodžio 15 d., iki pat atostogų, skrendame į Lietuvą.",
     kids("Gabija"), "2026-12-10 19:00",
     {"P1": ("holiday", "G", full("12-15", "12-16", "12-17", "12-18"))}),
    # lt: "pasiimsiu ją iš mokyklos 12 val. Kajus ...": the abbreviation's dot also ends the sentence (the collection
    # time stays with her, the next sentence is about her brother)
    ("Labas rytas, šiandien Emilija turi vizitą pas odontologą 13:30, pasiimsiu ją iš mokyklos 12 val. Kajus eina "
     "normaliai.", kids("Emilija", "Kajus"), "2026-12-09 07:30",
     {"P1": ("medical", "M", ["12-09 PM"])}),
    # uk: "я захворіла", "малого нема з ким залишити": the parent is ill and no one minds the little one (not the
    # pupil's illness)
    ("Доброго ранку, Ілля сьогодні не прийде: я захворіла, а малого нема з ким залишити, він мені допомагає.",
     kids("Illia"), "2026-12-09 07:40",
     {"P1": ("unsatisfactory", "O", full("12-09"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m106_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
