"""Batches m34 and m35, Urdu, Punjabi, Bengali and Arabic: the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur: "معمول کے مطابق آئے گی" (comes in as normal)
    ("زینب کو بخار ہے، آج اسکول نہیں آئے گی۔ بلال معمول کے مطابق آئے گا۔", kids("Zainab", "Bilal"),
     "2026-12-02 07:30", {"P1": ("illness", "I", full("12-02"))}),
    # ur: "بعد میں فون کر کے بتا دوں گا" (I will call later: no cause given)
    ("علی آج اسکول نہیں آئے گا، میں بعد میں فون کر کے بتا دوں گا۔", kids("Ali"), "2026-12-02 07:30",
     {"P1": ("unknown", "N", full("12-02"))}),
    # ur: "جمعرات 10 دسمبر کو واپس آئے گا" (back on Thursday 10 December: the weekday before the date)
    ("احمد کی طبیعت خراب ہے، آج سے اسکول نہیں آئے گا، جمعرات 10 دسمبر کو واپس آئے گا۔", kids("Ahmed"),
     "2026-12-07 07:30", {"P1": ("illness", "I", full("12-07", "12-08", "12-09"))}),
    # ur: "ہفتے کے باقی دن" (the rest of the week); "میری" (my) is not a name; "اگلے پیر" (next Monday)
    ("میری امی کا انتقال ہو گیا ہے۔ عمر اور سارہ ہفتے کے باقی دن نہیں آئیں گے، اگلے پیر کو واپس آئیں گے۔",
     kids("Omar", "Sarah"), "2026-12-09 07:00",
     {"P1": ("exceptional", "C", full("12-09", "12-10", "12-11")),
      "P2": ("exceptional", "C", full("12-09", "12-10", "12-11"))}),
    # ur (romanised): "appointment ke baad wo lunch se pehle school aa jayega" (in after the appointment)
    ("Bilal ka aaj 9:30 pe dentist appointment hai, appointment ke baad wo lunch se pehle school aa jayega.",
     kids("Bilal"), "2026-12-02 07:30", {"P1": ("medical", "M", ["12-02 AM"])}),
    # ur (romanised): "wiladat", "imambargah", "majlis": a religious observance
    ("Kal Imam ki wiladat hai, imambargah mein majlis hai, Zehra kal school nahi aayegi.", kids("Zehra"),
     "2026-12-02 18:00", {"P1": ("religious", "R", full("12-03"))}),
    # pa (romanised): "childminder bimar hai" (the childminder is ill, not the child); "chhote baby nu sambhaalan
    # layi" (to mind the baby)
    ("Childminder bimar hai, is layi Gurleen nu ghar rakhna pai reha chhote baby nu sambhaalan layi. Aj school nahi"
     " aaugi.", kids("Gurleen"), "2026-12-02 08:00", {"P1": ("unsatisfactory", "O", full("12-02"))}),
    # pa (romanised): "morning ch school nahi aavega" (not in in the morning)
    ("Arjun da Thursday nu college vich interview hai 10 vaje, morning ch school nahi aavega, lunch ton baad aa"
     " jaavega", kids("Arjun"), "2026-12-01 07:30", {"P1": ("interview", "J1", ["12-03 AM"])}),
    # pa (romanised): "te X nu school chhadan wala koi nahi" (and no one to take X to school): that child's reason
    ("Simran nu ulti aa rahi hai, main ohde naal ghar rehna hai te Jasleen nu school chhadan wala koi nahi, is layi"
     " dono aj ghar ne.", kids("Simran", "Jasleen"), "2026-12-02 07:30",
     {"P1": ("illness", "I", full("12-02")), "P2": ("unsatisfactory", "O", full("12-02"))}),
    # pa: "12:30 ਤੇ ਸਕੂਲੋਂ ਲੈ ਜਾਵਾਂਗੀ" (collect her from school at 12:30)
    ("ਹਰਲੀਨ ਦੀ ਅੱਜ 2 ਵਜੇ ਡਾਕਟਰ ਨਾਲ appointment ਹੈ, ਮੈਂ ਉਸਨੂੰ 12:30 ਤੇ ਸਕੂਲੋਂ ਲੈ ਜਾਵਾਂਗੀ।", kids("Harleen"),
     "2026-12-02 07:40", {"P1": ("medical", "M", ["12-02 PM"])}),
    # pa: "14 ਦਸੰਬਰ ਤੋਂ ਛੁੱਟੀਆਂ ਤੱਕ" (from the 14th until the holidays)
    ("ਅਸੀਂ ਇੰਡੀਆ ਜਾ ਰਹੇ ਹਾਂ। ਜਸਕਰਨ 14 ਦਸੰਬਰ ਤੋਂ ਛੁੱਟੀਆਂ ਤੱਕ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗਾ।", kids("Jaskaran"),
     "2026-12-02 20:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # pa: "ਅੱਜ ਸ਼ਾਮ ਤੋਂ" (since this evening: not a day off today)
    ("ਨਵਜੋਤ ਨੂੰ ਅੱਜ ਸ਼ਾਮ ਤੋਂ ਬੁਖ਼ਾਰ ਹੈ। ਉਹ ਸੋਮਵਾਰ ਨੂੰ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗਾ।", kids("Navjot"), "2026-12-11 17:30",
     {"P1": ("illness", "I", full("12-14"))}),
    # bn (romanised): "normal thakbe" (there as normal); "ekta check up" (a check-up)
    ("Rina er aj hospital e ekta check up ase 2.00 e, ami 12.30 e school theke niye jabo. Rafi normal thakbe.",
     kids("Rina", "Rafi"), "2026-12-08 08:00", {"P1": ("medical", "M", ["12-08 PM"])}),
    # bn (romanised): "kichu din" (a few days); "abar next Monday school e ashbe" (back next Monday)
    ("Tania r jor hoyeche, doctor bolse kichu din basay thakte. O abar next Monday school e ashbe.", kids("Tania"),
     "2026-12-09 07:30", {"P1": ("illness", "I", full("12-09", "12-10", "12-11"))}),
    # bn: "পরে কল দিয়ে জানাবো" (I will call later: no cause given)
    ("আসসালামু আলাইকুম মিস, রাফি আজকে স্কুলে আসতে পারবে না। পরে কল দিয়ে জানাবো। ধন্যবাদ", kids("Rafi"),
     "2026-12-10 08:00", {"P1": ("unknown", "N", full("12-10"))}),
    # ar: "حتى عطلة الميلاد" (until the Christmas holidays)
    ("سيغيب يوسف عن المدرسة من يوم الأربعاء ١٦ ديسمبر حتى عطلة الميلاد لأننا مسافرين.", kids("Yousef"),
     "2026-12-02 20:00", {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # ar: "جدري الماية" (chickenpox)
    ("ليلى عندها جدري الماية والدكتور قال تقعد في البيت باقي الأسبوع.", kids("Layla"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09", "12-10", "12-11"))}),
    # ar: "رح يوصل ع المدرسة بعد الضهر" (in after midday)
    ("بكرا عنده موعد عند طبيب الأسنان الصبح، فآدم رح يوصل ع المدرسة بعد الضهر.", kids("Adam"), "2026-12-02 19:00",
     {"P1": ("medical", "M", ["12-03 AM"])}),
    # ar (romanised): "akhadnah 3al hospital" (we took him to hospital: an emergency); "ma fi 7ada yjib el wlad" (no
    # one to take the children)
    ("Sido ta3ban w akhadnah 3al hospital bel lel, ma fi 7ada yjib el wlad. El wlad mish jayin el yom.",
     kids("Omar", "Lina"), "2026-12-01 07:45",
     {"P1": ("exceptional", "C", full("12-01")), "P2": ("exceptional", "C", full("12-01"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m34_south_asian_ar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
