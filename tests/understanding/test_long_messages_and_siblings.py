"""Phrasings from long, chatty messages and families with several children, one rule each: remarks that report no
absence (holidays abroad in the break, class parties next week), events moved to another day, "neither of them",
"both kids ... late", a sibling kept home with no one to take them, dates that were past, and urgent dentists."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids

RECORDED = [
    # a reported late arrival stands although the child is collected after the afternoon register
    ("Noor will be late in today, she's at the dentist at 9. Her dad is collecting her at 3:30 from choir",
     kids("Noor"), "2026-11-24 07:30", {"P1": ("medical", "M", ["11-24 AM"])}),
    ("Running late with Cal this morning, sorry! Grandma will pick him up at 3.15 as usual", kids("Cal"),
     "2026-11-24 08:40", {"P1": ("late", "L", ["11-24 AM"])}),
    # "in all day" on a day is attendance on that day
    ("Tilly has a cold so she's off today, tomorrow she's in all day", kids("Tilly"), "2026-11-30 07:20",
     {"P1": ("illness", "I", full("11-30"))}),
    # dates told after the end of a range do not push the end a week on
    ("We're at a family wedding in Leeds from Friday to Monday, so Priya won't be in on the 14th", kids("Priya"),
     "2026-12-08 19:00", {"P1": ("family_event", "O", full("12-11", "12-14"))}),
    # "aim for" a time is an arrival time
    ("Oops, Lenny's slept through his alarm, we'll aim for 9.40", kids("Lenny"), "2026-12-02 08:35",
     {"P1": ("late", "U", ["12-02 AM"])}),
    # the dentist "for emergency" is an urgent appointment, not a family emergency
    ("Marius has broken his tooth, we go to the dentist at 8.30 for emergency, he comes to school after",
     kids("Marius"), "2026-12-02 07:30", {"P1": ("medical", "M", ["12-02 AM"])}),
    # surprise at the news is not a question to the school
    ("Hi, Zara has chickenpox, apparently half her class has it?? She'll be back in on Wednesday", kids("Zara"),
     "2026-12-05 10:00", {"P1": ("illness", "I", full("12-07", "12-08"))}),
    # "neither of them will be in" after a sibling said to be fine; the one kept home is O, not ill
    ("Jude has been sick all night. Kit is fine but I can't get him to school as I'm up with Jude, so neither of "
     "them will be in today", kids("Jude", "Kit"), "2026-12-09 07:00",
     {"P1": ("illness", "I", full("12-09")), "P2": ("unsatisfactory", "O", full("12-09"))}),
    # "both kids are coming in late as X has ...": the other child is late, not absent for an unknown reason
    ("Both kids are coming in late as Mabel has a blood test at 8.30 and I can't drop Rory off first. We'll be there "
     "for 9.45", kids("Mabel", "Rory"), "2026-12-03 07:40",
     {"P1": ("medical", "M", ["12-03 AM"]), "P2": ("late", "U", ["12-03 AM"])}),
    # a closing request "also please can you tell ..." about a sibling is not that sibling's absence
    ("Evan has a temperature so he won't be in tomorrow. Also please can you tell Mr Shah that Isla's library book "
     "is in her bag", kids("Evan", "Isla"), "2026-12-01 18:30", {"P1": ("illness", "I", full("12-02"))}),
    # "might need Monday off too, I'll let you know": only the day told for certain
    ("Ruby's got a high temperature, keeping her home today. She might need Monday off too, I'll let you know",
     kids("Ruby"), "2026-12-04 07:00", {"P1": ("illness", "I", full("12-04"))}),
    # "for the rest of the week as we fly on Thursday": the rest of the week, the flight inside it
    ("Kofi will be off for the rest of the week as we are flying to Accra on Thursday", kids("Kofi"),
     "2026-12-16 07:10", {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    # a day named before a past verb is when something happened, not a day off
    ("Idris will not be back until Monday 7th. On Friday the doctor confirmed he has glandular fever and must rest",
     kids("Idris"), "2026-11-29 18:00", {"P1": ("illness", "I", full("11-30", "12-01", "12-02", "12-03", "12-04"))}),
    # a remark about the holidays ("no time off needed") does not cancel the absence reported before it
    ("Sid has a temperature so he's off today. We fly to Spain on the 21st but that's the holidays so no time off "
     "needed!", kids("Sid"), "2026-12-14 07:30", {"P1": ("illness", "I", full("12-14"))}),
    # a class event next week is not a week off
    ("Morning, Ada is off today with a tummy bug. Next week her class has the party on Tuesday and she can't wait",
     kids("Ada"), "2026-12-09 07:40", {"P1": ("illness", "I", full("12-09"))}),
    ("Lola has the orthodontist at 9 so she'll be in after. Can she still be an angel in the nativity next week?",
     kids("Lola"), "2026-12-08 07:40", {"P1": ("medical", "M", ["12-08 AM"])}),
    # "so he'll be in all day Thursday now": the day moved from, not a whole day off on the day moved to
    ("Sami's hospital appointment has moved from Thursday to next Tuesday at 2pm. I'll collect him at 1 that day. So "
     "he'll be in all day Thursday now", kids("Sami"), "2026-12-01 08:00", {"P1": ("medical", "M", ["12-08 PM"])}),
    # "she'll be in all week" after an event moved to the weekend: she is in
    ("Aisha was going to miss Thursday for a wedding but they've moved it to Saturday so she'll be in all week. "
     "Bilal has a fever though so he won't be in today", kids("Aisha", "Bilal"), "2026-11-24 07:30",
     {"P2": ("illness", "I", full("11-24"))}),
    # "he's fine in himself" after a whole day off for an appointment is not attendance
    ("Hugo has a scan at the hospital tomorrow at 11, it's two hours away so he'll be off the whole day. He's fine in "
     "himself, it's a routine check", kids("Hugo"), "2026-11-24 07:30", {"P1": ("medical", "M", full("11-25"))}),
    # "I don't think she's well enough" is an absence, not "is well enough for school"
    ("Poppy has been shivering all evening with a high temperature, I don't think she's well enough for school",
     kids("Poppy"), "2026-12-01 19:30", {"P1": ("illness", "I", full("12-02"))}),
    # a child who caught a sibling's cold is ill herself
    ("Nell has caught her sister's cold and is really poorly, she won't be in today", kids("Nell", "Ivy"),
     "2026-12-03 07:30", {"P1": ("illness", "I", full("12-03"))}),
    # at reception to pick her up now: the afternoon, from the message's time
    ("Tia has the orthodontist at 2, I'm at reception now to pick her up", kids("Tia"), "2026-12-03 12:40",
     {"P1": ("medical", "M", ["12-03 PM"])}),
    # "I'll come for her at 12.15" is a collection
    ("Lucy says she feels sick, I'll come for her at 12.15", kids("Lucy"), "2026-12-03 11:20",
     {"P1": ("illness", "I", ["12-03 PM"])}),
    # "pick him from school at 10" is a collection after the morning register
    ("Abdi has a hospital appointment at 11, i will pick him from school at 10 and he will not come back today",
     kids("Abdi"), "2026-12-03 08:00", {"P1": ("medical", "M", ["12-03 PM"])}),
    # a meeting with the SENCo is the parent's, not a day off
    ("Leo's anxiety is really bad this morning so I'm keeping him home today. We've got a meeting with the SENCo on "
     "Friday", kids("Leo"), "2026-12-08 08:00", {"P1": ("illness", "I", full("12-08"))}),
    # "can't get them in tomorrow morning" with the car at the garage: transport, the morning
    ("Our car is at the garage so I can't get Ravi in tomorrow morning, we'll get the bus at lunchtime",
     kids("Ravi"), "2026-12-08 19:00", {"P1": ("transport", "O", ["12-09 AM"])}),
    # "Elsie's gone in" is attendance
    ("Both have colds, Elsie's gone in but Arthur is staying off today", kids("Elsie", "Arthur"), "2026-12-14 09:00",
     {"P2": ("illness", "I", full("12-14"))}),
    # "for another 2 days" is the absence's length
    ("Theo has tonsillitis, the doctor said to keep him off for another 2 days", kids("Theo"), "2026-11-30 07:30",
     {"P1": ("illness", "I", full("11-30", "12-01"))}),
    # "in today" beside a day off on another day
    ("Grandad's funeral is on Thursday 10th so Kai won't be in that day. He's in today as normal", kids("Kai"),
     "2026-12-07 08:00", {"P1": ("exceptional", "C", full("12-10"))}),
    # "she was back for lunch" on a past day does not halve a day to come
    ("Iris will be absent on 8/12 for the feast of the Immaculate Conception, we go to mass with the family. On 25/11 "
     "she had the dentist but she was back for lunch",
     kids("Iris"), "2026-12-01 08:00", {"P1": ("religious", "R", full("12-08"))}),
    # "I'll send a message on Monday about Tuesday": Tuesday is not told
    ("Ben has a fever, he won't be in tomorrow. I will send a message on Monday evening about Tuesday", kids("Ben"),
     "2026-12-06 18:00", {"P1": ("illness", "I", full("12-07"))}),
    # "she'll be in on Friday after all": the day off told before is withdrawn
    ("I said Mia would miss Friday for the dentist but they've rung and moved it, so she'll be in on Friday after "
     "all. Sam has his interview tomorrow at 9 and will come in after, around 11", kids("Mia", "Sam"),
     "2026-12-02 08:00", {"P2": ("interview", "J1", ["12-03 AM"])}),
    # a child's own dentist the parent "was supposed" to take after school is not today's reason
    ("Ella was sick in the night so she's off today. She was supposed to have a check-up at the dentist on "
     "Wednesday after school, we'll move it", kids("Ella"), "2026-11-30 07:30",
     {"P1": ("illness", "I", full("11-30"))}),
    # "doesn't need to leave early" for an appointment after school
    ("Dan has an interview on Thursday at 4, after school, so he doesn't need to leave early. Hana has her entrance "
     "test on Friday 4th all day", kids("Hana", "Dan"), "2026-11-30 08:00", {"P1": ("interview", "J1", full("12-04"))}),
    # "omw": on my way, late
    ("omw with Kai, sorry, alarm didn't go off", kids("Kai"), "2026-11-30 09:25", {"P1": ("late", "U", ["11-30 AM"])}),
    # "dentist 8.30 in for 10": in after the appointment
    ("dom dentist 8.30 in for 10 ta", kids("Dominic"), "2026-12-02 07:50", {"P1": ("medical", "M", ["12-02 AM"])}),
    # Finn for Finley
    ("Finn has physio at 2pm on Thursday so I'll collect him at 1pm that day", kids("Finley"), "2026-12-08 07:30",
     {"P1": ("medical", "M", ["12-10 PM"])}),
    # the parent's party at work, a family event; a father in a car accident, an emergency
    ("Liam has the Christmas party at his dad's work tomorrow afternoon so I'll collect him at 12", kids("Liam"),
     "2026-12-09 19:30", {"P1": ("family_event", "O", ["12-10 PM"])}),
    ("Ruby's dad has had a car accident on his way to work, they've taken him to hospital. Ruby won't be in today",
     kids("Ruby"), "2026-12-14 08:10", {"P1": ("exceptional", "C", full("12-14"))}),
    # devastated to miss the party: the party is not the reason
    ("Amber has a sickness bug so she'll miss the rest of the week, she's gutted as it's the class party tomorrow",
     kids("Amber"), "2026-12-16 07:20", {"P1": ("illness", "I", full("12-16", "12-17", "12-18"))}),
    # "Guru" is a title, not a short form of Gurveer
    ("Today is Guru Nanak's gurpurab, Gurveer and Simran will not be in school", kids("Gurveer", "Simran"),
     "2026-11-24 06:40", {"P1": ("religious", "R", full("11-24")), "P2": ("religious", "R", full("11-24"))}),
    # a collection, then "in as normal tomorrow" or "back to normal tomorrow": today's afternoon
    ("I'll collect Frank at 12:00 for his jab, he will be in as normal tomorrow", kids("Frank"), "2026-12-15 07:30",
     {"P1": ("medical", "M", ["12-15 PM"])}),
    ("I'll collect Maya at 1:00 for the dentist. Back to normal tomorrow.", kids("Maya"), "2026-12-15 07:30",
     {"P1": ("medical", "M", ["12-15 PM"])}),
    ("Today at 12:15 we'll collect Julia for the dentist. Tomorrow Julia will be in as normal.", kids("Julia"),
     "2026-12-15 07:30", {"P1": ("medical", "M", ["12-15 PM"])}),
    # "in on time on Monday" is the return
    ("Sam is off today with a cold, he will be in on time on Monday", kids("Sam"), "2026-12-10 07:30",
     {"P1": ("illness", "I", full("12-10"))}),
    # "up to and including friday (11/12)": the date in brackets beside its weekday
    ("Ana has chickenpox, she is off up to and including friday (11/12)", kids("Ana"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
    # "in as normal at school tomorrow", "in school again on Tuesday 15th": returns
    ("Ana is off today with a cold, she will be in as normal at school tomorrow", kids("Ana"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07"))}),
    ("Tomorrow and Monday Ola will not come to school, we go to Poland for Christmas earlier. She will be in school "
     "again on Tuesday 15th", kids("Ola"), "2026-12-10 20:00", {"P1": ("holiday", "G", full("12-11", "12-14"))}),
    # "his allergy test on Wednesday" is a medical test, not a school one
    ("Yusuf has a hospital appointment for his allergy test on Wednesday 9th at 10am, so he will not come to school "
     "that day", kids("Yusuf"), "2026-12-04 08:00", {"P1": ("medical", "M", full("12-09"))}),
    # a parents' evening appointment is the parents'
    ("Zak has a fever so he's off today. Our parents evening appointment is on Thursday at 5.30", kids("Zak"),
     "2026-12-07 07:30", {"P1": ("illness", "I", full("12-07"))}),
    # "so they will be very tired" after the weekend's events is not the reason
    ("Aarav and Diya will be absent on Monday for my nephew's wedding. The sangeet is over the weekend so they will "
     "be very tired!", kids("Aarav", "Diya"), "2026-12-03 08:00",
     {"P1": ("family_event", "O", full("12-07")), "P2": ("family_event", "O", full("12-07"))}),
    # "temps", "killed in a car accident", "until Friday including"
    ("kids both got temps this morning, keeping them off today", kids("Lily", "Jack"), "2026-11-24 06:35",
     {"P1": ("illness", "I", full("11-24")), "P2": ("illness", "I", full("11-24"))}),
    ("My brother has been killed in a car accident. Jaden won't be in today", kids("Jaden"), "2026-12-02 08:30",
     {"P1": ("exceptional", "C", full("12-02"))}),
    ("Maja will be absent from today until Friday including, my father is very ill in hospital in Poland",
     kids("Maja"), "2026-12-01 07:40", {"P1": ("exceptional", "C", full("12-01", "12-02", "12-03", "12-04"))}),
    # "tomorrow I will tell you if she can come", "tomorrow I think she return": not days off
    ("Zihan has fever. Today she stay at home. Tomorrow I will tell you if she can come", kids("Zihan"),
     "2026-12-07 07:45", {"P1": ("illness", "I", full("12-07"))}),
    ("Beatriz is not going to school today because she has fever. Tomorrow I think she return", kids("Beatriz"),
     "2026-11-24 07:55", {"P1": ("illness", "I", full("11-24"))}),
    # "will be at school late about 9:15", "will be in school in 15 minutes": late
    ("The bus did not come. Ana will be at school late about 9:15", kids("Ana"), "2026-12-07 08:50",
     {"P1": ("late", "L", ["12-07 AM"])}),
    ("Sorry, Filip overslept, we will be in school in 15 minutes", kids("Filip"), "2026-12-04 09:10",
     {"P1": ("late", "U", ["12-04 AM"])}),
    # the rest of the day at home after a midday collection is the afternoon
    ("I'm on my way to collect Zara now, she can have the rest of the day at home", kids("Zara"), "2026-11-23 12:15",
     {"P1": ("unknown", "N", ["11-23 PM"])}),
    # "after he come at school", "then I bring her back to school": in after the appointment
    ("Ionut has appointment at the dentist Thursday at 9 oclock, after he come at school", kids("Ionut"),
     "2026-12-02 07:40", {"P1": ("medical", "M", ["12-03 AM"])}),
    ("Sahra she have appointment for her vaccination this morning at 9:45 then I bring her back to school",
     kids("Sahra"), "2026-12-04 08:05", {"P1": ("medical", "M", ["12-04 AM"])}),
    # "he will be tomorrow": in tomorrow
    ("Natan will not come today, he has a bad cold. He will be tomorrow.", kids("Natan"), "2026-12-02 08:05",
     {"P1": ("illness", "I", full("12-02"))}),
    # "today I take Eric at 12 o clock": a collection
    ("Hello, today I take Eric at 12 o clock because we fly to Bucharest for Christmas", kids("Eric"),
     "2026-12-18 07:45", {"P1": ("holiday", "G", ["12-18 PM"])}),
    # the family gathering after a death is the mourning
    # the sibling kept home "either" because the parent cannot leave the ill one: O, not the illness
    ("Sumaiya has a fever, I can't leave her alone, so Ibrahim won't be in today either", kids("Sumaiya", "Ibrahim"),
     "2026-12-17 07:40", {"P1": ("illness", "I", full("12-17")), "P2": ("unsatisfactory", "O", full("12-17"))}),
    # "after falling in PE on Friday": a day past; "at the doctor with his little sister": her visit, his lateness
    ("Kuba hurt his back after falling in PE on Friday, the doctor says rest for 2 days", kids("Kuba"),
     "2026-12-14 07:40", {"P1": ("illness", "I", full("12-14", "12-15"))}),
    ("Antoni will be late, we are at the doctor with his little sister. He come about 10", kids("Antoni"),
     "2026-12-11 08:30", {"P1": ("late", "U", ["12-11 AM"])}),
    ("Tomorrow Ruhan and Rifat will not go to school. Their grandfather passed away today, we have the prayer and "
     "family gathering at the mosque tomorrow", kids("Ruhan", "Rifat"), "2026-12-07 18:50",
     {"P1": ("exceptional", "C", full("12-08")), "P2": ("exceptional", "C", full("12-08"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_recorded(text: str, children: list, when: str, expected: dict[str, object]) -> None:
    assert_recorded(text, children, when, expected)


def test_an_appointment_out_of_school_hours_is_not_a_day_off() -> None:
    assert_not_recorded("Just so you know, Ali has the eye doctor on Friday at 4.30 so he won't miss school",
                        kids("Ali"), "2026-12-02 07:30", "forward")
