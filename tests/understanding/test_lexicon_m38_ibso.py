"""Batch m38 (fresh labels), Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing its misses
showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "hoje de noite", "hoje à noite": tonight (after school), not a session of today
    ("A Beatriz não vai amanhã porque vamos viajar hoje de noite para o Porto.", kids("Beatriz"),
     "2026-12-01 08:00", {"P1": ("holiday", "G", full("12-02"))}),
    # pt: "chegámos muito tarde do casamento": got back late from it (over), tired: a day at home
    ("Ontem chegámos muito tarde do casamento e o Tomás está cansadíssimo, hoje fica em casa.", kids("Tomás"),
     "2026-12-01 08:00", {"P1": ("unsatisfactory", "O", full("12-01"))}),
    # pt: "não temos quem possa tomar conta do irmão mais novo": no one to look after the sibling
    ("A Inês fica hoje em casa, não temos quem possa tomar conta do irmão mais novo.", kids("Inês"),
     "2026-12-01 07:30", {"P1": ("unsatisfactory", "O", full("12-01"))}),
    # es: "esta tarde ha tenido fiebre": when it began (past), the absence is the later day named
    ("Esta tarde Lucía ha tenido fiebre, el jueves no irá al colegio.", kids("Lucía"), "2026-12-01 19:00",
     {"P1": ("illness", "I", full("12-03"))}),
    # es: "se ha puesto mala": became ill
    ("Lucía se ha puesto mala esta tarde, mañana se queda en casa.", kids("Lucía"), "2026-12-01 19:00",
     {"P1": ("illness", "I", full("12-02"))}),
    # tr: "okuldan gelince": when he came home from school (when it began, not a session of today)
    ("İyi akşamlar, Ali bugün okuldan eve gelince ateşlendi, yarın okula gelmeyecek.", kids("Ali"),
     "2026-12-01 18:30", {"P1": ("illness", "I", full("12-02"))}),
    # tr: "10:00 civarında ancak getirebiliriz": we can only bring him in around then (a late arrival)
    ("Kerem'i trafik yüzünden 10:00 civarında ancak getirebiliriz.", kids("Kerem"), "2026-12-01 08:40",
     {"P1": ("late", "U", ["12-01 AM"])}),
    # tr: "dedesinin yaş günü partisi": a grandparent's birthday party (a family event)
    ("Cuma günü dedesinin yaş günü partisi var, Zeynep gelmeyecek.", kids("Zeynep"), "2026-12-01 08:40",
     {"P1": ("family_event", "O", full("12-04"))}),
    # so: "ma yimaado", "ma timaado": he, she does not come in
    ("Yusuf maanta dugsiga ma yimaado, wuu xanuunsan yahay.", kids("Yusuf"), "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01"))}),
    ("Nimco berri ma timaado. Mahadsanid", kids("Nimco"), "2026-12-01 08:10",
     {"P1": ("unknown", "N", full("12-02"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m38_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
