"""Batch m53/m54/m59, Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # pt: "a mãe da Beatriz sofreu um AVC e ficou internada": a relative in hospital (a family emergency), not the
    # child admitted
    ("Bom dia, a mãe da Beatriz sofreu um AVC ontem e ficou internada. A Beatriz não vai à escola hoje.",
     kids("Beatriz"), "2026-12-03 07:30", {"P1": ("exceptional", "C", full("12-03"))}),
    ("Olá, o avô dele está internado, o Simão hoje não vai às aulas.", kids("Simão"), "2026-12-08 07:45",
     {"P1": ("exceptional", "C", full("12-08"))}),
    # pt: "cansado do casamento de ontem": tired after a celebration (tiredness, not the family event)
    ("Bom dia, o Henrique está muito cansado do casamento de ontem e hoje fica em casa a descansar. Boas festas!",
     kids("Henrique"), "2026-12-07 07:40", {"P1": ("unsatisfactory", "O", full("12-07"))}),
    # pt: "rebentou um cano", "inundação": a flood at home
    ("Bom dia, rebentou um cano lá em casa e está tudo alagado, a Leonor hoje não vai à escola.", kids("Leonor"),
     "2026-12-10 07:15", {"P1": ("exceptional", "C", full("12-10"))}),
    ("Olá, tivemos uma inundação no apartamento esta noite, o Tomás não vai hoje.", kids("Tomás"), "2026-12-02 07:05",
     {"P1": ("exceptional", "C", full("12-02"))}),
    # es: "su padre está de viaje de trabajo": a parent away for work (not a family holiday)
    ("Hola, soy el abuelo de Lucas. Su padre está de viaje de trabajo y Lucas tiene vómitos, hoy no irá al colegio.",
     kids("Lucas"), "2026-12-08 07:35", {"P1": ("illness", "I", full("12-08"))}),
    # es: "el 10 y el 11", "el 14 ni el 15 de diciembre": both days of the month
    ("Hola, Sara no irá el 10 y el 11 porque viajamos a Marruecos.", kids("Sara"), "2026-12-03 18:00",
     {"P1": ("holiday", "G", full("12-10", "12-11"))}),
    ("Buenas, Álvaro no irá el 14 ni el 15 de diciembre, tenemos la boda de mi hermana.", kids("Álvaro"),
     "2026-12-04 17:30", {"P1": ("family_event", "O", full("12-14", "12-15"))}),
    # es: "ha empezado con vómitos esta tarde": the illness began this afternoon, the absence is tomorrow
    ("Buenas noches, Irene ha empezado con vómitos esta tarde. Mañana no irá al colegio.", kids("Irene"),
     "2026-12-02 19:30", {"P1": ("illness", "I", full("12-03"))}),
    # so: "galabta way matagtay": she was sick this afternoon (past), the absence is tomorrow
    ("Fiid wanaagsan, Layla galabta way matagtay, berri dugsiga ma imaan doonto.", kids("Layla"), "2026-12-08 19:00",
     {"P1": ("illness", "I", full("12-09"))}),
    # so: "14 December ilaa 16 December": a range of dates (both ends)
    ("Asc, fasax ayaan u aadaynaa Itoobiya. Bilan iyo Warsame dugsiga ma iman doonaan 14 December ilaa 16 December.",
     kids("Bilan", "Warsame"), "2026-12-03 18:00",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16")),
      "P2": ("holiday", "G", full("12-14", "12-15", "12-16"))}),
    # so: "hurdo ayaa i qaaday": sleep took me, I overslept (the whole day missed)
    ("Raali noqo, hurdo ayaa i qaaday, Ifrah maanta dugsiga ma imaan doonto.", kids("Ifrah"), "2026-12-10 09:05",
     {"P1": ("unsatisfactory", "O", full("12-10"))}),
    # tr: "16 Aralık'tan itibaren", "ocakta döneceğiz": from a date, back in January (the holidays between)
    ("İyi akşamlar, tatil için Almanya'ya gidiyoruz, Mert 16 Aralık'tan itibaren okula gelmeyecek, ocakta döneceğiz.",
     kids("Mert"), "2026-12-09 20:00", {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
]

FORWARDED = [
    # pt: "ele já está bom": recovered; thanks for work sent while ill (no new absence)
    ("Olá, obrigado pelas fichas que enviou para o Duarte quando ele esteve doente. Ele já está bom. Bom fim de "
     "semana!",
     kids("Duarte"), "2026-12-11 16:10"),
]

CLARIFIED = [
    # es: "algún día de la próxima semana": one day next week, which not said (cannot be placed)
    ("Hola, Hugo faltará algún día de la próxima semana por una cita en el hospital, ya les confirmaré cuál.",
     kids("Hugo"), "2026-12-09 17:00"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m53_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), FORWARDED)
def test_m53_ibso_forwarded(text: str, children: list[Child], when: str) -> None:
    result = parse(text, children, when)
    assert result.action == "forward", result.explanation


@pytest.mark.parametrize(("text", "children", "when"), CLARIFIED)
def test_m53_ibso_clarified(text: str, children: list[Child], when: str) -> None:
    result = parse(text, children, when)
    assert result.action == "clarify", result.explanation
