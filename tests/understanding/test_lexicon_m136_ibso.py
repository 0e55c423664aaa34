"""Batch m136, Portuguese, Spanish and Turkish: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "não tenho com quem o deixar": no one to leave him with (no childcare: unsatisfactory), collected before the
    # afternoon register
    ("Bom dia, o Tiago vai à escola de manhã mas vou buscá-lo às 12h, tenho de levar a avó ao aeroporto e não tenho"
     " com quem o deixar.", kids("Tiago"), "2026-12-09 07:30", {"P1": ("unsatisfactory", "O", ["12-09 PM"])}),
    # es: "no es mañana, es el viernes": not tomorrow but Friday (a self-correction: the day after "no es" withdrawn)
    ("Mañana Sofía no irá al colegio, tiene cita con el dentista. Perdón, no es mañana, es el viernes.", kids("Sofía"),
     "2026-12-09 07:30", {"P1": ("medical", "M", full("12-11"))}),
    # es: "el miércoles ya estará en clase": in class again on Wednesday (the day of return)
    ("Hugo falta hoy y mañana porque tiene fiebre; el miércoles ya estará en clase.", kids("Hugo"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08"))}),
    # tr: "çarşamba umarım okulda": back on Wednesday ("okulda" with no verb, a hope between the day and it)
    ("Zeynep'in ateşi var, bugün ve yarın evde kalacak. Çarşamba umarım okulda.", kids("Zeynep"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08"))}),
    # tr: "pazartesiden itibaren ... 11 Aralık'ta okulda olacak": after an absence from a day onward, the date in school
    # again is the day of return
    ("Pazartesiden itibaren Emre okula gelmeyecek, dedesini ziyarete Almanya'ya gidiyoruz. 11 Aralık'ta okulda"
     " olacak.", kids("Emre"), "2026-12-04 18:00", {"P1": ("holiday", "G", full("12-07", "12-08", "12-09", "12-10"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m136_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
