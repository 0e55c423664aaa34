"""Phrasings from the second half of the twentieth round: "the other two" coming in late, a child sent in "even though
he's full of cold" or "in both days", a test on a Saturday, an injury "this afternoon" in an evening message,
"correction, only today", "not sure which days yet, will know tomorrow", "drop him after", "refusing to go in this
late", "on his way, should be on time", and the parent's own scan while a child minds the baby."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.names import matches

RECORDED = [
    # "the other two" coming in late, however it is said
    ("Rory broke his wrist at football last night, we were in A&E till 1am. He'll be off today and tomorrow. The other "
     "two are coming in but they'll be late, we'll be there for half 9", kids("Cara", "Liam", "Rory"),
     "2026-11-25 08:00", {"P1": ("late", "U", ["11-25 AM"]), "P2": ("late", "U", ["11-25 AM"]),
                          "P3": ("illness", "I", full("11-25", "11-26"))}),
    ("Isla's got a temperature so she's off today. I'll bring the other two in but we're running late, should be there "
     "just after 9", kids("Ava", "Isla", "Max"), "2026-12-08 07:20",
     {"P1": ("late", "L", ["12-08 AM"]), "P2": ("illness", "I", full("12-08")), "P3": ("late", "L", ["12-08 AM"])}),
    # a sibling sent in regardless, or in every day named
    ("Ellie's temperature is back so she's off today. Jude has his nativity this afternoon so I'm sending him in even "
     "though he's full of cold", kids("Jude", "Ellie"), "2026-12-15 06:50", {"P2": ("illness", "I", full("12-15"))}),
    ("Noah will be off today and tomorrow, we're flying to Tenerife this afternoon. Mia is staying with her dad so "
     "she'll be in both days.", kids("Noah", "Mia"), "2026-12-17 08:15",
     {"P1": ("holiday", "G", full("12-17", "12-18"))}),
    # a test on a Saturday needs nothing; the other child's collection is the report
    ("Morning. Just so you know Kofi has his entrance test on Saturday so nothing needed for that. But Ama has the "
     "dentist at 3pm today, I'll collect her at 1.", kids("Kofi", "Ama"), "2026-12-01 08:00",
     {"P2": ("medical", "M", ["12-01 PM"])}),
    # an injury "this afternoon", told in the evening: off from the next school day
    ("Hi, Theo fractured his ankle at gymnastics this afternoon and he's on crutches, he won't be in", kids("Theo"),
     "2026-12-11 16:40", {"P1": ("illness", "I", full("12-14"))}),
    # the flu spray "at school today", told in the evening: not today
    ("Hi, Maisie had her flu nasal spray at school today and now she feels awful. Keeping her home tomorrow.",
     kids("Maisie"), "2026-11-23 18:40", {"P1": ("illness", "I", full("11-24"))}),
    # a correction narrows the days
    ("Good morning, Kayden is still unwell, he will stay home today and tomorrow. Sorry, correction, only today, his "
     "father says he can go tomorrow.", kids("Kayden"), "2026-12-07 08:00", {"P1": ("illness", "I", full("12-07"))}),
    # "drop him after": a return after the appointment
    ("Arjun is at the dentist this morning, appointment is 9am. I will drop him after.", kids("Arjun"),
     "2026-11-30 08:30", {"P1": ("medical", "M", ["11-30 AM"])}),
    # "refusing to go in this late": the day is missed, not a late arrival
    ("leon didnt wake up for his alarm and now hes refusing to go in this late, I give up. He'll be in tomorrow",
     kids("Leon"), "2026-11-30 09:45", {"P1": ("unsatisfactory", "O", full("11-30"))}),
    # "on his way, should be on time" is no lateness
    ("Freya's got period pains, I'm keeping her home this morning and I'll bring her in after lunch. Sam on his way "
     "now should be on time", kids("Freya", "Sam"), "2026-12-04 08:50", {"P1": ("illness", "I", ["12-04 AM"])}),
    # the parent's own scan: the child minding the baby is the reason
    ("Kiara can't come in today, I need her to watch her baby brother while I go to my hospital scan. She'll be back "
     "tomorrow", kids("Kiara"), "2026-12-10 07:50", {"P1": ("unsatisfactory", "O", full("12-10"))}),
    # the appointment's time is not the sibling's arrival
    ("Good evening, Matei has appointment at the orthodontist tomorrow at 8:30 so he will come late, around 10. Ana "
     "must come with us so she is late also", kids("Matei", "Ana"), "2026-11-30 20:40",
     {"P1": ("medical", "M", ["12-01 AM"]), "P2": ("late", "U", ["12-01 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_recorded(text: str, children: list, when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


def test_days_still_to_be_known_are_asked_about() -> None:
    """"Not sure which days yet, will know tomorrow": tomorrow is when the parent will know, not a day off."""
    assert_not_recorded("Zain will be off for a few days next week, we have to go to Pakistan for a family emergency. "
                        "I'm not sure which days yet, will know tomorrow when we book the flights", kids("Zain"),
                        "2026-12-07 18:15", "clarify")


def test_a_return_the_gp_allows_is_still_a_return() -> None:
    """"They can go back on Wednesday": the end of the absence, not attendance on Wednesday."""
    assert_recorded("Jamie has scarlet fever. He's on antibiotics and the GP says he can go back on Wednesday.",
                    kids("Jamie"), "2026-12-14 07:30", {"P1": ("illness", "I", full("12-14", "12-15"))})


EAL_AND_MORE = [
    # "I come take her at 1pm": a collection, in the words of a parent new to English
    ("Hello, Hodan has hospital appointment today at 2.30 I forgot to tell. I come take her at 1pm please ready her in "
     "office", kids("Hodan"), "2026-11-30 11:15", {"P1": ("medical", "M", ["11-30 PM"])}),
    ("Hello. Dasha have headache and the nurse call me. I take her home at 12. She not come in afternoon.",
     kids("Dasha"), "2026-12-03 11:05", {"P1": ("illness", "I", ["12-03 PM"])}),
    # "today not come school", "she not come all this week"
    ("Haoyu today not come school. Sorry", kids("Haoyu"), "2026-12-01 09:50", {"P1": ("unknown", "N", full("12-01"))}),
    ("Good morning Hibo is sick today, she have flu. She not come all this week. Thank you", kids("Hibo"),
     "2026-12-14 06:55", {"P1": ("illness", "I", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # "after finish I will send him to school": a return after the appointment
    ("Hello teacher, tomorrow Haoran need go to hospital for eye check, appointment is 9:30, after finish I will send "
     "him to school.", kids("Haoran"), "2026-11-23 19:30", {"P1": ("medical", "M", ["11-24 AM"])}),
    # "correction: only today, tomorrow he has to come because ..."
    ("Good morning. Kuba has fever, he will be absent today and tomorrow. Sorry, correction: only today, tomorrow he "
     "has to come because he has the test.", kids("Kuba"), "2026-12-02 07:15", {"P1": ("illness", "I", full("12-02"))}),
    # the grandmother "she is very ill in hospital": the family emergency
    ("Asc teacher, the kids not coming tomorrow, my mother she is very ill in hospital and I need go there.",
     kids("Abdi", "Hodan"), "2026-11-24 20:40",
     {"P1": ("exceptional", "C", full("11-25")), "P2": ("exceptional", "C", full("11-25"))}),
    # "cannot leave X alone": the sibling kept home for the ill one
    ("Good morning, Sana has high temperature so she is staying at home today and Bilal also will stay home because I "
     "cannot leave Sana alone to drop him.", kids("Sana", "Bilal"), "2026-11-25 07:10",
     {"P1": ("illness", "I", full("11-25")), "P2": ("unsatisfactory", "O", full("11-25"))}),
    # "I have the baby sick": the baby's illness, not the child's
    ("Good morning, Andrei will stay home today because I have no one to take him at school, my husband is away and I "
     "have the baby sick.", kids("Andrei"), "2026-12-16 07:10", {"P1": ("unsatisfactory", "O", full("12-16"))}),
    # "his brother have doctor appointment": the sibling's, so late
    ("Morning. Omar will be late because his brother have doctor appointment at 8:30, we come 9:15 inshallah",
     kids("Omar"), "2026-12-17 07:30", {"P1": ("late", "L", ["12-17 AM"])}),
    # "late today, maybe 20 minutes": counted from the message
    ("Hello, Mihai late today, maybe 20 minutes. Sorry", kids("Mihai"), "2026-12-11 09:05",
     {"P1": ("late", "U", ["12-11 AM"])}),
    # "complaining of his ear ... discharge ... drops": illness
    ("Hi, Rayyan has been complaining of his ear all day and now he has discharge from it. GP has given drops. He "
     "won't be in Monday or Tuesday.", kids("Rayyan"), "2026-11-27 10:15",
     {"P1": ("illness", "I", full("11-30", "12-01"))}),
    # a gas leak is the family emergency; an Xbox is not a child
    ("Morning, all of them are off today, there's a strong gas smell and we've had to get out of the house. They'll be "
     "back tomorrow", kids("Kayla", "Tyler"), "2026-12-14 07:15",
     {"P1": ("exceptional", "C", full("12-14")), "P2": ("exceptional", "C", full("12-14"))}),
    ("Reggie won't be in today, he's been up till gone midnight on his Xbox and I can't get him out of bed",
     kids("Reggie"), "2026-12-11 07:20", {"P1": ("unsatisfactory", "O", full("12-11"))}),
    # "fine and on her way" is no lateness
    ("Morning, Alfie and Ben have both got the sickness bug so neither of them will be in, Rosa's fine and on her way "
     "with her dad", kids("Alfie", "Ben", "Rosa"), "2026-11-26 08:25",
     {"P1": ("illness", "I", full("11-26")), "P2": ("illness", "I", full("11-26"))}),
    # ill for the morning only, then in for the party
    ("Good morning. Daria is sick with cold but she want to come for the Christmas party in afternoon. I keep her home "
     "this morning and bring her at 12.30", kids("Daria"), "2026-12-15 07:20", {"P1": ("illness", "I", ["12-15 AM"])}),
    # "complaining ... for a couple of days" is time gone by; "this morning she's got a temperature" is when it began
    ("Hiya, Rosie has been complaining about her tummy for a couple of days but this morning she's got a temperature "
     "so I'm keeping her off. Fingers crossed she's better for the nativity on Thursday!", kids("Rosie"),
     "2026-12-08 07:05", {"P1": ("illness", "I", full("12-08"))}),
    # "I was going to say tomorrow as well but let's see"
    ("Ava's just been sick so she won't be in today. I was going to say tomorrow as well but let's see how she is, "
     "I'll message in the morning", kids("Ava"), "2026-11-23 07:58", {"P1": ("illness", "I", full("11-23"))}),
    # dates written the Chinese way
    ("Hello, Yiming will take leave on 12月17日 and 18日 because we go back to China.", kids("Yiming"),
     "2026-12-09 19:40", {"P1": ("holiday", "G", full("12-17", "12-18"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), EAL_AND_MORE)
def test_recorded_in_other_voices(text: str, children: list, when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


PLAIN = [
    # "he's ok to go back after 24 hours ..., he'll be back on Monday": the return, not a day in
    ("Morning. Cormac's been diagnosed with scarlet fever. GP says he's ok to go back after 24 hours on the "
     "antibiotics so he'll be back on Monday.", kids("Cormac"), "2026-11-25 07:25",
     {"P1": ("illness", "I", full("11-25", "11-26"))}),
    # "I was going to bring him in late but ...": the change of plan
    ("Leo has a bad cold, I was going to bring him in late but he has just been sick again so actually he is staying "
     "home all day today.", kids("Leo"), "2026-11-25 07:45", {"P1": ("illness", "I", full("11-25"))}),
    # a burial is the funeral
    ("Niamh's grandad is being buried in Sligo on Thursday so we are travelling over tomorrow. She'll be out "
     "Wednesday, Thursday and Friday.", kids("Niamh"), "2026-12-01 19:15",
     {"P1": ("exceptional", "C", full("12-02", "12-03", "12-04"))}),
    ("omar not coming today", kids("Omar"), "2026-12-02 07:55", {"P1": ("unknown", "N", full("12-02"))}),
    # "take him from school 12:30" with no "at"
    ("Salaam, Yusuf has hospital appointment on Thursday 10 December at 2 o clock, I will take him from school 12:30.",
     kids("Yusuf"), "2026-12-07 08:00", {"P1": ("medical", "M", ["12-10 PM"])}),
    # a parent in hospital is the family emergency (not a mother there having the baby)
    ("mia cant come in today, her dads in hospital after a car crash last night and ive been there with him all night",
     kids("Mia"), "2026-12-08 08:10", {"P1": ("exceptional", "C", full("12-08"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), PLAIN)
def test_recorded_plainly(text: str, children: list, when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("word", "name"), [("Мишко", "Mykhailo"), ("Миша", "Mykhailo"), ("Саші", "Oleksandr"),
                                            ("Віки", "Viktoriia")])
def test_ukrainian_short_names_and_their_cases(word: str, name: str) -> None:
    assert matches(word, name, capitalised=True)


LAST_ROUND = [
    # a day said to be in after a correction wins over the day first given
    ("Theo will be off Thursday for his nan's funeral. Actually sorry, it's been moved to next Wednesday the 2nd, so "
     "he'll be in Thursday and off on the Wednesday instead.", kids("Theo"), "2026-11-25 07:50",
     {"P1": ("exceptional", "C", full("12-02"))}),
    # ... but an afternoon hoped for leaves the morning off
    ("Hannah has a migraine so she won't make it in this morning, but she should be ok for this afternoon.",
     kids("Hannah"), "2026-12-07 07:30", {"P1": ("illness", "I", ["12-07 AM"])}),
    # "at home all this week", "minimum 5 days at home"
    ("Good morning, Alex has a chest infection, he will be at home all this week.", kids("Alex"), "2026-12-07 06:45",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
    ("Zosia has chickenpox, doctor said minimum 5 days at home. From tomorrow.", kids("Zosia"), "2026-12-13 18:10",
     {"P1": ("illness", "I", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # Hope is a child
    ("Hope has the flu, she'll be off today and Monday, back Tues hopefully", kids("Hope"), "2026-12-11 07:15",
     {"P1": ("illness", "I", full("12-11", "12-14"))}),
    # burying a parent is the funeral; "til late" is not a late arrival
    ("Kelsey will be missing school on Tues 8th, we're burying my dad that day so we'll be out from first thing til "
     "late", kids("Kelsey"), "2026-12-04 07:40", {"P1": ("exceptional", "C", full("12-08"))}),
    # stuck on a motorway: late, or the day lost
    ("We are stuck on the M6, there was an accident and police closed the road. Dawid will come when it opens, maybe "
     "10 or 11", kids("Dawid"), "2026-12-11 08:40", {"P1": ("late", "U", ["12-11 AM"])}),
    ("We're stuck on the M62, they've closed the motorway both ways. No chance of getting Sami in today, sorry",
     kids("Sami"), "2026-12-03 08:40", {"P1": ("transport", "O", full("12-03"))}),
    # the parent at the ill sibling's bedside: the other child's reason is the family's
    ("Lily fell down the stairs last night and has hurt her arm, we're off to A&E. Noah's going to have to stay home "
     "too as I can't get him to school and be at the hospital.", kids("Noah", "Lily"), "2026-11-25 08:20",
     {"P1": ("unsatisfactory", "O", full("11-25")), "P2": ("illness", "I", full("11-25"))}),
    # an appointment after school is not the reason for the day off
    ("Georgia's got a tight chest and a horrible cough so I'm going to keep her off tomorrow. She's seeing the asthma "
     "nurse on Monday after school.", kids("Georgia"), "2026-11-25 17:30", {"P1": ("illness", "I", full("11-26"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), LAST_ROUND)
def test_recorded_in_the_last_round(text: str, children: list, when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
