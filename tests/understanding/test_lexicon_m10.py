"""Arabic, Somali and Turkish: vocabulary and phrases added for batch m10."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, parse
from understanding.types import Child

CASES = [
    # message, children, when, expected {pupil: (reason, code, sessions)}
    # Turkish: "X geliyor" (comes in), "sonra/öğlen okula getiririm" (brought in after), "10:30 gibi okula gelir",
    # "bugün göndermiyorum ... Çarşamba gelirler" (back on Wednesday), "14 Aralık Pazartesi okula döner"
    ("Defne'nin ateşi var, bugün okula gelemeyecek. Mert geliyor.",
     [Child("P1", "Defne"), Child("P2", "Mert")], "2026-11-23 07:10", {"P1": ("illness", "I", full("11-23"))}),
    ("Mert'in yarın 9:30'da diş hekimi randevusu var, sonra okula getiririm",
     [Child("P1", "Mert")], "2026-11-23 07:10", {"P1": ("medical", "M", ["11-24 AM"])}),
    ("Zeynep'in çarşamba sabah ortodonti randevusu var, öğlen okula getiririm",
     [Child("P1", "Zeynep")], "2026-11-23 07:10", {"P1": ("medical", "M", ["11-25 AM"])}),
    ("Emir'in bugün saat 9'da doktor randevusu var, 10:30 gibi okulda olur",
     [Child("P1", "Emir")], "2026-11-23 07:10", {"P1": ("medical", "M", ["11-23 AM"])}),
    ("Ali ve Ayşe ikisi de grip olmuş, bugün göndermiyorum. Çarşamba gelirler",
     [Child("P1", "Ali"), Child("P2", "Ayşe")], "2026-11-23 07:10",
     {"P1": ("illness", "I", full("11-23", "11-24")), "P2": ("illness", "I", full("11-23", "11-24"))}),
    ("Eren su çiçeği çıktı, bugün gelmeyecek, 26 Kasım Perşembe okula döner herhalde",
     [Child("P1", "Eren")], "2026-11-23 07:10", {"P1": ("illness", "I", full("11-23", "11-24", "11-25"))}),
    ("Elif dün akşam bileğini burktu, bugün evde dinlenecek",
     [Child("P1", "Elif")], "2026-11-23 07:10", {"P1": ("illness", "I", full("11-23"))}),
    ("İkisi de gece boyunca kustu, bugün gelmeyecekler. Herkese iyi tatiller!",
     [Child("P1", "Nehir"), Child("P2", "Can")], "2026-11-23 07:10",
     {"P1": ("illness", "I", full("11-23")), "P2": ("illness", "I", full("11-23"))}),
    ("Servisi kaçırdık, Ece ile 15 dakikaya oradayız",
     [Child("P1", "Ece")], "2026-11-23 08:45", {"P1": ("late", "L", ["11-23 AM"])}),
    ("ece gec kaliyor kusura bakmayin", [Child("P1", "Ece")], "2026-11-23 08:45", {"P1": ("late", "L", ["11-23 AM"])}),
    # Somali: "way imanaysaa (sida caadiga ah)" (comes in), "saddexda caruurba" (all three), "Arbacada",
    # "12:15 ayaan ka soo qaadayaa, galabta" (collected, the afternoon), "N daqiiqo kadib" (in N minutes),
    # "tallaalka hargabka" (the flu vaccination, an appointment), "ma imaan karo"
    ("Xamza wuu xanuunsan yahay, maanta ma imanayo. Hodan way imanaysaa.",
     [Child("P1", "Xamza"), Child("P2", "Hodan")], "2026-11-23 07:10", {"P1": ("illness", "I", full("11-23"))}),
    ("Ayaan qandho ayuu qabaa, maanta ma imanayo. Sagal waa imanaysaa sida caadiga ah",
     [Child("P1", "Ayaan"), Child("P2", "Sagal")], "2026-11-23 07:10", {"P1": ("illness", "I", full("11-23"))}),
    ("saddexda caruurba waxay qabaan qufac, maanta iskuulka ma imanayaan",
     [Child("P1", "Ayaan"), Child("P2", "Sagal"), Child("P3", "Hodan")], "2026-11-23 07:10",
     {p: ("illness", "I", full("11-23")) for p in ("P1", "P2", "P3")}),
    ("Hodan ballan dhakhtar ayay leedahay Arbacada 10:00, kadib ayaan iskuulka keenayaa",
     [Child("P1", "Hodan")], "2026-11-23 07:10", {"P1": ("medical", "M", ["11-25 AM"])}),
    ("Cali wuu xanuunsan yahay. 12:15 ayaan ka soo qaadayaa, galabta ma joogi doono",
     [Child("P1", "Cali")], "2026-11-23 11:30", {"P1": ("illness", "I", ["11-23 PM"])}),
    ("Hodan late ayay noqon doontaa, gaariga ayaa xumaaday, 20 daqiiqo kadib ayaan imanaynaa",
     [Child("P1", "Hodan")], "2026-11-23 08:40", {"P1": ("late", "L", ["11-23 AM"])}),
    ("Ayaan iyo Sagal waxay leeyihiin tallaalka hargabka (flu jab) maanta 9:00, kadib ayaan keenayaa",
     [Child("P1", "Ayaan"), Child("P2", "Sagal")], "2026-11-23 07:10",
     {"P1": ("medical", "M", ["11-23 AM"]), "P2": ("medical", "M", ["11-23 AM"])}),
    ("Ayaan cagta ayuu ku dhaawacmay, jab ma leh. Usbuucan oo dhan iskuulka ma imaan karo",
     [Child("P1", "Ayaan")], "2026-11-23 07:10", {"P1": ("illness", "I", full("11-23", "11-24", "11-25", "11-26"))}),
    ("Asc, Fartun indhaha ayaa ka xanuunaya. Iskuulka ma imaan doonto. Mahadsanid",
     [Child("P1", "Fartun")], "2026-11-27 11:00", {"P1": ("illness", "I", full("11-30"))}),
    # Arabic: "جاي/رح يجي عادي" (comes in), "ولا بكرة", "بجيبها عالمدرسة بعد الموعد", "برجعه ... أول ما يخلص",
    # "بعد الغدا" (after lunch, not tomorrow), "هالأسبوع كله", "البنتين", "رح يوصل حوالي الساعة", "نمنا زيادة",
    # "رح آخدها ... الساعة ١ الظهر", "مش رح ترجع بعد الظهر", "وبيرجع عالمدرسة يوم", "لحد ما تتحسن", "ذاك اليوم"
    ("مريم مريضة عندها حرارة، مش رح تروح عالمدرسة اليوم ولا بكرة. أحمد رح يجي عادي",
     [Child("P1", "Mariam"), Child("P2", "Ahmad")], "2026-11-23 07:10",
     {"P1": ("illness", "I", full("11-23", "11-24"))}),
    ("ليلى عندها موعد عند الدكتور الساعة ٩ الصبح، بجيبها عالمدرسة بعد الموعد",
     [Child("P1", "Layla")], "2026-11-23 07:10", {"P1": ("medical", "M", ["11-23 AM"])}),
    ("عمر عنده موعد أسنان يوم الخميس الصبح الساعة ٩:٣٠، برجعه عالمدرسة أول ما يخلص",
     [Child("P1", "Omar")], "2026-11-23 07:10", {"P1": ("medical", "M", ["11-26 AM"])}),
    ("سامي عنده صداع، ما رح يقدر ييجي الصبح، بجيبه بعد الغدا",
     [Child("P1", "Sami")], "2026-11-23 07:10", {"P1": ("illness", "I", ["11-23 AM"])}),
    ("البنتين عندهم كورونا، ما رح يجوا هالأسبوع كله",
     [Child("P1", "Huda"), Child("P2", "Reem")], "2026-11-23 07:10",
     {"P1": ("illness", "I", full("11-23", "11-24", "11-25", "11-26")),
      "P2": ("illness", "I", full("11-23", "11-24", "11-25", "11-26"))}),
    ("السيارة ما اشتغلت، يوسف رح يوصل حوالي الساعة ٩:٣٠",
     [Child("P1", "Yusuf")], "2026-11-23 08:40", {"P1": ("late", "U", ["11-23 AM"])}),
    ("نمنا زيادة، سلمى بالطريق، بتوصل الساعة ٩", [Child("P1", "Salma")], "2026-11-23 08:50",
     {"P1": ("late", "L", ["11-23 AM"])}),
    ("اتصلوا من المدرسة إنه سلمى استفرغت. رح آخدها الساعة ١٢، ومش رح ترجع بعد الظهر",
     [Child("P1", "Salma")], "2026-11-23 11:40", {"P1": ("illness", "I", ["11-23 PM"])}),
    ("سلمى عندها موعد مع الدكتور يوم الأربعاء الساعة ٢، رح آخدها من المدرسة الساعة ١ الظهر",
     [Child("P1", "Salma")], "2026-11-23 07:10", {"P1": ("medical", "M", ["11-25 PM"])}),
    ("الطريق مقطوعة بسبب السيول والباص ما إجا، رامي ما رح يقدر ييجي اليوم",
     [Child("P1", "Rami")], "2026-11-23 07:10", {"P1": ("transport", "O", full("11-23"))}),
    ("نرجو السماح لسامي بالغياب من ٣٠ نوفمبر، مسافرين لزيارة الأهل، وبيرجع عالمدرسة يوم ٧ ديسمبر",
     [Child("P1", "Sami")], "2026-11-23 19:10",
     {"P1": ("holiday", "G", full("11-30", "12-01", "12-02", "12-03", "12-04"))}),
    ("هدى عندها زكام، الدكتور قال تضل بالبيت لحد ما تتحسن. رح أخبركم بالتطورات",
     [Child("P1", "Huda")], "2026-11-23 07:10", {"P1": ("illness", "I", full("11-23"))}),
    ("عمر عنده موعد في مستشفى الأطفال يوم ٢٥/١١، والمستشفى بعيد فما رح ييجي ذاك اليوم",
     [Child("P1", "Omar")], "2026-11-23 18:30", {"P1": ("medical", "M", full("11-25"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_m10_lexicon(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), [
    # better and back today, thanks: no absence
    ("Kerem iyileşti, bugün okula dönüyor, teşekkürler", [Child("P1", "Kerem")], "2026-11-23 07:10", "forward"),
    # a weekday that does not match the date (9 Dec is a Wednesday, 8 Dec a Tuesday)
    ("Can 8 Aralık Çarşamba okula gelmeyecek, düğünümüz var", [Child("P1", "Can")], "2026-11-23 07:10", "clarify"),
    # an appointment next week on a day not known yet
    ("Selin'in gelecek hafta hastanede randevusu var, günü henüz belli değil, o gün gelemeyecek",
     [Child("P1", "Selin")], "2026-11-23 07:10", "clarify"),
    ("خالد عنده موعد بالمستشفى الأسبوع الجاي بس لسا ما حددوا أي يوم، رح يغيب هداك اليوم",
     [Child("P1", "Khaled")], "2026-11-23 07:10", "clarify"),
])
def test_m10_actions(text: str, children: list[Child], when: str, action: str) -> None:
    assert parse(text, children, when).action == action
