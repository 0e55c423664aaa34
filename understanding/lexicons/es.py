"""Spanish."""

import re

MARKERS = frozenset([
    "hola", "buenos", "dias", "buenas", "hoy", "manana", "colegio", "escuela", "gracias", "tiene", "no", "ira",
    "vendra", "esta", "con", "mi", "hijo", "hija", "porque", "asi", "que", "las", "los", "el", "la", "por", "favor",
    "saludos", "fiebre", "cita", "perdon", "hemos", "llegara", "del", "pero", "muy", "lo", "ninos", "cole",
    "perdona", "perdone", "disculpa", "disculpe", "llegamos", "llegaremos", "dormido", "dormida", "ha", "se", "las",
    "tampoco", "quedarse", "queda", "atasco", "rotonda", "llegaran", "cuarto", "aviso", "gripe", "deberes", "mareada",
    "usted", "ustedes", "ahi", "llega", "llegan", "llegar", "abuelos", "abuela", "abuelo", "hermano", "hermana",
    "hermanito", "hermanita", "vacuna", "trancon", "minutitos", "enero", "febrero", "marzo", "mayo", "junio", "julio",
    "septiembre", "octubre", "noviembre", "diciembre", "dormidos", "dormidas", "camino", "quedamos", "compras",
    "tuberia", "otorrino", "oculista", "perdon", "vamos", "tarde",
])

_MONTHS = (("enero", "january"), ("febrero", "february"), ("marzo", "march"), ("abril", "april"), ("mayo", "may"),
           ("junio", "june"), ("julio", "july"), ("agosto", "august"), ("septiembre", "september"),
           ("setiembre", "september"), ("octubre", "october"), ("noviembre", "november"), ("diciembre", "december"))

def _ordinal(day: str) -> str:
    n = int(day)
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


_NUMBERS = {"un": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5"}

_HOURS = {"una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
          "diez": 10, "once": 11, "doce": 12}


_MINUTES = {"media": 30, "cuarto": 15, "veinticinco": 25, "veinte": 20, "diez": 10, "cinco": 5}


def _clock(hour: str, part: str | None) -> str:
    """ "9 y cuarto" -> "9:15", "la una y media" -> "1:30", "las diez menos cuarto" -> "9:45", "las diez menos veinte"
    -> "9:40"."""
    h = _HOURS.get(hour) or int(hour)
    minutes = _MINUTES[part.split()[-1]] if part else 0
    if part and "menos" in part:
        return f"{h - 1 or 12}:{60 - minutes:02d}"
    return f"{h}:{minutes:02d}"


_PLACES = {"rotonda": "roundabout", "glorieta": "roundabout", "cruce": "junction", "semaforo": "lights",
           "semaforos": "lights", "parking": "car park", "aparcamiento": "car park"}

_BODY = {"muneca": "wrist", "brazo": "arm", "pierna": "leg", "tobillo": "ankle", "dedo": "finger", "mano": "hand",
         "pie": "foot", "nariz": "nose", "clavicula": "collarbone", "codo": "elbow", "hombro": "shoulder",
         "rodilla": "knee"}

_PART_OF_MONTH = {"principios": "early", "primeros": "early", "inicios": "early", "mediados": "mid",
                  "finales": "late", "fin": "late", "ultimos": "late"}

_PLACES_ABROAD = {"canarias": "the canaries", "islas canarias": "the canaries", "tenerife": "tenerife",
                  "gran canaria": "gran canaria", "lanzarote": "lanzarote", "mallorca": "majorca", "espana": "spain",
                  "mexico": "mexico", "colombia": "colombia", "argentina": "argentina", "peru": "peru",
                  "chile": "chile", "venezuela": "venezuela", "ecuador": "ecuador", "bolivia": "bolivia",
                  "portugal": "portugal", "francia": "france", "italia": "italy", "marruecos": "morocco",
                  "estados unidos": "the usa", "republica dominicana": "the dominican republic", "cuba": "cuba"}

# cities a family travels to or from, in Spanish ("en Londres": a place, not a name)
_CITIES = {"londres": "london", "lisboa": "lisbon", "edimburgo": "edinburgh", "nueva york": "new york",
           "dublin": "dublin", "ginebra": "geneva", "bruselas": "brussels"}

# what follows "el profesor de ..." that is not a child's name: a subject, a class
_NOT_A_PUPIL = frozenset(["curso", "clase", "clases", "cole", "colegio", "trimestre", "grupo", "aula", "matematicas",
                          "mates", "ingles", "lengua", "musica", "ciencias", "historia", "educacion", "religion",
                          "apoyo", "refuerzo", "guardia", "primaria", "secundaria", "infantil", "primero", "segundo",
                          "tercero", "cuarto", "quinto", "sexto"])

_RELATIVE = (r"(?:marido|mujer|esposa|esposo|pareja|madre|padre|mama|papa|abuel[oa]|suegr[oa]|tio|tia"
             r"|madrastra|padrastro)")

# an illness that began earlier ("ha vomitado", "le subió la fiebre"): in the past, not a day of absence
_ILL_PAST = (r"(?:ha|han|he) (?:vomitado|devuelto|tenido (?:fiebre|diarrea|vomitos)|estado (?:vomitando|malo|mala"
             r"|con fiebre)|empezado a vomitar)|vomito|vomitaron|devolvio|tuvo (?:fiebre|diarrea|vomitos)"
             r"|se (?:ha )?puesto (?:malo|mala|enfermo|enferma)|se puso (?:malo|mala|enfermo|enferma)"
             r"|empezo a vomitar|le (?:ha )?(?:subido|subio|empezado|empezo|comenzado|comenzo|entrado|entro)"
             r" (?:la |algo de )?fiebre"
             r"|(?:(?:ha|han) (?:empezado|comenzado)|empezo|comenzo|empezaron|comenzaron) con (?:fiebre|tos|vomitos"
             r"|diarrea|dolor de \w+|(?:el |un )?(?:resfriado|catarro|gripe|virus))")

def _retirar(m: re.Match[str]) -> str:
    """ "la retiro" -> "la recojo", "retirarla" -> "recogerla": "retirar" (Latin American) as "recoger"."""
    def verb(v: re.Match[str]) -> str:
        ending = v[1]
        if ending.startswith("ar"):
            return "recoger" + ending[2:]
        return "recojo" if ending == "o" else "recog" + "e" + ending[1:]
    return re.sub(r"\bretir(\w*)", verb, m[0])


def _days_of_month(m: re.Match[str]) -> str:
    """ "el 17 y el 18/12" -> "on 17/12 and 18/12": the month of the last day given to each day before it."""
    last, month, year = int(m[2]), int(m[3]), m[4] or ""
    days = [int(d) for d in re.split(r", ?", m[1])]
    dates = [f"{d}/{month if d <= last else month - 1 or 12}{year}" for d in days]
    return "on " + ", ".join(dates) + f" and {last}/{month}{year}"


CANON: tuple[tuple[str, object], ...] = (
    # "Abril 9:30 llegará tarde": a child named for a month ("Abril") before a clock time was read as a month-first date
    # ("9 april 2027:30"): the name and the time again (no date runs on into minutes)
    (r"\b(\d{1,2}) (" + "|".join(e for _, e in _MONTHS) + r") \d{4}([:.]\d\d)(?!\d)",
     lambda m: f"{next(n for n, e in _MONTHS if e == m[2])} {m[1]}{m[3]}"),
    # "operación de amígdalas", "lo operan de las amígdalas", "le van a quitar las amígdalas", "operado de apendicitis":
    # an operation for an illness (the illness, not a medical appointment)
    (r"\b(?:(?:una |la |su )?(?:operacion|cirugia|intervencion)(?: quirurgica)?|(?:(?:lo|la|le|los|las) )?(?:operan"
     r"|operaran|operaron|opero|va(?:n)? a operar|ha(?:n)? operado|operad[oa]s?)) (?:de |del )(?:las |la |el |los )?"
     r"(amigdalas|anginas|apendice|apendicitis|hernia|vegetaciones|adenoides)\b"
     r"|\b(?:le|les) (?:quitan|quitaran|quitaron|quito|va(?:n)? a quitar|ha(?:n)? quitado) (?:las |el |los )?"
     r"(amigdalas|anginas|apendice|vegetaciones|adenoides)\b",
     lambda m: "was operated on for " + {"apendice": "appendicitis", "apendicitis": "appendicitis",
                                          "hernia": "a hernia", "vegetaciones": "adenoids",
                                          "adenoides": "adenoids"}.get(m[1] or m[2], "tonsillitis")),
    # "ayer le pusieron la vacuna a Gael", "lo vacunaron ayer", "vacunaron a Gael", "fue vacunada": a vaccination had
    # (before a fever, the reaction is the reason, not a medical appointment): the English rules read "had his
    # vaccination" so
    (r"\b(?P<d1>(?:ayer|anteayer|antes de ayer) )?(?:(?:le|les) (?:pusieron|han puesto|ha puesto|puso|pusimos"
     r"|hemos puesto)(?P<d2> (?:ayer|anteayer))? (?:la |las |una |unas |el |los )?(?:vacunas?|inyeccion|inyecciones"
     r"|refuerzo)(?: (?:de|contra) (?:la |el )?[a-z]+)?(?: a (?!las?\b|los\b|primera\b)(?P<n1>[a-z]+))?"
     r"|(?:(?:lo|la|los|las) )?(?:vacunaron|han vacunado|vacunamos|hemos vacunado)(?P<d3> (?:ayer|anteayer))?"
     r"(?: a (?!las?\b|los\b|primera\b)(?P<n2>[a-z]+))?|(?:fue|fueron|ha sido|han sido) vacunad[oa]s?"
     r"|se (?:vacuno|vacunaron|ha vacunado|han vacunado))\b",
     lambda m: ((m["n1"] or m["n2"] or "") + " had his vaccination "
                + (m["d1"] or m["d2"] or m["d3"] or "").strip()).strip()),
    # "el jueves por la mañana y por la tarde", "de mañana y de tarde": both halves of the day (the whole day)
    (r"\b(?:por|en|durante) la manana,? (?:y|e) (?:tambien )?(?:por|en|durante) la tarde\b"
     r"|\bde manana y (?:de )?tarde\b", "all day"),
    # "a principios de diciembre": a part of a month, no day (cannot be placed)
    (r"\b(?:(?:a|para|hacia|en|por) )?(principios|primeros|inicios|mediados|finales|fin|ultimos)(?: dias)? de ("
     + "|".join(es for es, _ in _MONTHS) + r")\b",
     lambda m: f"sometime in {_PART_OF_MONTH[m[1]]} " + dict(_MONTHS)[m[2]]),
    # "ni mañana ni pasado", "mañana y pasado": tomorrow and the day after ("pasado" alone after "mañana")
    (r"\b(?:ni )?manana (y|ni|o) pasado\b(?! manana)",
     lambda m: "tomorrow " + ("or" if m[1] == "o" else "and") + " the day after tomorrow"),
    # "uno de los niños", "una de mis hijas": one of the children (which one is not said)
    (r"\b(?:uno|una|alguno|alguna) de (?:los|las|mis) (?:ninos|ninas|hijos|hijas|chicos|chicas|nenes|nenas|peques"
     r"|crios|hermanos)\b", "one of the children"),
    # specialists: "otorrino" (ENT), "oculista"/"oftalmólogo" (eye doctor), "ortodoncista", "logopeda"
    (r"\b(al |a la |el |del |la )?(?:otorrino\w*|oculista|oftalmolog\w*|optometrista)\b",
     lambda m: ("to the " if m[1] in ("al ", "a la ") else "the " if m[1] else "")
     + ("ent clinic" if m[0].split()[-1].startswith("otorrino") else "optician")),
    (r"\bortodoncista\b", "orthodontist"), (r"\blogoped\w*", "speech therapist"),
    # "hasta el viernes (11/12) inclusive": a weekday with its date in brackets (the date is the weekday's)
    (r"\b(lunes|martes|miercoles|jueves|viernes|sabado|domingo),? \((?:dia )?(\d{1,2}/\d{1,2}(?:/\d{2,4})?)\)",
     r"\1 \2"),
    # "en Londres", "de Lisboa": a city's Spanish name (a place, not a child's name)
    (r"\b(?:" + "|".join(_CITIES) + r")\b", lambda m: _CITIES[m[0]]),
    # "su último día será el miércoles", "el último día de clase de Lucía es el martes": the last day in before an
    # absence (a day at school, not off)
    (r"\b(?:su |el )?ultimo dia(?: (?:de|del) ([a-z]+))?(?: (?:de clases?|de cole|de colegio|en el cole|en el colegio"
     r"|en clase|en la escuela))?(?: (?:de|del) ([a-z]+))? (?:sera|va a ser|es(?= (?:el )?(?:lunes|martes|miercoles"
     r"|jueves|viernes|\d)))(?: el(?= (?:lunes|martes|miercoles|jueves|viernes|\d)))?\b",
     lambda m: next((f"{w}'s" for w in (m[1], m[2]) if w and w not in _NOT_A_PUPIL), "his")
     + " last day at school will be"),
    # "para llevarlo al médico": to take him to (a destination, not a collection from the school)
    (r"\bpara llevarl[oae]s?\b", "to take him"),
    # "la retiro a la 1", "paso a retirarla", "retiro a Sofía" (Latin American): collecting the child from school,
    # read as "recoger" by the rules that follow
    (r"\b(?:(?:lo|la|le|los|las|les) retir(?:o|amos|are|aremos|a|ara|an)\b|(?:voy|vamos|paso|pasamos|pasare"
     r"|pasaremos|ire|iremos|ir|va|viene|vendra|vengo|venimos) a retirar(?:l[oae]s?)?\b|retirarl[oae]s?\b"
     r"|(?:retiro|retiramos|retirare|retiraremos|retirar) a (?!las?\b|los\b|eso\b|partir\b|mediodia\b)(?=[a-z]))",
     _retirar),
    # "paso ahora a recoger a Álvaro", "voy a buscar a Lucía ahora mismo": collecting the child now
    (r"\b(?:paso|pasamos|voy|vamos|vengo|venimos|salgo|salimos)( ahora(?: mismo)?| ya| enseguida| en seguida)?"
     r" a (?:recoger|buscar) a (?!las?\b|los\b|eso\b|partir\b|mediodia\b)([^\W\d_]+)\b( ahora(?: mismo)?| ya"
     r"| enseguida| en seguida)?",
     lambda m: f"i'm collecting {m[2]} now" if m[1] or m[3] else f"i'll collect {m[2]}"),
    # "voy a por ella a las 12:15", "paso a por Lucía", "iré a por los dos": I'll collect her (Spain's "ir a por")
    (r"\b(?:voy|vamos|paso|pasamos|pasare|pasaremos|ire|iremos|va|vendra|viene|vengo|salgo|salimos)(?: ahora| ya)?"
     r" a por (?:(ella|el|ellos|ellas|los dos|las dos|l[oa]s ni[nñ][oa]s)|(?!(?:el|la|los|las|un|una|mi|su)\b)"
     r"([^\W\d_]+))\b",
     lambda m: "i'll collect " + ({"ella": "her", "el": "him"}.get(m[1], "them") if m[1] else m[2])),
    # "la enfermera del colegio": the school nurse (not an illness)
    (r"\b(?:la |el )?enfermer[oa]s?(?: del (?:colegio|cole)| de la escuela)?\b", "the school nurse"),
    # "recojo a Pablo a las 12:45": I'll collect Pablo (before "a las" becomes a time)
    # ("hoy recojo a Elena": today stays, so a later "mañana normal" is another day)
    (r"\b(hoy )?(?:recojo|recogemos|recogere|recogeremos|voy a recoger|vamos a recoger|paso a recoger"
     r"|pasare a recoger|pasamos a recoger|(?:tengo|tenemos|tendre|tendremos|debo|debemos|necesito|he|hemos)"
     r" (?:que |de )?(?:ir a |pasar a )?recoger) a (?!las?\b|eso\b|partir\b|mediodia\b)(?=[a-z])",
     lambda m: ("today " if m[1] else "") + "i'll collect "),
    # "ya no vuelve por la tarde": not back this afternoon (a partial day)
    (r"\b(?:ya )?no (?:vuelve|vuelven|volvera|volveran|regresa|regresan|regresara|regresaran)(?: (?:al colegio"
     r"|al cole|a clase))? (por la tarde|esta tarde|en la tarde|despues de comer)\b",
     lambda m: "won't be back " + ("this afternoon" if m[1] == "esta tarde" else "for the afternoon")),
    # "la recojo a las 10:30 y ya no vuelve hoy", "no vuelve después": not back (after being collected)
    (r"\bya no (?:vuelve|vuelven|volvera|volveran|regresa|regresan|regresara|regresaran|va a volver|van a volver)"
     r"(?: (?:al colegio|al cole|a clase))?(?: (hoy|despues|luego))?\b(?! (?:hasta|el|la|los|las|al|a|en|de|del|mas)\b)"
     r"|\bno (?:vuelve|vuelven|volvera|volveran|regresa|regresan|regresara|regresaran|va a volver|van a volver)"
     r"(?: (?:al colegio|al cole|a clase))? (despues|luego)\b(?! (?:de|del)\b)",
     lambda m: "won't be back" + (" today" if m[1] == "hoy" else " after" if m[1] or m[2] else "")),
    # "va para allá ahora mismo", "vamos de camino": on the way in now
    (r"\b(?:ya )?(?:va|van|vamos|voy|sale|salen|salimos|esta|estan|estamos|estoy)"
     r" (?:para alla|para el cole\w*|para la escuela|de camino|en camino|camino del cole\w*|camino al cole\w*"
     r"|hacia el cole\w*|hacia alla)(?: (?:ahora(?: mismo)?|ya|enseguida|en seguida))?\b"
     r"(?! (?:a|para) (?:recoger|buscar|por)\w*)", "on his way now"),
    # "se rompió una tubería", "se nos inundó la casa": a burst pipe, a flood at home
    (r"\bse (?:nos |me )?(?:ha )?(?:rompio|roto|revento|reventado) (?:una |la |un |el )?(?:tuberia|caneria|tubo"
     r"|conducto|calentador)\w*", "a pipe burst"),
    (r"\bse (?:nos |me )?(?:ha )?inund\w*(?: (?:la|nuestra|toda la) casa| el piso)?|\binundaci\w*"
     r"|\b(?:la casa |el piso )?inundad[oa]s?\b", "our house flooded"),
    # "me llevo a Sofi de compras", "ir de compras": shopping
    (r"\b(?:me |nos )?(?:llevo|llevamos|voy a llevar|vamos a llevar) a (\w+) de compras\b", r"i'm taking \1 shopping"),
    (r"\b(?:ir |irnos |vamos |nos vamos )?de compras\b|\bcompras navidenas\b|\bcompras de navidad\b", "shopping"),
    # "está con fiebre desde el viernes", "tiene tos desde el lunes pasado": ill since that day (when it began, not a
    # span starting then); "desde el lunes hasta el miércoles" is a span
    (r"\b(?<!falta )(?<!faltara )(?<!faltar )desde (?:el )?(lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
     r"(?: (?:pasado|por la (?:noche|tarde|manana)|en la (?:noche|tarde)))?\b"
     r"(?![^.!?]{0,40}\b(?:hasta|al? (?:el )?(?:lunes|martes|miercoles|jueves|viernes))\b)",
     r"since \1"),
    # "el jueves ya veremos", "ya veremos el viernes": that day is not decided yet (not a day of absence)
    (r"\b(manana|pasado manana|el (?:lunes|martes|miercoles|jueves|viernes)),? (?:ya )?(?:veremos|vamos a ver"
     r"|se vera)\b", lambda m: "we'll see about " + m[1].removeprefix("el ")),
    (r"\b(?:ya )?(?:veremos|vamos a ver|se vera),? (?:que tal )?(?:(?:para|por) )?(manana|pasado manana"
     r"|el (?:lunes|martes|miercoles|jueves|viernes))\b", lambda m: "we'll see about " + m[1].removeprefix("el ")),
    # "hoy no va, mañana sí": in again tomorrow (the day of return)
    (r"\b(manana|pasado manana|el (?:lunes|martes|miercoles|jueves|viernes)),? (?:ya )?si\b(?=\s*(?:[.,;!]|$))",
     r"back \1"),
    # "mañana vuelve", "el lunes regresa": back on that day (the absence ends before it)
    (r"\b(manana|pasado manana|el (?:lunes|martes|miercoles|jueves|viernes)) (?:ya )?(?:vuelve|vuelven|regresa"
     r"|regresan|volvera|volveran|regresara|regresaran)\b(?! (?:a casa|de))", r"back \1"),
    # "mañana ya va", "el lunes ya viene al cole": in again that day ("ya", already, or the school named: not "mañana
    # va al médico", an errand)
    # ("por la mañana, vendrá al colegio" is the morning; "mañana vendrá al cole por la tarde" is a part of the day)
    (r"(?<!\bla )(?<!\besta )\b(manana|pasado manana|el (?:lunes|martes|miercoles|jueves|viernes)),? (?:ya (?:va|van"
     r"|viene|vienen|ira|iran|vendra|vendran)(?: (?:al colegio|al cole|a clase|a la escuela|al instituto))?"
     r"(?=\s*(?:[.,;!]|$|y\b|and\b))|(?:ya )?(?:va|van|viene|vienen|ira|iran|vendra|vendran) (?:al colegio|al cole"
     r"|a clase|a la escuela|al instituto)\b(?! (?:por|para|en|a|de) la tarde\b| (?:despues|luego|mas tarde|tarde"
     r"|a las|sobre las|hacia las|a eso de)\b)"
     # "el viernes ya estarán en clase": in class again that day
     r"|(?:ya )?(?:estara|estaran) (?:ya )?en (?:clase|el colegio|el cole|la escuela|el instituto)\b"
     r"(?! (?:por|para|en|a|de) la tarde\b| (?:despues|luego|mas tarde|tarde|a las|sobre las|hacia las|a eso de)\b))",
     r"back \1"),
    # thanks to the teacher: "muchísimas gracias a Miss Laura", "¡felices fiestas!"
    (r"\b(?:(?:muchisimas|muchas|mil) )?gracias a (?=(?:miss|mr|mrs|ms|mx|la profe|el profe|profe|teacher)\b)",
     "thank you to "),
    (r"\b(?:muchisimas|muchas|mil) gracias\b", "thank you so much"),
    (r"\bfelices fiestas\b|\bfeliz navidad\b|\bfelices navidades\b", "happy christmas"),
    # "nos vamos a Colombia por Navidad": for Christmas (a season, not a name)
    (r"\b(?:por|para|en) (?:(?:la|las) )?navidad(?:es)?\b(?! (?:con|en casa))", "for christmas"),
    # "perdone que escriba tan tarde": sorry for the late notice, not a late arrival
    (r"\b(?:perdon\w*|disculp\w*|(?:lo )?siento)(?: (?:que|por|el|de))? (?:escriba|escribir|escribirles|escribirle"
     r"|avise|avisar|avisarles|el aviso|aviso|el mensaje|mensaje)(?: (?:tan|muy|asi de))? (?:tarde|a estas horas"
     r"|a ultima hora)\b", "sorry for the late notice"),
    # "nos han llamado del hospital", "la abuela está muy grave": a relative critically ill (a family emergency)
    (r"\b(?:nos|me) (?:han llamado|llamaron|ha llamado|llamo|acaban de llamar) (?:del|desde el) hospital\b"
     r"|\b(?:nos|me) (?:ha llamado|llamo|acaba de llamar) el hospital\b", "the hospital called us"),
    (rf"\b(?:(?:la|el|mi|su|nuestr[oa]) )?({_RELATIVE})(?: de [a-z]+(?: (?:y|e) [a-z]+)?)? (?:esta|se encuentra"
     r"|sigue) (?:muy |bastante |tan )?(?:grave|critic[oa]|en estado grave)\b",
     lambda m: {"abuela": "grandmother", "abuelo": "grandfather", "madre": "mum", "mama": "mum", "padre": "dad",
                "papa": "dad"}.get(m[1], "a relative") + " is critically ill"),
    # "a mi marido le dio un infarto y está ingresado": a parent rushed to hospital (an emergency in the family)
    (rf"\b(?:a )?(?:mi|su|nuestr[oa]) {_RELATIVE}\b[^.!?]{{0,40}}?\b(?:infarto|ataque (?:al corazon|cardiaco)|ictus"
     r"|derrame|accidente|ingresad[oa]|hospitalizad[oa]|(?:en|a) (?:urgencias|el hospital|la uci))\w*"
     r"(?: y (?:esta|lo han|la han|le han|sigue) (?:ingresad|hospitalizad)\w*(?: en (?:el hospital|la uci))?)?",
     "my partner was rushed to hospital"),
    # "estuvo ingresado la semana pasada": a hospital stay that is over (not an admission now)
    (r"\b(?:estuvo|estuvieron|ha estado|han estado|habia estado|habian estado) (?:ingresad|hospitalizad)\w*",
     "was in hospital"),
    # "sigue ingresado", "continúa hospitalizada": still in hospital
    (r"\b(?:esta|lo han|la han|le han|ha sido|fue|quedo|se quedo|sigue|siguen|continua|continuan)"
     r" (?:ingresad|hospitalizad)\w*",
     "was admitted to hospital"),
    # "ingresaron a Daniel en el hospital", "lo han ingresado": the child admitted to hospital (an illness; a relative
    # admitted is the rule above)
    (r"\b(?:(?:lo|la|los|las|le|les) )?(?:ingresaron|han ingresado|hospitalizaron|han hospitalizado|tuvieron que"
     r" ingresar|tuvimos que ingresar|(?:hemos|han) tenido que ingresar)(?! a (?:mi|su|sus|mis|nuestr)\w* )"
     r"(?: a ([a-z]+))?"
     r"(?: (?:en|a) (?:el hospital|la uci|urgencias|planta))?",
     lambda m: (f"{m[1]} " if m[1] else "") + "was admitted to hospital"),
    # "una crisis de asma", "un ataque de asma": an asthma attack
    (r"\b(?:una |un )?(?:crisis|ataque) (?:de )?asma\b", "an asthma attack"), (r"\basma\b", "asthma"),
    # "todavía no sabemos cuándo le darán el alta": when the child leaves hospital is not known (a vague end)
    (r"\b(?:todavia |aun )?no (?:sabemos|se|sabe|saben)(?: (?:todavia|aun))? cuando (?:le |la |lo |les )?(?:daran|van a"
     r" dar|dan|dara|va a dar) (?:el )?alta\b", "we don't know yet when he'll be discharged"),
    # "tengo que esperar a que venga mi madre a quedarse con Paula": the parent waits for a relative to come and stay
    # with the other child (why this one is late, not another child's absence)
    (rf"\b(?:tengo|tenemos) que esperar (?:a )?(?:que (?:venga|llegue|vuelva) )?(?:(?:mi|su|la|el|nuestr[oa]) )?"
     rf"({_RELATIVE})\b(?: (?:venga|llegue))?(?: (?:a|para) (?:quedarse|estar) con\b)?",
     lambda m: "i have to wait for " + {"madre": "my mother", "mama": "my mother", "padre": "my father",
                                        "papa": "my father", "abuela": "their grandmother",
                                        "abuelo": "their grandfather", "tia": "their aunt",
                                        "tio": "their uncle"}.get(m[1], "my partner")
     + (" to come and stay with" if m[0].endswith(" con") else " to come")),
    # "cuando su padre vuelva del hospital": a parent coming back from a hospital (not the child's visit)
    (rf"\b(cuando|en cuanto) (?:su|mi|nuestr[oa]) ({_RELATIVE}) (?:vuelva|venga|regrese|llegue) del hospital\b",
     lambda m: ("when" if m[1] == "cuando" else "as soon as") + " the "
     + {"madre": "mum", "mama": "mum", "padre": "dad", "papa": "dad"}.get(m[2], "family") + " gets back"),
    # "estará fuera toda la semana": he will be away (off school); "fuera de casa" is a place
    (r"\b(?:va a estar|van a estar|estara|estaran|estaria|estarian|se quedara|se quedaran) fuera\b(?! de\b)",
     "will be off"),
    # "pedir una cita con la tutora de Pablo", "una reunión con el profesor", "una tutoría": a meeting with the
    # teacher (a message for the school, not a medical appointment; "una entrevista" may be at another school)
    (r"\b(?:(?:una|la|otra) )?(?:cita|reunion|tutoria|charla) (?:con|para hablar con) (?:el|la|los|las|su|sus)"
     r" (?:tutor|tutora|tutores|profesor|profesora|profesores|profe|maestro|maestra|maestros"
     r"|orientador|orientadora|jefe de estudios|jefa de estudios|senorita|seno)\b(?: (?:de|del) ([a-z]+))?",
     lambda m: "a meeting with " + (f"{m[1]}'s teacher" if m[1] and m[1] not in _NOT_A_PUPIL
                                     else "the teacher" + (f" of {m[1]}" if m[1] else ""))),
    (r"\b(?:(?:una|la) )?tutoria\b", "a meeting with the teacher"),
    # "tengo cita médica a las 8:30": I (the parent) have an appointment, not the child ("tengo cita con el pediatra
    # para Lucas" is the child's)
    (r"\b(?:yo )?tengo (?:una )?cita(?: (medica|con el medico|con la medica|en el hospital|en el centro de salud"
     r"|con el dentista|en el dentista))?\b(?![^.,;]{0,30}\b(?:para|pediatra|de (?:el|la|los|las|[a-z]+ y)\b))",
     lambda m: "i have a " + ("dentist " if m[1] and "dentist" in m[1] else "hospital " if m[1] and "hospital"
                              in m[1] else "medical " if m[1] else "") + "appointment"),
    # "si mañana está mejor lo llevo": if he is better tomorrow he comes in (a return, not a day of absence)
    (r"\bsi (manana )?(?:ya )?(?:esta|se encuentra|se siente|amanece|se levanta|se pone) (?:mejor|bien)(,? manana)?,?"
     r" (?:(?:lo|la|los|las) (?:llevo|llevare|llevamos|traigo|traere|mando|mandare|voy a llevar|vamos a llevar)"
     r"|(?:va|vuelve|ira|volvera|viene|vendra))(?: (?:al colegio|al cole|a clase|a la escuela))?\b",
     lambda m: "if he is better " + ("tomorrow " if m[1] or m[2] else "") + "i'll bring him in"),
    (r"\b(?:(?:durante|en) )?(?:toda )?la semana pasada\b|\bla pasada semana\b", "last week"),
    (r"\binfarto\b|\bataque (?:al corazon|cardiaco)\b", "a heart attack"),
    # "un incendio en casa", "se nos quemó la casa": a house fire
    (r"\b(?:(?:un|el) )?incendio\w*(?: (?:en|de) (?:casa|nuestra casa|la casa|el piso|el edificio))?"
     r"|\bse (?:nos |me )?(?:ha |han )?quem(?:o|ado|aron) (?:la|nuestra|el|nuestro) (?:casa|cocina|piso|salon"
     r"|apartamento)\b(?: de casa)?|\b(?:hubo|ha habido|tuvimos) (?:un )?fuego (?:en|de) (?:casa|la cocina)\b",
     "a house fire"),
    # "ha pasado la noche con fiebre": has been up all night with a fever
    (r"\b(?:ha|han) pasado (?:toda )?la noche con\b", "has been up all night with"),
    (r"\banoche\b", "last night"),
    # "ha vomitado varias veces esta tarde, mañana no irá": the illness was this afternoon, the absence is a later day
    # (or in the next sentence: "se ha puesto mala esta tarde con fiebre. Mañana no irá")
    (r"\b(" + _ILL_PAST + r")\b([^.!?,;]*?) ?\b(?:esta tarde|hoy por la tarde|hoy en la tarde|esta noche)\b"
     r"(?=[^.!?]*(?:[.!?]+\s*[^.!?]*)?\b(?:manana|lunes|martes|miercoles|jueves|viernes)\b)", r"\1\2"),
    (r"\b(?:esta tarde|hoy por la tarde|hoy en la tarde|esta noche),? (?=(?:\w+ ){0,3}(?:" + _ILL_PAST
     + r")\b[^.!?]*\b(?:manana|lunes|martes|miercoles|jueves|viernes)\b)", ""),
    # "ha empezado esta tarde con diarrea. Mañana no irá": the illness began this afternoon, the absence is later
    (r"\b(?:(?:ha|han|he) (?:empezado|comenzado)|empezo|comenzo|empezaron|comenzaron)"
     r" (?:esta tarde|hoy por la tarde|hoy en la tarde|esta noche) con\b"
     r"(?=.*\b(?:manana|lunes|martes|miercoles|jueves|viernes)\b)", "became ill with"),
    # "le ha empezado fiebre esta tarde": a fever began (in the past; with no day, the next open day)
    (r"\ble (?:ha )?(?:empezado|empezo|comenzado|comenzo|entrado|entro) (?:la |algo de )?fiebre\b",
     "started a fever"),
    # "pero", "sino que", "mientras que" (but, while); "solo", "solamente", "únicamente" (only)
    (r"\bpero\b|\bsino que\b", "but"), (r"\bmientras que\b", "while"),
    (r"\b(?:solo|solamente|unicamente)\b", "only"),
    # "y mañana ya os diré", "ya veremos": an update later, not a day of absence
    (r"\bya (?:os |les |le |te )?(?:dire|diremos|avisare|avisaremos|contare|confirmare|confirmaremos|veremos)\b",
     "i'll let you know"),
    # "e irá": "e" is "y" (and) before an i- sound
    (r"\be (?=i|hi)", "and "),
    # "está bien e irá el lunes": fine, in as usual on that day
    (r"(?<!\bno )\b(?:esta|estan) (?:bien|perfectamente|perfecta|perfecto|recuperad[oa]s?)\b", "is fine"),
    (r"(?<!\bno )(?<!\btampoco )(?<!\bni )(?<!\bnunca )(?<!\bjamas )"
     r"\b(?:ira|iran|vendra|vendran)(?= (?:el |los )?(?:lunes|martes|miercoles|jueves|viernes|hoy"
     r"|manana)\b|\s*[,.;!]|\s*$)", "will be in"),
    # "se nos ha pinchado una rueda": a flat tyre
    (r"\bse (?:nos |me )?(?:ha )?(?:pinchado|pincho) (?:una |la )?(?:rueda|llanta)\b|\b(?:una )?rueda pinchada\b",
     "we had a flat tyre"),
    # "llegará unos minutos tarde": a few minutes late
    (r"\b(?:llegar|lleg)\w* (?:unos|algunos|un par de|cinco|diez|quince|veinte|\d{1,2}) minut\w* tarde\b",
     "will be a few minutes late"),
    # "se ha puesto mala", "se puso malito": became ill
    (r"\bse (?:ha |han )?(?:puesto|puso|pusieron) (?:muy |un poco )?(?:mal[oa]s?|malit[oa]s?|enferm[oa]s?)\b",
     "became ill"),
    # "nos vamos a Canarias", "viajamos a Colombia": a trip abroad
    (r"\b(?:a|en|para|hacia|hasta) (" + "|".join(sorted(_PLACES_ABROAD, key=len, reverse=True)) + r")\b",
     lambda m: f" to {_PLACES_ABROAD[m[1]]} "),
    # "a ver a los abuelos", "visitar a la familia": visiting family
    (r"\b(?:a |para )?(?:ver|visitar)(?: a)? (?:(?:los|sus|mis|nuestros) (?:abuelos|tios|primos|familiares|parientes)"
     r"|(?:la|su|mi|nuestra) familia)\b", "visiting family"),
    # "va un poquito tarde", "vamos tarde": running late
    (r"\b(?:va|van|vamos|voy|iba|ibamos)(?: (?:un poco|un poquito|un poquitin|algo|muy|bastante|re))? tarde\b",
     "running late"),
    # "el trancón", "un tapón", "el tranque": a traffic jam (Latin American)
    (r"\b(?:(?:hay|habia) (?:un )?|(?:el|un) )?(?:trancon|tranque|embotellamiento)\w*"
     r"(?: (?:esta|estaba) (?:terrible|horrible|imposible|fatal|tremendo))?", "stuck in traffic"),
    # "llegamos en 15 minuticos": there in 15 minutes (diminutives too)
    (r"\b(?:llegamos|llegaremos|llego|llegare|llega|llegara|llegan|llegaran|estamos|estaremos|estoy|estare)"
     r"(?: (?:ahi|alli|alla|al cole|al colegio))? en (?:unos )?(\d{1,3}) (?:minut\w*|mins?)\b",
     r"we'll be there in \1 minutes"),
    (r"\b(\d{1,3}) (?:minutitos|minuticos|minutines)\b", r"\1 minutes"),
    # "primero tengo que llevar a Carmen al médico": first I have to take (a named sibling) somewhere
    (r"\b(primero |antes )?(?:tengo|tenemos) que llevar a (?!(?:su|sus|mi|mis|nuestr[oa]s?|la|las|los|el)\b)"
     r"([^\W\d_]+)\b", lambda m: ("first " if m[1] else "") + f"i have to take {m[2]}"),
    # "hoy llevo a Valeria un poco tarde": I'm bringing her in a bit late (a late arrival)
    (r"\b(?:(?:la|lo) )?(?:llevo|llevamos|traigo|traemos|llevare|llevaremos|voy a llevar|vamos a llevar) a"
     r" (?!(?:su|sus|mi|mis|nuestr[oa]s?|la|las|los|el)\b)([^\W\d_]+)(?: al (?:colegio|cole)| a (?:la escuela|clase))?"
     r" (?:un poco |un poquito |un poquitin |algo )?(?:mas )?tarde\b", r"\1 will be in a bit late"),
    # "lo lleva su padre más tarde": his dad brings him in later (a late arrival, not a day off)
    (r"\b(?:lo|la|los|las) (?:lleva|llevara|trae|traera|va a llevar|acerca|acercara) (?:su|mi) (padre|madre|papa|mama"
     r"|abuel[oa]|tio|tia)(?: al (?:colegio|cole)| a (?:la escuela|clase))? (?:mas tarde|luego|despues)\b",
     lambda m: "will be in later with " + {"padre": "his dad", "papa": "his dad", "madre": "his mum",
                                           "mama": "his mum"}.get(m[1], "family")),
    # "a Carmen la dejo yo a las 9:10", "a Pablo lo llevo sobre las 9:30": in at that time (a late arrival)
    (r"\ba ([^\W\d_]+),? (?:la|lo|los|las) (?:llevo|llevamos|traigo|traemos|dejo|dejamos|acerco|acercamos|llevare"
     r"|dejare|voy a llevar|voy a dejar)(?: yo| nosotros)?(?: al (?:colegio|cole)| a (?:la escuela|clase))?"
     r" (?=(?:a las|sobre las|hacia las|como a las|para las) \d)", r"\1 will be in "),
    # "a Valeria la llevo yo": I'm taking Valeria (in)
    (r"\ba ([^\W\d_]+),? (?:la|lo|los|las) (?:llevo|llevamos|traigo|traemos)(?: yo| nosotros)?\b",
     r"i'm taking \1"),
    # "su hermano pequeño": his little brother; "se tiene que quedar con su hermano": looking after him
    # "tengo que llevar a su hermano al médico": taking a sibling somewhere (their appointment, not the pupil's);
    # "llevar al pequeño" could be the pupil too: the little one (the rules ask when that is not clear)
    (r"\b(?:llevar|llevo|llevamos|llevare|llevaremos) (?:a (?:su|sus|mi|mis|nuestr[oa]s?) |al |a la |a los |a las )"
     r"(hermano|hermanito|hermana|hermanita|pequen[oa]|pequenit[oa]|peque|bebe)s?(?: (?:pequen[oa]|pequenit[oa]"
     r"|menor|chic[oa]|chiquit[oa]|mas pequen[oa]|bebe|mayor))?\b",
     lambda m: "take " + ("their little brother" if m[1].startswith("herman") else "the little one")),
    # ("hermanito", "hermanita": the little brother, sister)
    (r"\bsu (hermano|hermanito|hermana|hermanita)(?: (pequen[oa]|pequenit[oa]|menor|chic[oa]|chiquit[oa]|mas pequen[oa]"
     r"|bebe|mayor))?\b",
     lambda m: "his " + ("older " if m[2] == "mayor" else "little " if m[2] or m[1].endswith(("ito", "ita")) else "")
     + ("brother" if m[1] in ("hermano", "hermanito") else "sister")),
    # "su hermanito está con fiebre": the sibling is ill (not the pupil)
    (r"\b(his (?:little |older )?(?:brother|sister)) (?:esta|sigue|anda|lleva)(?: (?:todavia|aun|muy|un poco))?"
     r" (?:con (?:fiebre|calentura|tos|gripe|vomitos|diarrea|virus|catarro|otitis|anginas|placas)"
     r"|malit[oa]|mal[oa]|enferm[oa]|pachuch[oa])\b", r"\1 is ill"),
    (r"\b(?:(?:se )?(?:tiene|tendra|tienen|tendran|va a tener|van a tener|ha tenido|han tenido) que )?"
     r"(?:quedar(?:se)?|cuidar|estar)(?: en casa)? (?:con|a|de) (?=his (?:little |older )?(?:brother|sister)\b)",
     "look after "),
    # "que está malo": who is ill
    (r"\bque (?:esta|estan) (?:malo|mala|malito|malita|malos|malas|enferm\w*)\b", "who is ill"),
    # "que falte", "falten": absent ("hace falta" is need; "sin falta" is without fail)
    (r"(?<!\bhace )(?<!\bsin )\bfalt(?:e|en|es|ado|ando|emos)\b", "absent"),
    # "la vacuna de la gripe": a vaccination (the illness is what it prevents)
    (r"\bvacun\w*(?: (?:de la|del|de|contra la|contra el|contra|para la|para el) (?:gripe|covid(?:-19)?|sarampion"
     r"|vph|tetanos|meningitis|hepatitis|fiebre amarilla|varicela|paperas|rubeola|polio))?", "vaccination"),
    # "nos quedamos dormidos", "se nos pegaron las sábanas": overslept
    (r"\b(?:nos|me|se) (?:hemos |he |ha |han )?(?:quedamos|quede|quedo|quedaron|quedado) dormid\w*"
     r"|\bse (?:nos |me |le |les )?(?:pegaron|han pegado|ha pegado|pego) las sabanas\b", "overslept"),
    # "ya está mejor", "ya se encuentra bien": recovered now (not a name "Ya" opening the sentence)
    (r"\b(?:(el|ella|ellos|ellas) )?ya (?:esta|estan|se encuentra|se encuentran|se siente|se sienten)"
     r" (?:mucho |bastante )?(?:mejor|mejores|bien)\b",
     lambda m: {"ella": "she's", "ellos": "they're", "ellas": "they're"}.get(m[1] or "", "he's") + " better now"),
    # "ya le bajó la fiebre", "ya se le ha pasado la fiebre", "ya no tiene fiebre": the fever is gone (recovered, not
    # an illness of the day)
    (r"\b(?:que |porque )?ya (?:se )?(?:le |les )?(?:bajo|ha bajado|bajaron|paso|ha pasado|quito|ha quitado|fue|ha ido"
     r"|se fue|se ha ido) (?:la fiebre|la calentura|la temperatura|el dolor|la tos|el virus)\b"
     r"|\b(?:que |porque )?ya no (?:tiene|tienen) (?:fiebre|calentura|temperatura)\b", ". she's better now."),
    # "no es mañana, es el jueves", "no es para el lunes sino para el martes": not that day, the other (a
    # self-correction: the day after "no es" is taken back)
    (r"\bno (?:es|sera|era)(?: para)?(?: el)? (hoy|manana|pasado manana|lunes|martes|miercoles|jueves|viernes)\b,?"
     r" (?:(?:es|sera|era|sino|si no)(?: que)? )?(?:para )?(?:el )?(hoy|manana|pasado manana|lunes|martes|miercoles"
     r"|jueves|viernes)\b", r"not \1, \2"),
    # "bueno no perdón, hoy sí va", "perdón, me equivoqué: es el martes": a self-correction (what came before is
    # taken back)
    (r"\b(?:bueno,? |ay,? |uy,? )?(?:no,? )?(?:perdon\w*|disculp\w*|lo siento),? (?:(?:no,? )?me (?:equivoque|confundi"
     r"|he equivocado|he confundido|lie|he liado)\b,?|no\b,?)"
     r"|\b(?:bueno,? )?no,? (?:perdon\w*|espera|espere)\b,?(?= (?:hoy|manana|pasado|el |es |era |lunes|martes|miercoles"
     r"|jueves|viernes|\d))",
     "no wait,"),
    # "el jueves, perdón, el viernes", "mañana, digo, el lunes": a day taken back at once (the second replaces it)
    (r"\b(hoy|manana|lunes|martes|miercoles|jueves|viernes)((?: \d{1,2})?),? (?:perdon\w*|disculp\w*|digo|quiero decir"
     r"|quise decir|mejor dicho|o sea)(?: (?:quiero|quise) decir)?\b,?"
     r"(?= (?:(?:el|la|para el|es el|es) )?(?:hoy|manana|pasado|lunes|martes|miercoles|jueves|viernes|\d))",
     r"\1\2, sorry, i mean"),
    # "es mañana que no puede ir", "es el lunes cuando falta": that day is the one off (the one before taken back)
    (r"\b(?:es|sera|era) (?:el )?(manana|pasado manana|lunes|martes|miercoles|jueves|viernes)(?: (\d{1,2}))?"
     r",? (?:que|cuando)\b(?: (?:(?:el|ella|ellos|ellas) )?(no (?:puede|pueden|podra|podran) (?:ir|venir)"
     r"(?: al (?:cole|colegio)| a (?:clase|la escuela))?"
     r"|no (?:va|van|ira|iran|viene|vienen|vendra|vendran)(?: al (?:cole|colegio)| a (?:clase|la escuela))?"
     r"|falta|faltan|faltara|faltaran|se queda en casa|se quedan en casa)\b)?",
     lambda m: f"it's {m[1]}{' ' + m[2] if m[2] else ''} that" + (" she won't be in" if m[3] else "")),
    # "lo llevo ahora", "ahora mismo la acerco (al cole)": bringing the child in now (a late arrival)
    (r"\b(?:(?:ahora(?: mismo)?|ya) (?:lo|la|los|las|le|les) (?:llevo|llevamos|traigo|traemos|acerco|acercamos)"
     r"(?: (?:al colegio|al cole|a clase|a la escuela))?|(?:lo|la|los|las|le|les) (?:llevo|llevamos|traigo|traemos"
     r"|acerco|acercamos)(?: (?:al colegio|al cole|a clase|a la escuela))? (?:ahora(?: mismo)?|ya|enseguida"
     r"|en seguida))(?= *[,.;!]| *$| y\b)", "i'm bringing him in now"),
    # "la traigo de vuelta para la tarde": I'll bring her back for the afternoon (out for the morning only)
    (r"\b(?:lo|la|le|los|las|les) (?:traigo|traere|traemos|traeremos|llevo|llevare|llevamos|llevaremos|acerco"
     r"|acercare|acercamos|vuelvo a traer|vuelvo a llevar|voy a traer|vamos a traer) (?:de (?:vuelta|nuevo|regreso) )?"
     r"(?:al colegio |al cole |a clase |a la escuela )?(?:de (?:vuelta|nuevo|regreso) )?(?:para|por|en) la tarde\b",
     "i'll bring her in for the afternoon"),
    (r"\b(?:vuelve|vuelven|volvera|volveran|regresa|regresan|regresara|estara de vuelta|estaran de vuelta|vendra"
     r"|vendran|ira|iran|viene|vienen|entrara|entraran)"
     r"(?: al colegio| al cole| a clase| a la escuela)? (?:para|por|en) la tarde\b", "she'll be in for the afternoon"),
    # "ayer volvimos tardísimo del cumpleaños": we got back very late from a party (over; not why he is off today)
    # ("llegamos tarde" alone is a late arrival at school: only with "a casa" or where from)
    (r"\b(?:(?:volvimos|regresamos|volvieron|regresaron|volvio|regreso)(?: a casa)?(?: (?:muy|bastante|super|re"
     r"|demasiado))? (?:tarde|tardisimo)(?: a casa)?|(?:llegamos|vinimos|llegaron|llego)(?:(?: a casa)?(?: (?:muy"
     r"|bastante|super|re|demasiado))? (?:tarde|tardisimo)(?: a casa)?(?= (?:del?|de la|de los|de las)\b)|(?: (?:muy"
     r"|bastante|super|re|demasiado))? (?:tarde|tardisimo) a casa))(?: (de la|de los|de las|del?)\b)?",
     lambda m: "we got back very late" + (" from" if m[1] else "") + (" the" if m[1] and m[1] != "de" else "")),
    # "después de comer": after lunch (before the "después" of a return)
    (r"\bdespues (?:de comer|de la comida|del almuerzo|de almorzar|del mediodia|de mediodia)\b", "after lunch"),
    # "irá después de comer": in for the afternoon
    (r"\b(?:ira|iran|vendra|vendran|va|van|viene|vienen|entrara|entraran|llegara|llegaran|ira a clase)"
     r"(?: (?:al colegio|al cole|a clase|a la escuela|al instituto))? (?=after lunch\b)", "will be in "),
    # "sobre el mediodía", "a eso del mediodía", "hacia el mediodía": around noon (a time)
    (r"\b(?:sobre|hacia|a eso|alrededor|como a|cerca|para) (?:del|de el|el|de) mediodia\b", "around 12:00"),
    # "cita ... y luego vuelve al colegio", "dentista ... después va al cole": in school after the appointment (the
    # morning only; in the appointment's sentence, not "cuando se mejore, luego vuelve"; not "luego vuelve el lunes",
    # a day of return, nor "luego vuelve a casa")
    (r"\b((?:cita|consulta|medico|dentista|pediatra|oculista|oftalmolog\w*|ortodonc\w*|hospital|analisis|vacuna\w*"
     r"|fisio\w*|revision|appointment|doctor|dentist|optician|orthodontist|physio|vaccination\w*|gp)\b"
     r"[^.;!?]{0,100}?)(?:y )?(?:luego|despues|despues de la cita|tras la cita),?(?: ya)? (?:(?:el|ella) )?"
     r"(?:(?:vuelve|vuelven|volvera|volveran|regresa|regresan|regresara|regresaran)"
     r"(?=\s*(?:[.,;!]|$)| y\b| (?:a|sobre|hacia|a eso de|alrededor de|como a|para) las? \d| around 12:00)"
     r"|(?:vuelve|vuelven|volvera|volveran|regresa|regresan|regresara|regresaran|va|van|ira|iran|viene|vienen|vendra"
     r"|vendran|se incorpora|se incorporara) (?:al colegio|al cole|a clase|a clases|a la escuela|al instituto"
     r"|al insti)\b(?! (?:el|la|los|las|manana|pasado|hoy|lunes|martes|miercoles|jueves|viernes|en|hasta|despues"
     r"|tras|after lunch|por la tarde|para la tarde|en la tarde)\b))", r"\1will be in after"),
    # "vuelve al colegio sobre las 11", "regresa a clase a eso de las 11:30": in school at that time
    (r"\b(?:vuelve|vuelven|volvera|volveran|regresa|regresan|regresara|regresaran|se incorpora|se incorporara)"
     r" (?:al colegio|al cole|a clase|a clases|a la escuela|al instituto|al insti)"
     r" (?:(al mediodia)\b|(?=(?:a|sobre|hacia|a eso de|alrededor de|como a|para) las? (?:\d|(?:una|dos|tres|cuatro"
     r"|cinco|seis|siete|ocho|nueve|diez|once|doce)\b)"
     r"|around 12:00))", lambda m: "will be in school " + ("at 12:00" if m[1] else "")),
    # "llegará al cole hacia el mediodía": the arrival time
    (r"\bllega\w* (?:al colegio |al cole |a clase |a la escuela )?(?=around 12:00)", "will arrive "),
    # "por la mañana no lo llevo": kept off for the morning
    (r"\b(?:(?:hoy )?por la manana|esta manana),? no (?:lo|la|los|las|le|les) (?:llevo|llevamos|traigo|traemos"
     r"|voy a llevar|vamos a llevar|llevare|llevaremos)(?: (?:al colegio|al cole|a clase|a la escuela))?\b"
     r"|\bno (?:lo|la|los|las|le|les) (?:llevo|llevamos|traigo|traemos|voy a llevar|vamos a llevar|llevare"
     r"|llevaremos)(?: (?:al colegio|al cole|a clase|a la escuela))? (?:(?:hoy )?por la manana|esta manana)\b",
     "i won't bring him in this morning"),
    # "se irá del colegio a las 12": leaving school early (collected before the afternoon)
    (r"\bse (?:ira|iran|va|van|marcha|marchan|marchara|marcharan|va a ir|van a ir|tiene que ir|tendra que ir)"
     r" (?:del colegio|del cole|de clase|de la escuela|del instituto|del insti)\b", "will leave school"),
    # "tiene que salir a la una": leaving school early
    (r"\b(?:tiene que|tendra que|va a|debe|necesita|tienen que|tendran que|van a|deben) salir"
     r"(?: (?:del colegio|del cole|de clase|antes|temprano|antes de tiempo))?\b", "has to leave"),
    # "¿podrían Elena e Iker salir a las 12 el jueves?", "¿puede Pablo salir antes?": a request to leave early
    # ("could they leave at 12"); the names may stand before or after the verb
    (r"\b(?:por favor,? )?(?:podrian|podria|pueden|puede|podrias|puedes|seria posible que)"
     r"((?: (?!salir\b)[^\W\d_]+){0,4}?) (?:salir|saliera|salieran|retirarse|irse|marcharse)"
     r"(?: (?:del colegio|del cole|de clase|antes|temprano|antes de tiempo))?\b",
     lambda m: f"could{m[1]} leave"),
    # "Daniel saldrá a las 12 el jueves": leaves school at that time (collected early)
    (r"\b(?:saldra|saldran|sale|salen)(?: (?:del colegio|del cole|de clase|antes|temprano))? (?=a (?:las?|eso) )",
     "will leave "),
    # "volamos el jueves por la tarde": the flight (the holiday or event is the reason)
    (r"\b(?:volamos|volaremos|vuela|vuelan|volara|volaran|sale nuestro vuelo|sale el vuelo)\b(?= (?:el|este|esta"
     r"|manana|hoy|lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b)", "we fly"),
    # clock times: "a la una", "9 y cuarto", "las diez y media", "las nueve menos cuarto"
    (r"\b(?:a )?la (una)( y media| y cuarto| menos cuarto| (?:y|menos) (?:veinticinco|veinte|diez|cinco))?\b"
     r"(?! (?:de (?:ellas|ellos|las|los)|vez|semana|dias|minutos|horas))",
     lambda m: "at " + _clock(m[1], m[2])),
    # "sobre las 9 y 10": ten past nine (not "entre las 9 y las 10")
    (r"(?<!\bentre )\blas (\d{1,2}) y (\d{1,2})\b(?! ?(?:dias|minutos|min\b|horas|semanas|anos|meses|:|de ))",
     lambda m: f"las {int(m[1])}:{int(m[2]):02d}" if 1 <= int(m[1]) <= 12 and 0 < int(m[2]) < 60 else m[0]),
    (r"\b(\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)( y media| y cuarto| menos cuarto"
     r"| (?:y|menos) (?:veinticinco|veinte|diez|cinco))\b(?! (?:dias|minutos|horas|semanas|anos|meses))",
     lambda m: _clock(m[1], m[2])),
    (r"\b(\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce) en punto\b",
     lambda m: _clock(m[1], None)),
    # "llegará sobre las diez", "a eso de las once": an hour in words after "las"
    (r"\b(sobre|hacia|a eso de|alrededor de|a|para|como a|antes de|despues de) las (dos|tres|cuatro|cinco|seis|siete"
     r"|ocho|nueve|diez|once|doce)\b(?! (?:dias|minutos|horas|semanas|anos|meses|de la (?:tarde|noche))\b)",
     lambda m: f"{m[1]} las {_HOURS[m[2]]}"),
    # "hay un atasco en la rotonda del hospital": stuck in traffic (the hospital is only a place)
    (r"\b(?:(?:hay|habia) (?:un )?(?:atasco|embotellamiento|trafico)|(?:estamos|estoy) (?:atrapad|atascad|parad)\w*"
     r"(?: en (?:un |el )?(?:atasco|embotellamiento|trafico))?|\batasco|\bembotellamiento)\b", "stuck in traffic"),
    (r"\btrafico\b", "traffic"), (r"\bpor culpa d(?:e|el)\b|\ba causa d(?:e|el)\b", "because of"),
    (r"\b(?:en |a |de )?(?:la |el )?(rotonda|glorieta|calle|avenida|carretera|cruce|semaforos?|parking|aparcamiento"
     r"|entrada|salida) del hospital\b", lambda m: " at the hospital " + _PLACES.get(m[1], "road")),
    (r"\brotondas?\b|\bglorietas?\b", "roundabout"),
    # "calculo que a las 9:15 estamos allí": the arrival
    (r"\b(?:calculo|calculamos|creo|supongo|imagino|espero|esperamos) que\b", "i think"),
    # "Leo ya está en el cole": already in school (present, not an arrival to come)
    (r"\b(?:ya (?:esta|estan)|(?:esta|estan) ya) (?:en (?:el cole|el colegio|la escuela|clase)|alli)\b",
     "is already in school"),
    (r"\b(?:estamos|estaremos|llegamos|llegaremos|estara|estaran) (?:alli|ahi|alla|en el cole|en el colegio)\b",
     "we'll be there"),
    # "mañana les aviso cómo siguen": an update tomorrow, not an absence tomorrow
    (r"\b(manana|esta tarde|luego|mas tarde) (?:les|le|os|te) (?:aviso|avisare|avisamos|avisaremos|digo|dire|cuento"
     r"|contare|informo|informare|escribo|escribire|comento)\b(?: (?:como|que tal) (?:sigue|siguen|esta|estan|va|van"
     r"|evoluciona|evolucionan|amanece|amanecen|se encuentra|se encuentran)\b)?",
     lambda m: "i'll let you know " + {"manana": "tomorrow", "esta tarde": "this afternoon"}.get(m[1], "later")
     + " how they are"),
    # "si sigue igual mañana os vuelvo a escribir": if no better, another message later (an update, not a day off)
    (r"\bsi (?:sigue|siguen|esta|estan|continua|continuan) (?:igual|asi|mal|sin mejorar|con fiebre)\b",
     "if he's still the same"),
    (r"\b(?:(?:les|le|os|te) )?(?:vuelvo|volvere|volvemos|volveremos) a (?:escribir|avisar|contactar|llamar|informar)"
     r"(?:les|le|os|te)?\b", "i'll let you know"),
    (r"\b(?:les|le|os|te) (?:aviso|avisare|avisamos|avisaremos|informo|informare)\b", "will let you know"),
    # "ya estamos en contacto con CAMHS": in touch with (not an appointment)
    (r"\b(?:ya )?(?:estamos|estoy|esta) en (?:contacto|seguimiento|tratamiento) con\b", "we are in touch with"),
    (r"\bno (?:ha sido|fue|es|era) capaz (?:ni )?de\b", "couldn't"),
    (r"\b(?:una )?(?:epoca|racha|temporada) (?:muy )?mala\b|\bmala (?:epoca|racha|temporada)\b", "a bad time"),
    # "infección de orina", "mareada", "sin falta", "los deberes", "una radiografía"
    (r"\binfecci(?:on|ones) (?:de orina|urinaria|de vejiga)\b", "urinary infection"),
    (r"\binfecci(?:on|ones)\b", "infection"),
    (r"\b(?:esta|anda|se siente|se encuentra) (?:muy |un poco |algo )?mare(?:ad[oa]s?)\b|\bmaread[oa]s?\b"
     r"|\bnauseas?\b|\bganas de vomitar\b", "feels sick"),
    # "mañana irá sin falta": in tomorrow (the English rules read "will be in" at the end of its clause)
    (r"\b(?:ira|iran|vendra|vendran|va|van|viene|vienen)(?: (?:al colegio|al cole|a clase|a la escuela))?"
     r" sin falta\b", "will be in"),
    # "Mañana sin falta.": in tomorrow without fail (the day alone, ending its clause, is the day of return)
    (r"\b(manana|el (?:lunes|martes|miercoles|jueves|viernes)) sin falta(?=\s*(?:[.,;!]|$))", r"will be in \1"),
    (r"\bsin falta\b", "without fail"), (r"\b(?:los |sus )?deberes\b|\b(?:la |las |sus )?tareas? de casa\b",
                                           "homework"),
    (r"\b(?:le )?(?:hicieron|han hecho|ha hecho|hizo) (?:una |unas )?(?=radiograf|rayos|resonancia|ecograf|analisis)",
     "had "),
    (r"\bradiograf\w*|\brayos x\b", "x-ray"),
    # "si se le pasa, la llevo después de comer": she comes in later in the day
    (r"\b(?:lo|la|le|los|las|les) (?:llevo|llevare|llevamos|llevaremos|traigo|traere|traemos|traeremos|acerco"
     r"|acercare|acercamos)(?: (?:al colegio|al cole|a clase|a la escuela|al instituto))? (?=after lunch\b)",
     "i'll bring her in "),
    # "Irene se tendrá que venir con nosotras": she comes along with the child already out (on the same days, too)
    (r"\b(?:se )?(?:tendra|tiene|va a tener|tendran|tienen|van a tener) que venir(?:se)? con (?:nosotr[oa]s|migo"
     r"|ellas?|ellos)\b(?! (?:tambien|igualmente)\b)", "will have to come with us too"),
    # "no llegamos a tiempo para recogerla": in time to collect her (the errand, not a collection from school)
    (r"\b(?:a tiempo )?para (?:ir a )?recoger(?:lo|la|le|los|las|les)\b", "in time to collect her"),
    # "le recojo a las 13:00", "paso a recogerla": collected from school
    (r"\b(?:lo|la|le|los|las|les) (?:recojo|recogemos|recogere|recogeremos|recoge|recogera|voy a recoger"
     r"|vamos a recoger|paso a recoger|pasare a recoger|pasamos a recoger)\b|\b(?:voy|vamos|paso|pasare|pasamos"
     r"|pasaremos|ire|iremos|va|vendra|viene) a recoger(?:lo|la|le|los|las|les)?\b"
     r"|\brecoger(?:lo|la|le|los|las|les)\b", "i'll collect him"),
    # "después de comer recogeré a Elena": collected at lunchtime, before the afternoon (out for the afternoon)
    (r"\bafter lunch,? (?:today )?(i'll collect [a-z]+)\b|\b(i'll collect [a-z]+) (?:today )?after lunch\b",
     lambda m: f"{m[1] or m[2]} at lunchtime"),
    # "lo llevo al médico", "al centro de salud": to the doctor's
    (r"\b(?:al|a la) (?:medic[oa]|doctor[a]?|pediatra)\b", "to the doctor"), (r"\bal dentista\b", "to the dentist"),
    (r"\bal (?:centro de salud|ambulatorio|consultorio)\b", "to the gp"),
    # "se queda hoy en casa": staying home today
    (r"\b(se (?:queda|quedan|quedara|quedaran)) (hoy|manana|esta manana|esta tarde) en casa\b", r"\1 en casa \2"),
    # "no me da tiempo a llevarlos al cole": no time to take them in (kept off for the family's reasons)
    (r"\bno (?:me|nos) (?:da|dara|daba|va a dar) (?:el )?tiempo (?:a|de|para) (?:llevarl\w*|traerl\w*|acercarl\w*"
     r"|dejarl\w*)(?: (?:al colegio|al cole|a clase|a la escuela|al instituto))?", "no one to take them to school"),
    # "llevar al pequeño al médico y no me da tiempo a llevarlos al cole": the little one is not among those kept home
    (r"\btake the little one\b(?=[^.!?]*\bno one to take them\b)", "take their little brother"),
    # "el pequeño ha pasado la noche con fiebre y no tengo con quién dejarlo": the little one, left at home with the
    # parent, is a younger sibling (the named pupil is kept off to stay with them)
    (r"\b(?:el|la) (pequen[oa]|pequenit[oa]|peque|bebe|nene|nena|chiquit[oa]|pequenin[oa]?)\b(?=[^.!?]*\bno (?:tengo"
     r"|tenemos|hay) (?:a )?(?:nadie )?con quien dejarl[oa]\b)",
     lambda m: "his little " + ("sister" if m[1].endswith("a") else "brother")),
    # "no tengo con quién dejar a Iker malito": no one to mind the (ill) sibling, so the other child stays home
    # (the sibling's illness is not the reason of the child kept home)
    (r"\bno (?:tengo|tenemos|hay) (?:a )?(?:nadie )?con quien dejar (?:a )?(?!(?:al|el|la|los|las|lo|le)\b)([a-z]+)"
     r"(?: (?:malit[oa]s?|enferm[oa]s?|mal[oa]s?|con fiebre))?\b", r"there is no one to mind \1"),
    # "no tengo quien lo lleve", "no tengo cómo llevarlo": no one to take him in (kept off for the family's reasons)
    (r"\bno (?:tengo|tenemos|hay) (?:a )?(?:nadie (?:que|quien) |quien |con quien |como )"
     r"(?:lo |la |le |los |las |les )?(?:lleve|lleven|traiga|traigan|acerque|acompane|cuide|cuiden"
     r"|llevar\w*|traer\w*|acercar\w*|dejar\w*)\b"
     r"|\bno (?:puedo|podemos) (?:llevarl\w*|traerl\w*|acercarl\w*"
     r"|(?:lo|la|los|las|le|les) (?:llevar|traer|acercar))\b",
     "no one to take him"),
    # "tampoco puede ir hoy": he is off too
    (r"\btampoco (?:puede|pueden|podra|podran|va|van|ira|iran|viene|vienen|vendra|vendran|asistira|asistiran)"
     r"(?: a (?:poder )?(?:ir|venir|asistir))?(?: (?:a ir|ir|venir|asistir))?(?: (?:al colegio|al cole|a clase"
     r"|a la escuela))?", "won't be in either"),
    # "mañana seguramente tampoco": probably tomorrow too
    (r"\b(manana|pasado manana|el (?:lunes|martes|miercoles|jueves|viernes))"
     r" (?:seguramente|probablemente|seguro que|posiblemente|quizas?|tal vez|igual|a lo mejor) tampoco\b",
     r"probably \1 too"),
    (r"\b(?:seguramente|probablemente|posiblemente|quizas?|tal vez|a lo mejor)\b", "probably"),
    (r"\b(manana|pasado manana|el (?:lunes|martes|miercoles|jueves|viernes)) tampoco\b", r"\1 too"),
    # "se ha torcido el tobillo", "un esguince": a sprain
    (r"\b(?:se )?(?:ha |le ha |se le ha |le )?(?:torcido|torcio|doblado|doblo|tuerce) (?:el |la |un |una )?"
     r"(?:tobillo|muneca|rodilla|pie|dedo|mano|cuello|espalda)\b|\besguince\w*", "sprained his ankle"),
    # "no puede apoyar el pie": cannot walk (not "won't be in")
    (r"\bno (?:puede|podia|consigue|es capaz de) (?:apoyar|andar|caminar|mover|pisar|doblar)\w*"
     r"(?: (?:el|la|los|las) (?:pie|pies|pierna|piernas|tobillo|brazo|mano|rodilla))?(?: (?:bien|nada))?",
     "can't walk"),
    # "no va a poder ir", "no van a ir": not coming in
    (r"\bno (?:va|van|vamos|voy) a (?:poder )?(?:ir|venir|asistir|llevarl\w*)(?: (?:al colegio|al cole|a clase"
     r"|a la escuela|a clases))?\b", "won't be in"),
    # "todavía no sé si es el jueves o el viernes": which of the days is not known yet (ask, do not place it)
    (r"\b(?:(?:todavia|aun) )?no (?:se|sabemos|sabe)(?: (?:todavia|aun))? si (?:es|sera|va a ser|seria|cae)\b",
     "i'm not sure yet if it's"),
    (r"\b(?:ese|el) (?:mismo )?dia (?=falt\w*|absent\b|won't be in\b|no (?:ira|vendra|va|viene)\b)",
     "that day "),
    # "todavía no sé el día", "aún no sabemos qué día": the day is not known yet (ask, do not place it)
    (r"\b(?:(?:todavia|aun) )?no (?:se|sabemos|lo se|lo sabemos|tenemos|tengo)(?: (?:todavia|aun))? (?:el|que|cual|la)"
     r" (?:dia|fecha)\b(?: (?:todavia|aun))?(?! (?:vuelve|vuelven|volvera|volveran|regresa|regresara))",
     "i don't know the day yet"),
    # "hasta que se recupere": a vague end
    (r"\bhasta que (?:se )?(?:recupere|recuperen|mejore|mejoren|cure|curen|ponga bien|pongan bien|encuentre mejor"
     r"|encuentren mejor|este mejor|esten mejor|este bien|esten bien|se le pase|se les pase|le baje la fiebre)\b",
     "until she's better"),
    (r"\b(?:les|le|os|te) (?:voy|vamos|ire|iremos) (?:informando|avisando|contando)\b|\b(?:les|le|os|te)"
     r" (?:mantengo|mantendre|mantendremos|tendre|tendremos) (?:informad\w*|al tanto)\b", "will keep you updated"),
    (r"\b(?:se )?(?:queda|quedan|quedara|quedaran|quedaria|estara|estaran|va a estar|van a estar|va a quedarse"
     r"|van a quedarse|se va a quedar|se van a quedar) en casa\b", "staying home"),
    # "tiene que quedarse en casa", "debe quedarse en casa", "dice que se quede en casa": has to stay at home
    (r"\b(?:(?:tiene|tienen|tendra|tendran|debe|deben|debera|deberan|necesita|necesitan) (?:que )?quedarse"
     r"|(?:se )?(?:tiene|tienen|tendra|tendran|debe|deben) (?:que )?quedar|que se (?:quede|queden)) en casa\b",
     "has to stay at home"),
    (r"\bmigran\w*|\bjaqueca\w*", "migraine"),
    # "así que", "por eso": so (a new clause); "porque", "ya que": because
    (r"\b(?:asi que|por eso|por lo que|de modo que|de manera que|asi pues)\b", "so"),
    # "no puedo dejarla sola": I can't leave her alone (the child kept home with a sibling, for the family's reasons)
    (r"\bno (?:puedo|podemos|quiero|queremos) dejar(?:l[oa]s?|te)? sol[oa]s?\b"
     r"|\bno (?:puedo|podemos|quiero|queremos) (?:l[oa]s?) dejar sol[oa]s?\b", "i can't leave her alone"),
    # "Como no puedo ...", "Como está malita, ...": as (the cause of the clause that follows), not a name
    (r"(?:^|(?<=[.!?;,] )|(?<=[.!?;,]))(?:¿ ?)?como (?=no\b|(?:yo|el|ella|ellos|ellas|nosotros|tengo|tenemos"
     r"|tiene|tienen|esta|estan|estoy|estamos|hay|se|me|nos|le|les|mi|mis|su|sus|i)\b)", "as "),
    (r"\b(?:porque|ya que|puesto que|dado que)\b", "because"),
    (r"\b(?:estoy|estamos) (?:sol[oa]s?|a solas) (?:en casa )?con (?:ella|el|ellos|ellas)\b",
     "i'm alone at home with her"),
    # "los tres niños": all three
    (r"\b(?:los|las|mis) (?:tres|3)(?! (?:dias|semanas|horas|meses))(?: (?:ninos|ninas|hijos|hijas|chicos|chicas"
     r"|nenes|nenas|peques|crios))?\b|\b(?:todos|todas) (?:los|las|mis) (?:tres|3)\b", "all three"),
    (r"\b(?:los|las|mis) (?:cuatro|4)(?! (?:dias|semanas|horas|meses))(?: (?:ninos|ninas|hijos|hijas|chicos|chicas"
     r"|nenes|nenas|peques|crios))?\b|\b(?:todos|todas) (?:los|las|mis) (?:cuatro|4)\b", "all four"),
    # "hasta el viernes incluido": inclusive
    (r"\bhasta el (?=(?:lunes|martes|miercoles|jueves|viernes)\b)", "until "),
    # "hasta el viernes 18/12, ambos inclusive" (both ends included): the end is included
    (r"\b(?:ambos|ambas|los dos|las dos|ambos dias|los dos dias) (?:inclusive|incluidos|incluidas)\b", "inclusive"),
    (r"\bincluid[oa]s?\b|\bincluso\b(?= *[.,;!]|$)", "inclusive"),
    # "volvemos el viernes": the family is back, the child with it
    (r"\b(?:volvemos|volveremos|regresamos|regresaremos|vuelva|vuelvan)\b(?! a (?!clase|la escuela|casa))", "back"),
    # back in school after the appointment: "después lo llevo al cole"
    (r"\b(?:despues|luego|y luego|y despues),?(?: ya)? (?:lo|la|los|las) (?:llevo|llevamos|traigo|traemos|dejo|dejamos"
     r"|acerco|acercamos|llevare|dejare|voy a llevar|voy a dejar)"
     r"(?: al (?:colegio|cole|instituto)| a (?:clase|la escuela"
     r"|el colegio))?\b", "will be in after"),
    (r"\b(?:llegara|llegaran|vendra|vendran|entrara|entraran|ira|iran)(?: al (?:cole|colegio)| a clase)?"
     r" (?:a|hacia|sobre) (?:media manana|mitad de la manana)\b", "will be in after"),
    (r"\b(?:a|hacia|sobre) media manana\b", "mid-morning"),
    (r"\b(?:rehabilitacion|fisioterap\w*|fisio)\b", "physio"),
    # "hasta que empiecen las clases en enero": the first day of the new term, after the Christmas closure
    (r"\bhasta (?:que (?:empiecen|empiece|vuelvan|comiencen|comience|se reanuden) (?:las clases|el cole|el colegio"
     r"|el trimestre|la escuela)|(?:la vuelta|el inicio|el comienzo)"
     r" (?:de las clases|al cole|al colegio|del trimestre))"
     r"(?: (?:en enero|despues de (?:navidad|las vacaciones|reyes)|tras (?:navidad|las vacaciones)))?",
     "until after the christmas holidays"),
    (r"\bsu (?:hermano|hermanito)\b", "his brother"), (r"\bsu (?:hermana|hermanita)\b", "his sister"),
    (r"\b(\d{1,2}(?:[:.]\d\d)?) de la (?:manana|mananita)\b", r"\1 am"),
    # "si falta toda la mañana", "faltaría toda la mañana": she misses the morning
    (r"\b(si )?falt(?:a|aria|ara|e|ar) (?:toda|durante toda) la (?:manana|mananita)\b",
     lambda m: "if she misses the morning" if m[1] else "will miss the morning"),
    # "toda la mañana", "durante la mañana": all morning ("mañana" after "la" is the morning, not tomorrow)
    (r"\b(?:toda|durante|durante toda) la (?:manana|mananita)\b", "all morning"),
    (r"\b(\d{1,2}(?:[:.]\d\d)?) de la (?:tarde|noche)\b", r"\1 pm"),
    # "lo llevaré al cole en cuanto terminemos": back in school after the appointment
    (r"\b(?:lo|la|los|las|le|les) (?:llevo|llevare|llevamos|llevaremos|traigo|traere|traeremos|dejo|dejare|dejaremos"
     r"|acerco|acercare|acercaremos)\w*(?: (?:al colegio|al cole|a clase|a la escuela|al instituto))?,?"
     r" (?:en cuanto|cuando|nada mas|tan pronto como|apenas|despues de que|una vez que) (?:terminemos|termine"
     r"|terminen|acabemos|acabe|acaben|salgamos|salga|salgan)\b", "i'll bring him in after"),
    (r"\b(?:en cuanto|cuando|nada mas|tan pronto como|apenas|una vez que) (?:terminemos|termine|acabemos|acabe"
     r"|salgamos|salga),? (?:lo|la|los|las|le|les) (?:llevo|llevare|llevamos|llevaremos|traigo|traere|dejo|dejare"
     r"|acerco|acercare)\w*(?: (?:al colegio|al cole|a clase|a la escuela|al instituto))?", "i'll bring him in after"),
    # "se ha roto la muñeca", "le han escayolado": an injury
    (r"\b(?:se )?(?:ha |han |le ha |se le ha )?(?:roto|rompio|fracturado|fracturo|partido|partio) (?:la |el |una |un )?"
     r"(muneca|brazo|pierna|tobillo|dedo|mano|pie|nariz|clavicula|codo|hombro|rodilla)\b",
     lambda m: "broken " + _BODY[m[1]]),
    (r"\b(?:una |la |un |el )?(?:escayola|yeso|ferula)\b|\bescayolad\w*", "a cast"),
    (r"\bo\b|\bu\b(?= h?o)", "or"),
    # "se olvidó la chaqueta ahí el viernes", "se dejó la mochila en el cole": a thing left behind then (a past
    # remark, not a day off)
    (r"\b(?:(el|ella) )?(?:se (?:le |les )?(?:olvido|olvidaron|dejo|dejaron)|olvido|dejo)"
     r" (?:el |la |los |las |su |sus )?(?=[a-z-]+ (?:ahi|alli|en el cole|en el colegio|en clase|en la escuela)\b)",
     lambda m: {"el": "he ", "ella": "she "}.get(m[1] or "", "") + "had forgotten his "),
    # "no vuelve hasta después de las vacaciones": absent until the holidays, not a holiday
    (r"\b(?:no )?(?:vuelve|vuelven|volvera|volveran|regresa|regresan|regresara|se incorpora\w*)(?: (?:al colegio"
     r"|al cole|a clase))?(?: (?:hasta|ya))? (?:despues de|tras) (?:(?:las )?vacaciones(?: de navidad)?"
     r"|(?:las )?navidad(?:es)?|(?:las )?fiestas|(?:el )?ano nuevo|(?:los )?reyes)\b",
     "won't be back until after the christmas holidays"),
    (r"\bni\b(?= (?:hoy|manana|el |la |lunes|martes|miercoles|jueves|viernes|pasado))", "and"),
    # "los demás (niños) sí irán": the others come in
    (r"\blos (?:demas|otros)(?: (?:dos|tres|ninos|chicos|hermanos|crios))?(?: si)? (?:iran|van|vienen|vendran"
     r"|asistiran)(?: (?:al colegio|al cole|a clase|a la escuela))?(?: (?:normalmente|con normalidad|normal))?",
     "the others will be in as normal"),
    (r"\bexamen de (?:acceso|admision|ingreso)\b|\bprueba de acceso\b|\bentrevista\w*", "entrance exam"),
    (r"\b(?:esta|estan) (?:malo|mala|malito|malita|malos|malas|pachuch\w*)\b", "is ill"),
    # "mañana normal", "el lunes ya normal": in as usual that day (after an absence today)
    # (at the head of a clause: "vuelve mañana normal" is the return day, left to the rules below)
    (r"(?:(?<![a-z] )|(?<=\by ))\b(manana|pasado manana|el (?:lunes|martes|miercoles|jueves|viernes))(?:,)? "
     r"(?:ya )?(?:todo )?(?:normal|normalmente|con normalidad|como siempre)\b(?! (?:de|del|que)\b)",
     r"will be in as normal \1"),
    # "nos vamos de día libre", "un día libre": a day off
    (r"\b(?:de |un |el )?dia libre\b", "a day off"),
    # "Diego ira normal": that child comes in as usual
    (r"\b(?:ira|iran|vendra|vendran|va|van|viene|vienen)(?: (?:al colegio|al cole|a clase|a la escuela))?"
     r" (?:normal|normalmente|con normalidad|como siempre|como de costumbre)\b", "will be in as normal"),
    # "Carlos va hoy, pero el jueves no irá", "Marcos irá pero llegará tarde": that child comes in (the clause ends
    # there; "no va", "se va", "si va" are not an attendance)
    (r"(?<!\bno )(?<!\bsi )(?<!\bse )(?<!\bme )(?<!\ble )(?<!\bnos )(?<!\bque )(?<!\bya )(?<!\btampoco )"
     r"\b(?:ira|iran|vendra|vendran|va|van|viene|vienen)(?: (?:al colegio|al cole|a clase|a la escuela))?"
     r"(?: (hoy|manana))?(?=\s*(?:[.,;!]|$|pero\b|but\b|aunque\b|y\b))",
     lambda m: "will be in" + (f" {m[1]}" if m[1] else "")),
    # "la voy a dejar en casa", "lo dejo en casa": kept at home
    (r"\b(?:lo|la|los|las) (?:voy a dejar|vamos a dejar|dejo|dejamos|dejare|dejaremos|tengo que dejar)"
     r" en casa\b", "keeping her at home"),
    (r"\bse (?:casa|casan|va a casar|van a casar)\b|\bcasamiento\b", "is getting married"),
    # back in school after the appointment: "lo llevo al cole justo despues"
    (r"\b(?:lo|la|los|las) (?:llevo|llevare|llevamos|llevaremos|traigo|traere|dejo|dejare)\w*"
     r"(?: (?:al colegio|al cole|a clase|a la escuela|al instituto))?,?(?: (?:justo|directamente|inmediatamente))?"
     r" (?:despues|luego|a continuacion)\b", "i'll bring him in after"),
    (r"\b(lunes|martes|miercoles|jueves|viernes) por la (?:manana|mananita)\b", r"\1 morning"),
    (r"\b(lunes|martes|miercoles|jueves|viernes) por la tarde\b", r"\1 afternoon"),
    (r"\b(lunes|martes|miercoles|jueves|viernes) por la noche\b", r"\1 evening"),
    (r"\bel (?=lunes|martes|miercoles|jueves|viernes|sabado|domingo)", "on "),
    (r"\b(lunes|martes|miercoles|jueves|viernes) o (?=lunes|martes|miercoles|jueves|viernes)", r"\1 or "),
    (r"\btiene (?:el |la )?(?:medico|dentista|pediatra|oculista)\b", "has a doctor's appointment"),
    (r"\b(?:vendra|ira|llegara|vuelve|volvera)\w* (?:al colegio |al cole |a clase |al instituto |al insti "
     r"|a la escuela )?despues\b", "will be in after"),
    (r"\bllega\w* (?:al colegio |al cole |a clase |a la escuela )?(?:sobre|a eso de|hacia|a|como a|para) las (?=\d)",
     "will be in by "),
    (r"\b(?:(?:en )?lo que (?:queda|resta) de|(?:el )?resto de) (?:la |esta )?semana\b", "the rest of the week"),
    # "faltará un día de la semana que viene": one day next week, which one not said (cannot be placed)
    (r"\b(?:un|algun) dia (?:de|durante) (?:la semana que viene|la proxima semana|la semana proxima)\b",
     "one day next week"),
    # "no irá el 17 ni el 18", "el 17 y el 18": on both days of the month
    (r"\bel (\d{1,2}) (?:y|ni|e|and) (?:el )?(\d{1,2})\b(?: de (" + "|".join(es for es, _ in _MONTHS) + r")\b)?"
     r"(?! ?(?:[:.h/]\d|am\b|pm\b|horas?\b|minutos?\b|anos?\b| de\b|[a-z]+(?:uary|ber|march|april|may|june|july"
     r"|august)\b))",
     lambda m: f"on {m[1]} {dict(_MONTHS)[m[3]]} and {m[2]} {dict(_MONTHS)[m[3]]}" if m[3]
     else f"on the {_ordinal(m[1])} and the {_ordinal(m[2])}"),
    # "está de viaje por trabajo", "un viaje de negocios": a parent away for work (not a family holiday)
    (r"\b(?:esta|estoy|estamos|estan|se fue|se ha ido|se va|va|se iba) de viaje (?:de|por) (?:trabajo|negocios)\b",
     "is away for work"),
    (r"\bviaje (?:de|por) (?:trabajo|negocios)\b", "work trip"),
    # "su madre está de viaje": a parent away (not the child on holiday)
    (r"\b(?:su|mi|la|el|nuestr[oa]) (madre|padre|mama|papa|marido|mujer)\b(?: (?:ya|ahora|tambien))?"
     r" (?:esta|se fue|se ha ido|anda|se encuentra) de viaje\b",
     lambda m: "his " + {"madre": "mum", "padre": "dad", "mama": "mum", "papa": "dad", "marido": "dad",
                         "mujer": "mum"}[m[1]] + " is away"),
    # "toda la semana que viene", "toda la próxima semana", "la semana que viene entera": all of next week (not this
    # week), each of its days (after "el lunes", an operation's day, the English rules would keep only the Monday)
    (r"\btoda la (?:semana que viene|proxima semana|semana proxima|semana siguiente)\b"
     r"|\bla (?:semana que viene|proxima semana|semana proxima|semana siguiente) (?:entera|completa)\b",
     "monday to friday next week"),
    (r"\b(?:esta|toda la|toda esta) semana\b", "this week"),
    (r"\b(?:todo el dia|el dia entero|todo el dia entero)\b", "all day"),
    (r"\bneumon\w*|\bpulmon\w*", "pneumonia"), (r"\bbronquit\w*", "bronchitis"),
    (r"\brevision\w*|\bcontrol medico\b|\bchequeo\w*|\bconsulta\w*", "check-up"),
    # snow and closed roads: "ha nevado", "la carretera esta cortada"
    (r"\bneva\w*|\bnieve\w*|\bnevada\w*", "snow"), (r"\bhielo\b|\bheladas?\b", "ice"),
    (r"\bcarreteras?\b|\bcaminos?\b|\bcalles?\b", "road"),
    (r"\b(?:esta|estan|han|ha) (?:cortad\w*|cerrad\w*|bloquead\w*)|\b(?:cortad|bloquead)\w*", "closed"),
    (r"\bhuelga\b", "strike"),
    # "Emma si ira": Emma will go (the others are off)
    (r"\bsi (?:ira|iran|va|van|vendra|vendran|viene|vienen)\b(?: (?:al colegio|al cole|a clase|a la escuela))?"
     r"(?: (?:normal|con normalidad|como siempre))?", "will be in as normal"),
    (r"\bel resto de (?:la|esta) semana\b", "the rest of the week"),
    # "sigue con la tripa mal", "tiene la barriga revuelta", "está mal de la tripa": an upset stomach (illness)
    (r"\b(?:(?:la|el|su) )?(?:tripa|barriga|panza|estomago) (?:mal|malita|revuelt[oa]|suelt[oa]|fatal)\b"
     r"|\bmal(?:it[oa])? de(?: la| el)? (?:tripa|barriga|panza|estomago)\b|\bmalestar estomacal\b", "upset stomach"),
    (r"\bdolor\w* de (?:cabeza|barriga|tripa|estomago|garganta|oidos?|muelas)\b|\ble duele\w*", "pain"),
    (r"\bvaricela\b", "chickenpox"), (r"\bconjuntivitis\b", "conjunctivitis"),
    (r"\bresfriad\w*|\bcatarro\b", "cold"), (r"\bse ha caido\b|\bherid\w*", "injured"),
    (r"\bvacun\w*", "vaccination"), (r"\banalisis(?: de sangre)?\b", "blood test"), (r"\boperaci\w*", "operation"),
    (r"\burgencias\b", "a&e"),
    # "se nos ha estropeado el coche", "el coche no arranca", "no ha pasado el autobus": transport
    (r"\bse (?:nos |me )?(?:ha )?(?:estropeado|averiado|roto|estropeo|averio|rompio) el coche\b"
     r"|\b(?:el )?coche (?:se (?:nos |me )?(?:ha )?(?:estropeado|averiado|roto|estropeo|averio|rompio)"
     r"|no (?:arranca|arranco|ha arrancado)|esta en el taller)\b|\baveria\w*|\bpinchazo\b|\bpinchamos\b",
     "car broke down"),
    (r"\bno (?:tenemos|tengo) coche\b", "no car"),
    (r"\bno (?:ha pasado|paso|ha venido|vino|hay) (?:el )?(?:autobus|bus|transporte)\b"
     r"|\b(?:el )?(?:autobus|bus|transporte)(?: escolar)? no (?:ha (?:pasado|venido|llegado)|paso|vino|llego)\b",
     "no bus"),
    (r"\bperd\w* el (?:autobus|bus|tren)\b", "missed the bus"), (r"\bautobus\w*", "bus"),
    # tired, anxious, a panic attack, no clean uniform
    (r"\bcansad\w*|\bagotad\w*|\brendid[oa]s?\b|\bmuerto de sueno\b|\bmuerta de sueno\b", "tired"),
    (r"\b(?:ataque|crisis) de (?:panico|ansiedad)\b", "panic attack"), (r"\bansi\w*", "anxiety"),
    (r"\bdepresi\w*", "depression"), (r"\buniforme\w*", "uniform"),
    (r"\bse ha dormido\b|\bnos hemos dormido\b|\bse quedo dormid\w*", "overslept"), (r"\bayer\b", "yesterday"),
    # "ayer fue el cumple de su primo": it was a relative's birthday (when, not the day of absence)
    (r"\b(?:fue|era) el (?:cumple|cumpleanos|santo) de (?:su|mi|tu|nuestr[oa]) (primo|prima|hermano|hermana|abuelo"
     r"|abuela|tio|tia|amigo|amiga|padre|madre)\b",
     lambda m: "was his " + {"primo": "cousin", "prima": "cousin", "hermano": "brother", "hermana": "sister",
                             "abuelo": "grandad", "abuela": "grandma", "tio": "uncle", "tia": "aunt",
                             "amigo": "friend", "amiga": "friend", "padre": "dad", "madre": "mum"}[m[1]]
     + "'s birthday"),
    # "la abuela cumple 90 años", "vamos a celebrarlo": a family birthday
    (r"\bcumple(?:n)? (?:sus |los )?\d{1,3} anos\b|\bel cumple\b(?= de\b)", "has her birthday"),
    (r"\b(?:a |para )?celebrar(?:lo|la|los)?\b", "to celebrate"),
    (r"\bbautiz\w*", "christening"), (r"\bcumpleanos\b", "birthday"), (r"\bcomunion\b", "religious"),
    (r"\b(?:que )?no (?:vaya|vayan|venga|acuda)\w*", "won't be in"),
    # "hasta el fin del trimestre", "hasta final de trimestre", "hasta que acabe el trimestre": until the holidays
    (r"\bhasta (?:las |el )?(?:vacaciones|(?:fin|final) (?:del?|de este) (?:trimestre|curso))(?: de navidad)?\b"
     r"|\bhasta que (?:acabe|termine|se acabe|se termine) el (?:trimestre|curso)\b", "until the holidays"),
    (r"\b(?:ira|vendra|llegara|vuelve|volvera|entrara)\w* (?:al cole\w* |a clase )?despues del? "
     r"(?:recreo|almuerzo|comer|la cita|mediodia)\b", "will be in after"),
    # "nos vamos el jueves después del cole": after school (outside school hours)
    (r"\b(?:despues|a la salida|al salir) del (?:cole|colegio|instituto)\b|\bdespues de (?:clase|clases|las clases"
     r"|la escuela)\b", "after school"),
    (r"\bse ha roto\b|\bfractur\w*", "broken"),
    # "llega un poco tarde", "llegarán algo tarde", "lleguen un poquito tarde": running late (every person and tense)
    (r"\blleg(?:ar|a|an|o|ue|uen|amos|aremos|ara|aran|are|ando)\w* (?:un poco |algo |un poquito |un poquitin |muy"
     r" |bastante )?tarde\b", "running late"),
    # "llegará más tarde", "vendrá un poco más tarde": in later (after an appointment, or simply late)
    (r"\b(?:llegara|llegaran|llegaremos|llegare|vendra|vendran|entrara|entraran)(?: (?:al colegio|al cole|a clase"
     r"|a la escuela))? (?:un poco |algo |un poquito )?mas tarde\b", "will be in later"),
    # "hoy a la noche" (Río de la Plata), "hoy por la noche": tonight
    (r"\bhoy (?:a|por|en) la noche\b", "tonight"),
    (r"\besta manana\b", "this morning"), (r"\besta tarde\b", "this afternoon"), (r"\bhoy\b", "today"),
    (r"\bmanana por la manana\b", "tomorrow morning"), (r"\bmanana por la tarde\b", "tomorrow afternoon"),
    (r"\bpasado manana\b", "the day after tomorrow"), (r"(?<!por la )\bmanana\b", "tomorrow"),
    (r"\bno (?:ira|iran|vendra|vendran|va|van|viene|vienen|podra|podran|puede|pueden|asistira\w*)\b"
     r"(?: (?:al colegio|a la escuela|a clase|a clases))?", "won't be in"),
    (r"\bfaltar\w*|\bausente\w*", "absent"),
    (r"\bcomo (?:siempre|de costumbre)\b|\bcon normalidad\b", "as usual"),
    (r"\bse queda\w* en casa\b", "staying home"),
    (r"\bllegar\w* tarde\b|\bllega\w* tarde\b|\bretras\w*", "running late"),
    (r"\bsobre las\b|\bhacia las\b|\balrededor de las\b|\ba eso de las\b|\bcomo a las\b", "around"),
    (r"\ba las\b", "at"),
    (r"\b(?:a )?la (?=1(?:[:.]\d\d)?\b)", "at "),
    # "lo recojo a la 13:15": "a la" before a clock time too
    (r"\ba la (?=\d{1,2}[:.]\d\d\b)", "at "),
    (r"\bfiebre\b", "fever"), (r"\benferm\w*|\bmalit[oa]\b", "ill"), (r"\bresfriad\w*|\bgripe\b|\bcatarro\b", "cold"),
    (r"\bvomit\w*|\bdiarrea\b", "vomiting"), (r"\btos\b", "cough"),
    (r"\bdolor de (?:garganta|barriga|cabeza|tripa|estomago|oido)\b", "sore throat"),
    (r"\bgastroenteritis\b", "tummy bug"),
    # "tienen faringitis", "con laringitis", "bronquitis": throat and chest infections by their Spanish names
    (r"\bfaringitis\b", "pharyngitis"), (r"\blaringitis\b", "laryngitis"), (r"\bbronqui(?:olitis|tis)\b", "bronchitis"),
    (r"\bsinusitis\b", "sinusitis"), (r"\bneumonia\b", "pneumonia"),
    # "el médico le ha mandado reposo": the doctor prescribed rest
    (r"\b(?:ha |han |le ha |les ha |le han |les han )?(?:mandado|recomendado|recetado|indicado|prescrito) reposo\b",
     "recommended rest"),
    (r"\bcita\b", "appointment"), (r"\bpediatra\b|\bmedic[oa]\b", "doctor"), (r"\bhospital\b", "hospital"),
    (r"\bdentista\b", "dentist"), (r"\bentrevista\b", "interview"),
    # "la graduación de su hermana": a graduation (a family event)
    (r"\bgraduaci\w*", "graduation"),
    # "le dan el título a su hermana", "recibe su diploma", "la entrega de títulos", "se gradúa": a graduation
    (r"\b(?:le|les|me|nos|te) (?:dan|entregan|daran|entregaran|van a dar|van a entregar) (?:el|su|los|sus) (?:titulo"
     r"|diploma)s?\b|\b(?:recibe|recibira|recoge|recogera|va a recibir|va a recoger) (?:el|su) (?:titulo|diploma)\b"
     r"|\b(?:entrega|ceremonia|acto) de (?:titulos|diplomas)\b|\bse (?:gradua|graduan|graduara|graduaran|licencia"
     r"|licenciara)\b", "graduation"),
    (r"\bfuneral\b|\bentierro\b", "funeral"), (r"\bfallec\w*|\bmurio\b", "passed away"), (r"\bboda\b", "wedding"),
    # "falleció mi papá y viajamos hoy": travelling to the funeral (not a holiday)
    (r"\b(passed away|funeral|family emergency)\b([^\n]{0,120}?)\bviaj(?:amos|o|an|a|aremos|aran|ara|ar|e)\b",
     r"\1\2we travel"),
    (r"\bbautizo\b", "christening"), (r"\bcumpleanos\b", "birthday"), (r"\bvacaciones\b|\bviaj\w*", "holiday"),
    (r"\biglesia\b", "church"), (r"\bmisa\b", "mass"),
    (r"\b(?:el )?resto de la semana\b|\btoda la semana\b", "the rest of the week"),
    (r"\bla semana que viene\b|\bla proxima semana\b", "next week"),
    (r"\b(?:lo|la) recoger\w*|\bvoy a recoger\w*|\b(?:lo|la) recojo\b", "i'll collect him"),
    (r"\bdespues (?:ira|vendra|va) al colegio\b|\b(?:lo|la) llevo (?:al colegio )?despues\b",
     "i'll bring him in after"),
    # "del 14 al 18/12": the month written once, on the last day (both days in it; an earlier month when the first
    # day is the larger: "del 28 al 4/1")
    (r"\b(?:del|de|desde el)(?: dia)? (\d{1,2}) (?:al|a|hasta el)(?: dia)? (\d{1,2})[/.-](1[0-2]|0?[1-9])"
     r"([/.-]\d{2,4})?\b",
     lambda m: f"from {m[1]}/{m[3] if int(m[1]) <= int(m[2]) else int(m[3]) - 1 or 12} to {m[2]}/{m[3]}{m[4] or ''}"),
    # "entre el 16 y el 18/12": between two days, the month written once on the last (a span, both ends)
    (r"\bentre (?:el |los dias )?(?:dia )?(\d{1,2}) (?:y|e) (?:el )?(?:dia )?(\d{1,2})[/.-](1[0-2]|0?[1-9])"
     r"([/.-]\d{2,4})?\b",
     lambda m: f"from {m[1]}/{m[3] if int(m[1]) <= int(m[2]) else int(m[3]) - 1 or 12} to {m[2]}/{m[3]}{m[4] or ''}"),
    # "el 17 y el 18/12", "los días 17, 18 y 19/12", "no irá el 17 ni el 18/12": single days, the month written once
    # on the last (each day in it; an earlier month for a day larger than the last: "el 31 y el 1/1")
    (r"(?<!\bentre )(?<!\blas )\b(?:(?:el|los|los dias|dias|el dia|on) )?((?:\d{1,2}, ?){0,5}\d{1,2}),?"
     r" (?:y|e|ni|and) (?:el )?"
     r"(?:dia )?(\d{1,2})[/.-](1[0-2]|0?[1-9])([/.-]\d{2,4})?\b(?![/.:-]?\d)", _days_of_month),
    # "del 9/12 al 11/12": from one date to another (both written as numbers)
    (r"\bdel (?:dia )?(\d{1,2}(?:[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?)"
     r" al (?:dia )?(\d{1,2}(?:[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?)\b",
     r"from \1 to \2"),
    # "del lunes 14 al miércoles 16 de diciembre": from one weekday (and its date) to another
    (r"\bdel? (?:el )?(lunes|martes|miercoles|jueves|viernes)( \d{1,2})? (?:a|al|hasta el) "
     r"(lunes|martes|miercoles|jueves|viernes)\b", r"from \1\2 to \3"), (r"\bhasta (?:el |la )?", "until "),
    # "volvemos el 6 de enero así que vuelven al cole el 7": we (the family) get home that day, and the children are
    # back at school on the bare day after it, in the month named first
    (r"\b(?:(volvemos|regresamos|volveremos|regresaremos|llegamos|llegaremos|back) )?el (\d{1,2}) de ("
     + "|".join(es for es, _ in _MONTHS) + r")\b"
     r"([^.!?]{0,40}?)\b(?:vuelven|vuelve|volveran|volvera|regresan|regresa|regresaran|regresara|van|iran|va|ira"
     r"|empiezan|empieza) (?:al colegio|al cole|a clase|a clases|a la escuela|al instituto) el (?:dia )?(\d{1,2})\b"
     r"(?! ?(?:[:.h/]\d|de\b))",
     lambda m: ("we get home " if m[1] else "") + f"on {m[2]} {dict(_MONTHS)[m[3]]}{m[4]}back at school on {m[5]} "
     + dict(_MONTHS)[m[3]]),
    (r"\b(?:vuelve|volvera|regresa|volver|regresar)\w*(?: (?:al colegio|al cole|a clase|a clases|a la escuela"
     r"|al instituto))?\b", "back"),
    (r"\binclusive\b", "inclusive"), (r"\bdesde (?:el )?|\ba partir del?\b", "from "),
    (r"\b(?:durante|por) (\d+|dos|tres|cuatro|cinco) dias\b", lambda m: f"for {_NUMBERS.get(m[1], m[1])} days"),
    # "que se quede en casa 3 dias": a span, not "hace 3 dias" (ago) or "en 3 dias" (in three days' time)
    (r"(?<!\bhace )(?<!\bhace unos )(?<!\ben )(?<!\bdentro de )(?<!\bcada )\b(\d{1,2}|un|dos|tres|cuatro|cinco)"
     r" dias?\b(?! (?:antes|despues|mas tarde))",
     lambda m: f"for {_NUMBERS.get(m[1], m[1])} days"),
    (r"\bvol(?:amos|aremos|ar|ara|aran|amos|emos) (?=a |hacia |para |rumbo )|\bvuelo\b", "flying "),
    (r"\b(?:a )?pasar (?:la |las )?(?:navidad\w*|fiestas|fin de ano|ano nuevo)(?: con (?:la familia|los abuelos|\w+))?",
     "visiting family for christmas"),
    # "volvera el 5 de enero", "el dia 16": on that date
    (r"\b(?:el )?dia (\d{1,2})\b(?! ?[:.h/]\d| de | ?[a-z]+uary| ?[a-z]+ber)",
     lambda m: f"on the {_ordinal(m[1])}"),
    (r"\b(?:el )?dia (?=\d{1,2}\b(?! ?[:.h/]\d))", "on "),
    (r"\bel (?=\d{1,2}\b(?! ?[:.h/]\d| ?(?:am|pm|horas?|minutos?|anos?)\b))", "on "),
    (r"\bemergencia familiar\b|\burgencia familiar\b|\bimprevisto familiar\b", "family emergency"),
    (r"\blunes\b", "monday"), (r"\bmartes\b", "tuesday"), (r"\bmiercoles\b", "wednesday"), (r"\bjueves\b", "thursday"),
    (r"\bviernes\b", "friday"), (r"\bsabado\b", "saturday"), (r"\bdomingo\b", "sunday"),
) + tuple((rf"\b(\d{{1,2}}) de {es}\b", rf"\1 {eng}") for es, eng in _MONTHS) + (
    # "vuelven en enero": back in a month (no day of it); "desde ese día": from that day (the day named before)
    (r"\ben (" + "|".join(es for es, _ in _MONTHS) + r")\b", lambda m: "in " + dict(_MONTHS)[m[1]]),
    (r"\b(?:ese|este|aquel) (?:mismo )?dia\b", "that day"),
    (r"\bmi hijo\b", "my son"), (r"\bmi hija\b", "my daughter"),
    (r"\blos ninos\b|\bmis hijos\b|\blos chicos\b", "the children"),
    (r"\b(?:los|las|mis) dos(?: (?:hijos|hijas|ninos|ninas|chicos|nenes))?\b|\bambos\b|\bambas\b", "both"),
    (r"\by\b", "and"),
    # "Si tiene que firmar algo, me decís": "si" opening a sentence is "if" (not a name; "sí," is yes)
    (r"(?:^|(?<=[.!?] ))si\b(?!,)", "if"),
)
