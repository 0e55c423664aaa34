"""Batch m23, Portuguese and Spanish: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

PORTUGUESE = [
    # "se amanhã já estiver boa vai para a escola": a return tomorrow, not a second day off
    ("O Tomás teve febre a noite toda, hoje fica em casa. Se amanhã já estiver bom vai para a escola.", kids("Tomás"),
     "2026-11-23 07:30", {"P1": ("illness", "I", full("11-23"))}),
    # "ficou internada" (admitted to hospital), "crise de asma", "quando tem alta" (when she is discharged): illness,
    # an open end
    ("A Leonor ficou internada ontem à noite com uma crise de asma. Ainda não sabemos quando tem alta, vamos mantendo "
     "vocês informados.", kids("Leonor"), "2026-11-24 07:30", {"P1": ("illness", "I", full("11-24"))}),
    # "ortodontista": an orthodontist (a medical appointment)
    ("Hoje o Duarte não vai à escola, tem o ortodontista em Londres.", kids("Duarte"), "2026-11-24 07:30",
     {"P1": ("medical", "M", full("11-24"))}),
    # "deve entrar por volta das 10h": the arrival time after the register closes
    ("O Gonçalo perdeu o autocarro, deve entrar por volta das 10h.", kids("Gonçalo"), "2026-11-24 08:40",
     {"P1": ("late", "U", ["11-24 AM"])}),
    # "não temos como levar" with a strike: no way to get them there (transport), both children
    ("Os autocarros estão em greve e não temos como levar o Vicente e a Clara hoje.", kids("Vicente", "Clara"),
     "2026-11-25 07:40", {"P1": ("transport", "O", full("11-25")), "P2": ("transport", "O", full("11-25"))}),
    # ... but with an ill sibling it is still no one to take him (kept off for the family's reasons)
    ("A bebé está doente e não tenho como levar o Vicente hoje.", kids("Vicente"), "2026-11-25 07:40",
     {"P1": ("unsatisfactory", "O", full("11-25"))}),
]

SPANISH = [
    # "ni mañana ni pasado": tomorrow and the day after
    ("Lucas tiene varicela, no irá al colegio ni mañana ni pasado.", kids("Lucas"), "2026-12-01 19:00",
     {"P1": ("illness", "I", full("12-02", "12-03"))}),
    # "recogemos a Lucas ... para llevarlo al oculista, por la tarde ya no vuelve": collected for the eye doctor, PM
    ("Hoy recogemos a Lucas a las 12 para llevarlo al oculista, ya no vuelve por la tarde.", kids("Lucas"),
     "2026-12-01 07:40", {"P1": ("medical", "M", ["12-01 PM"])}),
    # "el otorrino": the ENT clinic
    ("Mañana Lucas no va al cole, lo llevo al otorrino.", kids("Lucas"), "2026-12-01 19:00",
     {"P1": ("medical", "M", full("12-02"))}),
    # "ya va de camino": on his way in, after the register closes
    ("Perdón, nos quedamos dormidos, Lucas ya va de camino.", kids("Lucas"), "2026-12-01 09:40",
     {"P1": ("late", "U", ["12-01 AM"])}),
    # "se ha reventado una tubería", "la casa inundada": a burst pipe and a flood at home
    ("Se ha reventado una tubería y tenemos la casa inundada, hoy los niños no van al cole.", kids("Lucas", "Marta"),
     "2026-12-01 07:40", {"P1": ("exceptional", "C", full("12-01")), "P2": ("exceptional", "C", full("12-01"))}),
    # "nos vamos de compras" (shopping), "mañana vuelve" (back tomorrow): today only
    ("Hoy Marta no va al colegio, nos vamos de compras a Londres. Mañana vuelve.", kids("Marta"), "2026-12-01 07:40",
     {"P1": ("unsatisfactory", "O", full("12-01"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), [*PORTUGUESE, *SPANISH])
def test_m23_pt_es_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), [
    # es: "uno de mis hijos": one of the children, not said which
    ("Mañana uno de mis hijos tiene dentista, ya les confirmo la hora.", kids("Marta", "Lucía"), "2026-12-01 19:00"),
])
def test_unsaid_child_is_asked(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "clarify"


@pytest.mark.parametrize(("text", "children", "when"), [
    # pt: "gostaria de saber se ... as aulas terminam mais cedo", "se os pais podem ir à festa de Natal": questions
    ("Boa tarde, gostaria de saber se na quinta-feira as aulas terminam mais cedo e se os pais podem ir à festa de "
     "Natal. Obrigado", kids("Tomás", "Leonor"), "2026-12-14 19:00"),
    # es: "muchas gracias a Miss Carter", "¡felices fiestas!": thanks to the teacher
    ("Muchas gracias a Miss Carter por este trimestre, Marta está encantada. ¡Felices fiestas!", kids("Marta"),
     "2026-12-18 15:00"),
])
def test_no_absence_is_forwarded(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "forward"
