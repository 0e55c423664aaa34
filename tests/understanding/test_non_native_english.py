"""English as parents write it when it is not their first language, and the plainer batches of the nineteenth round:
"no one take him", "he will come" after a day, "comes after", "coming to take her 11:30", "pick her at 1", clock
times in words, spans a later "so only today" narrows, "resume on" as the return, a weekend's "today" as what happened,
a journey that is over, town names, and the parent's wording for the whole week or both days."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # the child named with the ill sibling's carer problem: "no one take him", "her brother X cannot"
    ("Hodan is vomiting and I am alone with her, her brother Yusuf cannot go school today because no one take him.",
     kids("Hodan", "Yusuf"), "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01")), "P2": ("unsatisfactory", "O", full("12-01"))}),
    # "he will come" after or before the next day; "like always"; "comes after"
    ("Salaan, Abdirahman won't come school today insha Allah tomorrow he will come", kids("Abdirahman"),
     "2026-11-30 08:10", {"P1": ("unknown", "N", full("11-30"))}),
    ("My car is in the garage and there is no bus, so I cannot bring Kacper today. He will come tomorrow.",
     kids("Kacper"), "2026-12-10 07:40", {"P1": ("transport", "O", full("12-10"))}),
    ("Good morning, Radu have the dentist 8.30 this morning, he comes after, about 9.45. Elena is going with her dad "
     "by bus like always.", kids("Radu", "Elena"), "2026-12-02 07:30", {"P1": ("medical", "M", ["12-02 AM"])}),
    ("GOOD MORNING. AYAAN HAS HOSPITAL APPOINTMENT TODAY 10:00 FOR HIS EARS. HE WILL COME SCHOOL AFTER 12.",
     kids("Ayaan"), "2026-12-14 07:30", {"P1": ("medical", "M", ["12-14 AM"])}),
    ("Sorry for late message, Amal had blood test at 8:30 and waiting very long, we are coming now, 10 o'clock",
     kids("Amal"), "2026-11-26 09:40", {"P1": ("medical", "M", ["11-26 AM"])}),
    # collections: no "at", "pick her at", taking her home now
    ("Hi I got call from school, Dilan has nose bleeding and she is pale, I'm coming to take her 11:45.",
     kids("Dilan"), "2026-12-01 11:00", {"P1": ("illness", "I", ["12-01 PM"])}),
    ("Hello Miss, can I pick Maryam at 1:00 today, it is her sister's graduation ceremony this afternoon.",
     kids("Maryam"), "2026-12-11 07:30", {"P1": ("family_event", "O", ["12-11 PM"])}),
    ("Hi, I'm taking Olga home now, she vomited at lunch time and the office called me.", kids("Olga"),
     "2026-12-09 12:40", {"P1": ("illness", "I", ["12-09 PM"])}),
    # late arrivals in plain words
    ("good morning this is Bilal father we are late because of traffic we will be at school at nine forty five",
     kids("Bilal"), "2026-12-01 08:40", {"P1": ("late", "U", ["12-01 AM"])}),
    ("Yusuf will come 9.15, the pushchair broke on the way and I am walking with the baby.", kids("Yusuf"),
     "2026-12-03 08:40", {"P1": ("late", "L", ["12-03 AM"])}),
    ("Hello I'm sorry, Ali missed the school bus, I take him now by car, 10 min.", kids("Ali"), "2026-12-09 08:45",
     {"P1": ("late", "L", ["12-09 AM"])}),
    ("Jakub oversleep sorry he is coming now", kids("Jakub"), "2026-12-01 09:10", {"P1": ("late", "L", ["12-01 AM"])}),
    # a span withdrawn by "so only today"; "until X, they will resume on Y"
    ("Hi, Ola was sick in the night. First I think to keep her home for the rest of the week but she look better now, "
     "so only today. Tomorrow she will come.", kids("Ola"), "2026-11-25 06:40",
     {"P1": ("illness", "I", full("11-25"))}),
    ("My father passed away in Kano, we are travelling on Monday for the burial. Ada will be away from 30 November "
     "until 4 December, she will resume on Monday 7th.", kids("Ada"), "2026-11-26 07:00",
     {"P1": ("exceptional", "C", full("11-30", "12-01", "12-02", "12-03", "12-04"))}),
    # what happened on a weekend or earlier: not days off
    ("Hello, Andrei fell in the park today and hurt his arm, we were in A&E 4 hours. He won't be in school.",
     kids("Andrei"), "2026-11-28 14:20", {"P1": ("illness", "I", full("11-30"))}),
    ("Chidi sprained his ankle at football on Saturday, he cannot walk well, he will stay home for 2 days.",
     kids("Chidi"), "2026-12-07 08:15", {"P1": ("illness", "I", full("12-07", "12-08"))}),
    ("Good morning, we arrived back from Accra at 5am, the flight was delayed 9 hours. The children are very tired so "
     "they will rest today.", kids("Kofi", "Ama"), "2026-12-08 07:30",
     {"P1": ("unsatisfactory", "O", full("12-08")), "P2": ("unsatisfactory", "O", full("12-08"))}),
    ("Emre went to bed very late because we came back from the airport at 2 in the night, he is too tired so I let "
     "him sleep today.", kids("Emre"), "2026-11-26 08:15", {"P1": ("unsatisfactory", "O", full("11-26"))}),
    # a town is not a child; the whole week; the emergency and its hospital words
    ("Good morning, Hira has appointment in Great Ormond Street at 11am today, London is 2 hours drive, so she will be "
     "absent all day.", kids("Hira"), "2026-12-11 07:20", {"P1": ("medical", "M", full("12-11"))}),
    ("Hi, Daria has pneumonia, doctor says no school this week.", kids("Daria"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
    ("Good morning, my husband had a car accident last night and he is in hospital, I am with him now. Rana and Omar "
     "will not be in school today.", kids("Rana", "Omar"), "2026-12-03 08:00",
     {"P1": ("exceptional", "C", full("12-03")), "P2": ("exceptional", "C", full("12-03"))}),
    ("I must take Ioana from school at 12, my husband is going in ambulance to hospital, chest pain. I am sorry.",
     kids("Ioana"), "2026-12-08 10:30", {"P1": ("exceptional", "C", ["12-08 PM"])}),
    # the road closed, in after lunch
    ("Our street is closed by police, there was big accident, I can't get out with the car. I will bring Darius in the "
     "afternoon.", kids("Darius"), "2026-11-24 08:50", {"P1": ("transport", "O", ["11-24 AM"])}),
    # the event days with "both days"; a correction moved to today; the last day before a trip
    ("Nadia will be absent on Thursday 3rd as we're attending my sister's mehndi, and the wedding itself is on Friday "
     "4th, so she'll be off both days.", kids("Nadia"), "2026-11-28 10:00",
     {"P1": ("family_event", "O", full("12-03", "12-04"))}),
    ("Yesterday I said Luca will be off on Friday for the dentist, but they moved the appointment to today at 11. So "
     "he misses this morning and I bring him back for the afternoon. Friday he comes normal.", kids("Luca"),
     "2026-12-10 07:30", {"P1": ("medical", "M", ["12-10 AM"])}),
    ("We're heading to Barbados for Christmas to see family. Kai's last day will be Friday 11th and he'll be back "
     "after the holidays.", kids("Kai"), "2026-12-04 07:10",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # a bus broken down and the morning missed; a recovery truck is not a recovery from illness
    ("Bus has broken down on the way in and nothing's coming for 2 hours so Kasia will miss the morning, I'll get her "
     "in for the afternoon.", kids("Kasia"), "2026-12-02 08:30", {"P1": ("transport", "O", ["12-02 AM"])}),
    ("Our car's broken down and we're waiting on recovery, Tobi won't be making it in this morning. I'll try and get "
     "him in after lunch.", kids("Tobi"), "2026-12-16 08:20", {"P1": ("transport", "O", ["12-16 AM"])}),
    ("Hi Ms Lee, Rory has the orthodontist at quarter past nine, I'll have him back to school for about half ten.",
     kids("Rory"), "2026-12-04 07:55", {"P1": ("medical", "M", ["12-04 AM"])}),
    ("Neither of my two will be in today, sorry", kids("Marcus", "Kezia"), "2026-12-07 07:20",
     {"P1": ("unknown", "N", full("12-07")), "P2": ("unknown", "N", full("12-07"))}),
    # more voices: "pass away", "have accident", "sleep too long", "in traffic ... 9.20 exactly", "little late"
    ("Salaam. Ayaan and Sagal not coming school today, their grandfather pass away last night, we go to janaza.",
     kids("Ayaan", "Sagal"), "2026-11-25 07:10",
     {"P1": ("exceptional", "C", full("11-25")), "P2": ("exceptional", "C", full("11-25"))}),
    ("Dear teacher, my husband have accident at work this morning and I must go to hospital now. Nobody can take "
     "Wei to school today.", kids("Wei"), "2026-11-25 07:30", {"P1": ("exceptional", "C", full("11-25"))}),
    ("Sorry, we all sleep too long, alarm not work. Rokas will not come today, he will be tomorrow.", kids("Rokas"),
     "2026-12-04 08:50", {"P1": ("unsatisfactory", "O", full("12-04"))}),
    ("Hello, Andrei is in traffic with his father, they will be at school 9.15 exactly. Sorry!!", kids("Andrei"),
     "2026-12-01 08:50", {"P1": ("late", "L", ["12-01 AM"])}),
    ("Femi has a running stomach so she will stay home today. Her brother Tunde will come to school but little late "
     "as I must take Femi to the pharmacy first, he will be there before 9.15.", kids("Femi", "Tunde"),
     "2026-11-30 07:30", {"P1": ("illness", "I", full("11-30")), "P2": ("late", "L", ["11-30 AM"])}),
    ("Good morning, Priya will be slightly late today as we have to drop her grandmother at the hospital first. She "
     "will reach school before 9.15.", kids("Priya"), "2026-12-07 07:30", {"P1": ("late", "L", ["12-07 AM"])}),
    ("Good morning! Taras will be late about 20 minutes, the bus is slow.", kids("Taras"), "2026-12-14 08:45",
     {"P1": ("late", "L", ["12-14 AM"])}),
    # days: "tell you tomorrow", "need 3 days at home", "day after tomorrow", "today he come back home", "Children"
    ("Hello teacher, Mei has cough and little fever, today she not come school. I will tell you tomorrow if she ok.",
     kids("Mei"), "2026-12-01 07:30", {"P1": ("illness", "I", full("12-01"))}),
    ("Hello teacher, Elif has tonsillitis. Doctor give antibiotic and say she need 3 days at home. Today is first day.",
     kids("Elif"), "2026-12-03 07:30", {"P1": ("illness", "I", full("12-03", "12-04", "12-07"))}),
    ("Kindly note that my son Hamza will be on leave day after tomorrow as we have to attend the nikah of my cousin.",
     kids("Hamza"), "2026-11-23 07:30", {"P1": ("family_event", "O", full("11-25"))}),
    ("Good evening, my son Tayo went to school on Monday but today he come back home and his body is very hot. He will "
     "not be coming to school tomorrow.", kids("Tayo"), "2026-12-15 19:30", {"P1": ("illness", "I", full("12-16"))}),
    ("Good day! We visit grandparents in Poland for Christmas. Children will not be in school from 16 December.",
     kids("Ivan", "Olena"), "2026-12-01 19:00", {"P1": ("holiday", "G", full("12-16", "12-17", "12-18")),
                                                  "P2": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
    ("Good evening, Artem fall in the playground on Monday and today evening his arm is very swollen. He stay home "
     "tomorrow and Friday.", kids("Artem"), "2026-12-09 21:00", {"P1": ("illness", "I", full("12-10", "12-11"))}),
    ("Matilde fell from the trampoline on Saturday and has her leg in plaster. She will be home for a while, the "
     "doctor will see her again next week.", kids("Matilde"), "2026-11-30 07:30",
     {"P1": ("illness", "I", full("11-30"))}),
    # collections: "I pick him after lunch 12.30", "I will take him at 11.30"
    ("Natalia go to school but I pick her after lunch 12.30 because she have vaccination in GP at 1.15.",
     kids("Natalia"), "2026-12-03 07:30", {"P1": ("medical", "M", ["12-03 PM"])}),
    ("Good morning madam, I will take Zayd at 11.30 today for the mosque, our imam passed away and his janaza is at "
     "12.30. He will not come back after.", kids("Zayd"), "2026-12-01 07:30",
     {"P1": ("exceptional", "C", ["12-01 PM"])}),
    ("Rohan was sick in the night so he's staying home. I've got to take Anika to the orthodontist at 10:15 anyway, "
     "she'll come in after that.", kids("Rohan", "Anika"), "2026-11-24 07:00",
     {"P1": ("illness", "I", full("11-24")), "P2": ("medical", "M", ["11-24 AM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_recorded(text: str, children: list[Child], when: str, expected: dict[str, object]) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), [
    # lost property, asked as a question
    ("Good morning, Lena forgot her reading book in class on Friday, can she please take it home today? thank you",
     kids("Lena"), "2026-11-24 08:10", "forward"),
    # a trip whose dates are not fixed
    ("Please note that Bisi will be travelling to Nigeria with her father for one week in December, I will confirm the "
     "date when the ticket is booked.", kids("Bisi"), "2026-11-23 20:00", "clarify"),
])
def test_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
