"""Batch m19: Arabic (script and Arabizi), Turkish, Somali, Urdu and Bengali (script and romanised) lexicon rules."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, parse
from understanding.types import Child

YOUSEF, LAYAN, MALAK, ZAINAB = Child("P1", "Yousef"), Child("P2", "Layan"), Child("P1", "Malak"), Child("P1", "Zainab")
EMRE, ELIF = Child("P1", "Emre"), Child("P1", "Elif")
HODAN, ABDI = Child("P1", "Hodan"), Child("P2", "Abdi")
HAMZA, SANA = Child("P1", "Hamza"), Child("P1", "Sana")
NUSRAT, TAHMID, RIYA, SAKIB = Child("P1", "Nusrat"), Child("P1", "Tahmid"), Child("P1", "Riya"), Child("P2", "Sakib")

ARABIC = [
    # message, children, when, expected {pupil: (reason, code, sessions)}
    # "إلى المدرسة" (to school), "يومي الأربعاء والخميس" (on Wednesday and Thursday), "و" alone (and)
    ("يوسف وليان لن يذهبا إلى المدرسة يومي الأربعاء و الخميس.", [YOUSEF, LAYAN], "2026-11-23 07:30",
     {"P1": ("unknown", "N", full("11-25", "11-26")), "P2": ("unknown", "N", full("11-25", "11-26"))}),
    # shopping: "رح نروح عالمول نشتري تياب" (we're going to the mall to buy clothes), "لذا" (so)
    ("مساء الخير، بكرة رح نروح على المول نشتري تياب المدرسة، لذا لن تحضر ملك.", [MALAK], "2026-11-30 18:00",
     {"P1": ("unsatisfactory", "O", full("12-01"))}),
    # Arabizi: "3ana zarf tare2" (we have an emergency), with travelling to the grandparents
    ("marhaba, 3ana zarf tare2, jaddi bel mustashfa w lazem nsafer 3al Manchester. Yousef w Layan ma ra7 yeju"
     " el yom", [YOUSEF, LAYAN], "2026-12-02 07:10",
     {"P1": ("exceptional", "C", full("12-02")), "P2": ("exceptional", "C", full("12-02"))}),
]

TURKISH = [
    # "gece yarısına kadar uyumadı" (didn't sleep until midnight), "dün gece geç yattı": tired, a day off
    ("Günaydın, Emre bugün okula gelmeyecek, gece yarısına kadar uyumadı, dinlensin.", [EMRE], "2026-12-01 07:45",
     {"P1": ("unsatisfactory", "O", full("12-01"))}),
    ("Hocam, dün gece çok geç uyuduk, Elif bugün okula gelemeyecek.", [ELIF], "2026-12-03 07:40",
     {"P1": ("unsatisfactory", "O", full("12-03"))}),
]

SOMALI = [
    # "hooyadood ayaa isbitaalka la dhigay si degdeg ah": their mother admitted to hospital urgently
    ("Subax wanaagsan, hooyadood ayaa caawa isbitaalka la dhigay si degdeg ah. Hodan iyo Abdi maanta ma imanayaan.",
     [HODAN, ABDI], "2026-12-08 07:05",
     {"P1": ("exceptional", "C", full("12-08")), "P2": ("exceptional", "C", full("12-08"))}),
    ("Aabbe Hodan shalay isbitaalka ayaa loo qaaday. Hodan maanta dugsiga ma imaan karto.", [HODAN],
     "2026-12-09 07:15", {"P1": ("exceptional", "C", full("12-09"))}),
]

URDU = [
    # "رات دیر تک جاگتا رہا" (was up late into the night): tired, staying home (not a late arrival)
    ("حمزہ رات دیر تک جاگتا رہا، بہت تھکا ہوا ہے، آج سکول نہیں آئے گا۔", [HAMZA], "2026-12-02 07:40",
     {"P1": ("unsatisfactory", "O", full("12-02"))}),
    ("ثنا کل رات بہت دیر سے سوئی تھی، آج گھر پر آرام کرے گی۔", [SANA], "2026-12-04 07:30",
     {"P1": ("unsatisfactory", "O", full("12-04"))}),
]

BENGALI = [
    # a burst pipe, water in the house: a home emergency
    ("আজ সকালে বাথরুমের পাইপ ফেটে গেছে, সারা ঘর পানিতে ভরে গেছে। নুসরাত আজ স্কুলে আসতে পারবে না।", [NUSRAT],
     "2026-12-01 07:20", {"P1": ("exceptional", "C", full("12-01"))}),
    # romanised: "Friday porjonto" (up to and including Friday)
    ("Tahmid er jor, doctor bolse Wednesday porjonto bashay thakte hobe.", [TAHMID], "2026-11-30 07:30",
     {"P1": ("illness", "I", full("11-30", "12-01", "12-02"))}),
    # "3 tay" (at 3), "1:30 tay niye jabo" (I'll collect her at 1:30... before the register: PM only)
    ("Riya r aj 3 tay eye test ache, ami 12:45 tay school theke niye jabo.", [RIYA], "2026-12-02 07:30",
     {"P1": ("medical", "M", ["12-02 PM"])}),
    # "Thursday er kotha kalke janabo" (I'll let you know about Thursday tomorrow)
    ("Tahmid er pet kharap, aj school e jabe na. Thursday er kotha kalke janabo.", [TAHMID], "2026-12-02 07:30",
     {"P1": ("illness", "I", full("12-02"))}),
    # "gaari start hocche na", "10 tar dike ashbe": the car won't start, arriving around 10 (after close: U)
    ("salam miss amar gaari start hocche na, Riya ar Sakib 10 tar dike ashbe", [RIYA, SAKIB], "2026-12-03 08:30",
     {"P1": ("late", "U", ["12-03 AM"]), "P2": ("late", "U", ["12-03 AM"])}),
    # "ghumiye gechilam, khub deri hoye gelo": overslept, too late: the whole day
    ("sorry ami ghumiye gechilam, khub deri hoye gelo, Tahmid aj ar school e ashbe na", [TAHMID], "2026-12-04 09:40",
     {"P1": ("unsatisfactory", "O", full("12-04"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), [*ARABIC, *TURKISH, *SOMALI, *URDU, *BENGALI])
def test_m19_asian_african_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), [
    # Arabizi "ya el arba3a ya el khamis ... ma ba3ref ayya yom": either day, not known yet: ask
    ("Zainab 3andha maw3ed bel mustashfa ya el arba3a ya el khamis, lessa ma 3arfin ayya yom. ra7 tghib nafs el"
     " yom", [ZAINAB], "2026-11-30 18:00", "clarify"),
    # romanised Bengali: "tarikh ekhono pai nai ... shei din": no date yet: ask
    ("Nusrat er shamne ekta dentist appointment ache, tarikh ekhono pai nai, shei din school e ashbe na.", [NUSRAT],
     "2026-12-01 07:30", "clarify"),
    # Turkish: a forgotten book, for the teacher: not an absence
    ("Merhaba, Emre ödevini evde unutmuş, öğretmenine iletebilir misiniz? Yarın getirecek.", [EMRE],
     "2026-12-01 08:15", "forward"),
])
def test_m19_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert parse(text, children, when).action == action
