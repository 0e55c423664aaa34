"""Batch m132, Portuguese, Spanish, Somali and Turkish: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "opa, me enganei, é na quarta": a self-correction, the day after it replaces the one before
    ("Boa tarde, o Tiago tem dentista amanhã... opa, me enganei, é na quarta, dia 9. Volta para a escola depois do "
     "dentista, lá pelas 10h30.", kids("Tiago"), "2026-12-07 18:10", {"P1": ("medical", "M", ["12-09 AM"])}),
    # pt: "só chega depois da consulta": in school after the appointment (the morning only)
    ("Bom dia, a Laura vai à escola, mas só chega depois da consulta do pediatra, umas 10h.", kids("Laura"),
     "2026-12-08 07:30", {"P1": ("medical", "M", ["12-08 AM"])}),
    # es: "no, perdón, hoy sí va ... es el lunes cuando falta": a self-correction; "ya no tiene fiebre": recovered
    ("Hola, Pablo hoy no va, tiene fiebre. No, perdón, hoy sí va porque ya no tiene fiebre. Es el lunes cuando falta "
     "porque tiene cita en el hospital todo el día.", kids("Pablo"), "2026-12-09 07:20",
     {"P1": ("medical", "M", full("12-14"))}),
    # so: "ballantu waa Jimcaha ma aha berri": it's Friday, not tomorrow (the day after "ma aha" is withdrawn)
    ("Asc, Ayaan berri ma imanayso ballan dhakhtar ayay leedahay, maya ballantu waa jimcaha ma aha berri, jimcaha "
     "ayay maqnaan doontaa maalinta oo dhan", kids("Ayaan"), "2026-12-08 19:00",
     {"P1": ("medical", "M", full("12-11"))}),
    # tr: "pardon salı değil, çarşamba": not that day, the next one
    ("İyi akşamlar, Elif salı okula gelemeyecek, göz randevusu var... pardon salı değil, çarşamba! Tüm gün sürecek.",
     kids("Elif"), "2026-12-07 20:00", {"P1": ("medical", "M", full("12-09"))}),
    # tr: "randevudan sonra 11 gibi okula getireceğim": in after the appointment, around then (the morning only)
    ("Günaydın, Mert'in bugün diş randevusu var, randevudan sonra 11 gibi okula getireceğim.", kids("Mert"),
     "2026-12-10 07:40", {"P1": ("medical", "M", ["12-10 AM"])}),
    # tr: "Ayşe'yi bugün saat 12'de alacağım": collected before the afternoon register (voice-to-text: "ayse yi")
    ("merhaba ayse yi bugun saat 12 de alacagim kuzeninin dugunu var", kids("Ayşe"), "2026-12-09 09:30",
     {"P1": ("family_event", "O", ["12-09 PM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m132_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
