"""Arabic in Latin letters ("Arabizi"): detection and the lexicon in understanding/lexicons/arabizi.py."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, parse
from understanding import canon
from understanding.types import Child

OMAR, LINA, ALI, SARA = Child("P1", "Omar"), Child("P1", "Lina"), Child("P1", "Ali"), Child("P2", "Sara")

CASES = [
    # message, children, when, expected {pupil: (reason, code, sessions)}
    # illness: fever, cold, cough, flu, stomach, vomiting, with digit letters and with their letter spellings
    ("sabah el 5eir, Omar 3ando 7arara w mish ra7 yiji 3al madrase el yom", [OMAR], "2026-11-23 07:30",
     {"P1": ("illness", "I", full("11-23"))}),
    ("marhaba miss, Lina 3anda sokhne mn mbare7 bel lel, ma ra7 teje lyom w bukra. shukran", [LINA],
     "2026-11-23 07:30", {"P1": ("illness", "I", full("11-23", "11-24"))}),
    ("salam, ibni ta3ban ktir, 3am yestafre3 mn el sob7, ra7 yidall bil bet el yom", [Child("P1", "Yusuf")],
     "2026-11-24 07:30", {"P1": ("illness", "I", full("11-24"))}),
    ("binti 3anda rash7 w kosa, ra7 tib2a bel bet lyom", [Child("P1", "Maya")], "2026-11-24 07:30",
     {"P1": ("illness", "I", full("11-24"))}),
    ("hi miss, Karim 3ando wja3 batn w is-hal, mish ra7 yrou7 3al madrase el yom", [Child("P1", "Karim")],
     "2026-11-24 07:40", {"P1": ("illness", "I", full("11-24"))}),
    ("salam, el wlad el tnein ta3banin, 3andon enflowanza, mish ra7 yeju el yom", [ALI, SARA], "2026-11-24 07:30",
     {"P1": ("illness", "I", full("11-24")), "P2": ("illness", "I", full("11-24"))}),
    ("sabah el kheir, Adam tele3 ma3o covid, ra7 yib2a bel bet la mddet 3 iyyam", [Child("P1", "Adam")],
     "2026-11-24 07:30", {"P1": ("illness", "I", full("11-24", "11-25", "11-26"))}),
    ("aando harara w ra7 yb2a bil bait el yom", [Child("P1", "Zain")], "2026-11-24 07:30",
     {"P1": ("illness", "I", full("11-24"))}),
    ("mariam bet2ayya kil el lel w 3anda harara 3alye, ma ra7 teje el yom", [Child("P1", "Mariam")],
     "2026-11-25 07:10", {"P1": ("illness", "I", full("11-25"))}),
    ("Rami ta3ban w bitrajji3, mish ra7 yiji el yom w bukra kamen", [Child("P1", "Rami")], "2026-11-23 07:20",
     {"P1": ("illness", "I", full("11-23", "11-24"))}),
    ("Rayan 3ando wja3 ras w dawkha, ra7 yib2a bel bet el yom w bukra", [Child("P1", "Rayan")], "2026-11-23 07:30",
     {"P1": ("illness", "I", full("11-23", "11-24"))}),
    ("salam, Jana 3anda 7asbe, ra7 tghib hal esbo3", [Child("P1", "Jana")], "2026-11-24 07:30",
     {"P1": ("illness", "I", full("11-24", "11-25", "11-26"))}),
    ("ma fi madrase la Adam el yom, 3ando kosa w rash7", [Child("P1", "Adam")], "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01"))}),
    ("el tnein 3andon enflowanza, ra7 yib2o bel bet el yom w bukra", [ALI, SARA], "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01", "12-02")), "P2": ("illness", "I", full("12-01", "12-02"))}),
    ("Ali w Sara kollon ta3banin, ma ra7 yeju el yom", [ALI, SARA], "2026-11-23 07:30",
     {"P1": ("illness", "I", full("11-23")), "P2": ("illness", "I", full("11-23"))}),
    # Egyptian and Gulf forms: "mesh hayrou7", "ennaharda", "sokhoneya", "mesh hategi bokra", "baacher", "mb zaina"
    ("Adam mesh hayrou7 el madrasa ennaharda, 3ando sokhoneya", [Child("P1", "Adam")], "2026-11-24 07:30",
     {"P1": ("illness", "I", full("11-24"))}),
    ("Salma 3ayana w 3anda bard, mesh hategi bokra", [Child("P1", "Salma")], "2026-11-23 18:00",
     {"P1": ("illness", "I", full("11-24"))}),
    ("Maryam mb zaina, ma bi tdawem el yom", [Child("P1", "Maryam")], "2026-11-24 07:30",
     {"P1": ("illness", "I", full("11-24"))}),
    ("Ahmad mish ra7 yiji baacher, 3ando 7rara", [Child("P1", "Ahmad")], "2026-12-01 18:00",
     {"P1": ("illness", "I", full("12-02"))}),
    # returning: "l7ad el 5amis", "ra7 yerja3 ... yom el itnein", "byerja3 yom el etnein", "terja3 el tlata"
    ("ibni 3ando 7arara, ra7 yerja3 3al madrase yom el itnein inshallah", [Child("P1", "Yusuf")],
     "2026-11-25 07:30", {"P1": ("illness", "I", full("11-25", "11-26"))}),
    ("Omar ta3ban, mish ra7 yiji l7ad el 5amis", [OMAR], "2026-11-23 07:30",
     {"P1": ("illness", "I", full("11-23", "11-24", "11-25"))}),
    ("salam, Nour 3anda sokhne, ra7 terja3 3al madrase el tlata", [Child("P1", "Nour")], "2026-11-26 07:30",
     {"P1": ("illness", "I", full("11-26", "11-30"))}),
    ("salam, Omar 3ando 7arara, mish ra7 yiji el yom. byerja3 yom el etnein inshallah", [OMAR], "2026-12-02 07:30",
     {"P1": ("illness", "I", full("12-02", "12-03", "12-04"))}),
    # appointments: in after ("ba3d el maw3ed byerja3", "ba3dha bjibha"), collected ("ra7 ekhdo men el madrase")
    ("Omar 3ando maw3ed 3and el dentist bukra el sa3a 9:30, ba3d el maw3ed byerja3 3al madrase", [OMAR],
     "2026-11-23 18:00", {"P1": ("medical", "M", ["11-24 AM"])}),
    ("Lina 3anda maw3ed 3and el dentist el 5amis 3al sa3a 9 w nos, ba3d el maw3ed btirja3 3al madrase", [LINA],
     "2026-11-30 18:00", {"P1": ("medical", "M", ["12-03 AM"])}),
    ("binti 3anda maw3ed 3and el daktor bukra 3al sa3a 10, ba3dha bjibha 3al madrase", [Child("P1", "Noor")],
     "2026-11-23 19:00", {"P1": ("medical", "M", ["11-24 AM"])}),
    ("Lina 3anda maw3ed bel mostashfa yom el arb3a, ma ra7 teje kil el nhar", [LINA], "2026-11-23 07:30",
     {"P1": ("medical", "M", full("11-25"))}),
    ("binti mish ra7 teje ba3d bukra, 3anda maw3ed bel mostashfa", [Child("P1", "Maya")], "2026-11-23 07:30",
     {"P1": ("medical", "M", full("11-25"))}),
    ("salam miss, ra7 ekhda men el madrase 3al sa3a 12, 3anda maw3ed 3and el GP", [Child("P1", "Huda")],
     "2026-11-24 09:00", {"P1": ("medical", "M", ["11-24 PM"])}),
    ("ra7 ekhdo men el madrase 3al sa3a 12, 3ando maw3ed bel mostashfa", [Child("P1", "Sami")], "2026-12-01 08:00",
     {"P1": ("medical", "M", ["12-01 PM"])}),
    ("Nour ta3bane shway, ra7 ekhedha men el madrase ba3d el dohr", [Child("P1", "Nour")], "2026-11-24 11:00",
     {"P1": ("illness", "I", ["11-24 PM"])}),
    ("Khaled 3ando interview bel college yom el tlata 3al sa3a 10, ba3dha bjibo 3al madrase", [Child("P1", "Khaled")],
     "2026-11-23 07:30", {"P1": ("interview", "J1", ["11-24 AM"])}),
    # lateness: "ra7 nit2akhar", "mit2akhrin", "ba3d 10 d2aye2", "3al sa3a 9:40", "nimna ktir"
    ("sorry miss, ra7 nit2akhar shway, el sayyara t3atlet. mnousal 3al 9:10", [Child("P1", "Yasmin")],
     "2026-11-23 08:40", {"P1": ("late", "L", ["11-23 AM"])}),
    ("mit2akhrin shway, fi za7me kbire, bnousal ba3d 10 d2aye2", [Child("P1", "Zaid")], "2026-11-24 08:45",
     {"P1": ("late", "L", ["11-24 AM"])}),
    ("sorry nimna ktir, Ali ra7 yousal 3al 10", [ALI], "2026-11-24 08:30", {"P1": ("late", "U", ["11-24 AM"])}),
    ("marhaba, Sara mit2akhra el yom, ra7 tousal 3al sa3a 9:40", [Child("P1", "Sara")], "2026-11-24 08:40",
     {"P1": ("late", "U", ["11-24 AM"])}),
    ("Karim mit2akhar shway, 3al tari2, bnousal 3al 9", [Child("P1", "Karim")], "2026-12-01 08:45",
     {"P1": ("late", "L", ["12-01 AM"])}),
    # reasons: bereavement, wedding, travel, Eid
    ("Hamza mish ra7 yiji el yom, 3anna 3aza, twaffa jaddo", [Child("P1", "Hamza")], "2026-11-23 07:30",
     {"P1": ("exceptional", "C", full("11-23"))}),
    ("Hamza mish ra7 yiji el jom3a, 3anna ta3ziye", [Child("P1", "Hamza")], "2026-11-30 07:30",
     {"P1": ("exceptional", "C", full("12-04"))}),
    ("salam, el wlad mish ra7 yeju bukra 3ashan fi 3ers khalo", [ALI, SARA], "2026-11-23 17:30",
     {"P1": ("family_event", "O", full("11-24")), "P2": ("family_event", "O", full("11-24"))}),
    ("marhaba, ra7 nsafer 3a lebnan, Lina mish ra7 teje el esbo3 el jai", [LINA], "2026-11-26 19:00",
     {"P1": ("holiday", "G", full("11-30", "12-01", "12-02", "12-03", "12-04"))}),
    ("salam, ra7 nsafer 3al urdon, el wlad mish ra7 yeju mn el itnein la el arb3a", [ALI, SARA], "2026-11-26 18:00",
     {p: ("holiday", "G", full("11-30", "12-01", "12-02")) for p in ("P1", "P2")}),
    ("salam, bukra 3eid, el wlad mish ra7 yeju", [ALI, SARA], "2026-11-25 18:00",
     {"P1": ("religious", "R", full("11-26")), "P2": ("religious", "R", full("11-26"))}),
    # "l7ad akher el esbo3" (to the end of the week), "el 3 wlad" (all three), "hal esbo3 kello"
    ("salam, el wlad el etnein 3andon s5oune, mish ra7 yeju lal madrase l7ad akher el esbo3", [ALI, SARA],
     "2026-11-23 07:30", {p: ("illness", "I", full("11-23", "11-24", "11-25", "11-26")) for p in ("P1", "P2")}),
    ("el 3 wlad ta3banin el yom", [ALI, SARA, Child("P3", "Omar")], "2026-11-23 07:30",
     {p: ("illness", "I", full("11-23")) for p in ("P1", "P2", "P3")}),
    ("Yousef 3ando jodari, ra7 yghib el esbo3 kello", [Child("P1", "Yousef")], "2026-11-23 07:30",
     {"P1": ("illness", "I", full("11-23", "11-24", "11-25", "11-26"))}),
    # "3al 10 w nos" (10:30, after the register closes), "ra7 ekhed Lina men el madrase", "kan 3ando" (he had)
    ("binti ra7 tit2akhar el yom, ra7 tousal 3al 10 w nos", [LINA], "2026-11-23 08:00",
     {"P1": ("late", "U", ["11-23 AM"])}),
    ("ana ra7 ekhed Lina men el madrase 3al sa3a 12 la2anno 3anda maw3ed", [LINA], "2026-11-23 08:00",
     {"P1": ("medical", "M", ["11-23 PM"])}),
    ("Omar ma ja el yom la2anno kan 3ando 7arara", [OMAR], "2026-11-23 10:30", {"P1": ("illness", "I", full("11-23"))}),
    ("mish ra7 yiji bukra el sob7, 3ando maw3ed 3ayoun, bjibo ba3d el dohr", [OMAR], "2026-11-23 18:00",
     {"P1": ("medical", "M", ["11-24 AM"])}),
    ("Ali 3ando maw3ed daktor asnan el yom el sa3a 11 illa rob3, ba3dein bjibo", [ALI], "2026-11-23 07:30",
     {"P1": ("medical", "M", ["11-23 AM"])}),
    # one child in, the other not: "Majd ja2i 3adi"
    ("sabah el 5eir, Yusuf 3ando 7arara, mish ra7 yiji el yom. Adam ra7 yiji 3adi", [Child("P1", "Yusuf"),
     Child("P2", "Adam")], "2026-11-23 07:30", {"P1": ("illness", "I", full("11-23"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_arabizi_lexicon(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), [
    # "he has" / "my son" with two linked children: which one?
    ("3ando 7arara w mish ra7 yiji el yom", [ALI, OMAR], "2026-11-23 07:30", "clarify"),
    ("ibni ta3ban, mish ra7 yiji el yom", [ALI, OMAR], "2026-11-23 07:30", "clarify"),
    # a hospital appointment next week on a day not set yet
    ("Marhaba, Leen 3anda maw3ed bel mustashfa el esbou3 el jeye bas lessa ma 7addadou ayya yom. ra7 tghib",
     [Child("P1", "Leen")], "2026-12-11 07:45", "clarify"),
    # better and in tomorrow as normal; a question: no absence
    ("shukran miss, Omar sar a7san w ra7 yiji bukra 3adi", [OMAR], "2026-12-01 16:30", "forward"),
    ("marhaba, emta el 7afle bel madrase?", [OMAR], "2026-12-01 16:30", "forward"),
])
def test_arabizi_clarify_and_forward(text: str, children: list[Child], when: str, action: str) -> None:
    assert parse(text, children, when).action == action


@pytest.mark.parametrize("text", [
    "salam, omar 3ando flu w s5ono 3ali mn mbare7, mish ra7 yiji 3al school l7ad el itnein. shukran",
    "ilyas late shway, el bus mit2a55ir, bnousal ba3d 20 da2i2a",
    "m2a55rin shway, Yara btousal 3al madrase ba3ed 10 d2aye2",
    "Sorry miss, Zaid w Lina m2a55rin shway, fi 3aj2a kbire. mnousal 3al 9:15",
    "aando harara w ra7 yb2a bil bait el yom",
    "Maryam mb zaina, ma bi tdawem el yom",
])
def test_arabizi_is_detected_as_arabic(text: str) -> None:
    assert canon.detect(text) == "ar"


@pytest.mark.parametrize(("text", "language"), [
    ("Sabah has a temperature so she won't be in today", "en"),
    ("Eid mubarak! Omar won't be in tomorrow, we are celebrating with family", "en"),
    ("the kids won't be in today, el bus didn't come and we have no car", "en"),
    ("El niño tiene fiebre y hoy no va a ir al colegio", "es"),
    ("Bugün sabah ateşi vardı, okula gelemeyecek", "tr"),
    ("Aaj Ali ko bukhar hai, school nahi aa sakega", "ur"),
])
def test_other_languages_are_not_arabizi(text: str, language: str) -> None:
    assert canon.detect(text) == language
