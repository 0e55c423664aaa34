"""Arabic (Arabic script) lexicon rules added for batch m13: the spoken dialects' words (Egyptian, Levantine, Gulf,
Iraqi, Sudanese) for days, appointments, returns, injuries, leave requests and the Levantine month names."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full
from understanding.types import Child

ABDULLAH, YASSIN, NOUR, ZIAD = Child("P1", "Abdullah"), Child("P1", "Yassin"), Child("P1", "Nour"), Child("P1", "Ziad")
OMAR, JOUD = Child("P1", "Omar"), Child("P2", "Joud")

CASES = [
    # Gulf / Levantine / Egyptian "back on" with the bare "المدرسة" and the future prefixes ب/ه/رح
    ("السلام عليكم، عبدالله عنده التهاب في الصدر والدكتور عطاه مضاد حيوي، بيرجع المدرسة يوم الخميس إن شاء الله.",
     [ABDULLAH], "2026-12-14 07:10", {"P1": ("illness", "I", full("12-14", "12-15", "12-16"))}),
    ("عبدالله عنده التهاب بالصدر، هيرجع المدرسة يوم الخميس إن شاء الله", [ABDULLAH], "2026-12-14 07:10",
     {"P1": ("illness", "I", full("12-14", "12-15", "12-16"))}),
    ("عبدالله مريض، رح يرجع عالمدرسة يوم الأربعاء", [ABDULLAH], "2026-12-14 07:10",
     {"P1": ("illness", "I", full("12-14", "12-15"))}),
    ("زياد عنده مضاد حيوي وحرارة، بيرجع الاتنين الجاي", [ZIAD], "2026-12-14 07:10",
     {"P1": ("illness", "I", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # Egyptian: "ميعاد" (appointment), "يوم الاتنين/التلات/الأربع", "النهاردة", "فمش هييجي", "عيان", "بعد كده"
    ("صباح الخير، ياسين عنده ميعاد في مستشفى العيون يوم الاتنين الساعة ١١ والمستشفى بعيد، فمش هييجي المدرسة خالص "
     "اليوم ده. شكراً", [YASSIN], "2026-12-12 11:00", {"P1": ("medical", "M", full("12-14"))}),
    ("ياسين عنده ميعاد في المستشفى يوم التلات الصبح، هجيبه المدرسة بعدها", [YASSIN], "2026-12-14 07:10",
     {"P1": ("medical", "M", ["12-15 AM"])}),
    ("ياسين عنده ميعاد في المستشفى يوم الأربع الساعة ٩، هجيبه بعد كده", [YASSIN], "2026-12-14 07:10",
     {"P1": ("medical", "M", ["12-16 AM"])}),
    ("صباح الخير، نور عندها ميعاد عند دكتور الأسنان الساعة ٩ النهاردة، هجيبها المدرسة بعد كده على الساعة ١٠:٣٠",
     [NOUR], "2026-12-15 07:20", {"P1": ("medical", "M", ["12-15 AM"])}),
    ("عبدالله عيان، ومش هيروح المدرسة النهارده", [ABDULLAH], "2026-12-14 07:10",
     {"P1": ("illness", "I", full("12-14"))}),
    ("ولادي الاتنين عيانين ومش هييجوا النهاردة", [OMAR, JOUD], "2026-12-14 07:10",
     {"P1": ("illness", "I", full("12-14")), "P2": ("illness", "I", full("12-14"))}),
    # Iraqi "باچر" (tomorrow), Levantine "التنين" (both), "بعد بكرة" (the day after tomorrow)
    ("عبدالله تعبان وما راح يداوم باچر", [ABDULLAH], "2026-12-14 07:10", {"P1": ("illness", "I", full("12-15"))}),
    ("الولاد التنين مريضين، ما رح يجوا اليوم", [OMAR, JOUD], "2026-12-14 07:10",
     {"P1": ("illness", "I", full("12-14")), "P2": ("illness", "I", full("12-14"))}),
    ("زياد عنده حرارة من امبارح، ما رح يجي اليوم وبعد بكرة", [ZIAD], "2026-12-14 07:10",
     {"P1": ("illness", "I", full("12-14", "12-16"))}),
    # physiotherapy, collected before the afternoon register
    ("مساء الخير، سيلين عندها جلسة علاج طبيعي بكرة الساعة ٢:١٥، رح آخدها من المدرسة الساعة ١:٠٠ إذا ممكن.",
     [Child("P1", "Celine")], "2026-12-01 19:00", {"P1": ("medical", "M", ["12-02 PM"])}),
    ("نور عندها جلسة علاج فيزيائي اليوم الساعة ٢، رح آخدها من المدرسة الساعة ١٢:٣٠", [NOUR], "2026-12-14 07:10",
     {"P1": ("medical", "M", ["12-14 PM"])}),
    # an injury (fell, broke a finger / hand / ankle), sorry for the late message: not a late arrival
    ("آسفة على التأخير بالرسالة، زياد وقع مبارح بالتمرين وانكسر إصبعه، نحنا بالطوارئ من الصبح، ما رح يجي اليوم.",
     [ZIAD], "2026-12-09 10:10", {"P1": ("illness", "I", full("12-09"))}),
    ("آسف على التأخير في الرسالة، زياد وقع امبارح وانكسرت إيده، ما رح يجي اليوم", [ZIAD], "2026-12-14 09:40",
     {"P1": ("illness", "I", full("12-14"))}),
    ("زياد اتزحلق بالملعب وانكسر كاحله، مش هييجي النهاردة ولا بكرة", [ZIAD], "2026-12-14 07:10",
     {"P1": ("illness", "I", full("12-14", "12-15"))}),
    # a leave request, "لآخر الفصل" (to the end of term), the Levantine month names
    ("مساء الخير، نحنا مسافرين عالأردن لنزور أهلي، صرلنا ٣ سنين ما شفناهم. ممكن تعطوا إجازة لعمر وجود من ١٥/١٢ لآخر "
     "الفصل؟ رح يرجعوا عالمدرسة بـ ٤ كانون الثاني. شكراً كتير", [OMAR, JOUD], "2026-11-30 18:00",
     {p: ("holiday", "G", full("12-15", "12-16", "12-17", "12-18")) for p in ("P1", "P2")}),
    ("ممكن تعطوا عمر إجازة من ١٤ كانون الأول لنهاية الترم؟ مسافرين لزيارة الأهل", [OMAR], "2026-11-30 18:00",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    ("بدنا نطلب إجازة لعمر من ١٥/١٢ لآخر الفصل لأننا مسافرين عالأردن", [OMAR], "2026-11-30 18:00",
     {"P1": ("holiday", "G", full("12-15", "12-16", "12-17", "12-18"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_m13_arabic_lexicon_rules(text: str, children: list[Child], when: str, expected: dict[str, object]) -> None:
    assert_recorded(text, children, when, expected)
