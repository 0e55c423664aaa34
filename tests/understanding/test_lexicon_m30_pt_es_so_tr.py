"""Batches m30 and m32, Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # es: "el viernes ya veremos": Friday is not decided yet (not a day of absence)
    ("Hola, Lucía tiene fiebre, hoy y mañana se queda en casa, el viernes ya veremos.", kids("Lucía"),
     "2026-12-02 07:00", {"P1": ("illness", "I", full("12-02", "12-03"))}),
    # es: "ya veremos el lunes": the same, the day after the words
    ("Diego ha vomitado esta noche, hoy no va al cole. Ya veremos el jueves.", kids("Diego"),
     "2026-12-02 07:00", {"P1": ("illness", "I", full("12-02"))}),
    # es: "mañana irá sin falta": in tomorrow (without fail), so today only
    ("Buenos días, hoy Pablo no va al colegio, está agotado. Mañana irá sin falta.", kids("Pablo"),
     "2026-12-08 08:00", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # es: "vendrá al colegio por la tarde": in for the afternoon, so the morning only
    ("Hola, Sara tiene cita con el dentista el jueves por la mañana y vendrá al colegio por la tarde.",
     kids("Sara"), "2026-12-07 18:00", {"P1": ("medical", "M", ["12-10 AM"])}),
    # pt: "depois digo alguma coisa sobre sexta": I'll let you know about Friday (not decided yet)
    ("Boa noite, a Inês está com febre alta, amanhã não vai à escola, depois digo alguma coisa sobre sexta.",
     kids("Inês"), "2026-12-09 21:00", {"P1": ("illness", "I", full("12-10"))}),
    # pt: "sexta vamos ver": Friday we'll see
    ("O Pedro está com gripe, amanhã fica em casa. Sexta vamos ver.", kids("Pedro"),
     "2026-12-09 19:00", {"P1": ("illness", "I", full("12-10"))}),
    # pt: "nas urgências e": A&E followed by "and" (the "e" of "a&e" is not the word "e")
    ("O Rui caiu e partiu o braço, estivemos nas urgências e hoje não vai à escola.", kids("Rui"),
     "2026-12-09 07:30", {"P1": ("illness", "I", full("12-09"))}),
    # tr: "alışverişe götüreceğim": I'm taking him shopping
    ("Merhaba, bugün Ali'yi alışverişe götüreceğim, okula gelmeyecek.", kids("Ali"),
     "2026-12-10 08:00", {"P1": ("unsatisfactory", "O", full("12-10"))}),
    # so: "laga bilaabo Isniinta ... ilaa Jimcaha ...": from Monday to Friday, both ends
    ("Asc, waxaan u safraynaa Itoobiya. Hodan dugsiga ma iman doonto laga bilaabo Isniinta 14 December ilaa "
     "Jimcaha 18 December.", kids("Hodan"), "2026-12-07 19:00",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # so: "kadib wuu soo laaban doonaa dugsiga": afterwards he will come back to school (the morning only)
    ("Asc, Cabdi wuxuu leeyahay ballan dhakhtar Khamiista 10 December 9:00 subaxnimo, kadib wuu soo laaban doonaa "
     "dugsiga.", kids("Cabdi"), "2026-12-07 18:00", {"P1": ("medical", "M", ["12-10 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m30_pt_es_so_tr_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), [
    # tr: "çocuklardan biri": one of the children, which one is not said (ask)
    ("Günaydın, çocuklardan biri ateşlendi, bugün okula gelmeyecek.", kids("Emre", "Berk"), "2026-12-11 07:15"),
    # tr: "çocuklarımdan birisi": the same
    ("Merhaba, çocuklarımdan birisi hasta, okula gelemeyecek.", kids("Elif", "Can"), "2026-12-11 07:15"),
])
def test_m30_one_of_the_children_is_asked(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "clarify"
