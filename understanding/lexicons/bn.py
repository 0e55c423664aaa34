"""Bengali."""

MARKERS = frozenset()

_HOURS = (("এক", 1), ("দুই", 2), ("দু", 2), ("তিন", 3), ("চার", 4), ("পাঁচ", 5), ("ছয়", 6), ("সাত", 7), ("আট", 8),
          ("নয়", 9), ("দশ", 10), ("এগারো", 11), ("বারো", 12))

_DAYS = {"সোমবার": "monday", "মঙ্গলবার": "tuesday", "বুধবার": "wednesday", "বৃহস্পতিবার": "thursday",
         "শুক্রবার": "friday"}
_DAY = "(" + "|".join(_DAYS) + ")"
_BRING = r"(?:নিয়ে|নিয়ে|দিয়ে|দিয়ে|পৌঁছে|রেখে)"  # taking, giving, reaching, leaving (him at school)

CANON: tuple[tuple[str, object], ...] = (
    # "৯টা ৪০" (9:40), "পৌঁছাতে ... বাজবে" (will reach school at)
    (r"(\d{1,2})টা (\d{2})(?!\d)(?: মিনিট\S*)?(?: এর| এ)?(?: মতো| মত| দিকে)?", r" around \1:\2 "),
    (r"(?:স্কুলে |ক্লাসে )?(?:পৌঁছাতে|পৌঁছতে|পৌছাতে|পৌছতে) (?:একটু |অনেক )?(?:দেরি|দেরী) হবে", " will be late "),
    (r"(?:স্কুলে |ক্লাসে )?(?:পৌঁছাতে|পৌঁছতে|পৌছাতে|পৌছতে|পৌঁছাবে|পৌঁছবে|পৌছাবে|পৌঁছে যাবে)", " will be in "),
    # "ডাক্তার দেখানোর পর ওকে স্কুলে দিয়ে যাব": back in school after the appointment
    (rf"(?<!\S)(?:পর|পরেই)(?!\S)(?![^.,]*না)[^.,]*?(?:স্কুলে|ক্লাসে) {_BRING} (?:আসব|আসবো|যাব|যাবো|দেব|দিব|দেবো)"
     r"[^\s.,!?।]*", " will be in after "),
    # "বাকিরা স্কুলে যাবে": the others come in
    (r"(?:বাকিরা|বাকি (?:বাচ্চারা|ছেলেমেয়েরা|দুজন|সবাই))(?: (?:স্কুলে|ক্লাসে))? (?:যাবে|আসবে|যাচ্ছে|আসছে)"
     r"(?: (?:স্বাভাবিকভাবে|যথারীতি))?", " the others will be in as normal "),
    # "সোমবার থেকে বৃহস্পতিবার পর্যন্ত": Monday to Thursday, both included
    (rf"{_DAY}(?:ের)? থেকে {_DAY}(?:ের)? পর্যন্ত", lambda m: f" from {_DAYS[m[1]]} to {_DAYS[m[2]]} inclusive "),
    # back in school after the appointment: "অ্যাপয়েন্টমেন্ট শেষ হলে ওকে স্কুলে দিয়ে যাব", "তারপর আমি ওকে স্কুলে নিয়ে আসব"
    (rf"(?:শেষ হলে|শেষ হওয়ার পর\S*|শেষ হওয়ার পর\S*|হয়ে গেলে|হয়ে গেলে|তারপর|এরপর|তার পরে|পরে)(?![^.,]*না)[^.,]*?"
     rf"(?:স্কুলে|ক্লাসে) {_BRING} (?:আসব|আসবো|যাব|যাবো|দেব|দিব|দেবো)[^\s.,!?।]*", " will be in after "),
    # collecting her from school: "১টার সময় স্কুল থেকে নিয়ে যাব" (I'll take her from school at 1)
    (rf"(\d{{1,2}})টা(?:র)?(?: সময়| সময়)?((?: \S+){{0,2}}?) স্কুল থেকে {_BRING} (?:যাব|যাবো|আসব|আসবো)[^\s.,!?।]*",
     r" at \1:00\2 collect her from school "),
    (rf"স্কুল থেকে {_BRING} (?:যাব|যাবো|আসব|আসবো)[^\s.,!?।]*", " collect her from school "),
    # a brother or sister who is ill and needs minding: "বোনকে দেখবে", "ওকে দেখার কেউ নেই"
    (r"(?:ছোট |বড় |বড় )?(?:বোন|ভাই)(?:কে|টাকে) (?:দেখ|দেখাশোনা কর|সামলা)[^\s.,!?।]*", " look after his sister "),
    (r"(?:ওকে|ওদের|তাকে) দেখার (?:কেউ|লোক) নেই", " no one to look after her "),
    (r"(?:ছোট |বড় |বড় )?(?:বোনের|ভাইয়ের|ভাইের)(?= [^.,]{0,20}(?:জ্বর|অসুস্থ|অসুখ|বমি|ঠান্ডা|সর্দি|কাশি))",
     " his little sister has "),
    # religious days and places: puja, the temple, a purnima (full-moon festival), Durga puja, Diwali, Ramadan
    (r"দুর্গা ?পু[জূ]\S*", "durga puja"), (r"দীপাবলি|দিওয়ালি|দেওয়ালি|কালী ?পু[জূ]\S*", "diwali"),
    (r"মন্দির\S*", "temple"), (r"মসজিদ\S*", "mosque"), (r"গির্জা\S*", "church"), (r"গুরুদ্বার\S*", "gurdwara"),
    (r"পুজো\S*|পূজা\S*|পুজা\S*|পূজো\S*", "worship"), (r"\S*পূর্ণিমা\S*|\S*পূর্নিমা\S*", "religious festival"),
    (r"রমজান|রোজা", "ramadan"), (r"ধর্মীয়", "religious"), (r"নামাজ", "prayers"),
    (r"জরুরি অবস্থা|জরুরী অবস্থা|ইমার্জেন্সি|এমার্জেন্সি", "family emergency"),
    # holidays: "ছুটিতে ... যাচ্ছি" (going on holiday), "ছুটি কাটাতে" (to spend the holiday), "বেড়াতে" (on a trip)
    (r"ছুটিতে|ছুটি কাটাতে|বেড়াতে|বেড়াতে|ভ্রমণে", "on holiday"),
    (r"এই সপ্তাহের বাকি (?:দিনগুলো|দিনগুলি|দিন|কয়দিন|ক'দিন)\S*|সপ্তাহের বাকি (?:দিনগুলো|দিনগুলি|দিন)\S*"
     r"|(?:এই )?সপ্তাহের বাকি সময়\S*", "the rest of the week"),
    # "চোখ উঠেছে" (the eyes have "come up"): conjunctivitis
    (r"চোখ (?:উঠ|ওঠ)\S*|চোখে (?:ইনফেকশন|সংক্রমণ)\S*|কনজাংটিভাইটিস", "conjunctivitis"),
    (r"গায়ে হলুদ|গায়ে হলুদ|গায়েহলুদ|মেহেদি|মেহেন্দি|বৌভাত|বউভাত|আকদ|আক্দ", "wedding"),
    # transport: the car broke down, no bus, missed the bus
    (r"(?:গাড়ি|গাড়ি|কার)\S* (?:নষ্ট|খারাপ|বিকল|স্টার্ট নিচ্ছে না|চলছে না)\S*(?: হয়ে| হয়ে)?(?: গেছে| গিয়েছে| গিয়েছে)?",
     "car broke down"),
    (r"বাস (?:আসেনি|আসে নি|আসছে না|নেই|বন্ধ|মিস)\S*|বাস পাইনি|বাস পাই নি", "no bus"), (r"ধর্মঘট|হরতাল", "strike"),
    # tired, anxious, a panic attack, no clean uniform
    (r"ক্লান্ত\S*|অবসন্ন|ঘুম হয়নি|ঘুম হয়নি", "tired"), (r"প্যানিক অ্যাটাক|প্যানিক এটাক", "panic attack"),
    (r"উদ্বেগ\S*|উদ্বিগ্ন|দুশ্চিন্তা\S*|অ্যাংজাইটি|এনজাইটি", "anxiety"), (r"বিষণ্ণতা|ডিপ্রেশন", "depression"),
    (r"ইউনিফর্ম\S*|স্কুল ড্রেস\S*|স্কুলের পোশাক\S*", "uniform"),
    # "আমার দুই বাচ্চাই" (both my children)
    (r"(?:আমার |আমাদের )?(?:দুই|দু'?|২) (?:বাচ্চা|ছেলেমেয়ে|সন্তান|ছেলে|মেয়ে|মেয়ে)(?:ই|রাই|দুটোই|দুজনেই)"
     r"|(?:আমার |আমাদের )?(?:বাচ্চা|ছেলেমেয়ে|সন্তান)(?:রা)? দুজনেই", "both"),
    # a clock time with a case ending: "১২:৩০-এ" (at 12:30); "পৌনে দশটা" (quarter to ten), "সোয়া নয়টা" (quarter past nine)
    (r"(\d{1,2}:\d\d) ?-?(?:এ|য়|য়|টায়|টায়|টার সময়|টার দিকে|এর দিকে)(?!\S)", r"at \1"),
    (r"জলবসন্ত|চিকেন ?পক্স", "chickenpox"), (r"হাম", "measles"),
    (r"নিউমোনিয়া", "pneumonia"), (r"ইনফেকশন|সংক্রমণ", "infection"), (r"হাঁপানি|অ্যাজমা", "asthma"),
    (r"টনসিল\S*", "tonsillitis"), (r"গলা ব্যথা", "sore throat"), (r"কানে ব্যথা|কান ব্যথা", "earache"),
    (r"ভাইরাস", "virus"), (r"কোভিড|করোনা", "covid"), (r"ফ্লু", "flu"), (r"আঘাত|চোট", "injury"),
    (r"ভেঙে গেছে|ভেঙ্গে গেছে", "broken arm"),
    # "until (he is) well": a vague end
    (r"(?:পুরোপুরি |সম্পূর্ণ )?(?:সুস্থ|ভালো) না (?:হওয়া|হয়) পর্যন্ত", "until he is better"),
    (r"(?:বাসায়|বাড়িতে|ঘরে) (?:বিশ্রাম|থাক)[^\s.,!?]*", "staying home"),
    # "সোমবার থেকে আবার স্কুলে যাবে": from Monday he goes to school again, he is back on Monday
    (r"(?:থেকে )?আবার (?:স্কুলে |ক্লাসে )?(?:আসবে|যাবে|আসতে পারবে|যেতে পারবে)(?! না)", "back"),
    (r"অথবা|(?<!\S)বা(?!\S)", "or"),
    (r"এক দিন", "for 1 days"), (r"দুই দিন|দু দিন|দুদিন", "for 2 days"), (r"তিন দিন", "for 3 days"),
    (r"চার দিন", "for 4 days"), (r"পাঁচ দিন", "for 5 days"),
    (r"বাংলাদেশ\S*", "bangladesh"), (r"ভারত\S*", "india"), (r"পাকিস্তান\S*", "pakistan"),
    (r"\b(bangladesh|india|pakistan)\s+যা\S*", r"travelling to \1"), (r"এই সপ্তাহ\S*", "this week"),
    (r"ডাক্তারের কাছে|ডাক্তার দেখাতে", "to the doctor"),
    (r"(\d{1,2}:\d\d) ?(?:টার |এর )?(?:মধ্যে|ভেতরে)", r"by \1"), (r"জ্যাম|যানজট", "traffic"),
    (r"পরশু", "the day after tomorrow"), (r"(\d{1,2})টা\S*", r"around \1:00"),
    (r"(\d{1,2}(?: [a-z]+)?(?: 20\d\d)?) থেকে (\d{1,2}(?: [a-z]+)?(?: 20\d\d)?) পর্যন্ত", r"from \1 to \2 inclusive"),
    (r"পেট খারাপ|পেটে ব্যথা|পেট ব্যথা", "tummy ache"), (r"মাথা ব্যথা|মাথাব্যথা", "headache"), (r"ব্যথা", "pain"),
    (r"(?:তারপর|এরপর|তার পরে|পরে)(?![^.,]*না)[^.,]*(?:আসবে|যাবে)", "will be in after"),
    (r"গতকাল|গত রাত\S*|(?<!স)কাল রাত\S*|রাত থেকে", "last night"), (r"(?<!\S)আজ সকাল\S*", "this morning"),
    (r"(?<!\S)আজ বিকেল\S*", "this afternoon"), (r"সারা দিন|সারাদিন", "all day"), (r"(?<!\S)আজ(?:কে)?(?!\S)", "today"),
    (r"আগামীকাল|(?<!\S)কাল(?!\S)", "tomorrow"),
) + tuple((rf"সাড়ে {w}টা\S*", f"around {n}:30") for w, n in _HOURS) + tuple(
    (rf"পৌনে {w}টা\S*", f"around {n - 1 or 12}:45") for w, n in _HOURS) + tuple(
    (rf"(?:সোয়া|সোয়া) {w}টা\S*", f"around {n}:15") for w, n in _HOURS) + tuple(
    (rf"{w}টা\S*", f"around {n}:00") for w, n in _HOURS) + (
    (r"আসবে না|আসতে পারবে না|যাবে না|যেতে পারবে না|অনুপস্থিত", "won't be in"), (r"ছুটি", "leave"),
    (r"জ্বর", "fever"), (r"কাশি", "cough"), (r"সর্দি|ঠান্ডা", "cold"), (r"অসুস্থ|অসুখ", "ill"),
    (r"বমি|ডায়রিয়া", "vomiting"),
    (r"দেরি|দেরী", "running late"), (r"ডাক্তার", "doctor"), (r"হাসপাতাল", "hospital"),
    (r"অ্যাপয়েন্টমেন্ট|অ্যাপয়েন্টমেন্ট", "appointment"), (r"দাঁতের", "dentist"),
    (r"সাক্ষাৎকার|ইন্টারভিউ", "interview"),
    (r"মারা গেছেন|মারা গেছে|ইন্তেকাল", "passed away"), (r"জানাজা|শেষকৃত্য", "funeral"), (r"বিয়ে", "wedding"),
    (r"জন্মদিন", "birthday"), (r"ঈদ", "eid"), (r"ফিরবে|ফিরে আসবে", "back"), (r"পর্যন্ত", "until"),
    (r"আগামী সপ্তাহ\S*", "next week"), (r"বাকি সপ্তাহ|পুরো সপ্তাহ", "the rest of the week"),
    (r"সোমবার", "monday"), (r"মঙ্গলবার", "tuesday"), (r"বুধবার", "wednesday"), (r"বৃহস্পতিবার", "thursday"),
    (r"শুক্রবার", "friday"), (r"আমার ছেলে|ছেলে", "my son"), (r"আমার মেয়ে|মেয়ে", "my daughter"),
    (r"বাচ্চারা|ছেলেমেয়েরা", "the children"), (r"দুজনেই|দুজন", "both"), (r"এবং|\sআর\s", " and "),
    (r"(\d+) দিন", r"for \1 days"),
    (r"\b(today|tomorrow|monday|tuesday|wednesday|thursday|friday)\s+থেকে", r"from \1"),
    (r"\b(monday|tuesday|wednesday|thursday|friday)(?:\s+(?:ko|کو|gunune))?\s+until\b", r"until \1"),
)
