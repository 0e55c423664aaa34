"""Batch m115, Portuguese and Somali: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "a Inês e o Gustavo vão à escola, mas": a plain "go to school" closing the clause, those two are in
    # (only the one collected later is marked)
    ("Olá. A Beatriz tem tosse e fica em casa. A Inês e o Gustavo vão à escola, mas vou buscar o Gustavo às 12h "
     "para o dentista.", kids("Beatriz", "Inês", "Gustavo"), "2026-12-03 07:30",
     {"P1": ("illness", "I", full("12-03")), "P3": ("medical", "M", ["12-03 PM"])}),
    # pt: "a formatura do primo", "o Tiago vem connosco": a graduation, the child coming along (a family event)
    ("Boa noite, amanhã é a formatura do primo em Coimbra. O Tiago vem connosco.", kids("Tiago"), "2026-12-07 19:00",
     {"P1": ("family_event", "O", full("12-08"))}),
    # pt: "cerimónia de graduação": the same event by its longer name
    ("Bom dia, a Clara não vai à escola na quinta, é a cerimónia de graduação do irmão mais velho.", kids("Clara"),
     "2026-12-08 08:00",
     {"P1": ("family_event", "O", full("12-10"))}),
    # pt: "hj n vai à escola": the texting "n" (não) before "go to school" is still a day off
    ("A Rita acordou com dor de barriga, hj n vai à escola.", kids("Rita"), "2026-12-04 07:40",
     {"P1": ("illness", "I", full("12-04"))}),
    # pt: "depois vai para a escola.": in after an appointment (the morning only, not a day in as normal)
    ("Bom dia, o Vasco tem dentista às 9h15, depois vai para a escola.", kids("Vasco"), "2026-12-04 07:40",
     {"P1": ("medical", "M", ["12-04 AM"])}),
    # so: "ilaa Khamiista (Khamiista ku jirto)": up to Thursday, Thursday itself included
    ("Asc, Ayaan waxay qabtaa hargab, guriga ayay joogi doontaa ilaa Khamiista (Khamiista ku jirto).", kids("Ayaan"),
     "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08", "12-09", "12-10"))}),
    # so: "si ay walaasheed ula joogto": kept home to stay with a sister who is ill (not ill herself)
    ("Subax wanaagsan, Sahra waa xanuunsan tahay, qandho ayay qabtaa. Idil-na maanta guriga ayay joogaysaa si ay "
     "walaasheed ula joogto.", kids("Sahra", "Idil"), "2026-12-10 07:30",
     {"P1": ("illness", "I", full("12-10")), "P2": ("unsatisfactory", "O", full("12-10"))}),
]

NOT_RECORDED = [
    # pt: "ambos vão à escola.": both go to school, no absence at all
    ("Bom dia, o carro já está arranjado e ambos vão à escola.", kids("Rui", "Ana"), "2026-12-03 07:30", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m115_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m115_ibso_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
