"""Romanian."""

import re

MARKERS = frozenset([
    "buna", "ziua", "dimineata", "este", "nu", "va", "vor", "scoala", "scoli", "azi", "astazi", "maine", "multumesc",
    "si", "sa", "are", "fi", "la", "din", "pentru", "copilul", "fiul", "fiica", "noastra", "mea", "meu", "vineri",
    "luni", "ne", "pare", "rau", "suntem", "sunt", "ajunge", "ajungem", "ajunga", "scuze", "acasa", "pe", "cu",
    "doamna", "seara", "vine", "poate", "rog", "febra", "bolnav", "bolnava", "lipseste", "lipsi", "minute",
    "vedem", "deci", "oricum", "fost", "toate", "toti", "acum", "acuma", "pierdut", "autobuzul", "aduc", "aducem",
    "tarziu", "intarziere", "trezit", "imediat", "ratat", "scapat",
])

_MONTHS = (("ianuarie", "january"), ("februarie", "february"), ("martie", "march"), ("aprilie", "april"),
           ("mai", "may"), ("iunie", "june"), ("iulie", "july"), ("august", "august"), ("septembrie", "september"),
           ("octombrie", "october"), ("noiembrie", "november"), ("decembrie", "december"))

_PAST_DAY = {"azi": "today", "astazi": "today", "ieri": "yesterday", "aseara": "last night", "": ""}
_MONTH_NAMES = tuple(eng for _, eng in _MONTHS)
_WEEKDAY = r"(?:luni|marti|miercuri|joi|vineri|sambata|duminica)"


def _dotted_date(m: re.Match[str]) -> str:
    """ "marți, 15.12", "pe 9.12.2026": the day and month as words (a clock time is left alone)."""
    day, month = int(m[2]), int(m[3])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return m[0]
    return f"{m[1]} {day} {_MONTH_NAMES[month - 1]}{' ' + m[4] if m[4] and len(m[4]) == 4 else ''}"


def _dotted_span(m: re.Match[str]) -> str:
    """ "în zilele 10-11.12": from the first day to the second, in that month."""
    first, last, month = int(m[1]), int(m[2]), int(m[3])
    if not (1 <= first < last <= 31 and 1 <= month <= 12):
        return m[0]
    return f"from {first} {_MONTH_NAMES[month - 1]} to {last} {_MONTH_NAMES[month - 1]}"


# the hour in words: "pe la zece fără un sfert" (9:45), "la nouă și jumătate" (9:30)
_HOUR_NUMBERS = {"opt": 8, "noua": 9, "zece": 10, "unsprezece": 11, "unspe": 11, "douasprezece": 12, "douaspe": 12,
                 "unu": 1, "doua": 2, "trei": 3}
_HOUR_WORD = "|".join(sorted(_HOUR_NUMBERS, key=len, reverse=True))

_DAYS_ARTICLED = (("lunea", "monday"), ("martea", "tuesday"), ("miercurea", "wednesday"), ("joia", "thursday"),
                  ("vinerea", "friday"))

# the offices a family may have an appointment at (not a doctor's): "programare la ambasadă"
_OFFICES = (("home office", "home office"), ("ambasad", "embassy"), ("consulat", "consulate"), ("primari", "council"),
            ("notar", "solicitor"), ("banc", "bank"), ("tribunal", "court"), ("instant", "court"),
            ("politi", "police station"), ("pasapoart", "passport office"), ("avocat", "solicitor"),
            ("jobcentre", "jobcentre"), ("council", "council"))

# an adult named earlier in the sentence (the one taken into hospital is then not the pupil)
_ADULT_BEFORE = re.compile(r"\b(?:tat\w*|mama|mamei|mam\w* mea|sot\w*|soti\w*|bunic\w*|unchi\w*|matus\w*|socr\w*"
                           r"|soacr\w*|fratele meu|sora mea|eu|my husband|my wife|their grand\w*|dad|mum|grandma"
                           r"|grandad|grandparents|uncle|aunt)\b")
_RETURN = (r"(?:se (?:va |vor )?intoarce\w*|se intorc\w*|ne (?:vom |o sa )?intoarce\w*|ne intoarcem|revine|revin"
           r"|revenim|vor reveni|va reveni|vom reveni)")

# "crize de astm", "crize de tuse": attacks of what
_ATTACKS = {"astm": "asthma", "epilepsi": "epileptic", "tuse": "coughing", "panica": "panic", "anxietate": "anxiety"}

CANON: tuple[tuple[str, object], ...] = (
    # "joi și vineri (17 și 18)", "luni-miercuri (14-16)": each weekday with its date (the dates in brackets after them)
    (rf"\b({_WEEKDAY}) (si|-|pana) ({_WEEKDAY}) \((\d{{1,2}}) (?:si|-|pana la) (\d{{1,2}})\)",
     lambda m: f"{m[1]} {m[4]} {m[2]} {m[3]} {m[5]}"),
    # a self-correction: "scuze, nu luni, marți!", "am greșit, nu mâine ci joi": the day after "nu" is withdrawn, the
    # one after it stands
    (rf"\b(?:scuze|pardon|sorry|imi cer scuze|ma scuzati|scuzati|greseala mea|am gresit|m-am inselat|stai)[,!.]? "
     rf"(?:(?:scuze|am gresit|greseala mea)[,!.]? )?nu (?:pe |de )?(azi|astazi|maine|{_WEEKDAY}),? "
     rf"(?:ci |dar |ci pe |ci de )?(?=(?:pe |de )?(?:maine|poimaine|{_WEEKDAY})\b)",
     lambda m: f"sorry, not {m[1]}, it is "),
    # "vin să-l iau acum, ajung pe la 12:15": the parent arrives to collect him at that time (not the child arriving)
    (r"\b(?:ajung|ajungem|sunt acolo|suntem acolo)(?= (?:pe la|in jur de|in jurul orei|cam pe la|la) (?:ora )?\d)",
     lambda m: "i'll be there" if re.search(r"\b(?:iau|luam|ridic|ridicam|collect\w*)\b",
                                             re.split(r"[.!?;]", m.string[: m.start()])[-1]) else m[0]),
    # "mâine vă anunț cum e": an update promised for tomorrow (not a day off)
    (r"\b(maine|diseara) (?:va|o sa va|va voi|o sa) (?:anunt|anunta|spun|spune|comunic|scriu|scrie)(?: eu)?(?:,?"
     r" (?:cum (?:se simte|se simt|e|este|sunt|mai e|mai sunt|evolueaza|merge|se mai simte"
     r"|se mai simt)|ce (?:face|fac|mai face|mai fac))\b|(?= *(?:[.!;?]|$)))",
     lambda m: "i'll let you know " + ("tomorrow" if m[1] == "maine" else "this evening") + " how he is"),
    # "ședință de fizioterapie", "la kinetoterapeut": physiotherapy (a medical appointment)
    (r"\b(?:(?:o |la )?sedint\w* de )?(?:fizioterap\w*|kinetoterap\w*|fizio|kineto)\b", "physio"),
    # "să vină soțul acasă să stea cu Luca": someone stays at home with the sibling named (who is not the one this
    # clause reports); not a relative named by what they are ("să stea cu sora lui care e bolnavă")
    (r"\bsa (?:stea|ramana) (?:acasa )?cu (?!(?:el|ea|ei|ele|noi|mine|voi|ei|sor\w*|suri\w*|frat\w*|bunic\w*|mam\w*"
     r"|tat\w*|copi\w*|bebe\w*|bebel\w*|cel|cea|cei|cele|un|o|niste|sot\w*|matus\w*|unchi\w*|vecin\w*|my|their|his"
     r"|her|the|a|an)\b)[a-z]+\b", "to stay with him"),
    # "v-am scris mai devreme că întârzie, dar între timp a vomitat": what the parent wrote earlier, then a change of
    # plan (the later news replaces it; "azi-dimineață" is when the parent wrote, not a session)
    (r"\b(?:v-am|v-a|am|va|v-|i-am|le-am) (?:mai )?(?:scris|spus|zis|anuntat|trimis(?: un)? mesaj|mentionat)"
     r"(?: (?:mai devreme|mai inainte|adineauri|azi-dimineata|azi dimineata|de dimineata|dimineata|mai sus|ieri))?"
     r",? (?:ca|cum ca) ([^.;!?]{1,80}?),? (?:dar|insa|iar|numai ca)"
     r" (?:intre timp|intretimp|intr-un final|pana la urma|acum|totusi|de fapt|s-au schimbat planurile"
     r"|s-a schimbat planul|planul s-a schimbat|din pacate)\b,?",
     r"i wrote earlier that \1, change of plan:"),
    # "e Sfântul Andrei", "de Sf. Nicolae": a saint's feast day (the saint's name is not a child's)
    (r"\b(?:ziua |de |hramul )?(?:sf\.|sf|sfantul|sfintul|sfantului|sfintului|sfanta|sfintei|sfintii|sfintilor)"
     r" (?:andrei|nicolae|dumitru|gheorghe|ilie|ioan|mihail si gavriil|mihail|gavriil|constantin si elena"
     r"|constantin|elena|maria|petru si pavel|petru|pavel|vasile|stefan|parascheva|spiridon)\b", "saint's feast day"),
    # "Dimineața vine normal": in for the morning (the afternoon is the part off)
    (r"(?<!\bmaine )(?<!\bazi )(?<!\bastazi )(?<!\bluni )(?<!\bmarti )(?<!\bmiercuri )(?<!\bjoi )(?<!\bvineri )"
     r"\b(?:(?:in |de )?dimineata|diminetile) (?:vine|va veni|o sa vina|e|este|va fi|sta|ramane|sta la scoala)"
     r"(?: la (?:scoala|ore))?(?: (?:normal|ca de obicei))?\b(?! (?:mai )?tarziu\b)", "she will be in for the morning"),
    # "a căzut azi la sport": fell (an injury that has happened, the day named is not a day off)
    (r"\b(?:a|au|am|s-a) (?:cazut|cazuta|cazut jos)\b", "fell"),
    # "nu mai vin până după vacanță": off until the holidays (every open day left before them)
    (r"\bpana (?:dupa|la sfarsitul) (?:vacant\w*|sarbator\w*|craciun\w*)(?: (?:de (?:iarna|craciun|pasti|vara)"
     r"|de la (?:craciun|pasti)))?", "until the end of term"),
    # "e hramul bisericii": the church's patronal feast
    (r"\bhram\w*(?: (?:bisericii|bisericii noastre|manastirii))?", "the church's feast day"),
    # "o iau pe Irina acum de la școală": collecting the child now (at the time of the message)
    (r"\b(?:acum |acuma |chiar acum )?(?:o|il|ii|le) (?:iau|luam|ridic|ridicam)(?: pe ([a-z]+))?(?: de la scoala)?"
     r"(?: (?:acum|acuma|chiar acum|imediat))(?: de la scoala)?"
     r"|\b(?:acum|acuma|chiar acum) (?:o|il|ii|le) (?:iau|luam|ridic|ridicam)(?: pe ([a-z]+))?(?: de la scoala)?",
     lambda m: f"i'm collecting {m[1] or m[2] or 'her'} now"),
    # "Irina a ajuns azi pe la 9:40": she got in at that time (a late arrival told afterwards)
    (r"\b(?:a|au|am) ajuns(?: (azi|astazi))?(?: la (?:scoala|ore))?(?: (azi|astazi))? (?:pe la|la|in jur de|cam pe la"
     r"|cam la|abia pe la|abia la)(?: ora)? (\d{1,2}(?:[:.]\d{2})?)\b",
     lambda m: f"arrived late {'today ' if m[1] or m[2] else ''}around {m[3]}"),
    # "am ajuns târziu", "am întârziat": we are late (not home late the night before)
    (r"\b(?:am|a|au|ati) ajuns (?:mai |prea |cam )?(?:tarziu|tarzior|cu intarziere)\b"
     r"(?! (?:acasa|aseara|ieri|noaptea))",
     "we're running late"),
    # "Vlad și Elena intră acum": going in now (arriving at school)
    (r"\b(?:intra|intram|intrati)(?: (?:la scoala|in scoala|la ore|in clasa))? (?:acum|acuma|chiar acum)\b",
     "arriving now"),
    # "autobuzul 7 n-a mai venit deloc": the bus (route number) did not come
    (r"\b(?:autobuzul|busul|microbuzul)(?: (?:nr\.? )?\d+)? (?:nu (?:a )?mai |n-a mai )(?:venit|trecut)(?: deloc)?\b",
     "no bus"),
    (r"\bcu (?:autobuzul|busul) nu (?:avem|am|e|este) (?:legatura|cum)\b|\bnu (?:avem|e|este) legatura cu"
     r" (?:autobuzul|busul)\b", "no bus"),
    # "nu am cu cine să o duc la școală", "n-are cine să-l ducă": no one to take her to school (kept home: O)
    (r"\b(?:nu|n-)(?: ?(?:am|avem|are|aveam))? (?:cu )?cine (?:sa |sa-)(?:(o|il|ii|le|-l|l|i) ?)?(?:duc|ducem|duca"
     r"|aduc|aduca|conduc|conduca|lasa|las)(?: la (?:scoala|ore))?\b",
     lambda m: "there is no one to take " + {"il": "him", "-l": "him", "l": "him", "ii": "them", "le": "them",
                                            "i": "them"}.get(m[1] or "", "her") + " to school"),
    # "mașina e la service", "mașina e stricată": no car
    (r"\bmasin\w* (?:e|este|a ramas|sta) (?:la service|in service|la reparat|stricat\w*|in pana)\b",
     "the car is in the garage"),
    # "cel mic e bolnav": the little one (a brother or sister at home) is ill
    (r"\b(?:cel mic|cea mica|cel mai mic|cea mai mica|mezinul|mezina|micutul|micuta)"
     r" (?:e|este|a fost|s-a) (?:bolnav|bolnava|imbolnavit|imbolnavita|racit|racita)\b", "the little one is ill"),
    # "e răcit rău": has a bad cold
    (r"\b(?:e|este) (?:racit|racita) (?:rau|tare|zdravan)\b", "has a bad cold"),
    # "probabil și mâine": probably tomorrow too (a hedged span counts)
    (r"\b(?:probabil|poate|cel mai probabil|posibil)(?: ca)? si (maine|poimaine)\b",
     lambda m: "probably " + ("tomorrow" if m[1] == "maine" else "the day after tomorrow") + " too"),
    # "probabil nu vine nici mâine", "nici mâine nu vine": not in tomorrow either (so today is off as well)
    (r"\b(?:(probabil|poate|cel mai probabil|posibil|cred)(?: ca)? )?(?:nu|n-o sa|nu o sa) (?:mai )?(?:vine|vin"
     r"|va veni|vor veni|vina|merge|va merge|poate veni|poate merge|poate sa vina|ajunge|va ajunge)"
     r"(?: la (?:scoala|ore))? nici (maine|poimaine)\b"
     r"|\bnici (maine|poimaine) (?:(probabil|poate|cred) )?(?:nu|n-o sa|nu o sa) (?:mai )?(?:vine|vin|va veni"
     r"|vor veni|vina|merge|va merge|poate veni|poate merge|ajunge|va ajunge)(?: la (?:scoala|ore))?\b",
     lambda m: ("probably " if m[1] or m[4] else "") + "won't be in "
     + ("tomorrow" if (m[2] or m[3]) == "maine" else "the day after tomorrow") + " either"),
    # "la control la ortoped": an orthopaedic check-up
    (r"\b(?:un |la |pentru )?control(?:ul)? (?:la ortoped\w*|ortopedic\w*)", "an orthopaedic check-up"),
    (r"\b(?:la |un |pentru )?control(?:ul)?(?: medical| de rutina| periodic)?(?= (?:la|pe la|at) (?:medic|doctor"
     r"|dentist|spital|clinic|ortoped|oftalmolog|cardiolog|pediatr|\d))", "a check-up"),
    (r"\bortoped\w*", "orthopaedic clinic"),
    # "vin amândoi normal": both in as usual
    (r"\b(?:vin|vor veni|merg)(?: (?:amandoi|amandoua|ambii|ambele|toti|toate|si ei|si ele))"
     r"(?: la (?:scoala|ore))? (?:normal|ca de obicei)\b", "both will be in as normal"),
    # "eu am programare la medic la 8:30": the parent's own appointment (the child is only held up by it)
    (r"\b(?:eu )?am (?:si eu |eu )?(?:(?:o|un) )?(?:programare|consultatie|control)(?: (?:azi|astazi|dimineata|maine))?"
     r" (?:la|pe la) (?:medic\w*|doctor\w*|dentist\w*|stomatolog\w*|ginecolog\w*)\b",
     "have my own doctor's appointment"),
    # "luni sunt înapoi la școală", "vor fi din nou la școală marți": back at school that day
    (rf"\b({_WEEKDAY}(?:,? \d{{1,2}}(?![\d.:]))?) (?:sunt|e|este|va fi|vor fi|o sa fie|suntem|vom fi)"
     r" (?:inapoi(?: la (?:scoala|ore|cursuri))?"
     r"|din nou la (?:scoala|ore|cursuri))\b", r"back on \1"),
    (r"\b(?:sunt|e|este|va fi|vor fi|o sa fie|suntem|vom fi) (?:inapoi|din nou) la (?:scoala|ore|cursuri)"
     rf"(?: (?:de |pe |din )?(?={_WEEKDAY}\b|maine\b))", "back on "),
    # "se întorc în ianuarie": back in that month (no day given)
    (rf"\b{_RETURN}(?: (?:la scoala|la ore|acasa|in tara))? (?:in|din|la) (?:luna )?"
     rf"({'|'.join(ro for ro, _ in _MONTHS)})\b(?! \d)",
     lambda m: "back in " + dict(_MONTHS)[m[1]]),
    # "absența lui Cristian și a Anei", "absența Mariei": a girl's name in the genitive ("-ei" for a final "-a")
    (r"\b(lui [a-z]{2,},? (?:si|sau) a|(?:absent|motivar|invoir|scutir)\w*(?: (?:a|al|si|pentru))?) "
     r"(?!(?:mamei|fetei|surorii|bunicii|matusii|familiei|scolii|zilei|saptamanii|lunii)\b)([a-z]{2,}?)ei\b",
     r"\1 \2a"),
    # "ne-a rămas mașina în pană", "am rămas în pană pe autostradă": the car broke down; "am făcut pană": a flat tyre
    (r"\b(?:(?:ne|ni|mi|m|i)-a |am |a |au |ne-am )?ramas\w*(?: cu)?(?: masina)? in pana\b"
     r"|\bmasina (?:(?:ne|ni|mi|i)-a |a )?ramas\w* in pana\b", "car broke down"),
    (r"\b(?:am |a |ne-am )?facut (?:o )?pana\b(?: de cauciuc| la (?:masina|roata))?", "flat tyre"),
    # "Luca nu mai ajunge azi la școală deloc": he won't get in (not "nu ajungem la timp": late)
    (r"\bnu (?:mai )?(?:ajunge|ajung|ajungem|ajunga)\b( azi| astazi| maine)?(?: la (?:scoala|ore|cursuri))?"
     r"(?! (?:la timp|la ora|in timp|pana|pe la|in jur|\d))( deloc)?",
     lambda m: "won't be in" + {" azi": " today", " astazi": " today", " maine": " tomorrow"}.get(m[1] or "", "")
     + (" at all" if m[2] else "")),
    # "am adormit" (we overslept; not "am adormit târziu", fell asleep late)
    (r"\b(?:am|ne-am|m-am) adormit(?: (?:toti|cu totii|amandoi))?\b(?! (?:tarziu|greu|abia|la|dupa|in|pe|aseara))",
     "we overslept"),
    # a span of days in one month: "în zilele de 10-11.12", "în perioada 14-18.12": from the first to the second
    (r"\b(?:in zilele(?: de)?|in perioada|intre(?: zilele)?|in intervalul) (\d{1,2}) ?- ?(\d{1,2})\.(\d{1,2})"
     r"(?:\.(?:\d{4}|\d{2}))?(?![\d:]|\.\d)", _dotted_span),
    # dates written day.month after a weekday or "pe", "din", "până": "marți, 15.12", "pe 9.12", "până la 18.12"
    (rf"\b((?:{_WEEKDAY}|pe|din|pana (?:pe|la|in)|data de|ziua de|de la),?) (\d{{1,2}})\.(\d{{1,2}})"
     r"(?:\.(\d{4}|\d{2}))?(?![\d:]|\.\d)", _dotted_date),
    # "ultima zi de școală pentru Daria va fi marți": her last day in (a day at school, not off)
    (r"\bultima (?:sa |ei |lui )?zi(?: de scoala| la scoala| la ore)? pentru (\w+)(?: (?:va fi|este|e|o sa fie))?",
     lambda m: ("their" if m[1] in ("el", "ea", "ei", "ele") else f"{m[1]}'s") + " last day at school will be"),
    # "boala mână-gură-picior": hand, foot and mouth disease; "scarlatină": scarlet fever
    (r"\b(?:boala )?mana[- ]gura[- ]picior\b", "hand foot and mouth"), (r"\bscarlatin\w*", "scarlet fever"),
    # "a luat-o de la frățiorul ei": caught it from her little brother (the illness is hers)
    (r"\b(?:a|au|am) luat(?=(?:-o|-l)? (?:hand|scarlet|o |un |gripa|raceala|viroza|varicela|virusul|boala)|-o\b|-l\b)",
     "caught"),
    (r"(?<=\bcaught )([^.,;!?]{1,40}?) de la (?:fratior\w*|fratele|fratii|fratiori\w*)"
     r"(?: (?:lui|ei|mai mic|mic|cel mic))*",
     r"\1 from her little brother"),
    (r"(?<=\bcaught )([^.,;!?]{1,40}?) de la (?:sora|surioara|surori\w*)(?: (?:lui|ei|mai mica|mica|cea mica))*",
     r"\1 from her little sister"),
    (r"\bde la (?:gradinit\w*|cresa)\b", "at nursery"),
    # "doctorul a zis să stea acasă": the doctor said to stay home
    (r"\b(?:doctorul|medicul|doctorita|doamna doctor)(?: (?:de familie|pediatru))? (?:a zis|a spus|ne-a spus"
     r"|a recomandat|i-a recomandat|a zis ca)(?: sa)?(?= (?:sta|stea|ramana)\w*)", "the doctor said to"),
    # "drumul spre sat e închis", "drumurile sunt blocate de zăpadă": the road is closed (not the school)
    (r"\bdrum\w*(?: (?:spre|catre|la|pana la|din|de la) \w+)? (?:e|este|sunt|a fost|au fost) (?:complet |total )?"
     r"(?:inchis|blocat|impracticabil)\w*", "the road is closed"),
    (r"\bnu (?:putem|pot|am putut|am reusit sa) (?:iesi|ies|pleca|plec|circula)(?: din (?:sat|casa|curte))?"
     r" cu (?:masina|autobuzul)\b", "we can't get out by car"),
    # "l-a dus ambulanța la urgențe": the ambulance took him to A&E (the relative named before it)
    (r"\b(?:l-a|au|a|l-au|o|o-a|au dus-o|au dus-l) ?(?:dus|transportat|luat)(?:-o|-l)? (?:cu )?(?:ambulanta|salvarea"
     r"|smurd\w*)(?: de urgenta)? (?:la|in) (?:urgente|urgenta|spital\w*|upu)\b", "was rushed to hospital"),
    (r"\b(?:a avut|au avut|a suferit) un accident\b", "had an accident"),
    # "a avut două crize de astm": had asthma attacks (a past event, not a day off)
    (r"\b(?:a|au) avut (?:\w+ )?criz[ae] de (astm|epilepsi|tuse|panica|anxietate)\w*",
     lambda m: f"had {_ATTACKS[m[1]]} attacks"),
    (r"(?<![-\w])(?:a|au) avut\b", "had"),
    # "cu mare durere vă anunț": sadly (grief, not a pain)
    (r"\bcu (?:(?:mare|multa|profunda|adanca) )?(?:durere|tristete)(?: (?:mare|in suflet|in inima|sufleteasca))?"
     r"(?= (?:va|vreau|trebuie|am|vin|suntem|ne)\b)", "sadly"),
    # "dacă nu-i trece, vă anunț și pentru vineri": whether she is off that day is not known yet
    (r"\b(?:daca nu(?:-i| ii| i se| se)? (?:trece|simte mai bine|e mai bine|este mai bine|revine)\w*,? )?"
     r"(?:va|o sa va|va voi) (?:anunt|anunta|spun|spune|comunic|scriu|scrie)(?: (?:si|eu|maine|atunci))*"
     rf" (?:pentru|despre|in legatura cu|de) ({_WEEKDAY}|maine|poimaine)\b", r"i'll let you know about \1"),
    # "vă anunț mâine cum se simte": an update promised for that day (not a day off)
    (r"\b(?:va|o sa va|va voi|o sa) (?:anunt|anunta|spun|spune|comunic|scriu|scrie)(?: eu)? (maine|diseara|poimaine)"
     r",? (?:cum (?:se simte|se simt|e|este|sunt|mai e|mai sunt|evolueaza|merge|se mai simte"
     r"|se mai simt)|ce (?:face|fac|mai face|mai fac))\b",
     lambda m: "i'll let you know " + {"maine": "tomorrow", "diseara": "this evening"}.get(m[1],
                                                                                      "the day after tomorrow")
     + " how he is"),
    # "lipsește azi": absent today
    (r"\blipses(?:te|c|ti)\b", "absent"),
    # "o iau pe Sara la 12:30": I'm collecting her; "vă rog să fie pregătită": please make sure she is ready
    # "vin s-o iau pe Bianca", "venim să-l luăm pe Radu": I'm coming to collect her
    # "vin acum să o iau pe Ilinca": I'm on my way now to collect her (collected from that time)
    (r"\b(?:vin|venim|o sa vin|o sa venim|voi veni|vom veni|trec|trecem)(?: (?:eu|noi))?( (?:acum|acuma|imediat"
     r"|acum imediat|chiar acum))?(?: (?:eu|noi))? (?:sa |sa-|s-)(?:o|l|il|i|ii|le) (?:iau|luam) pe\b",
     lambda m: "i'm coming now to collect" if m[1] else "i'll collect"),
    (r"\b(?:o|il|ii|le) (?:iau|voi lua|vom lua|luam) pe\b", "i'll collect"),
    (r"\b(?:va rog )?(?:sa|ca sa) (?:fie|fie deja|stea) (?:gata|pregatit\w*|imbracat\w*)\b",
     "please make sure she is ready"), (r"\bla receptie\b|\bla secretariat\b", "at reception"),
    # "a făcut o criză": had a tantrum (no reason code, the lateness counts)
    (r"\b(?:a facut|face|are) (?:o )?(?:criza|crize|isteri\w*|pandalie)\b", "had a meltdown"),
    (r"\bnu (?:vrea|voia|a vrut) sa se (?:imbrace|scoale|trezeasca)\b", "won't get dressed"),
    # "încă n-am luat biletele, vă anunț datele exacte": the days are not known yet
    (r"\b(?:inca )?n(?:-|u )am (?:luat|cumparat|rezervat) (?:inca )?(?:biletele|bilete|zborul|avionul)\b",
     "we haven't booked the tickets yet"),
    (r"\b(?:va|o sa va|va voi) (?:anunt|anunta|comunic|comunica|spun|spune|trimit|trimite) (?:eu )?"
     r"(?:datele|data|zilele)(?: (?:exacte|exacta|precise))?", "i'll let you know the exact dates"),
    (r"\bcu (?:cateva|doua|trei|o) (?:zile|zi|saptamana) mai devreme\b", "a few days early"),
    (r"\b(?:o sa|vom|urmeaza sa) (?:plecam|pleca)\b|\bplecam\b", "we'll leave"),
    (r"\bcu (?=[a-z]+ (?:a few days early|cu|in|la)\b)", "with "),
    # "vine mâine" (he comes in tomorrow): in that day, not off
    (r"(?<!\bnu )(?<!\bmai )\b(?:vine|vin|va veni|vor veni|o sa vina)(?: la (?:scoala|ore))? (?=maine\b(?! dupa))",
     "will be in "),
    # "vine luni la școală", "vine la școală joi": in that day, not off
    (rf"(?<!\bnu )(?<!\bmai )(?<!\bnici )\b(?:vine|vin|va veni|vor veni|o sa vina)(?: la (?:scoala|ore))? (?:pe )?"
     rf"({_WEEKDAY})\b(?: la (?:scoala|ore))?(?! (?:dupa|pe la|la ora|in jur|abia|mai tarziu)\b)",
     r"will be in on \1"),
    # a school event on a day the child is in: "marți are concertul de Crăciun", "serbarea de iarnă e joi"
    (rf"\b({_WEEKDAY}) (?:are|au) (?:concertul|serbarea|spectacolul)(?: de (?:craciun|iarna))?\b",
     r"has the christmas concert on \1"),
    # "Bianca și-a revenit": has recovered (is well again)
    (r"\bs?i-(?:a|au) (?:revenit|refacut)\b|\bs-(?:a|au) (?:facut bine|insanatosit|vindecat|recuperat)\b",
     "has recovered"),
    # "lipsește și el": absent too
    (r"\b(?:lipses(?:te|c)|absent) si (?:el|ea|ei|ele)\b", "absent too"),
    # "vă explic mai târziu", "o să vă povestesc după": the reason is to follow (none given yet, not a late arrival)
    (r"\b(?:(?:va|o sa va|am sa va|va voi|iti|o sa iti) )?(?:explic|explicam|spun|spunem|povestesc|povestim|zic)"
     r"(?: (?:eu|tot|totul|detaliile|motivul))? (?:mai tarziu|mai incolo|dupa|ulterior)\b", "i'll explain later"),
    # "după ce o duce pe Alexia la doctor": after taking a sibling to the doctor first (the errand that makes this
    # child late, not this child's appointment)
    (r"\bdupa ce (?:(?:o|il|ii|le|l-|i-) ?)?(?:duce|duc|ducem|va duce|vom duce|voi duce|o sa duca|o sa ducem)"
     r" pe (\w+) la (doctor\w*|medic\w*|dentist\w*|spital\w*|urgent\w*)\b",
     lambda m: f"after taking {m[1]} to the "
     + ("dentist" if m[2].startswith("dent") else "hospital" if m[2][0] in "su" else "doctor") + " first"),
    # "il aduce vecina la școală, dar mai târziu": brought in, later (late, not off)
    # "îl aduce tatăl lui mai târziu": whoever brings him named with a possessive
    (r"\b(?:(?:o|il|ii|le|l-|i-) ?(?:aduc|aducem|aduce|duc|ducem|duce)(?: \w+(?: (?:lui|ei|lor|meu|mea|nostru"
     r"|noastra))?)?|vine|vin|va veni|vor veni|ajunge"
     r"|va ajunge|vor ajunge|ajungem)(?: la (?:scoala|ore))?,? (?:(?:dar|insa) )?(?:ceva |putin )?mai tarziu\b",
     "will be in later"),
    # "vă rog să o lăsați pe Ilinca să plece la 12:30": please let her leave (early, at that time)
    (r"\b(?:va rog )?(?:(?:(?:ca )?sa )?(?:o|il|ii|le)|(?:ca )?sa-(?:o|l|i)) (?:lasati|lasa|lasam|permiteti)"
     r"(?: pe (\w+))? sa plece\b",
     lambda m: f"please let {m[1] or 'her'} leave"),
    # "vă rog să o învoiți pe Ana la 12:00", "rog învoirea lui Matei la ora 11:30", "să-l eliberați pe Matei la 12":
    # released from school early at that time (not a day's leave: a clock time follows)
    (r"\b(?:va rog |va rugam |rog )?(?:(?:(?:ca )?sa )?(?:o |il |ii |le )?|(?:ca )?sa-(?:o|l|i) )"
     r"(?:invoiti|eliberati|lasati sa plece)(?: pe (\w+))?(?=(?: (?:azi|astazi|today|maine|tomorrow))?"
     r" (?:la|la ora|at|on|around|pe la|in jur de) \d)",
     lambda m: f"please let {m[1] or 'her'} leave early"),
    (r"\b(?:va rog |va rugam |rog )?(?:invoirea|eliberarea) (?:lui |pe )?(\w+)"
     r"(?=(?: (?:azi|astazi|today|maine|tomorrow))? (?:la|la ora|at|around|pe la|in jur de) \d)",
     lambda m: f"please let {m[1]} leave early"),
    (r"\b(?:trebuie sa|va trebui sa|o sa|va) plece\b", "has to leave"),
    # "vin eu (personal) după ea": I'm coming for her (to collect her)
    (r"\b(?:vin|venim|trec|trecem|voi veni|vom veni|o sa vin|o sa venim)(?: (?:eu|noi))?(?: personal)?"
     r" dupa (el|ea|ei|ele)\b", lambda m: "i'll collect " + {"el": "him", "ea": "her"}.get(m[1], "them")),
    # "vin după Alexia și Tudor la 12:30", "trec după Matei pe la 12": I'm coming for them (to collect them) at that
    # time (not "vin după prânz", they come after lunch, nor "vin după ora 10")
    (r"\b(?:vin|venim|trec|trecem|voi veni|vom veni|o sa vin|o sa venim)(?: (?:eu|noi))?(?: personal)? dupa"
     r"(?: pe)? (?!(?:pranz|masa|amiaza|amiazi|ora|orele|aceea|asta|care|ce|scoala|ore|cursuri|programare|consultatie"
     r"|vizita|control|doctor|medic|dentist|pauza|\d)\b)([a-z]+(?:(?:,| si| and) [a-z]+)*)"
     r"( (?:azi|astazi|today|maine|tomorrow))? (?:la ora|la|at|around|pe la|in jur de|in jurul orei|cam pe la)"
     r"(?: ora)? (?=\d)",
     lambda m: f"i'll collect {m[1]}{m[2] or ''} at "),
    # "vin să-l iau la 12:15": I'm coming to collect him
    (r"\b(?:vin|venim|o sa vin|o sa venim|voi veni|vom veni|trec|trecem)(?: (?:eu|noi))?(?: (?:sa|dupa el|dupa ea))?"
     r"(?:-l| il| -l|-o| o|-i| ii| le)? ?(?:iau|luam)\b", "i'll collect him"),
    # "vă rog să-mi permiteți să-l iau pe Radu": to collect him (a leave request)
    (r"\bs(?:a-|a |-)(?:l|o|i|il|ii|le) (?:iau|luam|ia|ridic|ridicam)\b", "to collect him"),
    # "nu are voie la școală până joi": must stay off school
    (r"\bnu (?:are|au|ai) voie(?: sa (?:vina|mearga|fie))? (?:la|in) (?:scoala|ore|cursuri)\b", "must stay off school"),
    # "ultima lor zi la școală va fi vineri 11": the last day in (a day at school, not off)
    (r"\bultima (?:lor|sa|ei|lui) zi(?: de scoala| la scoala| la ore)?(?: (?:va fi|este|e|o sa fie))?",
     "their last day at school will be"),
    # "iar pe 5 ianuarie se întorc": back on that date
    (r"\bpe (\d{1,2} [a-z]+)(?: \d{4})? (?:se (?:vor |va )?intoarce\w*|se intorc\w*|revin\w*|vin inapoi)\b",
     r"back on \1"),
    (r"\b(?:vor|va|o sa) lipseasca\b|\b(?:vor|va) lipsi\b", "will be absent"),
    (r"(?<=\bwill be absent) (?:de|din|incepand cu) (?=(?:luni|marti|miercuri|joi|vineri)\b|\d)", " from "),
    # overslept: "ne-am trezit târziu", "s-a trezit foarte târziu", "n-a sunat alarma", "nu mai are rost să-l aduc"
    (r"\b(?:ne-am|m-am|s-a|s-au|v-ati) trezit(?: (?:toti|toate|cu totii))?"
     r" (?:(?:prea|foarte|mult|asa|atat de|cam|putin|mai) )*tarziu\b|\bam dormit prea mult\b"
     r"|\b(?:am|a|au|ne-am) (?:dormit|ramas) peste ora\b", "we overslept"),
    # "nu s-a trezit la timp", "nu ne-am trezit la timp": didn't wake up in time (overslept)
    (r"\b(?:nu |n-)(?:s-a|s-au|ne-am|m-am|am|a|au)? ?trezit(?: (?:la timp|la ora|devreme|in timp))?\b",
     "didn't wake up"),
    # "n-a sunat alarma", "nu a auzit alarma", "n-am auzit ceasul": the alarm (not heard), overslept
    (r"\bn(?:u |-)?a sunat (?:alarma|ceasul|desteptatorul)\b|\b(?:alarma|ceasul|desteptatorul) n(?:u |-)a sunat\b"
     r"|\b(?:nu |n-)(?:a|am|au|ati|s-a|a mai|am mai|au mai) ?auzit (?:nimeni |niciunul |nici unul )?"
     r"(?:alarma|alarmele|ceasul|ceasurile|desteptatorul|telefonul)\b",
     "the alarm didn't go off"),
    (r"\bnu (?:mai )?are (?:rost|sens) sa-?(?:l|o|i)? ?(?:mai )?(?:aduc|aducem|duc|ducem|trimit|trimitem)(?: pe)?",
     "no point bringing"),
    # "miercurea viitoare" (next Wednesday), "lunea asta" (this Monday): the day
    # with its date ("miercurea viitoare, 9 decembrie") the day is the date's: "on wednesday, 9 december"
    *((rf"\b(?:in |pe )?(?:{ro}|{ro[:-1] if ro != 'lunea' else 'luni'}) (?:viitoare|care vine|urmatoare)"
       r"(?=,? \d{1,2} [a-z])", f"on {eng}") for ro, eng in _DAYS_ARTICLED),
    *((rf"\b(?:in |pe )?{ro} (?:viitoare|care vine|urmatoare)\b", f"next {eng}") for ro, eng in _DAYS_ARTICLED),
    *((rf"\b(?:in |pe )?{ro} (?:asta|aceasta)\b", f"on {eng}") for ro, eng in _DAYS_ARTICLED),
    (r"\b(luni|marti|miercuri|joi|vineri) (?:viitoare|care vine|urmatoare)\b", r"next \1"),
    # "trebuie să rămână azi acasă cu frățiorul ei": kept home to mind a sibling (not the sibling ill)
    (r"\b(?:trebuie sa |va trebui sa |o sa |va )?(?:ramana|ramane|stea|sta)( azi| astazi| maine)? acasa"
     r"( azi| astazi| maine)? (?:cu|sa aiba grija de) (?:fratele|fratiorul|fratior\w*|fratii|sora|surioara|surorile"
     r"|bebelus\w*|bebe)\b(?: (?:mai mic|mai mare|cel mic|cea mica|mic|mica|lui|ei|sai|sa|sau|mea|meu)\b)*",
     lambda m: "has to stay home" + {" azi": " today", " astazi": " today", " maine": " tomorrow", None: ""}[
         m[1] or m[2]] + " to look after her little brother"),
    # "intru în tură la 7", "am schimbul de noapte": the parent's work shift
    (r"\b(?:eu )?(?:intru|intram|incep|am|lucrez)(?: in)? (?:tura|schimb\w*)(?: de (?:noapte|zi|dimineata))?\b",
     "i start my shift"),
    # a relative taken to A&E or into hospital: a family emergency ("soțul meu e la urgențe")
    (r"\bsot(?:ul|ului)(?: meu)?\b", "my husband"), (r"\bsoti(?:a|ei)(?: mea)?\b", "my wife"),
    (r"\bbunica(?: (?:lor|lui|ei|mea|noastra))?\b", "their grandma"),
    (r"\bbunic(?:ul|ului)(?: (?:lor|lui|ei|meu|nostru))?\b", "their grandad"),
    (r"\bbunicii(?: (?:lor|lui|ei|mei|nostri))?\b", "their grandparents"),
    (r"\b(my husband|my wife|their grand(?:ma|ad|parents))([^.;!?]{0,60}?) (?:e|este|a ajuns|a fost dus\w*|au ajuns"
     r"|sunt|a fost internat\w*|e internat\w*|este internat\w*|s-a internat) (?:de urgenta )?(?:la|in) "
     r"(?:urgente|urgenta|spital\w*|camera de garda|upu)\b", r"\1\2 was rushed to hospital"),
    # the pupil herself: "a fost internată aseară cu apendicită și a fost operată": in hospital after an operation
    # (not a relative: "tatăl meu a fost internat" is a family emergency, its word left for the rules after)
    (r"\b(?:a fost|e|este|s-a|au fost) internat\w*(?: (?:de urgenta|in spital|la spital))?",
     lambda m: m[0] if _ADULT_BEFORE.search(re.split(r"[.!?;]", m.string[:m.start()])[-1])
     else "was admitted to hospital"),
    (r"\b(?:a fost|e|este|au fost) operat(?:a|i|e)?\b",
     lambda m: m[0] if _ADULT_BEFORE.search(re.split(r"[.!?;]", m.string[:m.start()])[-1]) else "had an operation"),
    (r"\bapendicit\w*", "appendicitis"),
    # "a fost azi la urgențe": was at A&E today (a past event, not a day off)
    (r"\b(?:a|am|au|ati|ai|s-a dus|ne-am dus|am mers|a mers|am ajuns|a ajuns) (?:fost )?(?:(azi|astazi|ieri|aseara) )?"
     r"(?:la|pe la|in) (?:urgente|urgenta|camera de garda|upu|cpu)\b(?: (azi|astazi|ieri|aseara))?",
     lambda m: "was at a&e " + _PAST_DAY[m[1] or m[2] or ""]),
    # "ne vedem luni": see you on Monday (the day of return)
    (r"\bne (?:vedem|revedem)(?: (?:din nou|iar))?(?: (?:pe|de|la scoala))? (?=(?:luni|marti|miercuri|joi|vineri|maine"
     r"|poimaine|next)\b)", "see you on "),
    # "ne vedem în ianuarie", "ne vedem după sărbători": back in January, after the holidays
    (r"\bne (?:vedem|revedem)(?: (?:din nou|iar))?(?: la scoala)? (?:in|din|la) (?:ianuarie|anul nou)\b",
     "back in january"),
    (r"\bne (?:vedem|revedem)(?: (?:din nou|iar))?(?: la scoala)? dupa (?:vacanta|sarbatori)(?: de (?:iarna|craciun))?"
     r"|\bne (?:vedem|revedem)(?: (?:din nou|iar))?(?: la scoala)? dupa (?:anul nou|craciun)\b",
     "back after the christmas holidays"),
    # "miercuri dimineață": that day, in the morning
    (rf"\b({_WEEKDAY}) (?:dimineata|dimineaza)\b", r"\1 morning"),
    (r"\bdeci\b|\basa ca\b", "so"), (r"\boricum\b", "anyway"),
    # "va lipsi o zi": away for one (unnamed) day
    (r"\b(?:pentru |timp de )?o (?:singura )?zi\b(?! (?:libera|de|din|la)\b)", "for one day"),
    # "am o zi liberă de la serviciu", "îi dau o zi liberă": a day off taken (the parent's or the child's)
    (r"\b(?:(?:eu )?am|are|(?:ii|i-am|le|le-am) (?:dau|dat|dam)|(?:isi |ne |imi )?(?:ia|iau|luam|a luat|am luat))"
     r"(?: si eu)? o zi libera\b(?: (?:de la|de) (?:serviciu|munca|job))?", "have a day off"),
    (r"\b(?:vrem|vreau|o sa|am vrut) sa (?:petrecem|petrec) (?:ziua|ziua de azi|o zi|timp) (?:impreuna|cu el|cu ea)\b",
     "we want to spend the day together"),
    # "mâine oricum e zi liberă": the school is closed that day (not a day off taken)
    (r"\b(?:e|este|avem|au|va fi) (?:oricum )?(?:zi libera|liber|libera|zi de formare|inchis\w*|scoala inchisa)\b"
     r"|\bnu (?:e|este|au|avem|va fi) (?:oricum )?(?:scoala|ore|cursuri)\b", "there is no school"),
    # "toate trei fetele", "toți trei băieții", "toți copiii": all the children
    (r"\b(?:toti|toate)(?: cei| cele)? (?:trei|3)(?: (?:copii|copiii|fetele|fete|baietii|baieti))?\b", "all three"),
    (r"\b(?:toti|toate)(?: cei| cele)? (?:patru|4)(?: (?:copii|copiii|fetele|fete|baietii|baieti))?\b", "all four"),
    (r"\b(?:toti|toate)(?: cei| cele)? (?:doi|doua|2)(?: (?:copii|copiii|fetele|fete|baietii|baieti))?\b", "both"),
    (r"\b(?:toti|toate) (?:copiii|copii|fetele|baietii)(?: (?:mei|mele|nostri|noastre))?\b", "all the children"),
    # "se pot întoarce la școală", "poate reveni": may come back (the day of return)
    (r"(?<!\bnu )(?<!\bn-)(?<!\bse )\b(?:(?:se )?(?:pot|poate|va putea|vor putea|o sa poata)(?: sa)? (?:se )?"
     r"(?:intoarce|intoarca|reveni|revina)|(?:pot|poate|va putea|vor putea|o sa poata)(?: sa)?"
     r" (?:vina|veni|mearga|merge)(?: inapoi| din nou)?(?= la scoala))",
     "back"),
    (r"\bback(?: la (?:scoala|ore|cursuri))?(?: pe)? (?=(?:luni|marti|miercuri|joi|vineri)\b)", "back on "),
    # "nu mai vine la școală până în vacanță": until the holidays, not a holiday
    (r"\bpana (?:in|la) vacanta (?:de (?:iarna|craciun)|craciunului)\b|\bpana (?:la|de) (?:craciun|sarbatori)\b",
     "until the christmas holidays"),
    (r"\bpana (?:in|la) vacanta\b", "until the holidays"),
    # "are gripă de joi": ill since Thursday (a day past, not a day off)
    (r"\b((?:bolnav|febr|grip|tus|racit|raceal|vars|viroz|durer|temperatur|diaree|voma|vomit|rau)\w*) de "
     r"(?=(?:luni|marti|miercuri|joi|vineri|sambata|duminica|ieri|aseara|alaltaieri|weekend"
     r")\b)", r"\1 since "),
    # "are febră de azi după-amiază": ill since this afternoon (not from this afternoon on)
    (r"\b((?:bolnav|febr|grip|tus|racit|raceal|vars|viroz|durer|temperatur|diaree|voma|vomit|rau)\w*) de "
     r"(?:azi|astazi)[- ](dupa[- ]amiaza|dimineata)\b",
     lambda m: f"{m[1]} since this {'morning' if m[2] == 'dimineata' else 'afternoon'}"),
    (r"\bde (luni|marti|miercuri|joi|vineri|sambata|duminica|ieri) (?:incoace|pana acum)\b", r"since \1"),
    (r"\binca\b", "still"), (r"\bviroz\w*", "a virus"), (r"\bpneumoni\w*|\bbronhopneumoni\w*", "pneumonia"),
    # "până se face bine": a vague end; "nu știu cât va dura": how long is not known
    (r"\bpana (?:cand |ce )?(?:se (?:face|simte|pune|reface) (?:mai )?bine|se vindeca|isi revine"
     r"|(?:e|este|va fi|o sa fie) (?:mai )?bine)\b", "until she's better"),
    # "Elena nu se simte bine", "se simte rău": she is unwell
    (r"\bnu (?:se|ma) (?:mai )?(?:simte|simt|simtea|simtit)(?: (?:prea|deloc|foarte|tocmai))? bine\b"
     r"|\b(?:se|ma) (?:simte|simtea|simt) (?:foarte |cam |destul de )?rau\b", "is unwell"),
    (r"\bnu (?:stiu|stim) (?:cat timp|cat|cate zile) (?:va |o sa )?(?:dur\w*|lipseasca|stea acasa|sta acasa)\b",
     "i don't know how long"),
    # a flooded home: "ne-a inundat apartamentul vecinul de sus", "inundație"
    (r"\b(?:ne-a |ni s-a |s-a |ne-au |a )?inundat\w*(?: (?:apartamentul|casa|locuinta))?|\binundati\w*",
     "our home was flooded"),
    # "nu va mai veni la școală începând cu 16": won't be in (from that day)
    (r"\bnu (?:va|vor|o sa) mai (?:veni|vina|merge|mearga|fi)\b(?: la (?:scoala|ore|cursuri))?"
     rf"(?:( de| din| de la)(?= {_WEEKDAY}\b| \d))?", lambda m: "won't be in from" if m[1] else "won't be in"),
    (r"\bnu mai (?:vine|vin|va veni|vor veni|merge|merg|va merge|vor merge|poate veni|pot veni|e|este|va fi|sunt)"
     r"(?: la (?:scoala|ore|cursuri))?", "won't be in"),
    # "sper că mâine să fie ok": hoping things are fine tomorrow (the day they are back, not another day off)
    (r"\b(?:sper|speram|sperand)(?: ca)? (?:de )?maine (?:sa fie|va fi|o sa fie|e|este|sa mearga|merge|va merge"
     r"|o sa mearga)(?: (?:totul|tot))? (?:ok|okay|bine|in regula|normal)\b", "hopefully back tomorrow"),
    (r"\b(?:speram |cred |probabil )?sa (?:revina|se intoarca|vina inapoi|reintre)(?: (?:la scoala|la ore))?"
     r" (?=(?:luni|marti|miercuri|joi|vineri)\b)", "back on "),
    # "Joi revin la școală", "de luni Luca se întoarce la ore", "mâine revine": the day before the return verb is
    # the day back (not "Joi nu revin", nor "joi revin cu detalii": the parent writing back)
    (rf"\b(?:(?:de|din|incepand de|incepand cu) )?({_WEEKDAY}|maine),?"
     r" (?:(?!(?:nu|n-|nici|cand|daca|ca|sa|si|iar|mai|poate|abia|doar|numai|pana|ne|se|seara|noaptea|dimineata"
     r"|tarziu|devreme|dupa|acasa)\b)[a-z]+ )?"
     r"(?:se (?:va |vor )?(?:re)?intoarce\w*|se (?:re)?intorc\w*|revine|revin|vor reveni|va reveni|vine inapoi"
     r"|vin inapoi|ne (?:vom |o sa )?intoarce\w*|ne intoarcem|revenim|venim inapoi|reintra)"
     r"(?=(?: (?:amandoi|amandoua|ambii|ambele|toti|toate|(?:si )?(?:el|ea|ei|ele)|inapoi))?"
     r"(?: (?:la scoala|la ore|la cursuri|in clasa|la gradinita))?(?: (?:normal|ca de obicei))?\s*(?:[.,;!?]|$))",
     lambda m: "back tomorrow" if m[1] == "maine" else f"back on {m[1]}"),
    # "marți e la școală", "luni sunt din nou la ore": in that day (after days off, the day back)
    (rf"\b({_WEEKDAY}),? (?:(?!(?:nu|n-|nici|cand|daca|ca|sa|si|iar|mai|poate)\b)[a-z]+ )?(?:e|este|va fi|o sa fie|sunt"
     r"|vor fi|merge|merg|va merge|vor merge|o sa mearga) (?:din nou |iar |deja )?(?:la scoala|la ore|la cursuri)\b",
     r"will be in on \1"),
    # "se întorc la școală luni": back on Monday
    # "ne întoarcem luni 7": we (the family) are back on Monday
    (r"\b(?:se (?:va |vor )?intoarce\w*|se intorc\w*|revine|revin|vor reveni|va reveni|vine inapoi|vin inapoi"
     r"|ne (?:vom |o sa )?intoarce\w*|ne intoarcem|revenim|venim inapoi)"
     r"(?: (?:la scoala|la ore|la cursuri))?(?: (abia|doar|numai))?(?: pe)? (?=(?:luni|marti|miercuri|joi|vineri)\b)",
     lambda m: "back only on " if m[1] else "back on "),
    # "Revin mâine": back tomorrow (absent today only)
    (r"\b(?:se (?:va |vor )?intoarce\w*|se intorc\w*|revine|revin|vor reveni|va reveni|vine inapoi|vin inapoi"
     r"|revenim|venim inapoi)(?: (?:la scoala|la ore|la cursuri))? (?:maine|tomorrow)\b", "back tomorrow"),
    # "se întoarce abia luni", "revine la școală doar marți": back only on that day
    # "Luca doar de miercuri": absent only from that day (after a return verb it is the day back: "back only on")
    (r"(?<!\bback )(?<!\bback to school )(?<!\bback la scoala )(?<!\bback la ore )(?<!\breveni )(?<!\brevine )"
     r"\b(?:abia|doar|numai) (?:de|din|incepand cu) (?=(?:luni|marti|miercuri|joi|vineri|next)\b)", "only from "),
    (r"\b(?:abia|doar|numai)(?: (?:de|pe|in))? (?=(?:luni|marti|miercuri|joi|vineri|next)\b)", "only on "),
    # "se întoarce abia după vacanță": absent until the holidays, not a holiday
    (r"\b(?:se (?:va |vor )?intoarce\w*|se intorc\w*|ne (?:vom |o sa )?intoarce\w*|ne intorc\w*|revine|revin|revenim"
     r"|vine|vin|venim)(?: (?:inapoi|acasa))?(?: (?:la scoala|la ore))?"
     r"(?: (?:abia|doar))? dupa (?:vacanta|vacanta de iarna|sarbatori|vacanta de craciun)",
     "until after the christmas holidays"),
    (r"\bmigren\w*", "migraine"), (r"\bastm\w*", "asthma"),
    # "ceilalți copii vin la școală": the others come in
    (r"\b(?:ceilalti|celelalte)(?: (?:copii|doi|doua|trei|frati))? (?:vin|vor veni|merg|vor merge|o sa vina)"
     r"(?: (?:la scoala|la ore))?(?: (?:normal|ca de obicei))?", "the others will be in as normal"),
    # greetings for the season are not a religious reason
    (r"\b(?:sarbatori fericite|craciun fericit|la multi ani|an nou fericit)\b", "merry christmas"),
    (r"\b(?:de|pentru|in) (?:sarbatori|sarbatorile de iarna|vacanta de craciun)\b", "for the christmas holidays"),
    (r"\bincepand (?:de |cu |din )?(?:data de )?|\bde (?:luni|marti|miercuri|joi|vineri) inainte\b", "from "),
    # "se intorc la scoala pe 5 ianuarie": back on 5 January
    (r"\b(?:se (?:va |vor )?intoarce\w*|se intorc\w*|revine|revin|vor reveni|va reveni)(?: (?:la scoala|la ore"
     r"|la cursuri))? (?:pe|in|din)\b(?: data de)?", "back on"),
    (r"\b(?:i-a |ne-a |le-a |a )?(?:dat|eliberat|facut) (?:o )?scutire\w*|\bscutire\w*|\bscutit\w*",
     "signed him off sick"),
    (r"\boboseal\w*|\bobosit\w*|\bfrant\w*|\bextenuat\w*|\bepuizat\w*", "tired"),
    (r"\btoata saptamana (?:asta|aceasta)\b|\bsaptamana (?:asta|aceasta) (?:toata|intreaga)\b", "this week"),
    (r"\b(?:il|o|ii|le) (?:iau|voi lua|vom lua|luam) de la scoala\b", "collect him"),
    # "azi o țin pe Bianca acasă": keeping her at home
    (r"\b(?:o|il|ii|le) (?:tin|tinem|las|lasam|voi tine|vom tine|o sa tin|o sa tinem)( pe \w+)? acasa\b",
     lambda m: f"keeping {m[1][4:] if m[1] else 'her'} at home"),
    # "mergem la cumpărături pentru Crăciun": going shopping
    (r"\b(?:(?:mergem|merg|ne ducem|ma duc|mergeam|vom merge|o sa mergem) )?(?:la |dupa )?cumparatur\w*"
     r"|\b(?:mergem|merg|ne ducem|ma duc|vom merge|o sa mergem) (?:la |in )?shopping\b", "going shopping"),
    (r"\bpentru craciun\b", "for christmas"),
    # countries a family travels to, by their Romanian names: "mergem în Italia"
    (r"\b(?:in|la|spre|catre|prin) (italia|spania|franta|germania|grecia|turcia|polonia|ungaria|portugalia|cipru"
     r"|irlanda|egipt|maroc|austria|elvetia|olanda|belgia|croatia|bulgaria)\b",
     lambda m: "to " + {"italia": "italy", "spania": "spain", "franta": "france", "germania": "germany",
                        "grecia": "greece", "turcia": "turkey", "polonia": "poland", "ungaria": "hungary",
                        "portugalia": "portugal", "cipru": "cyprus", "irlanda": "ireland", "egipt": "egypt",
                        "maroc": "morocco", "austria": "austria", "elvetia": "switzerland", "olanda": "holland",
                        "belgia": "belgium", "croatia": "croatia", "bulgaria": "bulgaria"}[m[1]]),
    # clock times in words: "9 si jumatate" (9:30), "10 si un sfert" (10:15), "10 fara un sfert" (9:45)
    (rf"\b({_HOUR_WORD})(?= (?:si|fara) (?:un |o )?(?:sfert|jumatate|jumate|\d)| jumate\b)"
     rf"|(?<=\bla )({_HOUR_WORD})\b(?! (?:zile|minute|ore))",
     lambda m: str(_HOUR_NUMBERS[m[1] or m[2]])),
    (r"\b(\d{1,2}) (?:si )?(?:jumatate|jumate)\b", r"\1:30"),
    # "pe la 9 și 40": twenty to ten (9:40), after "la" or "ora"
    (r"\b(la|ora|in jur de) (\d{1,2}) si (\d{2})\b(?! (?:de )?minute)",
     lambda m: f"{m[1]} {int(m[2])}:{m[3]}" if int(m[2]) <= 23 and int(m[3]) <= 59 else m[0]),
    (r"\b(\d{1,2}) si (?:un )?sfert\b", r"\1:15"),
    (r"\b(\d{1,2}) fara (?:un )?sfert\b", lambda m: f"{int(m[1]) - 1 or 12}:45"),
    # "vine la școală după-amiază", "o aduc după prânz": in for the afternoon (the morning off)
    (r"(?<!\bnu )(?<!\bmai )\b(?:(?:abia )?(?:vine|vin|va veni|vor veni|o sa vina|ajunge|va ajunge|o sa ajunga"
     r"|(?:o|il|ii|le) (?:aduc|aducem|aduce|duc|ducem))(?: (?:inapoi|si el|si ea))?(?: la (?:scoala|ore|cursuri))?"
     r"(?: (?:abia|doar|numai))? (?:dupa[- ]amiaza|dupa[- ]masa|dupa (?:pranz|masa de pranz))"
     r"|(?:abia )?(?:dupa[- ]amiaza|dupa[- ]masa|dupa (?:pranz|masa de pranz)),? (?:vine|vin|va veni|vor veni"
     r"|o sa vina|(?:o|il|ii|le) (?:aduc|aducem|aduce|duc|ducem))(?: la (?:scoala|ore|cursuri))?)\b",
     "will be in after lunch"),
    # "ajunge azi pe la 9:10": in that day at that time (the day moved before the arrival)
    (r"\b(?:ajungem|ajunge|ajung|venim|vine|vin|va (?:ajunge|veni|fi)|vor (?:ajunge|veni|fi)|vom (?:ajunge|veni|fi)"
     r"|o sa (?:ajunga|vina|ajungem|venim))"
     r"(?: la (?:scoala|ore))?( azi| astazi)?(?: la (?:scoala|ore))?(?: (?:abia|doar|numai))?"
     # "ajunge cu mine pe la 9:45": whoever brings the child in
     r"(?: (?:cu|impreuna cu) (?:mine|noi|tatal\w*|mama|bunica|bunicul|sotul\w*|sotia\w*)(?: (?:lui|ei|lor|meu|mea))?)?"
     r"(?= (?:pe la|in jur de|in jurul orei|cam pe la|la|pana la|pana in) (?:ora )?\d)",
     lambda m: ("today " if m[1] else "") + "will be in"),
    # "o aduc la școală pe la 10": in at that time
    # "îl aduc eu pe la 11", "îl aduce vecina pe la 9": whoever brings him (named after the verb)
    (r"\b(?:(?:o sa|voi|vom) )?(?:o|il|ii|le|l-|i-) ?(?:aduc|aducem|duc|ducem|aduce|duce)(?: pe (\w+))?"
     r"(?: (?:eu|noi|vecin\w*|bunic\w*|their grand(?:ma|ad|parents)|my husband|my wife|tatal (?:lui|ei)|tata|mama"
     r"|sotul meu|sotia mea|matusa|unchiul|fratele|sora)"
     r"(?: (?:lui|ei|meu|mea))?)?"
     r"(?: la (?:scoala|ore))?(?= (?:pe la|in jur de|in jurul orei|cam pe la|la|pana la|pana in|dupa ora) (?:ora )?\d)",
     lambda m: f"{m[1] + ' ' if m[1] else ''}we'll bring her in"),
    (r"\b(?:cam )?pe la (?:ora )?(?=\d)|\bin jur(?:ul orei| de) (?=\d)", "around "),
    # "vineri, 18 decembrie, la ora 12": the date set off by commas, then the time of day that belongs to it
    (r"\b(\d{1,2}(?:st|nd|rd|th)? (?:january|february|march|april|may|june|july|august|september|october|november"
     r"|december)(?: \d{4})?), (?=la (?:ora )?\d)", r"\1 "),
    (r"\bla (?:ora )?(?=\d)", "at "), (r"\bpe (?=\d|luni|marti|miercuri|joi|vineri)", "on "),
    (r"\b(?:o sa|va) (?:va )?(?:tin|tinem|anunt|anuntam) la curent\b|\bva (?:voi|vom) tine la curent\b",
     "will keep you posted"),
    # "a pierdut autobuzul", "am pierdut trenul": missed the bus
    (r"\b(?:am|a|au|ati|ai|am|s-a|ne-a|l-a|ne-au) (?:pierdut|scapat|ratat) (?:autobuzul|busul|microbuzul|trenul)\b",
     "missed the bus"), (r"\bsau\b", "or"),
    # "o aduc (eu) acum la școală": bringing her in now
    (r"\b(o|il|ii|le|l-|i-) ?(?:aduc|aducem|duc|ducem)(?: eu| noi)? (?:acuma|acum|imediat|chiar acum|in curand)\b"
     r"(?! (?:la|in) (?:urgente|urgenta|camera de garda|upu|spital)\b)(?: la (?:scoala|ore))?",
     lambda m: "i'm bringing " + {"il": "him", "l-": "him", "ii": "them", "i-": "them", "le": "them"}.get(m[1], "her")
     + " in now"),
    (r"\binfecti\w*", "infection"),
    # "o durere groaznică de măsea": toothache (the adjective between)
    (r"\bdurer(?:e|i) (?:(?:groaznic\w*|ingrozitoar\w*|puternic\w*|mare|mari|cumplit\w*|rea) )?"
     r"de (?:masea|masele|dinte|dinti)\b",
     "toothache"),
    (r"\bdureri? de (?:cap|burta|stomac|gat|urechi|dinti)\b|\bma doare\b|\bil doare\b|\bo doare\b", "pain"),
    # "are toxiinfecție alimentară", "o intoxicație alimentară", "s-a intoxicat cu ceva": food poisoning
    (r"\b(?:o )?(?:toxiinfecti\w*|toxinfecti\w*|intoxicati\w*)(?: alimentar\w*)?"
     r"|\b(?:s-a|s-au|ne-am) intoxicat\w*(?: (?:cu ceva|cu mancare|alimentar))?", "food poisoning"),
    (r"\bvarsat\w*|\bvoma\w*|\bdiaree\b", "vomiting"), (r"\bvaricel\w*", "chickenpox"),
    (r"\bpojar\w*|\brujeol\w*", "measles"), (r"\boreion\w*", "mumps"),
    (r"\bracit\w*|\braceala\b", "cold"),
    (r"\brupt\w*|\bfractur\w*", "broken arm"), (r"\bvaccin\w*", "vaccination"),
    # "vaccinurile pentru călătorie": travel vaccinations (an appointment, not the trip itself)
    (r"\b(?<=vaccination )(?:pentru|de|inainte de|inaintea) (?:calatori\w*|excursi\w*|vacant\w*|drum\w*"
     r"|plecare\w*|voiaj\w*)\b", "for travel"), (r"\banalize\w*", "blood test"),
    (r"\boperati\w*", "operation"),
    # "sunt bolnavă la pat", "eu sunt bolnav": the parent is ill (the singular; "sunt bolnavi" is "they are ill")
    (r"\b(?:eu )?sunt (?:si eu )?(?:foarte |tare )?bolnava?\b", "i am ill"),
    # "nu am cu cine să-l duc pe Alex la școală", "n-am pe nimeni să o ducă pe Ana": no one to take that child in
    (r"\b(?:nu|n-)(?: ?am| ?avem) (?:cu cine|pe nimeni(?: care)?) (?:sa |sa-|s-)?(?:(?:il|o|ii|le|l|i)[- ]?)?"
     r"(?:duc|ducem|duca|aduc|aducem|aduca) pe (\w+)\b(?: la (?:scoala|ore|cursuri)\b)?",
     r"i have no one to take \1 to school"),
    # "nu am cum s-o duc pe Daria la școală": the parent has no way to take the child in
    # "n-am cum s-o duc la școală" (the pronoun, no name after it): can't take her in
    (r"\b(?:nu (?:am|avem)|n-am|n-avem) cum (?:sa |sa-|s-)?(?:(il|o|ii|le|l|i)[- ])(?:duc|ducem|aduc|aducem)"
     r"(?! pe\b)(?: la (?:scoala|ore|cursuri))?\b",
     lambda m: "can't take " + {"il": "him", "l": "him", "o": "her"}.get(m[1], "them") + " to school"),
    (r"\b(?:nu (?:am|avem)|n-am|n-avem) cum (?:sa |sa-|s-)?(?:(?:il|o|ii|le|l|i)[- ])?"
     r"(?:duc|ducem|aduc|aducem|las|lasam)(?: pe)?\b", "no way to take"),
    # "ca s-o duc pe Andreea la școală": so that I can take that child to school (a purpose, not an errand first)
    (r"\b(?:ca |pentru ca )?s(?:a-|-|a )(?:l|o|i|il) ?(?:duc|ducem|aduc|aducem) pe (\w+) la (?:scoala|ore|cursuri)\b",
     r"so i can take \1 to school"),
    # "trebuie să-l las pe Matei la bunica": dropping the other child off first (that child is not the one late)
    (r"\b(?:trebuie )?(?:sa-(?:l|o|i) ?|(?:il|o|ii) )(?:las|lasam|duc|ducem) pe (\w+(?: si \w+)?) la\b",
     r"i have to take \1 to"),
    # "mergem la urgențe acum", "îl duc acum la urgențe": on the way to A&E now (a day at the hospital, today)
    (r"\b(?:mergem|ne ducem|plecam|(?:il|o|ii) (?:duc|ducem))( acum| chiar acum| acuma| imediat)? (?:la|in) "
     r"(?:urgente|urgenta|camera de garda|upu)\b(?: (acum|chiar acum|acuma|imediat)\b)?",
     lambda m: "we are going to a&e" + (" now" if m[1] or m[2] else "")),
    (r"\burgente\b|\bla urgenta\b", "a&e"),
    # "s-a stricat masina de spalat": the washing machine (not the car); "nu am nicio uniforma curata": no clean uniform
    (r"\b(?:(?:ni |mi |ne )?s-a (?:stricat|defectat) masina de spalat|masina de spalat (?:(?:ni |mi |ne )?s-a |a )?"
     r"(?:stricat|defectat)\w*)\b", "the washing machine broke down"),
    (r"\bmasin\w* de spalat\b", "washing machine"),
    (r"\bnu (?:am|avem|are|mai are|mai am|mai avem) (?:nicio |nici o |o )?uniform\w* curat\w*", "no clean uniform"),
    # "ne-a lasat masina (pe autostrada)": the car left us stranded, broke down; "asteptam tractarea": the tow truck
    (r"\b(?:ne|ni|m|mi)-a lasat masina\b|\bmasina ne-a lasat\b", "car broke down"),
    (r"\b(?:asteptam|astept|asteptand) (?:tractarea|tractare|platforma|masina de tractare|depanarea"
     r"|asistenta rutiera)\b",
     "we are waiting for the tow truck"),
    # "ni s-a stricat masina", "masina nu porneste": the car broke down
    (r"\bmasin\w* (?:(?:ni |mi |ne |ni-a |mi-a )?s-a |a |ne-a |mi-a )?(?:stricat|defectat|blocat)\w*"
     r"|\b(?:ni |mi |ne )?s-a (?:stricat|defectat) masina\b|\bpana de masina\b"
     r"|\bmasina nu (?:porneste|a pornit|merge)\b",
     "car broke down"),
    # "am avut o problemă cu mașina": car trouble
    (r"\b(?:(?:am|a|au|avem|are) (?:avut )?)?(?:o |niste |ceva )?(?:problem\w*|necaz\w*) (?:cu|la) masin\w*",
     "we had car trouble"),
    (r"\bnu avem (?:masina|cu ce (?:sa )?(?:venim|ajungem|mergem))\b", "no car"),
    (r"\bnu (?:mai )?(?:avem|am) cum (?:sa )?(?:ajung\w*|venim|vin|mergem|il aduc|o aduc|ii aduc)\b",
     "no way to get there"),
    (r"\b(?:autobuzul|busul|microbuzul) (?:scolii )?(?:nu (?:a )?(?:venit|trecut|circula|vine)|n-a (?:venit|trecut))\b"
     r"|\bnu (?:a )?(?:venit|trecut|circula) (?:autobuzul|busul|microbuzul)\b"
     r"|\bn-a (?:venit|trecut) (?:autobuzul|busul)\b"
     r"|\bnu (?:sunt|avem) autobuze\b", "no bus"),
    (r"\bgrev\w*", "strike"), (r"\bdrum\w* (?:inchis|blocat)\w*|\bzapad\w*|\bninsoare\w*|\bpolei\b", "roads closed"),
    (r"\btrafic\w*", "traffic"),
    # anxiety, a panic attack, no clean uniform
    (r"\batac\w* de panica\b", "panic attack"), (r"\banxio\w*|\banxiet\w*|\bneliniste\w*", "anxiety"),
    (r"\bdepresi\w*", "depression"), (r"\buniform\w*", "uniform"),
    # looking after a sibling: "să aibă grijă de frățiorul ei", "să stea cu sora lui"
    (r"\b(?:sa |ca sa )?(?:aiba|aibe|are|am|avem|ai) grija (?:de|de la)"
     r" (?:fratele|fratiorul|fratior\w*|fratii|fratiori\w*|sora|surioara|surorile|bebelus\w*|bebe)\b"
     r"(?: (?:mai mic|mai mare|cel mic|cea mica|mic|mica|lui|ei|sai|sa|sau|mea|meu)\b)*"
     r"|\bsa stea (?:acasa )?cu (?:fratele|fratiorul|fratior\w*|fratii|sora|surioara|bebelus\w*|bebe)\b(?: (?:mai mic"
     r"|mai mare|cel mic|cea mica|mic|mica|lui|ei|sa|sau|mea|meu)\b)*", "to look after her little brother"),
    (r"\bnu (?:am|avem) pe nimeni(?: (?:care sa|sa) (?:stea|aiba grija)(?: cu| de)? (?:el|ea|ei|ele))?\b",
     "no one to look after her"),
    # "fratele meu se căsătorește": the sender's own brother or sister (an uncle or aunt), not the pupil's
    (r"\bfratele meu\b", "my brother"), (r"\bsora mea\b", "my sister"),
    # "nunta fratelui meu": the sender's brother's (or sister's) wedding, not the pupil's brother
    (r"\b(nunt|cununi|botez|petrecere)\w* (fratelui|surorii|verisorului|verisoarei) (?:meu|mele|nostru|noastre)\b",
     lambda m: "my " + {"fratelui": "brother", "surorii": "sister"}.get(m[2], "cousin") + "'s "
     + {"nunt": "wedding", "cununi": "wedding", "botez": "christening"}.get(m[1], "party")),
    (r"\bfratelui (?:meu|nostru)\b", "my brother's"), (r"\bsurorii (?:mele|noastre)\b", "my sister's"),
    # "plecăm joi seara": on Thursday evening (after school, not a day off)
    (rf"\b({_WEEKDAY}) (?:seara|seara tarziu|dupa-amiaza tarziu|spre seara)\b", r"\1 evening"),
    # "ne întoarcem luni noaptea", "în noaptea de luni spre marți": that night (the family's journey home after school,
    # not a day back nor a span of days)
    (rf"\b(?:in )?noaptea (?:de )?({_WEEKDAY})(?: (?:spre|catre|pe) {_WEEKDAY})?\b", r"\1 night"),
    (rf"\b({_WEEKDAY}) (?:noaptea|noapte|la noapte|noaptea tarziu|tarziu in noapte|spre miezul noptii)\b",
     r"\1 night"),
    (r"\bse (?:casatoreste|casatoresc|marita|insoara|cununa)\b", "is getting married"),
    (r"\b(?:domnisoar\w*|cavaler\w*) de onoare\b", "bridesmaid"),
    # "Eric rămâne la școală normal și îl ia tatăl lui la 3": in as usual, collected at home time
    # (the place may follow: "vine normal la școală")
    (r"\b(?:ramane|ramain|vine|merge|vin|merg)(?: (?:la scoala|la ore))?(?: (?:normal|ca de obicei|ca de fiecare data))"
     r"(?: la (?:scoala|ore|cursuri)\b)?|\bramane(?: (?:la scoala|la ore))\b", "will be in as normal"),
    # "Mihai e prea mic, rămâne cu vecina": the child stays with someone (the subject dropped after the comma)
    (r"\b(?:e|este) (?:prea |inca )?(?:mic|mica|mici)\b", "is too young"),
    (r"(?<=, )(?:ramane|ramain|sta|va sta|va ramane|o sa stea|o sa ramana) cu\b", "he stays with"),
    (r"\b(?:si )?(?:il|o|ii|le) (?:ia|iau|va lua|vor lua) (?:tatal|mama|bunica|bunicul|sotul|sotia)\w*"
     r"(?: (?:lui|ei|lor|meu|mea))?(?: (?:(?:la|at) (?:ora )?[345](?::\d\d)?|dupa (?:scoala|ore)))?\b",
     "and his dad collects him at home time"),
    # "a fost un accident pe drum și stăm în trafic": held up by an accident
    (r"\b(?:a fost|e|este|s-a produs) un accident(?: (?:pe drum|pe autostrada|pe sosea|in fata noastra))?",
     "there was an accident on the road"),
    (r"\b(?:stam|suntem|stau|sunt|am ramas) (?:blocat\w* )?(?:in|la) (?:trafic|traffic|coada|ambuteiaj)\w*",
     "stuck in traffic"),
    # a brother or sister who is ill: "fratele mai mic al lui Matei e bolnav"
    (r"\b(?:fratele|fratiorul|fratior\w*|fratelui)(?: (?:mai mic|mai mare|cel mic|cel mare|mic|mai mic al lui \w+"
     r"|mai mare al lui \w+|al lui \w+|lui|ei|meu|sau))*(?: (?:e|este|s-a|a fost|era))?\b", "his little brother is"),
    (r"\b(?:sora|surioara|surorii)(?: (?:mai mica|mai mare|cea mica|cea mare|mica|mai mica a lui \w+"
     r"|mai mare a lui \w+|a lui \w+|lui|ei|mea|sa))*(?: (?:e|este|s-a|a fost|era))?\b", "his little sister is"),
    # "nu am cu cine s-o las pe Mihaela": no one to leave that child with
    (r"\bn(?:-|u )(?:am|avem) (?:pe cine|cu cine|cui) (?:sa-?|s-|sa )(?:l|o|i|il|ii|le) ?(?:las\w*) pe (\w+)\b",
     r"no one to leave \1 with"),
    (r"\bn-(?:am|avem) (?:pe cine|cu cine|cui) (?:sa-?l|sa-?o|sa-?i|s-l|s-o|s-i|sa) (?:las\w*)\b"
     r"|\bnu (?:am|avem) (?:pe cine|cu cine|cui) (?:sa-?l|sa-?o|sa-?i|s-l|s-o|s-i|sa) (?:las\w*)\b",
     "no one to look after him"),
    (r"\bautobuz\w*", "bus"), (r"\bbotez\w*", "christening"), (r"\bzi de nastere\b|\baniversar\w*", "birthday"),
    # "împlinește 80 de ani": turns 80 (a birthday); "la petrecere": to the party
    (r"\b(?:implineste|implinesc|va implini|implinea|a implinit|face) \d{1,3} (?:de )?ani\b", "has a big birthday"),
    (r"\bpetrecer(?:e|ea|i|ii)\b", "party"),
    # "azi-noapte" (last night) is not today
    (r"\b(?:azi-noapte|azi noapte|astazi-noapte|az-noapte|noaptea trecuta|aseara|noaptea asta)\b", "last night"),
    (r"\bieri\b", "yesterday"), (r"\bpoimaine\b", "the day after tomorrow"),
    # stuck in traffic; "o sa ajunga in vreo 10 minute": there in about 10 minutes
    (r"\b(?:suntem |sunt |am ramas )?(?:blocat\w*|prins\w*|intepenit\w*) in traf+ic\w*|\bam prins (?:un )?traf+ic\w*",
     "stuck in traffic"),
    (r"\b(?:o sa (?:ajunga|ajungem|fie acolo)|va ajunge|vom ajunge|ajunge|ajungem|ajung|suntem acolo|e acolo)"
     r"(?: la scoala)? in (?:vreo |cam |aproximativ |circa |maxim )?(\d{1,3}) (?:de )?minute\b",
     r"will be there in about \1 minutes"),
    # injuries: "s-a lovit", "s-a accidentat", "si-a luxat glezna", "nu poate calca pe picior"
    (r"\bs-a (?:lovit|accidentat|ranit|julit|taiat)\b|\bs?i-a (?:luxat|sucit|scrantit|lovit)\b|\baccidentat\w*"
     r"|\branit\w*|\bentors\w*|\bluxat\w*|\bscrantit\w*|\bnu poate (?:calca|merge) pe picior\w*", "hurt"),
    # (not "azi după-amiază": this afternoon, read below)
    (r"(?<!\bazi )(?<!\bastazi )(?:\bdupa-amiaza\b|\bdupa amiaza\b)", "afternoon"),
    # "o iau la prânz", "o aduc la prânz": at lunchtime (not "după prânz", after lunch)
    (r"(?<!\bdupa )\b((?:o|il|ii|le) (?:aduc|aducem|duc|ducem)(?: (?:inapoi|inapoi la scoala|la scoala|la ore))? )?"
     r"(?:la|pe la|in jur de) (?:ora )?pranz(?:ul)?\b",
     lambda m: ("i'll bring her in " if m[1] else "") + "at lunchtime"),
    (r"\b(?:(?:doar|numai) )?(?:in )?dimineata (?:asta|aceasta)\b", lambda m: (
        "only " if m[0].startswith(("doar", "numai")) else "") + "this morning"),
    (r"\b(?:toata|intreaga) saptamana (?:viitoare|urmatoare|care vine)\b", "all next week"),
    (r"\bsaptamana viitoare\b", "next week"), (r"\btoata saptamana\b|\bsaptamana aceasta\b", "this week"),
    (r"\b(?:va|vor) (?:veni|ajunge|merge)\w*(?: la scoala)? (?:dupa|apoi)\b", "will be in after"),
    # "la dentist de urgență", "o programare urgentă la medic": an emergency appointment (medical, not a family
    # emergency)
    (r"\b(stomatolog\w*|dentist\w*|medic\w*|doctor\w*|ortodont\w*|oftalmolog\w*|oculist\w*|pediatr\w*|gp)"
     r" (?:de )?urgent\w*", r"emergency \1"),
    (r"\burgent\w*", "emergency"),
    (r"\b(?:azi|astazi)[- ]dimineata\b|\bin aceasta dimineata\b", "this morning"),
    (r"\b(?:azi|astazi) dupa[- ]amiaza\b", "this afternoon"),
    (r"\bazi\b|\bastazi\b", "today"), (r"\bmaine dimineata\b", "tomorrow morning"),
    (r"\bpoimaine\b", "the day after tomorrow"),
    (r"\bmaine\b", "tomorrow"),
    (r"\bnu (?:va|vor|o sa|poate|pot|vine|vin|merge)(?: (?:putea|sa poata))?(?: sa)? (?:veni|fi|merge|ajunge|vina"
     r"|mearga|participa)\w*"
     r"(?: la (?:scoala|ore))?|\bnu (?:vine|vin|merge|merg)(?: la (?:scoala|ore|cursuri))?\b", "won't be in"),
    # "Nicoleta vine la școală.": that child is in
    (r"\b(?:vine|vin|va veni|vor veni|merge|merg|va merge|vor merge)(?: la (?:scoala|ore))(?= *(?:[.,;!]|$))",
     "will be in"),
    (r"\b(?:vine|vin|va veni|vor veni)(?: la scoala)? (?:normal|ca de obicei)\b(?: la (?:scoala|ore|cursuri)\b)?",
     "will be in as normal"),
    (r"\bca de obicei\b", "as usual"),
    (r"\blipsi\w*|\babsent\w*|\babsenta\b", "absent"),
    # "trebuie să stau cu el", "trebuie să rămân acasă cu ea": the parent has to stay with the ill child
    # "trebuie să stau cu Victor": with the ill child named
    (r"\b(?:trebuie|trebe|tre) sa (?:stau|raman|stam|ramanem)(?: acasa)? cu (?!(?:mine|noi|voi|tine|sotul|sotia"
     r"|mama|tata|bunica|bunicul|copiii|copii|ei|ele|el|ea)\b)([a-z]{3,})\b",
     r"i have to stay with \1"),
    (r"\b(?:trebuie|trebe|tre) sa (?:stau|raman|stam|ramanem)(?: acasa)? cu (el|ea|ei|ele)\b",
     lambda m: "i have to stay with " + {"el": "him", "ea": "her"}.get(m[1], "them")),
    # "soțul e plecat cu serviciul", "e plecat în delegație": the other parent is away for work
    (r"\b(?:e|este|sunt|a) plecat\w* (?:cu serviciul|cu munca|in delegatie|la munca|in tura)\b",
     "is away with work"),
    # "așa că rămâne și Irina acasă azi", "stă și ea acasă": that child is kept home too
    (r"\b(?:ramane|ramain|sta|va sta|va ramane|o sa stea|o sa ramana) si (\w+)( azi| astazi| today| maine| tomorrow)?"
     r" acasa\b( azi| astazi| today| maine| tomorrow)?",
     lambda m: {"el": "he", "ea": "she", "ei": "they", "ele": "they"}.get(m[1], m[1]) + " is staying home too"
     + {" azi": " today", " astazi": " today", " maine": " tomorrow"}.get(m[2] or m[3], m[2] or m[3] or "")),
    # "Iustin vine, îl duce vecina": that child is in (a bare "vine" closing the clause)
    (r"(?<!\bnu )(?<!\bmai )(?<!\bnici )(?<!\bcare )(?<!\bcine )(?<!\bce )(?<!\bcand )\b(?:vine|vin|va veni|vor veni)"
     r"(?= *(?:[.,;!]|$))", "will be in"),
    # "rămâne azi acasă": staying home (that day)
    (r"\b(?:ram\w*|sta\w*|stea)( azi| astazi| today| maine| tomorrow)? acasa\b",
     lambda m: "staying home" + {" azi": " today", " astazi": " today", " maine": " tomorrow"}.get(m[1], m[1] or "")),
    # "Sara ajunge mai târziu azi", "vine puțin mai târziu": late that day
    (r"\b(?:ajunge|ajung|ajungem|va ajunge|vor ajunge|vom ajunge|o sa ajunga|o sa ajungem|vine|vin|venim|va veni"
     r"|vor veni|o sa vina|o sa venim|o aduc|il aduc|ii aduc|o aducem|il aducem)(?: la (?:scoala|ore|cursuri))?"
     r"(?: (?:azi|astazi|today))?(?: (?:ceva|putin|un pic|un pic|oleaca))? mai (?:tarziu|tarzior)\b",
     "will be late"),
    (r"\bintarzi\w*", "running late"), (r"\bpe la\b|\bin jur de\b|\bcam pe la\b|\bin jurul orei\b", "around"),
    (r"\bla ora\b", "at"), (r"\bora\b", "at"),
    (r"\bracit\w*|\braceal\w*", "cold"), (r"\bfebr\w*|\btemperatur\w*", "fever"), (r"\bbolnav\w*", "ill"),
    (r"\bvars\w*|\bvoma\w*|\bvomit\w*", "vomiting"), (r"\btus\w*", "cough"), (r"\bdurer\w*", "pain"),
    (r"\bgrip\w*", "flu"),
    # "avem programare la Home Office", "la ambasadă": an appointment at an office (an errand, not a medical one)
    (r"\b(?:(?:avem|am|are|aveam) )?(?:o )?programar\w* (?:la|cu) (?:the )?(home office|ambasad\w*|consulat\w*"
     r"|primari\w*|notar\w*|banc\w*|tribunal\w*|instant\w*|politi\w*|pasapoart\w*|avocat\w*|jobcentre"
     r"|council)\b",
     lambda m: "we have to go to the " + next((eng for stem, eng in _OFFICES if m[1].startswith(stem)), m[1])),
    # "o programare pentru acte", "pentru pașaport": an appointment about official papers (an errand, not medical)
    (r"\b(?:(la )?o )?programar\w* (?:pentru|la|de) (?:(?:niste|noile|noi) )?(?:acte|actele|documente\w*"
     r"|buletin\w*|pasaport\w*|viz[ae]\w*|permis\w*|cetatenie|rezidenta)\b",
     lambda m: ("to " if m[1] else "") + "a passport appointment"),
    # "mergem la medic", "îl duc la doctor", "o duc la stomatolog": taking the pupil to the doctor or dentist
    (r"\b(?:mergem|merge|merg|ne ducem|se duce|ma duc|(?:il|o|ii) duc(?: eu)?|(?:il|o|ii) ducem)(?: (?:cu (?:el|ea|ei)"
     r"|azi|astazi|maine|dimineata))* la (?:(medic\w*|doctor\w*|pediatr\w*)|(dentist\w*|stomatolog\w*))\b",
     lambda m: "going to the " + ("doctor" if m[1] else "dentist")),
    (r"\bprogramar\w*", "appointment"), (r"\bmedic\w*|\bdoctor\w*", "doctor"), (r"\bspital\w*", "hospital"),
    (r"\bstomatolog\w*|\bdentist\w*", "dentist"), (r"\boftalmolog\w*|\boculist\w*", "optician"),
    (r"\bortodont\w*", "orthodontist"), (r"\binterviu\w*", "interview"),
    # "are assessment la o școală secundară", "o evaluare la liceu": an assessment at another school
    (r"\b(?:(?:o|un) )?(?:assessment|evaluar\w*|test\w*|examen\w*) (?:la|pentru|de admitere la) (?:(?:o|un) "
     r"(?:scoal\w*|liceu|colegiu)|liceu\w*|colegiu\w*|(?:scoala|scoli) (?:secundar\w*|noua|gimnazial\w*))"
     r"(?: (?:secundar\w*|noua|nou|gimnazial\w*|privat\w*))?", "an entrance assessment at a school"),
    # "o evaluare pentru admitere", "examenul de admitere la liceu": an entrance assessment at another school
    (r"\b(?:(?:o |un )?(?:evaluar\w*|test\w*|examen\w*|prob\w*)(?: de| pentru| la)? )?admiter\w*",
     "entrance assessment"),
    # "știu că are test la spelling joi": a test in class on that day (something in school, not a day off)
    (r"\b(?:are|au|avem) (?:(?:un|o) )?(?:test|lucrare|teza|extemporal|dictare)\w*(?: (?:la|de|din) ([a-z]+))?"
     r" (?:(?:pe|de|in|pana) )?(luni|marti|miercuri|joi|vineri)\b",
     lambda m: f"has a {m[1] + ' ' if m[1] else ''}test on {m[2]}"),
    (r"\binmormantar\w*|\bfuneral\w*", "funeral"), (r"\bdecedat\w*|\ba murit\b|\bdeces\w*", "passed away"),
    (r"\bnunt\w*|\bcununi\w*(?: civil\w*| religioas\w*)?", "wedding"), (r"\bbotez\w*", "christening"),
    (r"\bzi(?:ua)? de nastere\b", "birthday"),
    # "azi e ziua Anei", "e ziua lui Radu", "e ziua ei": someone's birthday (a name in the genitive), not a feast day
    (r"\b(e|este|a fost|va fi) ziua (?!(?:romaniei|unirii|europei|nationala|sfant\w*|lui (?:mos|sf\w*))\b)"
     r"(?:lui ([a-z]+)|(ei|lui)|([a-z]{2,}?)ei)\b",
     lambda m: f"{'was' if m[1] == 'a fost' else 'is'} " + (
         f"{m[2]}'s" if m[2] else ("her" if m[3] == "ei" else "his") if m[3] else f"{m[4]}a's") + " birthday"),
    (r"\bvacant\w*|\bconcediu\w*|\bcalator\w*", "holiday"),
    (r"\b(?:avem |am )?(?:un )?zbor(?:ul)?\b|\bavion\w*", "a flight"), (r"\bspre\b", "to"),
    (r"\b(?:dureaza|tine|va dura|o sa dureze) (?:toata ziua|o zi intreaga|intreaga zi)\b|\btoata ziua\b", "all day"),
    (r"\bslujb\w*|\bliturghi\w*", "church service"), (r"\bbiseric\w*", "church"), (r"\bsarbator\w*", "celebrate"),
    (r"\bsfant\w*", "saint"), (r"\bortodox\w*", "orthodox"),
    (r"\b(?:tot )?restul saptamanii\b|\bpana la sfarsitul saptamanii\b|\btoata saptamana\b", "the rest of the week"),
    # "până la sfârșitul trimestrului": until the end of term (the last open day before the holidays, included)
    (r"\bpana (?:la |in )?(?:sfarsitul|finalul|incheierea|terminarea) (?:trimestrului|semestrului)\b",
     "until the end of term"),
    (r"\bsaptamana viitoare\b", "next week"),
    (r"\b(?:(?:o )?sa-(?:l|o|i) ?|(?:o|il|ii|le) )(?:aduc|aducem|duc|ducem|va aduce|voi aduce)\w*(?: inapoi)?"
     r"(?: la scoala)?,?"
     r"(?: (?:imediat|direct|chiar))? (?:dupa aceea|dupa|apoi)\b|\bvine (?:la scoala )?(?:imediat )?dupa\b",
     "i'll bring her in after"),
    # "dupa aceea il aduc la scoala": after that (the appointment) I bring him to school
    (r"\b(?:dupa aceea|dupa asta|dupa care|apoi|pe urma|ulterior),? (?!nu\b)(?:(?:il|o|ii|le|l-|va|vom|voi|o sa) )*"
     r"(?:aduc|aducem|duc|ducem|las|lasam|veni|vine|vin|merge|ajunge)\w*(?: (?:la scoala|la ore|la cursuri))?",
     "will be in after"),
    (r"\b(?:o|il|ii) iau\b|\b(?:o|il|ii) voi lua\b", "i'll collect her"),
    (r"\b(?:de|from) (?:la )?(luni|marti|miercuri|joi|vineri) pana (?:la |pe |in )?(luni|marti|miercuri|joi|vineri)\b",
     r"from \1 to \2"),
    # "între 15 și 18 decembrie", "între luni și miercuri", "în perioada 15 - 18 decembrie": from the first day to the
    # second, both included
    (r"\b(?:intre|in perioada|in intervalul|in zilele(?: de)?)(?: zilele)?(?: de)?"
     r" ((?:(?:luni|marti|miercuri|joi|vineri) )?\d{1,2}(?: [a-z]+)?) (?:si|and|-|–)"
     r" ((?:(?:luni|marti|miercuri|joi|vineri) )?\d{1,2} (?:january|february|march|april|may|june|july|august"
     r"|september|october|november|december|ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie"
     r"|octombrie|noiembrie|decembrie)\b)", r"from \1 to \2"),
    (r"\bintre (luni|marti|miercuri|joi|vineri) (?:si|and) (luni|marti|miercuri|joi|vineri)\b", r"from \1 to \2"),
    # "de luni 14 pana vineri 18 decembrie", "din 9 până pe 11 decembrie": a span of dates, both ends included
    (r"\b(?:de|din|from) (?:la )?((?:(?:luni|marti|miercuri|joi|vineri) )?\d{1,2}(?: [a-z]+)?) pana"
     r" (?:la |pe |in |on )?"
     r"((?:(?:luni|marti|miercuri|joi|vineri) )?\d{1,2} (?:january|february|march|april|may|june|july|august"
     r"|september|october|november|december|ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie"
     r"|octombrie|noiembrie|decembrie)\b)", r"from \1 to \2"),
    (r"\bpana (?:pe |la |in |on )?([^,.;!?]{1,40}?(?:, \d{1,2} [a-z]+(?: \d{4})?)?),? inclusiv\b",
     r"up to and including \1"),
    (r"\bpana (?:pe |la |in )?", "until "), (r"(?<=\bback )la (?:scoala|ore|cursuri)\b", "to school"),
    (r"\bse (?:va )?intoarce\w*|\brevine\w*|\bse intorc\w*", "back"),
    (r"\binclusiv\b", "inclusive"), (r"\bde la\b|\bincepand cu\b", "from"),
    # "de luni pana ...": from Monday (not "ziua de luni", Monday's)
    (r"(?<!\bziua )\bde (?=(?:luni|marti|miercuri|joi|vineri|maine|azi|astazi)\b[^.;!?]{0,40}\b(?:pana|until|up to)\b)",
     "from "),
    (r"\b(?:pentru |timp de )?(\d+|doua|trei|patru|cinci) zile\b", r"for \1 days"), (r"\bdoua\b", "two"),
    (r"\btrei\b", "three"),
    (r"\bluni\b", "monday"), (r"\bmarti\b", "tuesday"), (r"\bmiercuri\b", "wednesday"), (r"\bjoi\b", "thursday"),
    (r"\bvineri\b", "friday"),
) + tuple((rf"\b(\d{{1,2}}) {ro}\b", rf"\1 {eng}") for ro, eng in _MONTHS) + (
    (r"\bfiul meu\b|\bbaiatul meu\b|\bbaiatul\b", "my son"), (r"\bfiica mea\b|\bfata mea\b", "my daughter"),
    (r"\bcopiii\b|\bcopiii mei\b", "the children"), (r"\bamandoi\b|\bambii\b|\bamandoua\b|\bambele\b", "both"),
    (r"\bsi\b", "and"), (r"\bdar\b|\binsa\b", "but"),
    # "David lipsește joi și vineri, iar Ana doar vineri": "iar" (while) opens another child's clause
    (r",? \biar\b", ", while"), (r"\bin timp ce\b|\bpe cand\b", "while"),
    # "Eu nu am cum să îi aduc": the pronoun "I" (capitalised at a sentence start, not a name)
    (r"\beu\b", "i"),
)
