"""Batch m37, Arabic, Bengali and Urdu: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full
from understanding.types import Child


def kids(*names: str) -> list[Child]:
    return [Child(f"P{i + 1}", name) for i, name in enumerate(names)]


RECORDED = [
    # ar: "نعتذر عن الإشعار المتأخر" (sorry for the late notice): not a late arrival; "لحضور العزاء" (to attend the
    # condolences), "ونحن" (and we)
    ("السلام عليكم، توفيت جدة الأولاد في مصر ونحن مسافرون اليوم لحضور العزاء. سارة لن تحضر إلى المدرسة اليوم وغداً. "
     "نعتذر عن الإشعار المتأخر.", kids("Sara"), "2026-12-02 07:20",
     {"P1": ("exceptional", "C", full("12-02", "12-03"))}),
    # ar: "أدخل ... إلى المستشفى" (was admitted to hospital): illness, not a hospital appointment
    ("صباح الخير، أدخلت ليلى إلى المستشفى أمس بسبب التهاب رئوي، ولن تأتي إلى المدرسة اليوم.", kids("Layla"),
     "2026-12-08 07:40", {"P1": ("illness", "I", full("12-08"))}),
    # ar: "نود إبلاغكم أننا" (we want to let you know that we), "في العطلة" (in the holidays), "نعتذر ونتمنى لكم"
    # (we apologise and wish you)
    ("مساء الخير، نود إبلاغكم أننا مسافرون إلى المغرب لزيارة الأهل في العطلة. لن يحضر يوسف إلى المدرسة من الأربعاء "
     "16 ديسمبر حتى نهاية الفصل. نعتذر ونتمنى لكم عطلة سعيدة.", kids("Youssef"), "2026-12-14 18:00",
     {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # ar: "تعبان لأنو رجعنا متأخر من عرس" (tired because we got home late from a wedding): tired, not ill or late
    ("مرحبا، سلمى تعبانة كتير لأنو رجعنا متأخر من عرس ابن عمها، رح تضل بالبيت اليوم.", kids("Salma"),
     "2026-12-07 07:10", {"P1": ("unsatisfactory", "O", full("12-07"))}),
    # bn (romanised): "14 December Monday theke abar ashbe" (back on Monday 14 December): the weekday only names
    # the date
    ("Assalamualaikum, amar nani mara gechen, amra Bangladesh e jachhi janazar jonno. Rafi 3 December theke school "
     "e ashbe na, 7 December Monday theke abar ashbe.", kids("Rafi"), "2026-12-02 19:00",
     {"P1": ("exceptional", "C", full("12-03", "12-04"))}),
    # bn (romanised): "amar ekta appointment ache" (I have an appointment), "choto bon ke dekhar keu nai" (no one
    # to look after the little sister): kept home for the family's reasons
    ("Salam, aaj Nabila school e ashbe na, amar ekta appointment ache ar choto bon ke dekhar keu nai. Sorry",
     kids("Nabila"), "2026-12-09 07:50", {"P1": ("unsatisfactory", "O", full("12-09"))}),
    # bn: "নানুর বাড়ি যাচ্ছি" (going to grandma's house), "টার্ম শেষ হওয়া পর্যন্ত" (until the end of term)
    ("আমরা পরশু ভারতে দাদুর বাড়ি যাচ্ছি, তাই আরিয়ান বুধবার থেকে টার্ম শেষ হওয়া পর্যন্ত স্কুলে আসবে না।",
     kids("Ariyan"), "2026-12-14 07:30", {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # ur: "آگ لگ گئی" (a fire broke out): a house fire; "الحمدللہ سب خیریت سے ہیں" (thank God everyone is fine),
    # "رشتہ داروں کے پاس ٹھہرے ہوئے ہیں" (staying with relatives)
    ("السلام علیکم، میرے گھر میں رات آگ لگ گئی۔ الحمدللہ سب خیریت سے ہیں لیکن ہم رشتہ داروں کے پاس ٹھہرے ہوئے ہیں۔ "
     "زینب آج اسکول نہیں آئے گی۔", kids("Zainab"), "2026-12-08 07:35", {"P1": ("exceptional", "C", full("12-08"))}),
    # roman ur: "ghar mein aag lag gayi" (a fire at home): a house fire
    ("AoA, kal raat ghar mein aag lag gayi thi, sab theek hain. Hamza aaj school nahi aayega.", kids("Hamza"),
     "2026-12-08 07:35", {"P1": ("exceptional", "C", full("12-08"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m37_south_asian_ar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
