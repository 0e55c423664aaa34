"""Batches m121 and m122, Urdu, Punjabi and romanised Urdu/Punjabi: the phrasing their misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # ur: "اس کی ساڑھے تین بجے ہسپتال میں اپوائنٹمنٹ ہے، ہم اسے ایک بجے اٹھا لیں گے" (she has a hospital appointment
    # at 3:30, we will pick her up at one): in for the morning, collected before the afternoon register
    ("السلام علیکم، مریم اسکول آئے گی مگر اس کی ساڑھے تین بجے ہسپتال میں اپوائنٹمنٹ ہے، ہم اسے ایک بجے اٹھا لیں گے",
     kids("Bilal", "Maryam"), "2026-12-09 07:40", {"P2": ("medical", "M", ["12-09 PM"])}),
    # ur: "اس کی ڈینٹسٹ کی اپائنٹمنٹ ڈھائی بجے ہے" (the time after the appointment), "اسکول سے لے لوں گی" at 12:30
    ("عمر اسکول آئے گا لیکن اس کی ڈینٹسٹ کی اپائنٹمنٹ ڈھائی بجے ہے، میں اسے ساڑھے بارہ بجے اسکول سے لے لوں گی۔",
     kids("Umar"), "2026-12-02 07:50", {"P1": ("medical", "M", ["12-02 PM"])}),
    # ur: "ایک بجے لینے آؤں گی کیونکہ اس کی دو بجے ڈاکٹر کے پاس اپوائنٹمنٹ ہے" (I will come to get him at one because
    # he has a doctor's appointment at two): the collection first, the appointment after it
    ("یوسف اسکول آئے گا، میں اسے ایک بجے لینے آؤں گی کیونکہ اس کی دو بجے ڈاکٹر کے پاس اپوائنٹمنٹ ہے",
     kids("Yusuf", "Aisha"), "2026-12-15 08:00", {"P1": ("medical", "M", ["12-15 PM"])}),
    # ur: a sick child at home and "اس کی تین بجے ڈاکٹر کے پاس اپوائنٹمنٹ ہے، میں اسے ایک بجے لے لوں گی" for the other
    ("السلام علیکم، آج عائشہ کی طبیعت خراب ہے وہ گھر پر رہے گی۔ یوسف اسکول آئے گا لیکن اس کی تین بجے ڈاکٹر کے پاس"
     " اپوائنٹمنٹ ہے، میں اسے ایک بجے لے لوں گی۔", kids("Yusuf", "Aisha"), "2026-12-03 07:30",
     {"P1": ("medical", "M", ["12-03 PM"]), "P2": ("illness", "I", full("12-03"))}),
    # pa (Shahmukhi): "اوہدی تن وجے ڈاکٹر نال اپائنٹمنٹ اے، میں اوہنوں اک وجے لے لواں گی" (he has a doctor's
    # appointment at three, I will pick him up at one)
    ("ست سری اکال، ہرمن سکول آوے گا پر اوہدی تن وجے ڈاکٹر نال اپائنٹمنٹ اے، میں اوہنوں اک وجے لے لواں گی",
     kids("Harman"), "2026-12-10 07:45", {"P1": ("medical", "M", ["12-10 PM"])}),
    # roman ur: "uski teen baje doctor ke paas appointment hai, main usko ek baje school se utha lungi" ("utha lungi":
    # I will pick her up)
    ("Salam, Zara school ayegi lekin uski teen baje doctor ke paas appointment hai, main usko ek baje school se utha"
     " lungi", kids("Zara"), "2026-12-08 07:35", {"P1": ("medical", "M", ["12-08 PM"])}),
    # roman pa: "par ohdi 3 vaje dentist naal appointment ae, main ohnu 1 vaje chuk lavangi"
    ("Sat sri akal, Jasleen school aavegi par ohdi 3 vaje dentist naal appointment ae, main ohnu 1 vaje chuk lavangi",
     kids("Jasleen"), "2026-12-11 07:50", {"P1": ("medical", "M", ["12-11 PM"])}),
    # roman ur: "tonsils ka operation hua hai" (has had a tonsil operation): over, recovering at home (illness, not
    # an appointment)
    ("Salam, Ayaan ka kal tonsils ka operation hua hai, wo 3 din school nahi aayega", kids("Ayaan"),
     "2026-12-02 07:20", {"P1": ("illness", "I", full("12-02", "12-03", "12-04"))}),
    # roman pa: "di surgery hoi ae" (has had surgery), off this week
    ("Gurpreet di surgery hoi ae, oh is hafte school nahi aavega", kids("Gurpreet"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09", "12-10", "12-11"))}),
    # ur: "کا آپریشن ہوا ہے" (has had an operation), "آج سے تین دن" (three days from today)
    ("بلال کا ٹانسلز کا آپریشن ہوا ہے، ڈاکٹر نے تین دن آرام کا کہا ہے۔ وہ آج سے تین دن اسکول نہیں آئے گا",
     kids("Bilal"), "2026-12-14 07:30", {"P1": ("illness", "I", full("12-14", "12-15", "12-16"))}),
    # ur: "کی سرجری ہو گئی ہے" (has had surgery), until Friday
    ("مریم کی سرجری ہو گئی ہے، وہ جمعہ تک اسکول نہیں آئے گی", kids("Maryam"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08", "12-09", "12-10"))}),
    # pa (Shahmukhi): "دا اپریشن ہویا اے" (has had an operation), off this week
    ("علی دا اپریشن ہویا اے، اوہ ایس ہفتے سکول نئیں آوے گا", kids("Ali"), "2026-12-16 07:30",
     {"P1": ("illness", "I", full("12-16", "12-17", "12-18"))}),
]

NOT_RECORDED = [
    # ur: "میں اسے سوا تین بجے لے لوں گی" (I will pick him up at 3:15): home time, nothing missed
    ("بلال اسکول آئے گا، میں اسے سوا تین بجے لے لوں گی", kids("Bilal"), "2026-12-09 07:30", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m121_urpa_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m121_urpa_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
