"""A transparent reason classifier: weighted cue patterns over the canonical English text.

Every decision is a list of (reason, cue) hits; the reason with the highest total weight wins,
ties broken by PRECEDENCE. Lateness is decided separately (`is_late`), because a late arrival is
a late mark whatever its cause, unless an appointment caused it (then it is medical).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PRECEDENCE = ("exceptional", "interview", "medical", "religious", "family_event", "holiday", "illness",
              "transport", "unsatisfactory")

# "an appointment for their brother": someone else's appointment is not the pupil's medical reason
_FOR_SOMEONE_ELSE = (r"(?:for|with) (?:their|his|her|my|our) (?:\w+ )?(?:brother|sister|sibling|baby|mum|dad|nan"
                     r"|grandad"
                     r"|grandma)\b")
_CUES: dict[str, list[tuple[str, float]]] = {
    "exceptional": [
        (r"(?:nan|nana|nanny|grandma|grandad|granny|grandpa|grandmother|grandfather|uncle|aunt\w*)(?:'s| is| has been"
         r"| who is| who's) (?:very |seriously |critically |really )?(?:ill|poorly|unwell|sick)\b", 5),
        (r"passed away|\bdied\b|\bdeath\b|bereave\w*|funeral|janazah|\bwake\b(?= for)|family emergency"
         r"|\bemergency\b(?! (?:dentist|dental|appointment|doctor|gp|optician))"
         r"|rushed (?:in)?to hospital|house fire|\bfire (?:in|at)\b|\bflood\w*|pipe burst|burst pipe"
         r"|burglar\w*|broken into|\bpolice\b|passed on"
         r"|(?:nan|nana|nanny|grandma|grandad|granny|grandpa|mum|dad|husband|wife|partner|brother|sister|uncle|aunt\w*)"
         r"(?:'s)? (?:has been|'s been|was|is|got|had to be|been) (?:taken|rushed|admitted)"
         r"|lost (?:his|her|their|our) (?:nan|grand\w+|mum|dad|uncle|aunt)"
         r"|(?:mum|dad|mother|father|husband|wife|partner|nan|grandad|grandma)(?:'s| is| has been)"
         r" (?:\w+ )?in hospital",
         5),
    ],
    "interview": [
        (r"\binterview\w*|entrance (?:exam|assessment|test)|(?:college|sixth form|school|admissions?) assessment"
         r"|assessment (?:day|at (?:the )?(?:college|school|sixth form|st\b))|\baudition\b|taster day", 5),
    ],
    "medical": [
        (rf"(?<!vet )(?<!vet's )(?<!vets )\bappointment\b(?! {_FOR_SOMEONE_ELSE})"
         r"|\bappt\b|dentist|\bdental\b|orthodont\w*|\bbraces\b"
         r"|optician|eye test|hearing test"
         r"|audiology|physio\w*|\bcamhs\b|vaccin\w*|\bjabs?\b|immunis\w*|injection|blood test|\bscan\b"
         r"|check-?up|follow-?up|\bclinic\b|consultant|speech therap\w*|\btherapy\b|\boperation\b|\bsurgery\b"
         r"|\bbrace\b|x-?ray\w*|minor injuries|walk-?in (?:centre|center|clinic)|urgent care|\bpa?ediatrician"
         r"|\bcheck over\b(?! by)", 4),
        (r"\b(?:to|at|see|seeing|visit\w*) (?:the |a )?(?:gp|doctor'?s?)\b", 2),  # a visit, not "the GP said"
        (r"\bhospital\b(?! (?:said|says|told|have said|has said|advised|want))", 1),  # "the hospital said" is advice
        (r"\b(?:tooth|teeth) (?:out|taken out|removed|extract\w*)|\bextraction\b", 4),
    ],
    "religious": [
        (r"\beid\b|diwali|yom kippur|rosh hashanah|passover|hanukkah|vaisakhi|baisakhi|gurpur(?:a)?b|guru nanak"
         r"|kartik purnima|navratri|\bholi\b|durga puja|\bhajj\b|\bumrah\b|religious|holy day|day of obligation"
         r"|day of (?:prayer|religious observance|observance)|feast of|set apart by|church service|\bmass\b"
         r"|rohatsu|bodhi day|buddhist|\btemple\b|\bmandir\b|gurdwara|\bmosque\b|synagogue|\bsaint\b|orthodox"
         r"|ramadan|\bsabbath\b|pilgrimage", 3),
        (r"\bchurch\b|\bprayers?\b|\bworship\b|\bcelebrat\w*", 1),
    ],
    "family_event": [
        (r"wedding|christening|baptism|graduation|bar mitzvah|bat mitzvah|naming ceremony", 4.5),  # the event is
        # the reason even when the family travels for it
        (r"birthday|(?<!christmas )(?<!school )(?<!class )(?<!the )\bparty\b|anniversary", 3),
    ],
    "holiday": [
        (r"\bholiday\w*|vacation|\babroad\b|\bflights?\b|\bflying\b|\bfly(?:ing)? (?:out|to|home)\b"
         r"|(?<!school )\btrip (?:to|abroad|away)\b|family trip|\bwe(?:'re| are| will be) away\b"
         r"|travel\w*|going away|center parcs|skiing|\bski\b|(?<!after a )(?<!after our )long weekend"
         r"|visit(?:ing)? (?:family|relatives)"
         r"|(?:see|visit|visiting) (?:his|her|their) grandparents|going home to|term time|\bcruise\b|overseas"
         r"|disney\w*|lapland", 2),
        (r"\b(?:in|to|visit(?:ing)?) (?:pakistan|india|bangladesh|poland|romania|nigeria|somalia|somaliland"
         r"|turkey|spain"
         r"|portugal|italy|france|lithuania|latvia|ukraine|ghana|jamaica|kenya|egypt|morocco|florida|america|the us"
         r"|the usa|dubai|greece|cyprus|ireland|tenerife|lanzarote|majorca|mallorca|croatia|iraq|iran|syria|yemen"
         r"|sudan|saudi arabia|china|hong kong|the philippines|vietnam|brazil|albania|bulgaria|slovakia|hungary"
         r"|germany|the caribbean|sri lanka|nepal|zimbabwe|south africa|eritrea|ethiopia|afghanistan|kurdistan"
         r"|algeria|tunisia|libya|jordan|lebanon|palestine|australia|canada|new zealand|thailand|mexico)\b", 2),
    ],
    "illness": [
        (r"d ?(?:and|n) ?v\b|poorly|\bsick\b(?! note)"
         r"|sickness|\bill\b|illness|unwell|not well|isn't well|is not well|no better"
         r"|not (?:feeling )?(?:great|good|himself|herself|right)\b|isn't right|not feeling well|\btemp\b|temperature"
         r"|tempreture|\bfever\w*|\bbug\b|d ?& ?v|diarrh\w*|vomit\w*|throwing up|being sick|\bcold\b|\bcolds\b"
         r"|\bflu\b|covid|\bcough\w*|infection|tonsillitis|chickenpox|chicken pox|conjunctivitis|migraine\w*"
         r"|headache|tummy|stomach|ear ?ache|sore throat|\brash\b|asthma|injur\w*|broken (?:his|her|their)? ?"
         r"(?:wrist|arm|leg|ankle|finger|toe|nose)|\bbroke\b(?! down)|\bhurt\b|sprain\w*|a ?& ?e\b|admitted to hospital"
         r"|in hospital|hospital overnight|anxiety|panic attack|mental health|depress\w*|period pains?|virus|viral"
         r"|norovirus|glandular fever|appendicitis|under the weather|feeling rough|off colou?r|shivery|dizzy"
         r"|wheez\w*|antibiotics|hand,? foot and mouth|nosebleed|allerg\w*|\bpain\b|\bpains\b|\bnausea\w*"
         r"|\bcroup\b|\bmeasles\b|\bmumps\b|scarlet fever|\bstrep\b|impetigo|\bnits\b|head lice|\bachey?\b"
         r"|\bache\b|\bunwell\b|\bhospitali[sz]ed\b|bell(?:y|ies)\b|belly ?ache|concuss\w*"
         r"|bad (?:chest|back|ear)|high temp|\bspots\b|\bchesty\b|tonsils|adenoids|grommets|recover\w*|swollen"
         r"|stitches|\bstung\b|\bbitten\b|\breaction\b|(?:home|discharged|out) (?:from|of) hospital"
         r"|conjun\w*tivit\w*|otit\w*|gastro\w*|amigdal\w*|angin\w*|seizure|epilep\w*"
         r"|anxious|faint\w*"
         r"|light-?headed|isn't (?:feeling )?(?:great|good|too good|well|100%|right|herself|himself)"
         r"|not feeling (?:too |very |so )?(?:great|good|well)|(?:banged|bumped|hit) (?:his|her|their) head|head injury"
         r"|(?:had|took) a (?:bad |nasty |big )?fall|\bfell (?:off|over|down)\b", 2.5),
    ],
    "transport": [
        (r"broken down|broke down|breakdown|flat tyre|car (?:won't|wouldn't|will not|didn't) start|no bus"
         r"|bus (?:didn't|didnt|did not|hasn't|has not|hasnt) (?:turn up|come|arrive|show)|bus (?:isn't|is not|isnt)"
         r" running|bus (?:is |was )?cancel\w*|missed the bus|\bstrike\b|roads? (?:is |are )?(?:closed|blocked)"
         r"|road closure|\broads?\b[^.]{0,40}\b(?:closed|blocked|flooded)\b|\bsnow\w*|\bice\b"
         r"|no (?:way|transport) (?:of|to) get\w*|haven't got the car|no car"
         r"|traffic|(?:train|bus) (?:is |was )?delayed|blocked (?:our|the) drive|car (?:crash|accident)|\bcrash\b"
         r"|written off|no trains?\b|trains? (?:cancel\w*|not running)", 2),
    ],
    "unsatisfactory": [
        (r"\b(?:dog|cat|pet|hamster|rabbit|guinea pig|puppy|kitten|pony)\b[^.]{0,20}\b(?:died|passed away|put down"
         r"|death)", 6),  # a pet's death is not a family bereavement
        # someone else is ill: a sibling, or the parent who cannot bring the child
        (r"(?:(?:his|her|their|my|the|\w+'s) (?:little |baby |younger |older |big )?(?:sister|brother|sibling)"
         r"|\b(?:the |our |my )?baby)(?:'s| is| has| being| was)"
         r"[^.]{0,30}\b(?:ill|poorly|sick|unwell|temperature|bug|fever)\b"
         r"|\bi(?:'m| am| have been|'ve been) (?:really |very |so )?(?:ill|poorly|unwell|sick)\b"
         r"|\bi(?:'ve| have) got (?:a |the )?(?:bug|flu|covid|virus|migraine)\b"
         rf"|\bappointment {_FOR_SOMEONE_ELSE}"
         r"|\blook(?:ing)? after (?:my|his|her|their|the|our) (?:youngest|eldest|baby|little one|other \w+|sister"
         r"|brother|sibling)s?\b", 5),
        (r"overslept|oversleep|slept in|sleep in|\btired\b|exhausted|shattered|shopping|day off|duvet day|\blie-?in\b"
         r"|clean uniform|\buniform\b|no (?:heating|hot water|electricity|power)\b"
         r"|(?:stay in|wait\w*) (?:in )?for (?:the|an|a) (?:engineer|plumber|electrician|delivery)"
         r"|\btreat\b|haircut|having the day at home|family day|\bconcert\b|moving house|house move", 1.5),
    ],
}
# Every cue starts at a word boundary, which also lets the regex engine skip most positions quickly.
CUES: list[tuple[str, re.Pattern[str], float]] = [
    (reason, re.compile(rf"\b(?:{pattern})"), weight) for reason, items in _CUES.items() for pattern, weight in items
]

SIBLING_CARE = re.compile(
    r"stuck at home with (?:him|her|them)|stay (?:in|home|at home) with (?:him|her|them)|(?:look|looking) after "
    r"(?:his|her|their|the) (?:little |baby |younger |older )?(?:sister|brother|sibling)s?|sibling"
    r"|can't get \w+ in either"
    r"|(?:stay|stuck) (?:in|home) with (?:his|her) (?:sister|brother)|(?:got|have) to stay (?:in|home) with"
    r"|(?:no ?one|nobody|no-one)(?: else)? (?:to|who can|that can) (?:have|take|mind|look after|watch|bring|drop|get)"
    r" (?:him|her|them)\b|\b(?:has|have|got) to come with (?:us|me)\b|\bstay (?:home |at home )?with me\b")
DV = re.compile(r"d ?& ?v|d ?(?:and|n) ?v\b"
                r"|diarrh\w*|vomit\w*|throwing up|being sick|been sick|\bsick\b(?! note)|sickness|norovirus"
                r"|tummy bug|stomach bug")
LATE = re.compile(
    r"\brunning(?: \w+){0,2} late\b|\b(?:be|being|is|are|was|were|arrive|arriving|come|coming|get|getting|bit|little"
    r"|slightly|very|really|abit) late\b|\blate (?:in|this morning|today|to school|for school|again)\b|\blate,"
    r"|\blate!|\blate\.|\blate$|\bin late\b|\bon (?:his|her|their|our|my) way\b|\bthere in \d+ ?min"
    r"|\bstuck in traffic\b|\bbe there (?:asap|soon|shortly)\b|\bas soon as (?:we|i) can\b"
    r"|\b(?:won't|will not|not) be (?:in|there) (?:until|till) (?:later|after)\b|\bbe in (?:a bit |a little )?later\b"
    r"|^late\b|\bbut late\b|\brunning (?:\w+ ){0,3}behind\b|\b(?:drop\w*|bring\w*|tak\w*) (?:\w+ )?(?:off |in )?late\b")
_NOT_LATE = re.compile(r"late (?:message|night|last night)|too late|out late|stayed up late|up late|late text")
ARRIVAL_CUE = re.compile(r"\b(?:be|get|arrive|arriving|be there|be in|there|in school|in) (?:by|for|around|about|at)"
                         r" (?:about |around )?\d|\bby \d{1,2}[:.]\d\d\b")


# A cause the message states in words the cue lists do not know ("because of the thing at her nan's", "as he has
# his ... "): recording `unknown` would misstate it, so the parser asks for the reason instead. English and the
# folded connectors of the other languages (Polish bo/poniewaz, Romanian deoarece, Spanish/Portuguese porque,
# Lithuanian nes, Somali sababtoo/awgeed, Turkish cunku/yuzunden, Ukrainian бо/через, Arabic لأن/بسبب, Urdu and
# Punjabi kyunke/wajah/karke, Bengali karon).
STATED_CAUSE = re.compile(
    r"\b(?:because|cos|coz|cuz|due to|owing to|on account of)\b|\bas (?:he|she|they|we|i|it|there|his|her|our|my|the)\b"
    r"|\bsince (?:he|she|they|we|i|it|there|his|her|our|my|the)\b|'s got\b"
    r"|\bha(?:s|ve) (?:got )?(?:a|an|his|her|their)\b"
    r"|\bhad (?:a|an|his|her|their)\b|\b(?:is|are) (?:having|refusing|being)\b"
    r"|\bso (?:he|she|they|i|we)(?:'s|'re|'m| is| are| am| will|'ll| won't| can't| has| have)\b"
    r"|\bwe(?:'ve| have) (?:got )?no\b|\bthere(?:'s| is| has been) (?:no|a|an)\b"
    r"|\bbo\b|\bponiewaz\b|\bdeoarece\b|\bpentru ca\b|\bdin cauza\b|\bporque\b|\bdevido\b|\bya que\b|\bdebido\b"
    r"|\bnes\b|\bsababtoo\b|\bawgeed\b|\bcunku\b|\byuzunden\b|\bnedeniyle\b|\bбо\b|\bтому що\b|\bчерез\b"
    r"|لأن|بسبب|کیونکہ|کی وجہ|\bkyun ?ke\b|\bkyunki\b|\bwajah\b|\bkarke\b|ਕਿਉਂਕਿ|ਕਰਕੇ|কারণ|\bkaron\b")
_CAUSE_KNOWN_LATER = re.compile(r"\bexplain\b|\bfill (?:you|u) in\b|\bmore (?:later|tomorrow)\b")


def states_unknown_cause(text: str) -> bool:
    """Does a message with no recognised reason still state a cause (to be asked about rather than recorded N)?"""
    return bool(STATED_CAUSE.search(text)) and not _CAUSE_KNOWN_LATER.search(text)


# Pairs of reasons the conventions do not rank ("dentist in the morning, then the airport for our holiday"): with
# strong cues for both, the parser asks rather than picks one.
UNRESOLVED = frozenset(frozenset(p) for p in (
    ("medical", "holiday"), ("medical", "family_event"), ("interview", "holiday"), ("interview", "family_event"),
    ("interview", "illness"), ("interview", "medical"), ("illness", "holiday"), ("illness", "family_event"),
    ("medical", "transport"), ("interview", "transport")))
RIVAL_WEIGHT = 2.0  # a rival reason needs at least one full cue (not "hospital" or "church" alone)
# Travel words ("flying", "travelling", "in Spain") also describe the journey to an event: only the holiday itself
# stands against another reason.
_HOLIDAY_ITSELF = re.compile(r"holiday|vacation|cruise|disney|\bski|center parcs|lapland|term time")
# Someone else is ill (a sibling, the parent): the illness words in the rest of that clause are theirs.
_OTHERS_ILLNESS = re.compile(_CUES["unsatisfactory"][1][0])
_CLAUSE_END = re.compile(r"[.,;!?]| (?:and|but|so) ")


@dataclass(frozen=True)
class ReasonDecision:
    reason: str
    hits: tuple[tuple[str, str], ...]
    rival: str | None = None  # a second reason the conventions do not rank against `reason`
    strong: frozenset[str] = frozenset()  # every reason with at least a full cue

    def has(self, reason: str) -> bool:
        return any(r == reason for r, _ in self.hits)

    def explain(self) -> str:
        cues = ", ".join(f"{r}:{c!r}" for r, c in self.hits) or "no cue"
        rival = f"; rival {self.rival}" if self.rival else ""
        return f"reason {self.reason} ({cues}){rival}"


def _others_illness_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _OTHERS_ILLNESS.finditer(text):
        end = _CLAUSE_END.search(text, m.end())
        spans.append((m.start(), end.start() if end else len(text)))
    return spans


def classify(text: str) -> ReasonDecision:
    """The absence reason a message gives (`unknown` when none): highest total cue weight wins. Illness words in a
    clause about someone else's illness do not count for the child."""
    scores: dict[str, float] = {}
    hits: list[tuple[str, str]] = []
    others = _others_illness_spans(text)
    for reason, pattern, weight in CUES:
        for m in pattern.finditer(text):
            if reason == "illness" and any(a <= m.start() < b for a, b in others):
                continue
            scores[reason] = scores.get(reason, 0) + weight
            hits.append((reason, m.group(0)))
    if SIBLING_CARE.search(text):
        scores["unsatisfactory"] = scores.get("unsatisfactory", 0) + 1.5
        hits.append(("unsatisfactory", "sibling care"))
    if not scores:
        return ReasonDecision("unknown", ())
    best = max(scores, key=lambda r: (scores[r], -PRECEDENCE.index(r)))
    rivals = [r for r in scores if r != best and scores[r] >= RIVAL_WEIGHT and frozenset((best, r)) in UNRESOLVED
              and (r != "holiday" or any(h == r and _HOLIDAY_ITSELF.search(c) for h, c in hits))]
    strong = frozenset(r for r in scores if scores[r] >= RIVAL_WEIGHT or (r == "unsatisfactory" and r in scores))
    return ReasonDecision(best, tuple(hits), max(rivals, key=scores.__getitem__) if rivals else None, strong)


def mixed(decision: ReasonDecision) -> bool:
    """Does the message give reasons that may belong to different children (one ill, another kept home with them;
    one at the dentist, another on holiday)? Then a shared reason cannot be given to all of them."""
    strong = sorted(decision.strong)
    return any(frozenset((a, b)) in UNRESOLVED or "unsatisfactory" in (a, b)
               for i, a in enumerate(strong) for b in strong[i + 1:])


def is_late(text: str) -> bool:
    """Does the message say a child will arrive late (not "a late message", not "too late")?"""
    cleaned = _NOT_LATE.sub(" ", text)
    return bool(LATE.search(cleaned))


def mentions_dv(text: str) -> bool:
    return bool(DV.search(text))
