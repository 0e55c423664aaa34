"""Batches m55-m58, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # pl: "bo siostra chora": kept home because a sister is ill (no verb), not ill herself
    ("Dzień dobry, Wiktor ma grypę i leży w łóżku. Maja też dziś zostaje w domu, bo siostra chora, a ja nie mam"
     " jak jej zawieźć.", kids("Wiktor", "Maja"), "2026-12-02 07:20",
     {"P1": ("illness", "I", full("12-02")), "P2": ("unsatisfactory", "O", full("12-02"))}),
    # pl: "przyprowadzę ją do szkoły na popołudnie": in for the afternoon, the morning at the appointment
    ("Dzień dobry, Julia ma jutro rano wizytę u ortodonty, przyprowadzę ją do szkoły na popołudnie.",
     kids("Julia"), "2026-12-07 18:00", {"P1": ("medical", "M", ["12-08 AM"])}),
    # pl: "złamał nogę, jutro ma operację": the break operated on (the injury, not an appointment)
    ("Dzień dobry, Filip złamał nogę na treningu, dziś ma zabieg w szpitalu, nie będzie go dziś i jutro.",
     kids("Filip"), "2026-12-07 07:10", {"P1": ("illness", "I", full("12-07", "12-08"))}),
    # pl: "młodszy brat Kuby w nocy wymiotował", "jestem z nimi sama": the brother is ill, the pupil kept home
    ("Dzień dobry, młodszy brat Kuby w nocy wymiotował, jestem z nimi sama, więc Kuba dziś nie przyjdzie.",
     kids("Jakub"), "2026-12-03 07:50", {"P1": ("unsatisfactory", "O", full("12-03"))}),
    # pl: "siostra Zosi jest chora": Zosia's sister (the genitive) is ill, Zosia kept home
    ("Dzień dobry, siostra Zosi jest chora, więc Zosia dziś zostaje w domu.", kids("Zofia"), "2026-12-09 07:40",
     {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # pl: "jej brat Kuba": the brother named in the nominative is a child too (both ill)
    ("Dzień dobry, Zosia i jej brat Kuba mają gorączkę, zostają w domu.", kids("Zofia", "Jakub"), "2026-12-09 07:40",
     {"P1": ("illness", "I", full("12-09")), "P2": ("illness", "I", full("12-09"))}),
    # pl: "spadła z hulajnogi", "uderzyła się w głowę", "wstrząśnienie mózgu": an injury (illness), not the hospital
    ("Dzień dobry, Natalia spadła z hulajnogi i uderzyła się w głowę, w szpitalu powiedzieli, że to wstrząśnienie"
     " mózgu. Dziś nie przyjdzie.", kids("Natalia"), "2026-12-10 07:30", {"P1": ("illness", "I", full("12-10"))}),
    # pl: "żeby została z Kubą", "będziemy około 9:10": the ill child stays home all day, the other is late
    ("Dzień dobry, Kuba ma anginę i zostaje w domu. Zosia się spóźni, bo czekam na sąsiadkę, żeby została z Kubą,"
     " będziemy około 9:10.", kids("Jakub", "Zofia"), "2026-12-02 08:30",
     {"P1": ("illness", "I", full("12-02")), "P2": ("late", "L", ["12-02 AM"])}),
    # lt: "dėl pūgos autobusas nevažiuoja", "nepateks": no bus because of the snow, not in
    ("Laba diena, dėl pūgos šiandien autobusas nevažiuoja, todėl Emilija į mokyklą nepateks.", kids("Emilija"),
     "2026-12-08 07:15", {"P1": ("transport", "O", full("12-08"))}),
    # lt: "serga" (is ill), "negaliu jos palikti vienos": the sister is ill, the brother kept home to mind her
    ("Labas, Austėja serga, negaliu jos palikti vienos ir nuvežti Jono, tai abu šiandien liks namie.",
     kids("Jonas", "Austėja"), "2026-12-09 07:40",
     {"P1": ("unsatisfactory", "O", full("12-09")), "P2": ("illness", "I", full("12-09"))}),
    # lt: "karščiuoja" (has a fever), "o aš negaliu jos palikti vienos": one ill, the other kept home
    ("Laba, Rūta karščiuoja nuo vakar, o aš negaliu jos palikti vienos ir nuvesti Luko į mokyklą, tai abu liks"
     " namie.", kids("Lukas", "Rūta"), "2026-12-14 07:35",
     {"P1": ("unsatisfactory", "O", full("12-14")), "P2": ("illness", "I", full("12-14"))}),
    # uk: "голова сильно болить": the ache with the noun first
    ("Добрий вечір, Марко завтра не прийде до школи, в нього голова сильно болить.", kids("Marko"),
     "2026-12-08 20:00", {"P1": ("illness", "I", full("12-09"))}),
    # uk: "через сніг", "шкільний автобус сьогодні не приїхав": no bus because of the snow
    ("Доброго ранку, через сніг шкільний автобус сьогодні не приїхав, тому Тарас сьогодні не прийде.",
     kids("Taras"), "2026-12-10 07:40", {"P1": ("transport", "O", full("12-10"))}),
    # uk: "з 9.12 по 11.12 включно": both dates and the day between
    ("Добрий день, Софія не буде в школі з 9.12 по 11.12 включно, ми їдемо до бабусі в Україну.", kids("Sofiia"),
     "2026-12-02 18:00", {"P1": ("holiday", "G", full("12-09", "12-10", "12-11"))}),
    # uk: "ковід", "тест позитивний": covid (illness)
    ("Доброго ранку, у Марти ковід, тест позитивний. Сьогодні і завтра буде вдома.", kids("Marta"),
     "2026-12-01 07:30", {"P1": ("illness", "I", full("12-01", "12-02"))}),
    # uk: "молодша сестричка всю ніч мала високу температуру", "я сама з дітьми": a sister ill, the pupil kept home
    ("Добрий ранок, молодша сестричка всю ніч мала високу температуру, я сама з дітьми, тому Остап сьогодні"
     " не прийде.", kids("Ostap"), "2026-12-01 07:45", {"P1": ("unsatisfactory", "O", full("12-01"))}),
    # uk: "просимо відпустити" (let her off, not "відпустка", a holiday), "на Різдвяну службу": religious
    ("Добрий вечір, просимо відпустити Марію 6 січня, ми всією родиною підемо на Різдвяну службу до церкви.",
     kids("Mariia"), "2026-12-15 19:00", {"P1": ("religious", "R", full("01-06"))}),
    # uk: "його старша сестра Софія": a linked sister named after the relation word
    ("Добрий ранок, Богдан і його старша сестра Софія захворіли, сьогодні не прийдуть.", kids("Bohdan", "Sofiia"),
     "2026-12-03 07:30", {"P1": ("illness", "I", full("12-03")), "P2": ("illness", "I", full("12-03"))}),
    # ro: "programare la ambasadă": an appointment at an office, not a medical one: late after the close
    ("Bună dimineața, Andreea va întârzia azi, avem programare la ambasadă la 8:30, ajunge la școală pe la 10:15.",
     kids("Andreea"), "2026-12-02 07:30", {"P1": ("late", "U", ["12-02 AM"])}),
    # ro: "cununia civilă": a wedding in the family
    ("Bună seara, joi sora mea are cununia civilă la Birmingham și mergem toți. Matei lipsește joi. Mulțumesc",
     kids("Matei"), "2026-12-07 19:00", {"P1": ("family_event", "O", full("12-10"))}),
]

CLARIFIED = [
    # uk: "кілька днів наступного тижня": a few days next week, which ones not said
    ("Добрий вечір, Матвій буде відсутній кілька днів наступного тижня, їдемо на весілля. Дні уточню.",
     kids("Matvii"), "2026-12-02 18:00"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m55_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), CLARIFIED)
def test_m55_eu_clarified(text: str, children: list[Child], when: str) -> None:
    result = parse(text, children, when)
    assert result.action == "clarify", result.explanation
