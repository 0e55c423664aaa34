"""Batches m102 and m103, Bengali (script and Banglish) and Arabic (script and Arabizi): the vocabulary and phrasing
their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn: "সামিহারও" (Samiha too): "ও" (too) written onto the genitive of the name
    ("আসসালামু আলাইকুম, কাল আমার ভাইয়ের বিয়ে, তাই রাফি কাল স্কুলে আসবে না। সামিহারও কাল কলেজে ইন্টারভিউ আছে, "
     "সেও আসবে না।", kids("Samiha", "Rafi"), "2026-11-25 19:50",
     {"P1": ("interview", "J1", full("11-26")), "P2": ("family_event", "O", full("11-26"))}),
    # bn: "শুক্রবার পর্যন্ত বাসায় রাখতে, শুক্রবারও আসবে না": keep him home until Friday, and Friday too (included)
    ("শুভ সকাল, মাহিরের জ্বর হয়েছে, ডাক্তার বলেছে শুক্রবার পর্যন্ত বাসায় রাখতে, শুক্রবারও আসবে না।", kids("Mahir"),
     "2026-12-02 07:15",
     {"P1": ("illness", "I", full("12-02", "12-03", "12-04"))}),
    # bn: "১১ আর ১৪ তারিখে": on the 11th and the 14th (two days of the month before one "তারিখ")
    ("আসসালামু আলাইকুম, আমার বোনের বিয়ে, তাই ইশরাত ১১ আর ১৪ তারিখে স্কুলে আসবে না। ধন্যবাদ", kids("Ishrat"),
     "2026-12-09 18:30",
     {"P1": ("family_event", "O", full("12-11", "12-14"))}),
    # Banglish: "term sesh porjonto": until the end of term
    ("Salam, amra Bangladesh jacchi nanur bari. Arif 9/12 theke term sesh porjonto school e ashbe na.", kids("Arif"),
     "2026-11-26 19:00",
     {"P1": ("holiday", "G", full("12-09", "12-10", "12-11", "12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # Banglish: "choto bhai ta sick" (the little brother is ill: she stays home), "Kal inshallah ashbe" (back tomorrow)
    ("Assalamualaikum miss, aj Sadia ke school e pathate parlam na, choto bhai ta sick, ami eka. Kal inshallah ashbe.",
     kids("Sadia"), "2026-12-02 08:30",
     {"P1": ("unsatisfactory", "O", full("12-02"))}),
    # ar: "رح يجي مع أبوه حوالي الساعة عشرة": he will come with his father at about ten (late, after the register)
    ("مرحبا، السيارة خربت عالطريق. يمان رح يجي مع أبوه حوالي الساعة عشرة. آسفين", kids("Yaman"), "2026-11-25 08:35",
     {"P1": ("late", "U", ["11-25 AM"])}),
    # ar: Iraqi "عدها" (she has), "راح توصل للمدرسة بحدود الساعة عشرة ونص": in at about half past ten (to school, not
    # "to the teacher")
    ("صباح الخير، زهراء عدها موعد طبيب أسنان الساعة ٩، راح توصل للمدرسة بحدود الساعة عشرة ونص", kids("Zahraa"),
     "2026-12-03 07:20",
     {"P1": ("medical", "M", ["12-03 AM"])}),
    # ar: "المواعيد دايماً بتتأخر" (appointments always run late, not a late arrival), "هذاك اليوم كله" (that whole day)
    ("مساء الخير، رانيا عندها موعد في المستشفى يوم 1/12 الساعة 11 الصبح، والمواعيد دايماً بتتأخر، فما رح تقدر تيجي "
     "المدرسة هذاك اليوم كله.", kids("Rania"), "2026-11-25 18:00",
     {"P1": ("medical", "M", full("12-01"))}),
    # ar: "الشقة اللي فوقنا" (the flat that is above us): "اللي" (who, which) is not the name Ali
    ("السلام عليكم، صار عنا تسريب مي بالليل من الشقة اللي فوقنا والبيت كله غرقان. علي وفاطمة ما رح يقدروا ييجوا "
     "اليوم. آسفين", kids("Ali", "Fatima"), "2026-12-07 07:40",
     {"P1": ("exceptional", "C", full("12-07")), "P2": ("exceptional", "C", full("12-07"))}),
    # ar: "بعرف إنه آخر أسبوع قبل العطلة" (I know it's the last week before the holidays): an apology, not the days away
    ("صباح الخير، بعد بكرا عرس أخوي. مريم ما رح تكون بالمدرسة يوم الأربعاء. بعرف إنه آخر أسبوع قبل العطلة، سامحونا",
     kids("Mariam"), "2026-12-14 07:30",
     {"P1": ("family_event", "O", full("12-16"))}),
    # ar: "عرس خالة الأولاد" (the children's aunt's wedding): a relative of theirs, not every child
    ("مساء الخير، بكرا عرس خالة الأولاد، سامي ما رح يجي عالمدرسة بكرا.", kids("Sami", "Adam"), "2026-12-09 20:05",
     {"P1": ("family_event", "O", full("12-10"))}),
    # arabizi: "ana lazem rou7 ma3 Taim 3al GP" (I have to go with Taim to the GP), "ma fi 7ada ywasselha" (no one to
    # take her to school): the sibling kept home is unsatisfactory, the ill one illness
    ("Sabah el 5er, Taim 3ando s5oune, ma ra7 yiji lyom. Layan mnee7a bas ana lazem rou7 ma3 Taim 3al GP w ma fi 7ada "
     "ywasselha, fa hiye kamen ma ra7 tiji lyom.", kids("Layan", "Taim"), "2026-12-07 07:10",
     {"P1": ("unsatisfactory", "O", full("12-07")), "P2": ("illness", "I", full("12-07"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m102_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
