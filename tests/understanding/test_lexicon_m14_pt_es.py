"""Portuguese and Spanish lexicon rules added for batch m14: what each message must come to."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.understanding.conftest import assert_recorded, full, parse
from understanding.canon import detect
from understanding.types import Child

ANA, RITA, TIAGO, ENZO = Child("P1", "Ana"), Child("P2", "Rita"), Child("P1", "Tiago"), Child("P1", "Enzo")
PABLO, LUCIA, CARMEN = Child("P1", "Pablo"), Child("P2", "Lucía"), Child("P1", "Carmen")
KIDS3 = [Child("P1", "Mario"), Child("P2", "Lola"), Child("P3", "Leo")]

CASES = [
    # Portuguese: textspeak ("hj", "ta"), "deixar em casa", "os dois"/"as duas", "ainda não sei", "enxaqueca",
    # "depois do almoço", "fez raio-x ontem", "infeção urinária", "amanhã aviso como está"
    ("oi, o enzo ta com febre desde ontem a noite, vou deixar ele em casa hj e amanha. obg", [ENZO],
     "2026-12-08 07:10", {"P1": ("illness", "I", full("12-08", "12-09"))}),
    ("Bom dia, o Tiago está com gripe, vamos deixá-lo em casa hoje.", [TIAGO], "2026-12-08 07:10",
     {"P1": ("illness", "I", full("12-08"))}),
    ("Bom dia, os dois acordaram com febre, não vão à escola hoje nem amanhã.", [ANA, RITA], "2026-12-08 06:50",
     {"P1": ("illness", "I", full("12-08", "12-09")), "P2": ("illness", "I", full("12-08", "12-09"))}),
    ("Bom dia, as duas estão com tosse, hoje não vão. Obrigada", [ANA, RITA], "2026-12-08 06:50",
     {"P1": ("illness", "I", full("12-08")), "P2": ("illness", "I", full("12-08"))}),
    ("Bom dia. O Tiago está com uma infecção urinária, hoje fica em casa. Ainda não sei quantos dias, depois vou "
     "dando notícias.", [TIAGO], "2026-12-08 07:30", {"P1": ("illness", "I", full("12-08"))}),
    ("Bom dia, a Ana acordou com enxaqueca e está enjoada, fica em casa esta manhã. Se melhorar levo-a depois do "
     "almoço.", [ANA], "2026-12-08 07:30", {"P1": ("illness", "I", ["12-08 AM"])}),
    ("Bom dia, o Tiago tem dentista de manhã, vai para a escola depois do almoço.", [TIAGO], "2026-12-08 07:10",
     {"P1": ("medical", "M", ["12-08 AM"])}),
    ("O Tiago está com pneumonia, fez um raio-x ontem no hospital. Hoje não vai à escola.", [TIAGO],
     "2026-12-08 07:30", {"P1": ("illness", "I", full("12-08"))}),
    ("O Tiago está com otite, hoje não vai. Amanhã aviso como está.", [TIAGO], "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08"))}),
    ("Bom dia, a Ana tem consulta às duas horas, vou buscá-la ao meio-dia.", [ANA], "2026-12-08 07:10",
     {"P1": ("medical", "M", ["12-08 PM"])}),
    ("Bom dia, a Ana chega às 9 e meia, tem dentista.", [ANA], "2026-12-08 07:10",
     {"P1": ("medical", "M", ["12-08 AM"])}),
    # Spanish: "a la una", "y cuarto", an update tomorrow, "CAMHS" without an appointment, "irá después de comer",
    # "por la mañana no lo llevo", "tiene que salir", "infección de orina"
    ("Hola! El jueves Pablo tiene la vacuna a las 2 de la tarde, lo recojo a la una. Gracias", [PABLO],
     "2026-12-08 07:20", {"P1": ("medical", "M", ["12-10 PM"])}),
    ("Hola, Lucía tiene que salir a la una y cuarto para el dentista.", [LUCIA], "2026-12-08 07:10",
     {"P2": ("medical", "M", ["12-08 PM"])}),
    ("Buenos días, los tres tienen gripe, hoy no van a ir al cole. Mañana les digo qué tal siguen.", KIDS3,
     "2026-12-08 07:05", {p: ("illness", "I", full("12-08")) for p in ("P1", "P2", "P3")}),
    ("Buenos días. Carmen está pasando una mala racha con la ansiedad y hoy no va a ir. Estamos en contacto con "
     "CAMHS.", [CARMEN], "2026-12-08 07:50", {"P1": ("illness", "I", full("12-08"))}),
    ("Buenos días, Pablo tiene cita con el otorrino a las 11:15, por la mañana no lo llevo, irá después de comer.",
     [PABLO], "2026-12-08 07:30", {"P1": ("medical", "M", ["12-08 AM"])}),
    ("Hola, esta mañana no la llevo, tiene revisión en el pediatra, vendrá después de comer.", [LUCIA],
     "2026-12-08 07:10", {"P2": ("medical", "M", ["12-08 AM"])}),
    ("Buenos días, Pablo tiene una infección de orina y está mareado, hoy se queda en casa.", [PABLO],
     "2026-12-08 07:10", {"P1": ("illness", "I", full("12-08"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), CASES)
def test_m14_lexicon_rules(text: str, children: list[Child], when: str, expected: dict[str, object]) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "arrival"), [
    ("Bom dia, estamos presos no trânsito por causa de um acidente na rotunda, a Ana chega lá pelas 9h15. Desculpa!",
     [ANA], "2026-12-08 08:40", dt.time(9, 15)),
    ("Bom dia, a Ana vai chegar às dez e meia, há um engarrafamento enorme.", [ANA], "2026-12-08 08:10",
     dt.time(10, 30)),
    ("Buenos días! Pablo llegará un poco tarde, hay un atasco en la rotonda del hospital, calculo que a las 9 y "
     "cuarto estamos allí.", [PABLO], "2026-12-08 08:30", dt.time(9, 15)),
    ("Hola, Pablo llegará tarde, estamos atrapados en un atasco, creo que a las 9 y media estamos ahí.", [PABLO],
     "2026-12-08 08:40", dt.time(9, 30)),
])
def test_m14_late_arrival_times(text: str, children: list[Child], when: str, arrival: dt.time) -> None:
    assert detect(text) in ("pt", "es")
    result = parse(text, children, when)
    assert result.action == "record", result.explanation
    assert [(r.reason, r.arrival) for r in result.reports] == [("late", arrival)], result.explanation


@pytest.mark.parametrize(("text", "children", "when"), [
    # homework left at dad's, "sem falta" (without fail) is not an absence
    ("Boa noite, pode dizer à Miss Taylor que o Tiago deixou o trabalho de casa em casa do pai, amanhã ele leva sem "
     "falta. Obrigado!", [TIAGO], "2026-12-08 19:30"),
    ("Buenas tardes, ¿puede decirle a la profe que Pablo se dejó los deberes en casa? Mañana los trae sin falta.",
     [PABLO], "2026-12-08 16:30"),
])
def test_m14_not_an_absence(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "forward"
