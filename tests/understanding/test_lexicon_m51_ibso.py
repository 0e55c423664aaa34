"""Batch m51/m52, Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # pt: "tenho que ir buscá-lo às 12h45": I have to collect him (before the afternoon register: PM only)
    ("Olá, o Tiago tem tosse mas vai à escola. Tenho que ir buscá-lo às 12h45 para o médico.", kids("Tiago"),
     "2026-12-02 07:30", {"P1": ("medical", "M", ["12-02 PM"])}),
    ("Bom dia, temos de a ir buscar às 12h15 para a consulta no oftalmologista. Obrigado", kids("Leonor"),
     "2026-12-03 07:40", {"P1": ("medical", "M", ["12-03 PM"])}),
    # pt: "vai demorar o dia todo" (all day); "tenho de levar o Martim primeiro": an errand for that child, the other
    # one is late
    ("Bom dia, o Martim tem exames no hospital hoje e vai demorar o dia todo. A Leonor vai chegar atrasada porque "
     "tenho de levar o Martim primeiro.", kids("Martim", "Leonor"), "2026-12-08 07:50",
     {"P1": ("medical", "M", full("12-08")), "P2": ("late", "L", ["12-08 AM"])}),
    # pt: "na quarta ele já está na escola": back on Wednesday (the day of return, not another day off)
    ("Bom dia, o Duarte está com gripe e fica em casa. Na quarta ele já está na escola.", kids("Duarte"),
     "2026-11-30 07:30", {"P1": ("illness", "I", full("11-30", "12-01"))}),
    # es: "ha estado ingresada": a hospital stay that is over; today's check-up is the reason
    ("Buenas, como saben Lucía ha estado ingresada diez días por una bronquitis. Hoy tiene consulta en el hospital a "
     "las 14:00, así que la recojo a las 12:30.", kids("Lucía"), "2026-12-03 07:30",
     {"P1": ("medical", "M", ["12-03 PM"])}),
    # so: "waxaan keeni doonaa iskuulka galabta": the time after the verb (in for the afternoon)
    ("Asc, Nimco waxay ballan ku leedahay dhakhtarka saacadda 9-ka subaxnimo, waxaan keeni doonaa iskuulka galabta.",
     kids("Nimco"), "2026-12-01 07:45", {"P1": ("medical", "M", ["12-01 AM"])}),
    # tr: "annemi hastaneye yatırdılar": they took my mother into hospital (a family emergency)
    ("Günaydın, annemi dün gece acil olarak hastaneye yatırdılar. Elif bugün okula gelemeyecek.", kids("Elif"),
     "2026-12-02 07:30", {"P1": ("exceptional", "C", full("12-02"))}),
    # tr: "yollar kapandı": the roads are closed (not "yoldalar", on the way)
    ("Merhaba, sel yüzünden yollar kapandı, Deniz bugün okula gelemeyecek.", kids("Deniz"), "2026-12-04 07:20",
     {"P1": ("transport", "O", full("12-04"))}),
]

FORWARDED = [
    # pt: "esteve doente": was ill (over, already reported); a question about missed work
    ("Boa tarde, o Rui esteve doente na quarta e quinta, já mandei mensagem. Queria saber se há trabalhos de casa "
     "para ele fazer.", kids("Rui"), "2026-12-04 16:20"),
    ("Olá, a Inês esteve com febre na semana passada. Queria saber se pode repetir o teste de matemática.",
     kids("Inês"), "2026-12-07 16:40"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m51_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), FORWARDED)
def test_m51_ibso_forwarded(text: str, children: list[Child], when: str) -> None:
    result = parse(text, children, when)
    assert result.action == "forward", result.explanation
