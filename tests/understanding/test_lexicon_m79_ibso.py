"""Batch m79-m80, Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # es: "Lucas viene hoy, pero el viernes no irá": in today (a clause of its own), off on the day named after "pero"
    ("Hola, Irene tiene gripe y no va hoy. Lucas viene hoy, pero el viernes no irá porque tiene una entrevista en "
     "otro colegio.", kids("Lucas", "Irene"), "2026-12-01 07:30",
     {"P1": ("interview", "J1", full("12-04")), "P2": ("illness", "I", full("12-01"))}),
    # es: "Marcos irá pero llegará tarde": in, but late (the lateness is that child's)
    ("Sergio tiene fiebre y se queda en casa. Alba irá pero llegará tarde, sobre las 9:10.", kids("Sergio", "Alba"),
     "2026-12-01 07:30", {"P1": ("illness", "I", full("12-01")), "P2": ("late", "L", ["12-01 AM"])}),
    # es: "tengo que esperar a que venga mi madre a quedarse con ...": why the other child is late (not an absence)
    ("Hola, Nerea está con vómitos y hoy no va. Pablo llegará tarde, hacia las 10, porque tengo que esperar a que "
     "venga su abuela a quedarse con Nerea.", kids("Nerea", "Pablo"), "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01")), "P2": ("late", "U", ["12-01 AM"])}),
    # es: "no tengo con quién dejar a Iker malito": kept home to stay with an ill sibling (not ill herself)
    ("Mario tiene diarrea y hoy no va. Lola tampoco va porque no tengo con quién dejar a Mario enfermo.",
     kids("Mario", "Lola"), "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01")), "P2": ("unsatisfactory", "O", full("12-01"))}),
    # so: "way jirran yihiin": they are ill (the spelling with a double r)
    ("Subax wanaagsan, Hodan way jirran tahay, maanta iyo berri ma imaanayso.", kids("Hodan"), "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01", "12-02"))}),
    # so: "wuxuu soo laaban doonaa Janaayo": back in January (the end of term ends the span); "Khamiista 17-ka"
    ("Fasax ayaan u aadaynaa Kenya. Cabdi dugsiga ma iman doono laga bilaabo Khamiista 17-ka, wuxuu soo laaban doonaa "
     "Janaayo.", kids("Cabdi"), "2026-12-14 07:30", {"P1": ("holiday", "G", full("12-17", "12-18"))}),
    # tr: "kulak iltihabı": an ear infection (the "p" of "iltihap" softens before a vowel)
    ("Merhaba, Defne'nin boğaz iltihabı var, bugün ve yarın okula gelemeyecek.", kids("Defne"), "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01", "12-02"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m79_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
