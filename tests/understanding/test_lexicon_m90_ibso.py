"""Batch m90, Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "colheita de sangue" (a blood test); "por isso o X também vai chegar atrasado": so the other child is
    # late as well (a clause of its own, not the sibling's appointment)
    ("Olá, a Beatriz tem colheita de sangue às 8h30 no centro de saúde, por isso o Tomás também vai chegar "
     "atrasado. Chegamos por volta das 9h.", kids("Beatriz", "Tomás"), "2026-12-02 07:30",
     {"P1": ("medical", "M", ["12-02 AM"]), "P2": ("late", "L", ["12-02 AM"])}),
    # es: "Como no podemos dejarla sola, X tampoco va": as we can't leave her alone (sibling care; "Como" no name)
    ("Buenas, Lucía está con gripe y se queda en casa. Como no podemos dejarla sola, Pablo tampoco va hoy al colegio.",
     kids("Lucía", "Pablo"), "2026-12-03 07:45",
     {"P1": ("illness", "I", full("12-03")), "P2": ("unsatisfactory", "O", full("12-03"))}),
    # so: "sidaa darteed X isna wuu soo daahi doonaa": so X will also be late (the other child's own clause)
    ("Subax wanaagsan, Muna waxay leedahay ballan ilkaha saacadda 8:30, sidaa darteed Khadar isna wuu soo daahi "
     "doonaa. Waxaan imaan doonnaa 9:10.", kids("Muna", "Khadar"), "2026-12-01 07:40",
     {"P1": ("medical", "M", ["12-01 AM"]), "P2": ("late", "L", ["12-01 AM"])}),
    # so: "X isna berri ...": he too, tomorrow (that day only, not "also tomorrow" on top of today)
    ("Asc, berri Muna ma imaan doonto, waxay leedahay aroos. Khadar isna berri wuxuu leeyahay ballan dhakhtar, "
     "waxaan ka qaadayaa iskuulka 12:30.", kids("Muna", "Khadar"), "2026-12-01 07:40",
     {"P1": ("family_event", "O", full("12-02")), "P2": ("medical", "M", ["12-02 PM"])}),
    # tr: "bu yüzden X de geç kalacak": so X will be late too (the other child's own clause)
    ("Merhaba, Elif'i 8:45'te diş doktoruna götürüyorum, bu yüzden Mert de geç kalacak. 9:40 gibi okulda oluruz.",
     kids("Elif", "Mert"), "2026-12-02 07:30",
     {"P1": ("medical", "M", ["12-02 AM"]), "P2": ("late", "U", ["12-02 AM"])}),
    # tr: "X ve Y yarın okula gelir": in again tomorrow (not in as normal today)
    ("Merhaba, dün gece evimizi su bastı, bugün çocuklar okula gelemeyecek. Mert ve Zeynep yarın okula gelir.",
     kids("Mert", "Zeynep"), "2026-12-09 07:45",
     {"P1": ("exceptional", "C", full("12-09")), "P2": ("exceptional", "C", full("12-09"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m90_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
