"""Phrasings from families whose children are treated differently in one message, from asides that are not
absences, and from spans told loosely: one case per rule, each sentence written for this file."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids

RECORDED = [
    # "going with his mum for a hearing test": the child's visit, not the parent's
    ("Theo is going with his mum for a hearing test at 10, he'll be in for the afternoon", kids("Theo"),
     "2026-11-24 07:30", {"P1": ("medical", "M", ["11-24 AM"])}),
    # "X is ill and I'm on my own so I'll keep Y off too": the sibling kept home is O
    ("Ava has tonsillitis and I'm on my own today so I'll keep Ruby off too", kids("Ava", "Ruby"),
     "2026-11-24 07:30", {"P1": ("illness", "I", full("11-24")), "P2": ("unsatisfactory", "O", full("11-24"))}),
    # a day given up in a clause naming no one, then only the child's return is named
    ("The car won't start, no way we can get in today, sorry. Mohammed will be in tomorrow", kids("Mohammed"),
     "2026-11-25 07:50", {"P1": ("transport", "O", full("11-25"))}),
    # both were sick; the better one is "in after lunch" (the morning missed), the other stays home all day
    ("Both Leo and Mia were up being sick. Mia is still poorly so she's at home, Leo is better so he will be in "
     "after lunch", kids("Leo", "Mia"), "2026-11-30 07:40",
     {"P1": ("illness", "I", ["11-30 AM"]), "P2": ("illness", "I", full("11-30"))}),
    # "has been diagnosed with ... so she won't be in this week": the rest of this week
    ("Hannah has been diagnosed with impetigo so she won't be in school this week", kids("Hannah"),
     "2026-12-01 07:30", {"P1": ("illness", "I", full("12-01", "12-02", "12-03", "12-04"))}),
    # a learner's "tomorrow and after tomorrow": two days
    ("Good evening, Amir has high temperature, he stay home tomorrow and after tomorrow", kids("Amir"),
     "2026-12-01 19:10", {"P1": ("illness", "I", full("12-02", "12-03"))}),
    # a bridesmaid at an engagement party: a family event
    ("Simran won't be in on Friday, she's a bridesmaid at her aunty's engagement party in Slough", kids("Simran"),
     "2026-12-02 07:30", {"P1": ("family_event", "O", full("12-04"))}),
    # "off the rest of the week, can't see her being better before Thursday": the whole rest of the week
    ("Gracie has flu, keeping her off the rest of the week, can't see her being better before Thursday",
     kids("Gracie"), "2026-12-07 07:30", {"P1": ("illness", "I", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
    # "sometime after 10": after the register closes
    ("Kit will be late today, sometime after 10, the boiler man is coming first", kids("Kit"), "2026-12-08 08:00",
     {"P1": ("late", "U", ["12-08 AM"])}),
    # in the evening, "is very sick today" is today's state; the day off named is Monday's
    ("Good evening, Yusuf is very sick today with fever. I think on Monday he will not come to school", kids("Yusuf"),
     "2026-12-11 18:30", {"P1": ("illness", "I", full("12-14"))}),
    # "are both fine and coming in": the named pair attend, only the ill one is off
    ("Morning! Isla has tonsillitis so she's at home today. Finn and Jude are both fine and coming in",
     kids("Isla", "Finn", "Jude"), "2026-12-08 07:35", {"P1": ("illness", "I", full("12-08"))}),
    # "hers is after school so she's not affected": the sibling attends
    ("Ollie has the orthodontist at 2 tomorrow so I'll collect him at 12.30. Freya has one too but hers is after "
     "school so she's not affected", kids("Ollie", "Freya"), "2026-12-08 19:00",
     {"P1": ("medical", "M", ["12-09 PM"])}),
    # a flu spray at school today: the sibling is definitely in
    ("Zac's off today with a sickness bug. Eva has her flu spray at school today so she's definitely coming in",
     kids("Zac", "Eva"), "2026-12-09 07:30", {"P1": ("illness", "I", full("12-09"))}),
    # after "Louis is fine.", a "she" the message used only for Imogen is still Imogen's
    ("Imogen came home with a temperature and now she's been sick, so she won't be in. Louis is fine. Not sure how "
     "long she'll be off, I'll keep you posted", kids("Imogen", "Louis"), "2026-12-09 17:10",
     {"P1": ("illness", "I", full("12-10"))}),
    # "X and Y have both got colds but they're fine to come in": they attend, the third does not
    ("Ned and Bea have both got colds but they're fine to come in. Kit was sick in the night so he's staying home",
     kids("Ned", "Bea", "Kit"), "2026-12-10 07:30", {"P3": ("illness", "I", full("12-10"))}),
    # "staying late" after school for a concert is not a late arrival
    ("Alfie has a migraine so he's off today. Rosa's concert is tonight so she's staying late, I'll get her at 6",
     kids("Alfie", "Rosa"), "2026-12-10 07:40", {"P1": ("illness", "I", full("12-10"))}),
    # a tournament with the school: the child attends
    ("Evening, Kojo and Efua won't be in tomorrow, it's their cousin's wedding. Kwame has the netball tournament "
     "with the school so he will go with Miss Hall as planned", kids("Kojo", "Efua", "Kwame"), "2026-12-06 20:00",
     {"P1": ("family_event", "O", full("12-07")), "P2": ("family_event", "O", full("12-07"))}),
    # what "the physio said" is advice: a sprain is illness
    ("Max twisted his ankle at football and the physio there said to rest it, so he won't be in tomorrow",
     kids("Max"), "2026-12-07 18:40", {"P1": ("illness", "I", full("12-08"))}),
    # "will be in touch about the rest of the week": today only
    ("Lola and Jay won't be in today, my dad has been taken into hospital and we're driving up to him. I'll be in "
     "touch about the rest of the week", kids("Lola", "Jay"), "2026-12-07 07:10",
     {"P1": ("exceptional", "C", full("12-07")), "P2": ("exceptional", "C", full("12-07"))}),
    # "I'll sort a lift for tomorrow": tomorrow he is in
    ("Sorry, Rhys won't be in today, the car's dead and there's no bus till 11. I'll sort a lift for tomorrow",
     kids("Rhys"), "2026-12-08 08:10", {"P1": ("transport", "O", full("12-08"))}),
    # an errand with one child makes the other late: "... so she'll be late"
    ("Jamie has hurt his knee so he won't be in tomorrow. Nell will be in but I've got to take Jamie over to his "
     "gran's first so she'll be late, about 9.40", kids("Nell", "Jamie"), "2026-12-08 18:20",
     {"P1": ("late", "U", ["12-09 AM"]), "P2": ("illness", "I", full("12-09"))}),
    # "I'll drop it at the office next week" is the library book, not a week off
    ("Ruby has an ear infection, she'll be off today and tomorrow and back on Monday. Her reading book is overdue, "
     "I'll drop it at the office next week", kids("Ruby"), "2026-12-03 07:15",
     {"P1": ("illness", "I", full("12-03", "12-04"))}),
    # a holiday that was a Christmas present: the present is not a second reason
    ("Hiya, Millie won't be in today, we're off to Lapland! She's back on Tuesday. It was a Christmas present from "
     "her grandad", kids("Millie"), "2026-12-04 07:05", {"P1": ("holiday", "G", full("12-04", "12-07"))}),
    # off the rest of the week, sad to miss an event on Thursday, back on Monday: from today
    ("Elsie has a virus and won't be in for the rest of the week. She's so sad to miss the Christmas jumper day "
     "on Thursday. She'll be back on Monday", kids("Elsie"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09", "12-10", "12-11"))}),
    # "won't be back till January": to the end of term
    ("Oscar has chickenpox so he's off today, and he won't be back till January", kids("Oscar"),
     "2026-12-16 07:35", {"P1": ("illness", "I", full("12-16", "12-17", "12-18"))}),
    # "I'll let you know if she'll be back this afternoon": the morning only so far
    ("Ava has a swollen cheek, we're waiting for the emergency dentist at 11, I'll let you know if she'll be back "
     "this afternoon", kids("Ava"), "2026-12-16 09:45", {"P1": ("medical", "M", ["12-16 AM"])}),
    # collected in the morning and "back before lunch": the morning
    ("Sam has the optician at 10.30, I'll pick him up at 10.10 and have him back before lunch", kids("Sam"),
     "2026-12-16 07:45", {"P1": ("medical", "M", ["12-16 AM"])}),
    # "Izzy will come but she will leave at 12 because we go to the airport": hers, not her ill brother's
    ("Diego is not well, he will not come tomorrow. Izzy will come but she will leave at 12 because we go to the "
     "airport for our flight to Lisbon", kids("Izzy", "Diego"), "2026-12-17 18:15",
     {"P1": ("holiday", "G", ["12-18 PM"]), "P2": ("illness", "I", full("12-18"))}),
    # waiting for the surgery to open "to get Edie seen": her visit; her brother is only late
    ("Edie is off with a bad cough, Ronnie is in but he's going to be late as I have to ring the surgery at 8 to get "
     "Edie seen. He'll be in by 9.30", kids("Ronnie", "Edie"), "2026-12-15 07:00",
     {"P1": ("late", "U", ["12-15 AM"]), "P2": ("illness", "I", full("12-15"))}),
    # "was meant to have her flu spray in school on Tuesday": a plan the illness spoils, not attendance
    ("Both of mine have the sickness bug, keeping them off today and tomorrow. Chloe was meant to have her flu spray "
     "in school tomorrow so she might need to catch up", kids("Evan", "Chloe"), "2026-11-30 07:20",
     {"P1": ("illness", "I", full("11-30", "12-01")), "P2": ("illness", "I", full("11-30", "12-01"))}),
    # "not feeling fine": illness
    ("Sorry, Blessing is not coming to school today, she is not feeling fine", kids("Blessing"), "2026-11-24 09:50",
     {"P1": ("illness", "I", full("11-24"))}),
    # "goes to school today but tomorrow ...": today is attendance, tomorrow's dentist is the morning
    ("Hello, Chloe is sick, she stays at home today and tomorrow. Theo goes to school today but tomorrow he has "
     "the dentist at 9 so he arrives late", kids("Theo", "Chloe"), "2026-12-02 07:20",
     {"P1": ("medical", "M", ["12-03 AM"]), "P2": ("illness", "I", full("12-02", "12-03"))}),
    # "can stay for the afternoon": the sibling stays in school
    ("Hi, Arlo has just rung me with a bad earache, I'm on my way to collect him. Pippa can stay for the afternoon, "
     "she has drama", kids("Pippa", "Arlo"), "2026-12-02 12:15", {"P2": ("illness", "I", ["12-02 PM"])}),
    # "X's in today ... the other two have got the bug": the two not named
    ("Kai's in today but the other two have got the bug so they're staying off with me", kids("Kai", "Rae", "Ivy"),
     "2026-12-03 08:30", {"P2": ("illness", "I", full("12-03")), "P3": ("illness", "I", full("12-03"))}),
    # in school today, but away from tomorrow for a funeral named earlier
    ("My grandmother passed away. We fly to Lagos tomorrow for the funeral with Tobi and come back on Thursday 10th. "
     "Tobi is in school today. Ada stays with her aunt and will be in as normal", kids("Ada", "Tobi"),
     "2026-12-03 07:35", {"P2": ("exceptional", "C", full("12-04", "12-07", "12-08", "12-09"))}),
    # a school trip by year group: the child is in
    ("Hi, Layla is on the year 5 trip tomorrow. Summer has the dentist at 9 tomorrow so she will be late, about 10",
     kids("Layla", "Summer"), "2026-12-08 16:50", {"P2": ("medical", "M", ["12-09 AM"])}),
    # "then we come to school": in after the blood test
    ("Hello, Emre must go to the hospital tomorrow for a blood test at 8.30 then we come to school, maybe 10 o'clock",
     kids("Emre"), "2026-12-07 17:05", {"P1": ("medical", "M", ["12-08 AM"])}),
    # "I forgot to say this morning": when the message was due, not a morning off
    ("Hi, I forgot to say this morning, Nadia won't be in tomorrow, it's her uncle's wedding", kids("Nadia"),
     "2026-12-09 13:50", {"P1": ("family_event", "O", full("12-10"))}),
    # "was feeling dizzy this morning so I kept him at home": the whole day
    ("Hello, Pavel was feeling dizzy this morning so I kept him at home. Sorry for the late message", kids("Pavel"),
     "2026-12-11 10:10", {"P1": ("illness", "I", full("12-11"))}),
    # "sorry to message so late": the parent's message, not a late arrival
    ("Hi sorry to message so late. Reece has been sick all evening so he won't be in tomorrow", kids("Reece"),
     "2026-12-13 21:00", {"P1": ("illness", "I", full("12-14"))}),
    # the school's Christmas lunch tomorrow is an aside about the sibling who is in
    ("Ada's off today with a temperature. Joel is in. He can't wait for the Christmas lunch tomorrow", kids("Joel",
     "Ada"), "2026-12-15 07:10", {"P2": ("illness", "I", full("12-15"))}),
    # "I'll be back for him at 12.30": a collection
    ("Rex is in, but I'll be back for him at 12.30 as he has his ears checked at the hospital", kids("Rex"),
     "2026-12-16 08:55", {"P1": ("medical", "M", ["12-16 PM"])}),
    # "... and now Oskar is late": a new subject after "and now"
    ("Sorry, Freja has a tummy bug and now Oskar is late because of it, he will be with you at 9.50. Freja stays "
     "home", kids("Oskar", "Freja"), "2026-12-16 09:30",
     {"P1": ("late", "U", ["12-16 AM"]), "P2": ("illness", "I", full("12-16"))}),
    # "be there in about 20 minutes to collect him" after "leaving work now": a collection now
    ("Hi, Rory's grandad has been rushed into hospital. I'm leaving work now and will be there in about 20 minutes to "
     "collect him", kids("Rory"), "2026-11-25 12:05", {"P1": ("exceptional", "C", ["11-25 PM"])}),
    # "I'll collect her in 20 mins", "I'll be up shortly to collect him"
    ("Maja has texted me saying she's been sick, I'll collect her in 20 mins", kids("Maja"), "2026-12-01 11:30",
     {"P1": ("illness", "I", ["12-01 PM"])}),
    ("The school nurse rang, I'll be up shortly to collect Bobby as his nosebleed won't stop", kids("Bobby"),
     "2026-12-07 11:20", {"P1": ("illness", "I", ["12-07 PM"])}),
    # a parent's mother taken into hospital: the family emergency, the chest pains are hers
    ("Mum's been taken into hospital tonight with chest pains, I won't be able to get Archie or Jess to school "
     "tomorrow", kids("Archie", "Jess"), "2026-12-02 21:00",
     {"P1": ("exceptional", "C", full("12-03")), "P2": ("exceptional", "C", full("12-03"))}),
    # flying to a mother "who is very ill in hospital": the emergency, not a holiday nor the child's illness
    ("Nour won't be in the rest of the week, we're flying to Cairo to be with my mother who is very ill in hospital",
     kids("Nour"), "2026-12-16 07:30", {"P1": ("exceptional", "C", full("12-16", "12-17", "12-18"))}),
    # "all 3 ... and I'm on my own with them": they are all ill
    ("all 3 of mine have the sickness bug and I'm on my own with them, they won't be in today", kids("Kayla", "Jordan",
     "Tyrese"), "2026-12-10 07:30", {"P1": ("illness", "I", full("12-10")), "P2": ("illness", "I", full("12-10")),
                                     "P3": ("illness", "I", full("12-10"))}),
    # "only X has a temperature": only that child
    ("All three have colds but I'm sending them in, only Sami has a temperature so he's staying home",
     kids("Omar", "Sami", "Lina"), "2026-12-04 07:30", {"P2": ("illness", "I", full("12-04"))}),
    # arriving now: "pulling into the car park now", "I'm dropping him off now"
    ("We're pulling into the car park now, sorry, Evan's dad forgot it was his turn", kids("Evan"), "2026-12-02 09:28",
     {"P1": ("late", "U", ["12-02 AM"])}),
    ("Hi, Reggie missed his bus, I'm dropping him off now", kids("Reggie"), "2026-12-15 09:40",
     {"P1": ("late", "U", ["12-15 AM"])}),
    # a teething baby brother is not the child's illness; "didn't sleep at all" is not "at all" of the day
    ("Niamh didn't sleep at all last night with her teething baby brother so she's having a lie in, I'll bring her "
     "in for the afternoon", kids("Niamh"), "2026-12-03 08:00", {"P1": ("unsatisfactory", "O", ["12-03 AM"])}),
    # "get her seen at the walk-in later": not a return later in the day
    ("Priya has earache, she won't be in today, I'll try and get her seen at the walk in later", kids("Priya"),
     "2026-11-23 07:40", {"P1": ("illness", "I", full("11-23"))}),
    # but "he'll walk in after" the dentist round the corner is his return
    ("Jamal's got a dental check up at 9.15 just round the corner, he'll walk in after", kids("Jamal"),
     "2026-12-09 07:30", {"P1": ("medical", "M", ["12-09 AM"])}),
    # "will come into school when it has finished": in after the assessment
    ("Chidi has his entrance assessment at Kings this morning at 9 and will come into school when it has finished",
     kids("Chidi"), "2026-11-24 07:30", {"P1": ("interview", "J1", ["11-24 AM"])}),
    # "up to and including the last day of term"
    ("Yara will be off from Monday 14th December up to and including the last day of term, we are visiting family "
     "in Lebanon", kids("Yara"), "2026-12-07 08:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17",
                                                                                    "12-18"))}),
    # "very bad news from Ghana overnight": a family emergency
    ("Naomi will not be in school today. We have had some very bad news from Ghana overnight", kids("Naomi"),
     "2026-12-03 07:20", {"P1": ("exceptional", "C", full("12-03"))}),
    # "stuck behind a bin lorry", "stuck in roadworks": late
    ("Paddy's dad is dropping him off, they're stuck behind a bin lorry, hopefully there before 9.20", kids("Paddy"),
     "2026-12-03 08:45", {"P1": ("late", "L", ["12-03 AM"])}),
    ("Freddie's with his grandad, they're stuck in roadworks on the bypass, could be half nine", kids("Freddie"),
     "2026-12-08 08:50", {"P1": ("late", "U", ["12-08 AM"])}),
    # jabs had this afternoon and the child unwell since: illness, not the appointment
    ("Kayla had her booster jabs at the surgery this afternoon and she has been feeling rotten ever since with a "
     "temperature. She won't be in", kids("Kayla"), "2026-12-03 18:00", {"P1": ("illness", "I", full("12-04"))}),
    # "the leave form went in back in October" is not the child going in
    ("Ollie will be off all of next week, we're off to Lapland! The leave form went in back in October",
     kids("Ollie"), "2026-12-02 19:00", {"P1": ("holiday", "G", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
    # a talk with the CAMHS worker "on Friday" is past; "we'll try a normal day on Wednesday" is a return
    ("After speaking to his CAMHS worker on Friday we've agreed Liam will have Monday and Tuesday at home with his "
     "anxiety, then we'll try a normal day on Wednesday", kids("Liam"), "2026-12-06 19:00",
     {"P1": ("illness", "I", full("12-07", "12-08"))}),
    # "he'll have the day at home": a day off
    ("Joe went back to bed after breakfast and I haven't the energy to fight him. He'll have the day at home",
     kids("Joe"), "2026-12-11 08:30", {"P1": ("unsatisfactory", "O", full("12-11"))}),
    # the neighbours' party kept him awake: not a family event
    ("Rahul didn't sleep because of the neighbours' party and he's exhausted, I'm letting him have a day at home",
     kids("Rahul"), "2026-12-10 07:50", {"P1": ("unsatisfactory", "O", full("12-10"))}),
    # taking "my wife to the hospital for her scan": the children are late, not at an appointment
    ("Both children will be late as I have to take my wife to the hospital for her scan first, we will be at school "
     "about 10", kids("Ana", "Luka"), "2026-12-14 07:45",
     {"P1": ("late", "U", ["12-14 AM"]), "P2": ("late", "U", ["12-14 AM"])}),
    # "tomorrow (Friday) and all next week": this Friday, then the whole of next week
    ("Arjun won't be in tomorrow (Friday) and all next week, we are going to India for a wedding", kids("Arjun"),
     "2026-12-03 19:00", {"P1": ("family_event", "O", full("12-04", "12-07", "12-08", "12-09", "12-10", "12-11"))}),
    # "tomorrow we will try to be in": a hoped-for return, not a second day off
    ("Mia won't be in today, she has a temperature. Tomorrow we will try to be in", kids("Mia"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08"))}),
]

NOT_RECORDED = [
    # "for some days" next week: which days is not said
    ("Hello, Bilal will be absent next week for some days because of a family wedding abroad", kids("Bilal"),
     "2026-12-02 08:30", "clarify"),
    # "both the girls" from a parent linked to one child: who is the other?
    ("Both the girls have got the bug, neither of them will be in today", kids("Tilly"), "2026-11-30 07:35",
     "clarify"),
    # "not an absence, just letting you know"
    ("Both kids are fine but Emilia has a wobbly tooth. Not an absence, just letting Miss know in case she's moany "
     "tomorrow", kids("Noah", "Emilia"), "2026-11-29 20:10", "forward"),
    # "neither of them is off tomorrow"
    ("Hi, Edward has lost his glasses, maybe in the hall? Neither of them is off tomorrow, just wanted to flag it",
     kids("Henry", "Edward"), "2026-12-16 19:20", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_recorded(text: str, children: list, when: str, expected: dict[str, object]) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_not_recorded(text: str, children: list, when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
