"""Batch m37, Polish, Lithuanian, Portuguese, Spanish, Ukrainian and Turkish: the vocabulary and phrasing its misses
showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # pl: "w przyszły poniedziałek": next Monday; "do szkoły wróci dopiero": back at school only then
    ("Zosia ma grypę, lekarz mówi, że do szkoły wróci dopiero w przyszły poniedziałek.", kids("Zosia"),
     "2026-12-02 08:00", {"P1": ("illness", "I", full("12-02", "12-03", "12-04"))}),
    # pl: "ostatni dzień Hani w szkole będzie w środę": her last day in before the trip;
    # "wróci po przerwie świątecznej, 5 stycznia": the date of return after the holidays
    ("Lecimy do Polski w czwartek 17.12, więc ostatni dzień Hani w szkole będzie w środę 16.12. Wróci po przerwie "
     "świątecznej, 5 stycznia.", kids("Hania"), "2026-11-30 08:00",
     {"P1": ("holiday", "G", full("12-17", "12-18"))}),
    # pl: "jej brat jest chory": a brother is ill (not the pupil), kept home to be minded
    ("Dzień dobry, Ola zostaje dziś w domu, bo jej brat jest chory i nie mam jej z kim zostawić.", kids("Ola"),
     "2026-12-08 08:00", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # tr: "öğleden önce okula getiririm": in before lunch, so the morning only
    ("Günaydın, Elif'in bugün saat 9'da dişçi randevusu var, öğleden önce okula getiririm.", kids("Elif"),
     "2026-12-08 07:30", {"P1": ("medical", "M", ["12-08 AM"])}),
    # tr: "bitince okula getiririm": in once it is over, so the morning only
    ("Ali'nin bugün saat 9'da hastane randevusu var, bitince okula getiririm.", kids("Ali"),
     "2026-12-08 07:30", {"P1": ("medical", "M", ["12-08 AM"])}),
    # tr: spoken forms "midesi bulanıyo" (feels sick), "kusuyo" (being sick), "gelmiycek" (won't come)
    ("Ayşe'nin midesi bulanıyo kusuyo, bugün gelmiycek", kids("Ayşe"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08"))}),
    # es: "sobre las 9 y 40": about twenty to ten (after the register closes)
    ("Perdón, llegamos tarde, Lucas estará allí sobre las 9 y 40", kids("Lucas"), "2026-12-08 08:35",
     {"P1": ("late", "U", ["12-08 AM"])}),
    # es: "vendrá al instituto después": in after the appointment, so the morning only
    ("Hola, Sofía tiene cita con el dentista el jueves a las 9, vendrá al instituto después.", kids("Sofía"),
     "2026-11-30 18:00", {"P1": ("medical", "M", ["12-03 AM"])}),
    # pt: "o meu pai foi levado de urgência para o hospital": a parent rushed to hospital (a family emergency)
    ("O meu pai foi levado de urgência para o hospital esta noite, o Rui não vai à escola hoje.", kids("Rui"),
     "2026-12-08 07:30", {"P1": ("exceptional", "C", full("12-08"))}),
    # pt: "vamos passar o Natal no Brasil com a família": spending Christmas away (a holiday)
    ("Vamos passar o Natal no Brasil com a família, a Clara vai faltar de 16 a 18 de dezembro.", kids("Clara"),
     "2026-11-30 18:00", {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # uk: "у нас родинні надзвичайні обставини": a family emergency
    ("Вибачте, у нас родинні надзвичайні обставини, Марко не буде в школі сьогодні.", kids("Марко"),
     "2026-12-08 07:30", {"P1": ("exceptional", "C", full("12-08"))}),
    # lt: "parašysiu dėl trečiadienio": will let you know about Wednesday (not yet a day off)
    ("Labas vakaras, Ugnė vemia, rytoj į mokyklą neis. Parašysiu dėl trečiadienio.", kids("Ugnė"),
     "2026-11-30 19:00", {"P1": ("illness", "I", full("12-01"))}),
    # lt: "pasiimsiu Liepą 12:45": collected at that time (Liepa, a name, is also July); before the afternoon register
    ("Laba diena, pasiimsiu Liepą 12:45, jai labai skauda ausį.", kids("Liepa"), "2026-12-09 11:00",
     {"P1": ("illness", "I", ["12-09 PM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m37_european_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), [
    # uk: "в понеділок чи у вівторок": one day or the other, not yet known
    ("Марії призначили операцію, але ще не знаємо, в понеділок чи у вівторок.", kids("Марія"), "2026-12-02 08:00"),
])
def test_m37_undetermined_day_is_asked(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "clarify"
