"""Portuguese, Spanish and Ukrainian lexicon rules added for batch m11: what each message must come to."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.understanding.conftest import assert_recorded, full, parse
from understanding.types import Child

PABLO, LUCIA, TEO = Child("P1", "Pablo"), Child("P2", "Lucía"), Child("P1", "Teo")
KIDS3 = [Child("P1", "Mario"), Child("P2", "Lola"), Child("P3", "Leo")]
BEA, TOMAS, RODRIGO = Child("P1", "Beatriz"), Child("P2", "Tomás"), Child("P1", "Rodrigo")
MARIIA, OSTAP, OLENA, YULIIA = Child("P1", "Mariia"), Child("P1", "Ostap"), Child("P1", "Olena"), Child("P2", "Yuliia")

CASES = [
    # Spanish: collected at a time, a sibling ill and no one to take the other, "volvemos", a sprain, "los tres",
    # "tampoco", a vague end, "después de comer", "incluido"
    ("Hola, a Pablo lo recojo a las 12:30 para ir al dentista. Gracias", [PABLO], "2026-12-08 07:30",
     {"P1": ("medical", "M", ["12-08 PM"])}),
    ("Lucía tiene fiebre y estoy solo en casa con ella, así que Pablo tampoco va hoy porque no tengo a nadie que lo "
     "lleve.", [PABLO, LUCIA], "2026-12-08 07:30",
     {"P2": ("illness", "I", full("12-08")), "P1": ("unsatisfactory", "O", full("12-08"))}),
    ("Ha fallecido la abuela de Pablo, faltará hoy y mañana, regresamos el jueves.", [PABLO], "2026-12-08 07:30",
     {"P1": ("exceptional", "C", full("12-08", "12-09"))}),
    ("Pablo tiene un esguince en el tobillo y no puede andar, no va a poder venir hoy ni mañana.", [PABLO],
     "2026-12-08 07:30", {"P1": ("illness", "I", full("12-08", "12-09"))}),
    ("Mis tres hijos tienen gripe, hoy no van y el jueves probablemente tampoco.", KIDS3, "2026-12-09 07:30",
     {p: ("illness", "I", full("12-09", "12-10")) for p in ("P1", "P2", "P3")}),
    ("Pablo tiene bronquitis, se va a quedar en casa hasta que se mejore, les mantengo informados.", [PABLO],
     "2026-12-08 07:30", {"P1": ("illness", "I", full("12-08"))}),
    ("Pablo tiene jaqueca, esta mañana no va, lo llevo después del almuerzo.", [PABLO], "2026-12-08 07:30",
     {"P1": ("illness", "I", ["12-08 AM"])}),
    ("Pablo tiene varicela, no va hasta el jueves incluido.", [PABLO], "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08", "12-09", "12-10"))}),
    # Portuguese: late with a time, collected after "já não volta", "faltar N dias", a sibling ill, a scan with no
    # day, thanks to a teacher, "no" (in the) before a place
    ("A Beatriz vai chegar um pouco mais tarde, chegamos por volta das 9h45. Desculpe", [BEA], "2026-12-08 08:40",
     {"P1": ("late", "U", ["12-08 AM"])}),
    ("Bom dia, a Bia está com dores de barriga, vou buscá-la às 12h, hoje à tarde já não volta.", [BEA],
     "2026-12-08 10:30", {"P1": ("illness", "I", ["12-08 PM"])}),
    ("A Beatriz torceu o pé, já está com gesso, vai faltar dois dias.", [BEA], "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08", "12-09"))}),
    ("Bom dia, o irmão mais novo da Beatriz está doente e não tenho quem a leve, hoje não vai.", [BEA],
     "2026-12-08 07:30", {"P1": ("unsatisfactory", "O", full("12-08"))}),
    ("Amanhã o Rodrigo leva as vacinas no centro de saúde às 8h30, levo-o para a escola logo a seguir.", [RODRIGO],
     "2026-12-08 07:30", {"P1": ("medical", "M", ["12-09 AM"])}),
    # Ukrainian: "пів на дев'яту", "о десятій", stuck in traffic, "дівчата", a brother's wedding, after lunch, a scan
    ("Остап запізниться, проспали. Будемо десь о пів на десяту.", [OSTAP], "2026-12-08 08:40",
     {"P1": ("late", "U", ["12-08 AM"])}),
    ("Марія буде о дев'ятій, ми проспали", [MARIIA], "2026-12-08 08:40", {"P1": ("late", "L", ["12-08 AM"])}),
    ("Вибачте, Остап буде в школі близько 10:30, застрягли в пробці.", [OSTAP], "2026-12-08 08:40",
     {"P1": ("late", "U", ["12-08 AM"])}),
    ("Добрий вечір! Завтра дівчатка не прийдуть, в обох кашель і температура.", [OLENA, YULIIA], "2026-12-07 19:00",
     {"P1": ("illness", "I", full("12-08")), "P2": ("illness", "I", full("12-08"))}),
    ("У п'ятницю, 11 грудня, одружується наш старший брат, тож Остап в цей день не прийде.", [OSTAP],
     "2026-12-08 19:00", {"P1": ("family_event", "O", full("12-11"))}),
    ("Завтра Остап пише вступний іспит у ліцеї, повернеться до школи після обіду.", [OSTAP], "2026-12-07 07:30",
     {"P1": ("interview", "J1", ["12-08 AM"])}),
    ("У четвер у Марії УЗД о 8:30, після цього привезу її до школи.", [MARIIA], "2026-12-08 19:00",
     {"P1": ("medical", "M", ["12-10 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), CASES)
def test_m11_lexicon_rules(text: str, children: list[Child], when: str, expected: dict[str, object]) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "arrival"), [
    ("perdona, teo se ha dormido, llegamos a las 9:10", [TEO], "2026-12-14 08:45", dt.time(9, 10)),
    ("Вибачте, Остап запізнюється, будемо о пів на дев'яту", [OSTAP], "2026-12-14 08:20", dt.time(8, 30)),
    ("bom dia, o rodrigo vai chegar umas 9h, tem muito trânsito. desculpa", [RODRIGO], "2026-12-14 08:30",
     dt.time(9, 0)),
])
def test_m11_late_arrival_times(text: str, children: list[Child], when: str, arrival: dt.time) -> None:
    result = parse(text, children, when)
    assert result.action == "record", result.explanation
    assert [(r.reason, r.arrival) for r in result.reports] == [("late", arrival)], result.explanation


@pytest.mark.parametrize(("text", "children", "when"), [
    # a single appointment "next week" with no day: a question
    ("Bom dia, a Beatriz vai fazer uma ressonância magnética no hospital na semana que vem, ainda não sei o dia.",
     [BEA], "2026-12-07 07:30"),
])
def test_m11_clarify(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "clarify"


def test_m11_thanks_to_a_teacher_is_forwarded() -> None:
    text = ("Boa tarde, gostaria de agradecer à Miss Clarke por este período, o Rodrigo adorou a peça de Natal! "
            "Boas festas.")
    assert parse(text, [RODRIGO], "2026-12-17 15:45").action == "forward"
