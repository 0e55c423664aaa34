"""Lithuanian."""

import re

MARKERS = frozenset([
    "laba", "diena", "labas", "sveiki", "mokykla", "mokyklos", "mokykloje", "mokykla", "siandien", "rytoj", "aciu",
    "neateis", "nelankys", "serga", "nes", "ir", "kad", "bus", "yra", "jis", "ji", "jo", "jos", "grįš", "gris",
    "turi", "namie", "namuose", "dienas", "dienai", "gydytojas", "gydytoja", "val", "pas", "ryte", "vakar", "labai",
    "mano", "neis", "ateis", "atvyks", "pasiimsiu", "susirgo", "negris", "nebegris",
    "uzmigom", "uzmigome", "uzmigau",
    # apologies, lateness and oversleeping, written without the diacritics
    "atsiprasau", "atsiprasome", "atsiprasom", "veluos", "veluosim", "veluosime", "veluojam", "veluojame",
    "veluoja", "pramigo", "pramigom", "pramigome", "pramigau", "busim", "busime", "apie",
    "pavelavo", "pavelavom", "pavelavome", "pavelavau", "autobusas", "neatvaziavo", "vezu", "vezam", "dabar",
])
# who collects or brings the child: "pasiims tėtis" (dad will collect her)
_CARER = {"tetis": "dad", "tete": "dad", "tevas": "dad", "mama": "mum", "mamyte": "mum", "mociute": "grandma",
          "senelis": "grandad", "senele": "grandma", "dede": "uncle", "teta": "aunt", "vyras": "my husband",
          "kaimyne": "the neighbour", "kaimynas": "the neighbour", "aukle": "the nanny"}
_WEEKDAY = r"(?:pirmad|antrad|treciad|ketvirtad|penktad|sestad|sekmad)ien\w*"

_MONTHS = (("sausio", "january"), ("vasario", "february"), ("kovo", "march"), ("balandzio", "april"),
           ("geguzes", "may"), ("birzelio", "june"), ("liepos", "july"), ("rugpjucio", "august"),
           ("rugsejo", "september"), ("spalio", "october"), ("lapkricio", "november"), ("gruodzio", "december"))

# "pusė dešimtos" (half of the tenth hour): 9:30; the hour as an ordinal in the genitive
_ORDINAL_HOURS = {"astuntos": 8, "devintos": 9, "desimtos": 10, "vienuoliktos": 11, "dvyliktos": 12, "pirmos": 1,
                  "antros": 2, "trecios": 3}
_MONTH_NAMES = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"


# a verb of the sentence said before its clock time: "pasiimsiu ją iš mokyklos 13 val. Nojus ...", where the
# abbreviation's dot also ends the sentence (not "rytoj 9 val. Austėja turi vizitą", the time before the verb)
_VERB_BEFORE = re.compile(r"\b(?:i'll collect|will collect|collect|pasiim\w*|paim\w*|atsiim\w*|atves\w*|atvez\w*"
                          r"|ateis|gris)\b")


def _hour_val(m: re.Match[str]) -> str:
    """ "13 val.": "at 13:00" (no second "at" after one already written), the dot kept when it ends a sentence."""
    before = m.string[: m.start()]
    at = "" if before.endswith("at ") else "at "
    clause = re.split(r"[,.;:!?()]", before)[-1]
    end = "." if m[3] and re.match(r" [a-z]", m.string[m.end():]) and _VERB_BEFORE.search(clause) else ""
    return f"{at}{m[1]}:{m[2] or '00'}{end}"


def _ordinal(day: str) -> str:
    """ "14" -> "14th", "21" -> "21st": a day of the month as the English rules read it."""
    n = int(day)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


CANON: tuple[tuple[str, object], ...] = (
    # a self-correction: "oi, atsiprašau, ne šiandien, o rytoj!", "suklydau, ne pirmadienį, bet antradienį": the day
    # after "ne" is withdrawn, the one after it stands
    # ("atsiprašau, suklydau – ne trečiadienį, o ketvirtadienį": a dash or colon after the apology too)
    (rf"\b(?:oi|oj|ai|atsiprasau|atsiprasome|atsiprasom|sorry|suklydau|apsirikau|klaida|mano klaida)[,!.]*(?: [-–—:])? "
     rf"(?:(?:atsiprasau|atsiprasome|suklydau|apsirikau|sorry)[,!.]*(?: [-–—:])? )?ne (siandien|rytoj|{_WEEKDAY}),? "
     rf"(?:o |bet |tik |o tik )?(?=(?:rytoj|poryt|{_WEEKDAY})\b)",
     lambda m: f"sorry, not {m[1]}, it is "),
    # "jau pasveiko po apsinuodijimo", "pasveikusi po gripo": has recovered (the illness is over, not a cue for a new
    # absence); "ji (jau) mokykloje": she is in school
    (r"\b(?:jau )?(?:pa|is)sveik(?:o|usi|es|e|us)\b(?: po \w+)?", "has recovered"),
    (r"\b(?:ji|jis|jie|jos) (?:jau )?(?:yra )?mokykloje\b", "is in school"),
    # "rytoj bandysim", "pabandysim rytoj": we'll try (to come in) tomorrow, so tomorrow is not a day off yet
    (r"\brytoj (?:vel )?(?:pa)?(?:bandysim|mėginsim|meginsim|ziuresim|žiūrėsim)\w*(?: (?:ateiti|eiti|atvesti|vel))?\b"
     r"|\b(?:pa)?(?:bandysim|meginsim|ziuresim)\w*(?: (?:ateiti|eiti|atvesti|vel))? rytoj\b",
     "we'll try again tomorrow"),
    # "švęsti močiutės 80-mečio", "80-ojo gimtadienio": to celebrate an 80th birthday (a family event)
    (r"\b(\d{1,3}) ?-? ?(?:mec\w*|mėč\w*|oj\w* gimtadien\w*|uj\w* gimtadien\w*)", r"\1th birthday"),
    (r"\b(?:at|pa)?(?:svesti|švęsti|svest|paminet\w*|pamineti)\b", "to celebrate"),
    # "man pačiai paskirta pas gydytoją", "turiu vizitą pas gydytoją": the parent's own appointment (the child is
    # only held up by it)
    (r"\b(?:man (?:(?:paciai|paciam|pacios|paties) )?(?:paskirta|paskirtas|paskirtas vizitas|yra vizitas|vizitas)"
     r"|(?:as )?(?:pati |pats )?turiu (?:vizita|vizitas|registracija))(?: (?:siandien|ryte|rytoj))? (?:pas|i) "
     r"(?:gydytoj\w*|odontolog\w*|dantist\w*|daktar\w*|seimos gydytoj\w*)",
     "have my own doctor's appointment"),
    # "ketvirtadienio vakarą", "penktadienio rytą": that day's evening or morning (a time of day, not the whole day)
    (rf"\b({_WEEKDAY}) vakar(?:a|ą|e)\b", r"\1 evening"), (rf"\b({_WEEKDAY}) ryt(?:a|ą)\b", r"\1 morning"),
    # "kitos savaitės trečiadienio", "sekančios savaitės pirmadienį": that weekday of next week
    (r"\b(?:kitos|sekancios|ateinancios) savaites (?=pirmad|antrad|treciad|ketvirtad|penktad)", "next "),
    # "sausio mėnesį": in that month (no day given)
    (r"\b(" + "|".join(lt for lt, _ in _MONTHS) + r") menes(?:i|į|y)\b", lambda m: "in " + dict(_MONTHS)[m[1]]),
    # "ar galėtų nebūti mokykloje ...?": could they be absent (a request for leave)
    (r"\b(?:galetu|galėtų|gali|galetume|galime) (?:nebuti|nebūti|neateiti|nelankyti|praleisti)"
     r"(?: (?:mokykloje|mokyklos|i mokykla|pamokose|pamoku|pamokas))?", "could be absent from school"),
    # "gruodžio 17 ir 18 dienomis" (read as "17 december 2026 ir 18 dienomis"): on both days of that month
    (rf"\b(\d{{1,2}}) ({_MONTH_NAMES})( \d{{4}})? ir (\d{{1,2}})(?: (?:dienomis|dienom|d\.?))?(?![\d:.])",
     r"\1 \2\3 and \4 \2\3"),
    (r"(?<=\d) dienomis\b", ""),
    # "Grįš po atostogų, sausio 5 d." (read as "... po atostogu, 5 january 2027"): back on that date, after the holidays
    (r"\b(?:gris|sugris|grisime|grizta|grizti|sugrizti|sugriz)\w*(?: i (?:mokykla|pamokas))? po (?:kaledu |ziemos )?"
     r"atostog\w*,? (?:tik )?(\d{1,2} [a-z]+(?: \d{4})?)(?: d\b\.?)?", r"back on \1 after the holidays"),
    # "grįšim po švenčių", "grįš po Kalėdų": back after Christmas (every open day left before it is off)
    (r"\b(?:gris|sugris|grisime|grisim|grizta|grizti|sugrizti|sugriz|grizim|grizime)\w*(?: i (?:mokykla|pamokas))?"
     r" po (?:kaledu|svenciu|sventu)(?: atostogu)?\b", "back after the christmas holidays"),
    # "dabar vežu", "jau vedu į mokyklą": bringing the child in now (on the way)
    (r"\b(?:dabar|jau|tuoj) (?:ji |ja |juos |jas )?(?:vezu|vedu|vezam|vedam|vezame|vedame|atvezu|atvedu)\b"
     r"(?: (?:ji|ja|juos|jas))?(?: i mokykla)?", "bringing him in now"),
    # "šiandien mirė močiutė": when the death happened, not a day off (the days off are said apart)
    (r"\b(?:siandien|šiandien)(?: (?:ryte|nakti|naktį))? (?=mire\b|mirė\b)", ""),
    # "važiuojam į Birmingemą pirkti kalėdinių dovanų", "apsipirkti prieš Kalėdas": a shopping trip, not a holiday
    (r"\b(?:vaziuoj|vaziuos|vaziuojam|vykstam|vyksim|vykstame|einam|eisim|keliaujam)\w*"
     r"(?= (?:[^\s,.;!?]+ ){0,3}(?:apsipirk|pasipirk|nupirkti|pirkti|pirkiniu|i parduotuv|i prekybos)\w*)",
     "we're going"),
    (r"\b(?:apsipirk\w*|pasipirk\w*|(?:nu|pa)?pirkti|pirkiniu|pirkinių)(?: \w+)?(?: (?:kaledin\w*|kaledu|naujametin\w*)"
     r"(?: \w+)?|(?: (?:pries|prieš|per) kaled\w*))"
     r"|\b(?:nu|pa)?pirkti (?:kaledini\w* |naujametini\w* )?dovan\w*", "christmas shopping"),
    (r"\b(?:apsipirk\w*|pasipirk\w*|(?:nu|pa)?pirkti (?:\w+ )?dovan\w*)", "shopping"),
    (r"\b(?:apie )?pus(?:e|ę) (" + "|".join(_ORDINAL_HOURS) + r")\b",
     lambda m: f"around {(_ORDINAL_HOURS[m[1]] - 2) % 12 + 1}:30"),
    # "iki penktadienio (gruodžio 4 d.) imtinai": the weekday with its date in brackets is one day
    (rf"\b({_WEEKDAY}) \((\d{{1,2}} [a-z]+(?: \d{{4}})?)(?: d\.?)?\)", r"\1 \2"),
    # "šiandien grįžo iš mokyklos su temperatūra": came home from school (what happened today, not a day off)
    (r"\b(?:(siandien|vakar) )?(?:grizo|parejo|parvaziavo|parejo namo|grizo namo)(?: (siandien|vakar))?"
     r" is mokyklos\b", lambda m: "came home from school " + (m[1] or m[2] or "")),
    # "į mokyklą eis nuo pirmadienio": back from that day
    (rf"\b(?:(?:i mokykla|i pamokas) )?(?:jau |vel )?(?:eis|ateis|gris|sugris|eisime|grisime)\b"
     rf"(?: (?:i mokykla|i pamokas))? nuo ({_WEEKDAY})", r"back on \1"),
    # "tikimės trečiadienį grįžti", "tikiuosi, kad grįš trečiadienį": hopefully back on that day
    (rf"\b(?:tikimes|tikimės|tikiuosi|tikiuos|manau|turetu|turėtų|turetume|planuojam\w*)(?:,? kad)?"
     rf"(?: (?:jau|vel))? ({_WEEKDAY}) (?:jau |vel )?"
     r"(?:gris|sugris|grisime|grisim|grizti|sugrizti|ateiti|ateis|eiti|eis)\w*",
     r"hopefully back on \1"),
    # "Pirmadienį turėtų grįžti", "trečiadienį tikriausiai jau eis": probably back on that day (the day first, then the
    # hedge); not "eis pas gydytoją" (going to the doctor's)
    (rf"\b({_WEEKDAY}|rytoj|poryt) (?:(?:tikriausiai|turbut|turetu|turetume|manau|tikimes|tikiuosi|greiciausiai"
     r"|galbut|gal|jau|vel),? )+(?:gris|sugris|grisime|grisim|grizti|sugrizti|ateiti|ateis|eiti|eis|eisim|eisime)\b"
     r"(?: (?:i mokykla|i pamokas))?(?! (?:pas|i|to|su)\b)",
     lambda m: "hopefully back "
     + ({"rytoj": "tomorrow", "poryt": "the day after tomorrow"}.get(m[1]) or "on " + m[1])),
    # "Pirmadienį grįš į mokyklą": back on that day (the day first)
    (rf"\b({_WEEKDAY}) (?:jau |vel )?(?:gris|sugris|grisime|grizta|ateis|eis)\w*(?= i (?:mokykla|pamokas)\b)",
     r"back on \1"),
    # "paskutinė diena mokykloje bus gruodžio 10 d.": their last day in (a day at school, not off)
    (r"\bpaskutin\w* (?:ju |jo |jos )?(?:diena|dien\w*) (?:mokykloje|i mokykla|pamokose)(?: (?:bus|yra))?",
     "their last day at school will be"),
    # "kelią užliejo ir policija jį uždarė": the road is flooded (impassable), not the home
    (r"\bkel(?:ia|ias|iai|iu|io|ią)\b(?: [^\s,.;!?]+){0,4} (?:uzliejo|uzlieta|uzlietas|apseme|apsemtas"
     r"|uztvindyt\w*|uzverte|uzdare|uzdarytas|uzpuste|uzpustytas)\b"
     r"(?: ir (?:policija )?(?:ji |jį )?(?:uzdare|uzdarytas))?",
     "the road is closed"),
    # "niekur negalime išvažiuoti": we can't get out (by road)
    (r"\b(?:neturim|neturime|neturiu|nera) kaip (?:isvaziuot|isvykt|nuvaziuot|atvaziuot|pravaziuot)i?\b"
     r"|\b(?:niekur )?(?:negalime|negalim|negaliu|negalejome|negalejom)(?: niekur)? (?:isvaziuoti|pravaziuoti)\b",
     "no way to get out"),
    # "vyras pateko į avariją": had a (car) accident; "yra ligoninėje": is in hospital; "aš su juo": I'm with him
    (r"\b(?:pateko|papuole|pateke|patekome|patekau) i (?:auto)?avarij\w*|\bsudauze masin\w*", "had an accident"),
    (r"\b(?:dabar )?(?:yra|guli|tebera) ligonineje\b", "is now in hospital"),
    (r"\bas su (?:juo|ja)\b", "i am with them"),
    # "gavo smegenų sukrėtimą per krepšinio treniruotę": a concussion at basketball training; "ilsėtis": to rest
    (r"\bsmegenu sukretim\w*", "a concussion"), (r"\b(?:pa)?ilset(?:is|i|is)\b|\bpoils\w*", "to rest"),
    (r"\bper (?:\w+ )?treniruot\w*", "at training"), (r"\bgavo(?= a concussion)", "got"),
    # "trūko vamzdis ir užliejo pirmą aukštą": a pipe burst and flooded the ground floor; the emergency service
    (r"\b(?:truko|sprogo|trukes|prakiuro) (?:\w+ )?vamzd\w*|\bvamzd\w* (?:truko|sprogo|prakiuro)", "a pipe burst"),
    (r"\b(?:uzliejo|uzlieta|uzlietas|uzlieti|apsemt\w*|apsemta|uzpyle|uztvindyt\w*)\b|\bpotvyn\w*", "flooded"),
    (r"\bavarin\w* (?:tarnyb|pagalb|brigad)\w*", "the emergency service"), (r"\bdraudim\w*", "the insurance"),
    (r"\blaukiam\w*", "we're waiting for"),
    # "Nekaltojo Prasidėjimo iškilmė", "einame į šv. Mišias": a holy day, Mass
    (r"\b(?:svc\.? |svenciausiosios )?(?:mergeles marijos )?nekalt\w* prasidejim\w*", "the immaculate conception"),
    # "švenčiame Kūčias", "švęsime": we celebrate (a holy day); "sveciuosis" (visiting) is not this
    (r"\b(?:svenciame|svenciam|svesime|svesim|svencia|sves)\b", "we celebrate"),
    (r"\biskilm\w*", "feast day"),
    (r"\b(?:sv\. |sventas |sventasias |sventu )?mis(?:ios|ias|iu|iose|iom)\b", "holy mass"),
    (r"\b(?:einame|einam|eisime|eisim|vykstame|vaziuojame|vaziuosime|vaziuosim|vyksime|vyksim)"
     r"(?= i (?:\w+ )?(?:holy mass|baznyci\w*|baznycia|bazny\w*|mis\w*))", "we are going"),
    # "laikys stojamąjį egzaminą privačioje mokykloje": an entrance exam at another school
    (r"\b(?:laikys|laiko|laikysime) (?=stojam)", "will sit "),
    (r"\bstoj(?:am|im)\w* (?:egzamin|test|pokalb)\w*", "an entrance exam"),
    (r"\bkoledz\w*", "at college"),
    (r"\b(?:kitoje|privacioje|naujoje|gimnazijoje)(?: mokykloje)?\b", "at another school"),
    (r"\b(?:ta|tą) dien(?:a|ą)\b", "that day"), (r"\btodel\b|\btad\b", "so"),
    # "jų nebus": they won't be in (the genitive of "they", not a name)
    (r"\bju(?=,? (?:nebus|nebebus)\b)", "they"),
    (r"\bjo(?=,? nebus\b)|\bjos(?=,? nebus\b)", "he"),
    # "prašau perduoti mokytojai, kad neturi sportinės aprangos": a message for the teacher (forgotten PE kit)
    (r"\b(?:prasau |gal galite |gal galetumete )?(?:perduoti|pranesti|pasakyti) (?:mokytojai|mokytojui|aukletojai"
     r"|aukletojui|(?:p\.|poniai|ponui) ?[a-z]+)\b",
     "please tell the teacher"),
    # "ar galėtumėt jai priminti ...?": could you remind her (a request to pass on, not a question about the absence)
    (r"\b(?:ar |gal )?(?:galetumet|galetumete|galetum|galetumei|galetute|galite|galit|gali)"
     r"(?: (?:jai|jam|jiems|joms|vaikui))? (?:priminti|primint)\b",
     lambda m: "could you remind " + {"jai": "her", "jam": "him", "jiems": "them", "joms": "them"}.get(
         next((w for w in m[0].split() if w in ("jai", "jam", "jiems", "joms")), ""), "the child") + " "),
    # "pamiršo namų darbus namie, atneš rytoj": forgot the homework, will bring it in
    (r"\bpamirs\w* (?:savo )?namu darb\w*|\bpamirs\w* (?:savo )?(?:uzduot|sasiuvin|knyg)\w*", "forgot his homework"),
    (r"\bnamu darb\w*", "homework"),
    (r"\b(?:atnes|atnesim|atnesime|atnesiu|atnes[a-z]*)(?= (?:rytoj|veliau|kita|poryt|pirmad|antrad|treciad|ketvirtad"
     r"|penktad))", "will bring it"),
    (r"\bneturi (?:sportin\w* (?:aprang\w*|form\w*|drabuzi\w*|bateli\w*)|kuno kulturos (?:aprang\w*|form\w*))",
     "doesn't have her pe kit"),
    (r"\bpamirs(?:om|ome|au|o|ai)\b(?: (?:ja|ji|juos|jas))?", "we forgot it"),
    # a brother or sister who is ill: "nes sesė serga" (the sibling kept home is unsatisfactory, not ill)
    (r"\b(?:nes |kadangi )?(?:jo |jos |ju |mano |musu )?(?:sese|sesuo|sesute|sesyte|sesele|sesers|brolis|broliukas"
     r"|brolys|brolio)(?: (?:irgi|taip pat|jau|vis dar))?"
     r" (?:serga|susirgo|nesveikuoja|nesveika|nesveikas|karsciuoja)\b",
     "because his sister is ill"),
    # the verb first: "serga jos jaunesnis brolis" (her younger brother is ill)
    (r"\b(?:nes |kadangi )?(?:serga|susirgo|karsciuoja|nesveikuoja)(?: (?:jo|jos|ju|mano|musu))?"
     r"(?: (?:jaunesn\w*|vyresn\w*|mazas|maza|mazasis|mazoji))? (?:sese|sesuo|sesute|sesyte|sesele|brolis|broliukas"
     r"|brolys)\b", "because his sister is ill"),
    # "serga vėjaraupiais", "serga gripu": has that illness
    (r"\bserga(?= (?:vejaraupi|grip|angin|plauciu|virus|covid|korona|skarlatin|tymais|kiaulyt|rotavirus)\w*)",
     "is ill with"),
    # "diagnozavo gripą", "diagnozuotas gripas": was diagnosed with (the accusative "gripą" too)
    (r"\b(?:(?:jam|jai|jiems) )?(?:diagnozavo|diagnozuotas|diagnozuota|diagnozuoti|nustate)(?= (?:\w+ )?"
     r"(?:grip|angin|plauciu|vejaraupi|skarlatin|covid|korona|rotavirus|infekcij|uzdegim|virus|tymai|kiaulyt)\w*)",
     "was diagnosed with"),
    (r"\bgrip(?:as|a|ą|u|o|ui|e)\b", "flu"),
    # "Domą irgi palieku namie": keeping him at home
    (r"\b(?:paliek\w*|paliksiu|paliksime|laikau|laikysiu|laikysime)(?: (?:ji|ja|juos|jas))? (?:namie|namuose)\b",
     "keeping him at home"),
    (r"(?<=, )tai\b", "so"),
    # "brolio diplomų įteikimas", "sesers išleistuvės": a sibling's graduation (a family event, not a trip)
    (r"\b(?:i )?(?:(?:jo |jos |ju |musu )?(?:brolio|sesers|broliuko|sesutes) )?(?:diplom\w* iteikim\w*"
     r"|isleistuv\w*|(?:mokslu |studiju )?baigimo (?:ceremonij|svent)\w*|abiturient\w* svent\w*)",
     "to his brother's graduation"),
    # "prašau išleisti Rūtą 12:15", "prašome Joną išleisti šiandien 11:30", "išleiskite ją 12 val.": let the child go
    # early at that time (picked up before the afternoon register)
    (r"\b(?:(?:prasau|prasome|prasyciau|prasytume)(?: (?!isleist|paleist)(\w+))? (?:isleisti|paleisti)"
     r"|isleiskite|paleiskite)(?: (?!siandien|rytoj|today|tomorrow|apie|at|around)(\w+))?"
     r"( (?:siandien|today|rytoj|tomorrow))?,? (?:(at|apie|around|about) )?(\d{1,2}(?:[:.]\d\d)?)(?: val\b\.?)?",
     lambda m: "please let " + {"ja": "her", "ji": "him", "juos": "them", "jas": "them"}.get(
         m[1] or m[2] or "", m[1] or m[2] or "her") + " leave early" + (m[3] or "")
     + " at " + (m[5] if ":" in m[5] or "." in m[5] else m[5] + ":00")),
    # "pasiimsiu Liepą 12:30": the girl's name Liepa (also July) before a clock time, read as a date; a name again
    (r"\b(\d{1,2}) july \d{4}(:\d\d)\b", r"liepa \1\2"),
    # "12 val. ją pasiimsiu", "12:30 jį pasiimsiu": the time, then the pronoun, then the verb: collected at that time
    (r"(?<!\bat )(?<![\d:.])\b(\d{1,2})(?:[:.](\d\d)| val\b\.?) (ja|ji|juos|jas) (?:pasiim|paim|atsiim)\w*",
     lambda m: f"i'll collect {dict(ja='her', ji='him').get(m[3], 'them')} at {m[1]}:{m[2] or '00'}"),
    # "Lėja ateis, bet ...": but (each child's clause apart)
    (r",? \b(?:bet|taciau)\b", ", but"),
    # "jai vizitas pas dantistą", "jam vizitas pas ortodontą": she (he) has an appointment with
    (r"\b(jam|jai|jiems) (?:yra |bus )?vizitas\b(?: pas)?",
     lambda m: {"jam": "he", "jai": "she"}.get(m[1], "they") + " has an appointment with the"),
    (r"\bortodont\w*", "orthodontist"),
    # "vakar lūžo ranka": the arm broke (the intransitive verb, the arm the subject)
    (r"\bluz(?:o|usi|usia|es|usios)\b (?:jam |jai )?(?:rank|koj|pirst|ries|kaul|raktikaul)\w*"
     r"|\b(?:rank|koj|pirst|ries|raktikaul)\w* (?:jam |jai )?luz(?:o|usi|usia|es)\b", "broke his arm"),
    # "rytoj 11:30 pasiimsiu Gabiją": the time before the verb is when she is collected
    (r"(?<!\bat )(?<!\d)\b(\d{1,2}[:.]\d\d)(?= (?:pasiim|paim|atsiim)\w*)", r"at \1"),
    # "pasiimsiu Liepą 12:30": I will collect her at that time
    (r"\b(?:pasiimsiu|pasiimsime|pasiimsim|paimsiu|paimsime|atsiimsiu|atsiimsime)"
     r" (?!(?:ja|ji|juos|jas|is|iš|apie|po|ties|rytoj|siandien)\b)(\w+) (?:apie |ties )?"
     r"(\d{1,2}[:.]\d\d)\b", r"i'll collect \1 at \2"),
    # "Smiltę 12:30 pasiims tėtis": someone else (named after the verb) will collect her
    (r"\b(?:pasiims|paims|atsiims)(?: (?:ja|ji|juos|jas))?(?: (tetis|tete|tevas|mama|mamyte|mociute|senelis|senele"
     r"|dede|teta|vyras|kaimyne|kaimynas|aukle))?\b",
     lambda m: f"{_CARER.get(m[1], m[1]) + ' ' if m[1] else ''}will collect her"),
    # "pasiimsiu Augustą": I will collect him (any time of day)
    (r"\b(?:pasiimsiu|pasiimsime|pasiimsim|paimsiu|paimsime|atsiimsiu|atsiimsime)\b(?! (?:ja|ji|juos|jas)\b)"
     r"(?! (?:is|iš) (?:mokyklos|pamoku))(?! (?:apie |po |ties )?\d)", "i'll collect"),
    # "paskutines tris dienas prieš atostogas": the last days before the holidays (named days follow, not a count)
    (r"\bpaskutin\w* (\d+|dvi|tris|keturias|penkias) dien\w*(?: (?:pries|prieš) (?:atostog\w*|kaled\w*))?",
     r"the last \1 days before the holidays"),
    # "pasimatysime pirmadienį": see you on the day of return
    (rf"\b(?:pasimatysim\w*|susitiksim\w*|iki pasimatymo)(?: (?:jau|vel))? (?={_WEEKDAY}|rytoj)", "see you on "),
    # "grįš tik pirmadienį": back only on Monday
    (rf"\btik (?={_WEEKDAY})", "only on "), (rf"\btik (?=(?:nuo |po ){_WEEKDAY}|kita)", "only "),
    # "šiandien buvo skubiosios pagalbos skyriuje": was at A&E that day (a past visit, not a day off)
    (r"\b(?:(siandien|vakar) )?(?:buvo|buvome|buvau|buvom)(?: (siandien|vakar))?(?: (?:su (?:juo|ja|jais)|ligonineje))?"
     r" (?:skubiosios (?:medicinos )?pagalbos skyriuje|priemimo skyriuje|priimamajame|greitosios pagalbos skyriuje"
     r"|traumpunkt\w*)(?: (siandien|vakar))?",
     lambda m: "was at a&e " + {"siandien": "today", "vakar": "yesterday", "": ""}[m[1] or m[2] or m[3] or ""]),
    (r"\bskubiosios (?:medicinos )?pagalbos skyri\w*|\bpriemimo skyri\w*|\bpriimamaj\w*|\btraumpunkt\w*", "a&e"),
    # "vyrą greitoji išvežė į ligoninę su infarktu": my husband was rushed to hospital with a heart attack; "močiutė
    # pateko į ligoninę": grandma was admitted
    (r"\b(?:su )?(?:greitoji(?: pagalba)?|greitaja(?: pagalba)?|greitosios(?: pagalbos)? (?:automobiliu|masina))"
     r"(?: (?:nakti|sianakt|vakar|siandien|ryte|skubiai))? (?:isveze|nuveze|isvez\w*|nuvez\w*|paeme|veze)\b"
     # "žmoną išvežė greitoji": the verb first, the ambulance after it
     r"|\b(?:isveze|nuveze|paeme)(?: (?:nakti|sianakt|vakar|siandien|ryte|skubiai))? (?:greitoji(?: pagalba)?"
     r"|greitaja(?: pagalba)?|greitosios(?: pagalbos)? (?:automobiliu|masina))\b",
     "was rushed"),
    (r"\b(?:staiga|skubiai|netiketai) (?:pateko|atsidure|paguldyt\w*|buvo paguldyt\w*)(?= i ligonin)"
     r"|\b(?:pateko|atsidure|paguldyt\w*|buvo paguldyt\w*) (?:staiga|skubiai|netiketai)(?= i ligonin)", "was rushed"),
    # "vyras po avarijos darbe pateko į ligoninę": taken to hospital after an accident (at work, on the road)
    (r"\bpo (?:auto)?avarij\w*(?: (?:darbe|kelyje|gatveje))? (?:pateko|atsidure|paguldyt\w*|buvo paguldyt\w*)"
     r"(?= i ligonin)", "was rushed"),
    (r"\b(?:pateko|atsidure|paguldyt\w*|buvo paguldyt\w*)(?: (?:nakti|sianakt|vakar))?(?= i ligonin)", "was admitted"),
    # "močiutė paguldyta į reanimaciją", "guli reanimacijoje", "intensyviosios terapijos skyriuje": in intensive care
    # (a relative critically ill, a family emergency)
    (r"\b(?:(?:buvo )?(?:paguldyt\w*|pateko|atsidure|guli|yra)(?: (?:nakti|sianakt|vakar|skubiai))? )?"
     r"(?:i |ant )?(?:reanimacij\w*|intensyv\w* (?:terapij|prieziur)\w*(?: skyri\w*)?)", "is in intensive care"),
    (r"\bi ligonin\w*", "to hospital"),
    (r"\b(?:su )?(?:infarkt\w*|sirdies priepuol\w*)", "with a heart attack"), (r"\b(?:su )?insult\w*", "with a stroke"),
    (r"\b(?:mano )?vyr(?:as|a|ui|o)\b", "my husband"), (r"\b(?:mano )?zmon(?:a|ai|os)\b", "my wife"),
    # a day before a past event: "penktadienį per futbolą susilaužė ranką" (on Friday he broke his arm) is the day it
    # happened, as the English "broke his arm on Friday" says
    (r"\b(?:susi|nusi|isi)?lauz\w* (?:rank\w*|koj\w*|pirst\w*|ries\w*|kaul\w*|raktikaul\w*)", "broke his arm"),
    (rf"\b({_WEEKDAY}) ((?:[^\s,.;!?]+ ){{0,3}}?)(broke his arm|(?:susi|nusi|isi)?lauz\w*|susizeid\w*|susitrenk\w*"
     r"|susisuk\w*|nukrito|parkrito|griuvo|susirgo|pradejo)\b",
     lambda m: f"{'fell ill' if m[3] == 'susirgo' else m[3]} {m[2]}{m[1]}"),
    (r"\b(?:su )?gips\w*", "in a cast"),
    # the end of the week, the Christmas holidays: "iki savaitės pabaigos", "iki Kalėdų atostogų"
    # "nuo trečiadienio iki penktadienio imtinai": from one day to the other (before "iki penktadienio imtinai")
    (rf"\bnuo ({_WEEKDAY}) iki ({_WEEKDAY})", r"from \1 to \2"),
    # "nuo penktadienio serga": ill since that day (already past; the days off are said apart)
    (rf"\bnuo ({_WEEKDAY}|vakar) (?:jau )?(?:serga|sirgo|karsciuoja|vemia|vemdavo|viduriuoja)\b",
     r"ill since \1"),
    (r"\biki (?:sios |šios )?savaites (?:pabaigos|galo)\b|\biki penktadienio imtinai\b", "the rest of the week"),
    # "iki pat atostogų": right up to the holidays
    # "iki švenčių jau negrįš", "nebegrįš iki Kalėdų": not back before the break (every open day left is off)
    (r"\biki (?:pat |paciu )?(?:kaledu|ziemos|svenciu|sventu)(?: atostog\w*)?,? (?:(?:jau|tikrai|nebe) )?"
     r"ne(?:be)?(?:gris|sugris|ateis|eis|bus)\w*"
     r"|\b(?:jau |tikrai )?ne(?:be)?(?:gris|sugris|ateis|eis|bus)\w*(?: i (?:mokykla|pamokas))?"
     r" iki (?:pat |paciu )?(?:kaledu|ziemos|svenciu|sventu)(?: atostog\w*)?\b",
     "won't be in until the christmas holidays"),
    (r"\biki (?:pat |paciu )?(?:kaledu|ziemos|kaledinių|kaledini\w*|svenciu|sventu)(?: atostog\w*)?\b",
     "until the christmas holidays"),
    (r"\biki (?:pat |paciu )?atostog\w*", "until the holidays"),
    # "plaučių uždegimas" (pneumonia), "angina" (tonsillitis), "virusas"
    (r"\bplauciu uzdegim\w*", "pneumonia"), (r"\buzdegim\w*|\binfekcij\w*", "infection"),
    (r"\bangin\w*", "tonsillitis"), (r"\bvirus\w*", "a virus"), (r"\bantibiotik\w*", "antibiotics"),
    (r"\boptometrist\w*|\boftalmolog\w*|\bakiu gydytoj\w*|\boptik\w*", "optician"),
    # "šią savaitę vieną dieną neateis, dar nežinau kurią dieną": one day, not yet known which
    (r"\b(?:sia|si) savaite viena diena\b|\bviena diena (?:sia|si) savaite\b", "one day this week"),
    (r"\bviena diena\b", "one day"), (r"\b(?:dar )?(?:nezinau|nezinom|nezinome)(?: dar)?\b", "i don't know"),
    (r"\bkuria diena\b|\bkada tiksliai\b", "which day"),
    # "vizitas ambasadoje": an appointment at the embassy (the locative), "į ambasadą": to it
    (r"\bi (?:ambasad|konsulat)\w*", "to the embassy"),
    (r"\b(?:ambasad|konsulat)\w*", "at the embassy"), (r"\bpas(?:o|a|as|ui)\b", "passport"),
    # "turiu skubiai pasiimti Luką ir Saulę", "man reikia anksčiau paimti Emą": the parent has to collect the child
    # early; "Būsiu 11:30" after it: the parent is there at that time (not the child in school)
    (r"\b(?:(?:as|man) )?(?:turiu|turime|turim|turesiu|turesime|reikia|reikes|teks|tenka)"
     r"(?: (?:skubiai|greitai|anksciau|siandien|siandienai|rytoj|dabar|is karto))* (?:pasiimti|paimti|atsiimti)\b"
     r"(?! (?:is|iš) (?:mokyklos|pamoku))",
     "i have to collect"),
    (r"(\bi have to collect\b[^.!?]*[.!?,;]? ?)(?:as )?(?:busiu|busime|busim|atvaziuosiu|atvaziuosime|ateisiu|atvyksiu"
     r"|atvyksime)(?: (?:ten|mokykloje|prie mokyklos|vietoje))?(?= ((?:apie |mazdaug |ties |around )?)\d)",
     lambda m: m[1] + ("i'll be there" if m[2] else "i'll be there at")),
    # "atvyks vėliau, apie 9:30": late, arriving at that time; "bus mokykloje, bet vėliau": in school, but later
    (r"\b(?:atvyks|ateis|atvaziuos|atvesiu|atvesime|atvesim|atvezsiu|bus)\w*"
     r"(?: (?:mokykloje|pamokose|i mokykla|i pamokas))?(?:,? but)?,?"
     r" (?:siek tiek |truputi |kiek |tik )?"
     r"veliau\b",
     "will be late"), (r"\bveliau\b", "later"), (r"\buzsal\w*", "frozen"),
    # "atvešiu iki pietų, apie 12": brought in before lunch (the morning missed, not the day)
    (r"\b(?:(?:i mokykla|i pamokas) )?(?:ateis|atvyks|atvaziuos|atvesiu|atvesime|atvesim|atvezsiu|atvezsim\w*|gris"
     r"|bus)(?: (?:ja|ji|juos|jas))?(?: (?:i mokykla|i pamokas|mokykloje))? iki piet(?:u|ų)\b",
     "will be in before lunch"),
    # "atvyksime apie 9:50", "būsime mokykloje 9:10": we (the parent with the child) will be in at that time
    (r"\b(?:(?:i mokykla|i pamokas) )?(?:atvyksime|atvyksim|atvaziuosime|atvaziuosim|ateisime|ateisim)"
     r"(?: (?:i mokykla|i pamokas))?(?= (?:apie |mazdaug |ties |around )?\d)", "we'll be in"),
    # "Kajų atveš kaimynė apie 9:30", "atveš močiutė 10 val.": someone else brings the child in at that time
    (r"\b(?:atves|atvez)(?: (?:kaimyn\w*|mociut\w*|senel\w*|tet\w*|dede|teta|tevas|tetis|mama|vyras|brol\w*"
     r"|ses\w*|aukl\w*))?(?= (?:apie |mazdaug |ties |around )?\d)", "will be in"),
    # "į mokyklą ateis apie 10 val.": in at that time
    (r"\b(?:(?:i mokykla|i pamokas) )?(?:ateis|atvyks|atvaziuos|atvesiu|atvesime|atvesim|atvezsiu|atvezsim\w*)"
     r"(?: (?:ja|ji|juos|jas))?(?: (?:i mokykla|i pamokas))?(?= (?:tik |tiktai )?(?:apie |mazdaug |ties |around )?\d)",
     "will be in"),
    # "apie 12 val. Austėja ...": the abbreviation's dot also ends the sentence (kept, so the next clause is apart)
    (r"\b(?:apie|mazdaug|apytiksliai) (\d{1,2}) val\b(\.(?= |$))?", r"around \1:00\2"),
    (r"~ ?(?=\d)", "around "),
    # "Benas bus mokykloje ~9:15": in at that time
    # "būsim tik apie 10": we will only be there at about that time (a bare hour after "apie")
    (r"\b(?:bus|busim\w*|busiu)(?: (?:mokykloje|pamokose|klaseje|ten|vietoje))?"
     r"(?= (?:tik |tiktai )?(?:(?:apie|mazdaug|ties|around) \d|\d{1,2}(?:[:.]\d\d|\s*val\b)))", "will be in"),
    (r"\b(?:tik|tiktai) (?=(?:apie|mazdaug|around) \d)", "only "),
    # "ateis tik 10:15", "tik 11 val.": only at that clock time (not "tik 2 dienas")
    (r"\b(?:tik|tiktai) (?=\d{1,2}(?:[:.]\d\d\b|\s*val\b))", "only at "),
    # "Dominykas su manim": with me (the parent)
    (r"\bsu (?:manim|manimi)\b", "with me"),
    # a sibling kept at home: "turiu likti su ja namie ir neturiu kaip nuvežti Dovydo į mokyklą"
    (r"\b(?:as )?(?:turiu|turime|turim|reikia) (?:likti|pabuti|buti|sedeti) su (?:ja|juo|jais|jomis)"
     r" (?:namie|namuose)\b",
     "we have to stay home with her"),
    (r"\b(?:neturiu|neturime|neturim|nera) (?:kaip|kam|kas) (?:nuvezti|nuvesti|atvezti|atvesti)\b|\bnegaliu"
     r"(?: (?:ju|jo|jos|jį|ji|ja))? (?:nuvezti|nuvesti|atvezti|atvesti)\b", "have no way to take"),
    # "rytoj parašysiu, kaip jaučiasi": an update promised tomorrow (not a day off tomorrow)
    (r"\brytoj (?:(?:jums|jum|jus|tau) )?(?:parasysiu|pranesiu|informuosiu|duosiu zinoti|pasakysiu|parasysim\w*"
     r"|pranesim\w*)(?: (?:jums|jum|jus|tau))?(?:,? (?:kaip|ar|kas)(?: (?:jis|ji|jie|jos|jam|jai|jiems|joms))?"
     r" (?:jauciasi|jausis|sekasi|seksis|bus|yra|ten|reikalai|pasijus)\b[^.;!?]{0,30})?(?= *(?:[.!;?]|$))",
     "will let you know tomorrow"),
    # "Jei ir rytoj neis, parašysiu": whether tomorrow too is not known yet
    (r"\bjei(?:gu)? ([^,.;!?]{1,60}),? (?:parasysiu|pranesiu|informuosiu|duosiu zinoti)\b", r"i'll let you know if \1"),
    # "parašysiu dėl antradienio": whether she is off that day is not known yet
    (r"\b(?:parasysiu|pranesiu|informuosiu|duosiu zinoti|pasakysiu) (?:del|apie) (?=pirmadien|antradien|treciadien"
     r"|ketvirtadien|penktadien|ryt)", "will let you know about "),
    (r"\bparasysiu\b|\bpranesiu\b|\binformuosiu\b|\bduosiu zinoti\b", "will let you know"),
    (r"\bnakti\b|\bsianakt\b|\bvakar vakare\b", "last night"), (r"\bo\b", "and"),
    (r"\bvisa (?:sia|šią) savaite\b|\bvisa (?:sia|šią) savaite iki penktadienio\b", "the rest of the week"),
    (r"\b(?:likti|pabuti|buti|pasilikti|sedeti|gulti) (?:namie|namuose|lovoje)\b", "staying home"),
    (r"\bliep(?:e|ia|s|iau|ta|e)\b|\bpatar\w*", "told"),
    # "Ieva jau pakeliui į mokyklą": on the way in
    (r"\b(?:(?:jau|dabar) )?(?:yra )?pakeliui\b", lambda m: "is already on her way" if m[0] != "pakeliui" else
     "is on her way"),
    # overslept, too late now: "visi pramiegojom ir jau nebespejam"
    (r"\bpramig\w*|\bpermig\w*|\bpramieg\w*|\bpermieg\w*"
     r"|\bneprabud\w*|\bneisgirdo zadintuvo\b|\bnesuskambejo zadintuvas\b"
     # "užmigom", "užmigau": we (I) overslept (not "vėlai užmigo", fell asleep late)
     r"|(?<!velai )\buzmig(?:om|ome|au|o|ai)\b|(?<!velai )\buzmieg(?:ojom|ojome|ojau|ojo)\b", "overslept"),
    (r"\b(?:jau )?(?:nebespej\w*|nespej\w*|nesuspej\w*|nebesuspej\w*)", "it's too late"),
    # "atvažiuosiu pasiimti Pauliaus iš mokyklos": I will collect him from school
    (r"\b(?:atvaziuos\w*|ateis\w*|atvyks\w*|uzsuks\w*|uzvaziuos\w*) (?:pasiimti|paimti|atsiimti) (\w+) (?:is|iš)"
     r" (?:mokyklos|pamoku)", r"i'll collect \1 from school"),
    (r"\bmigren\w*", "migraine"), (r"\bastm\w*", "asthma"),
    # "kiti vaikai ateis į mokyklą": the others come in
    (r"\bkiti(?: (?:vaikai|du|trys|broliai|seserys))? (?:ateis|eis|bus mokykloje|ateina|eina)"
     r"(?: i mokykla| i pamokas)?(?: (?:kaip iprast(?:ai|a)|iprastai|normaliai|kaip visada))?",
     "the others will be in as normal"),
    # "automobilis sugedo", "neatvaziavo autobusas": transport
    (r"\b(?:automobil|masin|masin)\w*(?: \w+)? (?:sugedo|nesuveda|neuzsiveda|neuzsivede|neuzves\w*)\b"
     r"|\b(?:sugedo|nesuveda|neuzsiveda) (?:musu )?(?:automobil|masin)\w*", "car broke down"),
    (r"\b(?:neturime|neturim|neturiu) (?:automobilio|masinos)\b", "no car"),
    # "mašina remonte", "automobilis servise": the car is in the garage; "streikuoja traukiniai": a train strike
    (r"\b(?:automobil|masin)\w* (?:(?:jau|vis dar|dar) )?(?:remont\w*|servis\w*)\b", "the car is in the garage"),
    (r"\bstreikuoja (?:traukiniai|traukiniu \w+|geležinkelis|gelezinkelis)\b|\btraukiniu streik\w*", "train strike"),
    (r"\bstreikuoja (?:autobusai|autobusu \w+|vairuotojai)\b|\bautobusu streik\w*", "bus strike"),
    (r"\b(?:autobus\w*|mokyklinis autobusas)(?: (?:siandien|siandien ryte|ryte|vel|isvis))?"
     r" (?:neatvaziavo|neatvyko|nevaziuoja|atsauk\w*)\b"
     r"|\b(?:neatvaziavo|neatvyko|nevaziuoja|nevazinej\w*) (?:mokyklinis )?autobus\w*|\bnera autobus\w*", "no bus"),
    # "dėl sniego", "dėl ligos": because of the snow, the illness
    (r"\bdel (?:didelio |gausaus |stipraus )?snieg\w*|\bdel (?:puga|pugos|lijundros|plikledzio)\b",
     "because of the snow"),
    (r"\bsnieg\w*|\bpug(?:a|os)\b|\bplikledz\w*|\blijundr\w*", "snow"),
    # "negaliu jos palikti vienos": I can't leave her on her own (the ill one; kept home to mind her)
    (r"\b(?:as )?(?:negaliu|negalime|negalim|negalesiu)(?: (?:jo|jos|ju))? (?:palikti|paliksiu)(?: (?:jo|jos|ju))?"
     r"(?: (?:vieno|vienos|vienu|vienas)(?: namie| namuose)?| namie| namuose)?\b",
     "i can't leave her on her own"),
    (r"\b(?:pavelav\w*|nesuspej\w*) i autobus\w*|\bispraleid\w* autobus\w*", "missed the bus"),
    (r"\bstreik\w*", "strike"),
    # tired, anxious, a panic attack, no clean uniform
    (r"\bpavarg\w*|\bisvarg\w*|\bnemieg\w*|\bneissimieg\w*", "tired"),
    # "turi stiprių nerimo priepuolių": has (bad) anxiety attacks
    (r"\b(?:turi |turejo )?(?:stipri\w* |dazn\w* )?(?:nerimo|panikos) (?:priepuol|ataka|atak)\w*",
     lambda m: ("has " if m[0].startswith("tur") else "")
     + ("anxiety attacks" if "nerim" in m[0] else "panic attacks")),
    (r"\bpanikos (?:priepuol|ataka|atak)\w*", "panic attack"), (r"\bnerim\w*|\bnerimast\w*", "anxiety"),
    (r"\bdepresij\w*", "depression"), (r"\buniform\w*", "uniform"),
    # "abu vaikai" is both children, not all of them
    (r"\b(?:abu|abi|abudu|abidvi) (?:vaikai|vaiku|vaikus|berniukai|mergaites|broliai|seserys|sunus|dukros)\b", "both"),
    # "pasiimsiu ja is mokyklos 12:30": I will collect her from school at 12:30
    # "paimsiu jį apie 12 val.": I will collect him at about that time ("apie" already read as "around")
    # "paimsiu ja per pietus 12:30": the same with the lunch break named before the time
    (r"\b(?:pasiim|paim|atsiim)\w*(?: (ja|ji|juos|jas))?(?: (?:is|iš) (?:mokyklos|pamoku))?"
     r"(?: (?:per piet(?:us|ų|u)|piet(?:u|ų) (?:metu|pertrauk\w*)),?)?"
     r"(?: (?:apie|po|ties|around))?(?= \d{1,2}[:.]\d\d| \d{1,2} val)",
     lambda m: f"i'll collect {dict(ji='him', juos='them', jas='them').get(m[1] or '', 'her')} at"),
    (r"\b(?:pasiim|paim|atsiim)\w*(?: (?:ja|ji|juos|jas))?(?: (?:is|iš) (?:mokyklos|pamoku))", "i'll collect her"),
    # "kita savaite", "kito antradienio": next week, next Tuesday
    (r"\bkit(?:a|o|ą|ą|ai|u) (?=pirmad|antrad|treciad|ketvirtad|penktad)", "next "),
    # "pas šeimos gydytoją": the family doctor, the GP (a doctor, not a family visit)
    (r"\bseimos (?=gydytoj|daktar)", ""),
    # "užpūliavo akis", "pūliuoja ausis": a festering eye or ear (an infection)
    (r"\b(?:uz|su|is)?puliav\w*(?: (?:jam|jai|jiems))? (ak|aus)\w*|\b(ak|aus)\w* (?:uz|su|is)?puli\w*"
     r"|\bpuliuoj\w*(?: (?:jam|jai|jiems))? (ak|aus)\w*",
     lambda m: "has an " + ("eye" if (m[1] or m[2] or m[3]) == "ak" else "ear") + " infection"),
    (r"\b(?:vaziuoj|vaziuos|vyksta|vykstam|vyksim|vyksime|vaziuosim|grizt)\w* (?:pas|i) "
     r"(?:senel\w*|mociut\w*|tevus|giminait\w*|giminas|seimos)\w*", "visiting family"),
    (r"\bpas (?:senel\w*|mociut\w*|giminait\w*|giminas)", "visiting family"),
    (r"\bmociut\w*|\bsenele\b|\bbobut\w*", "grandma"), (r"\bsenel(?:is|io|iui|i)\b|\bdiedukas\b", "grandad"),
    (r"\b(?:i lietuva|i lietuvą)\b", "to lithuania"), (r"\blietuvoje\b", "in lithuania"),
    (r"\b(?:vaziuoj|vaziuos|einam|eisim)\w*(?= to his brother's graduation)", "we're going"),
    # "Aistė irgi važiuoja su mumis": that child comes along (on the trip the message is about, not a holiday)
    (r"\b(?:(?:irgi|taip pat|too) )?(?:vaziuoja|vaziuos|keliauja|keliaus|vyksta|vyks|eina|eis)\w* (?:kartu )?su mumis\b"
     r"(?: (?:irgi|taip pat))?", "is coming with us too"),
    (r"\bvaziuoj\w*|\bvaziuos\w*", "travelling"),
    (r"\b(?:bus|liks|lieka|pabus|bus paliktas|bus palikta|pasiliks) (?:namie|namuose)\b", "staying home"),
    (r"\bsusisuk\w*|\bpatemp\w*|\bisnarin\w*|\bišnarin\w*|\bsusitrenk\w*|\bsusimus\w*", "sprained"),
    # "jam reikės išeiti 12:30": he has to leave (be collected) at that time
    (r"\b(jam|jai|jiems) (?:reikes|reikia|teks|reiketu) (?:isei\w*|išei\w*)",
     lambda m: {"jam": "he", "jai": "she"}.get(m[1], "they") + " has to leave"),
    (r"\birgi\b|\btaip pat\b", "too"), (r"\bisei\w*|\bišei\w*", "leave"),
    # "12 val.", "12:30 val.": the hour, with its minutes when given
    (r"(?<![\d:.])\b(\d{1,2})(?:[:.](\d\d))? val\b(\.)?", _hour_val),
    (r"\bsu (?=[a-z])", "and "),
    (r"\bskrend\w*|\bskrisi\w*|\bisvyk\w*|\bkeliauj\w*", "travelling"),
    # "naktį skaudėjo pilvą": a tummy ache; "skauda galvą": a headache
    (r"\b(?:skauda|skaudejo|skaudes|skauda?)\w* (?:jam |jai |jiems )?pilv\w*", "had a tummy ache"),
    (r"\b(?:skauda|skaudejo|skaudes)\w* (?:jam |jai |jiems )?galv\w*", "had a headache"),
    (r"\b(?:skauda|skaudejo|skaudes)\w* (?:jam |jai |jiems )?gerkl\w*", "had a sore throat"),
    # "Rokas ir Smiltė bus rytoj": they will be there tomorrow (the day they are back)
    (r"(?<!\bne)(?<!\bar )(?<!\bgal )(?<!\bjei )\b(?:bus|ateis|ateina|gris|grįš)(?: (?:jau|vel|mokykloje|i mokykla))*"
     r" (rytoj|poryt)(?= *(?:[.!;,]|$))",
     lambda m: "back " + ("tomorrow" if m[1] == "rytoj" else "the day after tomorrow")),
    # "gal rytoj jau bus geriau": maybe better tomorrow (a hope, not a day off; "parašysiu" promises an update)
    (rf"\b(?:gal|galbut|tikiuosi|tikimes|tikiuos|turbut|manau)(?:,? kad)?( rytoj| poryt| {_WEEKDAY})?(?: (?:jam|jai"
     r"|jiems))? (?:jau )?(?:bus|jausis|pasijus)(?: (?:jau|daug|siek tiek|truputi))? geriau( rytoj| poryt)?\b",
     lambda m: "hopefully better" + {" rytoj": " tomorrow", " poryt": " the day after tomorrow", "": ""}.get(
         m[1] or m[2] or "", " on" + (m[1] or m[2] or ""))),
    # "jei rytoj jausis geriau, ateis": if he is better that day he comes in (a condition, not a day off)
    (rf"\bjei(?:gu)?(?: (?:jam|jai|jiems))?( rytoj| poryt| {_WEEKDAY})?(?: (?:jam|jai|jiems))?"
     r" (?:jausis|pasijus|bus|busi|pagere(?:s|tu))(?: (?:jau|daug|siek tiek|truputi))?(?: (?:geriau|gerai))?"
     rf"( rytoj| poryt| {_WEEKDAY})?\b",
     lambda m: "if he is better" + {" rytoj": " tomorrow", " poryt": " the day after tomorrow", "": ""}.get(
         m[1] or m[2] or "", " on" + (m[1] or m[2] or ""))),
    # "blogai jaučiasi", "prastai pasijuto", "jautėsi negerai": feels unwell; "pykina", "pykino": feels sick (nausea)
    (r"\b(?:(?:labai|siek tiek|truputi|kazkaip) )?(?:blogai|prastai|negerai|nekaip)(?: (?:jam|jai|jiems))?"
     r" (?:jauciasi|jautesi|jausis|pasijuto|pasijaute|jaucias)\b"
     r"|\b(?:jauciasi|jautesi|jausis|pasijuto|pasijaute|jaucias)(?: (?:labai|siek tiek|truputi|kazkaip))?"
     r" (?:blogai|prastai|negerai|nekaip)\b", "feels unwell"),
    (r"\b(?:(?:ji|ja|jam|jai|juos|jas) )?pykin(?:a|o|s|ti|imas|imo|imu)\b", "feels sick"),
    # "apsinuodijo maistu", "apsinuodijimas maistu", "apsinuodijęs": food poisoning
    (r"\bapsinuod\w*(?: (?:maistu|kazkuo|kazkokiu maistu))?", "food poisoning"),
    (r"\bskauda\w*|\bskaudejo\b|\bskausm\w*", "pain"), (r"\bvem\w*|\bviduriav\w*|\bviduriuo\w*", "vomiting"),
    (r"\bslog\w*", "cold"),
    (r"\bvejaraupi\w*", "chickenpox"), (r"\b(?:nusi|isi)?lauz\w*|\bsusizeid\w*|\btraum\w*", "injured"),
    # "susilaužė ranką, šiandien jam operacija": the break is being operated on (treatment of the injury, not an
    # appointment)
    (r"\b(broke his arm|injured)([^.;!?]{0,60}?) (?:(?:jam|jai|jiems|bus|yra|darys|darys\w*) )?operacij\w*",
     r"\1\2 is having it operated on"),
    # "kraujo tyrimas" (a blood test), "gydytojo konsultacija" (a doctor's appointment)
    (r"\bkraujo (?:tyrim|emim|paemim)\w*", "a blood test"),
    (r"\b(?:gydytojo |specialisto |daktaro )?konsultacij\w*",
     lambda m: "a doctor's appointment" if " " in m[0] else "an appointment"),
    # "turi vizitą", "Austėja turi kraujo tyrimą": has (not "turi likti", has to: an infinitive follows)
    (r"\bturi\b(?! \w+ti\b)", "has"),
    (r"\b(?:pasi|pa|isi)?skiep\w*|\bvakcin\w*", "vaccination"), (r"\boperacij\w*", "operation"),
    (r"\bligonin\w*", "hospital"),
    (r"\bvestuv\w*", "wedding"), (r"\bgimtadien\w*", "birthday"), (r"\bkrikstyn\w*", "christening"),
    (r"\blaidotuv\w*", "funeral"), (r"\bmire\b|\bmirus\w*", "passed away"), (r"\bsugedo\b|\busigedo\b", "broke down"),
    # "rytoj laidojame senelį", "laidosime močiutę": we bury (a relative's funeral)
    (r"\b(?:pa)?laido(?:jame|jam|ja|sime|sim|s)\b", "is the funeral of"),
    (r"\bautobus\w*", "bus"), (r"\bspust\w*", "traffic"), (r"\bvakar\b", "yesterday"),
    (r"\bpermiega\w*|\bpramiega\w*", "overslept"),
    # "nuo gruodžio 7 iki 11 d." (read as "nuo 7 december 2026 iki 11 d."): a range in one month, both ends included
    # ("nuo gruodžio 14 d. iki 17 d.": the first day's "d." after its month)
    (rf"\bnuo (\d{{1,2}}) ({_MONTH_NAMES})( \d{{4}})?(?: (?:dienos|d\b\.?))? iki (\d{{1,2}})(?: (?:dienos|d\b\.?))?"
     rf"(?![\d:.]| {_MONTH_NAMES})",
     r"from \1 \2\3 to \4 \2\3"),
    # "nuo 14 iki 18 d. imtinai", "nuo 3 iki 5 dienos": a range of days with no month (this month or the next)
    (r"\bnuo (\d{1,2})(?: (?:dienos|d\b\.?))? iki (\d{1,2})(?:(?: (?:dienos|dienu|d\b\.?))|(?= imtinai\b))"
     r"(?![\d:.])",
     lambda m: f"from the {_ordinal(m[1])} to the {_ordinal(m[2])}"),
    (r"\bnuo (\S+) iki ((?:next )?\S+)", r"from \1 to \2"),
    # "namuose kilo gaisras": a house fire
    (r"\b(?:(?:musu |mano )?(?:namuose|name|bute) )?(?:kilo|buvo|isiplieske) gaisras\b", "there was a house fire"),
    (r"\bgaisr\w*", "a fire"),
    # "liks namie prižiūrėti mažosios sesutės, nes auklė susirgo": looking after a sibling (not ill himself)
    (r"\b(?:priziureti|priziures|prizi\w*|saugoti|pabuti su) (?:(?:savo|jo|jos) )?(?:(?:mazosios|mazojo|mazaja"
     r"|mazaji|jaunesniosios|jaunesniojo|jaunesnes|jaunesnio|jaunesne|jaunesni|sergancia|sergancios|sergancio|sergancius|serganti"
     r"|sergancias|nesveika|nesveikos|nesveika) )?(?:sesut\w*|sesers|sesyt\w*|sesel\w*|sese\b|brol\w*"
     r"|kudiki\w*|mazyl\w*)", "to look after his little sister"),
    (r"\baukl(?:e|ei|es)\b (?:susirgo|serga|nesveikuoja)\b",
     "the childminder is ill"),  # not "nanny": a granny in English
    (r"\b(?:(?:i mokykla|i pamokas) )?(?:ateis|atvyks|gris|atvesiu|atvesime|atvez\w*|nuvesiu|nuvesime)\w*"
     r"(?: (?:ja|ji|juos|jas))?(?: i mokykla)?(?: (?:iskart|is karto|tuoj pat|tuoj|tuojau|tada))?"
     r" po (?:to|vizito|procedur\w*|tyrim\w*|gydytojo|odontologo|pokalbio|egzamino)\b", "will be in after"),
    (r"\b(?:ateis|atvyks|gris|atvesiu|atvesime|atvez\w*|nuvesiu|nuvesime)\w*(?: (?:ja|ji|juos|jas))?(?: i mokykla)?"
     r" po pietu\b", "will be in after lunch"),
    # "po pietų grįš į mokyklą": the verb last
    (r"(?<!siandien )\bpo piet(?:u|ų),? (?:(?:ji|ja|jis|jie|jos) )?(?:ateis|atvyks|gris|atvesiu|atvesime|atvez\w*"
     r"|parves\w*|parvez\w*)\w*(?: (?:ja|ji|juos|jas))?(?: (?:atgal|vel))?(?: i (?:mokykla|pamokas))?",
     "will be in after lunch"),
    # the same with the verb last: "po vizito ja atvesiu i mokykla"
    # "po vizito parvešiu (ją) atgal į mokyklą": brought back to school after the appointment
    (r"\bpo (?:to|vizito|appointment|procedur\w*|tyrim\w*|gydytojo|odontologo|pokalbio|egzamino),?"
     r"(?: (?:iskart|is karto|tuoj pat|tuoj|tuojau|tada))? (?:(?:ja|ji|juos|jas) )?"
     r"(?:ateis|atvyks|gris|atves|atvez|nuves|parves|parvez|grazin)\w*"
     r"(?: (?:ja|ji|juos|jas))?(?: atgal)?"
     r"(?: i mokykla| to school)?", "will be in after"),
    # "gris i mokykla pirmadieni": back on Monday
    # "grįžęs trečiadienį" (read "grizes"), "grįšim pirmadienį": the same with other forms of the verb
    (r"\b(?:(?:gali|gales|galesime) )?(?:gris|sugris|grisime|grizta|grizti|sugrizti|grizes|sugrizes|grizus|grizim"
     r"|grizime)\w*"
     r"(?: (?:i mokykla|i pamokas|i mokyklą))?(?: only(?: on)?)?"
     r" (?=(?:next )?(?:pirmad|antrad|treciad|ketvirtad|penktad)|\d)",
     "back on "),
    # "važiuoja į ligoninę pas kardiologą": a hospital appointment with a specialist (not a trip)
    (r"\b(?:travelling|vaziuoj|vaziuos|vyksta|vyksim|vykstam|eina|eis|eisim|einam)\w*"
     r"(?= (?:(?:i|to) (?:ligonin|poliklinik|klinik|hospital)\w*"
     r"|pas "
     r"(?:gydytoj|daktar|kardiolog|neurolog|dermatolog|alergolog|ortoped|endokrinolog|pediatr|specialist|chirurg"
     r"|logoped|psichiatr|psicholog|odontolog|dantist|ortodont|okulist|oftalmolog|lor\b|otorinolaringolog)))",
     "going"),
    (r"\bpas (?:kardiolog|neurolog|dermatolog|alergolog|ortoped|endokrinolog|pediatr|specialist|chirurg|psichiatr"
     r"|otorinolaringolog|reumatolog|gastroenterolog|urolog|nefrolog|pulmonolog)\w*", "to see the specialist"),
    # "vizitas pas okulistą": an appointment with the optician
    (r"\b(?:pas )?okulist\w*", lambda m: "with the optician" if m[0].startswith("pas ") else "optician"),
    (r"\bvisa dien(?:a|ą)\b|\bvisai dienai\b", "all day"),
    # "po pietų neis", "per pietų pertrauką": after lunch, at the lunch break
    (r"\b(?:pasiim|paim|atsiim)\w*(?: (?:ja|ji|juos|jas))?(?= (?:per |pietu )?piet(?:u|ų) pertrauk)",
     "i'll collect him"),
    (r"\b(?:jam |jai )?(?:pakilo|kyla|pakyla|pakilusi|aukst\w*) temperatur\w*", "he has a fever"),
    (r"\b(?:per |pietu )?piet(?:u|ų) pertrauk\w*", "at lunch"),
    (r"(?<!siandien )\bpo piet(?:u|ų) (?:ne(?:be)?is|ne(?:be)?ateis|ne(?:be)?bus|ne(?:be)?lankys)\b"
     r"(?: i (?:mokykla|pamokas))?",
     "won't be in after lunch"),
    (r"(?<!siandien )\bpo piet(?:u|ų)\b", "after lunch"),
    # "į mokyklą grįš per pietus": back at school at lunchtime; "tą pačią dieną": on the same day
    (r"\b(?:i (?:mokykla|pamokas) )?(?:gris|sugris|ateis|atvyks|bus)\w*(?: i (?:mokykla|pamokas))?"
     r" per piet(?:us|ų|u)\b", "will be in at lunchtime"),
    (r"\bper piet(?:us|ų|u)\b", "at lunchtime"), (r"\b(?:ta|tą) (?:pacia|pačią) (?:diena|dieną)\b", "the same day"),
    # "pirma vežam Matą pas gydytoją": first we're taking his brother (named) to the doctor
    (r"\b(?:pirma |pirmiausia )?(?:vezam|vezame|vezu|vesim|vesime|vezsim|vezsime|vedam|vedame|vedu|vesiu|vezsiu"
     r"|nu(?:vezu|vedu|vesiu|vezsiu|vezam|vedam|vesim|vezsim))(?= \w+ pas )",
     "first we're taking"),
    (r"\bpas gydytoj\w*|\bpas daktar\w*|\bpas s(?:i)?eimos gydytoj\w*", "to the doctor"),
    # "šiandien praleis rytą", "praleis pirmas pamokas": misses the morning only (of the day the message names)
    (r"\bpraleis\w* (?:ryt(?:a|ą)|rytines pamokas|pirm(?:as|ąsias|asias) pamokas)\b", "will miss the morning"),
    (r"\barba\b", "or"), (r"\bpraleis\w*(?: pamokas| mokykla)?", "absent"), (r"\bjubiliej\w*", "birthday"),
    (r"\b(?:susi)?tuok\w*|\bvedybo\w*", "getting married"),
    (r"\bsia savaite\b|\bsi savaite\b|\bsia savaite\b", "this week"),
    (r"\bpo to (?:gris\w*|atei\w*|atvyks\w*|nuei\w*|bus\b)", "will be in after"),
    (r"\b(\d{1,2}|\d{4}) d\.(?=[\s),;]|$)", r"\1"),
    (r"\bsiandien ryte\b|\bsi ryta\b", "this morning"), (r"\bsiandien po pietu\b", "this afternoon"),
    (r"\bsiandien\b", "today"), (r"\brytoj ryte\b", "tomorrow morning"), (r"\bryte\b", "in the morning"),
    (r"\bporyt\b", "the day after tomorrow"),
    (r"\brytoj(?:aus)?\b", "tomorrow"),
    # "nebeateis" (won't come any more), "nelankytų" (would not attend): not in
    (r"\bne(?:be)?(?:gris|sugris|grisime|grisim)\b", "won't be back"),
    (r"\bne(?:be)?ateis\w*|\bne(?:be)?atvyks\w*|\bne(?:be)?atvaziuos\w*|\bne(?:be)?lankys\w*(?: mokykl\w*)?"
     r"|\bne(?:be)?lankyt\w*(?: mokykl\w*)?|\bne(?:be)?bus\b(?: mokykloje)?|\bnedalyvaus\w*"
     r"|\bne(?:be)?is\b|\bnepateks\w*|\bnegales (?:ateiti|atvykti|nuvykti)\b", "won't be in"),
    # "Nojus tuoj bus mokykloje", "netrukus atvyksime": there soon (on the way, late)
    (r"\b(?:tuoj pat|tuojau|tuoj|netrukus|greitai|greit) (?:bus|busime|busim|ateis|atvyks|atvyksime|atvaziuos"
     r"|atvaziuosime)\b(?: (?:mokykloje|pamokose|ten|vietoje|i mokykla))?"
     r"|\b(?:bus|busime|busim|ateis|atvyks|atvyksime|atvaziuos|atvaziuosime)(?: (?:mokykloje|pamokose|ten|vietoje"
     r"|i mokykla))? (?:tuoj pat|tuojau|tuoj|netrukus|greitai|greit)\b", "will be there soon"),
    # "o Lukas ateis": that child comes in as usual
    # "Pirmadienį jau bus": a bare "bus" (will be there), not "no bus" nor "ar bus" (whether he will be)
    (r"\b(?:ateis|ateina|eis|eina|bus mokykloje|(?:jau |vel )?(?<!\bno )(?<!\bthe )(?<!\ba )(?<!school )(?<!\bar )"
     r"(?<!\bgal )(?<!\bjei )(?<!kaip )(?<!kada )bus)(?: i mokykla| i pamokas)?(?: (?:kaip iprast(?:ai|a)|kaip visada"
     r"|iprastai|normaliai))?"
     r"(?=\s*(?:[.,!;]|$))", "will be in as normal"),
    (r"\bveluos\w*|\bveluo\w*|\bpaveluos\w*|\bpavel\w*", "running late"), (r"\bapie\b", "around"),
    (r"\b(?:(?:jis|ji) )?serga\b", "is ill"),
    (r"\bserga\w*|\bsergant\w*|\bsusirg\w*|\bnesveik\w*|\bnegaluoja\b", "ill"),
    (r"\b(?:(?:jis|ji|jie|jos) )?(?:karsciuoja|karsciavo|karsciuos|karsciuoti)\b", "has a fever"),
    (r"\btemperatur\w*|\bkarsciuo\w*|\bkarsc\w*", "fever"), (r"\bpersal\w*|\bsloga\w*", "cold"),
    (r"\bvem\w*|\bviduriav\w*", "vomiting"), (r"\bkosul\w*|\bkosti\w*|\bkose(?:j|t|d)\w*", "cough"),
    (r"\bvizit\w*", "appointment"), (r"\bgydytoj\w*", "doctor"), (r"\bligonin\w*", "hospital"),
    (r"\bodontolog\w*|\bdantist\w*|\bodontolog\w*", "dentist"), (r"\bpokalbi\w*", "interview"),
    (r"\blaidotuv\w*", "funeral"), (r"\bmire\b|\bmirus\w*|\bmirti\b", "passed away"), (r"\bvestuv\w*", "wedding"),
    (r"\bkrikstyn\w*", "christening"), (r"\bgimtadien\w*", "birthday"),
    (r"\batostog\w*|\bisvykst\w*|\bisvyk\w*|\bkeliau\w*", "holiday"), (r"\bbaznyci\w*", "church"),
    # "grįžim sausio 3", "grįžtam pirmadienį": the present "we return" with the day (the day back); not "grįžtam
    # namo vakare" (home in the evening)
    (r"\b(?:grizim|grizime|griztam|griztame)\b(?: i (?:mokykla|pamokas))?(?= (?:\d{1,2} [a-z]|(?:monday|tuesday"
     r"|wednesday|thursday|friday|pirmadien|antradien|treciadien|ketvirtadien|penktadien)))", "back on"),
    (r"\bnuo\b", "from"), (r"\biki\b", "until"), (r"\bimtinai\b", "inclusive"), (r"\bgris\w*|\bsugriz\w*", "back"),
    (r"\biki savaites pabaigos\b|\bvisa savaite\b|\blikusia savaite\b", "the rest of the week"),
    # "likusią savaitės dalį": the rest of the week
    (r"\b(?:visa )?likus\w* (?:sios |sią )?savaites dal\w*", "the rest of the week"),
    (r"\bkita savaite\b|\bkitą savaitę\b", "next week"),
    (r"\b(\d+|dvi|tris|keturias) dien\w*", r"for \1 days"), (r"\bdvi\b", "two"), (r"\btris\b", "three"),
    (r"\bpirmadien\w*", "monday"), (r"\bantradien\w*", "tuesday"), (r"\btreciadien\w*", "wednesday"),
    (r"\bketvirtadien\w*", "thursday"), (r"\bpenktadien\w*", "friday"), (r"\bsestadien\w*", "saturday"),
    (r"\bsekmadien\w*", "sunday"), (r"\bi (?:mokykla|pamokas)\b", "to school"),
    (r"\b(?:namie|namuose)\b", "at home"),
) + tuple((rf"\b{lt} (\d{{1,2}})(?: d\.?)?", rf"\1 {eng}") for lt, eng in _MONTHS) + (
    (r"\b(?:mano )?sunus\b", "my son"), (r"\b(?:mano )?dukra\b", "my daughter"), (r"\bvaikai\b", "the children"),
    # "Berniukai šiandien neateis": the boys (the girls), every linked child of them
    (r"\b(?:musu |abu |abi )?berniuk(?:ai|u|us)\b", "the boys"),
    (r"\b(?:musu |abi )?mergait(?:es|ems)\b", "the girls"),
    # "dėl kitų dienų parašysiu": about the other days (I'll write)
    (r"\bdel kit(?:u|ų) dien(?:u|ų)\b", "about the other days"),
    (r"\babu\b|\babi\b", "both"), (r"\bir\b", "and"),
    # courtesies and sign-offs (so that they are not taken for a cause the lexicon does not know)
    (r"\blaba diena\b|\blabas rytas\b", "good morning"), (r"\blabas vakaras\b|\blaba vakara\b", "good evening"),
    (r"\b(?:norejau|noreciau|noriu) (?:pranesti|informuoti)\b|\binformuoju\b|\bpranesu\b",
     "just to let you know"), (r"\bkad\b", "that"),
    (r"\bnes\b|\bkadangi\b", "because"),
    (r"\bjei (?:ko )?(?:reikes|reiketu|kils klausimu)\w*,? (?:paskambinkite|skambinkite|rasykite)(?: man)?\b",
     "any questions please call"),
    (r"\bgeros dienos\b|\bgero savaitgalio\b|\blinksmu svenciu\b|\bgraziu svenciu\b", "have a nice day"),
    (r"\b(?:labai )?aciu(?: labai)?\b|\bdekoju\b", "thank you"), (r"\bpagarbiai\b|\blinkejimai\w*", "kind regards"),
    (r"\batsiprasau\b|\batsiprasome\b", "apologies"), (r"\bmokytoja\b|\bmokytojau\b", "teacher"),
    (r"\bmama\b|\bmamyte\b", "mum"), (r"\btetis\b|\btete\b", "dad"),
    # "lieka su manimi": stays with me (at home, not in school)
    (r"\b(?:lieka|liks|pasiliks|pasilieka) (?=with (?:me|us|dad|mum|my|his|her|their|grand))", "is staying "),
    # "šiandien ryte žmoną išvežė greitoji": the time said first belongs to the emergency, not to the day off
    (r"\bthis morning,? ((?:my|our|their) (?:wife|husband|mum|dad|grandma|grandad|grandmother|grandfather)"
     r"|(?:mum|dad)) (was rushed|was admitted) to hospital\b", r"\1 \2 to hospital this morning"),
)
