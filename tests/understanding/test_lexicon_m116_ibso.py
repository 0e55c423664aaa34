"""Batch m116, Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "só regressa depois do Natal": back after Christmas, so off until the end of term
    ("Olá, o Tomás foi internado ontem com uma pneumonia. Só regressa depois do Natal.", kids("Tomas"),
     "2026-12-14 07:40",
     {"P1": ("illness", "I", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # pt: "esqueceu-se da mochila lá na quinta": a thing left behind on a past day (not a day off)
    ("Bom dia, a Beatriz está com febre, hoje não vai. Ela esqueceu-se da mochila lá na quinta, é cor-de-rosa.",
     kids("Beatriz"), "2026-12-07 07:45",
     {"P1": ("illness", "I", full("12-07"))}),
    # es: "sigue ingresada" and "no vuelve hasta después de Navidad": still in hospital, off until the end of term
    ("Buenas, Lucía tiene neumonía y sigue ingresada. No vuelve hasta después de Navidad.", kids("Lucia"),
     "2026-12-14 08:00",
     {"P1": ("illness", "I", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # es: "se dejó el abrigo en el cole el jueves": a thing left behind on a past day (not a day off)
    ("Hola, Mateo tiene fiebre y hoy se queda en casa. Por cierto, se dejó el abrigo en el cole el jueves.",
     kids("Mateo"), "2026-12-07 07:50",
     {"P1": ("illness", "I", full("12-07"))}),
    # so: "safar dheer ayaan ka soo laabanay": back late from a long trip, kept home tired (not a holiday)
    ("Subax wanaagsan, Hodan aad ayay u daallan tahay, xalay safar dheer ayaan ka soo laabanay. Maanta guriga ayay"
     " joogaysaa.", kids("Hodan"), "2026-12-08 07:30",
     {"P1": ("unsatisfactory", "O", full("12-08"))}),
    # so: "hooyadood ... shil ku galay, isbitaalka": a parent hurt in an accident, the family at the hospital
    ("Salaan, Cabdi iyo Nimco maanta ma imaan doonaan. Hooyadood ayaa shalay shil ku galay, isbitaalka ayaan"
     " ku jirnaa.", kids("Cabdi", "Nimco"), "2026-12-09 07:20",
     {"P1": ("exceptional", "C", full("12-09")), "P2": ("exceptional", "C", full("12-09"))}),
    # tr: "babamı acile kaldırdılar": a grandparent rushed to A&E (a family emergency, not the child ill)
    ("Merhaba, babamı bu sabah nefes darlığıyla acile kaldırdılar. Kerem bugün okula gelemeyecek.", kids("Kerem"),
     "2026-12-03 07:40",
     {"P1": ("exceptional", "C", full("12-03"))}),
    # tr: "doktor okula gidebilir dedi": one child in after an injury, only the other is off
    ("Günaydın, Defne'nin bileği sarılı ama doktor okula gidebilir dedi. Can ise kusuyor, bugün evde.",
     kids("Defne", "Can"), "2026-12-08 07:30",
     {"P2": ("illness", "I", full("12-08"))}),
]

NOT_RECORDED = [
    # tr: "doktor okula gidebilir dedi", "beden eğitimine katılmasın": an injured child who is in, only no PE
    ("Merhaba, Elif'in parmağı alçıda, doktor okula gidebilir dedi. Sadece beden eğitimine katılmasın lütfen.",
     kids("Elif"), "2026-12-10 07:30", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m116_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m116_ibso_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
