"""Urdu, Punjabi and Bengali written in Latin letters (shared vocabulary; the MARKERS_* sets tell them apart)."""

MARKERS_UR = frozenset([
    "aaj", "kal", "hai", "nahi", "nahin", "school", "aa", "sakega", "sakegi", "sakenge", "shukriya", "bimar", "bukhar",
    "mera", "meri", "beta", "beti", "aur", "ki", "ka", "ke", "se", "usko", "usay", "raat", "miss", "assalam", "alaikum",
    "aoa", "jazakallah", "tabiyat", "theek", "hain", "ho", "gaya", "gayi", "thora", "jayega", "jayegi", "pohanch",
    "wajah", "liye", "tak", "aayega", "aayegi",
])
MARKERS_BN = frozenset([
    "ajke", "ashbe", "asbe", "jabe", "amra", "jacchi", "theke", "porjonto", "shokal", "shuvo", "kore", "moddhe", "ektu",
    "amar", "osustho", "pouchabe", "hobe", "apnake", "dhonnobad", "ache", "jonno", "chele", "meye",
    "onek", "jor", "jwor", "bolse", "bolche", "boleche", "basay", "bashay", "barite", "nite", "thakbe", "kintu",
    "ekhon", "koreche", "korche", "hoyeche", "geche", "gechhe", "korbe", "parbe", "jacche",
])
MARKERS_PA = frozenset([
    "sat", "sri", "akal", "ji", "aj", "kal", "hai", "nahi", "nahin", "aavegi", "aavega", "aaunge", "dhanvaad",
    "dhanyavaad", "nu", "ton", "te", "asi", "saare", "da", "di", "de", "jaana", "layi", "bukhar", "khangh", "gurdwara",
    "gurpurab", "puttar", "kudi", "munda", "ajj", "vaje", "aauga", "aaugi", "jaavange", "reha", "saadi", "sadak",
    "khang", "thand", "aunge", "vi",
])

_DAY_WORDS = {"monday": "monday", "tuesday": "tuesday", "wednesday": "wednesday", "thursday": "thursday",
              "friday": "friday", "peer": "monday", "somvar": "monday", "mangal": "tuesday", "mangalvar": "tuesday",
              "budh": "wednesday", "budhvar": "wednesday", "jumeraat": "thursday", "jumerat": "thursday",
              "veervar": "thursday", "jumma": "friday", "juma": "friday", "shukarvar": "friday", "aaj": "today",
              "aj": "today", "today": "today", "tomorrow": "tomorrow"}
_DAYS = "|".join(sorted(_DAY_WORDS, key=len, reverse=True))


def _day(word: str) -> str:
    return _DAY_WORDS[word]


_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_SCHOOL = r"(?:school|skool|sakool|iskul)"
_COMES = (r"(?:aavega|aavegi|aaega|aaegi|aayega|aayegi|aaenge|aayenge|aaunge|aavange|jayega|jayegi|jaayega|jaayegi"
          r"|jaavega|jaavegi|jayenge|jaavange)")

CANON: tuple[tuple[str, object], ...] = (
    # "9:35 tak pohanch jaye ga", "9 vaje tak pahunch jaavange": arriving by then
    (r"\b(\d{1,2})(?:[:.](\d\d))? ?(?:vaje|baje|bajay|bje|baja)? (?:tak|takk|taq|de kareeb|ke kareeb|er moddhe)"
     r" (?:(?:school|skool) )?(?:pahunch|pohanch|puhanch|pohnch|aa|a|ash|pouch)\w*"
     r"(?: (?:ja|jaa|jay|jaay|jaav|jaan)\w*)?"
     r"(?: (?:ga|gi|ge|gay))?",
     lambda m: f"will be there for {m[1]}:{m[2] or '00'}"),
    (r"\b(\d{1,2}) (?:vaje|baje|bajay|bje)\b", r"at \1:00"),
    # "main usay 1 baje school se le lungi": I will collect him from school
    (r"\b(?:school|skool|sakool|iskul) (?:se|ton|to|theke) (?:le|lai|lay|lene|niye) (?:lunga|lungi|lenge|loon|lun"
     r"|lawan|lavan|laange|launga|laungi|labo|nibo|jabo|aavan|aavanga|aavangi)\b", "collect him from school"),
    # oversleeping and missing the day: "der se uthe", "school ka time nikal gaya" (with an arrival time it is lateness)
    (r"\b(?:der|dair|late) (?:se|naal|kore|ton)? ?(?:uthe|uthay|utha|uthi|uth|uthhe|jaage|jaagay|jage|utheche|uthlam"
     r"|uthechi|khuli)\w*(?![^.!?]*\b(?:tak|taq|pohanch|pahunch|puhanch|late|will be there)\b)", "overslept"),
    (r"\b(?:school|skool) (?:ka|da|er) (?:time|waqt|samay|shomoy) (?:nikal|guzar|chala|chali|lang|par) ?(?:ho)?"
     r" ?(?:gaya|gayi|gya|geya|gai|gechhe|geche|hai)?\b", "it's too late"),
    # weather and roads: "barf karke sadak band hai", "bus nahi chal rahi"
    (r"\b(?:barf|baraf|baraf?bari|snow)(?: (?:karke|ki wajah se|di wajah naal|kar ke|er jonno))?", "snow"),
    (r"\b(?:sadak|sarak|sadkan|road|rasta|raasta|rastay)\b(?: (?:bhi|vi))? (?:band|bund|bandh)\b", "road closed"),
    (r"\bbus (?:vi |bhi |o )?(?:nahi|nahin|nai|ni|na) (?:chal|chall)\w*(?: (?:rahi|rahee|reha|rahi hai|rai))?"
     r"|\bbus (?:cholche na|cholbe na|bondho)\b", "no bus"),
    # catching a cold: "thand lag gayi", "thanda lege geche"; "khang" (cough)
    (r"\b(?:thand|thandh|thanda|sardi|zukam|nazla)\b (?:lag|lagg|lege|laag)\w*(?: (?:gayi|gai|gaya|geche|gechhe))?",
     "caught a cold"), (r"\bkhang\b|\bkhansi\b|\bkhaashi\b|\bkashi\b", "cough"),
    (r"(?<!\bnahi )(?<!\bnahin )(?<!\bnai )(?<!\bni )\b(?:(?:school|skool) )?(?:aa|a)"
     r" (?:reha|rahya|riha|rya|raya|rahiya)"
     r" (?:hai|hain|he|ae|e)\b", "will be in as normal"),
    (r"\b(?:school|skool|sakool) (?:nahi|nahin|nai|ni) (?:au|aun|aau|aaun)\w*|\b(?:nahi|nahin|nai|ni) (?:aunge|aunga"
     r"|aungi|aun|aune)\b", "won't be in"),
    (r"\b(?:late|deri|deri te|der) (?:hobe|hoye jabe|hoy jabe|ashbe|asbe|pouchabe)\b", "running late"),
    (r"\bajj\b", "today"), (r"\bthoda\b|\bthora\b|\bthodi\b|\bthori\b", "a bit"),
    # "sutti reh gayi" (stayed asleep), "neend nahi khuli": overslept; "hun bahut late ho gaya": it is too late now
    (r"\b(?:sutt[aie]|soy[aie]|soi|so) (?:reh|rah|rahi|reha|rai) (?:gaya|gayi|gai|gaye|gya|gyi|si)\b"
     r"|\b(?:neend|nind|neendh|aankh) (?:nahi|nahin|na|ni) (?:khuli|khulli|khuli si)\b"
     r"|\bghum (?:theke )?(?:deri|deri kore|late) (?:uth|uthe|utheche|utheche)\w*", "overslept"),
    (r"\b(?:bahut|bohat|bohot|boht|bahot|zyada|ziada|kaafi|kafi|hun|ab|already)(?: (?:bahut|bohat|bohot|zyada))?"
     r" late ho (?:gaya|gayi|gai|gya|chuka|chuki)\b(?: (?:hai|hae|he|si))?", "it's too late"),
    (r"\b(?:school )?(?:nahi|nahin|nai|ni|na) (?:bhej|bhejna|bhejenge|bhejunga|bhejungi|bhejange|bhejaange)\w*"
     r"|\bbhej(?:na|nge|enge|unga|ungi|ange)? (?:nahi|nahin|nai|ni)\b|\bpathabo na\b|\bpathacchi na\b"
     r"|\bpathate parbo na\b", "won't be in"),
    # "doctor bolse 2 din basay rest nite": rest at home
    (r"\b(?:basay|bashay|basai|barite|bari te|ghore|basate|bashate)\b(?: (?:rest|bishram|aram|thakte|thakbe|thakbo"
     r"|thakuk|rakhte|rakhbo)\w*)?(?: (?:nite|nibe|korbe|korte|dite|bolse|boleche))?", "staying home"),
    (r"\bbolse\b|\bbolche\b|\bboleche\b|\bbollo\b", "said"),
    # "baqi bachay aa rahe hain", "Danish aaj aa raha hai": the others, that child, come in
    (r"\b(?:baqi|baaqi|baki|baaki|bakki|bakira)(?: (?:sab|sare|saare|dono|teeno|bachay|bachche|bache|bacche))*"
     r"(?: (?:school|skool))? (?:aa|ja) (?:rahe|rahi|raha) (?:hain|hai|he|ne)\b|\b(?:baqi|baki|baaki)(?: (?:sab|bachay"
     r"|bachche|bache))* (?:school )?(?:aayenge|aaenge|jayenge|jaenge|aavange|ashbe|jabe)\b",
     "the others will be in as normal"),
    (r"(?<!\blate )(?<!\bder se )(?<!\bdair se )(?<!\bnahi )(?<!\bnahin )(?<!\bnai )(?<!\bbaje )(?<!\bvaje )"
     r"\b(?:(?:school|skool) )?(?:aa|a) (?:raha|rahi|rahe) (?:hai|hain|he|hay)\b(?! (?:late|der))",
     "will be in as normal"),
    (r"\b(?:janamdin|janam din|janmdin|janmodin|saalgirah|salgirah|salgira|saalgira)\b", "birthday"),
    # "12:45 te", "9:45 par": at that time
    (r"\b(\d{1,2}[:.]\d\d) (?:te|tey|pe|par|baje|bajay|vaje)\b", r"at \1"),
    # "school ton lai javanga", "school se le jaungi": I will collect him from school
    (rf"\b{_SCHOOL} (?:ton|se|to|theke) (?:lai|le|lay|lain|lene|niye)(?: ke)? (?:ja|jaa|aa|jab)\w*",
     "collect him from school"),
    # "savere oh school aavega": he will be in for the morning
    (rf"\b(?:savere|saverey|savera|subah|sakale)\b(?: (?:oh|uh|woh|wo|vo|o))? {_SCHOOL} {_COMES}",
     "he will be in for the morning"),
    (rf"\btime (?:pe|par|te|sir|tey) (?:{_SCHOOL} )?(?:aa|aay|aav|pahunch|pohanch)\w*(?: (?:ja|jaa)\w*)?",
     "will be in on time"),
    (r"\b(?:ghar|ghare|gharey)(?: (?:pe|par|mein|me|te|ch|vich|hi|ich))*(?: (?:hi|he))? (?:reh|rah|rai|aaram|rakh"
     r"|rakkh|rakhe|rakho|rakhna|rakhange|rakhenge|rakhungi|rakhunga)\w*", "staying home"),
    # transport: the car broke down, no bus, missed the bus
    (r"\b(?:gaa?dd?i|car|motor)\b(?: \w+)? (?:kharaa?b|kharab|kharap|band|start nahi\w*|nosto)\b(?: (?:ho|hoye|hoya))?"
     r"(?: (?:gayi|gai|gaya|gayi hai|gai hai|gechhe|geche|hai))?", "car broke down"),
    (r"\bbus (?:nahi|nahin|nai|ni) (?:aayi|aai|ayi|aaya|aayee|aavi)\b|\bbus (?:ashe ni|asheni|ase ni|nei)\b", "no bus"),
    (r"\bbus (?:miss|chhoot|chhut|chut|nikal)\w*(?: (?:ho|hoye))?(?: (?:gayi|gai|gaya|gechhe|geche))?",
     "missed the bus"),
    (r"\bhartal\b|\bhadtal\b|\bstrike\b", "strike"),
    # tired, anxious, no clean uniform
    (r"\bthak\w* (?:gaya|gayi|gaye|gai|hua|hui|hoya|hoyi|gechhe|geche)\b|\bthakawat\b|\bthakaa?n\b|\bthakk?a hua\b"
     r"|\bklanto\b", "tired"),
    (r"\bghabrahat\w*|\bghabrahut\w*|\bghabraa?(?:ti|ta|te|hat)\b", "anxious"),
    (r"\b(?:saaf )?(?:vardi|wardi|uniform)\b", "uniform"),
    (r"\b(?:baqi|baaqi|baki|baaki|bakki)\b (?:ka |da |sara |saara )?(?:hafta|hafte|haftay|week)\b",
     "the rest of the week"),
    (r"\bdast\b|\bdasta\b|\bloose motion\w*", "diarrhoea"),
    (r"\btab(?:i|ee|ii)y?at kharaa?b\b", "ill"),
    (r"\bgala (?:kharab|dard|kharaab)\b|\bgale (?:mein|vich) dard\b", "sore throat"),
    (r"\b(?:is|iss|es|ei|eii) (?:hafte|hafta|haftay|shoptah\w*|soptah\w*|saptah\w*)\b|\bpoora hafta\b", "this week"),
    (r"\b(?:agle|agla|aglay|agami|porer) (?:hafte|hafta|haftay|shoptah\w*|soptah\w*)\b", "next week"),
    (r"\b(?:pet|pait|petch) (?:(?:vich|mein|me) )?(?:dard|kharab|kharaab|byatha|betha)\b", "tummy ache"),
    (r"\b(?:sir|sar|matha) (?:dard|byatha|betha)\b", "headache"), (r"\bdard\b", "pain"),
    (r"\bparson\b|\bparso\b|\bporshu\b", "the day after tomorrow"),
    (r"\b(?:doctor|daktar|dr)\b (?:kol|ke paas|ke pas|de kol|ke|kachhe|er kache)\b", "to the doctor"),
    (r"\bderi (?:kore|hobe|hoye)\w*|\bderi te\b", "running late"),
    (r"\b(?:is ke|iske|us ke|uske|us ton|is ton|us to|tarpor|tarpore| er pore)\s*(?:baad|bad|baadh|pore)?\b"
     r"(?![^.,]*\b(?:nahi|nahin|nai|na)\b)[^.,]*\b(?:aa|aay|aav|aau|ash|pahunch|pohanch)\w*", "will be in after"),
    (r"\b(?:(?:is|us|appointment|checkup|check up) ?(?:de|ke|ton|to|er) )?(?:baad|baadh|pore|porer|pichhon)"
     r" ?(?:vich|ch|mein|me|main|te)?\b(?![^.,]*\b(?:nahi|nahin|nai|na)\b)[^.,]*\b(?:school|skool|sakool|class)\b"
     r"[^.,]*\b(?:chhad|chad|chhod|chod|chhor|chor|le ja|lai ja|lejabo|niye jabo|pahuncha|pohancha|chhed)\w*",
     "will be in after"),
    (r"\b(\d{1,2}(?: [a-z]+)?(?: 20\d\d)?) (?:se|ton|theke) (\d{1,2}(?: [a-z]+)?(?: 20\d\d)?)"
     r" (?:tak|taq|porjonto|porjanto)\b", r"from \1 to \2 inclusive"),
    (r"\b(\d{1,2}[:.]\d{2})\s*(?:vaje |baje |bajay )?(?:tak|tak|moddhe|er moddhe)\b", r"by \1"),
    (r"\b(?:taqreeban|takriban|lagbhag|lagbhog)\b", "around"),
    (r"\blate (?:aa|aay|aau|ho|pahunch|pohanch|ash)\w*", "running late"),
    (r"\b(pakistan|india|bangladesh|kashmir|punjab|dubai|saudi arabia)\b(?: \w+)?"
     r" (?:ja|jaa|jacchi|jachchi|jabo|jaabo)\b",
     r"travelling to \1"),
    (r"\b(?:poore|pure|poorey) ho gaye?\w*|\bguzar gaye?\w*|\bmar gaye?\w*|\bfaut ho\w*|\bmara gechen\b",
     "passed away"),
    (r"\b(?:school ?e |skule |iskule )?(?:ashbe|asbe|aashbe|jabe|ashte parbe|jete parbe) na\b", "won't be in"),
    (r"\b(\d{1,2}) (?:theke|ton|se) (\d{1,2})\b", r"from \1 to \2"), (r"\bporjonto\b|\bporjanto\b", "inclusive"),
    (r"\b(?:osustho|oshustho|asustha)\b", "ill"), (r"\b(?:jor|jwor|jhor)\b", "fever"), (r"\bajke\b", "today"),
    (r"\baa?j subah\b", "this morning"), (r"\bkal raat\w*(?: (?:se|ton|to))?\b|\braat (?:se|ton)\b", "last night"),
    (r"\bkal subah\b", "tomorrow morning"), (r"\baaj\b|\baj\b", "today"), (r"\bkall?\b", "tomorrow"),
    (r"\b(?:school|skool|sakool) (?:nahi|nahin|nai|ni) (?:aa|aay|aav|aau|ja)\w*(?: sak\w*)?"
     r"|\b(?:nahi|nahin|nai) (?:aa|aay|aav|aau|ja)\w*(?: sak\w*)?", "won't be in"),
    (r"\bchutti\b|\bchhutti\b", "leave"),  # a day off, or the school holidays ("chhutti kado shuru")
    (r"\bbimar\w*|\bbeemar\w*|\bbimaar\w*|\bbemaa?r\w*|\bbeemaa?r\w*|\btabiyat (?:theek|thik) (?:nahi|nahin)\w*",
     "ill"),
    (r"\bbukhar\b|\bbukhaar\b|\btaap\b", "fever"), (r"\bkhansi\b|\bkhangh\b|\bkhaansi\b", "cough"),
    (r"\bnazla\b|\bzukam\b|\bzukaam\b", "cold"), (r"\bulti\w*|\bultiyan\b", "vomiting"),
    (r"\bshaadi\b|\bshadi\b|\bviah\b|\bvyah\b|\bviyah\b|\bvivah\b|\bbiye\b|\bbiyer\b|\bmehndi\b|\bbaraat\b",
     "wedding"),
    (r"\bemerjency\b|\bemarjency\b|\bemergancy\b", "emergency"),
    (r"\binteqal\b|\bintiqal\b|\bwafat\b|\bfaut\b", "passed away"),
    (r"\bjanaza\w*", "funeral"), (r"\bder se\b|\bder ho\w*|\blate ho\w*", "running late"),
    (r"\bwapa?s\b|\bvapa?s\b|\bwapis\b|\bvapis\b|\bwaapas\b", "back"),
    (r"\bmera (?:beta|puttar|munda|bacha)\b", "my son"), (r"\bmeri (?:beti|kudi|dhee|bachi)\b", "my daughter"),
    (r"\bbachay\b|\bbachche\b|\bbache\b|\bbachon\b|\bbachiyan\b|\bbacche\b", "the children"),
    (r"\bdono\w*\b|\bdonon\b|\bdovein\b|\bdoven\b|\bdoveen\b|\bduijon\w*|\bdujon\w*", "both"),
    (r"\baur\b|\bte\b|\bate\b", "and"),
    (r"\bdo din\b", "for 2 days"), (r"\bteen din\b", "for 3 days"), (r"\b(\d+) din\b", r"for \1 days"),
    (rf"\b({_DAYS}) (?:se|ton|to|theke) ({_DAYS}) (?:tak|taq|porjonto|porjanto)\b",
     lambda m: f"from {_day(m[1])} to {_day(m[2])} inclusive"),
    # "Friday 11 December ton": from then
    (rf"\b((?:monday|tuesday|wednesday|thursday|friday)(?: \d{{1,2}}(?: (?:{_MONTHS}))?(?: \d{{4}})?)?"
     rf"|\d{{1,2}} (?:{_MONTHS})(?: \d{{4}})?) (?:ton|se|theke)\b", r"from \1"),
    (r"\btak\b", "until"),
    (r"\bpeer\b|\bsomvar\b", "monday"), (r"\bmangal\w*\b", "tuesday"), (r"\bbudh\w*\b", "wednesday"),
    (r"\bjumeraat\b|\bjumerat\b|\bveervar\b", "thursday"), (r"\bjumm?a\b|\bshukarvar\b", "friday"),
    (r"\b(monday|tuesday|wednesday|thursday|friday)(?:\s+(?:ko|کو|gunune))?\s+until\b", r"until \1"),
    # "Thursday nu aa jaange", "Friday ko school aayega": they come (back) on that day
    (r"\b(monday|tuesday|wednesday|thursday|friday)\s+(?:ko|nu|kau|theke|to|ton)\s+(?:(?:school|skool|sakool)\s+)?"
     r"(?:(?:main|mein|vich|te|e)\s+)?(?:aa|aay|aav|aau|aaun|ashbe|asbe|aashbe|pahunch|pohanch)\w*"
     r"(?:\s+(?:ja|jaa|jay|jaay|jaav|jaan|jaen|gi|ga|ge|jab)\w*)?\b(?!\s+(?:na|nahi|nahin|nai|ni)\b)",
     r"back on \1"),
    # "Friday ko school wapis aayega", "5 January nu wapas aavega": back on Friday, on 5 January
    (rf"\b(monday|tuesday|wednesday|thursday|friday|tomorrow|\d{{1,2}} (?:{_MONTHS})(?: \d{{4}})?)\s+"
     r"(?:ko\s+|nu\s+|kau\s+)?(?:(?:school|skool|sakool)\s+)?(?:(?:main|mein|vich)\s+)?back\b"
     r"(?:\s+(?:aa|aay|aav|aau|ash)\w*)?", r"back on \1"),
    # "Thursday raat": Thursday night, not the school day
    (r"\btoday\s+(?:shaam|sham|shyam|shaami)\b", "this evening"),
    (r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow)\s+(?:raat|raati|rati|raaten)\b",
     r"\1 night"),
    (r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow)\s+(?:shaam|sham|shyam|shaami)\b",
     r"\1 evening"),
    # "Sahibjot school aavega": that child comes in as normal
    (rf"(?<!\bnot )(?<!\bnahi )(?<!\bnahin )\b{_SCHOOL} {_COMES}\b(?!\s+(?:na|nahi|nahin|nai|ni)\b)",
     "will be in as normal"),
)
