"""Batch m107, Bengali and Arabic (script and Latin letters): the vocabulary and phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # bn: "ইনশাল্লাহ" (God willing) between the day and "আসবে": back on that day, so "পর্যন্ত" keeps the day before it
    ("আয়ানের খুব জ্বর, আজ থেকে বৃহস্পতিবার পর্যন্ত স্কুলে আসবে না, শুক্রবার ইনশাল্লাহ আসবে।", kids("Ayaan"),
     "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09", "12-10"))}),
    # bn: "ইন শা আল্লাহ" written apart
    ("মারিয়ার সর্দি জ্বর, মঙ্গলবার পর্যন্ত বাসায় থাকবে, বুধবার ইন শা আল্লাহ আসবে।", kids("Maria"),
     "2026-12-07 07:45",
     {"P1": ("illness", "I", full("12-07", "12-08"))}),
    # bn romanised: "sheshe oke school e diye jabo, 11tar moddhe": in after the appointment, the morning only
    ("Aj Nabil er dentist appointment 9:30 e, sheshe oke school e diye jabo, 11tar moddhe.", kids("Nabil"),
     "2026-12-08 07:20",
     {"P1": ("medical", "M", ["12-08 AM"])}),
    # bn romanised: "doctor dekhiye school e niye ashbo": in after seeing the doctor
    ("Kalke Sumaiya ke GP te niye jabo 9 tay, doctor dekhiye school e niye ashbo.", kids("Sumaiya"),
     "2026-12-08 19:00",
     {"P1": ("medical", "M", ["12-09 AM"])}),
    # bn romanised: "akika" (an aqiqah, a baby's naming ceremony): a family event
    ("Kal Tasnim school e ashbe na, amader baby cousin er akika ache.", kids("Tasnim"), "2026-12-09 18:30",
     {"P1": ("family_event", "O", full("12-10"))}),
    # bn: "আকিকার অনুষ্ঠান" (the aqiqah ceremony)
    ("আগামীকাল নুসরাত স্কুলে আসবে না, ওর চাচাতো ভাইয়ের আকিকার অনুষ্ঠান।", kids("Nusrat"), "2026-12-09 18:30",
     {"P1": ("family_event", "O", full("12-10"))}),
    # ar: "لازم يهتم بأخته الصغيرة" (he has to look after his little sister): kept home for a sibling
    ("صباح الخير، آدم رح يضل بالبيت اليوم لأنه لازم يهتم بأخته الصغيرة، أبوه مسافر.", kids("Adam"),
     "2026-12-09 07:40",
     {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # ar: "تاخد بالها من أخوها" (to take care of her brother), the mother's own appointment named too
    ("ريم ما رح تيجي اليوم، لازم تاخد بالها من أخوها، أنا عندي موعد عند الدكتور.", kids("Reem"),
     "2026-12-09 07:35",
     {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # ar-latn: "lazem tdir balha 3ala a5ouha el zgheer" (she has to look after her little brother)
    ("Sabah el 5eir, Yara ma ra7 tiji el yom, lazem tdir balha 3ala a5ouha el zgheer.", kids("Yara"),
     "2026-12-09 07:30",
     {"P1": ("unsatisfactory", "O", full("12-09"))}),
]

NOT_RECORDED = [
    # ar: "لسه ما حددوا الموعد" (they haven't fixed the appointment yet): a single event next week, no day
    ("ابنتي ليان عندها موعد عند دكتور الأسنان الأسبوع الجاي، بس لسه ما حددوا الموعد.", kids("Layan"),
     "2026-12-03 16:00", "clarify"),
    # ar: "ولم يتم تحديد اليوم بعد" (and the day has not been set yet), not "today"
    ("عمر لديه عملية في المستشفى الأسبوع القادم ولم يتم تحديد اليوم بعد.", kids("Omar"), "2026-12-03 16:30",
     "clarify"),
    # ar-latn: "ba3ed ma a3tuna el maw3ad" (they haven't given us the appointment yet)
    ("Marhaba, Omar 3ando 3amaliye bel mustashfa el esbou3 el jeye, ba3ed ma a3tuna el maw3ad.", kids("Omar"),
     "2026-12-03 16:30", "clarify"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m107_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m107_bnar_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
