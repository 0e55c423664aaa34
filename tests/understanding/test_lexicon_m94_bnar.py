"""Batch m94, Bengali (script, romanised, Sylheti) and Arabic (script and Arabizi): the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn (romanised): "amader sathe jabe" (comes with us) is the child away; "school e jabe" (goes to school) is in
    ("Salam. Amar nana aaj shokale mara gechen, bikele janaza. Sami amader sathe jabe, Rima school e jabe.",
     kids("Sami", "Rima"), "2026-12-03 07:10",
     {"P1": ("exceptional", "C", full("12-03"))}),
    # bn: "হাতে প্লাস্টার করা হয়েছে" (his arm is in plaster), "বাসায় বিশ্রাম নিতে বলেছে" (told to rest at home)
    ("নাবিলের হাতে প্লাস্টার করা হয়েছে, ডাক্তার তিন দিন বাসায় বিশ্রাম নিতে বলেছে।", kids("Nabil"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09"))}),
    # bn (romanised): "Rima ke 9:40 e drop korbo" (I'll drop Rima at 9:40): in at that time, after the close
    ("Sami aj ashbe na, or jor. Rima ke 9:40 e drop korbo.", kids("Sami", "Rima"), "2026-12-07 08:20",
     {"P1": ("illness", "I", full("12-07")), "P2": ("late", "U", ["12-07 AM"])}),
    # bn (Sylheti): "Sami re bari te rakhsi Rima re dekhar lagi" (kept home to look after his sister), "jaito pariba
    # na" (can't go), "Kalke duijon aibo" (both come tomorrow: today only)
    ("Salam, Rima er jor, aj ishkul jaito pariba na. Sami re bari te rakhsi Rima re dekhar lagi. Kalke duijon aibo",
     kids("Rima", "Sami"), "2026-12-08 07:40",
     {"P1": ("illness", "I", full("12-08")), "P2": ("unsatisfactory", "O", full("12-08"))}),
    # ar (Arabizi): "ra7 tiji 3al madrase ba3d shwaya" (comes to school in a little while): late, before the close
    ("salam miss, yasmin ra7 tiji 3al madrase ba3d shwaya, ta2riban 9:05", kids("Yasmin"), "2026-12-02 08:45",
     {"P1": ("late", "L", ["12-02 AM"])}),
    # ar: "حصل حريق في مطبخنا" (a fire in our kitchen), "لكننا نقيم عند أقاربنا" (but we are staying with relatives)
    ("السلام عليكم، حصل حريق في مطبخنا ليلة أمس والحمد لله الجميع بخير، لكننا نقيم عند أقاربنا. سارة لن تحضر اليوم.",
     kids("Sara"), "2026-12-03 07:00",
     {"P1": ("exceptional", "C", full("12-03"))}),
    # ar: "رح أجي آخذ ريم" (I'll come to take Reem) before the afternoon register; "يبقى لآخر الدوام" (stays all day)
    ("مرحبا، رح أجي آخذ ريم الساعة ١٢:٣٠ عندها موعد أسنان. عمر يبقى لآخر الدوام.", kids("Reem", "Omar"),
     "2026-12-04 10:00",
     {"P1": ("medical", "M", ["12-04 PM"])}),
    # ar (Egyptian): "وهياخد اليوم كله" (and it will take all day): the whole day, not the morning only
    ("مساء الخير، يوسف عنده امتحان قبول في مدرسة تانية بكرة، وهياخد اليوم كله.", kids("Yousef"), "2026-12-08 19:00",
     {"P1": ("interview", "J1", full("12-09"))}),
]

NOT_RECORDED = [
    # bn (romanised): "PE kit ta bari te rekhe geche" is a thing left at home, "kal niye ashbe" brings it tomorrow
    ("Salam, Nabila er PE kit ta bari te rekhe geche, kal niye ashbe. Dhonnobad", kids("Nabila"), "2026-12-02 16:00",
     "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m94_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m94_bnar_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
