"""Turkish."""

MARKERS = frozenset([
    "gunaydin", "merhaba", "iyi", "gunler", "bugun", "yarin", "okul", "okula", "okuldan", "tesekkur", "tesekkurler",
    "tesekkurederim", "degil", "gelemeyecek", "gelmeyecek", "ve", "icin", "cok", "hasta", "oglum", "kizim", "ates",
    "kusura", "bakmayin", "biraz", "gec", "kalacak", "gibi", "okulda", "olacak", "doktor", "gun", "okulu", "sonra",
    "ogretmenim", "hocam", "lutfen", "selamlar", "saygilar", "esim", "cocuklar", "bugunku", "yarinki",
    "kaliyor", "kaliyo", "geliyor", "geliyo", "gelicek", "otobus", "otobusu", "kacirdik", "dakika", "dakikaya",
    "oradayiz", "geliyoruz", "gecikecek", "randevusu", "evde", "var", "beri", "dahil", "hastanede", "enfeksiyonu",
    "izin", "izinli", "ogleden", "aksam", "hafta", "evdeyiz", "hastalandi",
    "gelmiyor", "gelmiyo", "gelemiyo", "gitmiyor", "gitmiyo",
    "ozur", "dilerim", "simdi", "uyuyakaldi", "sadece", "ama",
    # weekdays ("sali" and "cuma" are Spanish and Portuguese words too), the stomach and being sick, coming back
    "pazartesi", "carsamba", "persembe", "cumartesi", "midesi", "bozuk", "kustu", "kusuyor", "atesi", "donecek",
    "donuyor", "insallah", "donecegiz", "donecegim",
])

_MONTHS = (("ocak", "january"), ("subat", "february"), ("mart", "march"), ("nisan", "april"), ("mayis", "may"),
           ("haziran", "june"), ("temmuz", "july"), ("agustos", "august"), ("eylul", "september"), ("ekim", "october"),
           ("kasim", "november"), ("aralik", "december"))

_OPERATED = {"apandisit": "appendicitis", "bademcik": "tonsillitis", "fitik": "a hernia"}

_DATE = r"\d{1,2} (?:" + "|".join(e for _, e in _MONTHS) + r")(?: \d{4})?"
_WEEKDAY = r"pazartesi|sali|carsamba|persembe|cuma(?!rtesi)|cumartesi|pazar"
_DAYS = {"pazartesi": "monday", "sali": "tuesday", "carsamba": "wednesday", "persembe": "thursday", "cuma": "friday",
         "cumartesi": "saturday", "pazar": "sunday"}
_INFECTED = {"kulak": "an ear", "idrar": "a urinary", "bogaz": "a throat", "gogus": "a chest", "mide": "a stomach",
             "goz": "an eye", "cilt": "a skin"}
_COUNT = {"iki": "two", "uc": "three", "dort": "four", "bes": "five"}
_HOURS_MIN = {"yarim": 30, "bir": 60, "1": 60, "bir bucuk": 90, "1.5": 90, "1,5": 90, "iki": 120, "2": 120}
_PARTS = {"sabah": "morning", "aksam": "evening", "gece": "night", "ogle": "lunchtime"}
# the hour in the dative ("ona çeyrek kala", a quarter to ten) and the accusative ("dokuzu çeyrek geçe", a quarter past
# nine)
_TO_HOUR = {"bire": 1, "ikiye": 2, "uce": 3, "dorde": 4, "bese": 5, "altiya": 6, "yediye": 7, "sekize": 8, "dokuza": 9,
            "ona": 10, "on bire": 11, "on ikiye": 12}
_PAST_HOUR = {"biri": 1, "ikiyi": 2, "ucu": 3, "dordu": 4, "besi": 5, "altiyi": 6, "yediyi": 7, "sekizi": 8,
              "dokuzu": 9, "onu": 10, "on biri": 11, "on ikiyi": 12}
# "alıp eve götüreceğim": I'll collect him and take him home
_TAKE_HOME = (r"alip (?:eve )?(?:goturecegim|goturecegiz|goturuyorum|goturuyoruz|goturcem|gotururum|getirecegim"
              r"|getirecegiz|getiriyorum|getiririm|getiricem)")
_CLOCK_MINUTES = {"ceyrek": 15, "yirmi bes": 25, "yirmi": 20, "on": 10, "bes": 5}
_MIN_WORDS = r"ceyrek|yirmi bes|yirmi|on|bes|\d{1,2}"
# a hope or a hedge between a day and its verb: "perşembe inşallah okuldalar" (God willing), "umarım" (I hope)
_HOPE = r"(?: (?:insallah|umarim|umariz|umuyorum|umuyoruz|herhalde|galiba|muhtemelen))?"


def _turkish_clock(hour: str, minutes: str, to: bool) -> str:
    """ "ona çeyrek kala" -> "9:45", "dokuzu on geçe" -> "9:10", "10'a 5 kala" -> "9:55"."""
    digits = hour.rstrip("'").split("'")[0]
    h = int(digits) if digits.isdigit() else (_TO_HOUR if to else _PAST_HOUR)[hour]
    n = _CLOCK_MINUTES.get(minutes) or int(minutes)
    return f"{h - 1 or 12}:{60 - n:02d}" if to else f"{h}:{n:02d}"


CANON: tuple[tuple[str, object], ...] = (
    # "İkisi" lower-cases to "i" and a combining dot above: the plain letter
    (r"(?<=i)\u0307", ""),
    # "Can ve Eylül 10:00 gibi okulda olacaklar": a child named for a month ("Eylül", "Nisan") before a clock time was
    # read as a month-first date ("10 september 2027:00"): the name and the time again (a Turkish date puts its day
    # first, and no date runs on into minutes)
    (r"\b(\d{1,2}) (" + "|".join(e for _, e in _MONTHS) + r") \d{4}([:.]\d\d)(?!\d)",
     lambda m: f"{dict((e, t) for t, e in _MONTHS)[m[2]]} {m[1]}{m[3]}"),
    # "10.12'de uçuyoruz", "10.12'den itibaren": a day and month written with a dot (a date, not 10:12: the minutes
    # would be an odd number, or the day past any hour), then its case ending: from, until, on
    (r"(?<!saat )(?<![\d.:/])\b(\d{1,2})\.(\d{1,2})(\.\d{2,4})?(?![\d:]|\.\d)",
     lambda m: f"{m[1]}/{m[2]}{(m[3] or '').replace('.', '/')}" if 1 <= int(m[1]) <= 31 and 1 <= int(m[2]) <= 12
     and (m[3] or int(m[2]) % 5 or int(m[1]) > 23) else m[0]),
    (r"\b(\d{1,2}/\d{1,2}(?:/\d{2,4})?)'?(?:[dt][ae]n)\b(?: (?:itibaren|baslayarak))?", r"from \1"),
    (r"\b(\d{1,2}/\d{1,2}(?:/\d{2,4})?)'?(?:y?[ae]|n[ae]) kadar\b(,? \(?dahil\b\)?)?",
     lambda m: ("up to and including " if m[2] else "until ") + m[1]),
    (r"\b(\d{1,2}/\d{1,2}(?:/\d{2,4})?)'?(?:[dt][ae])\b", r"on \1"),
    # "yarından itibaren gelmeyecekler ... 5 Ocak'ta okulda olacaklar": after an absence from a day onward, the date
    # they are in school again is the day of return
    (r"(\b(?:itibaren|baslayarak|from)\b[^?]{0,200}?)\b(?:on (\d{1,2}/\d{1,2}(?:/\d{2,4})?)|(" + _DATE
     + r")(?:'?(?:[dt][ae]))?) (?:okulda (?:olacak|olur)|derste (?:olacak|olur)|(?:okula|derse) (?:gelecek|gelir"
     r"|gidecek|gider))(?:lar|ler|dir|tir)?\b", lambda m: f"{m[1]}back on {m[2] or m[3]}"),
    # "Can 10.12'de okulda olacak", "11 Aralık'ta okula gelecek": in school on that date (a day present, "will be in
    # on 10/12" as English says it; "sadece 11.12'de gelmeyecek" then names the day off)
    (r"\b(?:on (\d{1,2}/\d{1,2}(?:/\d{2,4})?)|(" + _DATE + r")(?:'?(?:[dt][ae]))?)"
     r" (?:okulda (?:olacak|olur)|derste (?:olacak|olur)|(?:okula|derse) (?:gelecek|gelir|gidecek|gider))"
     r"(?:lar|ler|dir|tir)?\b", lambda m: f"will be in on {m[1] or m[2]}"),
    # "öğretmenine iletir misiniz": could you pass it on to the teacher; "kitabını evde unuttu": forgot his book
    (r"\b(?:iletir|iletebilir|aktarir|aktarabilir|soyler|soyleyebilir|bildirir|bildirebilir)\w* mi\w*\b"
     r"|\b(?:iletebilir|iletirseniz|iletebilirseniz|iletin|iletiniz)\b", "could you tell the teacher"),
    # "dün gece çok geç yattık", "gece yarısına kadar uyumadı": up until all hours (tired, a day at home)
    (r"\b(?:cok |biraz |epey |baya )?gec (?:saate? kadar )?(?:yat|uyu)\w*"
     r"|\bgec saate kadar (?:uyanik|ayakta|uyumadi)\w*|\bgece yarisina kadar (?:uyumad|uyanik|ayakta)\w*",
     "was up until all hours"),
    # clock times: "ona çeyrek kala" (a quarter to ten), "10'a 5 kala", "dokuzu çeyrek geçe" (a quarter past nine)
    (r"\b(on bire|on ikiye|bire|ikiye|uce|dorde|bese|altiya|yediye|sekize|dokuza|ona|\d{1,2}'?y?[ae]) (" + _MIN_WORDS
     + r") kala\b", lambda m: _turkish_clock(m[1], m[2], True)),
    (r"\b(on biri|on ikiyi|biri|ikiyi|ucu|dordu|besi|altiyi|yediyi|sekizi|dokuzu|onu|\d{1,2}'?y?[iu]) (" + _MIN_WORDS
     + r") gece\b", lambda m: _turkish_clock(m[1], m[2], False)),
    # "ancak orada oluruz": we'll only be there then (an arrival time)
    # "10 gibi orada oluruz": a bare hour too
    # ("10.12'de okulda olacak" is a date, "on 10/12" by now: its month is no hour)
    (r"(?<![\d.:/])\b(\d{1,2}(?:[:.]\d\d)?)(?:'?(?:de|da|te|ta))? (?:gibi )?(?:ancak |anca |ancak ancak )?"
     r"(?:orada|orda|okulda|okula)"
     r" (?:oluruz|olacagiz|olur|olacak|olabiliriz|variriz|gelebiliriz|geliriz)\w*", r"will be in at \1"),
    # "zeynepin bugün randevusu var": a name's genitive written without the apostrophe ("Zeynep'in"), before a day,
    # with the thing possessed later in the clause ("randevusu var"; a name that ends so, "Selin yarın gelmeyecek",
    # has none)
    (r"\b(?!(?:bunun|sunun|onun|bugun|yarin|icin|sizin|bizim|kimin|neyin|hepsinin|ikisinin|gunun|sabahin|aksamin|haftanin"
     r"|ayin|evin|okulun|cocugun|ogretmenin)\b)([a-z]{3,}?)(?:n[iu]n|[iu]n)\b(?= (?:bugun|yarin|dun|obur gun|saat \d"
     r"|\d|" + _WEEKDAY + r")\b[^,.;!?]*?\b[a-z]+[iu] (?:var|varmis|olacak)\b)", r"\1"),
    # "Eren geliyor ama 9:30'da": he comes in, but only at that time (an arrival time)
    (r"\b(?:okula )?(?:geliyor|gelecek|gelir|gelicek)(?:lar)? (?:ama|fakat|ancak) (?:ancak |anca |en erken )?(?:saat )?"
     r"(\d{1,2}(?:[:.]\d\d)?)'?(?:de|da|te|ta)\b(?= *(?:[,.;!?]|$))", r"will be in at \1"),
    # "önce Can'ı doktora götürmem lazım": I have to take Can to the doctor first
    (r"\b(once )?([a-z]+)'?y?[iu] (?:once )?(doktor|dis doktoru|disci|hastane|acil)(?:a|ya|e|ye) (?:goturmem|goturmemiz"
     r"|goturecegim|goturecegiz|goturmeliyim|goturmek zorunda)\w*(?: (?:lazim|gerek\w*|sart))?",
     lambda m: ("first " if m[1] else "") + f"i have to take {m[2]} to the "
     + {"disci": "dentist", "dis doktoru": "dentist", "hastane": "hospital", "acil": "a&e"}.get(m[3], "doctor")),
    # "Aras da bizimle gelmek zorunda": he has to come with us (no one to mind him, not the outing's reason)
    (r"\b(?:(?:da|de) )?(benimle|bizimle) (?:gelmek|gelmesi) (?:zorunda|mecbur|gerekiyor|lazim|gerek)\w*",
     lambda m: f"has to come with {'me' if m[1] == 'benimle' else 'us'}"),
    # "evde ona bakacak kimse yok": there is no one to look after him at home
    (r"\b(?:evde )?(?:ona|onlara|kardesine|kardeslerine)? ?(?:bakacak|bakabilecek|bakabilen|goz kulak olacak)"
     r" (?:kimse|kimsem|kimsemiz|biri|birisi) (?:yok|olmadig\w*)\b", "there is no one to look after him at home"),
    # "küçük kardeşine bakması lazım", "kardeşlerine bakmak zorunda", "kardeşine o bakacak": he has to look after his
    # little brother (kept home for sibling care)
    (r"\b(?:evde )?(?:(?:kucuk|buyuk|minik) )?(?:(?:kiz|erkek) )?(?:kardes(?:ine|lerine|imize|ime)|bebege)"
     r" (?:bakmasi|bakmak|bakmasi icin|bakmasini|goz kulak olmasi)(?: (?:lazim|gerek(?:iyor|li)?|zorunda\w*|icin|"
     r"istiyorum|istedim))?\b|\b(?:(?:o|kendisi|evde) )?(?:(?:kucuk|buyuk|minik) )?(?:(?:kiz|erkek) )?"
     r"(?:kardes(?:ine|lerine|imize|ime)|bebege)(?: (?:o|kendisi|evde))? (?:bakacak|bakiyor|bakacaklar|bakiyorlar)\b"
     r"(?! (?:kimse|kimsem|kimsemiz|biri|birisi)\b)",
     "he has to look after his little brother"),
    # "ben işe gitmek zorundayım", "işe gidiyorum": I have to go to work ("işe", to work, not "ise", whereas)
    (r"\b(?:ben |biz |esim )?ise (?:gitmek zorunda\w*|gitmem (?:lazim|gerek\w*)|gitmemiz (?:lazim|gerek\w*)"
     r"|gidiyor\w*|gidecegim|gidecegiz|gitmeliyim|gitmeliyiz|gitmem gerekiyor)", "i have to go to work"),
    # "ama", "fakat" (but); "Ömer ise ...": whereas Ömer (a second child's own clause); "sadece" (only)
    (r"\b(?:ama|fakat|lakin)\b", "but"), (r",\s*([^\W\d_][\w']*) ise\b", r", but \1"),
    (r"\b(?:sadece|yalnizca)\b", "only"),
    # "çünkü" (because), "bilginize sunarım" (for your information), "beni arayabilirsiniz" (you can call me)
    (r"\bcunku\b|\bzira\b", "because"),
    (r"\bbilginize (?:sunar\w*|arz eder\w*)|\bbilginiz olsun\b|\bbilginize\b|\bbilgilerinize\b",
     "for your information"),
    (r"\b(?:herhangi bir (?:sey|sorun|durum)|bir sey|bir sorun|bir durum) olursa\b", "if anything comes up"),
    (r"\b(?:beni|bizi) (?:arayabilirsiniz|arayabilirsin|arayin|arayiniz|arayiverin)\b", "please call me"),
    (r"\biyi calismalar\w*", "all the best"), (r"\biyi sabahlar\b", "good morning"),
    (r"\biyi gunler\b", "good day"), (r"\biyi aksamlar\b", "good evening"),
    # "Ömer'i okula götüremiyorum": I can't take him in; "bırakacak kimse yok": no one to take him
    (r"\b(?:okula )?(?:goturemiyorum|goturemiyoruz|goturemeyecegim|goturemeyecegiz|goturemem|getiremiyorum"
     r"|getiremiyoruz|getiremeyecegim|birakamiyorum|birakamiyoruz|birakamayacagim)\b", "i can't take him to school"),
    (r"\b(?:onu |onlari )?(?:okula )?(?:birakacak|goturecek|getirecek|birakabilecek|goturebilecek) (?:kimse|kimsem"
     r"|kimsemiz|biri|birisi) (?:yok|olmadig\w*)\b", "there is no one to take him"),
    (r"\b(?:onunla |onlarla |yaninda )?(?:evde )?kalmam(?:iz)? (?:gerekiyor|lazim|gerek|sart)\w*",
     "i have to stay at home with her"),
    # "eşim acil ameliyata alındı": a parent rushed into (emergency) surgery
    (r"\b(esim|annem|babam|kocam|karim|annesi|babasi|annemiz|babamiz)\b[^.]{0,40}?\b(?:acil )?ameliyat\w*"
     r" (?:alindi|oldu|edildi|girdi|gecirdi|yapildi)\w*", "my partner was rushed to hospital"),
    (r"\bhastanedeyiz\b|\bhastanedeyim\b", "we are at the hospital"),
    # "öğle arasında gelip alıyorum": I'm collecting her at lunchtime; "okuldan aradılar": the school called
    (r"\b(?:ogle(?:n|yin)?|ogle arasi(?:nda)?) (?:okuldan )?(?:gelip )?(?:aliyorum|alacagim|alirim|aliyoruz|alacagiz"
     r"|alicam|" + _TAKE_HOME + r")\b", "i'm collecting her at lunchtime"),
    # "Kaan'ı bugün saat 1'de alacağım", "kaan i bugun saat 1 de alacagim" (voice-to-text), "yarın 11'de okuldan
    # alırım": I'll collect the child at that time
    (r"\b(?:(?!(?:onu|bunu|sunu|beni|seni|bizi)\b)([^\W\d_]{2,})(?:'| )y?[iu] )?(?:(bugun|yarin) )?(?:saat )?"
     r"(\d{1,2}(?:[:.]\d\d)?)(?:'? ?(?:de|da|te|ta))?(?: (?:gibi|civari|civarinda|sularinda|suralarinda))?"
     r" (?:okuldan )?(?:gelip )?(?:alacagim|aliyorum|alirim|alicam|alacagiz|aliyoruz|alicaz)\b",
     lambda m: f"i'll collect {m[1] or 'him'}" + {"bugun": " today", "yarin": " tomorrow"}.get(m[2] or "", "")
     + f" at {m[3].replace('.', ':')}"),
    # "Mert'i bugün 12:40'ta babası alacak": his dad (mum, grandma ...) collects the child at that time
    (r"\b(?:(?!(?:onu|bunu|sunu|beni|seni|bizi)\b)([^\W\d_]{2,})(?:'| )y?[iu] )?(?:(bugun|yarin) )?(?:saat )?"
     r"(\d{1,2}(?:[:.]\d\d)?)(?:'? ?(?:de|da|te|ta))?(?: (?:gibi|civari|civarinda|sularinda|suralarinda))?"
     r" (babasi|annesi|dedesi|babaannesi|anneannesi|ananesi|teyzesi|halasi|amcasi|dayisi|abisi|ablasi|esim)"
     r" (?:okuldan )?(?:gelip )?(?:alacak|aliyor|alir|alicak)\b",
     lambda m: {"babasi": "his dad", "annesi": "his mum", "esim": "my husband"}.get(
         m[4], "his grandma" if m[4] in ("babaannesi", "anneannesi", "ananesi") else "a relative")
     + f" will collect {m[1] or 'him'}" + {"bugun": " today", "yarin": " tomorrow"}.get(m[2] or "", "")
     + f" at {m[3].replace('.', ':')}"),
    # "şimdi okula gelip Ahmet'i alacağım (13:10 gibi)": I'll collect the named child (at the time given after)
    (r"\b(?:(?:simdi|hemen|birazdan) )?(?:okula |okuldan )?gelip ([^\W\d_]+)'y?[iu] (?:aliyorum|alacagim|alirim"
     r"|aliyoruz|alacagiz|alicam|alicaz)\b(?:,? \(?(?:saat )?(\d{1,2}[:.]\d\d|\d{1,2}(?![\d:.]))(?:'?(?:de|da|te|ta))?"
     r"(?: (?:gibi|civari|civarinda|sularinda|suralarinda))?\)?)?",
     lambda m: f"i'll collect {m[1]}" + (f" at {m[2].replace('.', ':')}" if m[2] else "")),
    # "11:30'da gelip alıyorum", "gelip alacağım": I'm coming to collect her (at that time)
    (r"\b(?:okuldan )?gelip (?:onu |kendisini )?(?:aliyorum|alacagim|alirim|aliyoruz|alacagiz|alicam|alicaz)\b"
     r"|\b(?:onu |kendisini )?almaya (?:geliyorum|gelecegim|gelirim|geliyoruz|gelecegiz|gelicem)\b",
     "i'll collect him"),
    # "bugün okuldan ateşli döndü", "okuldan hasta geldi": came home from school ill (the day is over, not an absence)
    (r"\b(?:bugun )?okuldan (?:eve )?(atesli|atesle|hasta|rahatsiz|kusarak|midesi bulanarak) (?:eve )?(?:dondu|geldi"
     r"|gonderildi|gonderdiler|donduler|geldiler)\b",
     lambda m: "came home from school " + ("with a fever" if m[1].startswith("ates") else "ill")),
    # "bugün okuldan gelince kustu": when he came home from school (when it began, not a session of today)
    (r"\b(?:bugun )?okuldan (?:eve )?(?:gelince|geldikten sonra|gelir gelmez|geldiginde|donunce|dondukten sonra"
     r"|donerken|gelirken|cikinca|ciktiktan sonra)\b", "when he came home from school"),
    (r"\bokuldan (?:aradilar|aradi|arandi|aramislar)\b", "the school called"),
    # "öğleden sonra okulda olmayacak": she won't be in this afternoon
    (r"\b(?:okulda|derste) (?:olmayacak|olmaz|olamayacak|olamaz)\w*", "won't be in"),
    # "Mert'i şimdi getirdim", "az önce okula bıraktım": brought in just now (after the start: a late arrival)
    (r"\b(?:simdi|az once|demin|biraz once|yeni) (?:okula )?(?:getirdim|getirdik|biraktim|biraktik)\b",
     "has just been dropped off late"),
    # "saat 11'de almam lazım": I need to collect her (then); "geri dönmeyecek": she won't come back
    (r"\b(?:onu |kendisini )?(?:okuldan )?(?:almam|almamiz|almaya gelmem) (?:lazim|gerek|gerekiyor|gerekecek"
     r"|sart)\w*", "i need to collect her"),
    (r"\b(?:okula |derse )?geri (?:donmeyecek|donmeyecekler|donmez|gelmeyecek|gelmeyecekler|gelmez|donemeyecek"
     r"|gelemeyecek)\w*", "won't be back"),
    # "kışlık mont almaya gideceğiz": we are going to buy (a coat): shopping
    (r"\balmaya (?:gid|git|gide|gitt)\w*|\balisverise (?:gid|git|gide|cik)\w*", "going shopping"),
    # "şimdi bırakıyoruz", "yoldayız": we're dropping her off now, we're on our way
    (r"\b(?:simdi|birazdan|hemen) (?:okula )?(?:birakiyor|getiriyor|birakicaz|getiricez)\w*", "dropping her off now"),
    # ("yollar kapandı" is the roads, closed: not "yoldalar", they are on the way)
    # "Mert şu an yolda": he is on his way now
    (r"\b(?:su an|su anda|simdi|hala|zaten|artik) yolda(?:yiz|yim|lar)?\b", "is on his way now"),
    # "Berk'i biraz geç getireceğim": I'll bring him in a bit late
    (r"\b(?:biraz |az |birazcik )?gec (?:getir|birak|gotur)\w*", "will be a bit late"),
    # "Azra okula gelecek ama biraz geç": she is coming in, but a bit late (a late arrival, not in as normal);
    # "biraz geç gelecek", "geç gelir": in late
    (r"\b(?:okula |derse )?(?:gelecek|gelir|gidecek|gider|geliyor|gidiyor|gelicek)(?:ler|lar)?"
     r" (?:ama|fakat|ancak|but)(?: sadece)? (?:biraz |az |birazcik |bir tik |cok )?gec\b(?! (?:yat|uyu|kalk))"
     r"(?: (?:gelecek|gelir|gelicek|kalacak|kalir|kaliyor|kalicak)\w*)?", "will be in but a bit late"),
    (r"\b(?:biraz |az |birazcik |bir tik )gec (?:gelecek|gelir|gelicek|geliyor|gidecek|gider)\w*",
     "will be in a bit late"),
    # "sabah erkenden yola çıkıyoruz": we set off early (a departure on the day away, not on the way in)
    (r"\b(?:(sabah|sabahtan|sabahin korunde) )?(?:cok )?erken(?:den)? (?:saatte )?yola cik\w*",
     lambda m: "we set off early" + (" in the morning" if m[1] else "")),
    (r"\byolda(?:yiz|yim|lar)\b|\byola (?:ciktik|cikiyoruz|cikiyorum|cikiyoz|cikicaz)\b", "we're on our way"),
    # "gelemeyebilir" (might not be in), "her an" (at any moment), "gitmemiz gerekebilir" (we may have to go),
    # "netleşince" (once it's confirmed), "birkaç gün" (a few days): a possible absence, not yet decided
    (r"\b(?:okula )?(?:gelemeyebilir|gelmeyebilir|gidemeyebilir|gitmeyebilir)\w*", "might not be in"),
    (r"\bher an\b", "at any moment"), (r"\b(?:git|gel|don)mem\w* gerekebilir\b", "we may have to go"),
    (r"\bnetles(?:ince|tiginde|ir netlesmez)\b|\bbelli olunca\b|\bkesinlesince\b", "once it's confirmed"),
    (r"\bbirkac gun\w*", "for a few days"),
    # "dedemiz çok rahatsız": our grandfather is very unwell (not the child)
    (r"\b(?:dede|buyukbaba)(?:miz|m|si|leri)? (cok )?(?:hasta|rahatsiz)\w*",
     lambda m: "our grandfather is " + ("very " if m[1] else "") + "ill"),
    (r"\b(?:babaanne|anneanne|buyukanne|nine)(?:miz|m|si|leri)? (cok )?(?:hasta|rahatsiz)\w*",
     lambda m: "our grandmother is " + ("very " if m[1] else "") + "ill"),
    (r"\b(?:okuma )?kitab\w*", "reading book"), (r"\b(?:ev )?odev\w*", "homework"),
    (r"\b(?:evde |evde de |okulda )?unut(?:tu|mus|tum|tuk|tular|kan)\w*", "forgot it"),
    # "3-4 Aralık Perşembe ve Cuma", "3 ve 4 Aralık perşembe-cuma günleri": two dates of one month, then their
    # weekdays (each weekday with its own date, as English says it; "-" is a range, "ve" a pair of days)
    (rf"\b(\d{{1,2}}) ?(-|\u2013|ve|ile) ?(\d{{1,2}}) ({'|'.join(e for _, e in _MONTHS)})((?: \d{{4}})?),?"
     rf" ({_WEEKDAY}) ?(?:-|\u2013|ve|ile) ?({_WEEKDAY})(?: gun(?:u|leri))?\b",
     lambda m: ("from " if m[2] in ("-", "\u2013") else "") + f"{_DAYS[m[6]]} {m[1]} {m[4]}{m[5]}"
     + (" to " if m[2] in ("-", "\u2013") else " and ") + f"{_DAYS[m[7]]} {m[3]} {m[4]}{m[5]}"),
    # "8 Aralık Çarşamba günü": the date then its weekday; English names the weekday first (a conflict is seen)
    # "15 Aralık salıdan 18 Aralık cumaya kadar (cuma dahil)": from one date to another ("dahil": inclusive)
    (rf"\b({_DATE}),? ({_WEEKDAY})(?: gunu)?'?(?:(n?[dt][ae]n)\b|(?:y?[ae]|n[ae]) kadar\b(,? \(?(?:(?:{_WEEKDAY})"
     r"(?: gunu)? )?dahil\b\)?)?|\b)",
     lambda m: ("from " if m[3] else "up to and including " if m[4] else "until " if m[0].endswith(("kadar", "kadar)"))
                else "") + f"{m[2]} {m[1]}"),
    # "bugünden 1 Aralık'a kadar": from today until the date ("dahil": inclusive)
    (rf"\b(bugunden (?:itibaren )?)?({_DATE})'?(?:y?[ae]|n[ae]) kadar\b(,? \(?dahil\b\)?)?",
     lambda m: ("from today " if m[1] else "") + ("up to and including " if m[3] else "until ") + m[2]),
    (r"\bbugunden (?:itibaren )?", "from today "),
    # "pazartesiden itibaren bütün hafta": the whole week from Monday (that week, not just the Monday)
    (rf"\b({_WEEKDAY})(?: gunu)?'?n?[dt][ae]n (?:itibaren|baslayarak) (?:butun|tum|koca) hafta\b(?! ?son)",
     lambda m: f"for the whole week from {_DAYS[m[1]]}"),
    # "perşembe akşamından beri": since Thursday evening (the day it began, not a day of absence)
    (rf"\b({_WEEKDAY})(?:(?:n?[dt][ae]n)| (?:gunu )?(sabah|aksam|gece|ogle)\w*) (?:beri|bu yana)\b",
     lambda m: f"since {_DAYS[m[1]]}" + (f" {_PARTS[m[2]]}" if m[2] else "")),
    (r"\b(?:dun|evvelsi) (?:gece|aksam)\w* (?:beri|bu yana)\b", "since last night"),
    (r"\bdunden (?:beri|bu yana)\b", "since yesterday"), (r"\bsabahtan (?:beri|bu yana)\b", "since this morning"),
    (r"\b(?:dun|evvelsi) (?:gece|aksam)\w*|\bgece boyunca\b|\bbu gece\b", "last night"),
    # "Çarşamba dahil", "çarşambaya kadar (dahil)": up to and including Wednesday
    (rf"\b({_WEEKDAY})(?: gunu)?(?:(?:y?[ae]|n[ae]) kadar)? dahil\b|\b({_WEEKDAY})(?: gunu)?(?:y?[ae]|n[ae]) kadar\b"
     r"(?= (?:dahil|evde|okula gel|gelemeyecek|gelmeyecek|yok)\b)",
     lambda m: f"up to and including {_DAYS[m[1]]}" if m[1] else f"until {_DAYS[m[2]]}"),
    # "Zeynep cumaya kadar evde kalacak": she will stay at home until Friday (the verb before the span, as English says
    # it, so that a second child's own days after a comma stay apart)
    (r"\b((?:until|up to and including) (?:on )?[\w/]+(?: (?:inclusive|gunu))?) evde (?:kal(?:acak|icak|sin|mali|iyor"
     r"|malari)|dinlen(?:ecek|icek|sin|meli))\w*",
     lambda m: ("will rest at home " if "dinlen" in m[0] else "will stay home ") + m[1]),
    # "perşembe mi cuma mı": Thursday or Friday (not yet known)
    (rf"\b({_WEEKDAY})(?: gunu)? mi,? ({_WEEKDAY})(?: gunu)? mi\b", lambda m: f"{_DAYS[m[1]]} or {_DAYS[m[2]]}"),
    # "ya pazartesi ya salı (da)": either Monday or Tuesday (not yet known)
    (rf"\bya ({_WEEKDAY})(?: gunu)?,? ya (?:da )?({_WEEKDAY})(?: gunu)?(?: da| de)?\b",
     lambda m: f"either {_DAYS[m[1]]} or {_DAYS[m[2]]}"),
    # "tarihler henüz belli değil": the dates are not known yet (the days cannot be placed)
    (r"\btarihler(?:i)?(?: (?:henuz|daha|hala))? (?:belli degil|belli olmadi|belirsiz|kesinlesmedi|netlesmedi)\w*",
     "no dates yet"),
    (r"\b(?:henuz|daha|hala) (?:belli degil|belli olmadi|belirsiz|kesinlesmedi|bilmiyoruz|bilmiyorum)\w*",
     "not known yet"),
    # "okullar açılınca döner": back when school reopens (after the holidays)
    (r"\bokul(?:lar)?(?:in)? (?:acil(?:inca|diginda|diktan sonra)|baslayinca|basladiginda) (?:okula |geri )?"
     r"(?:doner|donece[kgz]|donu?cez|donuyor|gelir|gelecek|geri gel|baslar|baslayacak)\w*", "back when school reopens"),
    # "4 Ocak'ta okula dönecekler": back at school on 4 January
    (rf"\b((?:(?:{_WEEKDAY})(?: gunu)? )?{_DATE})'?(?:[dt][ae]|y?[ae])? (?:okula |derslere )?"
     r"(?:donece[kgz]|donu?cez|doner|donuyor|donmesi|donmeyi|geri gel|baslayacak|baslar)\w*", r"back on \1"),
    # "Ocak'ta döneceğiz", "ocakta okula dönecek": back in a month with no day (the holidays fall between)
    (r"(?<!\d )\b(" + "|".join(t for t, _ in _MONTHS) + r")(?:'?(?:[dt][ae]))? (?:(?:okula|derslere|geri) )?"
     r"(?:donece|donu?cez|doner|donuyor|geri gel|baslayacak|baslar)\w*", lambda m: "back in " + dict(_MONTHS)[m[1]]),
    # "15 Aralık'tan itibaren" (the date already in English): from that date
    (rf"\b({_DATE})'?(?:[dt][ae]n)? (?:itibaren|baslayarak)\b", r"from \1"),
    # "10-18 Aralık arası izin rica ediyoruz": we request leave from 10 to 18 December
    (rf"\b(\d{{1,2}}) ?- ?({_DATE})(?: tarihleri)? aras\w*", r"from \1-\2"),
    # "biraz dinlenmek istedi, biz de ona bir gün izin verdik": she wanted a rest and we gave her a day off
    (r"\b(?:biraz )?dinlenmek (?:istedi|istiyor|istiyordu)\w*", "wanted to rest a bit"),
    (r"\b(?:biz de )?(?:ona |kendisine |onlara )?(?:bir gun(?:luk)?|bugunluk|bugun) izin ver(?:dik|dim|iyoruz"
     r"|iyorum)\b", "so we gave her a day off"),
    # "gezi için izin formunu imzaladım": I signed the consent form for the trip (a note, not a request for leave)
    (r"\b(?:veli )?(?:izin|onay|muvafakat) (?:form|belge|kagid|dilekce)\w*", "consent form"),
    (r"\bimzala(?:dim|dik|di|yip|yacagim|rim)\w*", "signed"),
    (rf"\b({_WEEKDAY}) (?:gunku|gunu olacak) (?=gezi)", lambda m: f"{_DAYS[m[1]]}'s "),
    (r"\bgezi(?:si|ye|nin|de|den)?\b(?: (?:icin|hakkinda))?", "trip"),
    (r"\bizin (?:rica ed|isti|talep ed|al)\w*", "we request leave"),
    (r"\bizinli (?:olacak|olurlar|olur)\w*|\bizinli\b", "will be on leave"), (r"\bizin\w*", "leave"),
    # a parent's heart attack or stroke: an emergency in the family
    (r"\b(esim|annem|babam|kocam|karim|annesi|babasi|annemiz|babamiz|babaannesi|anneannesi|dedesi|dedem|ninem)\b"
     r"[^.]{0,40}?\b(?:kalp krizi|felc|inme|beyin kanamasi|kaza)\w* (?:gecirdi|oldu|yasadi|gecirmis)\w*",
     "my partner was rushed to hospital"),
    (r"\bkalp krizi\w*", "a heart attack"), (r"\byogun bakim\w*", "intensive care"),
    # "ayak bileğini burktu": sprained an ankle; "evde dinlenecek": resting at home
    # "kolunda çatlak var", "bacağı kırık": a fractured arm, leg
    (r"\b(kol|bacak|bacag|ayak|ayag|parmak|parmag)\w* (?:catlak|kirik|kemik catla)\w*(?: (?:var|olmus|cikti)\w*)?",
     lambda m: "a fractured " + ("arm" if m[1] == "kol" else "finger" if m[1].startswith("parma") else "leg")),
    (r"\bayak bileg\w*|\bayak bilek\w*", "ankle"), (r"\b(?:el )?bileg\w*|\b(?:el )?bilek\w*", "wrist"),
    (r"\bburk\w*|\bincin\w*", "sprained"), (r"\bsis(?:ti|mis|ik|kin)\w*", "swollen"),
    # "evde dinlenecek", "evde dinlensin": he will rest at home (a plan, not what he was doing)
    (r"\bevde dinlen(?:ecek|icek|sin|meli)\w*", "will rest at home"),
    (r"\bevde dinlen(?!me)\w*", "resting at home"),
    (r"\b(?:(?:herkese|hepinize|size|sizlere) )?(?:simdiden )?iyi (?:tatiller|bayramlar|yillar|seneler|haftasonlari"
     r"|hafta sonlari)\w*(?: (?:herkese|hepinize|simdiden))?", "happy holidays everyone"),
    # "Meryem iyileşti, bugün okula dönüyor": better and back today (no absence)
    # "öğleden sonra iyileşirse getiririm": if she's better I'll bring her in this afternoon
    (r"\b(?:eger )?(?:iyiles|duzel|toparlan)(?:ir|ecek olur)se\b|\b(?:daha )?iyi (?:olursa|hissederse)\b",
     "if she's better"),
    (r"\bif she's better (?:okula )?(?:getiri|getirece|gonderi|gonderece|birakir|birakaca)\w*",
     "if she's better i'll bring her in"),
    (r"\b(ogleden sonra|ogle(?:n|yin|ye dogru)|ogle arasi(?:nda)?) (if she's better i'll bring her in)\b",
     lambda m: m[2] + (" this afternoon" if m[1] == "ogleden sonra" else " after lunch")),
    # "öğleden sonra (okula) geri getireceğim": I'll bring him back for the afternoon (out for the morning only;
    # "in", not "back": a verb-final "today ... back" would read as the day of return)
    (r"\b(?:bugun )?ogleden sonra(?:ki)?(?: derslere| okula)? (?:geri )?(?:getirece|getiri|birakaca|birakir|getir)\w*",
     "i'll bring him in for the afternoon"),
    (r"\b(?:bugun )?ogleden sonra(?:ki)?(?: derslere| okula)? (?:geri (?:gelece|gelir|don)|donece|doner|donuyor)\w*",
     "he'll be in for the afternoon"),
    # "sabah okula geldi", "bu sabah okula gitti", "sabah okuldaydı": she came in this morning (registered; a collection
    # later is the afternoon's)
    (r"\b(?:bu |bugun )?sabah(?:leyin)? (?:okula (?:geldi|gitti|geldiler|gittiler)|okuldaydi(?:lar)?)\b"
     r"|\bokula (?:geldi|gitti|geldiler|gittiler) (?:bu |bugun )?sabah\b", "came in this morning"),
    # "sabah okulda olacak", "Nehir sabah okula gelecek": in for the morning (collected, or off, for the afternoon)
    (r"(?<!\byarin )(?<!\bbu )(?<!\bbugun )(?<!\bher )\bsabah(?:leyin)? (?:okulda (?:olur|olacak)"
     r"|okula (?:gelir|gelecek|gidecek|gider|gelicek|gidicek))\w*", "will be in for the morning"),
    # "öğleden sonra okulda olur": she'll be in school for the afternoon
    (r"\b(?:bugun )?ogleden sonra(?:ki)? (?:okulda (?:olur|olacak)|okula (?:gelir|gelecek))\w*",
     "she'll be in for the afternoon"),
    (r"\biyiles(?:ti|mis|ti\w*|iyor)\w*|\bdaha iyi\b", "is better"),
    # "Mert iyi, okula gelecek", "Mert'in bir şeyi yok": that child is well (a sibling not ill, not an absence)
    (r"\b(?:cok |gayet |tamamen )?iyi(?:dir|ler|ydi)?(?= *[,.;!]| *$| ve\b)|\b(?:bir|hicbir) seyi yok\b", "is fine"),
    # "midesi bozuk", "midesi bozuldu": an upset stomach
    (r"\bmide(?:si|m|n|leri)? (?:bozuk|bozul|bozug)\w*", "stomach bug"),
    # "mide virüsü", "mide gribi", "rotavirüs": a stomach bug
    (r"\bmide (?:virus|grib|bozuklu)\w*|\bgastroenterit\w*|\brota ?virus\w*|\bnoro ?virus\w*", "stomach bug"),
    (r"\bbugun(?:den itibaren)? (?:okula |derslere )?(?:donuyor|doner|donece[kgz]|donu?cez|basliyor|basladi)\w*",
     "is back at school today"),
    (r"\bbugunden (?:itibaren|baslayarak)\b", "from today"),
    (r"\byarindan (?:itibaren|baslayarak)\b", "from tomorrow"),
    # "günü henüz belli değil": the day is not known yet; "o gün": that day
    (r"\b(?:gunu|gun|tarihi|tarih|saati)(?: (?:henuz|daha))? (?:belli degil|belli olmadi|belirsiz|kesinlesmedi)\w*",
     "the day is not known yet"),
    # "diş çekimi" (a tooth taken out), "göz muayenesi" (an eye test), "muayene" (an examination by a doctor)
    (r"\bdis(?:i|ini)? cek(?:im|ilme|tir)\w*", "tooth extraction"), (r"\bgoz muayene\w*", "eye test"),
    (r"\bmuayene\w*(?! ?(?:dan|den) sonra)", "check-up"),
    (r"\bo gun\b", "that day"), (r"\bmr (?:cekim|cektir)\w*|\bemar\b|\bmr\b", "mri scan"),
    # "kulak burun boğaz (KBB)": the ear, nose and throat clinic (a specialist, not a sore throat)
    (r"\bkulak[ -]?burun[ -]?bogaz\w*|\bkbb\w*", "ent clinic"),
    (r"\bortodont\w*", "orthodontist"), (r"\baile hekim\w*|\baile doktor\w*", "gp"),
    # "Çarşamba sabahı Antalya'ya uçuyoruz": the morning the family leaves (the whole day is missed)
    (rf"\b({_WEEKDAY})(?: gunu)? sabah(?:i|leyin)?\b(?=[^.,!?]{{0,30}}?\b(?:ucuyor|ucacag|ucar|ucag|ucus|yola cik)\w*)",
     r"\1"),
    (rf"\b({_WEEKDAY})(?: gunu)? sabah(?:i)?\b", r"\1 morning"),
    # a time of arrival: "20 dakikaya oradayız", "10 dakika gecikecek"
    (r"\b(\d{1,3}) ?(?:dk|dakika)\w*(?: (?:icinde|sonra))? (?:orada|okulda|geliyoruz|geliriz|gelir|variriz|vari|varmis)"
     r"\w*", r"will be there in \1 minutes"),
    (r"\b(\d{1,3}) ?(?:dk|dakika)\w* (?:gec|gecik)\w*", r"\1 minutes late"),
    (r"\b(?:otobus|servis)\w* kacir\w*|\b(?:otobus|servis)\w* kacti\b", "missed the bus"),
    # "bugün göndermiyorum": I'm not sending her in today
    (r"\bgonder(?:mi|me|em)\w*", "won't be in"),
    (r"\b(?:gribe|grip\w*|nezleye|soguk alginligina) yakalan\w*", "caught flu"),
    # "doktor gelecek hafta evde dinlenmesini söyledi": rest at home all next week (after an operation the English
    # rules would not place a bare "next week")
    (r"\b(?:doktor\w* )?(?:onumuzdeki|gelecek) hafta(?: boyunca)? (?:evde )?(?:dinlenme\w*|istirahat\w*)"
     r" (?:soyle\w*|onerdi|istedi|verdi|gerek\w*|lazim)", "the doctor said to rest at home monday to friday next week"),
    # "geçen hafta": last week (when it began, not a day of absence)
    (r"\bgecen hafta(?:ki)?\b(?! ?sonu)", "last week"),
    (r"\b(?:evde )?dinlenme\w* (?:soyle\w*|onerdi|istedi)", "said to rest at home"),
    (r"\b(?:evde )?dinlenme\w* (?:gerek\w*|lazim)|\bdinlen\w*", "rest"),
    (r"\b(?:ev\w* )?(?:su|sel) bas\w*|\b(?:ev\w*|mutfag\w*|bodrum\w*) (?:su|sel) (?:dolu|icinde|altinda)\w*"
     r"|\bsu basma\w*|\bsel\w* (?:oldu|geldi)|\btesisat patla\w*|\bboru patla\w*", "flooded"),
    # "Efe'nin bademcik ameliyatı var", "pazartesi bademcik ameliyatı olacak", "bademcikleri alınacak": an operation
    # for a named illness, to come (tonsils out, an appendix: the illness, not a medical appointment)
    (r"\b(apandisit|bademcik|fitik)\w* ameliyat\w*\b(?! (?:oldu|gecirdi|edildi|olmustu)\b)"
     r"(?: (?:var|olacak\w*|oluyor\w*|olmasi gerek\w*|olmasi lazim))?"
     r"|\b(bademcik)\w* (?:((?:bugun|yarin|" + _WEEKDAY + r")\w*) )?(?:alinacak|alindi|alinacagi|aldiracag\w*"
     r"|aldiriyor\w*|aldirdik|cikarilacak\w*|cikarildi)\b",
     lambda m: (f"{m[3]} " if m[3] else "") + f"was operated on for {_OPERATED[m[1] or m[2]]}"),
    # "apandisit ameliyatı oldu": had (appendicitis) surgery, recovering at home
    (r"\b(?:(apandisit|bademcik|fitik)\w* )?ameliyat\w* (?:oldu|gecirdi|edildi|olmustu)\b",
     lambda m: f"was operated on for {_OPERATED[m[1]]}" if m[1] in _OPERATED else "had an operation"),
    (r"\bapandisit\w*", "appendicitis"),
    # "önümüzdeki hafta boyunca", "bütün gelecek hafta", "önümüzdeki haftanın tamamı": every day of next week (after
    # "pazartesi", an operation's day, the English rules would keep only the Monday)
    (r"\b(?:(?:butun|tum|koca) )?(?:onumuzdeki|gelecek) hafta(?:(?: da| de)? boyunca|nin tamami\w*)"
     r"|\b(?:butun|tum|koca) (?:onumuzdeki|gelecek) hafta(?:yi)?\b"
     r"|\b(?:onumuzdeki|gelecek) hafta (?:butun|tum) hafta\b",
     "monday to friday next week"),
    (r"\bonumuzdeki hafta(?: da| de)?\b|\bgelecek hafta(?: da| de)?\b|\bhaftaya\b", "next week"),
    # "Can okula gidiyor": that child comes in (the negative is "gitmiyor", another word)
    (r"\b(?:okula|derse) (?:normal(?: sekilde)? |her zamanki gibi )?(?:gidiyor|geliyor|gidiyorlar|geliyorlar)\b",
     "will be in as normal"),
    # "okula normal gelmeye devam edecek": he will keep coming to school as normal (no absence)
    (r"\b(?:okula|derse) (?:normal(?: sekilde)? |her zamanki gibi )?(?:gelmeye|gitmeye) devam (?:edecek|ediyor"
     r"|edecekler|ediyorlar|eder|ederler)\b", "will be in school as normal"),
    # "yarın durumuna bakıp size haber veririm": tomorrow is undecided (I'll let you know)
    (r"\byarin(?:ki)?\b[^.!?,]{0,40}?\b(?:haber|bilgi) ver\w*|\byarin(?:ki)?\b[^.!?,]{0,40}?\bbildir\w*",
     "i'll let you know about tomorrow"),
    # "Cuma'ya bakarız", "perşembe günü durumuna bakacağız": we'll see about that day (undecided, not a day off)
    (rf"\b({_WEEKDAY}|yarin)(?: gunu)?'?(?:(?:y?[ae]|n[ae])|(?: gunu)?(?: (?:bir|durum\w*|duruma))?)"
     r" (?:bakariz|bakacagiz|bakacaz|bakicaz|bakcaz|bakarim|bakacagim|bakicam|bakalim)\b",
     lambda m: "we'll see about " + ("tomorrow" if m[1] == "yarin" else _DAYS[m[1]])),
    # "hastane arayıp haber verecek": the hospital will let us know
    (r"\b(?:(?:arayip|arayarak|mesajla|mesaj atip) )?(?:haber|bilgi) (?:verecek|verecekler|vereceg|veririz|veririm"
     r"|verir|verirler)\w*", "will let us know"),
    # ("nişan töreni", "kına töreni": an engagement, a henna night, read below)
    (r"\bmezuniyet\w*|\bdiploma toren\w*", "graduation"), (r"(?<!\bnisan )(?<!\bkina )\btoren\w*", "ceremony"),
    (r"\bablas\w*|\babla\b", "older sister"), (r"\bagabey\w*|\babisi\w*", "older brother"),
    # "küçük kardeşi hasta ve evde ona bakması gerekiyor": his sibling is ill and he has to look after him
    # "küçük kardeşi gece hastalandı": when it began ("gece", "dün akşam") may stand between
    (r"\b(?:kucuk |buyuk )?(?:kiz |erkek )?kardes(?:i|leri|im|imiz)\b(?: (?:de )?(?:(?:dun|bu) )?(?:gece|aksam|sabah)"
     r"(?:tan beri|dan beri)?| (?:de )?dun(?:den beri)?| (?:since )?last night)?(?= (?:de )?(?:hasta|rahatsiz|ates"
     r"|kus))",
     "his little brother is"),
    (r"\b(?:evde )?(?:ona|onlara|kardesine|kardeslerine) (?:bak\w*|goz kulak ol\w*)|\bonunla ilgilen\w*",
     "look after him at home"),
    # "diğer çocuklar okula gelecek": the others come in
    (r"\b(?:diger(?:leri)?|obur(?:leri)?)(?: (?:cocuk\w*|ikisi|ucu|kardes\w*))? (?:okula )?(?:normal )?"
     r"(?:gelecek\w*|gidecek\w*|geliyor\w*|gidiyor\w*)", "the others will be in as normal"),
    # "pardon yarın değil cuma", "yarın değil de cuma": not that day, the next one (a self-correction)
    (r"\b((?:(?:ay|yok|hayir|aa),? )?(?:pardon|ozur dilerim|yanlis yazdim|yanlis soyledim),? )?(" + _WEEKDAY
     + r"|yarin|bugun|obur gun)(?: gunu)? degil(?: de)?\b[,.!]* (?=(?:" + _WEEKDAY + r"|yarin|bugun|obur gun|\d))",
     lambda m: ("sorry, " if m[1] else "") + f"not {m[2]}, "),
    # "yok cuma okul kapalı zaten, pazartesi": no, the school is closed that day anyway (the day after it is meant)
    (r"\b(?:yok|hayir|ay|aa),? (" + _WEEKDAY + r"|yarin|obur gun)(?: gunu)? (?:(?:okul|okullar)(?:imiz)? )?"
     r"(?:zaten )?(?:kapali|tatil)(?: zaten)?[,.!]* (?=(?:" + _WEEKDAY + r"|yarin|obur gun|\d))",
     r"no, \1 the school is closed anyway, sorry i mean "),
    # "yarın gelemeyecek, yok pardon, cuma": the verb goes before the day, as English says it
    (r"\b(" + _WEEKDAY + r"|yarin|bugun|obur gun)(?: gunu)? ((?:okula |derse )?(?:gelemeyecek|gelmeyecek|gidemeyecek"
     r"|gitmeyecek|gelemez|katilamayacak|gelemiyor)\w*),? (?:(?:ay|yok|hayir|aa) )?(?:pardon|ozur dilerim"
     r"|yanlis yazdim|yanlis soyledim)(?: (?:yanlis yazdim|yanlis soyledim|yani|demek istedim))?[,.!]?"
     r" (?=(?:(?:yani|aslinda|dogrusu) )?(?:" + _WEEKDAY + r"|yarin|bugun|obur gun|\d))", r"\2 \1, sorry i mean "),
    # "Çarşamba dönecek, pardon, Perşembe": a self-correction ("sorry, I mean")
    (r"\b((?:" + _WEEKDAY + r"|yarin|bugun|obur gun|\d{1,2}\b)[^.!?]{0,40}?),? (?:(?:ay|yok|hayir|aa) )?"
     r"(?:pardon|ozur dilerim|yanlis yazdim|yanlis soyledim)(?: (?:yanlis yazdim"
     r"|yanlis soyledim|yani|demek istedim))?[,.!]? (?=(?:(?:yani|aslinda|dogrusu) )?(?:" + _WEEKDAY
     + r"|yarin|bugun|obur gun|\d))", r"\1, sorry i mean "),
    # "pardon yanlış yazdım, randevu yarın", "özür dilerim yanlış söylemişim": I wrote, said it wrong (a self-correction
    # with no day right after it: what it names next replaces what came before)
    (r"\b(?:(?:ay|yok|hayir|aa),? )?(?:(?:pardon|ozur dilerim|kusura bakmayin),? )?yanlis (?:yazdim|soyledim|yazmisim"
     r"|soylemisim|yazdik|soyledik|yazmisiz|soylemisiz)\b[,.!]*", "sorry, my mistake,"),
    (r"\bkusura bakma\w*|\bkusurumuza bakma\w*|\bozur dile\w*", "sorry"),
    # "dün gece evimizde yangın çıktı": a house fire
    (r"\b(?:ev\w* )?yangin\w*(?: (?:cikti|cikmis|oldu|olmus|cikinca|cikti\w*))?|\bev\w* yan(?:di|mis)\w*",
     "we had a house fire"),
    # "yarım saate kadar okulda olur": there within half an hour (an arrival time)
    (r"\b(yarim|bir|1|bir bucuk|1[.,]5|iki|2) saat(?:e kadar|e|lik| icinde| sonra)? (?:okulda|orada|okula)?"
     r" ?(?:olur|olacak|geliyoruz|geliriz|gelir|gelecek|variriz|varir|variyoruz|variyor)\w*",
     lambda m: f"will be there in {_HOURS_MIN[m[1]]} minutes"),
    (r"\b(yarim|bir|1|bir bucuk|1[.,]5) saat (?:gec|gecik)\w*", lambda m: f"{_HOURS_MIN[m[1]]} minutes late"),
    (r"\btaksi\w*", "taxi"),
    # "annem Türkiye'den geldi": a relative came from Turkey (a visitor here, not a trip there)
    (r"\bturkiye'?(?:den|dan) (?:yeni |dun |bu sabah |bu hafta )?gel(?:di|diler|mis|misler|iyor|iyorlar|ecek|ecekler"
     r"|icek)\w*", "came from turkey"),
    # a suffix after an apostrophe: "Elif'in" (Elif's), "Kerem'e"; not a clock time ("10'a")
    # "Emir'in son okul günü salı olacak", "okuldaki son günü", "okula son geleceği gün": the last day in before an
    # absence (a day at school, not off; "okulun son günü", the school's last day, is the end of term)
    (r"\b(?:([a-z]+)'n?[iu]n )?(?<!\bokulun )(?:(?:okuldaki|okulda) son (?:gun(?:u|leri)|ders gunu)"
     r"|son (?:okul|ders) gun(?:u|leri)|okula son (?:gelecegi|gidecegi|gelecekleri|gidecekleri) gun(?:u)?)\b",
     lambda m: (f"{m[1]}'s" if m[1] else "the") + " last day at school will be"),
    (r"\b([a-z]+)'(?:n?[iu]n|y?[ei]|y?[au]|[dt][ea]n?|y?l[ea]|l[ea]r\w*)\b", r"\1"),
    (r"\b(\d{1,2}(?:[:.]\d\d)?)'?(?:y?[ae]) (?:dogru|kadar) (?:okulda (?:olur|olacak\w*)|okula (?:gelir|gelecek\w*"
     r"|getiri\w*|getirece\w*))\b", r"will be in around \1"),
    (r"\b(\d{1,2}(?:[:.]\d\d)?)'?(?:y?[ae]) (?:dogru|kadar)\b", r"around \1"),
    # "okula ancak 9:15'te bırakabilirim": I can only drop her off then (an arrival time)
    (r"\b(?:okula )?(?:ancak |anca |en erken )?(?:saat )?(\d{1,2}(?:[:.]\d\d)?)'?(?:de|da|te|ta) (?:ancak |anca )?"
     r"(?:okula )?(?:getirebil|birakabil|gelebil|getirece|birakaca)\w*", r"will be in at \1"),
    # "9:15'te okulda olacak": he will be in at 9:15
    (r"\b(?:saat )?(\d{1,2}(?:[:.]\d\d)?)'?(?:de|da|te|ta) (?:okulda (?:olur|olacak\w*|olmus olur)"
     r"|okula (?:gelir|gelecek\w*|varir|varacak\w*|getiri\w*|getirece\w*|birakir\w*|birakaca\w*))\b",
     r"will be in at \1"),
    # "okula saat 10 civarı gelir", "9:40 civarı orada oluruz": in (there) around then
    (r"(?<![\d/])\b(?:okula )?(?:saat )?(\d{1,2}(?:[:.]\d\d)?) (?:gibi|civari|civarinda|sularinda|suralarinda)"
     r"(?: (?:ancak|anca|ancak ancak))?"
     r" (?:(?:okulda|orada) (?:olur|oluruz|olacak|olacagiz|olmus olur)|(?:okula )?(?:gelir|gelecek|varir|variriz"
     r"|varacak|getiri|getirece|birakir|birakaca))\w*", r"will be in around \1"),
    # "Defne'yi 9:40 gibi getirebilirim ancak": I can only bring her in around then (an arrival time)
    (r"(?<![\d/])\b(\d{1,2}(?:[:.]\d\d)?) (?:gibi|civari|civarinda|sularinda|suralarinda)(?: (?:ancak|anca))?"
     r"(?: okula)?"
     r" (?:getirebil|birakabil|gelebil|getiri|getirece|birakir|birakaca)\w*(?: (?:ancak|anca))?",
     r"will be in around \1"),
    # "öğleden önce okula getiririm": I'll bring him in before lunch (out for part of the morning only)
    (r"\bogleden once (?:okula )?(?:getiri|getirece|birakir|birakaca|gelir|gelece)\w*",
     "I'll bring him to school before lunch"),
    # "randevudan sonra okula getireceğim", "sonrasında okula getiririm": in school after the appointment
    (r"\b(?:(?:randevu|doktor|disci|hastane|muayene)(?:dan|den) sonra|sonrasinda|ardindan|ondan sonra|bundan sonra)"
     r"(?: da| de)?(?: (ogle(?:n|yin)?|ogle arasi)(?: (?:gibi|civari|civarinda|sularinda|suralarinda))?"
     r"| (?:saat )?(\d{1,2}(?:[:.]\d\d)?)(?:'?(?:de|da|te|ta))? (?:gibi|civari|civarinda|sularinda|suralarinda))?"
     r" (?:okula |derse )?(?:getirece|getiri|birakaca|birakir|goturece|goturu|gelece|gelir)\w*",
     lambda m: "will be in after" + (", around 12:00" if m[1] else f", around {m[2].replace('.', ':')}" if m[2]
                                     else "")),
    # "öğlen okula getiririm": I'll bring him in at noon
    (r"\b(?:ogle(?:n|yin|ye dogru)|ogle arasi(?:nda)?) (?:okula )?(?:getiri|getirece|gelir|gelece|birakir|birakaca)\w*",
     "will be in at 12:00"),
    # "pazartesi okulda olur", "cuma günü görüşürüz" (see you on Friday): the day of return
    # "perşembe inşallah okuldalar": a hope ("inşallah", "umarım") may stand between the day and the verb
    (r"\b(pazartesi|sali|carsamba|persembe|cuma)(?: gunu)?" + _HOPE + r" (?:okulda (?:olur|olacak)\w*|gorusuruz"
     r"|gorusmek uzere"
     r"|okuldalar|okuldadir|okuldadirlar|okulda(?= *(?:[,.;!]|$)))\b",
     r"back on \1"),
    (rf"\b({_WEEKDAY}|yarin)(?:ki|i)?(?: gunu)?(?:y?[ae]|n[ae])? (?:durum\w*|vaziyet\w*)"
     r" (?:bak\w*|gore \w+(?: ver\w*)?)",
     lambda m: f"i'll let you know about {_DAYS.get(m[1], 'tomorrow')}"),
    (r"\b(?:okulda|derste) (?:olur\w*|olacak\w*|olmus olur\w*)\b", "will be in"),
    (r"\bservis\w* (?:gelmedi|gelmiyor|kacti|kacirdik|yok|calismiyor|calismadi|calismayacak\w*|iptal\w*)\b"
     r"|\bservisi kacirdi\w*", "the bus didn't come"),
    (r"\bastim\w*|\bastim krizi\w*", "asthma"), (r"\bmigren\w*", "migraine"),
    (r"\bnefes (?:al\w* )?(?:zorlan|darlig|sikint|alamiyor|alamadi)\w*", "struggling to breathe"),
    (r"\b(kulak|idrar|bogaz|gogus|mide|goz|cilt)\w*(?: yolu)? enfeksiyon\w*", lambda m: _INFECTED[m[1]] + " infection"),
    (r"\benfeksiyon\w*|\benfekte\b", "infection"), (r"\bantibiyoti\w*", "antibiotics"),
    (r"\bbronsit\w*", "bronchitis"), (r"\bzaturre\w*", "pneumonia"), (r"\bbademcik\w*", "tonsillitis"),
    # "raporu getireceğim", "doktor raporunu göndereceğim": I'll bring in the doctor's note (not another rest)
    (r"\b(?:doktor |hastane )?rapor(?:u|unu|unuzu)? (?:da )?(?:getirecegim|getiririm|getircem|getiricem|getirecegiz"
     r"|getiririz|gonderecegim|gonderirim|gondericem|yollayacagim|yollarim|iletecegim|iletirim|teslim edecegim)\b",
     "i'll bring in the doctor's note"),
    (r"\bistirahat\w*|\b(?:doktor )?rapor\w*", "rest at home"),
    # a parent rushed to hospital: "esim gece acil olarak hastaneye kaldirildi"
    # "babamı acil olarak hastaneye kaldırdılar": they rushed my father to hospital (the relative as the object);
    # "annemi kalp krizi şüphesiyle acile kaldırdılar": to A&E
    (r"\b(?:esim|annem|babam|kocam|karim|annesi|babasi|annemiz|babamiz|babaannesi|anneannesi|dedesi|dedem|ninem"
     r"|babaannem|anneannem)(?:i|ni|izi)?\b"
     r"[^.]{0,50}?(?:hastaneye|acile|acil servise) (?:kaldirildi|yatirildi|goturuldu|kaldirdik|kaldirdilar|yatirdilar"
     r"|yatirdik|goturduk"
     r"|goturduler|goturdu|kaldirmislar|yatirmislar)\w*", "my partner was rushed to hospital"),
    # "hastaneye kaldırıldı": was admitted to hospital (a parent taken there is the rule above)
    (r"\b(?:acil(?: olarak)? )?hastaneye (?:kaldirildi|yatirildi|kaldirdik|yatirdik|yatti)\w*",
     "was admitted to hospital"),
    # "diş doktoruna gidecek": to the dentist ("doktor" alone is a doctor); "sağlık ocağı": the GP's surgery
    (r"\bdis doktor\w*", "dentist"), (r"\bsaglik ocag\w*|\baile sagligi merkez\w*", "gp surgery"),
    # "dün aşı oldu", "aşısı yapıldı", "aşılandı": a vaccination had (before a fever, the reaction is the reason, not a
    # medical appointment): the English rules read "had his vaccination" so
    (r"\b(?:asi(?:si|lari|sini|larini)? (?:oldu|olduk|oldular|yapildi|yaptirdik|yaptirdim)|asilandi\w*)\b",
     "had his vaccination"),
    # "aşısı var": she has her vaccination (an appointment)
    (r"\basi(?:si|lari|sini|m)? (?:var|olacak|yapilacak|olmasi gerek\w*)\b", "has her vaccinations"),
    # "benim hastane randevum var": I (the parent) have an appointment ("randevum": my appointment), not the child
    (r"\b(?:benim )?(?:kendi )?(?:(hastane|doktor|dis|disci|goz|kulak burun bogaz|kbb|aile hekimi) )?randevum"
     r" (?:var|olacak)\b",
     lambda m: "i have a " + {"hastane": "hospital ", "doktor": "doctor ", "dis": "dentist ", "disci": "dentist ",
                              "goz": "eye ", "kulak burun bogaz": "ent ", "kbb": "ent ",
                              "aile hekimi": "gp "}.get(m[1] or "", "") + "appointment"),
    (r"\b(?:veya|ya da|yahut)\b", "or"),
    (r"\biltiha[pb]\w*", "infection"), (r"\bbogaz\w*", "sore throat"),
    (r"\bgiris sinav\w*|\bbursluluk sinav\w*", "entrance exam"),
    (r"\b(?:ogle\w* )?(?:saat )?(\d{1,2}(?:[:.]\d\d)?)'?(?:de|da|te|ta)\b", r"at \1"),
    # "12'de alıp eve götüreceğim", "okuldan alıp eve getireceğim": I'll collect him and take him home (at that time)
    (r"\b(?:onu |kendisini )?(?:okuldan )?" + _TAKE_HOME + r"\b", "alacagim"),
    # "öğlen 12:30'da (okuldan) alacağım": I'll collect him at that time
    (r"\bat (\d{1,2}(?:[:.]\d\d)?) (?:okuldan )?(?:gelip )?(?:alacag\w*|aliyor\w*|alirim|aliriz|alicam|alicaz)\b",
     r"i'll collect him at \1"),
    # "12:30'da Asya'yı (okuldan) alacağım": I'll collect the named child at that time
    (r"\bat (\d{1,2}(?:[:.]\d\d)?) (?!okuldan\b|gelip\b|erken\b|hemen\b|ben\b|biz\b)([^\W\d_]+)(?:'y?[iıuü])?"
     r" (?:okuldan )?(?:gelip )?(?:alacag\w*|aliyor\w*|alirim|aliriz|alicam|alicaz)\b",
     lambda m: "i'll collect " + ("him" if m[2] in ("onu", "kendisini") else m[2]) + f" at {m[1]}"),
    # "12:40 gibi alırım", "saat 1 civarı okuldan alacağım": I'll collect him around that time
    (r"(?<![\d/])\b(?:saat )?(\d{1,2}(?:[:.]\d\d)?) (?:gibi|civari|civarinda|sularinda|suralarinda)"
     r" (?:okuldan )?(?:gelip )?"
     r"(?:onu |kendisini )?(?:alacag\w*|aliyor\w*|alirim|aliriz|alicam|alicaz)\b", r"i'll collect him around \1"),
    (r"(?<![\d/])\b(?:saat )?(\d{1,2}(?:[:.]\d\d)?) gibi okula gel\w*", r"will be in by \1"),
    (r"\bkula[kg]\w* agri\w*", "earache"), (r"\bturkiye\w*", "to turkey"),
    # "İstanbul'a gidip babaanne ve dedelerini ziyaret edeceğiz": going to Turkey to visit their grandparents
    (r"\b(?:istanbul|ankara|izmir|antalya|bursa|adana|konya|trabzon|kayseri|gaziantep|samsun|eskisehir)\w*"
     r"(?: (?:gid|git)\w*|(?= (?:ucu|donu|yola)\w*))", "going to turkey"),
    (r"\b(?:babaanne|anneanne|buyukanne|buyukbaba|dede|nine)(?:si|m|mi|miz\w*|ler\w*|sini|ye|yi|sine|lerine|nin|sinin|siyle|yle|mle|min)?\b"
     r"(?: (?:and|ve) (?:babaanne|anneanne|buyukanne|buyukbaba|dede|nine)\w*)?", "grandparents"),
    (r"\bgrandparents ziyaret\w*(?: (?:ed|et)\w*)?|\bziyaret\w*(?: (?:ed|et)\w*)? grandparents\b",
     "visiting their grandparents"),
    (r"\b(?:aile\w*|akraba\w*|anne ?babam\w*|annemler\w*|babamlar\w*) ziyaret\w*(?: (?:ed|et)\w*)?", "visiting family"),
    (r"\bziyaret\w*(?: (?:ed|et)\w*)?", "visit"),
    # "karnı çok ağrıyormuş": her stomach hurts (a lot)
    (r"\b(?:bas|karin|karn|mide|bogaz|kulak|kulag|dis)\w*(?: (?:cok|biraz|epey|baya))? agri\w*", "pain"),
    (r"\bsu ?cicegi\w*", "chickenpox"),
    # "kızamıkçık" (rubella), "kızamık" (measles), "kabakulak" (mumps), "kızıl" (scarlet fever)
    (r"\bkizamikcik\w*", "rubella"), (r"\bkizamik\w*", "measles"), (r"\bkabakulak\w*", "mumps"),
    (r"\bkizil (?:hastalig|oldu|cikti|teshis)\w*|\bkizil\b(?= (?:dedi|var|cikti|oldu))", "scarlet fever"),
    # "gözlüğü kırıldı": his glasses broke (not an injury); "yenisi gelene kadar": until the new ones come
    (r"\bgozlu[gk]\w*(?: (?:kir|bozul|catla)\w*)?", lambda m: "glasses are broken" if " " in m[0] else "glasses"),
    (r"\byenisi (?:gelene|gelinceye|yapilana|alinana) (?:kadar|until)\b", "until the new ones come"),
    (r"\bkir(?:di|ildi|ik|mis)\w*", "broken arm"), (r"\byaralan\w*|\bsakatlan\w*|\bdustu\b", "injured"),
    (r"\basi\w* (?:ol|randevu)\w*|\basilar\w*", "vaccinations"), (r"\bkan tahlil\w*", "blood test"),
    # "hastanede kontrolü var": a (hospital) check-up
    (r"\bkontrol(?:u|leri|umuz|e|de)?\b(?= (?:var|olacak|randevu|icin))", "check-up"),
    (r"\bameliyat\w*", "operation"), (r"\bacil servis\w*|\bacile\b", "a&e"),
    (r"\bailevi (?:bir )?acil\w*", "family emergency"),
    # "arabamiz yolda bozuldu" (our car broke down on the road), "araba calismadi" (the car would not start)
    (r"\b(?:araba|arac)\w*(?: \w+){0,2}? (?:bozul|ariza|calismadi|calismiyor|calismayinca|calismadigi"
     r"|yolda kal|yolda bozul)\w*"
     r"|\b(?:arabamiz|arabam|araba)(?: da| de)? yok\b", "car broke down"),
    (r"\b(?:okul )?(?:otobus|servis)\w* (?:da |de )?(?:gelmedi|gelmiyor|yok|iptal)\w*"
     r"|\b(?:otobus|servis)\w*(?: \w+)? kacir\w*"
     r"|\b(?:otobus|servis)\w* kacti\b", "no bus"),
    # "çekici bekliyoruz": waiting for the recovery truck (the car has broken down)
    (r"\bcekici\w* (?:bekli|cagir|gelecek|geliyor|gelmedi)\w*", "waiting for the recovery truck"),
    (r"\byol(?:lar)?\w* kapali\w*|\byol(?:lar)?\w* kapan\w*", "roads closed"), (r"\bgrev\w*", "strike"),
    (r"\b(?:karli|buzlu) hava\w*(?: (?:nedeniyle|yuzunden|sebebiyle|dolayisiyla))?"
     r"|\bkar (?:yag\w*|nedeniyle|yuzunden)\b",
     "snow"), (r"\botobus\w*", "bus"),
    # tired, anxious, a panic attack, no clean uniform
    (r"\byorgun\w*|\byorul\w*|\bbitkin\w*|\buykusuz\w*|\bhalsiz\w*", "tired"),
    (r"\bpanik atak\w*|\bpanik kriz\w*", "panic attack"), (r"\bkaygi\w*|\bendise\w*|\banksiyete\w*", "anxious"),
    (r"\bdepresyon\w*", "depression"),
    (r"\b(?:temiz )?(?:okul )?forma\w*|\bokul kiyafet\w*|\bokul uniforma\w*|\buniforma\w*", "uniform"),
    (r"\btrafik\w*(?: (?:cok|asiri|epey|baya) (?:yogun|sikisik|kilit))?", "heavy traffic"),
    (r"\bumre\w*", "umrah"), (r"\bkandil\w*", "religious"), (r"\bkilise\w*", "church"),
    (r"\byurt ?disi\w*", "abroad"), (r"\bucak\w*|\bucus\w*", "flight"), (r"\bsunnet\w*", "party"),
    (r"\b(?:butun |bu |gecen )?hafta ?sonu(?!na kadar)\w*", "the weekend"), (r"\b(?:butun|tum) gun\b", "all day"),
    # "Ömer bugün evde kalacak", "Ömer bugün evde, yarın gelir": that child is at home today (the verb before the day,
    # as English says it, so that another child's days before a comma stay apart)
    (r"\b(?:(sadece|yalnizca|yalniz|only) )?bugun evde kal(?:acak|icak|sin|iyor|mali)\w*",
     lambda m: "is staying home today" + (" only" if m[1] else "")),
    (r"\b(?:(sadece|yalnizca|yalniz|only) )?bugun evde(?:dir|ler|dirler)?"
     r"(?=\s*(?:[,.;!]|$|ve\b|ama\b|ancak\b|and\b|but\b))", lambda m: "is at home today" + (" only" if m[1] else "")),
    (r"\bhaftaya\b", "next week"), (r"\bdun\b", "yesterday"), (r"\bevde kal\w*", "staying home"),
    (r"\buyuya ?kal\w*", "overslept"),
    (r"\bokuldan (?:al\w*)", "collect him"), (r"\bsaat (\d{1,2}(?:[:.]\d\d)?)'?(?:de|da|te|ta)\b", r"at \1"),
    # "yarın öğleden sonra aşısı var, öğleden sonra okulda olmayacak": the second afternoon is the one named
    (rf"(\b(?:yarin|{_WEEKDAY})(?:ki)?(?: gunu)? ogleden sonra(?:ki)?\b[^.!?]{{0,80}}?)\bogleden sonra\b",
     r"\1in the afternoon"),
    (r"\byarin(?:ki)? ogleden sonra\b", "tomorrow afternoon"),
    (r"\byarin(?:ki)? ogle(?:n|yin)\b", "tomorrow lunchtime"),
    (rf"\b({_WEEKDAY}) (?:gunu )?ogleden sonra\b", r"\1 afternoon"),
    (r"\b(\w+) gunu ogleden sonra\b", r"\1 afternoon"), (r"\bgoz doktor\w*", "optician"),
    # "Çınar babasıyla sonra gelecek": he will join the trip later with his dad (not an arrival at school)
    (r"\b(babasiyla|annesiyle|babamla|annemle|esimle|dedesiyle|anneannesiyle|babaannesiyle|teyzesiyle|amcasiyla)"
     r"(?: birlikte)? (?:daha )?sonra (?:gelece|gidece|ucaca|katilaca|yola cikaca)\w*",
     lambda m: "will travel later with " + {"babasiyla": "his dad", "babamla": "my dad", "annesiyle": "his mum",
                                            "annemle": "my mum"}.get(m[1], "family")),
    (r"\bgec (?:gelece\w*|gel\w*|kalaca\w*)", "running late"), (r"\b(\d{1,2}(?:[:.]\d\d)?) gibi\b", r"around \1"),
    (r"\b(?:sonra|ardindan|daha sonra|bitince|bittikten sonra|bitirince|cikinca|ciktiktan sonra)(?: da)?"
     r" (?:okula )?(?:getirece\w*|gelece\w*|gidece\w*|birakaca\w*|getiri\w*"
     r"|birakir\w*|gelir\w*)",
     "will be in after"),
    # "pazartesi okula donecek": back on Monday; "pazartesi döneceğiz", "pazartesi dönücez": we are back then (the
    # softened "döneceğ-" and the spoken "döncez", "dönücez" too)
    (rf"\b(pazartesi|sali|carsamba|persembe|cuma)((?: {_DATE})?)(?: gunu)?(?:ye|ya|e|a|den|dan)?{_HOPE}"
     r" (?:okula |derslere )?"
     r"(?:donece[kgz]|donu?cez|doner|donuyor|donmesi|donmeyi|donmesini|geri gel|baslayacak|baslar)\w*",
     r"back on \1\2"),
    (r"\b(?:umuyoruz|umuyorum|umarim|umariz|insallah)\b", "hopefully"),
    # "galiba", "muhtemelen", "büyük ihtimalle": probably (a hedged span counts as stated)
    (r"\bgaliba\b|\bmuhtemelen\b|\bbuyuk (?:ihtimalle|olasilikla)\b|\bbelki de\b", "probably"),
    # "Pazartesi (okula) gelirler": back on Monday (not "gelecek hafta", next week); "Pazartesi normal gelirler",
    # "pazartesi her zamanki gibi okula gelecek": back then as usual
    (r"\b(pazartesi|sali|carsamba|persembe|cuma)(?: gunu)?" + _HOPE
     + r"(?: (?:normal(?: sekilde)?|normalde|her zamanki gibi))?"
     r" (?:okula )?(?:(?:normal(?: sekilde)?|her zamanki gibi) )?(?:gelecek|gelir|gidecek|gider)\w*\b(?! hafta)",
     r"back on \1"),
    # "cenazeye bizimle gelecek": comes with us to the funeral (not in school that day)
    (r"\b(cenaze|dugun|nikah)\w* (benimle|bizimle) (?:gelecek|gelir|geliyor|gidecek|gider|gidiyor)\w*",
     lambda m: f"is coming with {'me' if m[2] == 'benimle' else 'us'} to the "
     + ("funeral" if m[1] == "cenaze" else "wedding")),
    # "sabah okulda sınavı olduğu için": because he has a test at school in the morning (he is in for it)
    (r"\b(sabah )?okulda (?:bir )?sinav\w* (?:oldugu icin|var diye)",
     lambda m: "because he has a test at school" + (" in the morning" if m[1] else "")),
    # "Berat da bizimle gelecek": he is coming with us too (the same outing, the same reason)
    (r"\b(?:da|de) (benimle|bizimle) (?:gelecek|gelir|geliyor|gidecek|gider|gidiyor)\w*",
     lambda m: f"is coming with {'me' if m[1] == 'benimle' else 'us'} too"),
    # "benimle alışverişe gelecek": comes with me (somewhere else: not coming in to school)
    (r"\b(benimle|bizimle)\b ((?:\w+ ){0,2}?)(?:gelecek|gelir|geliyor|gidecek|gider|gidiyor)\w*",
     lambda m: f"is coming {m[2]}with {'me' if m[1] == 'benimle' else 'us'}"),
    # "Hira yarın normal gelecek", "yarın her zamanki gibi okula gelir": in tomorrow as normal (with "normal", the
    # child attends as usual; the day of return of a child off today reads the same in English)
    (r"\byarin (?:(?:okula|derse) )?(?:normal(?: sekilde)?|her zamanki gibi) (?:(?:okula|derse) )?(?:gelecek|gelir"
     r"|gelecektir|gelecekler|gelirler|(?<=okula )(?:gidecek|gider|gidecekler|giderler))\b(?! hafta)",
     "will be in tomorrow as normal"),
    # "yarın gelir", "yarın okula gelecek": back tomorrow (in again then, not a child in as normal today)
    (r"\byarin (?:(?:okula|derse) )?(?:normal(?: sekilde)? |her zamanki gibi )?(?:gelecek|gelir|gelecektir"
     r"|gelecekler|gelirler|(?<=okula )(?:gidecek|gider|gidecekler|giderler))\b(?! hafta)", "back tomorrow"),
    # "Kerem gelecek", "Kerem okula gidecek": that child comes in as normal (not "gelecek hafta", next week)
    (r"(?<![\d'] )(?<!\bgeri )(?<!\bgec )(?<!\bsonra )(?<!\bhafta )(?<!\bhaftaya )(?<!\bhafta okula )"
     r"(?<!\bhaftaya okula )\b(?:okula |derse |okulda )?(?:normal(?: sekilde)? |her zamanki gibi )?"
     r"(?:gelecek|gelir|gelecektir|gelecekler|geliyor|geliyorlar|geliyo|(?<=okula )(?:gidecek|gider|gidecektir"
     r"|gidecekler|gidiyor|gidiyorlar)|(?<=okulda )olacak)\b"
     r"(?! hafta)"
     r"(?: (?:normal\w*|her zamanki gibi))?", "will be in as normal"),
    (r"\bbu sabah\b|\bbugun sabah\b", "this morning"),
    (r"\bbu ogleden sonra\b|\bbugun(?:ku)? ogleden sonra(?:ki)?\b|\bogleden sonra\b", "this afternoon"),
    (r"\bbugun\b", "today"), (r"\byarin sabah\b", "tomorrow morning"), (r"\bobur gun\b", "the day after tomorrow"),
    # "yarın da evde kalsın": tomorrow too
    (r"\byarin (?:da|de)\b", "tomorrow too"),
    (r"\byarin\b", "tomorrow"),
) + tuple((rf"\b(\d{{1,2}}) {tr}\S*", rf"\1 {eng}") for tr, eng in _MONTHS) + (
    (rf"\b(\d{{1,2}} (?:{'|'.join(e for _, e in _MONTHS)})) itibaren", r"from \1"), (r"\bitibaren\b", ""),
    # "5 Ocak'ta okuldayız", "7 Ocak'ta okula dönecek": in school again that day (the day of return)
    (rf"\b(\d{{1,2}} (?:{'|'.join(e for _, e in _MONTHS)}))(?: \d{{4}})?(?:'?[dt][ae])?"
     r" (?:okuldayiz|okuldayim|okuldalar|okuldadir|okuldadirlar|okulda (?:olur|olacak|olacaklar|olacagiz|oluruz)"
     r"|(?:okula |derslere )?(?:donecek|donecekler|doner|donerler|doneriz|donecegiz|donucez|baslayacak"
     r"|baslayacaklar|baslar)|okula (?:gelecek|gelecekler|gelir|gelirler|geliyor|geliyorlar))\b",
     r"back on \1"),
    # "doktor 2 gün okula gitmesin dedi": the doctor said he should not go in
    (r"\b(?:okula |derse )?(?:gitmesin|gelmesin|gitmemesi|gelmemesi|gondermeyin)\w*(?: (?:dedi|soyledi|gerek\w*"
     r"|lazim|onerdi|istedi))?", "won't be in"),
    # "doktor okula gidebilir dedi": the doctor said he can go in (an injury that keeps nobody at home);
    # "beden eğitimine katılmasın": no PE (the child is in)
    (r"\b(?:ama |fakat )?doktor\w* (?:da )?(?:okula |derse )?(?:gidebilir|gelebilir|gidebilecegini|gelebilecegini)"
     r"(?: (?:dedi|soyledi))?", "but the doctor said he can go to school"),
    (r"\bbeden egitim\w*(?: (?:dersine|dersi))? (?:katilmasin|katilmasa|katilamaz|yapmasin|yapamaz)\w*",
     "no pe"),
    (r"\b(kol|bacag|bacak|ayag|ayak|parmag)\w* alci\w*(?: (?:alindi|alinmis|takildi|yapildi|icinde|da|de))?",
     lambda m: ("arm" if m[1] == "kol" else "finger" if m[1] == "parmag" else "leg") + " in plaster"),
    (r"\balci\w*", "plaster cast"),
    # "gelmiyo(r)", "gitmiyo(r)": colloquial "isn't coming in today" (the dropped "r" of speech)
    # "çocuklardan biri", "çocuklarımdan birisi", "ikisinden biri": one of the children (which one is not said)
    (r"\b(?:cocuklar(?:dan|imdan|imizdan)|ikisinden|kardeslerden|ogullarimdan|kizlarimdan) (?:biri|birisi|bir tanesi"
     r"|bir tane)\b", "one of the children"),
    # "alışverişe götüreceğim", "alışverişe gidiyoruz": shopping
    (r"\balisveris\w*", "shopping"),
    (r"\b(?:okula |derse )?(?:gelemeyecek|gelmeyecek|gidemeyecek|gitmeyecek|gelemez|katilamayacak|gelemiyor"
     r"|gelemiyo|gelmiyor|gelmiyo|gitmiyor|gitmiyo|gelmiycek|gelemiycek|gelemicek|gelmicek|gitmiycek|gidemiycek)\w*",
     "won't be in"),
    # "midesi bulanıyor": she feels sick (nausea)
    (r"\bmide(?:si|m|n)? bulan\w*", "feels sick"),
    # "o yüzden", "bu nedenle" (so, therefore): ", o yüzden Ali de ..." starts a clause of its own
    (r"\b(?:o|bu|bundan) (?:yuzden|nedenle|sebeple|dolayi)\b", "so"),
    # "Ali de geç kalacak": late as well ("de", "da" written apart: too)
    (r"\b(?:de|da) (?=gec kal|gecik|running late)", "also "),
    (r"\bgec kal\w*|\bgecik\w*", "running late"), (r"\bcivari(?:nda)?\b|\bgibi\b", "around"),
    (r"\bhastane\w*", "hospital"), (r"\bhasta\w*|\brahatsiz\w*", "ill"), (r"\bates\w*", "fever"),
    # "gribi geçmedi": the flu has not gone (still ill)
    (r"\bgri[pb]\w* (?:hala |daha )?(?:gecmedi|gecmiyor|gecmemis|devam ediyor|iyilesmedi)\w*", "still has flu"),
    (r"\bnezle\w*|\bsoguk alg\w*", "cold"), (r"\bgri[pb](?:i|in|ten|e|te|al|ler|leri)?\b|\bgribal\w*", "flu"),
    (r"\bkus(?:tu|uyor|uyo|ma|acak|ar|mus|mak|malar)\w*|\bishal\w*", "vomiting"), (r"\boksur\w*", "cough"),
    (r"\brandevu\w*", "appointment"), (r"\bdoktor\w*", "doctor"), (r"\bdis hekim\w*|\bdisci\w*", "dentist"),
    (r"\bmulakat\w*", "interview"),
    (r"\bcenaze\w*", "funeral"), (r"\bvefat\w*|\bhayatini kaybet\w*", "passed away"),
    # "hafta sonu düğündeydi": was at a wedding (over: not why a child is off now)
    (r"\b(?:dugun|nikah)(?:de|te|da|ta)y?(?:di|dik|diler|dim|mis)\w*|\bdugunden (?:dondu|geldi|gelmis)\w*",
     "was at a wedding"),
    # "düğünden çok geç döndük": we got back very late from a wedding (over: not why a child is off now)
    (r"\b(?:dugun|nikah)(?:den|ten)(?: (?:cok|biraz|epey|baya))?(?: gec)? (?:don|gel)(?:du|dum|duk|duler|mis)\w*",
     "was at a wedding"),
    # "kına gecesi": the henna night before a wedding (a family celebration)
    (r"\bkina (?:gece|toren|eglence)\w*|\bkinasi\b|\bkinaya\b", "wedding henna night"),
    (r"\bdugun\w*|\bnikah\w*", "wedding"),
    (r"\b(?:dogum|yas) gunu\w*", "birthday"),
    # "Noel partisi", "okulun yılbaşı partisi": the (school's) Christmas party, not a family event by itself
    (r"\b(?:okul(?:un|daki)? )?(?:noel|yilbasi) (?:parti|kutlama|senlig)\w*", "the christmas party"),
    (r"\bparti(?:si|ye|sine|de|den|miz|mize|ler\w*)?\b", "party"),
    (r"(?<!\d )\bnisan(?:i|in|ina|inda|imiz|lari|larina| toren\w*| partisi\w*| yemeg\w*)\b|\bnisanlan\w*",
     "engagement party"),
    # "dönem sonuna kadar", "okullar kapanana kadar": until the end of term; "tatil bitene kadar": until the holidays
    # are over (the open days before them)
    (r"\b(?:donem(?:in)?|okul(?:un)?|yariyil(?:in)?) (?:sonuna|bitimine|bitene|bitinceye|kapanana) kadar\b"
     r"|\bokul(?:lar)? (?:kapanana|kapaninca(?:ya)?|tatile girene) kadar\b", "until the end of term"),
    (r"\btatil(?:in)? (?:bitene|bitinceye|bitesiye|sonuna|bitimine) kadar\b", "until after the holidays"),
    # "tatile kadar evde kalmalı": until the (school) holidays, not a holiday of the family
    (r"\b(?:(?:yilbasi|noel|kis|somestr|yariyil|okul)(?: tatili)?(?:n[ae]|y?[ae]) kadar)"
     r"|\b(?:yilbasi |noel |kis |somestr |yariyil |okul(?:un)? )?tatil(?:in|i)?(?:n?[ae]) kadar\b",
     "until the christmas holidays"),
    (r"\bkuzen\w*", "cousin"), (r"\btatil\w*", "holiday"), (r"\bbayram\w*", "eid"), (r"\bcami\w*", "mosque"),
    (r"\bdonece[kgz]\w*|\bdonu?cez\b|\bdoner\w*|\bdonuyor\w*|\bgeri gel\w*", "back"),
    # "hafta sonuna kadar": until the weekend, the rest of the week (below), not "until" a day
    (r"(?<!\bhafta sonuna )(?<!\bhaftasonuna )\b(?:gunune )?kadar\b", "until"),
    (r"\bdahil\b", "inclusive"),
    # "bu hafta Perşembe ve Cuma": this Thursday and Friday (the days named, not the rest of the week)
    (r"\bbu hafta(?:ki)? (?=(?:pazartesi|sali|carsamba|persembe|cuma|monday|tuesday|wednesday|thursday|friday)\b)",
     "this "),
    (r"\bhaftanin (?:geri )?kalan(?:i|inda)\b|\bhafta ?sonuna kadar\b|\bbu hafta\b(?! ?son)"
     r"|\bbutun hafta\b(?! ?son)", "the rest of the week"),
    (r"\bgelecek hafta\b", "next week"),
    # "üç çocuğum da": all three of my children; "üçü de", "hepsi de": all of them; "hiçbiri": none of them
    # "iki çocuğun da ateşi var": both children's ("çocuğun", "çocuğu" only with "da": "iki çocuğu var" is a count)
    (r"\b(iki|uc|dort|bes) (?:cocug|cocuk)(?:(?:um|umuz|larim|larimiz)?(?: (?:da|de|birden))?|(?:un|u|larin|lari)"
     r" (?:da|de))\b",
     lambda m: {"iki": "both my children"}.get(m[1], f"all {_COUNT[m[1]]} of my children")),
    (r"\b(?:cocuklar\w* )?(ikisi|ucu|dordu|besi) (?:de|da|birden)\b",
     lambda m: "both" if m[1] == "ikisi" else f"all {_COUNT[m[1][:-1] if m[1] != 'besi' else 'bes']} of them"),
    (r"\b(?:cocuklar\w* )?hepsi (?:de|da|birden)\b|\bcocuklar\w* hepsi\b", "all the children"),
    (r"\bhicbiri(?:si)?\b", "all of them"),  # with the negative verb: none of them will be in
    (r"\b(\d+|iki|uc|dort|bes) gun\b", r"for \1 days"), (r"\biki\b", "two"), (r"\buc\b", "three"),
    (r"\bpazartesi\w*", "monday"), (r"\bsali\b|\bsaliya\b|\bsalidan\b", "tuesday"), (r"\bcarsamba\w*", "wednesday"),
    (r"\bpersembe\w*", "thursday"), (r"\bcuma\b|\bcumaya\b|\bcumadan\b", "friday"),
    (r"\b(monday|tuesday|wednesday|thursday|friday) gunu\b", r"on \1"),
    (r"\boglum\b", "my son"), (r"\bkizim\b", "my daughter"), (r"\bcocuklar\w*", "the children"),
    (r"\bikisi de\b|\bher ikisi\w*", "both"), (r"\bve\b", "and"), (r"\bevde(?:yiz|dir|ler)?\b", "at home"),
    (r"\b(monday|tuesday|wednesday|thursday|friday)(?:\s+(?:ko|کو|gunune))?\s+until\b", r"until \1"),
)
