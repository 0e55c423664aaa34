"""Batch m51/m52, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # pl: "ma nogę w gipsie": a limb in a cast (an injury)
    ("Dzień dobry, Kacper spadł ze schodów i ma nogę w gipsie, nie będzie go dziś w szkole.", kids("Kacper"),
     "2026-12-02 07:20", {"P1": ("illness", "I", full("12-02"))}),
    # pl: "wizyta kontrolna w szpitalu": a check-up (medical), the illness "w zeszłym tygodniu" is past
    ("Dzień dobry, Tymon w zeszłym tygodniu miał anginę, teraz jest zdrowy. W piątek ma wizytę kontrolną w szpitalu"
     " przez cały dzień, więc go nie będzie.", kids("Tymon"),
     "2026-12-01 07:30", {"P1": ("medical", "M", full("12-04"))}),
    # pl: "pisałam wcześniej, że się spóźni, ale jednak ...": a change of plan, not late
    ("Dzień dobry, wcześniej pisałem, że Igor się spóźni, ale jednak wymiotuje i zostaje w domu na cały dzień.",
     kids("Igor"), "2026-12-08 08:40", {"P1": ("illness", "I", full("12-08"))}),
    # lt: "jei rytoj jausis geriau, ateis": a condition for tomorrow, today only
    ("Laba diena, Gabija karščiuoja, šiandien bus namuose. Jei rytoj jausis geriau, ateis.", kids("Gabija"),
     "2026-12-01 07:10", {"P1": ("illness", "I", full("12-01"))}),
    # lt: "nuo pirmadienio iki trečiadienio imtinai": both days in the span
    ("Laba diena, išvykstame į Lietuvą, todėl Kajus nelankys mokyklos nuo pirmadienio iki trečiadienio imtinai.",
     kids("Kajus"), "2026-12-04 18:00", {"P1": ("holiday", "G", full("12-07", "12-08", "12-09"))}),
    # ro: "vine la școală după-amiază": in for the afternoon, the morning off
    ("Bună ziua, mâine e sărbătoare la biserica ortodoxă și mergem dimineață la slujbă. Ioana vine la școală"
     " după-amiază.", kids("Ioana"), "2026-12-01 17:00", {"P1": ("religious", "R", ["12-02 AM"])}),
    # uk: "піде до школи, але я заберу її о 11:30": in, then collected for the doctor
    ("Доброго ранку! Остап хворий, сьогодні буде вдома. Соломія піде до школи, але я заберу її о 12:15 — у неї"
     " прийом у стоматолога.", kids("Ostap", "Solomiia"), "2026-12-07 07:20",
     {"P1": ("illness", "I", full("12-07")), "P2": ("medical", "M", ["12-07 PM"])}),
    # uk: "у четвер зранку її не буде, після обіду привезу": the morning only
    ("Добрий вечір, у четвер в Дарини вступний іспит в іншій школі, тому в четвер зранку її не буде, після обіду"
     " привезу в школу.", kids("Daryna"), "2026-12-01 19:00", {"P1": ("interview", "J1", ["12-03 AM"])}),
    # uk: "в школу можна буде тільки з понеділка": off until that day
    ("Доброго ранку, у Марка скарлатина, лікар сказав, що в школу можна буде тільки з понеділка.", kids("Marko"),
     "2026-12-09 07:10", {"P1": ("illness", "I", full("12-09", "12-10", "12-11"))}),
    # uk: "повернеться в школу в четвер", "а ... тільки сьогодні", "іде до школи": each child's own days
    ("Доброго ранку, у Тимура і Ганни грип. Тимур повернеться в школу в четвер, а Ганна буде вдома тільки сьогодні."
     " Максим іде до школи.", kids("Tymur", "Hanna", "Maksym"), "2026-12-01 07:15",
     {"P1": ("illness", "I", full("12-01", "12-02")), "P2": ("illness", "I", full("12-01"))}),
    # uk: "ще не одужав": not recovered yet (still ill), not "recovered"
    ("Добрий день, Остап ще не одужав після грипу, сьогодні буде вдома.", kids("Ostap"), "2026-12-02 07:30",
     {"P1": ("illness", "I", full("12-02"))}),
]

FORWARDED = [
    # uk: thanks for the support during last week's illness, now recovered: no absence
    ("Добрий вечір! Дякуємо за турботу, коли Устим хворів минулого тижня. Він уже одужав.", kids("Ustym"),
     "2026-12-03 17:00"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m51_eu_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), FORWARDED)
def test_m51_eu_forwarded(text: str, children: list[Child], when: str) -> None:
    result = parse(text, children, when)
    assert result.action == "forward", result.explanation
