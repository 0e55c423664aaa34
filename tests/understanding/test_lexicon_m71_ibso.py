"""Batch m71-m72, Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # es: "la recojo a la 12:50": "a la" before a clock time (collected before the afternoon register)
    ("Lucía tiene logopeda esta tarde; la recojo a la 12:50.", kids("Lucía"), "2026-12-02 08:00",
     {"P1": ("medical", "M", ["12-02 PM"])}),
    # es: "perdón", "vamos tarde": Spanish, running late (before the register closes)
    ("Perdón, vamos tarde, Diego llega en cinco minutos.", kids("Diego"), "2026-12-02 08:55",
     {"P1": ("late", "L", ["12-02 AM"])}),
    # es: "un día libre": a day off (unsatisfactory)
    ("Hola, hoy Sofía no va al cole, le damos un día libre para ir al zoo con sus primos.", kids("Sofía"),
     "2026-12-03 08:00", {"P1": ("unsatisfactory", "O", full("12-03"))}),
    # es: "hoy recojo a ... mañana normal": collected today, in as usual tomorrow (not another day off)
    ("Buenos días, hoy recojo a Marcos a las 12:30 para el dentista. Mañana normal, gracias.", kids("Marcos"),
     "2026-12-07 07:45", {"P1": ("medical", "M", ["12-07 PM"])}),
    # so: "aabahay" (my father), not a child's name
    ("Aabahay ayaa xalay geeriyooday, Sahra maanta dugsiga ma imaan doonto.", kids("Sahra"), "2026-12-03 07:30",
     {"P1": ("exceptional", "C", full("12-03"))}),
    # so: "12:15 ayaan u imanayaa inaan soo qaado": I'm coming at 12:15 to collect her (the afternoon only)
    ("Hodan calool xanuun ayay leedahay, 12:15 ayaan u imanayaa inaan soo qaado.", kids("Hodan"),
     "2026-12-03 10:30", {"P1": ("illness", "I", ["12-03 PM"])}),
    # tr: "9.45 gibi okulda olur": a clock time written with a dot (after the register closes)
    ("Günaydın, servis gelmedi, Can ancak 9.45 gibi okulda olur.", kids("Can"), "2026-12-02 08:30",
     {"P1": ("late", "U", ["12-02 AM"])}),
    # tr: "benimle ... gelecek": comes with me (somewhere else, not to school)
    ("Bugün Defne benimle alışverişe gidecek, okula gelmeyecek.", kids("Defne"), "2026-12-04 07:50",
     {"P1": ("unsatisfactory", "O", full("12-04"))}),
    # tr: "bugün öğleden sonra": this afternoon (not the whole day)
    ("Bugün öğleden sonra Mert'in diş doktoru randevusu var, öğleden sonra okula gelmeyecek.", kids("Mert"),
     "2026-12-08 07:30", {"P1": ("medical", "M", ["12-08 PM"])}),
]

CLARIFIED = [
    # pt: "ainda não marcaram o dia": the day of the appointment is not known
    ("Bom dia, a Sofia vai faltar no dia da consulta no hospital, mas ainda não marcaram o dia.", kids("Sofia"),
     "2026-12-02 08:00"),
    # tr: "tarihler henüz belli değil": the dates are not known yet
    ("Aile ziyareti için Elif birkaç gün izinli olacak, tarihler henüz netleşmedi.", kids("Elif"),
     "2026-12-02 08:00"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m71_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), CLARIFIED)
def test_m71_ibso_clarified(text: str, children: list[Child], when: str) -> None:
    result = parse(text, children, when)
    assert result.action == "clarify", result.explanation
