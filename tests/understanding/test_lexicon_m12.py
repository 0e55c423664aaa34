"""Batch m12 lexicon fixes: Polish, Romanian, Lithuanian, Ukrainian (also in Latin letters)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.understanding.conftest import assert_recorded, full
from understanding.canon import canonical, detect
from understanding.types import Child

CASES = [
    # message, children, when, expected {pupil: (reason, code, sessions)}
    # Polish: arrival time after "będzie ok", slang "sorki"/"korki"
    ("sorki straszne korki, Antek bedzie ok 9:10", [Child("P1", "Antoni")], "2026-11-24 08:41",
     {"P1": ("late", "L", ["11-24 AM"])}),
    ("Przepraszam, Zosia dotrze koło 9:15, stoimy w korku", [Child("P1", "Zofia")], "2026-11-24 08:41",
     {"P1": ("late", "L", ["11-24 AM"])}),
    ("Antek będzie dopiero około 9:40, zaspaliśmy", [Child("P1", "Antoni")], "2026-11-24 08:41",
     {"P1": ("late", "U", ["11-24 AM"])}),
    ("Antek przyjdzie dopiero jutro, ma gorączkę", [Child("P1", "Antoni")], "2026-11-24 07:41",
     {"P1": ("illness", "I", full("11-24"))}),
    # Polish: "dopiero w środę" (back only on Wednesday), an evening message
    ("Dobry wieczór, Mikołaj ma ospę, lekarz mówi, że może wrócić do szkoły dopiero w środę 2 grudnia.",
     [Child("P1", "Mikołaj")], "2026-11-25 20:15", {"P1": ("illness", "I", full("11-26", "11-30", "12-01"))}),
    # Polish: "w poniedziałek powinna już przyjść" (back on Monday), other days and orders
    ("Lena ma migrenę, dzisiaj jej nie będzie. W poniedziałek powinna już przyjść.", [Child("P1", "Lena")],
     "2026-11-26 07:20", {"P1": ("illness", "I", full("11-26"))}),
    ("Lena ma migrenę, dzisiaj jej nie będzie. Powinna już przyjść w czwartek.", [Child("P1", "Lena")],
     "2026-11-23 07:20", {"P1": ("illness", "I", full("11-23", "11-24", "11-25"))}),
    # Polish: a conditional doctor's visit is not an appointment, nor its day an absence; "Jak" is not a child
    ("Staś obudził się z wysypką i gorączką, zostaje dziś w domu. Jak nie przejdzie do poniedziałku to pójdziemy do "
     "lekarza.", [Child("P1", "Stanisław")], "2026-12-04 07:40", {"P1": ("illness", "I", full("12-04"))}),
    # Polish: the sibling kept home ("a Emil też musi zostać, bo nie mam z kim go zostawić")
    ("Nadia ma biegunkę i wymioty, zostaje dziś w domu, a Emil też musi zostać, bo nie mam z kim go zostawić i nie "
     "mogę go zawieźć.", [Child("P1", "Nadia"), Child("P2", "Emil")], "2026-12-14 07:20",
     {"P1": ("illness", "I", full("12-14")), "P2": ("unsatisfactory", "O", full("12-14"))}),
    # Polish: a visit to A&E today, told in the evening: tomorrow off, not today
    ("Zosia dziś była na SOR-ze z astmą, jutro zostanie w domu.", [Child("P1", "Zofia")], "2026-12-10 19:15",
     {"P1": ("illness", "I", full("12-11"))}),
    # Romanian: "se pot întoarce la școală miercurea viitoare, 9 decembrie"
    ("Bună ziua, Raluca și Teodora au varicelă amândouă. Medicul zice că se pot întoarce la școală miercurea "
     "viitoare, 9 decembrie.", [Child("P1", "Raluca"), Child("P2", "Teodora")], "2026-12-01 07:30",
     {p: ("illness", "I", full("12-01", "12-02", "12-03", "12-04", "12-07", "12-08")) for p in ("P1", "P2")}),
    ("Raluca are varicelă. Se poate întoarce la școală miercuri.", [Child("P1", "Raluca")], "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01"))}),
    ("Maria are febra, azi ramane acasa. Se intoarce abia luni.", [Child("P1", "Maria")], "2026-11-24 07:20",
     {"P1": ("illness", "I", full("11-24", "11-25", "11-26"))}),
    ("Maria vine abia pe la 10, are programare la dentist", [Child("P1", "Maria")], "2026-11-24 07:41",
     {"P1": ("medical", "M", ["11-24 AM"])}),
    # Romanian: "toate trei fetele" (all three girls)
    ("Bună dimineața, toate trei fetele au viroză de aseară, nu vin la școală azi și mâine.",
     [Child("P1", "Denisa"), Child("P2", "Mara"), Child("P3", "Carla")], "2026-12-07 07:35",
     {p: ("illness", "I", full("12-07", "12-08")) for p in ("P1", "P2", "P3")}),
    # Romanian: at A&E today, told in the evening
    ("Iustin a fost azi la urgențe cu o criză de astm. E mai bine, dar doctorul a zis să stea acasă mâine și luni.",
     [Child("P1", "Iustin")], "2026-12-10 19:15", {"P1": ("illness", "I", full("12-11", "12-14"))}),
    # Romanian: "mâine oricum e zi liberă, deci ne vedem luni": tomorrow closed, back Monday
    ("Bianca are o raceala urata si tuse, nu vine azi. Maine oricum e zi libera deci ne vedem luni",
     [Child("P1", "Bianca")], "2026-11-26 07:10", {"P1": ("illness", "I", full("11-26"))}),
    # Lithuanian: at A&E today, told in the evening; back only on Monday
    ("Gabija šiandien buvo skubiosios pagalbos skyriuje dėl astmos priepuolio, rytoj liks namuose.",
     [Child("P1", "Gabija")], "2026-12-10 19:15", {"P1": ("illness", "I", full("12-11"))}),
    ("Gabija serga, šiandien liks namuose. Į mokyklą grįš tik pirmadienį.", [Child("P1", "Gabija")],
     "2026-11-24 07:20", {"P1": ("illness", "I", full("11-24", "11-25", "11-26"))}),
    # Ukrainian: an ache that came on ("розболілося вухо"), in the evening
    ("Добрий вечір! У Каті розболілося вухо, завтра вона до школи не піде, будемо лікуватися. Дякую",
     [Child("P1", "Kateryna")], "2026-11-24 20:10", {"P1": ("illness", "I", full("11-25"))}),
    ("Софія сьогодні не прийде, заболів живіт.", [Child("P1", "Sofiia")], "2026-11-24 07:10",
     {"P1": ("illness", "I", full("11-24"))}),
    # Ukrainian: a fall from a bike and a knock to the head
    ("Ілля вчора впав з велосипеда і вдарився головою, сьогодні ще болить, тому залишаємо вдома. Повернеться в "
     "понеділок.", [Child("P1", "Illia")], "2026-12-03 07:20", {"P1": ("illness", "I", full("12-03", "12-04"))}),
    # Ukrainian: in after the interview ("після неї приведу його до школи")
    ("Олег має співбесіду в sixth form college у четвер о 9:00, після неї приведу його до школи.",
     [Child("P1", "Oleh")], "2026-12-08 07:40", {"P1": ("interview", "J1", ["12-10 AM"])}),
    ("Повернеться лише в понеділок, Максим захворів.", [Child("P1", "Maksym")], "2026-11-24 07:20",
     {"P1": ("illness", "I", full("11-24", "11-25", "11-26"))}),
    ("Максим сьогодні був у лікарні в приймальному відділенні, завтра буде вдома.", [Child("P1", "Maksym")],
     "2026-12-10 19:15", {"P1": ("illness", "I", full("12-11"))}),
    # Ukrainian in Latin letters: the car won't start, in at 9:15
    ("Danylo sohodni spizniuietsia, mashyna ne zavodytsia( budemo o 9:15", [Child("P1", "Danylo")],
     "2026-12-07 08:15", {"P1": ("late", "L", ["12-07 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), CASES)
def test_m12_messages(text: str, children: list[Child], when: str, expected: dict[str, object]) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "lang", "english"), [
    # the day of return said as a farewell: plain English the rules read as a return
    ("Zosia ma gorączkę, dziś zostaje w domu. Do zobaczenia w poniedziałek.", "pl", "see you on monday"),
    ("Maria are febra, nu vine azi, ne vedem luni", "ro", "see you on monday"),
    ("Gabija serga, šiandien liks namuose. Pasimatysime pirmadienį.", "lt", "see you on monday"),
    ("Максим захворів, сьогодні вдома. Побачимось у понеділок.", "uk", "see you on monday"),
    ("Lena ma gorączkę, wróci dopiero we wtorek", "pl", "back only on tuesday"),
    ("Maria are febra. Revine la scoala doar luni.", "ro", "back only on monday"),
    ("Iustin a fost azi la urgențe.", "ro", "was at a&e today"),
])
def test_m12_canonical_english(text: str, lang: str, english: str) -> None:
    assert detect(text) == lang
    assert english in canonical(text, lang, dt.date(2026, 11, 24))
