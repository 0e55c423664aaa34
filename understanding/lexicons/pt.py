"""Portuguese."""

MARKERS = frozenset([
    "bom", "dia", "boa", "tarde", "noite", "nao", "vai", "escola", "hoje", "amanha", "obrigado", "obrigada", "esta",
    "com", "meu", "minha", "filho", "filha", "ele", "ela", "ate", "aulas", "porque", "entao", "chegar", "atrasado",
    "consulta", "febre", "doente", "volta", "regressa", "semana", "segunda", "terca", "quarta", "quinta", "sexta",
    "tambem", "muito", "pra", "voce", "dele", "dela", "tem", "disse", "ficar", "em", "ontem", "vomitou", "levo",
    "faltar", "sofreu", "mae", "amigdalite", "depois", "ja", "vou", "vamos", "chegamos", "desculpa", "desculpem",
    "agradecer", "obg", "beijos", "cumprimentos", "estamos", "presos", "transito", "rotunda", "chega", "pelas",
    "hj", "tbm", "enxaqueca", "enjoada", "enjoado", "infecao", "noticias", "almoco", "ainda", "sei", "estao",
    "internado", "internada", "greve", "otorrino", "oftalmologista", "ortodontista", "faltam", "casamento", "temos",
    # "irmos" (we go), "Natal" (Christmas), "levar", "trazer", "mais", "cedo": Portuguese only
    "irmos", "natal", "levar", "trazer", "mais", "cedo", "irmao", "saida",
    # "Olá" (Spanish "hola"), "preciso de" (I need to: Spanish "necesito"): Portuguese only
    "ola", "preciso", "precisamos",
])

_MONTHS = (("janeiro", "january"), ("fevereiro", "february"), ("marco", "march"), ("abril", "april"),
           ("maio", "may"), ("junho", "june"), ("julho", "july"), ("agosto", "august"), ("setembro", "september"),
           ("outubro", "october"), ("novembro", "november"), ("dezembro", "december"))

_COUNTRIES = {"brasil": "brazil", "portugal": "portugal", "angola": "angola", "mocambique": "mozambique",
              "cabo verde": "cape verde", "espanha": "spain", "franca": "france", "italia": "italy"}

# cities a family travels to or from, in Portuguese ("em Londres": a place, not a name)
_CITIES = {"londres": "london", "lisboa": "lisbon", "edimburgo": "edinburgh", "nova iorque": "new york",
           "nova york": "new york", "dublim": "dublin", "genebra": "geneva", "bruxelas": "brussels",
           "luanda": "luanda", "sao paulo": "sao paulo"}


# islands and regions a family travels to ("vamos à Madeira"), as English names them
_ISLES = {"madeira": "madeira", "acores": "the azores", "algarve": "the algarve", "canarias": "the canaries"}

_HORAS = {"uma": 1, "duas": 2, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9,
          "dez": 10, "onze": 11, "doze": 12}
_HORA = "uma|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze"


_MINUTOS = {"meia": 30, "trinta": 30, "um quarto": 15, "quinze": 15, "vinte e cinco": 25, "vinte": 20, "dez": 10,
            "cinco": 5}


def _clock(hour: str, part: str | None) -> str:
    """ "9 e meia" -> "9:30", "uma e um quarto" -> "1:15", "dez menos um quarto" -> "9:45", "dez menos vinte" ->
    "9:40"."""
    h = _HORAS.get(hour) or int(hour)
    minutes = _MINUTOS[part.strip().split(" ", 1)[1]] if part else 0
    if part and "menos" in part:
        return f"{h - 1 or 12}:{60 - minutes:02d}"
    return f"{h}:{minutes:02d}"


def _ordinal(day: str) -> str:
    n = int(day)
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


_WEEKDAYS = {"segunda": "monday", "terca": "tuesday", "quarta": "wednesday", "quinta": "thursday", "sexta": "friday",
             "sabado": "saturday", "domingo": "sunday"}

_PART_OF_MONTH = {"inicio": "early", "principio": "early", "comeco": "early", "primeiros dias": "early",
                  "meados": "mid", "meio": "mid", "fim": "late", "final": "late", "finais": "late",
                  "ultimos dias": "late"}

# who was rushed to hospital: "a minha mãe foi levada de urgência para o hospital"
_RUSHED = {"mae": "mum", "pai": "dad", "avo": "nan", "avos": "grandparents", "marido": "husband", "mulher": "wife",
           "esposa": "wife", "esposo": "husband", "sogra": "mother-in-law", "sogro": "father-in-law"}

# what befell a relative now in hospital: "teve um acidente", "sofreu um AVC"
_MISHAP = {"acidente": "an accident", "avc": "a stroke", "infarto": "a heart attack", "enfarte": "a heart attack",
           "ataque cardiaco": "a heart attack", "queda": "a fall"}

# what tired a child out: "cansada do casamento de ontem"
_OUTING = {"casamento": "wedding", "aniversario": "birthday", "viagem": "trip", "passeio": "day out",
           "jantar": "dinner", "batizado": "christening"}

# what a vaccine is against: "vacina da gripe", "vacina contra o sarampo"
_VACCINE_OF = (r"(?: (?:da|de|do|contra a|contra o|contra|para a|para o|pra) (?:gripe|covid(?:-19)?|sarampo|hpv|tetano"
               r"|meningite|hepatite|febre amarela|varicela|catapora|papeira|caxumba|rubeola|poliomielite|polio))?")

# a pronoun object ("buscá-lo", "a ir buscar", "buscar ela") in English
_OBJECT = {"o": " him", "a": " her", "os": " them", "as": " them", "ele": " him", "ela": " her", "eles": " them",
           "elas": " them", "he": " him", "she": " her"}

CANON: tuple[tuple[str, object], ...] = (
    # "de 2ª a 4ª", "na 6ª-feira", "5a feira": a weekday by its number (2ª segunda ... 6ª sexta)
    (r"(?<![\d/.])\b([2-6])(?:[ªº](?:[- ]?feira)?|a[- ]feira)(?![\w-])",
     lambda m: {"2": "segunda", "3": "terca", "4": "quarta", "5": "quinta", "6": "sexta"}[m[1]]),
    # "quem vai buscar o Henrique à saída é a avó": who collects him at home time (no absence); "à saída da escola":
    # at home time (before "sai", leaves)
    (r"\b(?:a|na) saida(?: da escola| das aulas| do colegio)?\b(?! d[aeo]s? (?!escola|aulas|colegio)\w)",
     "at home time"),
    (r"\bquem (?:vai|vem|ira|vira|costuma|passa a|vai passar a) (?:ir )?buscar (?:o |a |os |as )?([^\W\d_]+)"
     r"( at home time| (?:ao|no) fim d(?:o dia|as aulas)| depois d(?:a escola|as aulas))?,? (?:e|sera|vai ser)"
     r" (?:a |o )?(?:sua |seu |minha |meu )?(avo|avozinha|pai|mae|tia|tio|madrinha|padrinho|vizinha|vizinho|ama|baba"
     r"|irma|irmao|prima|primo)\b",
     lambda m: {"avo": "his grandma", "avozinha": "his grandma", "pai": "his dad", "mae": "his mum", "tia": "his aunt",
                "tio": "his uncle"}.get(m[3], "a family friend") + f" will collect {m[1]} at home time"),
    # "a Abril 9:45 chega atrasada": a child named for a month ("Abril") before a clock time was read as a month-first
    # date ("9 april 2027:45"): the name and the time again (no date runs on into minutes)
    (r"\b(\d{1,2}) (" + "|".join(e for _, e in _MONTHS) + r") \d{4}([:.]\d\d)(?!\d)",
     lambda m: f"{next(n for n, e in _MONTHS if e == m[2])} {m[1]}{m[3]}"),
    # "até sexta (11/12) inclusive": a weekday with its date in brackets (the date is the weekday's, as "sexta 11/12")
    (r"\b(segunda|terca|quarta|quinta|sexta|sabado|domingo)((?:-feira)?),? \((?:dia )?(\d{1,2}/\d{1,2}(?:/\d{2,4})?)\)",
     r"\1\2 \3"),
    # "quinta de manhã e à tarde", "pela manhã e pela tarde": both halves of the day (the whole day)
    (r"\b(?:(?:de|pela|na parte da) )?manha e (?:(?:a|de|pela|na parte da) )?tarde\b"
     r"|\b(?:de|pela|na parte da) manha,? (?:e )?(?:tambem )?(?:a|de|pela|na parte da) tarde\b", "all day"),
    # "em Londres", "de Lisboa": a city's Portuguese name (a place, not a child's name)
    (r"\b(?:" + "|".join(_CITIES) + r")\b", lambda m: _CITIES[m[0]]),
    # "oi, tudo bem?": a greeting, not a question for the school
    (r"\b(?:tudo bem|tudo bom|tudo certo|como (?:vai|vao|esta|estao)(?: (?:voce|voces|professora?))?)\s*\?",
     "hope you're well."),
    # "vamos viajar pro enterro": travelling to a funeral (the funeral is the reason, not a holiday)
    (r"\b(?:vamos |vou |vao |temos de |temos que |tivemos de |tivemos que )?(?:viajar|ir|voar)"
     r"(?: (?:para o|pro|ao|para a|pra|a|no|na) (?:brasil|portugal|angola|mocambique|cabo verde|\w+))?"
     r"( hoje| amanha| esta noite| hoje a noite| logo)?"
     r" (?:para o|pro|ao|pra o|para|pra) (?:funeral|enterro|velorio|cerimonia funebre)\b",
     lambda m: "we are travelling to the funeral" + {" hoje": " today", " amanha": " tomorrow",
                                                     " esta noite": " tonight",
                                                     " hoje a noite": " tonight"}.get(m[1] or "", "")),
    (r"\bvelorio\b", "funeral"),
    # "dia de Nossa Senhora da Conceição", "a Imaculada Conceição", "dia de São João": a holy day (the saint's name
    # is not a child's)
    (r"\b(?:(?:o )?dia|a festa|a solenidade|o feriado) d[aeo] (?:nossa senhora|santa|santo|sao)(?: d[aeo]s?)? [a-z]+\b"
     r"|\b(?:a )?(?:nossa senhora|imaculada) (?:d[aeo]s? )?(?:conceicao|[a-z]+)\b", "a holy day"),
    # "o Rafael ainda está a caminho", "já vamos a caminho": on the way in (not on the way to collect)
    (r"\b(?:(?:ja|ainda) )?(?:esta|estao|estamos|estou|ta|tao|vai|vao|vamos|vou|segue|seguem|seguimos)(?: ja)?"
     r" (?:a caminho|no caminho|em caminho|pelo caminho)(?: d[ao] escola)?\b"
     r"(?! (?:de|para|pra) (?:buscar|busca|apanhar))",
     "is on his way"),
    # "ops, me enganei, é na segunda", "desculpa, errei: é quinta", "amanhã, aliás, quinta": a self-correction (the
    # day after it replaces the one before)
    (r"\b(?:(?:ops|opa|oops|opps|ups|desculpa|desculpe|perdao),? )*(?:me enganei|enganei-me|enganei me|me confundi"
     r"|confundi-me|errei|me equivoquei)\b[,.:!]*(?: (?:e|eh|foi|sera|vai ser)\b)?",
     "sorry, i mean"),
    # "na quinta, desculpa, na sexta": "desculpa", "perdão", "digo" between two days (the second replaces the first)
    (r"[,.]* (?:quer dizer|alias|ou melhor|digo|desculpa|desculpe|perdao|perdoa|perdoe)\b[,:]?"
     r"(?= (?:(?:na|no|a|o|dia|e|eh) )?(?:segunda|terca|quarta|quinta|sexta"
     r"|amanha|hoje|depois de amanha|\d))", ", sorry, i mean"),
    # "volta pra escola depois da consulta", "só chega depois do dentista": in school after the appointment
    (r"\b(?:(?:so|ja) )?(?:volta|voltam|regressa|regressam|vai voltar|vao voltar|chega|chegam|vai chegar|vao chegar"
     r"|entra|entram|vai entrar|vao entrar|vem|vai)(?: (?:(?:para a|pra a|pra|para|a|na) escola|as aulas))?"
     r" (?:so )?(?:logo )?(?:depois|apos|a seguir a?) d[ao] (?:consulta|dentista|medic[oa]|oftalmologista"
     r"|ortodontista|otorrino|pediatra|exame|vacina|analises|fisioterapia|terapia|fono|fonoaudiologa)\b",
     "will be in after the appointment"),
    # "volta pra escola depois", "regressa à escola a seguir": back in school after the appointment
    (r"\b(?:volta|voltam|regressa|regressam|vai voltar|vao voltar) (?:(?:para a|pra a|pra|para|a) escola|as aulas)"
     r" (?:logo )?(?:a seguir|depois|em seguida)\b(?! d[aoe]s?\b)", "will be in after"),
    # "entra na escola a seguir": in school after the appointment
    (r"\b(?:entra|entram|vai entrar|vao entrar|entrara|entrarao)(?: (?:na|para a|pra|a) escola| nas aulas)?"
     r" (?:logo )?(?:a seguir|depois|em seguida)\b(?! d[aoe]s?\b)", "will be in after"),
    # "vomitou várias vezes hoje": was sick (an event of the day, not the day of absence)
    (r"\bvomit(?:ou|aram)\b", "was sick"), (r"\b(?:varias|muitas) vezes\b", "several times"),
    # "não vai estar em condições de ir à escola": not well enough to go in
    (r"\bnao (?:vai|vao|esta|estao|estara|estarao|vai estar|vao estar|ficara|vai ficar)(?: (?:ainda|bem))?"
     r" em condicoes de (?:ir|vir|voltar)(?: (?:a|para a|pra|pra a) escola| as aulas)?",
     "won't be well enough to go to school"),
    # "um dia destes", "qualquer dia", "depois digo qual": some day not yet set (which day?)
    (r"\b(?:num|em um|um|qualquer|algum) dia (?:destes|desses|qualquer|da semana que vem|da proxima semana)\b"
     r"|\bqualquer dia\b", "at some point"),
    (r"\b(?:depois|mais tarde|logo|amanha) (?:eu )?(?:digo|direi|aviso|confirmo|informo) (?:qual|o dia|a data"
     r"|qual (?:o )?dia|que dia)\b|\b(?:digo|aviso|confirmo|informo) (?:depois|mais tarde) (?:qual|o dia|a data"
     r"|que dia)\b", "i'll let you know which day"),
    # "foi operada ao apêndice", "operado de apendicite", "tirou as amígdalas": an operation for an illness
    (r"\b(?:(?:foi|foram|vai ser|vao ser|sera|ja foi) )?operad[oa]s? (?:ao|as|a|do|da|de|dos|das) (apendice|apendicite"
     r"|amigdalas|amigdalite|hernia|adenoides)\b|\b(?:tirou|tiraram|vai tirar|tirar) (?:o|as|os|a) (apendice|amigdalas"
     r"|adenoides)\b",
     lambda m: "was operated on for " + {"apendice": "appendicitis", "apendicite": "appendicitis",
                                          "hernia": "a hernia", "adenoides": "adenoids"}.get(m[1] or m[2],
                                                                                              "tonsillitis")),
    (r"\b(?:recomendou|receitou|mandou|indicou|aconselhou) (?:fazer )?repouso\b", "recommended rest"),
    # "regressam em janeiro": back in a month with no day (the holidays fall between); "só voltamos em janeiro", "vamos
    # voltar em janeiro": we are back then (the family)
    (r"\b(?:so )?(?:volta|voltam|voltara|voltarao|regressa|regressam|regressara|regressarao|retorna|retornam"
     r"|voltamos|voltaremos|regressamos|regressaremos|retornamos|retornaremos"
     r"|(?:vamos|vao|vai) (?:voltar|regressar|retornar))"
     r"(?: (?:a escola|as aulas|pra escola|pra a escola|para a escola|para escola))? (?:em|no inicio de|no comeco de)"
     r" (" + "|".join(pt for pt, _ in _MONTHS) + r")\b",
     lambda m: "returning in " + dict(_MONTHS)[m[1]]),
    # "prova de admissão", "exame de acesso": an entrance assessment at another school
    (r"\b(?:prova|exame|teste|avaliacao)s? (?:de|da) (?:admissao|acesso|ingresso|entrada)\b", "entrance exam"),
    # "vai ficar uns dias em casa": a few days at home (a vague end)
    (r"\b(?:vai |vao |vou |vamos )?fic(?:ar|a|am|ara|arao)(?: (?:uns|alguns|mais uns|mais alguns) dias em casa"
     r"| em casa (?:uns|alguns|mais uns|mais alguns) dias)\b", "will stay at home for a few days"),
    # "fica em casa só hoje": today only
    (r"\b(?:so|apenas|somente) hoje\b|\bhoje so\b(?= *[.,;!]|$)", "only today"),
    # "amanhã já vai", "amanhã ela já volta": in again tomorrow (the day of return)
    (r"\bamanha,? (?:(?:ele|ela|eles|elas) )?ja (?:vai|vao|vem|volta|voltam|regressa|regressam|ira|irao"
     r"|(?:esta|estao|estara|estarao) (?:ai|na escola|nas aulas))(?: (?:a|para a|pra|pra a) escola| as aulas)?\b"
     r"(?! (?:ao|a|para|pra|pro|no|na|com|fazer|ter)\b)", "back tomorrow"),
    # "por isso só vai à escola amanhã", "só volta na segunda": in again only then (the day of return)
    (r"\b(?:so|apenas|somente) (?:vai|vao|vem|volta|voltam|regressa|regressam|ira|irao|vira|virao|entra|entram)"
     r"(?: (?:a|para a|pra|pra a) escola| as aulas)? (?:amanha|(?:n[ao] )?(segunda|terca|quarta|quinta|sexta)"
     r"(?:-feira)?)\b(?! (?:ao|a|para|pra|pro|no|na|com|fazer|ter|de manha|a tarde|depois)\b)",
     lambda m: f"back on {m[1]}" if m[1] else "back tomorrow"),
    # "dias 16, 17 e 18": the 16th, 17th and 18th
    (r"\b(?:n?os )?dias (\d{1,2}(?:, \d{1,2})+) e (\d{1,2})\b(?! de )",
     lambda m: "the " + ", ".join(_ordinal(d) for d in m[1].split(", ")) + f" and {_ordinal(m[2])}"),
    # "o voo é dia 16 de manhã": on the 16th in the morning
    (r"\b(?:(?:n|d)?o )?dia (\d{1,2}) (?:de|pela|a) (manha|tarde)\b",
     lambda m: f"the {_ordinal(m[1])} " + ("in the morning" if m[2] == "manha" else "in the afternoon")),
    # "o irmão mais novo, o Duarte,": his (younger) brother, named (another child, not an adult)
    (r"\b(?:o |a )?(?:seu |sua |meu |minha |nosso |nossa )?(irmao|irma|irmaozinho|irmazinha|mano|mana)"
     r"(?: (mais nov[oa]|mais velh[oa]|pequen[oa]|mais pequen[oa]|cacula))?,? (?:o |a )(?=[a-z]+,)",
     lambda m: "his " + ("older " if m[2] and "velh" in m[2] else "little " if m[2] else "")
     + ("sister " if m[1] in ("irma", "irmazinha", "mana") else "brother ")),
    # "vão chegar uns 10 minutos atrasados": that many minutes late; "só chega depois das 10h": in after then
    (r"\b(?:(?:vai|vao|vamos|vou) )?(?:cheg\w* )?(?:uns |umas |cerca de |mais ou menos )?(\d{1,3}) (?:minutos|mins?)"
     r" (?:atrasad\w*|de atraso|mais tarde)", r"will be \1 minutes late"),
    (r"\b(?:so )?(?:cheg|entr)\w* (?:so )?(?:depois|apos) d?as? (?=\d)", "will be in after "),
    # "estou sozinha com os três": on my own with them (why they are late or off)
    (r"\b(?:estou|fiquei|estamos) sozinh[oa]s?\b", "i'm on my own"),
    # "vamos ao aeroporto buscar a avó": to the airport to collect grandma
    (r"\b(?:ao|no|pro|para o) aeroporto (?:buscar|receber|esperar)\b", "to the airport to collect"),
    # "no início de dezembro", "lá para o fim de janeiro": a part of a month, no day (cannot be placed)
    (r"\b(?:(?:la )?(?:n?o|em|para o|pelo|pelos|nos|n?os) )?(inicio|principio|comeco|primeiros dias|meados|meio|fim"
     r"|final|finais|ultimos dias) d[eo] (" + "|".join(pt for pt, _ in _MONTHS) + r")\b",
     lambda m: f"sometime in {_PART_OF_MONTH[m[1]]} " + dict(_MONTHS)[m[2]]),
    # "se amanhã já estiver bem vai à escola": if she is well tomorrow she will be in (a return, not an absence)
    (r"\bse (amanha )?(?:ja )?(?:el[ea] )?(?:estiver|ficar|acordar|se sentir|sentir-se)(?: ja)? (?:bem|melhor|boa|bom)"
     r"(,? amanha)?,? (?:ja )?(?:vai|vem|volta|regressa|ira|vira)(?: (?:a|para a|pra|pra a|na) escola| as aulas)?\b",
     lambda m: "if she is well " + ("tomorrow " if m[1] or m[2] else "") + "she will be in school"),
    # "a minha mãe foi levada de urgência para o hospital": a parent rushed to hospital (a family emergency);
    # Brazilian "foi levada às pressas pro hospital", "foi levado correndo pra emergência"
    (r"\b(?:a minha |o meu |minha |meu |a |o )?(mae|pai|avo|avos|marido|mulher|esposa|esposo|sogra|sogro)"
     r"(?: d[oa] ([a-z]+)| (dele|dela|deles|delas))? (?:foi|foram|teve de ser|tiveram de ser|teve que ser"
     r"|tiveram que ser) (?:levad|transportad)\w*(?: (?:de urgencia|as pressas|a correr|correndo|urgentemente"
     r"|de ambulancia))? (?:para o|para a|pro|pra|pra o|pra a|ao|as|a) (?:hospital|urgencias?|emergencia"
     r"|pronto[- ]socorro)\b",
     lambda m: (f"{m[2]}'s" if m[2] else {"dele": "his", "dela": "her"}.get(m[3] or "", "their" if m[3] else "my"))
     + f" {_RUSHED[m[1]]} was rushed to hospital"),
    # "o pai do Tiago teve um acidente no trabalho e está internado", "a avó dele está internada": a relative in
    # hospital (a family emergency), not the child admitted
    (r"\b(?:a minha |o meu |minha |meu |a |o )?(mae|pai|avo|avos|marido|mulher|esposa|esposo|sogra|sogro)"
     r"(?: d[oa] ([a-z]+)| (dele|dela|deles|delas))?(?: (?:teve|sofreu) (?:um |uma )?(acidente|avc|infarto"
     r"|enfarte|ataque cardiaco|queda)\b([^.;!?]{0,60}?),? e)? (?:esta|estao|foi|foram|ficou|ficaram|continua)"
     r" internad[oa]s?\b",
     lambda m: (f"{m[2]}'s" if m[2] else {"dele": "his", "dela": "her"}.get(m[3] or "", "their" if m[3] else "my"))
     + f" {_RUSHED[m[1]]}" + (f" had {_MISHAP[m[4]]}{m[5]} and" if m[4] else "") + " is in hospital"),
    # "a avó da Leonor, que vive connosco, caiu ontem à noite": a relative had a fall (a family emergency, not the
    # child hurt)
    (r"\b(?:a minha |o meu |minha |meu |a |o )?(mae|pai|avo|avos|marido|mulher|esposa|esposo|sogra|sogro)"
     r"(?: d[oa] ([a-z]+)| (dele|dela|deles|delas))?(?:, [^,.;!?]{1,50},)? (?:caiu|cairam|levou uma queda"
     r"|teve uma queda|sofreu uma queda|deu uma queda)\b",
     lambda m: (f"{m[2]}'s" if m[2] else {"dele": "his", "dela": "her"}.get(m[3] or "", "their" if m[3] else "my"))
     + f" {_RUSHED[m[1]]} had a fall"),
    # "passei a noite nas urgências com ela": at A&E with a relative (the child is not the patient when the
    # relative's mishap comes first, as in English "in A&E with her")
    (r"(\bhad a fall\b[^!?]{0,120}?)\b(?:nas|na|no|nos) (?:urgencias?|hospital) com (ela|ele|eles|elas)\b",
     lambda m: f"{m[1]}in a&e with " + ("her" if m[2] == "ela" else "him" if m[2] == "ele" else "them")),
    # "tenho consulta no centro de saúde às 8h30 (sou eu que estou doente)": I (the parent) have an appointment, not
    # the child ("tenho consulta para o Tiago" is the child's)
    (r"\b(?:eu )?(?:tenho|vou ter) (?:uma )?consulta(?: (medica|no medico|no hospital|no centro de saude|no dentista"
     r"|na clinica))?\b(?![^.,;]{0,30}\b(?:para|pro|pra|d[oa]s?)\b)",
     lambda m: "i have a " + ("dentist " if m[1] and "dentist" in m[1] else "hospital " if m[1] and "hospital"
                              in m[1] else "medical " if m[1] else "") + "appointment"),
    (r"\b(?:sou eu (?:que|quem) (?:estou|esta|ando|anda)|eu e que (?:estou|ando)|quem esta doente sou eu)"
     r" (?:doente|mal|com febre)\b", "i'm ill myself"),
    # "foi internado", "ficou internada": admitted to hospital (an illness); "crise de asma": an asthma attack;
    # "quando recebe alta": when he is discharged
    (r"\b(?:foi|foram|ficou|ficaram|esta|estao|ta|continua|segue) internad[oa]s?\b|\binternad[oa]s?\b",
     "was admitted to hospital"),
    (r"\b(?:crise|ataque) de asma\b", "an asthma attack"), (r"\basma\b", "asthma"),
    (r"\b(?:recebe|receber|tiver|tem|ter|der|derem|dao|vai ter|vai receber) (?:a )?alta\b", "is discharged"),
    (r"\b(?:ontem a noite|ontem de noite|ontem pela noite|ontem a noitinha)\b", "last night"),
    # "vamos viajar hoje à noite": tonight (after school, not a session of today)
    (r"\bhoje (?:a|de|pela) noite\b|\bhoje a noitinha\b", "tonight"),
    (r"\b(?:esta|ta) (?:no|na) (hospital|urgencia|uci)\b", r"is in \1"),
    # specialists: "otorrino" (ENT), "oftalmologista"/"oculista" (eye doctor), "ortodontista", "terapia da fala"
    (r"\botorrino\w*", "ent clinic"), (r"\b(?:oftalmologista|oftalmologia|oculista|optometrista)\b", "optician"),
    (r"\bortodontista\b", "orthodontist"),
    (r"\bterapia da fala\b|\bterapeuta da fala\b|\bfonoaudiolog\w*|\bfono\b", "speech therapist"),
    # "queria saber se", "gostaria de saber": a question for the school
    (r"\b(?:queria|quero|gostaria de|gostariamos de|queriamos) saber(?: se)?\b", "i wanted to know if"),
    # "gostaria de saber se a Helena pode levar um bolo": whether she can (a question for the school)
    (r"\b(i wanted to know if) (?:o |a |os |as )?([a-z]+)(?: e (?:o |a )?([a-z]+))? (?:pode|podem|podia|podiam"
     r"|poderia|poderiam|podera|poderao)\b", lambda m: f"{m[1]} {m[2]}" + (f" and {m[3]}" if m[3] else "") + " can"),
    (r"\bas aulas (?:acabam|terminam) (?:mais cedo|mais tarde)\b", "classes finish early"),
    (r"\b(?:se )?(?:os pais|os encarregados de educacao|as familias) (?:podem|poderao|vao poder) (?:assistir|ir|ver"
     r"|participar)(?: (?:a|ao|na|no|em))?\b", "if parents can attend"),
    # "um incêndio em casa", "a casa pegou fogo": a house fire
    (r"\b(?:(?:um|o) )?incendio\w*(?: (?:em|na|no) (?:casa|nossa casa|apartamento|predio))?"
     r"|\b(?:a )?(?:nossa )?casa (?:pegou|apanhou|ardeu|incendiou)\w*(?: fogo)?", "a house fire"),
    # "teve uma reação à vacina da gripe", "reagiu mal à vacina": unwell after a jab (an illness, not a visit)
    (r"\b(?:uma |a )?(?:forte |ma )?(?:reac(?:ao|oes)(?: (?:forte|alergica|adversa|ma))?|reagiu mal|reagiram mal)"
     r" (?:a|as|ao|da|de|com a) vacin\w*" + _VACCINE_OF, "a bad reaction"),
    # "tomou a vacina ontem", "levou a vacina da gripe", "foi vacinado": a vaccination had (before a fever, the reaction
    # is the reason, not a medical appointment): the English rules read "had his vaccination" so
    (r"\b(?:(?:tomou|levou|apanhou|recebeu|fez|tomaram|levaram) (?:a |as |uma )?vacinas?" + _VACCINE_OF
     + r"|(?:foi|foram) vacinad[oa]s?|vacinaram-n?[oa]s?|(?:o|a|os|as) vacinaram|vacinou-se|se vacinou)"
     r"( ontem| anteontem)?\b", lambda m: "had his vaccination" + (m[1] or "")),
    # "vacina da gripe", "vacina contra o sarampo": a vaccination (the illness is what it prevents)
    (r"\bvacin\w*" + _VACCINE_OF, "vaccination"),
    # "deve chegar às 10h": should arrive (before the arrival rules)
    (r"\bdev(?:e|em|era|erao|eria|eriam) (?=cheg|entr)", "should "),
    # "segunda estão de volta", "estão de volta na segunda": back on Monday
    (r"\b(segunda|terca|quarta|quinta|sexta)(?:-feira)?,? (?:(?:el[ea]s?|ja|eles ja|elas ja) )?(?:esta|estao|estara"
     r"|estarao|estamos|estaremos) de volta\b", r"back on \1"),
    (r"\b(?:esta|estao|estara|estarao|estamos|estaremos) de volta(?: (?:a|para a|pra) escola| as aulas)?"
     r" (?:na|no|em)\b", "back on"),
    (r"\b(?:esta|estao|estara|estarao|estamos|estaremos) de volta\b", "back"),
    # "o avô faz 90 anos", "a avó faz anos": a birthday ("faz 2 anos que": it has been two years, not a birthday)
    (r"\b(?:faz|fazem|fara|farao|completa|completam|vai fazer|vai completar) (?:(\d{1,3}) )?anos\b"
     r"(?! (?:que|desde|atras))",
     lambda m: f"has his {_ordinal(m[1])} birthday" if m[1] else "has a birthday"),
    # "boas festas!": season's greetings (not a party); "cansada da festa de ontem": tired after a party (the tiredness
    # is why she is off, the party is over)
    (r"\bboas festas\b|\bfeliz natal\b", "happy christmas"),
    (r"\b(?:cansad|exaust|esgotad|estafad)[oa]s? (?:d[aoe]s?|depois d[aoe]s?|por causa d[aoe]s?|com [ao]s?) (festa"
     r"|festinha|casamento|aniversario|viagem|passeio|jantar|batizado)s?\b",
     lambda m: "tired after the " + _OUTING.get(m[1], "party")),
    # "ele já está ótimo", "ela já está bem": recovered (the absence is over)
    (r"\b(?:(ele|ela|eles|elas) )?(?:ja (?:esta|estao|ta|tao)|(?:esta|estao|ta|tao) ja) (?:otim[oa]s?|bem|bo[ma]"
     r"|boas|bons|recuperad[oa]s?|completamente recuperad[oa]s?)\b(?! (?:melhor|pior)\b)"
     r"(?!,? (?:mas|porem|no entanto)\b)",
     lambda m: {"ele": "he ", "ela": "she ", "eles": "they ", "elas": "they "}.get(m[1] or "", "") + "is fine now"),
    # "houve uma inundação lá em casa", "a casa inundou", "rebentou um cano": a flood at home
    (r"\b(?:uma |a )?inundac(?:ao|oes)\b|\b(?:a casa |a cozinha |o apartamento )?(?:inundou|alagou)\b|\balagamento\w*",
     "a flood"),
    (r"\b(?:rebentou|estourou|rompeu)(?:-se)? (?:um|o) cano\b|\b(?:um|o) cano (?:rebentou|estourou|rompeu)\b"
     r"|\bcano rebentado\b", "a pipe burst"),
    # "a festa dos 80 anos da bisavó": a party (a family celebration)
    (r"\bfesta\w* de (?:anos|aniversario)\b|\bfesta\w* dos \d+ anos\b", "birthday party"),
    # "a festa de Natal": the (school's) Christmas party, as in English not a family event by itself
    (r"\b(?:a |na |da )?festa (?:de|do) natal\b", "the christmas party"),
    # "a festa na paróquia", "a festa da igreja", "a festa da nossa paróquia", "a festa religiosa": a church festival
    # (religious, not a party)
    (r"\b(?:a |na |da )?festa (?:n?[ao] |d[ao] |de )(?:(?:nossa|sua|minha) )?(?:paroquia|igreja|capela"
     r"|padroeir[oa]|santo|santa|comunidade (?:catolica|crista|da igreja))\w*"
     r"(?: (?:portugues|brasileir|catolic|local)\w*)?|\bfesta religiosa\b",
     "the church festival"),
    (r"\bfesta\w*|\bcomemorac\w*|\bcelebrac\w*", "party"),
    # thanks: "queria agradecer", "agradecemos"
    (r"\b(?:queria|quero|gostaria de|gostariamos de|queriamos|venho) agradecer\b|\bagradec(?:o|emos|eu)\b"
     r"|\bmuito obrigad[oa]s?\b", "thank you"),
    # textspeak: "hj" today, "tb"/"tbm" too, "pq" because, "vc" you, "ta com febre" is "esta com febre"
    (r"\bhj\b", "hoje"), (r"\b(?:tb|tbm)\b", "tambem"), (r"\bpq\b", "porque"), (r"\bvc\b", "voce"),
    (r"\bta\b(?= (?:com|doente|mal|ruim|melhor|pior|em casa|a vomitar|vomitando|de cama|muito|bem)\b)", "esta"),
    # "os dois estão com tosse": both (before "dois" becomes "two"); "às duas" (at two o'clock) is left alone
    (r"\b(?:todos )?os (?:meus )?dois\b(?! (?:dias|semanas|meses|horas|anos|vezes|ultimos|primeiros)\b)"
     r"(?: (?:filhos|meninos|miudos|pequenos|garotos|irmaos))?"
     r"|\b(?:todas )?as (?:minhas )?duas(?: (?:filhas|meninas|miudas|pequenas|garotas|irmas)\b|(?= (?:estao|tem|vao"
     r"|nao|ficam|ficarao|acordaram|andam|estiveram|passaram)\b))", "both"),
    # clock times: "às duas e meia", "pelas 9 e um quarto", "à uma hora", "consulta às duas" (not "as duas", both girls)
    (rf"\b(?:as|a|pelas|pela) ({_HORA}|\d{{1,2}})h?( e meia| e um quarto| e quinze| e trinta| menos um quarto"
     r"| menos quinze| (?:e|menos) (?:vinte e cinco|vinte|dez|cinco))(?: horas?)?\b",
     lambda m: "at " + _clock(m[1], m[2])),
    # "por volta das dez menos um quarto", "lá para as onze e vinte": an hour in words with its minutes is a time
    (rf"\b({_HORA})( e meia| e um quarto| e quinze| e trinta| menos um quarto| menos quinze"
     r"| (?:e|menos) (?:vinte e cinco|vinte|dez|cinco))(?: horas?)?\b(?! (?:dias|semanas|minutos|horas|anos|vezes))",
     lambda m: _clock(m[1], m[2])),
    (rf"\b(?:as|a|pelas|pela) ({_HORA}) (?:horas?|(da tarde)|da manha)\b",
     lambda m: "at " + _clock(m[1], None) + (" pm" if m[2] else "")),
    (rf"\b(consulta|marcad[oa]s?|dentista|medico|busc\w*|apanh\w*|recolh\w*|sai|saio|sair|saira|cheg\w*|entr\w*)"
     rf"((?:-\w+)?(?: (?:ela|ele|o|a|os|as))?) (?:as|a|pelas|pela) ({_HORA})\b(?! (?:filhas|meninas|miudas|criancas))",
     lambda m: f"{m[1]}{m[2]} at {_clock(m[3], None)}"),
    (r"\b(\d{1,2})h? (e meia|e um quarto|e quinze|menos um quarto)\b", lambda m: _clock(m[1], m[2])),
    (r"\b(?:(?:vai|vao|vamos|vou) )?cheg(?:ar|a|am|amos|ara|arao|aremos|o)(?: (?:la|ai|a escola|na escola))?"
     r" at (?=\d)", "will be in by "),
    # "do dia 11/12 até 18/12", "de 14 até 18 de dezembro": a range of dates (both ends, as "de segunda até quarta")
    # ("do dia 2/12 ao dia 4/12": "ao" too)
    (r"\b(?:de|do|desde)(?: (?:o )?dia)? (\d{1,2}/\d{1,2}(?:/\d{2,4})?) (?:ate|ao|a) (?:(?:o |ao )?dia )?"
     r"(?=\d{1,2}/\d)",
     r"from \1 to "),
    # "de 9 a 18/12": the month written once, on the last day (both days in it; an earlier month when the first day
    # is the larger: "de 28 a 4/1")
    (r"\b(?:de|do|desde)(?: (?:o )?dia)? (\d{1,2}) (?:ate|ao|a) (?:(?:o |ao )?dia )?(\d{1,2})/(\d{1,2})(/\d{2,4})?\b",
     lambda m: f"from {m[1]}/{m[3] if int(m[1]) <= int(m[2]) else int(m[3]) - 1 or 12} to {m[2]}/{m[3]}{m[4] or ''}"),
    (r"\b(?:de|do|desde)(?: (?:o )?dia)? (\d{1,2}) (?:ate|a) (?:(?:o |ao )?dia )?(?=\d{1,2} de (?:"
     + "|".join(pt for pt, _ in _MONTHS) + r")\b)", r"from \1 to "),
    # "vou buscá-la às 10h30 e ela já não volta depois": she won't come back (to school) afterwards
    (r"\b(?:ja )?nao (?:volta|regressa|retorna|vem)\w*(?: (?:a|para a|pra|pra a) escola| as aulas)?"
     r" (?:depois|mais|a seguir|em seguida)\b(?! (?:d[aeo]s?|hoje|amanha|na|no|segunda|terca|quarta|quinta|sexta)\b)",
     "won't be back after"),
    # "desde ontem à noite": since last night (not a span starting yesterday)
    (r"\bdesde (?:ontem (?:a|de|pela) noite|a noite passada|esta noite)\b", "since last night"),
    (r"\bdesde ontem(?: (?:a|de|pela) (?:tarde|manha))?\b", "since yesterday"),
    # "está com febre desde sexta-feira": ill since Friday (when it began); "desde segunda até quarta" is a span
    (r"\b(?<!falta )(?<!faltar )(?<!faltara )desde (?:a |o |na |no )?(segunda|terca|quarta|quinta|sexta|sabado|domingo)"
     r"(?:-feira)?(?: (?:passad[oa]|a noite|de noite|a tarde|de manha))?\b(?![^.!?]{0,40}\bate\b)",
     lambda m: "since " + _WEEKDAYS[m[1]]),
    # "vou deixar ela dormir", "deixá-lo descansar hoje": letting her sleep (kept at home to rest)
    (r"\b(?:(?:vou|vamos|vai|irei|iremos|prefiro|preferimos|decidi|decidimos) )?(?:deixar|deixa|deixo|deixamos)"
     r"(?:-(?:l[oa]s?|[oa]s?))?(?: (ele|ela|eles|elas|o|a|os|as))? (?:dormir|descansar|repousar)(?: (?:mais|um pouco"
     r"|bastante|ate tarde|ate mais tarde))?\b",
     lambda m: "i'll let " + {"ele": "him", "o": "him", "eles": "them", "os": "them", "elas": "them",
                              "as": "them"}.get(m[1] or "", "her") + " sleep"),
    # "vou deixar ele em casa", "vou deixá-la em casa", "deixo-o em casa": kept at home
    (r"\b(?:(?:vou|vamos|vai|irei|iremos|prefiro|preferimos|decidi|decidimos) )?(?:deixar|deixa|deixo|deixamos)"
     r"(?:-(?:l[oa]s?|[oa]s?))?(?: (?:ele|ela|eles|elas|o|a|os|as))? (?:em casa|de molho|descansar em casa)\b",
     "keeping him at home"),
    # "ainda não sei quantos dias": not sure yet how long (a vague end)
    # "o Rodrigo ainda não tem nada, vai normalmente": he is fine (a sibling not ill, not an absence)
    (r"\b(?:ainda )?nao (?:tem|teve|apanhou|apresenta|sente) nada\b(?! (?:a ver|de|para|pra|que|com)\b)", "is fine"),
    # "ainda não nos deram a data", "ainda não marcaram o dia": the day is not known yet (cannot be placed)
    (r"\b(?:ainda )?nao (?:nos |me |lhe )?(?:deram|disseram|marcaram|mandaram|enviaram|confirmaram|deu|disse|marcou"
     r"|mandou|enviou|confirmou|temos|tenho|sabemos|sei)(?: ainda)? (?:a|uma|o) (?:data|dia)\b"
     r"(?! (?:\d|de (?:hoje|amanha)))",
     "they haven't given us a date"),
    (r"\bainda nao (?:sei|sabemos|temos certeza|tenho certeza)\b", "not sure yet"),
    (r"\bquantos dias\b", "how many days"), (r"\bate quando\b", "until when"), (r"\bainda\b", "still"),
    # "depois vou dando notícias", "amanhã aviso como está": will keep the school updated
    (r"\b(?:depois )?(?:(?:vou|vamos|irei|iremos) )?(?:dando|dar|mandando|mandar|enviando) noticias\b"
     r"|\b(?:dou|darei|daremos|damos|mando|mandarei) noticias\b"
     r"|\b(?:vou|vamos) (?:mantendo|manter)(?:-(?:l[oa]s?|vos|te))?(?: (?:voces|voce|vos|os|te|a escola))?"
     r" (?:informad\w*|a par)\b", "will keep you updated"),
    # "depois digo alguma coisa sobre sexta", "sexta logo se vê": that day is not decided yet (not a day of absence)
    (r"\b(?:(?:depois|mais logo|logo|amanha|mais tarde) )?(?:eu )?(?:te |lhe |vos |os )?(?:aviso|digo|informo"
     r"|conto|escrevo|falo|dou noticias)(?: (?:alguma coisa|algo|qualquer coisa|melhor))?"
     r" (?:sobre|quanto a|em relacao a|para|de) (?:a |o |na |no )?(segunda|terca|quarta|quinta|sexta)(?:-feira)?\b",
     r"i'll let you know about \1"),
    (r"\b(?:(?:e|a|o|na|no) )?(segunda|terca|quarta|quinta|sexta)(?:-feira)?,? (?:ja |depois |logo )?"
     r"(?:veremos|vamos ver|se ve|logo se ve|ve-se|decidimos|vemos)\b", r"we'll see about \1"),
    (r"\b(?:(?:e )?depois )?(?:ja )?(?:veremos|vamos ver|logo se ve),? (?:(?:a|o|na|no|para) )?"
     r"(segunda|terca|quarta|quinta|sexta)(?:-feira)?\b", r"we'll see about \1"),
    (r"\b(?:amanha|mais logo|logo) (?:eu )?(?:te |lhe |vos |os )?(?:aviso|digo|informo|conto|escrevo)\b"
     r"(?: (?:como|se) (?:el[ea]s? )?(?:esta|estao|fica|ficam|vai|vao|passa|passou|acordar|acorda)\b)?",
     "i'll let you know tomorrow how they are"),
    # "infeção urinária", "infecção": an infection
    (r"\binfec?cao (?:urinaria|na urina|de urina)\b", "urinary infection"), (r"\binfec?c(?:ao|oes)\b", "infection"),
    (r"\benxaquec\w*", "migraine"),
    (r"\b(?:esta|anda|ficou|acordou|sente-se|se sente) (?:muito |bem |um pouco |meio )?(?:enjoad\w*|nausead\w*)"
     r"|\benjoad\w*|\benjoos?\b|\bnauseas?\b", "feels sick"),
    # "depois do almoço": after lunch; "se melhorar levo ela depois do almoço": in for the afternoon
    (r"\b(?:depois|apos|a seguir a?) (?:d?o almoco|de almocar)\b|\ba seguir ao almoco\b", "after lunch"),
    (r"\bse (?:el[ea] )?(?:melhorar|estiver melhor|ficar melhor|se sentir melhor)\b", "if she's better"),
    (r"\b(?:(?:eu )?(?:levo|trago|deixo|levamos|trazemos)(?:-(?:[oa]s?|l[oa]s?))?|(?:vou|vamos) (?:levar|trazer|deixar)"
     r"(?:-(?:l[oa]s?))?)(?: (?:ele|ela|eles|elas|o|a|os|as))?(?: (?:a|para a|pra|pra a|na) escola)? (?=after lunch\b)",
     "i'll bring her in "),
    # "só vão para a escola depois do almoço": they only go in after lunch (out for the morning)
    (r"\b(?:so )?(?:vai|vao|vem|ira|irao|vira|virao|volta|voltam|entra|entram|chega|chegam)"
     r"(?: (?:a|para a|pra|pra a|na) escola)? (?=after lunch\b)", "will be in "),
    # "sem falta": without fail (not an absence); "trabalho de casa": homework
    (r"\bsem falta\b", "without fail"),
    (r"\b(?:trabalhos? de casa|tpcs?|licao de casa|licoes de casa|deveres? de casa)\b", "homework"),
    (r"\b(?:pode|podia|poderia|podem) (?:dizer|avisar|informar|lembrar|entregar)\b", "could you tell"),
    (r"\bem casa d[oa]s? (pai|mae|avos?|avo|tia|tio|padrinhos?|madrinha)\b",
     lambda m: "at his " + {"pai": "dad", "mae": "mum", "tia": "aunt", "tio": "uncle"}.get(m[1], "grandparents")
     + "'s house"),
    # "presos no trânsito por causa de um acidente na rotunda": stuck in traffic
    (r"\b(?:estamos |estou |ficamos |ficou )?(?:pres[oa]s?|parad[oa]s?|retid[oa]s?|encalhad[oa]s?|metid[oa]s?)"
     r" (?:no|num|em) (?:transito|engarrafamento|trafego|fila)\b", "stuck in traffic"),
    (r"\bengarrafamento\w*|\bfila de transito\b|\btransito intenso\b", "traffic jam"),
    # "estamos no trânsito", "estou num engarrafamento", "apanhámos trânsito": caught in traffic (on the way)
    (r"\b(?:estamos|estou|estao|esta|ficamos|fiquei|apanhamos|apanhei|pegamos|peguei) (?:(?:ainda|ja|aqui) )?(?:no|num"
     r"|em|muito|um|uma) (?:(?:bocado|pouco) de )?(?:transito|engarrafamento|trafego|fila de carros)\b",
     "we are stuck in traffic"),
    (r"\bpor causa d(?:[eoa]|os|as)\b", "because of"),
    (r"\b(?:a |na |da )?(rotunda|rotatoria|estrada|rua|avenida|cruzamento|entrada|saida|parque de estacionamento"
     r"|estacionamento|semaforos?) do hospital\b",
     lambda m: " the hospital " + {"rotunda": "roundabout", "rotatoria": "roundabout", "cruzamento": "junction",
                                   "semaforo": "lights", "semaforos": "lights", "parque de estacionamento": "car park",
                                   "estacionamento": "car park"}.get(m[1], "road")),
    (r"\brotundas?\b|\brotatorias?\b", "roundabout"),
    # "fez raio-x ontem no hospital": had an x-ray (a past test, not an appointment today)
    (r"\b(?:fez|fizeram|tirou|tiraram|teve)(?: (?:um|uma|uns|umas|o|a|os|as))? (?=raio|radiografia|ressonancia|tac"
     r"|ecografia|exames|analises|testes)", "had "),
    (r"\braio[- ]?x\b|\bradiografia\w*", "x-ray"),
    # "hoje à tarde já não volta": not back (a partial day), before "volta" reads as a return
    # a bare "não vem hoje" is not coming at all (the whole day)
    (r"\b(?:(?:ja )?nao (?:volta|voltam|regressa|regressam|retorna|retornam|vai voltar|vao voltar)|ja nao vem)"
     r"(?: (?:a|para a|pra) escola| as aulas)?\b(?! (?:na|no|ate|antes|depois|a partir)\b)", "won't be back"),
    # "segunda já vai", "na segunda ele já volta": in again that day (the day of return, not another day off)
    (r"\b(?:(?:n|d)?[ao] )?(segunda|terca|quarta|quinta|sexta)(?:-feira)?,? (?:(?:ele|ela|eles|elas) )?ja (?:vai|vao"
     r"|vem|volta|voltam|regressa|regressam|(?:esta|estao|estara|estarao) (?:ai|na escola|nas aulas)|ira|irao)"
     r"(?: (?:a|para a|pra|pra a) escola| as aulas)?\b", r"back on \1"),
    (r"\bja (?:vai|vao|vem|volta|voltam|regressa|regressam|ira|irao)(?: (?:a|para a|pra|pra a) escola| as aulas)?"
     r" (?:na |no )?(?=(?:segunda|terca|quarta|quinta|sexta)\b)", "back on "),
    # "amanhã já fica o dia todo (na escola)": in for the whole day again (not another day off)
    (r"\bja (?:fica|ficam|vai ficar|vao ficar|esta|estao)(?: na escola)? (?:o dia (?:todo|inteiro)|todo o dia)"
     r"(?: na escola)?\b", "will be in as normal"),
    (r"\bja\b", "already"),
    # "agradecer à Miss Clarke": to the teacher ("a miss" is not a missed day)
    (r"\b(?:a|ao|para a|para o|pra) (?=(?:miss|mr|mrs|ms|mx|sr|sra|dr|dra|teacher)\.? [a-z])", "to "),
    # "chegou muito tarde da festa ontem": got back very late from it (over; not a late arrival at school)
    (r"\b(?:chegou|chegaram|chegamos|cheguei|voltou|voltaram|voltamos|voltei|regressou|regressaram|regressamos|veio"
     r"|vieram|viemos)(?: (?:a|para|pra) casa)?(?: (?:muito|bem|super|tao|mesmo|bastante|um pouco|um bocado|mais))?"
     r" tarde(?: (?:a|para|pra) casa)? (?:d[aoe]s?|de uma?|duma?|dum)\b", "we got back very late from the"),
    # "chegamos tarde ontem de um show", "ontem chegamos tarde a casa": got home late last night (over; not a late
    # arrival at school)
    (r"\b(?:ontem|last night) (?:chegou|chegaram|chegamos|cheguei|voltou|voltaram|voltamos|voltei|regressou"
     r"|regressaram|regressamos|veio|vieram|viemos)(?: (?:a|para|pra) casa)?(?: (?:muito|bem|super|tao|mesmo|bastante"
     r"|um pouco|um bocado|mais))? tarde(?: (?:a|para|pra|em) casa)?\b"
     r"|\b(?:chegou|chegaram|chegamos|cheguei|voltou|voltaram|voltamos|voltei|regressou|regressaram|regressamos|veio"
     r"|vieram|viemos)(?: (?:a|para|pra) casa)?(?: (?:muito|bem|super|tao|mesmo|bastante|um pouco|um bocado|mais))?"
     r" tarde(?: (?:a|para|pra|em) casa)? (?:ontem|last night)\b", "we got back very late last night"),
    # "vai chegar mais tarde", "chega um bocado atrasado": running late
    (r"\b(?:(?:vai|vao|vou|vamos|ira|irao) )?cheg(?:ar|a|am|amos|ara|ara|arao|aremos) (?:um (?:pouco|bocado|pouquinho"
     r"|bocadinho|nadinha) |bem |muito |mais )?(?:mais )?(?:tarde|atrasad[oa]s?)\b", "running late"),
    # "o Duarte só vai à escola à tarde", "entra só de tarde": in school for the afternoon only (out for the morning)
    (r"\b(?:(ele|ela|eles|elas) )?(?:(?:so|apenas|somente) )?(?:vai|vao|vem|entra|entram|ira|irao|chega|chegam)"
     r"(?: (?:a|para a|pra|pra a|na) escola| as aulas)?(?: (?:so|apenas|somente))? (?:a|de|pela|na parte da) tarde\b"
     r"(?! (?:de|do|da)\b)",
     lambda m: {"ele": "he'll", "ela": "she'll", "eles": "they'll", "elas": "they'll"}.get(m[1] or "", "will")
     + " only be in school for the afternoon"),
    # "de manhã está na escola normalmente", "de manhã vem às aulas": in for the morning (collected for the afternoon)
    (r"\b(?:de|pela|durante a|na parte da) manha,? (?:(?:ele|ela|eles|elas) )?(?:esta|estao|estara|estarao"
     r"|vai estar|vao estar|fica|ficam|vai|vao|vem|ira|irao)(?:(?: (?:na|a|para a|pra|pra a) escola| as aulas"
     r"| nas aulas)(?: (?:normalmente|normal|como sempre|como de costume))?|(?: (?:normalmente|como sempre"
     r"|como de costume)))\b", "will be in for the morning"),
    # "ele volta à escola para as aulas da tarde": back in school for the afternoon (out for the morning only)
    (r"\b(?:(ele|ela|eles|elas) )?(?:volta|voltam|voltara|voltarao|regressa|regressam|vai|vao|vem|entra|entram)"
     r"(?: (?:a|para a|pra|pra a|na) escola)? (?:para|pra) (?:as aulas da tarde|a tarde|o periodo da tarde)\b",
     lambda m: {"ele": "he'll", "ela": "she'll", "eles": "they'll", "elas": "they'll"}.get(m[1] or "", "will")
     + " be back in school for the afternoon"),
    # "vai à escola hoje e amanhã": in school on both days (each day named as a day in)
    (r"\b(?:vai|vao|vem|ira|irao|esta|estao|estara|estarao) (?:a|para a|pra|pra a|na) escola (hoje|amanha"
     r"|segunda|terca|quarta|quinta|sexta)(?:-feira)? e (?:n[ao] )?(hoje|amanha|segunda|terca|quarta|quinta|sexta)"
     r"(?:-feira)?\b", r"will be in \1 and will be in \2"),
    # "volta à escola às 11h", "regressa à escola por volta do meio-dia": back in school at that time (after an
    # appointment; the time follows)
    (r"\b(?:volta|voltam|voltara|voltarao|regressa|regressam|regressara|regressarao|retorna|retornam)"
     r" (?:a|para a|pra|pra a) escola (?=(?:(?:as|pelas|pela|ao|la pel[ao]s?) (?:\d|meio[- ]dia\b)|(?:(?:la )?por volta"
     rf"|a volta|cerca|perto) d[ao]s? (?:\d|meio[- ]dia\b|(?:{_HORA})\b)))", "will be in school "),
    # "deve chegar por volta do meio-dia", "chega lá pelo meio-dia", "entra por volta das onze": the arrival time
    # (noon or an hour in words; not "volta", back)
    (r"\b(?:(?:vai|vao|vamos|vou) )?(?:cheg|entr)(?:ar|a|am|amos|ara|arao|aremos|o)(?: (?:la|ai|a escola|na escola))?"
     r" (?:(?:la )?por volta d[oa]|(?:la )?pelo|perto d[oa]|cerca d[oa]|ao) meio[- ]dia\b"
     rf"|\b(?:(?:vai|vao|vamos|vou) )?(?:cheg|entr)(?:ar|a|am|amos|ara|arao|aremos|o)(?: (?:la|ai|a escola|na escola))?"
     rf" (?:la )?(?:por volta|perto|cerca) d[ao]s? ({_HORA})(?: horas?)?\b",
     lambda m: "will arrive around " + (_clock(m[1], None) if m[1] else "12:00")),
    # "chegamos lá pelas 10h", "vai chegar umas 9h", "deve entrar por volta das 10h": the arrival time
    (r"\b(?:(?:vai|vao|vamos|vou) )?(?:cheg|entr)(?:ar|a|am|amos|ara|arao|aremos|o)(?: (?:la|ai|a escola|na escola))?"
     r" (?:(?:por )?volta das|pelas|pela|umas|uma|perto das|perto da|cerca das|la pelas|la para as|para as|as|a)"
     r" (?=\d)", "will arrive around "),
    # "tenho de ficar a tomar conta do irmão mais novo": I have to look after her younger brother (sibling care)
    (r"\b(?:tenho|temos|tive|tivemos) (?:de|que) (?:ficar (?:em casa )?(?:a|para|pra) )?(?:tomar conta|cuidar|olhar)"
     r" d[oa] (?:(?:seu|sua|meu|minha) )?(?:irma|irmao|irmazinha|irmaozinho|mana|mano|bebe)"
     r"(?: (?:mais nov[oa]|mais velh[oa]|pequen[oa]|cacula))?\b", "i have to look after her younger brother"),
    # "o Rodrigo vai ter de ficar em casa a tomar conta do irmão", "fica em casa cuidando da irmã": the child kept
    # home to look after a sibling (sibling care)
    (r"\b(?:(?:vai|vao|tem|tera|vai ter|vao ter) (?:de|que) |vai |vao )?fic(?:ar|a|am|ara|arao) em casa(?: hoje)?"
     r" (?:(?:a|para|pra) (?:tomar conta|cuidar|olhar)|cuidando|tomando conta) d[oa]s? (?:(?:seu|sua|seus|suas) )?"
     r"(?:irma|irmao|irmas|irmaos|irmazinha|irmaozinho|mana|mano|bebe)s?"
     r"(?: (?:mais nov[oa]s?|mais velh[oa]s?|pequen[oa]s?|cacula))?\b",
     "is staying home to look after his little brother"),
    # "vai chegar na escola depois do almoço", "entra só depois do almoço": in after lunch (misses the morning)
    (r"\b(?:(?:vai|vao|vamos|vou|ira|irao|so) )?(?:cheg\w*|entr\w*|vir|ir|vem|vai)"
     r"(?: (?:na|a|para a|pra|pra a) escola)?(?: so)? (?=depois do almoco\b|after lunch\b)", "will be in "),
    # "vamos passar o Natal em Portugal com a família": spending Christmas away (a holiday)
    (r"\b(?:vamos |vou |vao |iremos )?passar (?:o )?natal (?:em|no|na|nos|nas)\b", "we are spending christmas in"),
    # "vamos à Madeira estar com a família", "vão para os Açores passar uns dias com os avós": a trip to be with family
    (r"\b(?:vamos|vou|vao|vai|iremos|irao|vamos ir) (?:para os|para as|para a|para o|para|aos|ao|as|a|pros|pra|pro)"
     r" ([a-z]+(?: [a-z]+)?) (?:para |pra )?(?:estar|ficar|passar (?:uns|alguns|umas|o natal|as ferias|o fim de semana)"
     r"(?: dias| semanas)?)(?: uns dias| umas semanas| alguns dias)? (?:com|junto d[aeo]s?)(?: a| os| as)?"
     r" (?:nossa |nossos |minha |meus |sua |seus )?(?:familia|avos|avo|parentes|tios|primos)\b",
     lambda m: "we are going to " + _ISLES.get(m[1], m[1]) + " to visit family"),
    # "vamos à Madeira", "nos Açores": islands and regions families travel to (a place, not a child's name)
    (r"\b(?:vamos|vou|vao|iremos) (?:para os|para as|para a|para o|para|aos|ao|as|a|pros|pra|pro)"
     r" (madeira|acores|algarve|canarias)\b", lambda m: "we are going to " + _ISLES[m[1]]),
    (r"\bcom a (?:familia|nossa familia)\b", "with the family"),
    # "vamos visitar a família", "visitar os avós": visiting family
    (r"\b(?:vamos |vou |vao |fomos )?(?:visitar|ver) (?:a |os |as )?(?:familia|avos|parentes)\b",
     "we are visiting family"),
    # "até o fim do período", "até ao final do trimestre": until the end of term
    (r"\bate (?:ao?|o) (?:fim|final) do (?:periodo|trimestre|semestre|ano letivo)\b", "until the end of term"),
    # a sibling ill at home: "a irmã mais nova está doente"
    (r"\b(?:a |o )?(?:sua |seu |minha |meu |nossa |nosso )?(?:irma|irmao|irmazinha|irmaozinho|mana|mano|bebe)"
     r"(?: (?:mais nova|mais novo|mais velha|mais velho|pequena|pequeno|bebe|cacula))?(?: d[ao] \w+)?"
     r" (?:tambem )?(?:esta|ta|ficou|anda|acordou) (?:tambem )?(?:doente|mal|com febre|a vomitar|vomitando)\b",
     "her younger brother is ill"),
    # "estou em casa com a bebé doente", "com o irmão com febre": with a sibling who is ill (sibling care)
    (r"\b(?:a |o )?(?:sua |seu |minha |meu |nossa |nosso )?(?:irma|irmao|irmazinha|irmaozinho|mana|mano|bebe)"
     r"(?: (?:mais nova|mais novo|mais velha|mais velho|pequena|pequeno|bebe|cacula))?"
     r" (?:doente|com febre|a vomitar|vomitando)\b", "her little sister who is ill"),
    # "não tenho ninguém para ficar com a irmã mais nova": no one to look after the younger sibling (sibling care)
    (r"\bnao (?:tenho|temos|ha|tem) (?:ninguem|quem|mais ninguem)(?: (?:para|pra|que))?(?: (?:possa|pode))?"
     r" (?:(?:ficar|fique|estar|esteja) com|olhar por|olhar para|olhe por|(?:tomar|tome) conta d|cuid(?:ar|e) d)"
     r"(?:(?<= d)[oa]s?|(?<!d) [oa]s?)? (?:(?:seu|sua|seus|suas|meu|minha|meus|minhas) )?(?:irma|irmao|irmas|irmaos"
     r"|irmazinha|irmaozinho|mana|mano|manas|manos|bebe|pequen[oa]s?)\b(?: (?:mais nov[oa]s?|mais velh[oa]s?"
     r"|pequen[oa]s?|cacula|bebe))?", "no one to look after her little sister"),
    # "não tenho com quem a deixar depois", "não temos com quem deixá-lo": no one to leave her with (no childcare)
    (r"\bnao (?:tenho|temos|ha|tem) (?:ninguem )?com quem (?:(o|a|os|as) )?deix(?:ar|a-l([oa]s?))\b"
     r"(?: (?:depois|a tarde|de tarde|em casa))?",
     lambda m: "i have no one to leave " + {"o": "him", "os": "them", "as": "them"}.get(m[1] or m[2] or "", "her")
     + " with"),
    # "não tenho como o levar": no one to take him in (kept off for the family's reasons) when a sibling is ill;
    # otherwise (a strike, no car) no way to get them there, a transport problem
    (r"(\bher younger brother is ill\b[^.!?]*?)\bnao (?:tenho|temos|ha|tem) como (?=(?:o |a |os |as |lhe )?"
     r"(?:levar|trazer|leve|traga|deixar))", r"\1nao tenho quem "),
    (r"\bnao (?:tenho|temos|ha|tem) como (?:o |a |os |as |lhe )?(?:levar|trazer|leve|traga|deixar)(?:-l[oa]s?)?"
     r"(?: (?:a|para a|pra|na) escola)?\b(?![^.!?]*\bher younger brother is ill\b)", "no way to get them to school"),
    # "o carro avariou e hoje não conseguimos levar os miúdos": after a transport failure in the same sentence, no
    # way to get them there (a transport problem, not a day off)
    (r"(\b(?:carro|autocarro|onibus|comboio|trem|metro|greve|transporte)\b[^.!?]*?)\bnao (?:posso|podemos|consigo"
     r"|conseguimos|vamos conseguir|vou conseguir) (?:o |a |os |as )?(?:levar|trazer)(?:-l[oa]s?)?"
     r"(?: (?:a|para a|pra|na) escola)?\b", r"\1no way to get them to school"),
    (r"\bnao (?:tenho|temos|ha|tem) (?:como|quem|ninguem (?:para|pra|que))"
     r" (?:o |a |os |as |lhe )?(?:levar|trazer|leve|traga|ir buscar|deixar)(?:-l[oa]s?)?"
     r"(?: (?:a|para a|pra|na) escola)?\b"
     r"|\bnao (?:posso|podemos|consigo|conseguimos) (?:o |a |os |as )?(?:levar|trazer)(?:-l[oa]s?)?"
     r"(?: (?:a|para a|pra|na) escola)?\b", "no one to take him"),
    # scans: "ressonância magnética", "TAC", "ecografia"
    (r"\bressonancia(?: magnetica)?\b|\btac\b|\btomografia\w*|\becografia\w*|\bradiografia\w*|\braio[- ]x\b",
     "mri scan"),
    (r"\b(?:engessad\w*|com gesso|o gesso|um gesso|imobilizad\w*)\b", "in a cast"),
    # "depois da consulta levo-o para a escola": in school after the appointment
    (r"\b(?:depois|apos|a seguir a?) d[ao] (?:consulta|dentista|medico|medica|exame|vacina|analises)\w*,?"
     r"(?: (?:eu|a gente|nos|o pai|a mae))? (?:levo|leva|trago|traz|deixo|deixa|levamos|trazemos|deixamos|vou levar"
     r"|vai levar|vou deixar|vai deixar|vamos levar|vamos deixar|vai|vem|volta|segue)(?:-\w+)?"
     r"(?: (?:ele|ela|eles|elas|o|a|os|as))?(?: (?:a|para a|na|pra|pra a|ate a) escola)?", "will be in after"),
    # back in school after the appointment: "depois eu levo ele pra escola"
    (r"\bdepois,?(?: (?:eu|a gente|nos|o pai|a mae))? (?:levo|leva|trago|traz|deixo|deixa|levamos|trazemos"
     r"|deixamos|vou levar|vai levar|vou deixar|vai deixar|vamos levar|vamos deixar)(?:-\w+)?"
     r"(?: (?:ele|ela|eles|elas|o|a|os|as))?(?: (?:a|para a|na|pra|pra a|ate a) escola)?",
     "will be in after"),
    # a relative in hospital: a family emergency
    (r"\b(?:minha|a minha|meu|o meu) (?:mae|pai|marido|esposa|mulher|avo|sogra|sogro|irma|irmao)"
     r" (?:sofreu|teve) (?:um )?(?:acidente|avc|infarto|enfarte|ataque cardiaco)\w*",
     "my mother had an accident"),
    (r"\b(?:estamos|estou|estou com ela|ficamos) (?:no|na|em) (?:hospital|urgencia|pronto-socorro|emergencia)"
     r" com (ela|ele)\b", r"we are in the hospital with \1"),
    (r"\bmeu filho\b|\bo meu filho\b", "my son"), (r"\bminha filha\b|\ba minha filha\b", "my daughter"),
    # "vai ficar em casa até melhorar": a vague end
    (r"\bate (?:ela |ele )?(?:melhorar|ficar melhor|sarar|se recuperar|estar melhor)\w*", "until she's better"),
    (r"\b(?:aviso|avisarei|vou avisar|te aviso|lhe aviso|informo)\b", "will let you know"),
    (r"\bpronto[- ]socorro\b|\burgencias?\b|\bemergencia\b", "a&e"),
    (r"\bamigdalite\w*", "tonsillitis"), (r"\botite\w*", "ear infection"), (r"\bbronquite\w*", "bronchitis"),
    (r"\bficar em casa (\d{1,2}|dois|duas|tres|quatro|cinco) dias\b", r"stay at home for \1 days"),
    # "vomitou várias vezes hoje à tarde, não vai poder ir": the illness was this afternoon, the absence is next
    (r"\b(vomitou|vomitaram|passou mal|teve febre|teve diarreia)\b([^.!?]*?) ?\b(?:hoje a tarde|hoje de tarde"
     r"|esta tarde)\b(?=[^.!?]*\bnao\b)", r"\1\2"),
    # "esteve doente na segunda e terça": was ill (a past state, over), not "is ill"
    (r"\besteve\b", "was"), (r"\bestiveram\b", "were"),
    # "esqueceu-se do casaco aí na sexta", "deixou a mochila na escola": a thing left behind then (a past remark,
    # not a day off)
    (r"\b(?:(ele|ela) )?(?:esqueceu-se|se esqueceu|esqueceu|deixou) (?:d?[oa]s? )(?=[a-z-]+ (?:ai|la|na escola|no"
     r" colegio|na sala)\b)", lambda m: {"ele": "he ", "ela": "she "}.get(m[1] or "", "") + "had forgotten his "),
    (r"\bele\b", "he"), (r"\bela\b", "she"),
    # "desculpa avisar tarde": sorry for the late notice, not a late arrival
    (r"\b(?:desculp\w*|perdao|perdoe\w*|sinto muito)(?: (?:por|pelo|pela|de|o|a))? (?:so )?(?:avis\w*|inform\w*"
     r"|mensagem|escrever)(?: (?:tao|so|muito|assim))? (?:tarde|em cima da hora|so agora|atrasad\w*|tardi\w*)\b"
     r"|\b(?:aviso|mensagem) (?:tardi\w*|atrasad\w*|em cima da hora)\b", "sorry for the late notice"),
    # "só volta depois das férias": back after the Christmas holidays, not a holiday
    # "só volta depois do Natal", "regressa após as festas": the same, with Christmas or the festive season named
    (r"\b(?:so )?(?:volta|voltam|voltara|voltarao|regressa|regressam|retorna|retornam)\w*(?: (?:a escola|as aulas))?"
     r" (?:depois|apos) (?:(?:d?as )?ferias\w*(?: (?:de|do) natal)?|(?:d?o )?natal|(?:d?as )?festas"
     r"|(?:d?o )?ano novo)\b", "won't be back until after the christmas holidays"),
    # "próxima sexta", "sexta-feira que vem": next Friday; with its date ("sexta que vem, dia 11") the date places it
    (r"\b(?:proxima|proximo) (?=(?:segunda|terca|quarta|quinta|sexta)(?:-feira)?,? (?:(?:n|d)?o )?dia \d)", ""),
    (r"\b(segunda|terca|quarta|quinta|sexta)((?:-feira)?) que vem(?=,? (?:(?:n|d)?o )?dia \d)", r"\1\2"),
    # "na terça ou na quarta": Tuesday or Wednesday (the repeated "na" dropped, as English says it)
    (r"\b(?:(?:n|d)?[ao] )?(segunda|terca|quarta|quinta|sexta)((?:-feira)?) ou (?:(?:n|d)?[ao] )?"
     r"(?=(?:segunda|terca|quarta|quinta|sexta)\b)", r"\1\2 ou "),
    (r"\b(?:proxima|proximo) (?=(?:segunda|terca|quarta|quinta|sexta)\b)", "next "),
    (r"\b(segunda|terca|quarta|quinta|sexta)((?:-feira)?) que vem\b", r"next \1\2"),
    (r"\b(?:os|as) (?:miudos|miudas|putos|garotos|garotas|pequenos|criancas)\b", "the kids"),
    (r"\b(?:todos )?os (?:tres|3)\b(?! (?:dias|semanas|horas))|\btod[ao]s (?:as|os) (?:tres|3)\b", "all three"),
    (r"\b(?:todos )?os (?:quatro|4)\b(?! (?:dias|semanas|horas))|\btod[ao]s (?:as|os) (?:quatro|4)\b", "all four"),
    (r"\b(?:ambos|ambas)\b|\b(?:todos|todas) (?:os|as) (?:dois|duas)\b", "both"),
    (r"\bnem\b(?= (?:hoje|amanha|na|no|segunda|terca|quarta|quinta|sexta|depois))", "and"),
    # "os outros (dois) vão normalmente": the others come in
    (r"\b(?:os|as) (?:outr[oa]s|demais)(?: (?:dois|duas|tres|miudos|filhos|irmaos|criancas))? (?:vao|vem|irao"
     r"|estao a ir|estao indo)(?: (?:a escola|para a escola|pra escola))?(?: (?:normalmente|normal))?",
     "the others will be in as normal"),
    (r"(?<!\bnao )(?<!\bnao pode )(?<!\bnao podem )(?<!\bnao vai )(?<!\bnao vao )"
     r"\b(?:so )?(?:(?:pode|podem|vai|vao|deve|devem|podera|poderao) )?(?:volta|regressa|retorna)\w*"
     r"(?: (?:a|para a|pra|para|pra a|as aulas|a aula)(?: escola)?)?(?: (?:na|no|em)\b|(?= dia \d)"
     r"| a(?= \d{1,2} de [a-z]))", "back on"),
    # "no dia 16": the 16th
    (r"\b(?:(?:n|d)?o )?dia (\d{1,2})\b(?! de | ?[/:.h]\d)",
     lambda m: f"the {_ordinal(m[1])}"),
    # "volta dia 7/12", "até ao dia 7/12", "falta no dia 3/12": "dia" before a date written in figures (on that date;
    # after "back on", "até", "desde", the word the date follows says it)
    (r"\b(back on|ate|ate (?:a|o|ao)|desde(?: o)?|a partir do|from|until) (?:o )?dia (?=\d{1,2}/\d{1,2}\b)", r"\1 "),
    (r"\b(?:(?:n|d)?o |em )?dia (?=\d{1,2}/\d{1,2}\b)", "on "),
    (r"\bcatapora\b", "chickenpox"), (r"\b(?:o )?natal\b", "christmas"),
    # "para irmos às compras de Natal": to go (Christmas) shopping
    (r"\b(?:(?:para |pra )?(?:irmos|ir|vamos|vou) (?:as |fazer )|fazer |ir as )?compras(?: de (?:natal|christmas))?\b",
     "shopping"), (r"\bcomprar\b", "shopping"),
    (r"\b(?:vai|vao|vai ter que|vai precisar) faltar\b", "will be absent"),
    # "vamos para Angola no dia 14/12": we are travelling abroad (going abroad is a holiday); a country spelled as in
    # English ("Portugal", "Angola") is left out, as a capitalised word kept in the English reads as a child's name
    (r"\b(?:(?:nos|a gente) )?(?:vamos|vou|vao|iremos|vamos ir|vou ir) (?:pr[oa]|para(?: [oa])?|ao|a)"
     r" (brasil|portugal|angola|mocambique|cabo verde|espanha|franca|italia)\b",
     lambda m: "we are travelling abroad" + ("" if _COUNTRIES[m[1]] == m[1] else " to " + _COUNTRIES[m[1]])),
    # "vamos ao Brasil": to (in) the country
    (r"\b(?:n[oa]|pr[oa]|para(?: [oa])?|a|ao|pelo|pela)"
     r" (brasil|portugal|angola|mocambique|cabo verde|espanha|franca|italia)\b",
     lambda m: " in " + _COUNTRIES[m[1]] + " "),
    (r"\bvoos?\b", "flight"),
    # "apanhar o voo na quinta à noite depois da escola": leaving that evening, after school (no day missed)
    (r"\b(?:n[ao] )?(segunda|terca|quarta|quinta|sexta)(?:-feira)? (?:a|de|pela) noite\b",
     lambda m: f"on {_WEEKDAYS[m[1]]} evening"),
    (r"\bdepois da (?:escola|aula|s aulas)\b", "after school"),
    # "chegamos daqui a 15 minutos": in that many minutes (an arrival time)
    (r"\b(?:(?:vai|vao|vamos|vou) )?(?:cheg|entr)(?:ar|a|am|amos|o|ara|arao|aremos)(?: (?:la|ai|a escola|na escola))?"
     r" (?:daqui a|dentro de|em) (?:uns |umas )?(\d{1,3}) (?:minutos|mins?)\b", r"we'll be there in \1 minutes"),
    (r"\bescarlatina\b", "scarlet fever"),
    # "o Miguel tem teste e vai.": a bare "vai" ending the clause, he goes in (the sibling is not off)
    (r"(?<!\bnao )(?<!\bja )(?<!\bso )(?<!\bnao )\b(?:e |mas )?(?:(?:ele|ela|eles|elas) )?(?:vai|vao|ira|irao)"
     r"(?= *(?:[.!;]|$))", "and will be in as normal"),
    # "o Lucas vem connosco", "ela vai com a gente": the child comes along with the family (away with them)
    (r"\b(?:vem|vao|vai|ira|irao|vira|virao) (?:connosco|conosco|com a gente|com nos)\b", "is coming with us"),
    # "o Rodrigo e a Mariana vão à escola, mas ...": a plain "go to school" closing the clause (in, not off)
    # (not after "depois", "logo", "a seguir": in later; nor "n", "nem", "talvez": not, or not sure)
    (r"(?<!\bnao )(?<!\bn )(?<!\bnem )(?<!\bse )(?<!\bso )(?<!\bja )(?<!\bse today )(?<!\bse tomorrow )"
     r"(?<!\bdepois )(?<!\blogo )(?<!\bseguir )(?<!\bseguida )(?<!\btalvez )(?<!\bainda )\b(?:vai|vao|ira|irao)"
     r" (?:a|para a|pra|pra a) escola(?= *(?:[.,!;]|$| mas\b| porem\b))", "will be in as normal"),
    (r"\b(?:vai|vao|vem|vira|virao|ira|irao)(?: (?:pra|para a|a) escola)? (?:normal|normalmente|como sempre"
     r"|como de costume)\b", "will be in as normal"),
    (r"\bd[ao] (?:proxima semana|semana que vem)\b", "next week"),
    # "dias 17 e 18": the 17th and 18th
    (r"\b(?:n?os )?dias (\d{1,2}) e (\d{1,2})\b(?! de )", lambda m: f"the {_ordinal(m[1])} and {_ordinal(m[2])}"),
    (r"\bsarampo\b", "measles"), (r"\bcaxumba\b|\bpapeira\w*", "mumps"),
    (r"\bpneumonia\b", "pneumonia"), (r"\bbronquite\b", "bronchitis"), (r"\bconjuntivite\b", "conjunctivitis"),
    (r"\bamigdalite\b", "tonsillitis"), (r"\bmachuc\w*|\bse (?:machucou|feriu|magoou)\b|\btorceu\b|\bmagoou\b",
     "hurt"),
    (r"\bemergencia\b|\bimprevisto familiar\b", "family emergency"),
    (r"\b(?:vai|vem|ira)\w* (?:para a|a|pra) escola depois\b", "will be in after"),
    (r"\botite\b", "ear infection"),
    (r"\bnao (?:conseguimos|consigo|podemos|posso) sair de casa\b", "we can't get out"),
    (r"\bsai\w*|\bsair\b", "leave"),
    # "o vírus do estômago que anda aí": a stomach bug; "estão de cama": in bed (ill)
    (r"\b(?:o |um |uma )?(?:virus|virose|bicho|gripe) (?:do estomago|da barriga|intestinal|gastrointestinal)\b"
     r"|\bgastroenterite\b", "stomach bug"),
    (r"\b(?:esta|estao|ficou|ficaram|anda|andam|estamos)(?: (?:todos|todas|os dois|as duas))? de cama\b",
     "are in bed"),
    (r"\bvirose\b|\bvirus\b", "virus"),
    (r"\bdor\w* de (?:cabeca|barriga|estomago|garganta|ouvidos?|dentes)\b", "pain"), (r"\bvaricela\b", "chickenpox"),
    (r"\bconstipad\w*|\bresfriad\w*", "cold"), (r"\bvacin\w*", "vaccination"), (r"\banalises\b", "blood test"),
    # "exame de sangue", "colheita de sangue", "tirar sangue": a blood test (a medical appointment)
    (r"\b(?:exames?|colheita|coleta|analises?|teste) de sangue\b|\btirar sangue\b", "blood test"),
    (r"\boperac\w*|\bcirurgi\w*", "operation"), (r"\burgencias?\b", "a&e"), (r"\bbatizad\w*", "christening"),
    (r"\baniversario\b", "birthday"), (r"\bontem\b", "yesterday"), (r"\btransito\b|\btransito\b", "traffic"),
    (r"\badorm\w*|\bperd(?:eu|emos|eram|i|e|em)(?: (?:todos|todo mundo|toda a gente))? a hora\b"
     r"|\bnao (?:acord|despert)(?:ou|aram|ei|amos)(?: (?:ela|ele|eles|elas|he|she|nos|eu))? a (?:tempo|hora)\b"
     r"|\b(?:acord|despert)(?:ou|aram|ei|amos)(?: (?:ela|ele|eles|elas|he|she|nos|eu))? (?:muito |super |bem )?tarde\b",
     "overslept"),
    # back in school after the appointment: "levo-o para a escola logo a seguir"
    (r"\b(?:lev|trag|deix)\w*(?:-\w+)?(?: (?:ele|ela|eles|elas|he|she|o|a|os|as))?(?: (?:a|para a|pra|na) escola)?,?"
     r"(?: (?:logo|diretamente|imediatamente))?"
     r" (?:depois|a seguir|em seguida|apos)\b", "will be in after"),
    (r"\b(?:(?:la )?(?:por volta|a volta) d[oa]|cerca d[oa]|perto d[oa]|(?:la )?pelo) meio[- ]dia\b", "around 12:00"),
    (r"\b(?:ao )?meio-dia\b|\b(?:ao )?meio dia\b", "at 12:00"),
    (r"\be (?=(?:amanha|hoje|depois de amanha) nao\b)", ", and "), (r"\bou\b", "or"),
    # "nosso carro quebrou", "o carro avariou", "nao tem onibus": transport
    (r"\b(?:o |nosso |meu )?carro (?:quebrou|avariou|pifou|estragou|nao (?:pegou|pega|quer pegar|arranca|arrancou))\b"
     r"|\b(?:quebrou|avariou|pifou|estragou) o carro\b|\bo carro (?:esta|ta) (?:quebrado|avariado|na oficina)\b",
     "car broke down"),
    # "a máquina (de lavar) avariou": a household appliance, not the car
    (r"\b(?:a )?maquina(?: de (?:lavar|secar)(?: (?:a )?(?:roupa|loica))?)? (?:avariou|estragou|pifou|quebrou|partiu"
     r"|deixou de funcionar|nao funciona|nao trabalha|(?:esta|ta|ficou) (?:avariada|estragada|quebrada))\b",
     "the washing machine is not working"),
    # "não tem a farda lavada", "sem uniforme limpo": no clean uniform
    (r"\b(?:nao (?:tem|tinha|temos|ha)|sem)(?: (?:a|o|nenhuma|nenhum))? (?:farda|uniforme|roupa da escola)s?"
     r" (?:lavad|limp|sec|pront)\w*", "has no clean uniform"),
    # "a polícia fechou a única estrada", "a estrada está cortada": roads closed
    (r"\b(?:(?:a )?(?:policia|gnr|psp|camara|bombeiros) )?(?:fechou|cortou|bloqueou|fecharam|cortaram|bloquearam)"
     r" (?:a |as |o |os )?(?:unica |unicas )?(?:estrada|rua|ponte|acesso|caminho)s?\b"
     r"|\b(?:a |as )?(?:unica )?(?:estrada|rua|ponte|acesso)s?(?: \w+){0,4} (?:esta|estao|foi|foram|ficou|ficaram)"
     r" (?:fechad|cortad|bloquead|intransitav)\w*", "roads closed"),
    (r"\bavari\w*|\bnao pegou\b", "broke down"), (r"\bnao (?:temos|tenho) carro\b", "no car"),
    (r"\b(?:nao (?:tem|ha|houve|temos|passou|veio|vai ter|apareceu)|sem) (?:o )?(?:onibus|autocarro|transporte)\b"
     r"|\b(?:o )?(?:onibus|autocarro|transporte)(?: escolar)? (?:nao (?:passou|veio|apareceu|chegou)|foi cancelado)\b",
     "no bus"),
    (r"\bperd\w* o (?:onibus|autocarro|comboio|trem)\b", "missed the bus"),
    (r"\bonibus\b|\bautocarros?\b", "bus"), (r"\bgreve\w*", "strike"),
    (r"\bestrada\w* (?:fechad|cortad|bloquead)\w*|\bneve\b", "roads closed"),
    # tired, anxious, a panic attack, no clean uniform
    (r"\bcansad\w*|\bexaust\w*|\besgotad\w*|\bmuito sono\b", "tired"),
    (r"\b(?:ataque|crise) de (?:panico|ansiedade)\b", "panic attack"), (r"\bansi\w*", "anxiety"),
    (r"\bdepress\w*", "depression"), (r"\buniforme\w*|\bfarda\w*", "uniform"),
    (r"\b(?:vai|vamos) chegar (?=(?:as|pelas|por volta das) \d)", "arrive "),
    (r"\bchega\w* (?=(?:as|pelas|por volta das) \d)", "arrive "),
    # "partiu o braço", "quebrou a perna" (Brazilian): a broken bone (an injury)
    (r"\b(?:partiu|quebrou)(?:-se)? o (?:braco|pulso|tornozelo|pe|dedo)|\b(?:partiu|quebrou)(?:-se)? a (?:perna|mao"
     r"|clavicula)|\bfratur\w*", "broke his arm"),
    (r"\bdepois (?:vai|vem|segue|ira|volta)\w*(?: (?:para a|a|pra) escola)?", "will be in after"),
    (r"\b(segunda|terca|quarta|quinta|sexta)((?:-feira)?) de manha\b", r"\1\2 morning"),
    (r"\b(?:so )?volta\w* (?:a|para a) escola (?:na|no)\b", "back on"),
    # "vai faltar de 14 a 18.": a range of days with no month after it (the 14th to the 18th)
    (r"\b(?:d?os dias |do dia |de )(\d{1,2}) (?:a|ate) (?:o |ao )?(\d{1,2})(?=\s*(?:[.,;!]|$| (?:e|porque|pois|mas"
     r"|para|pra|inclusive)\b))", lambda m: f"from the {_ordinal(m[1])} to the {_ordinal(m[2])}"),
    (r"\bde (\d{1,2}) a (\d{1,2})\b", r"from \1 to \2"),
    # "vai perder a manhã", "perde as aulas da manhã": misses the morning (a part of the day off)
    (r"\b(?:(?:vai|vao|ira|irao|tem de|tem que|vai ter de|vai ter que) )?(?:perder|perde|perdem|perdera|perderao)"
     r" (?:a manha|as aulas da manha|a parte da manha|o periodo da manha)\b", "will miss the morning"),
    (r"\b(?:(?:vai|vao|ira|irao|tem de|tem que|vai ter de|vai ter que) )?(?:perder|perde|perdem|perdera|perderao)"
     r" (?:a tarde|as aulas da tarde|a parte da tarde|o periodo da tarde)\b", "will miss the afternoon"),
    (r"\b(?:(?:vai|vao|ira|irao|tem de|tem que|vai ter de|vai ter que) )?(?:perder|perde|perdem|perdera|perderao)"
     r" (?:o dia(?: todo| inteiro)?|as aulas|um dia de aulas|a escola)\b", "will miss school"),
    (r"\bhoje de manha\b|\besta manha\b|\bhoje pela manha\b", "this morning"),
    (r"\bhoje a tarde\b|\besta tarde\b|\bhoje de tarde\b", "this afternoon"),
    (r"\bhoje\b", "today"), (r"\bamanha de manha\b|\bamanha pela manha\b", "tomorrow morning"),
    (r"\bdepois de amanha\b", "the day after tomorrow"), (r"\bamanha\b", "tomorrow"),
    # "não podem ir à escola esta semana": the plural "podem", "poderão", "conseguem" as the singular
    (r"\bnao (?:vai|vao|ira|irao|vem|vira|virao|pode|podem|podera|poderao|consegue|conseguem|conseguira|conseguirao)\b"
     r"(?: (?:a|para a) escola| (?:ir|vir)"
     r"(?: (?:a|para a) escola)?| as aulas)?", "won't be in"),
    (r"\bfaltar\w*|\bausente\w*|\bfalta(?:m|mos)?\b", "absent"),
    (r"\bcomo (?:sempre|de costume|habitualmente)\b|\bnormalmente\b", "as usual"),
    (r"\bdepois (?:levo|trago|deixo)\w*(?:-\w+)?(?: (?:a|para a|na|pra) escola)?", "will be in after"),
    (r"\bfica\w* em casa\b", "staying home"),
    (r"\batrasad\w*|\bchegar tarde\b|\bse atrasar\b", "running late"),
    # "por volta das 10h", "lá por volta do meio-dia", "cerca das onze", "lá pelas 11h": around a time (not "volta",
    # back)
    (rf"\b(?:(?:la )?(?:por volta|a volta) d[ao]s?|cerca d[ao]s?|perto d[ao]s?(?= (?:\d|meio[- ]dia\b|(?:{_HORA})\b))"
     rf"|(?:la )?pel[ao]s?(?= (?:\d|meio[- ]dia\b)))\b(?: (?:(meio[- ]dia)|({_HORA})(?: horas?)?)\b)?",
     lambda m: "around" + (" 12:00" if m[1] else " " + _clock(m[2], None) if m[2] else "")),
    (r"\b(\d{1,2})h(\d{2})\b", r"\1:\2"),
    (r"\b(2[5-9]|[3-9]\d|\d{3})(?: ?h| horas)\b", r"\1 hours"), (r"\b(\d{1,2})h\b", r"\1:00"), (r"\bas (\d)", r"at \1"),
    (r"\bfebre\b", "fever"), (r"\bdoente\w*", "ill"), (r"\bconstipad\w*|\bresfriad\w*|\bgripe\b", "cold"),
    (r"\bvomit\w*|\bdiarreia\b", "vomiting"), (r"\btosse\b", "cough"),
    (r"\bdor de (?:garganta|barriga|cabeca|ouvido)\b", "sore throat"), (r"\bdor(?:es)?\b", "pain"),
    # "fisioterapia", "fisio": physio; "pediatra": the (children's) doctor
    (r"\bfisioterap\w*|\bfisio\b", "physio"), (r"\bpediatr(?:a|ia)\b", "doctor"),
    # "para o médico", "ao pediatra": to the doctor's
    (r"\b(?:para o|pro|ao|no|pra o) (?:medico|pediatra|doutor|clinico geral)\b", "to the doctor"),
    (r"\b(?:para o|pro|ao|pra o) (dentista|hospital|oculista|oftalmologista)\b",
     lambda m: "to the " + {"hospital": "hospital", "dentista": "dentist"}.get(m[1], "optician")),
    (r"\bconsulta\w*", "appointment"), (r"\bmedic\w*", "doctor"), (r"\bhospital\w*", "hospital"),
    (r"\bdentista\b", "dentist"), (r"\bentrevista\b", "interview"),
    (r"\bfuneral\b|\benterro\b", "funeral"), (r"\bfaleceu\b|\bfalecimento\b|\bmorreu\b", "passed away"),
    (r"\bcasamento\b", "wedding"), (r"\bbatizado\b", "christening"), (r"\baniversario\b", "birthday"),
    # "a cerimónia de graduação da irmã", "a formatura do primo": a graduation (a family event)
    (r"\b(?:(?:a )?cerimonia d[ae] )?(?:graduacao|formatura)\b", "graduation"),
    # "chegou de viagem ontem muito tarde": got home from a journey (over: not why a child is off now)
    (r"\b(?:chegou|chegaram|chegamos|voltou|voltaram|voltamos|regressou|regressaram|regressamos) de (?:uma )?viagem\b",
     "got home from a journey"),
    # "o último dia dele será quarta", "o último dia de aulas da Rita é a terça": the last day in before an absence
    # (a day at school, not off)
    (r"\b(?:o )?ultimo dia(?: (?:dele|dela|deles|delas|d[oa] ([a-z]+)))?(?: (?:na escola|de aulas?|de escola"
     r"|nas aulas|no colegio))?(?: (?:dele|dela|deles|delas|d[oa] ([a-z]+)))? (?:sera|vai ser|vai ficar"
     r"|e(?= (?:a |o |na |no )?(?:segunda|terca|quarta|quinta|sexta|dia \d|\d)))"
     r"(?: (?:a|o|na|no)(?= (?:segunda|terca|quarta|quinta|sexta|dia \d|\d)))?\b",
     lambda m: (f"{m[1] or m[2]}'s" if m[1] or m[2] else "his") + " last day at school will be"),
    # "o último dia antes das férias": a date before the school holidays (not a holiday of the family)
    (r"\b(?:o )?ultimo dia (?:antes|de aulas antes) d?as ferias\w*(?: (?:de|do) natal)?\b",
     "the last day before the holidays"),
    (r"\bantes d?as ferias\w*(?: (?:de|do) natal)?\b", "before the holidays"),
    (r"\bdepois d[ao]s ferias\b", "after the holidays"),
    (r"\bferias\b|\bviagem\b|\bviajar\w*|\bvamos viajar\b", "holiday"), (r"\bigreja\b", "church"),
    (r"\bmissa\b", "mass"),
    # "esteve doente na semana passada": last week (over; not a day of absence to come)
    (r"\b(?:n?a )?semana passada\b|\bna passada semana\b", "last week"),
    # "vai demorar o dia todo", "fica lá o dia inteiro": all day
    (r"\b(?:o )?dia (?:todo|inteiro)\b|\btodo o dia\b(?! (?:de|do|da|em que)\b)", "all day"),
    # "até ao fim da semana", "até o final desta semana": to the end of this week
    (r"\bate (?:ao |o |a )?(?:fim|final) d(?:a|esta) semana\b", "for the rest of the week"),
    # "vão faltar a semana toda", "esta semana inteira": the whole of this week
    (r"\bo resto da semana\b|\bo resto desta semana\b|\b(?:esta|essa|a) semana (?:toda|inteira)\b"
     r"(?! (?:passada|que vem|seguinte)\b)|\btoda (?:a|esta|essa) semana\b(?! (?:passada|que vem|seguinte)\b)",
     "the rest of the week"),
    (r"\b(?:esta|nesta) semana\b", "this week"),
    # "para a semana" (European Portuguese): next week
    (r"\bp(?:ar)?a a semana\b(?! (?:que vem|passada|toda|inteira|seguinte)\b)|\bpra semana\b(?! (?:que vem|passada"
     r"|toda|inteira)\b)", "next week"),
    (r"\bproxima semana\b|\bsemana que vem\b", "next week"),
    # "tenho de levar o irmão ao médico primeiro", "vou levar a irmã dela ao dentista": the errand is for a brother or
    # sister (the child named is late or off for it, not at the appointment)
    (r"\b(levar|levo|levamos|vou levar|vamos levar|leva|trazer) (?:o |a |os |as )?(?:(?:seu|sua|meu|minha|nosso|nossa)"
     r" )?(irmaozinho|irmazinha|irmaos|irmas|irmao|irma|mano|mana|bebe)(?: (?:dele|dela))?"
     r"(?: (mais nov[oa]s?|mais velh[oa]s?|mais pequen[oa]s?|pequen[oa]s?|cacula))?\b",
     lambda m: ("i'm taking" if m[1] in ("levo", "levamos", "vou levar", "vamos levar") else m[1]) + " her "
     + ("older " if m[3] and "velh" in m[3] else "little " if m[3] or "zinh" in m[2] else "")
     + ("siblings" if m[2] in ("irmaos", "irmas") else "baby brother" if m[2] == "bebe"
        else "sister" if m[2] in ("irma", "irmazinha", "mana") else "brother")),
    # "tenho de levar a Carol primeiro": I have to take her (an errand for that child, before the others come in)
    (r"(?<!\bnao )\b(?:tenho|temos|vou ter|vamos ter|preciso|precisamos)(?: (?:de|que))?(?: ir)? levar"
     r" (?:(he|she|ele|ela) |o |a )?(?!(?:a |o |as |os |para |pra |na |no )?(?:escola|aulas?|casa)\b)(?=[a-z])",
     lambda m: "i have to take " + (_OBJECT[m[1]].strip() + " " if m[1] else "")),
    # "tenho de a ir buscar às 12h30", "tenho que buscá-lo", "preciso de ir buscar ela": I have to collect her
    (r"(?<!\bnao )\b(?:tenho|temos|vou ter|vamos ter|preciso|precisamos)(?: (?:de|que))?(?: (o|a|os|as))?(?: ir)?"
     r" (?:buscar|busca|recolher|recolhe)(-l[oa]s?|-[oa]s?)?(?: (ele|ela|eles|elas|he|she)\b)?(?=\W|$)",
     lambda m: "i have to collect" + _OBJECT.get((m[1] or (m[2] or "").lstrip("-") or m[3] or "").removeprefix("l"),
                                                 "")),
    # "busco ele ao meio-dia", "pego ela às 12h", "eu busco a Leonor": I'll collect him (the present as a plan)
    (r"\b(?:eu )?(?:busco|pego|buscamos|pegamos|recolho|recolhemos)(?:-(l?[oa]s?)\b| (ele|ela|eles|elas|he|she)\b"
     r"|( )(?:o |a )(?!(?:onibus|metro|comboio|trem|carro|voo|aviao|taxi|uber|autocarro|transito|bus|train|car"
     r"|flight)\b)(?=[a-z]{3,}\b)"
     r"|( )(?=(?:as|ao|a|depois|hoje|logo|at|around) |\d))",
     lambda m: "i'll collect" + (_OBJECT[(m[1] or m[2]).removeprefix("l")] if m[1] or m[2] else " ")),
    # "vou buscar a Leonor": I'll collect that child (the article is not a pronoun); "vou buscá-la": I'll collect her
    (r"\b(?:vou|vamos) (?:ir )?(?:buscar|apanhar) (?:o|a|os|as) (?!(?:escola|casa|aulas?|creche|tarde|noite)\b)"
     r"(?=[a-z]{3,}\b)", "i'll collect "),
    (r"\b(?:vou|vamos) (?:ir )?(?:busca|apanha)-(l[oa]s?)\b", lambda m: "i'll collect" + _OBJECT[m[1][1:]]),
    (r"\bvou (?:busca-l[oa]s?|buscar\w*|apanha-l[oa]s?|apanhar\w*)\b|\bvamos (?:busca-l[oa]s?|buscar\w*)\b",
     "i'll collect him"),
    # "tem de vir comigo e com o irmão ao hospital": she has to come along (an errand of the family, not her own)
    (r"\b(?:(ele|ela|eles|elas) )?(?:tem|teem|vai ter|vao ter|precisa|precisam)(?: (?:de|que))? (?:vir|ir) comigo\b",
     lambda m: {"ele": "he ", "ela": "she ", "eles": "they ", "elas": "they "}.get(m[1] or "", "")
     + "has to come with me"),
    (r"\b(?:levo|trago)-?[oa]? (?:a escola )?depois\b|\bvai (?:a escola )?depois\b", "i'll bring him in after"),
    # "de quarta 16 a sexta 18": the days may carry their dates
    (r"\bd[ea] (segunda|terca|quarta|quinta|sexta)(?:-feira)?((?:,? (?:dia )?\d{1,2})?) (?:a|ate a?) (segunda|terca"
     r"|quarta|quinta|sexta)(?:-feira)?((?:,? (?:dia )?\d{1,2})?)\b", r"from \1\2 to \3\4"),
    (r"\bate (?:a |o |ao )?", "until "), (r"\bvolta\w*|\bregressa\w*", "back"), (r"\binclusive\b", "inclusive"),
    (r"\ba partir d[eoa]s?\b|\bdesde\b", "from"),
    (r"\bpor (\d+|dois|tres|quatro|cinco) dias\b", r"for \1 days"),
    # "vai faltar 3 dias": a span, not "há 3 dias" (ago) or "daqui a 3 dias" (in three days' time)
    (r"(?<!\bha )(?<!\bem )(?<!\bdaqui a )(?<!\bdentro de )(?<!\bcada )(?<!\bfor )(?<!\bultimos )"
     r"\b(\d{1,2}|dois|duas|tres|quatro|cinco) dias\b(?! (?:antes|depois|atras|mais tarde))", r"for \1 days"),
    (r"\bdois\b", "two"), (r"\btres\b", "three"),
    # "na segunda-feira", "no sábado": on the day
    (r"\b(?:n[ao]|pel[ao]) (?=(?:segunda|terca|quarta|quinta|sexta)(?:-feira)?\b|(?:sabado|domingo)\b)", "on "),
    (r"\bsegunda(?:-feira)?\b", "monday"), (r"\bterca(?:-feira)?\b", "tuesday"),
    (r"\bquarta(?:-feira)?\b", "wednesday"),
    (r"\bquinta(?:-feira)?\b", "thursday"), (r"\bsexta(?:-feira)?\b", "friday"),
    (r"\bsabado\b", "saturday"), (r"\bdomingo\b", "sunday"),
) + tuple((rf"\b(\d{{1,2}}) de {pt}\b", rf"\1 {eng}") for pt, eng in _MONTHS) + (
    # "no dia 5 de janeiro": on the date
    (r"\b(?:(?:n|d)?o )?dia (?=\d{1,2} (?:january|february|march|april|may|june|july|august|september|october"
     r"|november|december)\b)", "on "), (r"\bon on\b", "on"),
    # "quarta-feira, dia 2 de dezembro": the weekday and its date (one day)
    (r"\b(monday|tuesday|wednesday|thursday|friday),? on (?=\d{1,2} (?:january|february|march|april|may|june|july"
     r"|august|september|october|november|december)\b)", r"\1 "),
    (r"\bno\b(?= (?!(?:next|this|the|following|monday|tuesday|wednesday|thursday|friday|saturday|sunday|on|one|bus"
     r"|car|clean|longer|school|uniform|reason|way|\d)\b)[a-z])", "at the"),
    # "Levei no walk-in de madrugada", "levei-a ao médico": I took her (a past errand, not a child named "Levei")
    (r"\blevei(?:-l?([oa])(s?))?\b(?: (ele|ela|he|she)(s?)\b)?",
     lambda m: "i took" + ("" if not (m[1] or m[3]) else " them" if (m[2] or m[4])
                           else " him" if (m[1] or m[3]) in ("o", "ele", "he") else " her")),
    (r"\b(?:o )?meu filho\b", "my son"), (r"\b(?:a )?minha filha\b", "my daughter"),
    (r"\bos meninos\b|\bas criancas\b|\bos (?:meus )?filhos\b", "the children"),
    # "só", "apenas" before a day (only)
    (r"\b(?:so|apenas|somente|unicamente)\b(?= (?:on|today|tomorrow|this|monday|tuesday|wednesday|thursday|friday"
     r"|\d{1,2}|in the|for|the)\b)", "only"),
    # "só falta na sexta": only absent that day
    (r"\b(?:so|apenas|somente)\b(?= (?:absent|will be absent|won't be in)\b)", "only"),
    # "a Alice vai na quinta (porque ...)": in school that day (a day in, as English "will be in on Thursday")
    (r"(?<!\bnao )(?<!\bso )\b(?:vai|vao|vem|ira|irao|vira|virao)(?: (?:a|para a|pra|pra a) escola)?"
     r"(?= on (?:monday|tuesday|wednesday|thursday|friday)\b(?! (?:ao|a|para|pra|pro|no|na|com|fazer|ter|to)\b))",
     "will be in"),
    (r"\b(?:os|as) (?:meus |minhas )?(?:dois|duas)(?: (?:filhos|filhas|criancas|meninos|meninas|miudos))?\b"
     r"|\bambos\b|\bambas\b", "both"), (r"(?<!&)\be\b", "and"),
    # "mas", "porém", "contudo" (but) before a new subject ("mas a Inês ..."), or after a day in school ("vai
    # normalmente amanhã, mas depois de amanhã falta"): the other clause stands alone; "enquanto (que)" (while)
    (r"\b(?:mas|porem|contudo|todavia)\b(?= (?:o|a|os|as|ele|ela|eles|elas) [^\W\d_])", "but"),
    (r"(\b(?:will be in|as normal|in school)\b[^.;!?]{0,40}?),? (?:mas|porem|contudo|todavia)\b", r"\1, but"),
    (r"\benquanto (?:que )?", "while "),
    # "como têm de passar 48h sem sintomas": since, as (a cause; not a name when it opens a sentence)
    (r"(?:^|(?<=[.,;:!?] ))como\b(?! (?:e|esta|estao|vai|vao|foi|sabe|sabem|sempre)\b)", "as"),
    # "então", "por isso", "portanto" (so): ", então o Miguel também ..." starts a clause of its own
    (r"\b(?:entao|por isso|portanto)\b", "so"),
    # "também" (also, too): "o Miguel também vai chegar atrasado" is late as well
    (r"\btambem\b", "also"),
    # "vou passar na farmácia com o Gael primeiro": with a named sibling (an errand for that child, so the clause
    # stays with the child it is about)
    (r"\bcom (?:o|a) (?=[a-z]+\b)", "with "),
)
