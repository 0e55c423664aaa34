"""Batch m106, Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "até quinta-feira (10/12) inclusive": the weekday's date in brackets, the whole span up to it
    ("Bom dia, a Beatriz está com gripe e fica em casa até quinta-feira (10/12) inclusive.", kids("Beatriz"),
     "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08", "12-09", "12-10"))}),
    # pt: "de Lisboa": a city, not a child's name
    ("Bom dia, o Rui chegou ontem de Lisboa muito cansado, hoje fica em casa.", kids("Rui"), "2026-12-07 07:45",
     {"P1": ("unsatisfactory", "O", full("12-07"))}),
    # pt: "o último dia de aulas da Clara vai ser quarta": a day in before the days off
    ("Boa noite, vamos de férias para o Brasil. O último dia de aulas da Clara vai ser quarta, falta quinta e sexta.",
     kids("Clara"), "2026-12-11 19:00",
     {"P1": ("holiday", "G", full("12-17", "12-18"))}),
    # es: "hasta el miércoles (9/12) inclusive": the weekday's date in brackets, the whole span up to it
    ("Hola, Diego tiene varicela y se queda en casa hasta el miércoles (9/12) inclusive.", kids("Diego"),
     "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09"))}),
    # es: "de Edimburgo": a city, not a child's name
    ("Buenos días, anoche volvimos muy tarde de Edimburgo y Martina está agotada, hoy se queda en casa.",
     kids("Martina"), "2026-12-07 07:45",
     {"P1": ("unsatisfactory", "O", full("12-07"))}),
    # es: "su último día en el colegio será el martes": a day in, off from the day after until the break
    ("Buenas noches, nos vamos de vacaciones a Colombia. Su último día en el colegio será el martes.", kids("Sergio"),
     "2026-12-11 19:00",
     {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # so: "kadib iskuulka ayaan dib ugu celin doonaa": brought back to school after the appointment (morning only)
    ("Subax wanaagsan, Hodan waxay ballan dhakhtar ku leedahay maanta 9:00, kadib iskuulka ayaan dib ugu celin doonaa.",
     kids("Hodan"), "2026-12-08 07:30",
     {"P1": ("medical", "M", ["12-08 AM"])}),
    # so: "berri sida caadiga ah ayuu iman doonaa": in as usual tomorrow (the day of return, not a day off)
    ("Khadar wuxuu ballan ku leeyahay isbitaalka 1:30 galabnimo, waxaan ka qaadi doonaa dugsiga 12:45. "
     "Berri sida caadiga ah ayuu iman doonaa.", kids("Khadar"), "2026-12-09 07:40",
     {"P1": ("medical", "M", ["12-09 PM"])}),
    # tr: "kızamık" (measles): an illness the reason lists know
    ("Günaydın, doktor kızamık dedi, Elif bu hafta okula gelmeyecek.", kids("Elif"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08", "12-09", "12-10", "12-11"))}),
    # tr: "Pazartesi her zamanki gibi gelir": back on Monday as usual (not a day off)
    ("İyi akşamlar, cuma günü kuzenimin düğünü var, Kerem o gün okula gelmeyecek. Pazartesi her zamanki gibi gelir.",
     kids("Kerem"), "2026-12-07 19:00",
     {"P1": ("family_event", "O", full("12-11"))}),
    # tr: "Deniz'in okuldaki son günü salı olacak": a day in, off from the day after until the break
    ("Merhaba, tatile gidiyoruz. Deniz'in okuldaki son günü 15 Aralık salı olacak.", kids("Deniz"),
     "2026-12-11 19:00",
     {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
]

NOT_RECORDED = [
    # es: "una reunión con la profesora de Hugo": a meeting with the teacher, not a medical appointment
    ("Hola, me gustaría concertar una reunión con la profesora de Hugo para hablar de sus deberes.", kids("Hugo"),
     "2026-12-07 16:30", "forward"),
    # es: "una cita con el tutor": the same with "cita"
    ("Buenas tardes, quisiera una cita con el tutor de Hugo para hablar de cómo va en clase.", kids("Hugo"),
     "2026-12-07 16:30", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m106_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m106_ibso_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
