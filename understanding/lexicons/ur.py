"""Urdu (Arabic script), and Punjabi in the same script (Shahmukhi)."""

import re

MARKERS = frozenset()

_HOURS = {"ایک": 1, "اک": 1, "دو": 2, "تین": 3, "ترے": 3, "چار": 4, "پانچ": 5, "پنج": 5, "چھ": 6, "چھے": 6, "سات": 7,
          "ست": 7, "تن": 3,
          "آٹھ": 8, "اٹھ": 8, "نو": 9, "نوں": 9, "دس": 10, "گیارہ": 11, "یارہ": 11, "بارہ": 12, "باراں": 12}
_HOUR = "(" + "|".join(sorted(_HOURS, key=len, reverse=True)) + r"|(?<![\d:.])\d{1,2})"
_PLUS = {"سوا": 15, "ساڑھے": 30, "ساڈھے": 30, "پونے": -15}


def _clock(m: re.Match[str]) -> str:
    """ "دو بجے" / Punjabi "دو وجے" (two o'clock) as "at 2:00", "ساڑھے نو بجے تک" (by half past nine) as "by 9:30"."""
    hour = int(m[2]) if m[2].isdigit() else _HOURS[m[2]]
    minutes = hour * 60 + _PLUS.get(m[1] or "", 0)
    return f" {'by' if m[3] else 'at'} {minutes // 60}:{minutes % 60:02d} "


_DAY_EN = "monday|tuesday|wednesday|thursday|friday"
_SCHOOL = "(?:اسکول|سکول|سکُول)"
_MONTH = "january|february|march|april|may|june|july|august|september|october|november|december"

CANON: tuple[tuple[str, object], ...] = (
    # "چھٹیاں مبارک" (happy holidays) is a wish; "کی چھٹی مل سکتی ہے؟" (may they have the day off?) is a request
    (r"(?:چھٹیاں|چھٹیوں کی|چھٹی کی|چھٹیاں) (?:مبارک|مبارکباد|مبارک باد)\S*(?: ہوں| ہو)?", "happy holidays"),
    (r"(?:کی|کا|دی|دا) چھٹی (?:مل|مِل) (?:سکتی|سکتا|سکدی|سکدا|جائے|جاوے|جائےگی|جائے گی)\S*(?: ہے| اے)?",
     "could have the day off"),
    # "جب تک وہ ٹھیک نہیں ہوتی": until she is better (a vague end)
    (r"جب تک (?:وہ |اوہ )?(?:ٹھیک|صحیح|صحت یاب|بہتر|ٹھیک ٹھاک) (?:نہیں|نئیں) (?:ہوتی|ہوتا|ہوتے|ہو جاتی|ہو جاتا|ہو جاتے"
     r"|ہو جائے|ہو جائیں|ہوندی|ہوندا)", "until she is better"),
    (r"نمونیا|نمونیہ", "pneumonia"),
    # "حذیفہ وقت پر آ رہا ہے": that child comes in on time
    (r"وقت (?:پر|پہ|سر) (?:اسکول |سکول )?(?:آ|پہنچ) (?:رہا|رہی|رہے|جائے|جائیں) ?(?:ہے|ہیں|گا|گی|گے)?",
     "will be in on time"),
    # home time ("چھٹی ویلے", "چھٹی کے وقت") is not a day off; "چھٹی کرے گا" (will take the day off) is
    (r"چھٹی (?:ویلے|دے ویلے|کے وقت|کے ٹائم|ٹائم|ہونے پر|ہون تے|کے بعد)", "at home time"),
    (r"چھٹی (?:کرے|کریں|کرنی|کرے\S*|کر رہا|کر رہی|کر رہے|کرے گا|کرے گی|کریں گے)(?: گا| گی| گے| ہے| ہیں)?",
     "won't be in"),
    # "ڈاکٹر نے کہا ہے کہ", "ڈاکٹر کہندا اے": what the doctor said is not an appointment
    (r"ڈاکٹر (?:نے |صاحب نے |صاحب )?(?:کہا|کہندا|کہندی|کہتا|کہتی|بولا|بولی|کیہا)\S*(?: ہے| اے)?(?: کہ)?",
     "the doctor said"),
    # illnesses and injuries: a stomach bug, an ear infection, chickenpox, a broken arm, a swelling
    (r"پیٹ (?:کا|کی|میں|دا|دی|وچ) (?:وائرس|انفیکشن|انفکشن|خرابی|درد|کیڑا)|پیٹ (?:خراب|درد)", "stomach bug"),
    (r"\bکان\S{0,2} (?:میں|وچ|کا|دا) (?:انفیکشن|انفکشن|درد)|\bکان\S{0,2} (?:میں|وچ) (?:انفیکشن|انفکشن|درد)",
     "ear infection"),
    (r"\bکان\b", "ear"), (r"سر (?:میں |وچ )?درد", "headache"),
    (r"گلا (?:خراب|بیٹھ)\S*|گلے (?:میں|وچ) درد", "sore throat"),
    (r"وائرس", "virus"), (r"انفیکشن|انفکشن|انفیکشن", "infection"), (r"چکن ?پاکس|لاکڑا کاکڑا", "chickenpox"),
    (r"(?:بازو|ہاتھ|ٹانگ|پاؤں|پیر|کلائی|بانہہ)\S* (?:ٹوٹ|ٹٹ|فریکچر)\S*"
     r"(?: گیا| گئی| گئ| گیا ہے| گئی ہے| ہو گیا| ہو گئی)?",
     "broke his arm"), (r"فریکچر", "fracture"), (r"پلاسٹر", "a cast"), (r"سوجن|سوج", "swelling"),
    (r"درد", "pain"),
    # late: "تھوڑی لیٹ ہو جائے گی", "لیٹ ہے", "راستے میں ہیں" (on the way)
    (r"(?:تھوڑا |تھوڑی |تھوڑے |کچھ )?لیٹ (?:ہو|ہوں|پہنچ|آ)\S*(?: جائے| جائیں| جاوے| جائے\S*)?(?: گا| گی| گے)?",
     "will be late"),
    (r"لیٹ", "running late"), (r"(?:ہم |اسی )?راستے (?:میں|وچ) (?:ہیں|ہاں|ہوں)", "on the way"),
    # Punjabi in Shahmukhi: "گھر ای رہے گا" (will stay home), "اودوں تک" (till then)
    (r"گھر (?:ای |ہی |پر |پہ |تے |وچ |میں )?(?:رہے|رہنا|رہے\S*|رہو|آرام)(?: گا| گی| گے)?", "staying home"),
    (r"اودوں تک|تب تک|اس وقت تک", "meanwhile"),
    (r"(?:لین|لینے|لینڑ|لینڑ) (?:آئے|آوے|آئیں|آ)\S*(?: گا| گی| گے)?", "will pick him up"),
    (r"پھپھو|پھوپھی|خالہ|ماسی|چاچی|ممانی", "his aunt"),
    # a parent or grandparent taken to hospital: a family emergency ("میری والدہ کو رات اچانک ہسپتال لے جانا پڑا")
    (r"(?:میری |میرے |ہماری |ہمارے |بچوں کی |بچوں کے )?(?:والدہ|امی|امّی|ماں|والد|ابو|ابّو|شوہر|دادی|نانی|دادا|نانا"
     r"|ساس|سسر)(?: جان)?(?: کو)?[^.۔!?]{0,40}?(?:ہسپتال|اسپتال)[^.۔!?,،]*", "my mother was rushed to hospital"),
    (r"(?:میں|ہم|ہم سب)(?: ان کے ساتھ| اس کے ساتھ)? (?:ہسپتال|اسپتال) (?:میں|پر)(?: ان کے ساتھ)? (?:ہوں|ہیں)",
     "i am with her"),
    # "عائشہ آج اسکول آ رہی ہے", "احمد اسکول آئے گا": that child comes in (the negative has "نہیں" in between)
    (r"(?:اسکول|سکول) (?:آ|جا) (?:رہی|رہا|رہے) (?:ہے|ہیں)|(?:اسکول|سکول) (?:آئے|آئیں|آئے|جائے|جائیں) (?:گا|گی|گے)",
     "will be in as normal"),
    # wedding customs: mehndi, mayun, baraat, nikah, rukhsati, walima, dholki
    (r"مہندی|مهندی|مہندي|مایوں|مائیوں|بارات|برات|نکاح|رخصتی|ولیمہ|ولیمے|ولیمه|ڈھولکی", "wedding"),
    # "باقی بچے آ رہے ہیں": the others come in
    (r"باقی (?:سب |تینوں |دونوں |چاروں )?(?:بچے|بچیاں|بچوں|بہن بھائی)?(?: (?:اسکول|سکول))? (?:آ|جا) (?:رہے|رہی|رہا)"
     r"(?: (?:ہیں|ہے))?|باقی (?:سب |تینوں |دونوں |چاروں )?(?:بچے|بچیاں)?(?: (?:اسکول|سکول))? (?:آئیں|جائیں) گے",
     "the others will be in as normal"),
    # "کل" is yesterday as well as tomorrow: with a past verb ("آ گئی تھی") it is yesterday
    (r"کل(?= [^.۔!?]{0,60}?(?:تھا|تھی|تھے|ہوا|ہوئی|ہوئے|گیا|گئی|گئے)(?:[\s.۔,،!?]|$))"
     r"(?![^.۔!?,،]*(?:گا|گی|گے)(?:[\s.۔,،!?]|$))",
     "yesterday"),
    (r"موچ|مروڑ", "sprained"), (r"چوٹ|زخمی", "injured"),
    # transport: the car broke down, no bus, missed the bus
    (r"(?:گاڑی|کار|گڈی)\S* (?:خراب|بند)(?: ہو)?\S*(?: گئی| گیا| گئ)?", "car broke down"),
    (r"بس (?:نہیں|نئیں) (?:آئی|آیا|آئ)\S*|(?:اسکول|سکول) (?:کی )?بس (?:نہیں|نئیں) (?:آئی|آئ)\S*", "no bus"),
    (r"بس (?:چھوٹ|نکل|مس ہو)\S*(?: گئی| گئ)?", "missed the bus"), (r"ہڑتال", "strike"),
    # tired, anxious, a panic attack, no clean uniform
    (r"تھکا\S*|تھکی\S*|تھکے\S*|تھکاوٹ|تھکن", "tired"), (r"پینک اٹیک|گھبراہٹ کا دورہ", "panic attack"),
    (r"گھبراہٹ|بے چینی|بےچینی|اینگزائٹی|انزائٹی", "anxiety"), (r"ڈپریشن", "depression"),
    (r"یونیفارم|یونیفام|یونیفورم|وردی", "uniform"),
    # "دوپہر کے کھانے کے بعد اسکول آ جائے گا": he will be in after lunch
    (r"(?:دوپہر کے کھانے|لنچ|کھانے|وقفے|بریک) کے بعد (?:وہ )?(?:اسکول|سکول)? ?(?:آ|پہنچ)[^.۔!?,،]*",
     "will be in after lunch"),
    (r"(?:چیک اپ|اپوائنٹمنٹ|ملاقات|ڈاکٹر|معائنے|معائنہ) کے بعد (?![^.۔,،]*نہیں)(?:وہ )?(?:[^.۔!?,،]{0,20}?)"
     r"(?:اسکول|سکول) ?(?:آ|پہنچ|چھوڑ|لے جا|لے آ)[^.۔!?,،]*", "will be in after"),
    (r"(?<![\d:.])(\d{1,2}:\d\d) ?(?:بجے|وجے)( تک)?", lambda m: f" {'by' if m[2] else 'at'} {m[1]} "),
    (rf"(?:(سوا|ساڑھے|ساڈھے|پونے) )?\b{_HOUR} (?:بجے|وجے)( تک)?", _clock),
    (r"ڈیڑھ (?:بجے|وجے)", "at 1:30"), (r"ڈھائی (?:بجے|وجے)", "at 2:30"),
    # Punjabi in Shahmukhi: "اج" (today), "نئیں آؤن گے" (will not come), "سکول توں لے جاواں گی" (take from school)
    (r"\bاج\b", "today"), (r"(?:نہیں|نئیں|نیئں|ناں) (?:آ|جا)[^\s.,!?]*(?: گا| گی| گے)?", "won't be in"),
    (r"(?:اسکول|سکول) (?:سے|توں|تو) (?:لے|لینے) (?:جا|آ)[^\s.,!?]*(?: گا| گی| گے)?", "collect her from school"),
    (r"دنداں|دانتوں|دانت", "dentist"), (r"\bیا\b", "or"),
    # the arrival time before the verb: "ساڑھے نو بجے اسکول پہنچے گا" (will reach school at half past nine)
    (r"(?:تقریباً\s+|تقریبا\s+)?\b(at|by) (\d{1,2}:\d\d)\s+(?:(?:اسکول|سکول)\s+)?(?:پہنچ|آ)[^\s.,!?]*"
     r"(?: گا| گی| گے| جائے?[^\s.,!?]*)?",
     r"will be in \1 \2"),
    (r"فوت ہو[^\s.,!?]*(?: گئے| گئی| گیا)?|فوت", "passed away"),
    (r"پاکستان", "pakistan"), (r"انڈیا|بھارت", "india"), (r"بنگلہ ?دیش", "bangladesh"),
    (r"\b(pakistan|india|bangladesh)\s+جا", r"travelling to \1"),
    (r"جمعرات", "thursday"), (r"اس ہفتے|اس ہفتہ", "this week"), (r"اگلے ہفتے", "next week"),
    (r"(\d{1,2}:\d\d) ?(?:بجے )?تک", r"by \1"),
    (r"پرسوں", "the day after tomorrow"),
    (r"(\d{1,2}(?: [a-z]+)?(?: 20\d\d)?) سے (\d{1,2}(?: [a-z]+)?(?: 20\d\d)?) تک", r"from \1 to \2 inclusive"),
    (r"\b(\d{1,2} [a-z]+(?: 20\d\d)?) (?:سے|توں)(?= )", r"from \1"),
    (r"(?:اس کے بعد|بعد میں)(?![^.,]*نہیں)[^.,]*", "will be in after"),
    (r"اپوائنٹمنٹ|اپائنٹمنٹ|اپوئنٹمنٹ", "appointment"),
    (r"آج صبح", "this morning"), (r"کل رات|گزشتہ رات|رات سے|رات کو", "last night"), (r"کل صبح", "tomorrow morning"),
    (r"سارا دن|پورا دن|پورے دن", "all day"), (r"آج", "today"), (r"کل", "tomorrow"),
    (r"نہیں آ\S*(?: گا| گی| گے)?|نہیں جا\S*(?: گا| گی| گے)?|غیر حاضر", "won't be in"), (r"چھٹی", "leave"),
    (r"طبیعت ٹھیک نہیں|طبیعت خراب|بیمار", "ill"), (r"بخار", "fever"), (r"الٹی\S*|قے|دست", "vomiting"),
    (r"کھانسی", "cough"), (r"نزلہ|زکام", "cold"), (r"اپوائنٹمنٹ|ملاقات کا وقت", "appointment"),
    (r"ہسپتال|اسپتال", "hospital"), (r"ڈاکٹر", "doctor"), (r"دانتوں", "dentist"), (r"انٹرویو", "interview"),
    (r"انتقال|وفات", "passed away"), (r"جنازہ|جنازے", "funeral"), (r"شادی", "wedding"), (r"سالگرہ", "birthday"),
    (r"عید", "eid"), (r"مسجد", "mosque"), (r"دیر", "running late"), (r"تقریباً|تقریبا", "around"), (r"واپس", "back"),
    (r"تک", "until"), (r"اگلے ہفتے", "next week"), (r"باقی ہفتہ|پورا ہفتہ|پورے ہفتے", "the rest of the week"),
    (r"پیر", "monday"), (r"منگل", "tuesday"), (r"بدھ", "wednesday"), (r"جمعرات", "thursday"), (r"جمعہ", "friday"),
    (r"میرا بیٹا|بیٹا", "my son"), (r"میری بیٹی|بیٹی", "my daughter"), (r"بچے|بچوں", "the children"),
    (r"دونوں", "both"), (r"\bاور\b", "and"), (r"(\d+) دن", r"for \1 days"), (r"دو دن", "for 2 days"),
    (r"تین دن", "for 3 days"),
    (r"\b(monday|tuesday|wednesday|thursday|friday)(?:\s+(?:ko|کو|gunune))?\s+until\b", r"until \1"),
    # "جمعرات کو واپس اسکول آئے گی", "بدھ نوں سکول واپس جا سکدا اے", "بدھ کو آ جائے گا": back on that day
    (rf"\b({_DAY_EN}|\d{{1,2}} (?:{_MONTH})(?: 20\d\d)?)\s+(?:کو|نوں|نو)\s+"
     rf"(?:(?:{_SCHOOL}|back)\s+)*(?:will be in as normal|(?:آ|جا)\S*"
     r"(?:\s+(?:جائے|جاوے|سکدا|سکدی|سکتا|سکتی|سکدے|سکتے|جا)\S*)*(?:\s+(?:گا|گی|گے|اے|ہے))?)",
     r"back on \1"),
)
