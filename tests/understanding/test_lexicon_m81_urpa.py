"""Batches m81-m82, Urdu and Punjabi: the vocabulary and phrasing their misses showed (a child taken along because no
one can collect them, "wapsi late hogi" (we get back late), "apne time pe chhutti" (home time as usual), a child
dropped off late, dropped at school after an appointment, a grandparent in intensive care, a child who follows the
family later)."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur (romanised): "X ko bhi saath le ja rahe hain" (we are taking X along too), "usay pick karne wala koi nahi"
    # (no one to pick her up): the sibling is off too, for an unauthorised reason
    ("Bilal ki aaj hospital mein appointment hai, woh poora din school nahi aaye ga. Hiba ko bhi saath le ja rahe hain"
     " kyun ke usay pick karne wala koi nahi.", kids("Bilal", "Hiba"), "2026-12-08 07:30",
     {"P1": ("medical", "M", full("12-08")), "P2": ("unsatisfactory", "O", full("12-08"))}),
    # pa (romanised): "X nu vi naal le ke jaana paina" (X has to come along too), "school ton pick karan wala koi nahi"
    ("Jasleen di aj hospital appointment aa, poora din lag jaana. Harpreet nu vi naal le ke jaana paina kyunki school"
     " ton pick karan wala koi nahi.", kids("Jasleen", "Harpreet"), "2026-12-08 07:30",
     {"P1": ("medical", "M", full("12-08")), "P2": ("unsatisfactory", "O", full("12-08"))}),
    # ur (romanised): "wapsi late hogi" (we will get back late) is not the child arriving late
    ("Ayaan ki aaj clinic mein appointment hai, woh school nahi aaye ga. Inaya ko bhi saath le ja rahe hain kyun ke"
     " wapsi late hogi aur usay pick karne wala koi nahi.", kids("Ayaan", "Inaya"), "2026-12-08 07:30",
     {"P1": ("medical", "M", full("12-08")), "P2": ("unsatisfactory", "O", full("12-08"))}),
    # ur (romanised): "apne time pe chhutti karegi" (finishes at her usual time): that child is in as normal
    ("Salam, Omar ka aaj 2 baje doctor ka appointment hai, main usay 1 baje school se le jaungi. Aisha apne time pe"
     " chhutti karegi.", kids("Omar", "Aisha"), "2026-12-08 08:10", {"P1": ("medical", "M", ["12-08 PM"])}),
    # ur (romanised): "X ko main late drop karoongi" (I will drop X off late), "pehle Y ko doctor ke paas le ja rahi
    # hoon" (I am taking Y to the doctor first): X is late, the doctor is Y's
    ("Hamid ko raat se bukhar hai, woh aaj ghar pe rahega. Mariam ko main late drop karoongi, pehle Hamid ko doctor ke"
     " paas le ja rahi hoon, 9:40 tak.", kids("Hamid", "Mariam"), "2026-12-08 07:45",
     {"P1": ("illness", "I", full("12-08")), "P2": ("late", "U", ["12-08 AM"])}),
    # ur (romanised): "uske baad main usko school drop kar dungi" (after it I will drop him at school): the morning only
    ("AoA, Yusuf ka aaj 9 baje doctor ka appointment hai, uske baad main usko school drop kar dungi.", kids("Yusuf"),
     "2026-12-08 07:30", {"P1": ("medical", "M", ["12-08 AM"])}),
    # ur (romanised): a grandmother "ICU mein" (in intensive care) abroad: a family emergency, not a holiday
    ("Meri nani ki tabiyat bohat kharab hai aur woh ICU mein hain, hum kal Pakistan ja rahe hain. Sami kal se school"
     " nahi aayega, Monday 14 December ko wapas aayega.", kids("Sami"), "2026-12-08 20:00",
     {"P1": ("exceptional", "C", full("12-09", "12-10", "12-11"))}),
    # pa (romanised): "mummy naal baad ch aavegi" (comes later with her mum): joins the trip later, not in as normal
    ("Asi India ja rahe haan. Karan kal ton school nahi aavega. Simran apni mummy naal baad ch aavegi, oh sirf Friday"
     " nu nahi aavegi. Dono January ch wapas aaunge.", kids("Karan", "Simran"), "2026-12-15 07:25",
     {"P1": ("holiday", "G", full("12-16", "12-17", "12-18")), "P2": ("holiday", "G", full("12-18"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m81_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
