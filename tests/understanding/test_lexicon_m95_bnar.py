"""Batches m95 and m96, Bengali (script and romanised), Arabic and Arabizi: the vocabulary and phrasing their misses
showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn: "১:১৫ এ ওকে নিয়ে যাবো" (I'll take him at 1:15, "এ" written apart from the time): collected before the
    # afternoon register for the dentist, PM only
    ("রাইয়ানের পেট খারাপ, আজ স্কুলে যাবে না। ইমন যাবে, কিন্তু ১২:৩০ এ ওকে নিয়ে যাবো, ডেন্টিস্টের অ্যাপয়েন্টমেন্ট আছে।",
     kids("Rayan", "Imon"), "2026-12-02 07:45",
     {"P1": ("illness", "I", full("12-02")), "P2": ("medical", "M", ["12-02 PM"])}),
    # bn: "আমি ১টায় এসে নিয়ে যাবো" (I'll come at one and take her): a collection before the afternoon register
    ("নাদিয়ার খুব মাথা ব্যথা করছে, স্কুল থেকে ফোন এসেছিল। আমি ১টায় এসে নিয়ে যাবো।", kids("Nadia"), "2026-12-03 11:20",
     {"P1": ("illness", "I", ["12-03 PM"])}),
    # bn (romanised): "X er pete khub betha" (X has a bad stomach ache): illness, the ache named by where it is
    ("Salam, Arif er pete khub betha, aj school e jabe na.", kids("Arif"), "2026-12-01 07:10",
     {"P1": ("illness", "I", full("12-01"))}),
    # bn (romanised): "Tania aj jabe, kal sokal ... or dentist, tarpor school e dibo" (in today; tomorrow morning the
    # dentist, then I'll drop her at school): M for tomorrow's AM only, the sister with a sore throat off today
    ("Rupa r gola betha, aj jabe na. Tania aj jabe, kal sokal 9:15 e or dentist, tarpor school e dibo.",
     kids("Rupa", "Tania"), "2026-12-08 07:35",
     {"P1": ("illness", "I", full("12-08")), "P2": ("medical", "M", ["12-09 AM"])}),
    # bn (romanised): "ami bachader niye hospital e jacchi" (I'm taking the children with me to the hospital) after a
    # parent is admitted: a family emergency for all of them
    ("Salam, amar abbu ke raate hospital e admit korse, ami bachader niye hospital e jacchi. Samir ar Lina aj school e "
     "jabe na", kids("Samir", "Lina"), "2026-12-04 07:50",
     {"P1": ("exceptional", "C", full("12-04")), "P2": ("exceptional", "C", full("12-04"))}),
    # bn (romanised): "shamner shoptah ... Monday theke Friday" (next week, Monday to Friday)
    ("Amra shamner shoptah Bangladesh e dadur bari jacchi, Monday theke Friday Nabil school e ashbe na",
     kids("Nabil"), "2026-12-02 18:30",
     {"P1": ("holiday", "G", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
    # bn: "আজ আসবে, কিন্তু কাল আসবে না, হাসপাতালে এক্স-রে" (in today, not tomorrow: an X-ray at the hospital)
    ("রিমা আজ আসবে, কিন্তু কাল আসবে না, হাসপাতালে ওর এক্স-রে আর ডাক্তার দেখানো, সারাদিন লাগবে।", kids("Rima"),
     "2026-12-07 07:30", {"P1": ("medical", "M", full("12-08"))}),
    # bn: "X-কে এখন নিয়ে আসছি, ১৫ মিনিটে পৌঁছাবো" (bringing X now, there in 15 minutes): late after the register
    # closes; "আজ আর আসবে না" (won't come in today at all) for the other, tired
    ("দুঃখিত, আমরা সবাই দেরিতে ঘুম থেকে উঠেছি। সাকিবকে এখন নিয়ে আসছি, ১৫ মিনিটে পৌঁছাবো। নাবিলা আজ আর আসবে না, ও খুব ক্লান্ত।",
     kids("Sakib", "Nabila"), "2026-12-10 09:20",
     {"P1": ("late", "U", ["12-10 AM"]), "P2": ("unsatisfactory", "O", full("12-10"))}),
    # ar (Arabizi): "el sayyara 3atlaneh" (the car has broken down): the one left at home misses the day through
    # transport
    ("salam, el sayyara 3atlaneh lyom. Yara ra7 tdall bel beit, ma fi 7ada ywasselha.", kids("Yara"),
     "2026-12-02 08:10", {"P1": ("transport", "O", full("12-02"))}),
    # ar (Arabizi): "wesslo hala2 3al madrase el sa3a 9:45" (have just got to school at 9:45): late, after the close
    ("salam, asfe ktir, Omar w Karim wesslo hala2 3al madrase, el sa3a 9:45, kan fi za7me", kids("Omar", "Karim"),
     "2026-12-03 09:50", {"P1": ("late", "U", ["12-03 AM"]), "P2": ("late", "U", ["12-03 AM"])}),
    # ar (Darija): "jjem3a" (Friday, the article run into the day)
    ("salam, ghadi nmchiw l lmaghrib, Adam ma ghadi ijich lkhmis w jjem3a", kids("Adam"), "2026-12-07 08:00",
     {"P1": ("holiday", "G", full("12-10", "12-11"))}),
    # ar: "من الربو" (from his asthma), "ما نام طول الليل" (didn't sleep all night); "جاية اليوم، بس" (in today, but)
    # and "بالعيادة" (at the clinic) for the other's appointment with a return
    ("يوسف ما نام طول الليل من الربو، رح يضل بالبيت اليوم. لينا جاية اليوم، بس بكرا عندها تطعيم الساعة ١٠ بالعيادة "
     "وبجيبها بعده.", kids("Yusuf", "Lina"), "2026-12-01 07:40",
     {"P1": ("illness", "I", full("12-01")), "P2": ("medical", "M", ["12-02 AM"])}),
    # ar (Gulf): "العيال الثلاثة" (all three children), "ما راح يجون ... لين يوم الخميس" (won't come until Thursday)
    ("العيال الثلاثة عندهم حرارة وكحة قوية، ما راح يجون المدرسة لين يوم الخميس", kids("Ali", "Sara", "Huda"),
     "2026-12-08 07:15",
     {"P1": ("illness", "I", full("12-08", "12-09")), "P2": ("illness", "I", full("12-08", "12-09")),
      "P3": ("illness", "I", full("12-08", "12-09"))}),
    # ar: "راح نحاول بكرة" (we'll try tomorrow): tomorrow undecided, today only
    ("سامي اليوم تعبان وعنده قلق من المدرسة، ما رح يجي. راح نحاول بكرة", kids("Sami"), "2026-12-10 07:25",
     {"P1": ("illness", "I", full("12-10"))}),
    # ar: "بحكيلكم السبب بعدين" (I'll tell you the reason later): no reason yet, N
    ("صباح النور، ريم مش رح تيجي اليوم، بحكيلكم السبب بعدين", kids("Reem"), "2026-12-09 07:45",
     {"P1": ("unknown", "N", full("12-09"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m95_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
