"""A transparent reason classifier: weighted cue patterns over the canonical English text.

Every decision is a list of (reason, cue) hits; the reason with the highest total weight wins,
ties broken by PRECEDENCE. Lateness is decided separately (`is_late`), because a late arrival is
a late mark whatever its cause, unless an appointment caused it (then it is medical).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from understanding import needles

PRECEDENCE = ("exceptional", "interview", "medical", "religious", "family_event", "holiday", "illness",
              "transport", "unsatisfactory")

# "an appointment for their brother": someone else's appointment is not the pupil's medical reason
_FOR_SOMEONE_ELSE = (r"(?:for|with) (?:their|his|her|my|our) (?:\w+ )?(?:brother|sister|sibling|baby|mum|dad|nan"
                     r"|grandad"
                     r"|grandma)\b")
_ELDERS = (r"nan|nana|nanny|gran|grandma|grandad|granny|grandpa|grandmother|grandfather|babcia|dziadek|bunica"
           r"|bunicul|abuela|abuelo|avo|avó|avô|nani|nanu|dadi|dada|babushka|teta|oma|opa|nonno|nonna|nonni|yiayia"
           r"|papou|granddad|grandparents?")
# Someone hurt in a crash: "my sister's been in a car crash" (the family emergency, not the journey)
_HURT_IN_CRASH = (r"\b(?:she|he|they|(?:my|our|his|her|their|\w+'s) \w+)(?:'s| has|'ve| have| was"
                  r"| were) (?:(?:been )?in|had|(?:been )?killed in|died in) an?"
                  r" (?:(?:bad|serious|car|road|terrible|major) )*"
                  r"(?:crash|accident)\b")
_CUES: dict[str, list[tuple[str, float]]] = {
    "exceptional": [
        (r"\b(?:water|leak)\b[^.]{0,25}\b(?:through|from) the ceiling\b|ceiling (?:has )?(?:come down|collapsed"
         r"|fallen in)", 6),
        (r"tree (?:came |has come |fell )?down on (?:our|the) (?:roof|house)|roof (?:has )?(?:collapsed|caved in"
         r"|blown off)"
         r"|had to move out|storm damage", 6),
        (r"\b(?:with|visiting|see|seeing) (?:his|her|my|our|their) (?:wife|husband|mum|mother|dad|father|partner|nan"
         r"|grandma"
         r"|grandad|grandmother|grandfather)(?: who is| who's)?(?: very| seriously| gravely)?(?: ill)?"
         r" (?:in|at) (?:the )?hospital|taken in by ambulance|blue-?lighted"
         r"|\b(?:husband|wife|partner|mum|dad|mother|father)\b[^.]{0,20}\b(?:in|by) (?:an |the )?ambulance\b", 6),
        (r"\b(?:very |some |really |terrible |awful |sad |bad )+news\b(?= from| overnight| last night| this morning"
         r"| about)", 4.5),  # "we have had some very bad news from Ghana overnight"
        (r"(?:taken|took) a turn for the worse|end of life|life support|critically ill|(?:in|is) critical condition"
         r"|(?:may|might|maybe) (?:he |she )?not survive|not going to survive"
         r"|\b(?:grand(?:father|mother|ma|pa|ad|dad)|nan|nana|granny|mum|dad|mother|father|uncle|aunt\w*) (?:die|dies"
         r"|is dead|has died)\b"
         r"|not expected to (?:last|make it)"
         r"|(?:hospital|doctors) (?:have |has )?(?:told|asked) (?:the family|us) to come in", 6),
        (r"\b(?:my|our|his|her|their) (?:mum|mam|mammy|dad|mother|father|nan|nana|grandma|grandad|granny|grandpa"
         r"|husband|wife|partner)\b[^.]{0,60}\b(?:taken|rushed|admitted|blue-?lighted) (?:to|into) (?:the )?hospital"
         r"|\b(?:at|in) (?:the )?(?:hospital|a ?& ?e) with (?:him|her|them)\b"
         r"|\b(?:my|our) (?:mum|mother|dad|father|nan|grandma|grandad|grandmother|grandfather|husband|wife|partner)"
         r" (?:has |had |have |was in |has had |'s had )(?:an? )?(?:accident|(?:bad |nasty )?fall|heart attack|stroke)"
         # "Nia's nan (my mum) has had a bad fall", "her babcia is very ill in hospital"
         rf"|\b(?:{_ELDERS})\b(?: \([^)]{{0,20}}\))?(?: in [\w ]{{1,20}}?)? (?:has |have |had |'s )?(?:had "
         rf"|taken )?an? (?:bad |nasty |serious"
         r" )?(?:fall|accident|heart attack|stroke)\b", 6),
        (rf"(?:{_ELDERS}|uncle|aunt\w*)(?:'s| is| has been"
         r"| who is| who's) (?:very |seriously |critically |really )?(?:ill|poorly|unwell|sick)\b"
         r"|\b(?:my|our) (?:mum|mother|dad|father)(?: (?:in|back in|back home in) [a-z]+)?(?: (?:she|he))?(?:'s| is"
         r"| has been| became| got) (?:very|seriously"
         r"|critically"
         r"|gravely) (?:ill|poorly|unwell|sick)\b", 5),  # the child's grandparent, not the parent at home
        (r"\b(?:my|our) (?:mum|mother|dad|father|nan|grandma|grandad|grandmother|grandfather)(?: (?:she|he))?"
         r"(?: fell| has fallen| collapsed| has collapsed|'s collapsed|'s fallen)(?: down| over)?"
         r"(?:(?: and)? (?:broke|has broken|broken|hurt)"
         r" (?:her|his) \w+)?", 6),  # "my mother she fell down and broke her hip": the grandparent's emergency
        (r"passed away|\bpass away\b|\bjanaza\b|\bdied\b|\bdeath\b|\b(?:been|was|were|got) killed\b|bereave\w*"
         r"|funeral|janazah|\bwake\b(?= for)"
         r"|family emergency"
         r"|\b(?:we|i)(?:'ve| have)? lost (?:my|our|his|her|their) (?:\w+ )?(?:grandmother|grandfather|grandma"
         r"|grandad|nan"
         r"|nana|nanny|granny|grandpa|mum|dad|mother|father|uncle|aunt\w*|brother|sister|cousin|husband|wife)\b"
         r"|cremation|crematorium|\bburial\b|memorial (?:service|mass)|laid to rest|chapel of rest|sitting shiva"
         r"|\bemergency\b(?! (?:dentist|dental|appointment|doctor|gp|optician|repairs?|roadworks|works|road ?works"
         r"|closure|services)\b)"
         r"|rushed (?:in)?to hospital|house fire|\bfire (?:in|at)\b|\bgas (?:leak|smell)|smell of gas"
         r"|\b(?:is|are|being|been|be|was) buried\b|\bburying\b"
         r"|\b(?:her|his|their|my|our) (?:mum|mam|dad|mother|father)(?:'s|s| is) in hospital\b(?! having)"
         r"|(?:had to|have had to|we've had to) (?:get out of|leave) the house|\bevacuated\b"
         r"|\bflood\w*+(?! (?:on|across) (?:the |our )?(?:[a-z0-9]+ )?(?:road|roads|lane|street|motorway))|pipe burst"
         r"|burst pipe|pipe (?:is |was |got )?broken|water everywhere"
         r"|\b(?:house|flat|home|kitchen) (?:has|had|caught|got) (?:a )?fire\b"
         r"|(?:a|the|our|chip pan|kitchen|electrical|flat|garage) fire\b(?! (?:alarm|drill|door|exit|station|engine"
         r"|brigade|service|safety|work))|\bfire (?:brigade|service|engines?)\b|fire ?(?:fighters|men)\b"
         r"|gas leak|carbon monoxide|evacuated|boiler (?:has )?(?:blown|exploded|blew up)|(?:had|have) to leave"
         r" the house|(?:ceiling|roof) (?:has )?(?:collapsed|caved in|came down|fell in)"
         r"|burglar\w*|broken into|broke into|break-?in\b|passed on"
         r"|(?:\b(?:my|our|his|her|their|\w+'s) |^)(?:mum|dad|mother|father|nan|nana|nanny|gran|granny|grandma|grandad"
         r"|grandpa"
         r"|grandfather|grandmother|husband|wife|partner)(?:'s| has)? (?:had|suffered|having) (?:a |an )?(?:stroke"
         r"|heart attack|seizure|aneurysm|(?:bad |nasty |serious )?fall)"
         r"|(?:went|gone|going|is|'s) into labour|(?:wife|partner|mum|mother)(?:'s| is) in labour|giving birth"
         rf"|{_HURT_IN_CRASH}"
         r"|(?:nan|nana|nanny|grand(?:ma|ad|pa|mother|father)|granny|mum|dad|mother|father|husband|wife|partner|brother"
         r"|sister|uncle|aunt\w*)"
         r"(?:'s)? (?:has been|'s been|was|is|got|had to be|been) (?:taken|rushed|admitted)"
         r"|lost (?:his|her|their|our) (?:nan|grand\w+|mum|dad|uncle|aunt)"
         r"|(?:mum|dad|mother|father|husband|wife|partner|nan|grandad|grandma)(?:'s| is| has been)"
         r" (?:\w+ ){0,2}in (?:hospital|intensive care|icu|a coma)|\bintensive care\b"
         r"|(?:mum|dad|mother|father|husband|wife|partner|nan|grandad|grandma)\b[^.]{0,60}\b(?:is|are|'s) (?:now "
         r"|still )?"
         r"in (?:hospital|intensive care|icu)",
         5),
        (r"given (?:\w+ )?(?:days|weeks|hours) to live|(?:fly|flying|travel\w*|driving) (?:out |home |up "
         r"|down )?urgently"
         r"|\burgently\b", 5),
        (r"police", 1.5),  # weak: "police have shut the road" is a transport problem
    ],
    "interview": [
        (r"\b(?:being )?assessed at (?:the |a |his |her )?(?:new )?(?:school|college)\b|\binterview\w*"
         r"|entrance (?:exam|assessment|test)|(?:exam|test|assessment) for (?:the )?entrance\b"
         r"|assessment for (?:a |his |her )?(?:[\w-]+ ){0,3}place\b"
         r"|(?:college|sixth form|school|admissions?) assessment"
         r"|assessment (?:day|morning|afternoon|at (?:the )?(?:college|school|sixth form|st\b))"
         r"|\bassessment at (?:[\w'-]+ ){1,3}(?:high school|grammar|college|academy|school)\b"
         r"|\bassessment at (?:[\w-]+ ){1,3}[\w-]+'s\b|\baudition\b|taster day"
         r"|assessment cent(?:re|er)|(?:scholarship|bursary|selection|11 ?\+|eleven plus|grammar school|apprenticeship)"
         r" (?:assessment|exam|test|interview|day)s?\b|(?:sitting|taking|doing) (?:the |his |her |their )?(?:11 ?\+"
         r"|eleven plus|scholarship)", 5),
    ],
    "medical": [
        (r"\bgrommets (?:put in|fitted|out|taken out|removed)\b|\bday (?:case|surgery)\b", 5),  # a procedure done in
        # the day
        # children's hospitals by name; a hearing aid fitted
        (r"\b(?:alder hey|great ormond street)\b|\bhearing aids? (?:fitting|fitted|check|appointment)\b"
         r"|\b(?:lac|looked after|health|annual) (?:review )?medical\b|\bhealth (?:centre|center|visitor)\b", 3),
        (r"\bpre-?op(?:erative)?\b|\bmri\b|\bct scan\b|\bultrasound\b|\becg\b|\beeg\b", 4),
        (r"\b(?:asthma|medication|annual|eczema|diabetes|diabetic|epilepsy|sickle cell|clinic|growth|hearing|eye)"
         r" (?:review|check)\b|\breview (?:at|with) (?:the )?(?:gp|clinic|hospital|consultant|nurse)\b"
         r"|\b(?:at|to) (?:the )?ent\b|\bent (?:clinic|appointment|department)\b"
         r"|\b(?:grommets|ears?|eyes|teeth|hearing|eyesight|stitches) (?:checked|looked at|removed|taken out)\b"
         r"|\bnasal spray\b|\bflu (?:jab|spray|vaccine)\b", 4.5),
        (r"\b(?:seeing|see|to see) the (?:\w+ )?nurse\b|\bnurse (?:appointment|at)\b|\bfor (?:some |more "
         r"|blood )?tests\b", 4),
        (rf"(?<!vet )(?<!vet's )(?<!vets )\bappointment\b(?! {_FOR_SOMEONE_ELSE})"
         r"|\bappt\b|dentist|\bdental\b(?! (?:abscess|pain|infection))|orthodont\w*|\bortho\b|\bbraces\b|\bboosters?\b"
         r"|\bbloods? (?:done|taken|test\w*)\b"
         r"|optician|eye test|hearing test"
         r"|\b(?:doctor|gp|dentist|nurse|surgery)\b[^.]{0,20}\b(?:squeezed|fitted|fit) (?:us|him|her|them) in\b"
         r"|audiology|physio\w*|\bcamhs\b|vaccin\w*|\bjabs?\b|immunis\w*|injection|blood test|\bscan\b"
         r"|check[- ]?up|follow[- ]?up|\bclinic\b|consultant|speech therap\w*|\btherapy\b|\boperation\b|\bsurgery\b"
         r"|\b(?:minor|small|day|dental|planned) procedure\b|\bday (?:surgery )?unit\b"
         r"|\b(?:his|her|their) (?:\w+ )?op\b"
         r"|\bbrace\b|x-?ray\w*|minor injuries|walk-?in (?:centre|center|clinic)|urgent care|\bpa?ediatrician"
         r"|\bcheck over\b(?! by)"
         # a check at a clinic: "her grommets check at the hospital"
         r"|\b\w+ check (?:at|with) (?:the )?(?:hospital|clinic|gp|surgery|doctor'?s?|dentist|optician'?s?)\b"
         # a hospital specialty: "his cardiology check", "the neurology clinic", "sees the dermatologist"
         r"|\b(?:cardio|neuro|dermato|ophthalmo|gastroentero|endocrino|rheumato|uro|haemato|onco|nephro|respiro"
         r"|allergo|immuno)log(?:y|ist)\b|\b(?:ent|fracture|eye|asthma|allergy|diabetes|epilepsy) (?:clinic|department"
         r"|team|nurse)\b", 4),
        (r"\b(?:hearing|eye|sight|speech(?: and language)?|developmental|asd|adhd|autism|ot|sensory|dyslexia)"
         r" assessment\b", 4.5),
        (r"\bdoctor'?s? (?:at )?\d{1,2}(?:[:.]\d\d)?\b|\b(?:to|at|see|seeing|visit\w*) (?:the |a )?(?:gp"
         r"|doctor'?s?)\b|\b(?:has|'s|have|got) (?:got )?the"
         r" (?:gp|doctor'?s)\b(?! (?:said|says|told|advised))"
         r"|\b(?:(?:at|by|around|about) \d{1,2}(?:[:.]\d\d)?(?: ?[ap]m)?|collect\w*(?: \w+){0,4}"
         r"|pick\w*(?: \w+)? up(?: \w+){0,3}) for (?:the |a |his |her |their )?(?:gp|doctor'?s?)\b", 2),
        # a visit, not "the GP said"; "I'll collect her at 12:30 for the doctor"
        (r"\bhospital\b(?! (?:said|says|told|have said|has said|advised|want))", 1),  # "the hospital said" is advice
        (r"\b(?:tooth|teeth) (?:out|taken out|removed|extract\w*)|\bextraction\b"
         r"|\b(?:a|for|her|his|the|two|new) fillings?\b", 4),
    ],
    "religious": [
        (r"\beid\b(?! shopping| clothes| outfits?)|diwali|yom kippur|rosh hashanah|passover|hanukkah|vaisakhi"
         r"|baisakhi|gurpur(?:a)?b|guru nanak"
         r"|kartik purnima|ekadashi|chanukah|channukah|\bpuja\b(?! shopping| clothes| outfits?)|fasting day|navratri"
         r"|\bholi\b|durga puja|\bhajj\b"
         r"|\bumrah\b|religious"
         r"|holy day|day of obligation|immaculate conception|baha'?i\b|day of the covenant|naw-?ruz|ridv[aá]n"
         r"|day of (?:prayer|religious observance|observance)|feast of|set apart by|church service|\bmass\b"
         r"|rohatsu|bodhi day|buddhist|\btemple\b|\bmandir\b|gurdwara|\bmosque\b|synagogue|\bsaint\b|orthodox"
         r"|ramadan|\bsabbath\b|shabbat|shabbos|pilgrimage|martyrdom|shaheedi|\bguru \w+|feast day", 3),
        (r"\bchurch\b|\bprayers?\b|\bworship\b", 1),
    ],
    "family_event": [
        (r"\bchristen\w*", 4.5),
        (r"\b(?:sister|brother|cousin|aunt\w*|uncle|mum|dad)'s engagement\b(?! ring)", 4.5),
        # "my granddad's 80th": a birthday
        (rf"\b(?:{_ELDERS}|mum|dad|aunt\w*|uncle|cousin)'s (?:[2-9]0th|100th|21st|18th)\b", 4.5),
        (r"\b(?:is|'s) turning \d{1,2}\b|\bturns \d{1,2} (?:today|tomorrow|on)\b", 4.5),
        (r"\bwork (?:christmas )?party\b|\bparty at (?:his|her|their|my|our) (?:dad|mum|father|mother|parents)'s"
         r" (?:work|office)\b", 3),
        # a brother's or sister's own performance: "to see his big sister's carol concert"
        (r"\b(?:sister|brother|sibling|cousin)s?'?s? (?:\w+ ){0,3}(?:nativity|concert|play|performance|assembly|show"
         r"|recital|sports day)\b", 4.5),
        (r"passing[- ]out (?:parade|ceremony)|awards? ceremony|prize[- ]giving|\bgraduat\w*", 4.5),
        (r"\b(?:nan|nana|nanny|gran|grandma|grandad|granny|grandpa|mum|dad|auntie|aunt|uncle)(?:'s)? (?:is|turns"
         r"|turning|will be) (?:[2-9]0|100|[1-9][05])\b|\bfamily (?:lunch|meal|party|gathering|celebration|do)\b", 4),
        # the event is the reason even when the family travels for it
        (r"wedding(?! shopping| outfit)|christening|baptism|graduat\w*|bar mitzvah|bat mitzvah|naming ceremony"
         r"|(?:getting|get|gets) married"
         r"|\bnikk?ah\b|\bmehndi\b|\bmendhi\b|mehendi|\bwalima\b|\bsangeet\b|vow renewal"
         r"|renewing (?:their )?vows|\b(?:bridesmaid|page ?boy|flower girl)\b"
         r"|\b(?:\w+'s|family|an?|the) engagement (?:do|party|ceremony|celebration)\b"
         r"|\bengagement\b(?= (?:in|on|at|this|next)\b)", 4.5),
        (r"birthday|(?<!christmas )(?<!school )(?<!class )(?<!the )(?<!neighbours' )(?<!neighbour's )(?<!neighbours )"
         r"\bparty\b|anniversary|family reunion"
         r"|(?:\w+'s|family|my|our) (?:christmas |xmas )party\b", 3),
        # a milestone birthday: "my nan's 90th", "his dad's 50th" (the event even when the family flies to it)
        (r"(?:(?:nan|nana|nanny|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|mum|dad|mother|father"
         r"|uncle|aunt\w*|brother|sister|cousin|husband|wife|partner|nans|nanas|grans|mums|dads)'?s|his|her|their|my"
         r"|our)"
         r" (?:surprise |big )?(?:1[0-9]|[2-9]0|100|21)(?:st|nd|rd|th)\b(?! (?:of\b|jan|feb|mar|apr|may|jun|jul|aug"
         r"|sep|oct|nov|dec))", 4.5),
    ],
    "holiday": [
        # "Raisa going to her grandmother in Sylhet from today to Friday": away visiting family
        (r"\b(?:going|go|goes|travel\w*|fly\w*) to (?:see |visit )?(?:her|his|their|my|our)"
         r" (?:grandmother|grandma|grandparents|grandfather|grandad|nan|nani|dadi|family|relatives)\b"
         r"(?=[^.;]{0,40}\bin (?!(?:the )?(?:hospital|morning|afternoon)\b)[a-z]+\b)"
         # "Winnie will be coming to stay with us in Devon": a stay with family away from home
         r"|\b(?:coming|going|come|go|gone) (?:up |down |over )?to stay with (?:us|them|her|his|their|my|our)"
         r"(?: \w+)? in (?!(?:the )?(?:hospital|morning|afternoon|evening)\b)[a-z]+\b", 3),
        (r"\b(?:short|city|weekend|winter|ski|family) break\b|northern lights|\bbreak (?:to|in|away)\b"
         r"|\b(?:heading|going|setting|driving|flying) off (?:early )?for (?:christmas|xmas|the holidays)\b"
         r"|\b(?:off|going|heading|driving|flying|setting off|leave|leaving)(?: early)? (?:up |down "
         r"|over )?to (?:the )?(?:[\w']+ ){0,2}airport\b"
         r"|\b(?:in|to|for|visit(?:ing)?) (?:iceland|norway|sweden|finland|denmark|the netherlands|holland|belgium"
         r"|austria|switzerland|czechia|the czech republic|prague|paris|rome|amsterdam|new york|colombia|argentina"
         r"|peru|chile|japan|korea|malaysia|singapore|indonesia|bali|the maldives|mauritius|barbados|st lucia|antigua"
         r"|cuba|the dominican republic|gambia|the gambia|senegal|sierra leone|uganda|tanzania|zambia|malawi|rwanda"
         r"|cameroon|congo|qatar|oman|kuwait|bahrain|israel|madeira|the canaries|gran canaria|fuerteventura"
         r"|orlando)\b|spend(?:ing)? christmas (?:with|in|at)\b|\bfor christmas with\b"
         r"|\bdriving (?:up |down |over )?to (?:his|her|their|our|my) (?:grandparents|nan|gran|family)\b"
         r"|\bdriving (?:up|down|over) to\b|\bheading (?:home |back |over )?to\b|\bhome for christmas\b"
         r"|\b(?:invited us|(?:to|in) (?!tomorrow|today|school|time)[a-z]+) for (?:christmas|xmas|new year)\b"
         r"(?! shopping| jumper| dinner| party| lunch| fair| play| concert)", 2),
        (r"\bholiday\w*|vacation|\babroad\b|\bflights?\b|\bflying\b|\bfly(?:ing)? (?:out|to|home)\b"
         r"|(?<!school )\btrip (?:to|abroad|away)\b|family trip|\bwe(?:'re| are| will be) away\b"
         r"|travel\w*|going away|cent(?:er|re) parcs|skiing|\bski\b|(?<!after a )(?<!after our )long weekend"
         r"|visit(?:ing)? (?:family|relatives)|\bfamily visit\b|\bvisit to (?:the |our |my )?family\b"
         r"|(?:see|visit|visiting) (?:his|her|their) grandparents|going home to|term time|\bcruise\b|overseas"
         r"|disney\w*(?! on ice)|lapland|caravan|butlins|log cabin"
         r"|(?:driving|heading|going|travelling|setting off|off) (?:down |up |over )?to [\w'-]+(?: [\w'-]+)? for"
         r" (?:christmas|xmas|new year|hogmanay|the (?:christmas |xmas )?holidays)"
         r"|(?:going|heading|driving|travelling) away for (?:christmas|xmas|new year|a few days|a long weekend)"
         r"|\bgoing to [a-z]+ to (?:visit|see) (?:her|his|their|our|my) (?:\w+ )?(?:babcia|dziadek|nan|nana|grandma"
         r"|grandad"
         r"|grandparents|grandmother|grandfather|family|relatives|cousins)\b"
         r"|\b(?:a few|a couple of) days away\b"
         r"|\b(?:going|heading|driving|travelling) (?:up |down |over )?to [a-z]+\b[^.]{0,25}\bfor (?:christmas|xmas"
         r"|new year|the holidays)\b", 2),
        (r"\b(?:in|to|booked|(?:leav\w*|depart\w*|off|head\w*|bound|fly\w*|flight\w*|going)(?: \w+)? for"
         r"|visit(?:ing)?) (?:pakistan|india|bangladesh|poland|romania|nigeria|somalia|somaliland"
         r"|turkey|spain"
         r"|portugal|italy|france|lithuania|latvia|ukraine|ghana|jamaica|kenya|egypt|morocco|florida|america|the us"
         r"|the usa|dubai|greece|cyprus|ireland|tenerife|lanzarote|majorca|mallorca|croatia|iraq|iran|syria|yemen"
         r"|sudan|saudi arabia|china|hong kong|the philippines|vietnam|brazil|albania|bulgaria|slovakia|hungary"
         r"|germany|the caribbean|sri lanka|nepal|zimbabwe|south africa|eritrea|ethiopia|afghanistan|kurdistan"
         r"|algeria|tunisia|libya|jordan|lebanon|palestine|australia|canada|new zealand|thailand|mexico)\b", 2),
    ],
    "illness": [
        # recovering from an operation that is over: "had an operation yesterday, won't be in this week"
        (r"(?<!i've )(?<!i have )(?<!\bi )(?<!i've just )(?<!i have just )(?<!\bi just )\b(?:just )?(?:had|has had"
         r"|'s had)"
         r" (?:an |his |her |their |the )?(?:operation|op|surgery)\b"
         r"(?! (?:booked|planned|scheduled|on (?:monday|tuesday|wednesday|thursday|friday)))"
         r"|(?<!\bi )(?<!i'm )(?<!i am )\brecover(?:ing|s)? (?:from|after) (?:an |his |her |their |the )?(?!my\b)"
         r"(?:\w+ )?(?:operation|op|surgery)\b", 5),
        # no visit yet: "waiting for the dentist to call back", "trying to get a GP appointment"
        (r"\b(?:waiting|wait) (?:for|on) (?:the )?(?:dentist|doctor|gp|surgery|111)(?:'s)? to (?:call|ring|phone)"
         r"|\btrying to get (?:her|him|them) (?:an? )?(?:appointment|appt|gp appointment|doctor'?s appointment)\b",
         5.5),
        (r"\badmitted\b(?! (?:to|into) (?:a |the )?(?:school|college|sixth form"
         r"|class))|\b(?:kept|keep|keeping|stay|staying|stays) in (?:hospital )?(?:overnight|for (?:the|a) night)\b",
         6),  # "the consultant wants her admitted for tests"
        (r"\bnot (?:very|too|so) well\b|\binfluenza\b|\bthrew up\b|\bthrow(?:n|ing)? up\b"
         r"|\b(?:thrown|threw|brought|bringing) (?:his |her |their )?(?:breakfast|dinner|tea|food|lunch) (?:back )?up\b"
         r"|done (?:his|her"
         r"|their) (?:back|knee|ankle|wrist) in"
         r"|can barely walk|pulled a muscle"
         r"|\b(?:coming|come|came) down with something\b"
         r"|\b(?:caught|come down with|came down with|picked up|started with|starting with) (?:it|the same(?: thing"
         r"| bug)?)\b(?! (?:fine|ok|okay|on time|in time"
         r"|no problem)\b)", 2.5),  # not "caught it fine" (the bus); "has now
        # caught it": a sibling's illness
        (r"\bsore\b|burning up|boiling hot|bad tooth\b(?! ?ache)|run down|not coping|struggling mentally|not 100%"
         r"|still not right|\bthe runs\b|loose motions?|\bloose stools?\b"
         r"|shaken up|whiplash|bruised|bruising", 2.5),
        (r"\bpuk\w*|\bspew\w*|chuck(?:ing|ed)? up|\bbeing ill\b", 2.5),
        (r"\bwith (?:his|her|their) (?:chest|ears?|tummy|stomach|teeth|asthma|eczema)\b|\bchest infection\b", 2.5),
        (r"d ?(?:and|n) ?v\b|poorly|\bsick\b(?! note)"
         r"|sickness|\bill\b|illness|unwell|not well|isn't well|is not well|no better"
         r"|(?:wasn't|weren't|hasn't been|haven't been) (?:feeling )?(?:very |too |so )?well\b"
         r"|not (?:feeling )?(?:great|good|himself|herself|right)\b|isn't right|not feeling (?:well|fine)|\btemps?\b"
         r"|\bnot feel (?:well|good|fine|ok|okay)\b"
         r"|temperature"
         r"|tempreture|\bfever\w*|\bbug\b|d ?[&+] ?v|diarrh\w*|\bsquits\b|\bthe trots\b|vomit\w*|throwing up|being sick"
         r"|\bcold\b|\bcolds\b"
         r"|\bflu\b|covid|\bcough\w*|infection|tonsil\w*|chickenpox|chicken pox|conjunctivitis|migraine\w*|migrane\w*"
         r"|headache|tummy|stomach|ear ?ache|(?:sore|bad|painful|croaky|scratchy|swollen) throat|\brash\b|asthma"
         r"|complain\w* (?:of|about) (?:his |her |their |a |the )?(?:ear|tummy|stomach|head|throat|chest|eye|pain)"
         r"|\bdischarge\b|\bear drops\b"
         r"|injur\w*|broken (?:his|her|their)? ?"
         r"(?:wrist|arm|leg|ankle|finger|toe|nose)|\bbroke (?:his|her|their|a|an) (?!phone|glasses|tablet|laptop)\w+"
         r"|\bbreaks? (?:his|her|their) (?:wrist|arm|leg|ankle|finger|toe|nose|collar ?bone)\b"
         r"|\bhurt\b|sprain\w*|a ?& ?e\b|admitted to hospital"
         r"|in hospital|hospital overnight|anxiety|panic attack|mental health|depress\w*|period pains?|(?:got|has|on"
         r"|started) (?:her|their) period|virus|viral|lethargic|off (?:his|her|their) food"
         r"|feel(?:s|ing)? (?:awful|terrible|rubbish|dreadful|horrible|faint|grotty|ropey|ropy)"
         r"|(?<!\bi )(?<!\bi'm )(?<!\bwe )feel(?:s|ing)? (?:very |so |really )?bad\b"
         r"(?! (?:for|about|asking|that|to|but)\b)"
         r"|norovirus|glandular fever|appendicitis|under the weather|feeling rough|off colou?r|shivery|dizzy"
         r"|wheez\w*|antibiotics|hand,? foot and mouth|nosebleed|nose ?bleeding|nose (?:won't|will not|wouldn't"
         r"|keeps?) (?:stop )?bleed\w*"
         r"|\bbang(?:ed)? (?:to|on) (?:the|his|her) head"
         r"|\b(?:head|tummy|stomach|belly|ears?|leg|arm|back|foot|knee|throat|chest|eyes?|tooth|teeth)(?: is| are)?"
         r" (?:hurting|hurts|painful)\b|\b(?:fell|fall|fallen) (?:over |down )?(?:in|on) the playground\b"
         r"|head injury|\b(?:bad|painful) period\b|period pains?|in agony"
         r"|\b(?:his|her|their) body (?:is|feels) (?:very |so |really )?hot\b|allerg\w*|\bpain\b|\bpains\b"
         # "was still really hot when she got home": a temperature (not "it's hot in the classroom")
         r"|\b(?:he|she|they|\w+) (?:is|was|were|'s|felt|feels|feeling) (?:still )?(?:really |very |so |quite |a bit )?"
         r"(?:hot|clammy)\b(?<!\bit's hot)(?<!\bit is hot)(?<!\bit was hot)"
         r"(?! (?:in|outside|today|day|weather|and sunny)\b)"
         r"|\bnausea\w*"
         r"|\binfected\b|\bcroup\b|\bmeasles\b"
         r"|\b(?:back|knee|ankle|wrist|foot|neck|shoulder)(?:'s| is) (?:still )?(?:bad|sore|painful|swollen)\b"
         r"|\bmumps\b|scarlet fever|\bstrep\b|impetigo|\bnits\b|head lice|\bachey?\b"
         r"|\bache\b|\bunwell\b|\bhospitali[sz]ed\b|bell(?:y|ies)\b|belly ?ache|concuss\w*"
         r"|bad (?:chest|back|ear)|high temp|\bspots\b|\bchesty\b|tonsils|adenoids|grommets"
         r"|(?<!\bi )(?<!\bi'm )recover\w*|swollen"
         r"|stitches|\bstung\b|\bbitten\b|\breaction\b|(?:home|discharged|out) (?:from|of) hospital"
         r"|conjun\w*tivit\w*|otit\w*|gastro\w*|amigdal\w*|angin\w*|seizure|epilep\w*"
         r"|anxious|faint\w*"
         r"|light-?headed|isn't (?:feeling )?(?:great|good|too good|well|100%|right|herself|himself)"
         r"|not feeling (?:too |very |so )?(?:great|good|well)|(?:banged|bumped|hit) (?:his|her|their) head|head injury"
         r"|(?:had|took) a (?:bad |nasty |big )?fall|\bfell (?:off|over|down)\b", 2.5),
        # common childhood illnesses, conditions and injuries by name
        (r"shingles|pneumonia|malaria|typhoid|\bsymptoms?\b|bronchi\w*|\brsv\b|sinus\w*|laryngitis|pharyngitis"
         r"|\buti\b|cystitis|eczema"
         r"|psoriasis|flared? ?up|flare-up|threadworms?|pinworms?|\bworms\b|scabies|ringworm|\bhives\b|urticaria"
         r"|hayfever|glue ear|slapped cheek|rubella|meningitis|sepsis|\bappendix\b|hernia"
         r"|food poisoning|dehydrat\w*|constipat\w*|\breflux\b|rotavirus|sickle cell|diabet\w*|\bhypo\b"
         r"|anaphyla\w*|vertigo|labyrinthitis|mouth ulcers?|toothache|abscess|runny nose"
         r"|(?:blocked|stuffy) nose|bunged up|snotty|streaming (?:nose|eyes)|\bchills\b|\baching\b"
         r"|nauseous|\bcramps?\b|fractur\w*|dislocat\w*|\bcast\b(?= on)|in (?:a |his |her |their )?(?:plaster|cast)\b"
         r"|plaster cast|crutches|\bsling\b|scald\w*|burnt (?:his|her|their)\b|burns?\b(?= (?:on|to) (?:his|her|their))"
         r"|pulled (?:a )?muscle|twisted (?:his |her |their )?(?:ankle|knee|wrist|back)|whiplash|black eye|bruis\w*"
         r"|(?:cut|split) (?:his|her|their) (?:head|hand|foot|leg|knee|finger|lip|chin|eye)|\bteething\b"
         r"|stiff neck|sticky eyes?|pink ?eye|\bstyes?\b|fatigue"
         r"|low mood|self-?harm\w*|eating disorder|mentally exhausted|emotionally drained"
         # "been really low all weekend and can't face school", "the doctor says she needs complete rest"
         r"|\b(?:been|feeling|feels|felt|is|'s) (?:really |very |so |quite |a bit )?low\b(?! (?:on|in) )"
         r"|\bcan(?:'t|not|nt) face (?:school|going in|coming in|it today|lessons|another day)\b"
         r"|\b(?:needs?|told (?:him|her|them) to|advised)(?: to)? (?:some |complete |plenty of )?(?:bed )?rest\b"
         r"|\bbed rest\b"
         r"|on a drip|on oxygen|hospital ward|high dependency"
         r"|\bcolic\b|\blurgy\b|\bgerms?\b|\bbugs\b|(?:the )?(?:sniffles|snuffles)"
         r"|\bsniffly\b"
         r"|broken (?:his |her |their )?(?:collar ?bone|elbow|foot|hand|thumb|ribs?|jaw|tooth|knee|hip|shoulder)", 2.5),
    ],
    "transport": [
        (r"\bsnowed in\b", 6),
        (r"\b[abm]\d{1,4}\b[^.]{0,20}\b(?:shut|closed|blocked)\b|turned back|iced over|\bicy\b|black ice"
         r"|\bcar (?:trouble|problems?)\b|\bproblems? with (?:the|our|my) car\b"
         r"|\bcar(?:'s| is| has been) (?:been )?(?:at|in) the garage\b"
         r"|\bcar(?:'s| is| has been) (?:been )?off the road\b|\blift (?:has )?(?:let (?:me|us) down|fallen through)"
         r"|\bbus (?:doesn't|does not|don't) (?:come|go|run)\b"
         r"|can't get the car (?:off|out)|"
         r"broken down|broke down|breakdown|flat tyre|(?:got|has|had) a (?:flat|puncture)|\bpuncture\b"
         r"|\b(?:the )?(?:aa|rac)\b(?= (?:can't|cannot|won't|will|are|is|man|have|has|to)\b)"
         r"|bus (?:didn't|did not|won't|wouldn't) stop|bus\b[^.]{0,30}\b(?:isn't|is not|wasn't|was not|not) coming"
         r"|car (?:won't|wouldn't|will not|didn't) start|no bus"
         r"|bus (?:didn't|didnt|did not|hasn't|has not|hasnt) (?:turn up|come|arrive|show)|bus (?:isn't|is not|isnt)"
         r" running|bus(?:es)? (?:is |was |has been |have been |are |were |got )?cancel\w*|buses (?:are|were)(?: not"
         r"|n't) running|\bbus(?:es)?\b[^.]{0,40}?\b(?:cancel\w*|not running|(?:aren't|isn't|weren't|wasn't) running"
         r"|never came)|\bfailed (?:its|it's|the|her|his) mot\b"
         r"|missed (?:the |his |her |their |our )?(?:school )?bus"
         r"|\b(?:minibus|taxi|coach|lift|bus)\b[^.]{0,40}\b(?:hasn't|has not|didn't"
         r"|did not|never) (?:turned up|come|arrived|shown up)\b|\bsailed (?:straight )?past\b"
         r"|\btrains?\b[^.]{0,30}\bcancel\w*|signal(?:ling)? failure|\btowed\b"
         r"|\b(?:lane|ford|route|bridge)(?:'s| is| was"
         r"| has been)? (?:\w+ )?flooded|ferr(?:y|ies)\b[^.]{0,30}\b(?:cancel\w*|delayed|not running|off)\b"
         r"|\bsailings?\b|\bgales?\b|\bstorm\b|\bstrike\b"
         r"|roads? (?:is |are )?(?:closed"
         r"|blocked)"
         r"|road closure|\b(?:road|street|lane|track|bridge|ford)(?:s|\'s)?\b[^.]{0,40}\b(?:closed|blocked|flooded"
         r"|shut|under ?water)\b|\bsnow\w*|(?<!on )\bice\b"
         r"|no (?:other )?(?:way|transport) (?:of|to) get\w*(?! back (?:after|in time))|haven't got the car|no car"
         r"|traffic|gridlock\w*|overheat\w*|waiting (?:for|on) (?:the )?(?:recovery|breakdown|aa|rac)\b"
         r"|can't get out of (?:the |our )?(?:village|estate|road|street|lane|drive|close|cul-de-sac)\b"
         r"|can't get out (?:with|in) the car\b"
         r"|(?:train|bus) (?:is |was )?delayed|blocked (?:our|the) drive|car (?:crash|accident)|\bcrash\b"
         r"|written off|no trains?\b|trains? (?:cancel\w*|not running)"
         # a vehicle that failed: "car's died", "the battery's flat", "the taxi never came"
         r"|(?:car|van|engine)(?:'s| has| is| just| it)* (?:died|dead|packed (?:up|in)|conked out|given up|not starting"
         r"|broken|broke\b(?! into))"
         r"|(?:car|van)(?:'s| is) in (?:the )?garage|(?:flat|dead) (?:car )?battery"
         r"|battery (?:is |was |'s )?(?:flat|dead)"
         r"|(?:bus|taxi|cab|minibus|coach|escort|lift|transport|driver)\b[^.]{0,20}\b(?:didn't|didnt|did not|hasn't"
         r"|hasnt|has not|never|not) (?:turn\w* up|c[oa]me|arrived?|show\w*|pick\w* (?:\w+(?:-\w+)? )?up)"
         r"|\b(?:been|are|were|'re|was|is|'s) at the garage\b|\bat the garage with the car\b"
         r"|no (?:taxi|lift|school bus|minibus)|missed (?:the|his|her|their|my|our) (?:train|taxi|school bus"
         r"|school coach|coach"
         r"|lift)|(?:shut|closed|blocked) (?:off )?(?:the |our )?(?:road|bridge|lane|motorway|level crossing)"
         r"|(?:bridge|lane|motorway|level crossing)s? (?:is |are |was |were |has been |have been )?"
         r"(?:shut|closed|blocked|flooded)", 2),
    ],
    "unsatisfactory": [
        (r"\b(?:dog|cat|pet|hamster|rabbit|guinea pig|puppy|kitten|pony)\b[^.]{0,20}\b(?:died|passed away|put down"
         r"|death)", 6),  # a pet's death is not a family bereavement
        # someone else is ill: a sibling, or the parent who cannot bring the child
        (r"(?:(?<!caught )(?<!picked up )(?:his|her|their|my|the|\w+'s) (?:little |baby |younger |older |big )?"
         r"(?:sister|brother|sibling)"
         r"|\b(?:the |our |my )?baby)(?: who| that)?(?:'s| is| has| being| was|(?: today| tonight)?,? (?:she|he)(?:'s"
         r"| is| has))"
         r"[^.]{0,30}\b(?:ill|poorly|sick|unwell|temperature|bug|fever|croup|cough|flu|virus|chickenpox|d&v"
         r"|vomiting|diarrh\w*|infection|teething|colic|rash)\b"
         r"|\bi(?:'m| am| have been|'ve been) (?:really |very |so )?(?:ill|poorly|unwell|sick)\b"
         r"|\bi(?:'m| am) not (?:well|feeling well|too good|great)(?: myself)?\b"
         r"|\bi(?:'ve| have) got (?:a |the )?(?:bug|flu|covid|virus|migraine)\b"
         r"|\b(?:with|leave) (?:him|her|them) (?:being )?(?:so |this )?(?:poorly|ill|sick|unwell|like this)\b"
         r"|can't do the (?:school run|drop[- ]?off|school drop[- ]?off)|can't do (?:two|both) school runs"
         r"|(?:can't|cannot|can not) leave \S+ (?:to do|for|and do|while i do) the school run"
         r"|\bstay(?:s|ing)? (?:at home |home )?with (?:his|her|their) (?:little |baby |younger |older |big )?"
         r"(?:brother|sister|sibling)s?\b(?! (?:who|that) (?:is|'s) (?:ill|sick|poorly))"
         rf"|\bappointment {_FOR_SOMEONE_ELSE}"
         r"|\b(?:look(?:ing)? after|mind(?:ing)?|babysit(?:ting)?) (?:my|his|her|their|the|our)"
         r" (?:little |baby |younger |older |big |twin )?(?:youngest|eldest|baby|little one|other \w+|sister|brother"
         r"|sibling)s?\b", 5),
        (r"overslept|oversleep|slept in|slept through|alarm (?:didn't|didnt|did not|never|failed to) go off"
         r"|(?:sleep|slept) too long|alarm (?:not|didn't|did not) (?:work|ring)", 4),
        # the adult who does the school run cannot: "his nan, who usually takes him to school, is ill"
        (r"\b(?:who|that) (?:usually|normally|always) (?:takes|brings|drops|walks|does the school run)\b", 6),
        # a non-medical appointment the child is taken to or along to: "my appointment at the embassy"
        (r"\b(?:passport|visa) (?:appointment|appt)s?\b|\b(?:appointment|appt)s? (?:at|with) (?:the )?(?:home office"
         r"|embassy|consulate|passport office)\b|\bhome office (?:appointment|appt)s?\b", 3),
        # a day at home to revise: "staying at home today to revise for her mock", "off to study for his exams"
        (r"\b(?:stay\w*|off|home|kept|keep\w*)\b[^.;]{0,30}\bto (?:revise|study|do some revision|catch up on "
         r"(?:his|her|their) (?:revision|coursework|homework))\b", 4),
        (r"overslept|oversleep|slept in|sleep in|\btired\b|exhausted|shattered|shopping|day off|duvet day"
         r"|\blie-?in\b|\blie in\b|up (?:till|until) (?:late|midnight)"
         r"|clean uniform|(?:hasn't|has not|haven't|have not|no) (?:got )?(?:a |any )?clean (?:shirt|trousers|clothes"
         r"|jumper|polo|skirt|socks)|washing machine\w*(?:'s| is| has)? (?:broken|broke|died)|\buniform\b"
         r"|no (?:heating|hot water|electricity|power)\b"
         r"|(?:stay in|wait\w*) (?:in )?for (?:the|an|a) (?:gas |boiler |broadband |washing machine )?(?:engineer"
         r"|plumber"
         r"|electrician|delivery)"
         r"|(?:no one|nobody|no-one) (?:to|who can|can) (?:take|bring|drop) (?:him|her|them|\w+) (?:to school|in"
         r"|at school)\b|\b(?:no one|nobody|no-one) (?:can|could|is able to) (?:take|bring|drop) (?:him|her|them)\b"
         r"|\b(?:don't|dont|do not) have (?:anyone|anybody|who|someone|no one|nobody) to (?:take|bring|drop) (?:him|her"
         r"|them)\b"
         r"|\btreat\b|haircut|(?:having|have|'ll have) the day at home|family day|\bconcert\b|moving house|house move"
         # the alarm, the shops, no one to mind a younger child
         r"|alarm (?:didn't|didnt|did not|never|failed to) (?:go off|ring|work)|slept through"
         r"|(?:woke|woken|got) up late|(?:didn't|did not|never) wake up"
         r"|(?<!road )(?<!roads )(?<!train )(?<!bus )\binto town\b|the shops\b|(?:christmas|wedding"
         r"|eid|puja|xmas) shopping|(?:big |weekly |christmas |xmas )?food shop\b|shopping for (?:the|a) wedding"
         r"|no childcare|(?:buy|get|getting|buying) (?:him |her |them )?(?:a |some )?(?:new )?(?:\w+ )?(?:coat|shoes"
         r"|trainers|clothes)\b|for (?:a |some )?new (?:\w+ )?(?:coat|shoes|trainers|clothes)\b"
         r"|wiped out|sleep it off|till gone midnight|(?:childminder|nanny|babysitter)(?:'s| is| has)? (?:off |been )?"
         r"(?:ill|sick|poorly|unwell|let (?:us|me) down|cancelled)"
         r"|can(?:'t|not) (?:get|take|bring) (?:him|her|them) (?:to school|in)\b"
         r"|school (?:trousers|shoes|skirt|jumper)|can't get new ones"
         r"|knackered|worn out|christmas outfit|trafford centre|(?:the )?christmas lights|winter wonderland"
         r"|(?:get|buy|buying|getting) (?:him|her|them) (?:a |an |some )?(?:new )?(?:\w+ )?(?:outfit|dress|clothes)\b"
         r"|can't get (?:him|her|them) out of bed|won't get out of bed"
         r"|studio tour|(?:early )?christmas present|\bday out\b|the dog got out|too late to get \w+ in"
         r"|refus(?:es|ing|ed) to (?:get up|get out of bed|get dressed|go(?: in| to school)?|come(?: in)?)\b|\bxbox\b"
         r"|playstation|\bgaming\b"
         r"|till [1-4] ?(?:am|in the morning)\b|let (?:the|a) (?:\w+ )?(?:man|engineer"
         r"|plumber|electrician|technician) in"
         r"|boiler (?:man|engineer)|kitchen (?:being )?fitted|someone in the house|\bworkmen\b|\bbuilders\b"
         r"|\bno point\b|films and games|\bhaving (?:today|the day|tomorrow) off\b"
         r"|\blet(?:ting)? (?:him|her|them|\w+) have (?:today|the day|tomorrow) off\b"
         r"|up (?:till|until) all hours|\bmatinee\b|\btheatre\b|pyjama day|tiredness|see santa|santa's grotto"
         r"|(?:staying|stay|stays) (?:at|with) (?:their|his|her) (?:dad|mum)'?s?\b|can't get (?:him|her|them) here"
         r"|garden centre|(?:karate|judo|taekwondo) |grading\b|black belt|competition\b|tournament"
         r"|(?:dog|cat|pet|puppy|kitten)\b[^.]{0,15}\bvets?\b|(?:kid"
         r"|child|son|daughter)s? to work day|(?:coming|come|going) (?:to work )?with (?:me|us) to (?:her|his|their|my"
         r"|our) (?:nan|gran|grandma|grandad|auntie|aunt|uncle)|(?:barely|hardly) slept|(?:needs"
         r"|deserves) a (?:rest|break|day off)|new (?:puppy|kitten)|\bpanto(?:mime)?\b|\bday out\b|\bday trip\b"
         r"|winter wonderland|santa'?s grotto|\bgrotto\b"
         # a day out ("taking Leo to London for the day"); meeting someone off a plane
         r"|\b(?:taking|take|took|bringing) (?:him|her|them|\w+) (?:to|into) [\w' ]{2,30} for the day\b"
         r"|\bairport to (?:collect|pick up|meet|get|fetch)\b|\bkeep (?:him|her|them|\w+) company\b"
         r"|\bbegged to (?:stay|be) (?:at )?home\b|\b(?:collect\w*|pick\w* up"
         r"|meet\w*) \w+ (?:\w+ )?(?:from|at) the"
         r" airport\b", 1.5),
    ],
}
# Every cue starts at a word boundary, which also lets the regex engine skip most positions quickly.
CUES: list[tuple[str, re.Pattern[str], float]] = [
    (reason, needles.compile(rf"\b(?:{pattern})"), weight)
    for reason, items in _CUES.items() for pattern, weight in items
]
_CUE_SET = needles.RuleSet([pattern for _, pattern, _ in CUES])

# "the kids are with me": where they are, which is the reason only when no other is given
_WITH_US_WORDS = r"(?:is|'s|are|'re) (?:here |there )?with (?:us|me)"
SIBLING_CARE = needles.compile(
    r"can't (?:get|go) to school either|single (?:mum|dad|parent)|"
    r"\b(?:i'm|i am) (?:on my own|alone|by myself)\b|can't get \S+ to school either|"
    r"(?:can't|cannot|can not) do (?:the )?school run|(?:have|has|got) to look after \w+\b|"
    r"stuck (?:at home|in the house|indoors|in) with (?:him|her|them)|stay (?:in|home|at home) with (?:him|her|them)"
    r"|(?:look|looking) after "
    r"(?:his|her|their|the) (?:little |baby |younger |older )?(?:sister|brother|sibling)s?|sibling"
    r"|\b(?:he|she) (?:will|'ll|can|has to|needs to|is going to) (?:look after|mind|watch) (?:him|her)\b"
    r"|\b(?:mind|watch)(?:ing)? (?:his|her|their|the) (?:little |baby |younger |older )?(?:sister|brother)s?"
    r"|\bkeep an eye on (?:his|her|their|the) (?:little |baby |younger )?(?:brother|sister|sibling)s?"
    r"|can't get \w+ in either|can't (?:get|take) (?:him|her|them) (?:in|to school) with (?:him|her|them|the)\b"
    r"|(?:can't|cannot|can not) leave (?:the other|him|her|them|the (?:little|baby|two|others))"
    r"|(?:can't|cannot|can not) leave \S+ (?:on (?:his|her|their) own|alone|home alone|by (?:him|her)self|to do the"
    r" school run|for the school run|and do the school run|while i do the school run)"
    r"|can't do the (?:school run|drop[- ]?off|school drop[- ]?off)"
    r"|(?:stay|stuck) (?:in|home|at home) with (?:his|her) (?:little |baby |younger |older |big )?(?:sister|brother)"
    r"|(?:got|have) to stay (?:in|home) with|\b(?:must|have to|need to|got to) stay with (?:him|her)\b"
    r"|\b(?:can't|cannot|can not) (?:walk|take|drive) (?!(?:him|her|them)\b)\w+ to school\b"
    r"|\b(?:as|since|because|cos) (?:i'm|i am|i'll be|i will be|we're|we are|we'll be) (?:at )?home (?:anyway )?with"
    r" (?:him|her|them)\b"
    r"|(?:no ?one|nobody|no-one)(?: else)? (?:to |who can |that can )?(?:have|take|mind|look after|watch|bring|drop"
    r"|get)"
    r" (?:him|her|them|the (?:kids|children|boys|girls|twins|other (?:two|three|one|\w+))|[a-z]+(?<!the)(?<!my)"
    r"(?<!our))\b"
    r"|(?:no ?one|nobody|no-one)(?: else)? (?:to|who can|that can) (?:sit|stay|be) with \w+\b"
    r"|(?:no ?one|nobody|no-one)(?: else)? to leave (?:him|her|them|\w+) with\b"
    r"|\b(?:has|have|got) to come (?:along )?with (?:us|me)\b|\bstay\w* (?:home |at home )?with (?:me|us)\b"
    rf"|\b{_WITH_US_WORDS}\b"
    r"|\b(?:need|needs|needed) (?:him|her|them) to help (?:me )?(?:at home|out|around the house)\b"
    r"|\bhelp(?:ing)? (?:me )?(?:at home |out )?with (?:the |his |her |their )?(?:little |younger |baby )?(?:twins"
    r"|baby|little ones"
    r"|siblings"
    r"|younger ones|brothers?|sisters?)\b"
    r"|\b(?:nobody|no one|no-one|no body) to (?:do the school run|sit with (?:him|her|them))\b|\bbabysitter\b")
DV = needles.compile(r"d ?[&+] ?v|d ?(?:and|n) ?v\b"
                     r"|diarrh\w*|\bsquits\b|\bthe trots\b|vomit\w*|throwing up|being sick|been sick"
                     # not "off sick" or "home sick with a cold" (ill, not vomiting)
                     r"|(?<!off )(?<!home )\bsick\b(?! note| with\b| leave\b| day\b)|sickness|norovirus"
                     r"|tummy bug|stomach bug")
# A morning clock time, not a date ("10am", "9:45", "10", not "10th", "12/12" or "10 december")
_MORNING_TIME = (r"(?:[7-9]|1[0-2])(?:[:.][0-5]\d)?\s*(?:am|a\.m\.|ish|-ish)?(?![\d/]|[:.]\d|st\b|nd\b|rd\b|th\b"
                 r"|\s*(?:pm|p\.m\.|of\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mins?\b|minutes?\b|hours?\b"
                 r"|days?\b|weeks?\b))")
LATE = needles.compile(
    r"\b(?:come|comes) later\b(?! (?:today|this afternoon|this week|if|in the (?:week|day|afternoon)|to (?:collect"
    r"|pick|get)))|"  # "Denis and Robert come later because I must wait for the doctor"
    r"\bwaiting for (?:the )?next (?:one|bus|train)\b|"
    r"\b(?:get|gets|getting|catch|catches|catching|on|in on) the next (?:one|bus|train)\b|"  # "in on the next one"
    # "we're a few mins behind this morning", "I'll bring him in when I can"
    r"\b(?:a few|a couple of|\d+|ten|five|twenty) ?(?:mins?|minutes?) behind\b|\brunning behind\b"
    r"|\bbring (?:him|her|them) in (?:when|as soon as) (?:i|we) can\b|"
    # "the snow's bad, we'll try to get in later this morning"
    r"\b(?:get|be|come) (?:in|to school) later(?: this morning| on)?\b(?! (?:today|this afternoon|this week|in the"
    r" week|if|when|once)\b)|"
    # "refusing to get dressed, we'll be in when we can": on the way, later
    r"\b(?:we'll|we will|i'll|i will|he'll|he will|she'll|she will|they'll|they will|will) (?:be|get|come) (?:in|there"
    r"|to school) (?:when|as soon as) (?:we|i|he|she|they) can\b"
    r"|\bhave (?:him|her|them) (?:in|there) by \d|\barriving at \d"
    # a text that starts "jaden late bus never came": the child, then "late"
    r"|^\s*(?!(?:a|an|the|too|so|up|quite|very|bit|work\w*|stay\w*|sleep\w*|slept|night|finish\w*|sorry|soz"
    r"|apologies)\b)[a-z]+(?: (?:and|&) [a-z]+)? late\b(?! (?:night|nights|lunch|tea|dinner|breakfast|evening|shift"
    r"|finish|start|one|msg|message|text|reply|notice)\b)"
    r"|\bthere in \d{1,2}\b(?!\s*(?:days?|weeks?|hours?))"
    # "sorry lateness again, traffic. jakub there 9.30"
    r"|\b(?:sorry|apologies)(?: for| about)?(?: the)? lateness\b"
    r"|(?:^|[.!?]\s*)[a-z]+ there (?:at |by |for |about |around )*(?:9|1[0-2])[.:][0-5]\d\b"
    r"|\bit'll be \d{1,2}(?:[:.]\d\d)?\s*(?:am)? before (?:they|he"
    r"|she|we)"
    r" (?:get|arrive)|"
    r"\b(?:pulling (?:up|in)|nearly there|almost there|just parking|parking up) now\b|\bjust pulling (?:up|in)\b"
    r"|\b(?:we'll|we will|i'll|i will|he'll|she'll) be (?:about |around |another )?\d{1,2} ?(?:mins?|minutes?)\b|"
    r"\brunning(?: \w+){0,2} late\b|\b(?:be|being|is|are|was|were|arrive|arriving|come|coming|get|getting|bit|little"
    r"|slightly|very|really|abit|both|mins?|minutes?) late\b|\blate (?:as|because|cos|coz|since|due to)\b"
    r"|\b(?:got|went|came|arrived|made it) (?:there|in|into school|to school|at school) late\b"
    r"|\blate (?:in|this morning|today|to school|for school|again)\b|\blate[,;]"
    r"|\blate!|\blate\.|\blate$|\bin late\b|\bbring \w+ (?:in |to school )later\b(?! if| when| once)"
    r"|\b(?:come|comes|coming|go|goes|going) (?:to )?school late\b"
    r"|\bon (?:his|her|their|our|my) way\b|\bthere in \d+ ?min"
    r"|\bstuck in (?:traffic|roadworks|a (?:queue|jam|tailback))\b"
    r"|\bstuck behind (?:a|an|the) (?:\w+ )?(?:lorry|tractor|bus|truck|van|accident|crash|breakdown)\b"
    r"|\b(?:is|are|'s|'re) in (?:the )?traffic\b|\bstuck on the (?:bus|train|motorway|road"
    r"|[am]\d+)\b|\bwill come when (?:it|the road) (?:opens|reopens|clears)\b"
    r"|\bnothing(?:'s| is) moving\b|\bbe (?:at|in|to) school late\b"
    r"|\bbe (?:in|at) school in \d{1,3} ?(?:mins?|minutes?)\b"
    r"|\b\d{1,3} ?(?:mins?|minutes?) late\b|\b(?:a )?(?:little|bit|touch) later\b"
    r"|\b(?:be|come) in when (?:she's|he's|they're|she is|he is|they are) (?:up|dressed"
    r"|ready)\b|\brunning (?:him|her|them) in\b|\b(?:i|we) (?:take|bring|drive) (?:him|her|them) (?:in )?now\b"
    r"|\b(?:he|she|they)(?:'s| is| are|'re) coming (?:in )?now\b"
    r"|\b(?:is|'s|are|'re) (?:now |already )?on the way to school\b"
    r"|\b(?:won't|will not|can't|not) (?:make it|get|be) (?:in|there)(?: to school)? (?:till|until) (?:gone |after "
    r"|about |around )?(?:9|1[0-2])\b"
    r"|\b(?:will|'ll) be (?:a bit |a little |even )?later,? (?:about |around |at |by )?(?:about |around )?"
    rf"{_MORNING_TIME}"
    rf"|\b(?:drop|bring) (?:him|her|them) (?:in |off )?(?:at|for|by) (?:about |around )?{_MORNING_TIME}"
    rf"|\b(?:we|i) (?:come|will come|arrive|will arrive) (?:in |to school )?(?:at |around |about |for )?{_MORNING_TIME}"
    r"|\b(?!i\b|we\b)\w+ (?:will|'ll) (?:come|be) (?:in|to school|into school) later\b"
    rf"|\b(?:is|are|'s|'re|will be) coming (?:in |to school )?(?:with (?:her|his|their|my|the) \w+ )?(?:at |about "
    rf"|around |for )?{_MORNING_TIME}"
    r"|\bon (?:the|his|her|their|our) way in\b|\bbe there (?:asap|soon|shortly)\b"
    r"|\bas soon as (?:we|i) can\b|\b(?:will|'ll) be (?:in|there) as soon as\b(?! (?:it|the \w+|they|he|she)(?:'s| is)?"
    r" (?:clears?|cleared|better|well|melts?|thaws?|gritted|fixed|sorted|recovered)\b)"
    rf"|\b{_MORNING_TIME} at (?:the )?latest\b|\bjust (?:coming|walking|going|getting) (?:in )?(?:through|into|in at)"
    r" (?:the )?(?:gate|door|school|reception)\b|\bit(?:'ll| will) be (?:about |around )?(?:an hour|\d{1,3}"
    r" ?(?:mins?|minutes?))(?: at least)?\b"
    r"|\b(?:won't|will not|not going to|can't|cannot) make (?:it )?(?:in )?(?:for |to |by )?(?:the )?(?:morning )?"
    r"(?:registration|register)\b"
    r"|\b(?:won't|will not|not going to|can't) (?:get|make it) (?:in|to school|there) (?:until|till) (?:about "
    r"|around )?"
    r"(?:9|10|11)(?:[:.]\d\d)?\b(?!\s*(?:days?|weeks?|pm)\b)"
    r"|\b(?:won't|will not|not) be (?:in|there|at school) (?:until|till) (?:later|after|late morning|mid-?morning)\b"
    r"(?! lunch| (?:the )?(?:christmas|xmas|easter|half[- ]term|holidays?|break|weekend|new year)\b)"
    r"|\blater than (?:usual"
    r"|normal)\b|\bbe in (?:a bit |a little )?later\b"
    r"|^late\b|\bbut late\b|\brunning (?:\w+ ){0,3}behind\b|\b(?:drop\w*|bring\w*|tak\w*) (?:\w+ )?(?:off |in )?late\b"
    # "five minutes away", "there in 10", "bringing him in now"
    r"|(?:^|[.!?,]\s*|\b(?:we're|we are|i'm|i am|he's|she's|they're|now|still)\s+)(?:(?:only|just|about|around)\s+)?"
    r"\d{1,3} ?(?:mins?|minutes?) (?:away|out)\b|\b(?:be|get|getting|arrive|arriving|there|in) (?:in|within)"
    r" (?:about |around )?\d{1,3} ?(?:mins?|minutes?)\b|\bwith you in (?:about |around )?\d{1,3} ?(?:mins?|minutes?)\b"
    r"|(?<!live )(?<!lives )(?<!living )(?<!only )(?<!just )(?<!about )\b\d{1,3} ?(?:mins?|minutes?) away\b"
    r"|\b(?:bring\w*|tak\w*|drop\w*|driv\w*|walk\w*) (?:\w+ )?(?:in|to school|over|up) (?:right |just )?now\b"
    r"|\b(?:(?:he|she|they|we)(?:'s|'re| is| are)|i'm|i am) (?:just )?(?:leaving|setting off) now\b"
    r"|\b(?:only )?just (?:going|gone|getting) in now\b|\b(?:drop\w*|bring\w*) (?:\w+ )?(?:at|to) (?:reception"
    r"|the office"
    r"|the gate|school) in (?:about |around )?\d{1,3} ?(?:mins?|minutes?)\b"
    r"|\bbe (?:in|there|with you|in school|at school) (?:asap|soon|shortly|in a (?:bit|minute|few minutes))\b"
    r"|\b(?:bring|drop|have|get) (?:him|her|them|\w+) (?:in|to school|there) (?:asap|soon|shortly"
    r"|in a (?:bit|minute|few minutes))\b"
    # "won't be in till 10am tomorrow": a clock time (not a date) after till/until
    rf"|\b(?:won't|will not|not|can't|cannot) (?:be (?:in|there)|get (?:\w+ )?(?:in|there)|make it(?: in)?)"
    rf" (?:until|till|til) (?:after |about |around |approx\w*\.? )?{_MORNING_TIME}")
# Not lateness: "a late message", "got back late last night", "when would he be counted as late?"
_NOT_LATE = needles.compile(r"(?:pick\w*|collect\w*) (?:\w+ )?(?:up )?(?:a bit |a little |slightly )?late"

                            r"|\bstay(?:s|ing|ed)? (?:behind )?late\b"  # after school: "she's staying late for choir"
                            # "sorry also Friday because we travel back late": the family's journey home
                            r"|\b(?:travel\w*|fly\w*|get(?:ting)?|come|coming|arriv\w*|drive|driving) (?:back|home)"
                            r" (?:until |till )?(?:very |so |quite |really )?late\b"
                            r"|\b(?:message|messaging|text|texting|writing|replying|ringing|calling|inform|informing"
                            r"|telling|letting you know|tell you|let you know),? (?:you )?(?:so |this )?"
                            r"late\b"  # "sorry to message so late" (the parent's message)
                            r"|\bon (?:his|her|my|our|their) way to (?:work|the office|the station|the airport)\b"
                            r"|late (?:from|back from|home from|leaving|out of) work|written off"
                            r"|\b(?:back|home) (?:until|till|til) late\b|\b(?:always|often|usually|normally|tends to)"
                            r" (?:runs?|running|run) late\b"
                            r"|(?:bump|crash|accident) on the way in"
                            r"|on the way in\b(?=[^.]{0,40}\b(?:turned (?:round|around)|come home|gone home|came home"
                            r"|(?:taken|took|taking) (?:him|her|them) (?:back )?home))|late (?:message|night"
                            r"|last night)"
                            r"|too late|out late|(?:go|come|going|coming) in (?:this|so) late"
                            r"|\b(?:write|writing|wrote|message|messaging|text|texting|reply|replying|telling you)"
                            r" (?:you )?(?:so |this )?late\b"
                            r"|\b(?:came|come|got|get|arrived) (?:back|home) (?:very |so |really |quite )?late\b"
                            r"|\b(?:sleep|slept|went to bed|go to bed|to sleep|was up) (?:very |so |really "
                            r"|too )?late\b"
                            r"|\b(?:til|till|until) late\b(?! morning)"
                            r"|\b(?:fine|ok|okay|well|grand) and (?:is )?on (?:his|her|their) way\b"
                            r"|\bon (?:his|her|their) way (?:now,? )?(?:and |so )?(?:should|will"
                            r"|'ll) be (?:there )?on time"
                            r"|\b(?:that|it|this|which)(?:'ll| will"
                            r"| is going to) be (?:a bit |a little )?late|(?:working|work|works|worked"
                            r"|finish\w*(?: work)?|on a) late|up (?:until |till )?(?:really |very |so |quite |too "
                            r"|rather )?late|late text|to bed (?:very |really |so |quite )?late|\b(?:were"
                            r"|was) in a&e (?:until|till) late\b"
                            r"|(?:this|it|message)(?:'s| is) (?:so |a bit )?late|\bsorry its (?:so |a bit )?late"
                            r"|be there in \d+ ?min\w* to (?:take"
                            r"|collect"
                            r"|pick|get|fetch)"
                            r"|(?:know|message|messaging|notice|telling you|informing you|text|texting|reply\w*)"
                            r" (?:so |this |too |a bit )?late|\b(?:was"
                            r"|were) late\b"
                            r"|on (?:my|our) way to (?:collect|get|pick|fetch)"
                            r"|on (?:my|our|the|his|her|their) way (?:to|into) (?:the )?(?:a ?& ?e|hospital"
                            r"|minor injuries"
                            r"|walk-?in|urgent care|doctor'?s?|gp|surgery|vet)\b"
                            r"|(?:got|came|arrived) (?:back |home )(?:\w+ )?late"
                            r"|(?:woke|woken|wake|waking|got|get)(?: up)? (?:(?!there |in |into )\w+ )?late|slept late"
                            r"|(?:would|'d|could|might|does|do|is|are|will (?=he|she|they|\w+ be))(?: \w+)?"
                            r" (?:be |get |getting )?(?:counted|marked|considered|classed|recorded|registered|treated)"
                            r"(?: as)? late|counts? as late"
                            r"|a late mark"
                       # "not worth bringing him in now": the day is given up, not a late arrival
                            r"|\b(?:worth|point|bother|not|n't)\b[^.,;]{0,20}\b(?:bring\w*|tak\w*|drop\w*|driv\w*"
                            r"|walk\w*)"
                            r" (?:\w+ )?(?:in|to school|over|up) (?:right |just )?now")
# An arrival time: "be there about 9.45", "arrive approx 09:50", "be there 10ish", "in by 9:10"
ARRIVAL_CUE = needles.compile(r"\b(?:drop|dropping) (?:him|her|them)(?: off| in)?(?: on (?:my|our|the) way(?: to work"
                              r"| in)?)? (?:at|by|around|about|for) (?:about |around )?\d"
                              r"|\b(?:about|around|by) \d{1,2}(?:[:.]\d\d)? by the time (?:we|i|he|she|they) (?:get"
                              r"|arrive)"
                              r"|\bwith you (?:by|for|around|about|at) (?:about |around )?\d"
                              r"|\bmake it (?:in )?(?:for|by|at|around|about) (?:about |around )?\d"
                              r"|\bat (?:the )?(?:gate|school|school gates?|office|reception) (?:by|for|around|about"
                              r"|at) (?:about "
                              r"|around )?\d"
                              r"|\b(?:we'll|we will|i'll|i will|we're|i'm) aim(?:ing)? (?:for|to be (?:there |in )?"
                              r"(?:by|for|at)) (?:about |around )?\d"
                              r"|\b\d{1,2}[:.]\d\d (?:maybe|probably|ish|hopefully)\b|\bbe at school \d{1,2}[:.]\d\d\b"
                              r"|\b(?:(?:i|we)(?:'ll| will)?|will|'ll) (?:bring|take|drop) (?:him|her|them)(?: in"
                              r"| to school)?(?: later)?,?"
                              r" (?:about|around|at|by|maybe) \d"
                              r"|\b(?:will|'ll) come (?:in |to school )?(?:with (?:his|her|their|my|the) \w+ )?"
                              r"(?:but )?(?:maybe |probably )?(?:at |about |around )?\d"
                              r"|\b(?:be|get|arrive|arriving|be there|be in|there|in school|in) (?:only "
                              r"|just )?(?:after"
                              r"|by|for"
                              r"|around|about|at"
                              r"|approx\w*\.?|roughly) (?:about |around |approx\w*\.? )?\d"
                              r"|\bby \d{1,2}[:.]\d\d\b|\b\d{1,2}[:.]\d\d (?:he|she|they|we) (?:will|'ll"
                              r"|should) (?:arrive|be there"
                              r"|be in|get there|get in)\b"
                              r"|\b(?:be there|be in|arrive|arriving|get there|get in)"
                              r" (?:\d{1,2}[:.]\d\d(?: ?-?ish)?|\d{1,2} ?(?:am|-?ish))\b")


# A cause the message states in words the cue lists do not know ("because of the thing at her nan's", "as he has
# his ... "): recording `unknown` would misstate it, so the parser asks for the reason instead. English and the
# folded connectors of the other languages (Polish bo/poniewaz, Romanian deoarece, Spanish/Portuguese porque,
# Lithuanian nes, Somali sababtoo/awgeed, Turkish cunku/yuzunden, Ukrainian бо/через, Arabic لأن/بسبب, Urdu and
# Punjabi kyunke/wajah/karke, Bengali karon).
STATED_CAUSE = needles.compile(
    r"\b(?:because|cos|coz|cuz|due to|owing to|on account of)\b|\bas (?:he|she|they|we|i|it|there|his|her|our|my|the)\b"
    r"|\bsince (?:he|she|they|we|i|it|there|his|her|our|my|the)\b|'s got\b"
    r"|\bha(?:s|ve) (?:got )?(?:a|an|his|her|their)\b(?! ready\b)"
    r"|\bhad (?:a|an|his|her|their)\b|\b(?:is|are) (?:having|refusing|being)\b"
    r"|\bso (?:he|she|they|i|we)(?:'s|'re|'m| is| are| am| will|'ll| won't| can't| has| have)\b"
    r"|\bwe(?:'ve| have) (?:got )?no\b|\bthere(?:'s| is| has been) (?:no|a|an)\b"
    r"|\bbo\b|\bponiewaz\b|\bdeoarece\b|\bpentru ca\b|\bdin cauza\b|\bporque\b|\bdevido\b|\bya que\b|\bdebido\b"
    r"|\bnes\b|\bsababtoo\b|\bawgeed\b|\bcunku\b|\byuzunden\b|\bnedeniyle\b|\bбо\b|\bтому що\b|\bчерез\b"
    r"|لأن|بسبب|کیونکہ|کی وجہ|\bkyun ?ke\b|\bkyunki\b|\bwajah\b|\bkarke\b|ਕਿਉਂਕਿ|ਕਰਕੇ|কারণ|\bkaron\b")
_CAUSE_KNOWN_LATER = needles.compile(r"\bexplain\b|\bfill (?:you|u) in\b|\bmore (?:later|tomorrow)\b"
                                     r"|\b(?:personal|family|private) (?:reasons|matters|circumstances)\b")


def states_unknown_cause(text: str) -> bool:
    """Does a message with no recognised reason still state a cause (to be asked about rather than recorded N)?"""
    return bool(STATED_CAUSE.search(text)) and not _CAUSE_KNOWN_LATER.search(text) and not _SAME_AGAIN.search(text)


_SAME_AGAIN = needles.compile(r"\b(?:'s got|got|has|have|caught) (?:it|the same(?: thing| bug)?"
                              r"|that)\b")  # "got it too"


# Pairs of reasons the conventions do not rank ("dentist in the morning, then the airport for our holiday"): with
# strong cues for both, the parser asks rather than picks one.
UNRESOLVED = frozenset(frozenset(p) for p in (
    ("medical", "holiday"), ("medical", "family_event"), ("interview", "holiday"), ("interview", "family_event"),
    ("interview", "illness"), ("interview", "medical"), ("illness", "holiday"), ("illness", "family_event"),
    ("medical", "transport"), ("interview", "transport")))
RIVAL_WEIGHT = 2.0  # a rival reason needs at least one full cue (not "hospital" or "church" alone)
# Travel words ("flying", "travelling", "in Spain") also describe the journey to an event: only the holiday itself
# stands against another reason.
_HOLIDAY_ITSELF = needles.compile(r"holiday|vacation|cruise|disney|\bski|cent(?:er|re) parcs|lapland|term time")
# Someone else is ill (a sibling, the parent): the illness words in the rest of that clause are theirs.
_OTHERS_ILLNESS = needles.compile(_CUES["unsatisfactory"][1][0])  # someone else is ill (keep that entry second)
_CLAUSE_END = needles.compile(r"[.,;!?]| (?:and|but|so) ")
# Words that say the child is off rather than why: the reason only when nothing else is given.
_WITH_US = needles.compile(_WITH_US_WORDS)
_ABSENCE_ONLY = needles.compile(r"day off|duvet day|(?:having|have|'ll have) the day at home"
                                r"|having (?:today|the day|tomorrow) off"
                                rf"|{_WITH_US_WORDS}"
                                r"|can't get (?:him|her|them) here"
                                r"|can(?:'t|not) (?:get|take|bring) (?:him|her|them) (?:to school|in)"
                                r"|stay\w* with (?:me|us)")  # the consequence of another reason; where the child is
# Tiredness: the reason when nothing else is given, a symptom when the child is ill.
_WORN_OUT = needles.compile(r"tired|exhausted|shattered|wiped out|sleep it off|knackered|worn out|tiredness"
                            r"|(?:barely|hardly) slept")
_RECOVERING = needles.compile(r"recover\w*|rest\w*|to get over it")
# Words that are a reason's cue elsewhere but not here: a car or phone that "died", a party that is over ("ate
# something at a party yesterday": the party is where it happened, not why the child is off).
_NOT_CUE = {
    # the parent's own: "while I go to a job interview"
    "interview": needles.compile(r"\b(?:i|i'm|i am|i've|i have|while i|so i can) (?:go(?:ing)? to|have|'ve got|got"
                                 r"|attend)"
                                 r" (?:a |an |my )?(?:job )?interview\b"),
    # "the ceiling came down, the flat is flooded, no electricity": the power cut is part of the emergency
    # "the sangeet is over the weekend so they will be very tired!": what follows the event, not the reason
    "unsatisfactory": needles.compile(r"\bso (?:he|she|they)(?:'ll| will) be (?:very |so |really )?"
                                      r"(?:tired|exhausted)\b"
                                      r"(?! to\b)"
                                      r"|\bno (?:heating|hot water|electricity|power|gas"
                                      r"|water)\b(?=[^\n]*?\b(?:flood\w*|fire"
                                      r"|ceiling|burst|leak\w*)\b)|(?s:\b(?:flood\w*|fire|ceiling|burst pipe"
                                      r"|leak\w*)\b.*?)\bno "
                                      r"(?:heating|hot water|electricity|power|gas|water)\b"),
    # someone hurt in a crash is the family emergency, not the journey
    # a house hit in a storm is the family emergency
    "transport": needles.compile(rf"{_HURT_IN_CRASH}|\b(?:beat|avoid|miss) the traffic\b"
                                 rf"|\bstorm\b(?=[^.]{{0,60}}\b(?:tree|roof"
                                 r"|ceiling|house|hotel)\b)|\b(?:tree|roof|ceiling)\b[^.]{0,60}\bstorm\b"),
    "religious": needles.compile(r"(?s:^(?=.*\b(?:passed away|died|funeral|janazah|bereave\w*|burial|cremation)\b).*)"),
    # "the dentist at 9.00 for emergency": an urgent appointment, not a family emergency
    "exceptional": needles.compile(r"\b(?:dentist|dental|doctors?|gp|optician)\b(?:[^.;]|\.\d){0,25}"
                                   r"\b(?:for|as) (?:an )?emergency\b"
                                   # "dentist emergency", "an emergency dental appointment"
                                   r"|\b(?:dentist|dental|doctor'?s?|gp|optician) emergency\b"
                                   r"|\bemergency (?:dentist|dental|doctor|gp|appointment|appt)\b"
                                   r"|\bfloods? of tears\b|\bcar (?:was |has been |had been |got )?broken into\b"
                                   r"|(?:\b\w+(?:'s| is) )?in (?:hospital|labour) having (?:the|a|her|their) baby\b"
                                   r"|\b(?:i have|i've got|looking after) (?:him|her"
                                   r"|them) (?:this week )?while (?:his|her"
                                   r"|their) (?:mum|dad|mother|father)(?:'s| is) in hospital\b"
                                   r"|\b(?:road|street|lane|roads)(?:'s| is| are| was| has been)?"
                                   r" (?:shut|closed|blocked)\b[^.;]{0,40}|\bflood\w* (?:on|across) the (?:line|lines"
                                   r"|tracks?|roads?"
                                   r"|route|bridge)\b"
                                   r"|\b(?:car|van|engine|battery|phone|boiler|laptop)(?:'s| has| had| just| completely"
                                   r"| totally| finally)* died\b|\b(?:road|lane|roads)\b[^.;,]{0,25}\b(?:is"
                                   r"|are|was|has been)(?: all| completely)? flooded\b"
                                   r"|\b(?:road|lane|ford|bridge|route|roads)(?:'s| is| are"
                                   r"| was| has been| have been)? (?:\w+ )?flooded"
                                   r"|\b(?:roads?|lanes?|bridges?|routes?)(?:'s| is| are| was| were)? (?:closed|blocked"
                                   r"|shut)\b"
                                   r"[^.;]{0,30}\bflood\w*|\b(?:roads?|lanes?|bridges?|routes?"
                                   r"|[am]\d+)\b[^.;]{0,30}\b(?:closed"
                                   r"|blocked|shut|gridlocked)\b[^.;]{0,30}\b(?:flood\w*|gas leak)|\b(?:closed|shut"
                                   r"|blocked) (?:off )?"
                                   r"(?:our|the) (?:road|street|lane)\b[^.;]{0,40}\b(?:gas leak|flood\w*)"
                                   # "the buses aren't running because of the flooding": the journey, not the home
                                   r"|\b(?:bus|buses|trains?|ferry|ferries)\b[^.;]{0,40}\b(?:because of|due to"
                                   r"|with) (?:the |all the )?(?:flood\w*|snow|ice)\b"
                                   r"|\b(?:cat|dog|pet|rabbit|hamster|puppy|kitten|guinea pig)\b[^.]{0,40}\bemergency\b"
                                   r"|\bemergency vets?\b"),
    # "was supposed to have a dentist check-up on Wednesday after school which we'll have to move": not today's reason;
    # "Elif's parents evening appointment": the parents'
    "medical": needles.compile(r"\bparents'? ?evening (?:appointment|appt|slot)s?\b"
                               # "had her booster jabs this afternoon and has been feeling rotten": the reaction
                               r"|\bhad (?:her|his|their) (?:\w+ )?(?:jabs?|vaccin\w*|injections?|immuni[sz]ations?"
                               r"|boosters?)\b(?: (?:at|from) (?:the )?(?:surgery|gp|doctor'?s|clinic|health centre))?"
                               r"(?=[^.]{0,60}\b(?:since|feeling|temperature|fever|poorly|rotten|unwell)\b)"
                               # "a fever after the vaccination yesterday", "a reaction to her jabs": the reaction
                               r"|\b(?:fever|temperature|poorly|unwell|reaction|rash|sore arm|sick|swollen arm)\b"
                               r"[^.]{0,25}\b(?:after|from|to) (?:the |his |her |their |a |yesterday's )?(?:\w+ )?"
                               r"(?:jabs?|vaccin\w*|injections?|immuni[sz]ations?|boosters?)\b"
                               # "been on hold to the GP since 8": a phone call, not a visit
                               r"|\b(?:on hold|holding|hanging on|trying to get through|can't get through"
                               r"|cannot get through) (?:to|with) (?:the )?(?:doctor'?s?|gp|surgery|111)\b"
                               # "we are at the doctor with his little sister": the sister's visit
                               r"|\b(?:(?:at|to) )?(?:the )?(?:doctor'?s?|gp|dentist|hospital|clinic|optician)\b"
                               r"(?= with (?:his|her|their)"
                               r" (?:little |baby |younger |older |big )?(?:sister|brother|sibling)\b)"
                               r"|\b(?:was|were) (?:supposed|meant|due) to (?:have|go)\b[^.;]{0,60}\bafter school\b"
                               r"|\b(?:drop|dropping|take|taking) (?:her|his|my|our|their) (?:grandmother|grandma|nan"
                               r"|nana|granny|grandfather|grandad|mum|dad|mother|father) (?:off )?(?:at|to) (?:the )?"
                               r"hospital\b"
                               r"|\b(?:we're|we are|i'm|i am) (?:at|in) (?:the )?hospital\b(?! (?:for|with) (?:his|her"
                               r"|their) (?:appointment|appt|scan|check))"
                               r"|\b(?:waiting|wait|waited) (?:to hear|for (?:a |an )?(?:call|letter|referral|reply"
                               r"|appointment)) (?:back )?from (?:the )?(?:camhs|gp|doctor|hospital|consultant|nhs)\b"
                               r"|\b(?:hair|haircut|hairdresser'?s?|barber'?s?|nails?|beauty|eyebrows?|photo|passport"
                               r"|visa) (?:appointment|appt)s?\b|\bcamhs (?:worker|team|nurse)\b|\bcamhs (?:is"
                               r"|are) aware\b"
                               r"|\b(?:appointment|appt)s? (?:the|that) (?:shop|store"
                               r"|salon"
                               r"|hairdresser)\b|\b(?:appointment|appt)s? (?:at"
                               r"|with) (?:the )?(?:home office"
                               r"|embassy|consulate|council|bank|solicitor'?s?|court|jobcentre|passport office"
                               r"|police station)\b|\bhome office (?:appointment|appt)s?\b"
                               r"|\b(?:his|her|their|my|our|the) (?:little |baby |younger |older |big )?(?:brother"
                               r"|sister"
                               r"|sibling|baby)(?:'s| has| have| had| is having| needs| for| hurt| injured| broke| cut"
                               r"| banged| bumped| twisted| sprained| fell)\b[^.;,]{0,40}"
                               # the parent at a sibling's bedside: "I can't get him to school and be at the hospital"
                               r"|\b(?:and|or|while|as i(?:'m| am)?|i(?:'ll| will)? (?:have to|need to|must))"
                               r" (?:be|being|stay|staying) (?:at|in) (?:the )?(?:hospital|a ?& ?e)\b"
                               # an appointment after school: "seeing the asthma nurse on Monday after school"
                               r"|\b(?:seeing|see|sees|appointment|appt)\b[^.;]{0,40}\bafter school\b"
                               # a grown-up's appointment: "my mum has a hospital appointment, I have to drive her"
                               r"|\b(?:my|our|his|her|their) (?:mum|dad|mother|father|nan|nana|gran|granny|grandma"
                               r"|grandad|grandpa|husband|wife|partner)(?:'s| has| had| is having| needs)\b[^.;,]{0,40}"
                               r"|\bwith (?:his|her|their|my|our) (?:mum|dad|mother|father|nan|gran|grandma|grandad)\b"
                               r"(?! for an? )[^.;,]{0,30}"  # not "going with his dad for an MRI scan": the child's
                               r"|\b(?:take|taking|took|bring\w*|drop\w*) (?:his|her|their|my|our|\w+'s)"
                               r" (?:little |baby |younger |older |big |two |2 )?(?:brothers?|sisters?|siblings?|baby"
                               r"|mum|dad|nan|grandma|grandad|wife|husband|partner)\b[^.;,]{0,40}"
                               # "I have to take the boys to the doctor first": the siblings' visit
                               r"|\b(?:take|taking|took) the (?:boys|girls|others|other (?:two|kids|children))"
                               r" to (?:the )?(?:doctor'?s?|gp|dentist|hospital|clinic)\b[^.;,]{0,40}"
                               r"|\b(?:a )?(?:phone |video )?(?:call|chat) with (?:his |her |their |the )?(?:camhs|gp"
                               r"|doctor"
                               r"|nurse|consultant|therapist|counsell?or)\b(?: worker)?"
                               r"|\b(?:came|come|went|go|gone) home for (?:a|an|his|her) [^.,)]{0,30}(?:appt"
                               r"|appointment)\b"
                               r"|\b(?:dentist|doctor|appointment|gp)\w* (?:wasn't|isn't|was not|is not)\b"
                               r"|\b(?:consultant|doctor|gp|nurse|paramedics?|physio|pharmacist|chemist)s?(?: there)?"
                               r" (?:wants?|said|says|told|advised"
                               r"|has advised|recommended|has recommended|would like)\b"  # advice, not a visit
                               # an appointment weeks away: "off today with anxiety, we have CAMHS next month"
                               r"|\b(?:appointment|appt|referral)\b[^.;,]{0,30}\b(?:next month|in (?:a few|\d|two"
                               r"|three) weeks|in the new year)\b"
                               # the parent's errand for another child: "waiting for the GP surgery to open to get
                               # her seen", "because I'm doing the dentist run he'll be a bit late"
                               r"|\bwaiting for (?:the )?(?:gp |doctor'?s? )?(?:surgery|gp|doctor'?s?|pharmacy|chemist)"
                               r" to open\b|\b(?:doing|do|on) the (?:dentist|doctor'?s?|hospital|gp|clinic) run\b"
                               # "stays home until he's been seen by CAMHS, which we're still waiting on"
                               r"|\buntil (?:he|she|they)(?:'s|'ve| has| have) been seen by\b[^.;]{0,30}"
                               r"|\b(?:camhs|referral|appointment|appt)\b,? (?:which|that) (?:we're|we are|we've been"
                               r"|we have been|he's|she's|they're) (?:still )?(?:waiting|on a waiting list)\b"

                               r"|\b(?:trying|try|tried|hoping|hope) to get (?:him|her"
                               r"|them) (?:in )?to (?:the )?(?:gp|doctor'?s?"
                               r"|dentist)\b"
                               r"|\b(?:trying|try|tried|hoping|hope) to get (?:\w+ )?(?:an? )?(?:emergency |urgent )?"
                               r"(?:dentist|doctor|gp)(?:'s)?(?: appointment| appt)?\b"
                               r"|\b(?:trying|try|tried|hoping|hope) to get (?:\w+ )?(?:an? )?(?:emergency |urgent )?"
                               r"(?:\w+ )?(?:appointment|appt)\b"
                               r"|\b(?:i've|i have|i've got|i have got|i've got a"
                               r"|i've a|ive got|ive) (?:(?!him |her |them |booked |made |arranged )[\w']+ ){0,3}"
                               r"(?:appointment|appt|scan|check-?up|blood test|x-ray)\b(?! for (?!me\b|myself\b)[a-z])"
                               r"(?: myself)?(?: (?:at|in|with) (?:the )?(?:hospital|doctor'?s?|gp|clinic|dentist)\b)?"
                               # the parent's own: "while I go for my hospital scan", "I'm having an operation"
                               r"|\bi (?:go|am going|'m going|have to go) (?:in )?(?:for|to) my (?:\w+ )?(?:scan"
                               r"|operation"
                               r"|appointment|surgery|treatment)\b|\b(?:i've|i have) (?:just )?had (?:an? "
                               r"|my )?(?:\w+ )?(?:operation"
                               r"|surgery)\b|\b(?:i'm|i am) having (?:an? "
                               r"|my )?(?:\w+ )?(?:operation"
                               r"|surgery|scan|procedure)\b"
                               r"|\b(?:recover\w*|recuperat\w*) (?:from|after) my (?:\w+ )?(?:operation|surgery|op)\b"
                               # a sibling tagging along: "Jayden has to come with us to the doctors"
                               r"|\b(?:has|have|'ll have|will have) to (?:come|go|tag along) (?:along )?with (?:us"
                               r"|me) to (?:the )?(?:doctor'?s?|gp|hospital|dentist|clinic|surgery)\b"
                               # an adult's work: "her night shift at the hospital", "my wife works at the hospital"
                               r"|\b(?:shifts?|works?|working|job|nurse|doctor) (?:at|in|from) (?:the )?hospital\b"
                               r"|appointment myself|\bmy own (?:[\w']+ )?(?:appointment|appt)\b[^.,]{0,30}"
                               r"|\bhad (?:her|his|their|the) (?:flu |nasal )?(?:vaccin\w*|jabs?|immuni[sz]ations?)\b"
                               rf"|\b(?:{_ELDERS}|mum|dad|husband|wife|partner)(?:'s| is) having (?:an? |his |her )?"
                               r"(?:\w+ )?(?:operation|surgery|procedure)\b[^.]{0,60}|\bdrop (?:my|his|her"
                               r"|our) (?:wife|husband|mum|dad|partner|nan"
                               r"|grandma"
                               r"|grandad) (?:off )?at (?:the )?hospital|\b(?:had|was)\b[^.]{0,40}\b(?:yesterday"
                               r"|last night"
                               r"|last week|at the weekend)\b"
                               r"|\b(?:camhs|paediatric\w*|gp|doctor)\b[^.]{0,25}\b(?:referral|waiting list)\b"
                               r"|\b(?:been |was |were |got )?referred (?:him |her |them )?to (?:the )?(?:camhs"
                               r"|paediatric\w*)\b"
                               r"|\b(?:the )?(?:fracture clinic|hospital|doctor|gp|nurse|a&e) (?:said|says|told|advised"
                               r"|want)\b"
                               r"|\bhospital (?:roundabout|junction|car park|road|lights)\b|\b(?:roundabout|junction"
                               r"|lights)"
                               r" (?:by|near|outside|at) the hospital\b|\b(?:in contact|in touch"
                               r"|working) with (?:the )?(?:camhs"
                               r"|gp|doctor|school nurse|paediatrician)\b"),
    # a party the ill child will miss, or one that is over: "her Brownies party is tonight, which she'll have to miss"
    # "grandfather passed away ..., we have the prayer and family gathering": the mourning, not a family occasion
    "family_event": needles.compile(r"(?s:\b(?:passed away|died|funeral|janazah)\b.*\bfamily gathering\b)"
                                    r"|(?s:\bfamily gathering\b(?=.*\b(?:passed away|died|funeral|janazah)\b))"
                                    r"|\b(?:party|disco)\b[^.;]{0,40}\b(?:have to|will|'ll|going to|gonna) miss\b"
                                    r"|\b(?:devastated|gutted|upset|sad|heartbroken|disappointed)\b[^.;]{0,40}"
                                    r"\b(?:party|disco|nativity)\b"
                                    # "yesterday was his cousin's birthday ... tired": what happened, not why
                                    r"|\b(?:yesterday|last night),? (?:was|it was) (?:a|the|his|her|their|my|our|\w+'s)"
                                    r" (?:[\w']+ ){0,2}(?:party|birthday|wedding|christening|do)\b"
                                    r"|\b(?:party|birthday|wedding|christening|do) (?:was|were) (?:yesterday"
                                    r"|last night)\b"
                                    # a weekend party: "off with a throat infection, her birthday party's on Saturday"
                                    r"|\b(?:birthday |christmas )?(?:party|disco)\b(?:'s| is)?(?: on)? (?:this |next )?"
                                    r"(?:saturday|sunday|weekend)\b"
                                    r"|\b(?:up|out) (?:until|till|til) (?:all hours|late|midnight"
                                    r"|\d+)\b[^.]{0,40}\b(?:at|after)"
                                    r" (?:a|the|his|her|their|my|our|\w+'s) (?:[\w']+ ){0,2}(?:party|wedding"
                                    r"|birthday|do)\b"
                                    r"|\b(?:shattered|tired|exhausted|worn out|knackered)\b[^.]{0,90}\b(?:party|wedding"
                                    r"|birthday|do)\b"
                                    r"|\b(?:party|disco) (?:is |was )?(?:tonight|this evening|after school)\b"
                                    r"|\bmiss(?:ing)? (?:the|her|his|their) (?:[\w']+ ){0,4}(?:party|disco)\b"
                                    r"|\bwent (?:round|over|up|down)\b[^.;]{0,30}\bfor (?:her|his|their|my) birthday\b"
                                    r"|\blate night at (?:a|the|his|her|their|my|our|\w+'s) (?:[\w']+ )?(?:party"
                                    r"|wedding|do"
                                    r"|celebration)\b"
                                    r"|\b(?:at|from|after) (?:a|the|his|her|their|my|our"
                                    r"|\w+'s) (?:[\w']+ ){0,2}(?:party"
                                    r"|wedding|birthday|christening|celebration|do)\b[^.,;!?]{0,40}?\b(?:yesterday"
                                    r"|last (?:night|weekend|week)|the other day)\b"
                                    r"|\b(?:was|were|got|been|felt|came off|fell|hurt|injured|broke|fractured"
                                    r"|twisted)\b(?! asked\b| invited\b| chosen\b)[^.;]{0,30}\b(?:at|during) (?:a|the"
                                    r"|his|her|their|my"
                                    r"|our|\w+'s)"
                                    r" (?:[\w']+ ){0,2}(?:party|wedding|birthday|christening|do)\b"
                                    r"|\b(?:got|caught|picked up|brought home|came home with)\b[^.;!?]{0,40}\bfrom (?:a"
                                    r"|the|his"
                                    r"|her|their|my|our|\w+'s) (?:[\w']+ ){0,2}(?:party|wedding|birthday|christening"
                                    r"|do)\b"),
    "holiday": needles.compile(r"\b(?:happy|enjoy (?:the|your)|have a (?:\w+ )?|lovely|good) holidays?\b"
                               # thanks for a school trip: "really enjoyed the trip to the museum today"
                               r"|\b(?:enjoyed|loved|had (?:a|such a) (?:great|lovely|brilliant|fab|fantastic) time on)"
                               r" (?:the |his |her |their )?(?:school |class )?(?:trip|visit|outing)\b[^.!]{0,40}"
                               # a journey over: "we arrived back from Lagos at 5am"
                               r"|\b(?:arrived|got|came|flew|just got) (?:home |back )(?:from )?[^.]{0,80}"
                               r"|\bafter (?:our|the|his|her|their) (?:trip|holiday|journey|flight)\b[^.]{0,40}"
                               # "with the inset day they'll have a long weekend to recover"
                               r"|\bhave a long weekend\b"
                               # someone else's journey: "before she (her nan) flies back to Spain"
                               r"|\b(?:she|he|nan|grandma|grandad|gran|granny|nana)\b[^.,]{0,15}\b(?:flies|goes|heads"
                               r"|leaves) (?:back )?(?:home )?(?:to|for)\b[^.,]{0,25}"
                               r"|\b(?:got|get|getting|came|coming) back (?:\w+ ){0,4}from\b[^.,;]{0,40}"
                               r"|\b(?:start|starts|starting|begin|begins|beginning) (?:the|her|his"
                               r"|their) (?:christmas "
                               r"|xmas )?(?:holidays?|break) early\b"  # ill, "so she start the holiday early"
                               r"|\bbefore the (?:christmas "
                               r"|xmas )?"
                               r"(?:holidays?|break)\b"
                               r"|\b(?:until|till|after) (?:after )?the (?:christmas |xmas |easter |summer "
                               r"|half[- ]term )?"
                               r"(?:holidays?|break)\b|\b(?:i know|i'm aware|i am aware|i realise|i realize"
                               r"|i understand)"
                               r" (?:that )?(?:it's|it is|this is)(?: during)? term time\b"),
    # "she's not sick, just shattered": a denied illness is not the reason; the recovery truck; an appointment
    # "in hospital"
    "illness": needles.compile(r"\b(?:anyone|anybody|someone|somebody|you) spots?\b"
                               r"|\bflu (?:jabs?|vaccin\w*|spray|immuni\w*)\b|\bsick (?:and tired |to death )?of\b"
                               r"|\b(?:be|being) a (?:real )?pain\b"
                               r"|\b(?:not|isn't|is not|wasn't|no longer|never) (?:actually |really |even )?(?:sick|ill"
                               r"|poorly"
                               r"|unwell)\b|\brecovery (?:truck|van|vehicle|lorry|service|man)\b"
                               r"|\b(?:the )?recovery(?:'s)? (?:won't|will|is|isn't|not|should|can't|are|aren't|guy"
                               r"|people|says?"
                               r"|said"
                               r"|company)\b"
                               r"|\ballergy (?:tests?|clinic|appointment|testing)\b"
                               r"|\b(?:asthma|eczema|diabetes|diabetic|epilepsy|sickle cell|allerg\w*)(?= (?:review"
                               r"|check"
                               r"|clinic|nurse|appointment|appt|consultant)\b)"  # "her asthma review": a visit
                               r"|wait(?:ing)? (?:for|on) (?:the )?recovery\b"
                               r"|\b(?:the|my|our|his|her) (?:baby|toddler|little one|youngest)(?: who)?(?:'s| is"
                               r"| has been"
                               r"| was) (?:poorly|ill|sick|unwell|teething)\b"
                               r"|\bappointment\b[^.]{0,40}\bin hospital\b"
                               r"|\bfor (?:his|her|their) (?:asthma|eczema|diabetes|epilepsy|allerg\w*|sickle cell"
                               r"|skin|knee|back|feet|eyes|teeth)\b(?: \([a-z ]{1,20}\))?"
                               r"|\bin the (?:freezing |bitter )?cold\b"
                               r"|\bcold (?:weather|morning|snap|spell|start)\b"  # "the car wouldn't start in the cold"
                               # an apology for a past absence: "also sorry he was off yesterday with a cold"
                               r"|\b(?:sorry|also|forgot to (?:say|tell you|let you know))\b[^.]{0,20}\b(?:was"
                               r"|were) off (?:yesterday|last \w+|on \w+day) with\b[^.,;]{0,30}"),
}


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


# A relative's illness ("my mother is critically ill in hospital"): the illness words are theirs.
_RELATIVE_ILL = needles.compile(rf"\b(?:{_ELDERS}|mum|dad)\b[^.]{{0,20}}\b(?:had|has had) an? (?:bad |nasty )?fall\b"
                                r"|\bthe (?:bus )?(?:driver|childminder|teacher|nanny)(?:'s| is) (?:off )?(?:sick|ill"
                                r"|poorly)\b"
                                rf"|(?:\b(?:my|our|his|her|their|\w+'s) |^\W*)(?:mum|mother|dad|father|{_ELDERS}"
                                r"|husband|wife"
                                r"|partner|uncle|aunt\w*)(?: \([^)]{0,20}\))?(?: (?:in|back in|at home in) [a-z]+)?"
                                r"(?:'s been|'s| is| has had| had"
                                r"| has been| who is| who's"
                                r"| fell"
                                r"| suddenly fell| became| got| has fallen"
                                r"| was)"
                                r" (?:taken )?(?:very |seriously |critically |really |so )?(?:ill|poorly|unwell|sick"
                                r"|in hospital|(?:admitted|taken|rushed) (?:in)?to hospital)\b"
                                # "my husband had an accident at work, he is in A&E": his
                                r"|\b(?:husband|wife|partner|mum|dad|mother|father)\b[^.]{0,40}\b(?:he|she)(?:'s| is)"
                                r" (?:now )?in (?:a ?& ?e|hospital)\b"
                                # "I have the baby sick": the baby's illness
                                r"|\b(?:i have|i've got|with) the baby (?:sick|ill|poorly|unwell)\b"
                                r"|\bteething (?:baby |little )?(?:brother|sister|sibling)\b")


# The parent's own illness ("I've been up all night with a migraine"): not the child's.
_PARENT_ILL = needles.compile(r"\b(?:i've|i have|i'm|i am|i was)(?: been)? (?:up all night with|off (?:work )?with"
                              r"|(?:really |so |very )?"
                              r"(?:ill|sick|poorly|unwell) with)? ?(?:a |the )?(?:migraine|flu|covid|bug|back pain"
                              r"|fever)\b")


def _others_illness_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in [*_OTHERS_ILLNESS.finditer(text), *_RELATIVE_ILL.finditer(text), *_PARENT_ILL.finditer(text)]:
        end = _CLAUSE_END.search(text, m.end())
        spans.append((m.start(), end.start() if end else len(text)))
    return spans


@lru_cache(maxsize=2048)  # a message's text is classified several times (whole, per child, per sentence)
def classify(text: str) -> ReasonDecision:
    """The absence reason a message gives (`unknown` when none): highest total cue weight wins. Illness words in a
    clause about someone else's illness do not count for the child."""
    found: list[tuple[str, str, float]] = []
    masked: dict[str, list[tuple[int, int]]] = {}  # spans where a reason's words do not count, found when first needed

    def counts(reason: str, at: int) -> bool:
        if reason not in masked:
            masked[reason] = [m.span() for m in _NOT_CUE[reason].finditer(text)] if reason in _NOT_CUE else []
            if reason == "illness":
                masked[reason] += _others_illness_spans(text)
        return not any(a <= at < b for a, b in masked[reason])

    for i in _CUE_SET.candidates(text):
        reason, pattern, weight = CUES[i]
        for m in pattern.finditer(text):
            if counts(reason, m.start()):
                found.append((reason, m.group(0), weight))
    care = [m.group(0) for m in SIBLING_CARE.finditer(text)]
    if care:  # "the kids are with me" says where they are, not why: a reason only when no other is given
        found.append(("unsatisfactory", next((c for c in care if not _WITH_US.fullmatch(c)), care[0]), 1.5))
    if any(r != "unsatisfactory" for r, _, _ in found):  # "having the day off, we're driving to Cornwall"
        found = [f for f in found if not (f[0] == "unsatisfactory" and _ABSENCE_ONLY.fullmatch(f[1]))]
    if any(r == "illness" and not _RECOVERING.fullmatch(c) for r, c, _ in found):  # "up half the night with her tummy,
        # exhausted, let her sleep it off"; not "wiped out after the tournament, a day off to recover"
        found = [f for f in found if not (f[0] == "unsatisfactory" and _WORN_OUT.fullmatch(f[1]))]
    scores: dict[str, float] = {}
    for reason, _, weight in found:
        scores[reason] = scores.get(reason, 0) + weight
    hits = [(r, c) for r, c, _ in found]
    if (("exceptional" in scores or "family_event" in scores) and "holiday" in scores
            and not any(r == "holiday" and _HOLIDAY_ITSELF.search(c) for r, c in hits)):
        del scores["holiday"]  # "flying to Poland for the funeral": the journey to the event, not a holiday
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
    if decision.reason == "exceptional":  # "the kids have got to come with me, my sister's been in a crash": the
        strong = [r for r in strong if r != "unsatisfactory"]  # emergency is everyone's
    return any(frozenset((a, b)) in UNRESOLVED or "unsatisfactory" in (a, b)
               for i, a in enumerate(strong) for b in strong[i + 1:])


_COLLECTING = needles.compile(r"\b(?:to|and) (?:come and )?(?:(?:get|collect|fetch|pick up) (?:him|her|them)\b"
                              r"(?! in\b| into\b| to school\b| there\b)"  # not "trying to get him in"
                              r"|(?:pick up"
                              r"|collect"
                              r"|fetch|pick (?:him|her|them) up)\b)"
                              r"|\bon (?:my|our) way to (?:get|collect|fetch|pick)|\b(?:take|taking) (?:him|her"
                              r"|them) home\b"
                              r"|\bhave (?:him|her|them) out (?:by|at)\b"
                              r"|\b(?:coming|come|going) to (?:get|collect|fetch|pick up) (?!the\b|it\b|a\b)"
                              r"(?:\w+ (?:and|&) )?\w+ now\b"
                              r"|\b(?:i'm|i am|we're|we are) (?:picking|collecting|fetching|getting) (?:him|her|them)"
                              r" (?:up )?now\b"
                              # the child rang from school: "can you let her know I'm on my way"
                              r"|\b(?:let|tell) (?:her|him|them) (?:know )?(?:that )?(?:i'm|i am|we're|we are|mum's"
                              r"|dad's|mum is|dad is) on (?:my|our|her|his) way\b")


# "I'm going to fetch him, he'll be in by 9.45": the child still arrives late
CHILD_IN_BY = needles.compile(r"\blate\b|\b(?:he|she|they)(?:'ll| will) be (?:in|there) by\b")


def is_collecting(text: str) -> bool:
    """Is the parent on the way to collect the child (not the child on the way in)?"""
    return bool(_COLLECTING.search(text))


@lru_cache(maxsize=4096)  # asked of the whole message, each clause and each child's text
def is_late(text: str) -> bool:
    """Does the message say a child will arrive late (not "a late message", not "too late", not the parent on the way
    to collect them)?"""
    cleaned = _NOT_LATE.sub(" ", text)
    if _COLLECTING.search(text) and not CHILD_IN_BY.search(cleaned):
        return False
    return bool(LATE.search(cleaned))


def mentions_dv(text: str) -> bool:
    return bool(DV.search(text))
