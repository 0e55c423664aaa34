"""Batch m51/m52, Bengali (and Arabic): the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

RECORDED = [
    # bn: "বৃহস্পতিবার ১০ তারিখে আবার স্কুলে ফিরে আসবে" (comes back to school on Thursday the 10th): back then
    ("তানভীরের হাম হয়েছে। ডাক্তার বাসায় বিশ্রাম নিতে বলেছে। ও বৃহস্পতিবার ১০ তারিখে আবার স্কুলে ফিরে আসবে।",
     kids("Tanvir"), "2026-12-07 07:20", {"P1": ("illness", "I", full("12-07", "12-08", "12-09"))}),
    # bn: "সাদিয়া আর ওর বোন মিথিলা দুজনেরই কাশি" (Sadia and her sister Mithila both have a cough), both linked
    ("শুভ সকাল, সাদিয়া আর ওর বোন মিথিলা দুজনেরই কাশি, আজ ওরা স্কুলে আসবে না।", kids("Sadia", "Mithila"),
     "2026-12-08 07:30", {"P1": ("illness", "I", full("12-08")), "P2": ("illness", "I", full("12-08"))}),
    # bn: "লাঞ্চের পরে ও স্কুলে আসবে" (she comes to school after lunch): the appointment is the morning only
    ("নাবিলার আজ হাসপাতালে অ্যাপয়েন্টমেন্ট আছে, লাঞ্চের পরে ও স্কুলে আসবে।", kids("Nabila"), "2026-12-08 07:30",
     {"P1": ("medical", "M", ["12-08 AM"])}),
    # bn (romanised): "Nusrat bhalo ache, oke school e pathacchi" (Nusrat is well, I'm sending her to school)
    ("Salam, Rafi er jor, aj school e jabe na. Nusrat bhalo ache, oke school e pathacchi.", kids("Rafi", "Nusrat"),
     "2026-12-08 07:30", {"P1": ("illness", "I", full("12-08"))}),
    # bn: "ওর বোনের সমাবর্তন" (her sister's graduation): a family event; collected at one, the afternoon only
    ("আজ দুপুর একটায় আমি ফাহিমকে স্কুল থেকে নিয়ে যাব, ওর বোনের বিশ্ববিদ্যালয়ের সমাবর্তন।", kids("Fahim"),
     "2026-12-10 08:00", {"P1": ("family_event", "O", ["12-10 PM"])}),
    # bn: "হাত মচকে গেছে" (sprained her wrist): an injury
    ("খেলতে গিয়ে নুসাইবার হাত মচকে গেছে। আজ ও স্কুলে যাবে না।", kids("Nusaiba"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08"))}),
    # bn: "রাস্তা পানিতে ডুবে গেছে" (the roads are under water), "বন্যার কারণে রাস্তা বন্ধ" (roads closed by the
    # flood): a journey problem, not a flooded home
    ("রাস্তা পানিতে ডুবে গেছে, কোনো বাস চলছে না। আজ আয়ান স্কুলে আসতে পারবে না।", kids("Ayan"), "2026-12-08 07:30",
     {"P1": ("transport", "O", full("12-08"))}),
    ("বন্যার কারণে গ্রামের রাস্তা বন্ধ হয়ে গেছে। আয়ান আজ স্কুলে যেতে পারবে না।", kids("Ayan"), "2026-12-08 07:30",
     {"P1": ("transport", "O", full("12-08"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m51_bnar_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


def test_m51_bn_unlinked_sibling_named_beside_child_asks() -> None:
    # bn: "ওর ভাই তামিম" (her brother Tamim) is not linked: ask, record nothing
    result = parse("সাদিয়া আর ওর ভাই তামিম দুজনেরই বমি হচ্ছে, আজ ওরা স্কুলে যাবে না।", kids("Sadia"),
                   "2026-12-08 07:30")
    assert result.action == "clarify", result.explanation
    assert not result.reports


@pytest.mark.parametrize(("text", "children", "when"), [
    # bn: "গত সপ্তাহে ... যখন অসুস্থ ছিল" (last week, when he was ill): thanks about a past illness
    ("গত সপ্তাহে তাহসিন যখন অসুস্থ ছিল তখন শিক্ষিকা ফোন করেছিলেন, তার জন্য ধন্যবাদ। ও এখন ভালো আছে।",
     kids("Tahsin"), "2026-12-09 16:30"),
])
def test_m51_bn_thanks_are_forwarded(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "forward"
