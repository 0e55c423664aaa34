"""Phrasings from the plain batches at the end of the nineteenth round: arrivals in everyday words ("in when she's
up", "running him in", "at the school gate by 10"), returns ("bring her in for this afternoon", "back in as normal",
"the earliest he'll be back is"), departures on a weekend, trips to family, treats and days out, changed plans, and
the days that do not count ("scrap tomorrow", "no need for her to leave early")."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # arrivals
    ("soz amber still in bed, she'll be in when she's up n dressed", kids("Amber"), "2026-11-25 09:25",
     {"P1": ("late", "U", ["11-25 AM"])}),
    ("ryan missed the 8.15 bus, his mum's running him in now, 20 mins max", kids("Ryan"), "2026-12-10 08:40",
     {"P1": ("late", "L", ["12-10 AM"])}),
    ("Apologies, Nina has had a dreadful morning and we've only just left. I'll have her at the school gate by 10.",
     kids("Nina"), "2026-11-30 08:45", {"P1": ("late", "U", ["11-30 AM"])}),
    ("Sorry!!! Alarm didn't go off. Ollie will be in for 10", kids("Ollie"), "2026-12-08 08:40",
     {"P1": ("late", "U", ["12-08 AM"])}),
    ("Sorry, Hana's coming, just parking up now!", kids("Hana"), "2026-12-08 09:10",
     {"P1": ("late", "L", ["12-08 AM"])}),
    ("I was going to keep Isla at home because of her tummy but she's perked up, so I'm bringing her in. We'll be "
     "there by 9.15.", kids("Isla"), "2026-12-11 08:40", {"P1": ("late", "L", ["12-11 AM"])}),
    # returns and collections
    ("Kyra had a temperature when she woke up so I've kept her home, but it's come down so I'll bring her in for this "
     "afternoon.", kids("Kyra"), "2026-12-01 08:00", {"P1": ("illness", "I", ["12-01 AM"])}),
    ("Reuben's got physio at 1.45 this afternoon. Could he be ready at the office for 12.55 please? He'll be back in "
     "as normal tomorrow.", kids("Reuben"), "2026-12-02 08:00", {"P1": ("medical", "M", ["12-02 PM"])}),
    ("Seb has gastroenteritis, the doctor said 48 hours clear so the earliest he'll be back is Wednesday", kids("Seb"),
     "2026-12-14 07:30", {"P1": ("illness", "I", full("12-14", "12-15"))}),
    ("The office rang to say Theo is feeling really poorly, I'm on my way and will have him out by 12:15.",
     kids("Theo"), "2026-11-24 11:40", {"P1": ("illness", "I", ["11-24 PM"])}),
    ("Aoife has to get her bloods done at 2pm, can she be ready at reception for 1pm please", kids("Aoife"),
     "2026-12-16 08:00", {"P1": ("medical", "M", ["12-16 PM"])}),
    # second thoughts about a day
    ("Bella's got a cough, keeping her in today and tomorrow. Actually scrap tomorrow, she'll be in if she's ok.",
     kids("Bella"), "2026-12-16 07:30", {"P1": ("illness", "I", full("12-16"))}),
    ("jacks going to be late hes been sick in the car, no actually hes not coming at all hes just been sick again",
     kids("Jack"), "2026-12-14 08:40", {"P1": ("illness", "I", full("12-14"))}),
    ("Car won't start in the frost and the bus has gone, so the kids are stuck at home today. I'll try and get them in "
     "tomorrow.", kids("Amy", "Ben"), "2026-12-17 08:30",
     {"P1": ("transport", "O", full("12-17")), "P2": ("transport", "O", full("12-17"))}),
    # trips: leaving on a weekend, family abroad, back after the holidays
    ("Just to let you know we are leaving for Ghana on Saturday and Kofi will return to school on 5th January.",
     kids("Kofi"), "2026-12-10 08:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    ("Hi, Zosia will be off for 3 days from Monday 7th December as we are going to Krakow to visit her babcia.",
     kids("Zosia"), "2026-12-01 08:00", {"P1": ("holiday", "G", full("12-07", "12-08", "12-09"))}),
    ("My father has passed away and we will be travelling to Accra for the funeral. Ama will be away from Monday 14th "
     "December and will be back in school after the Christmas holidays.", kids("Ama"), "2026-12-10 19:00",
     {"P1": ("exceptional", "C", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # reasons: a wedding the child is in, a day out, a shop appointment, a road flooded, a booster, an assessment
    ("Ruby has been asked to be a bridesmaid at my best friend's wedding on Thursday 17th, so she'll need the day off.",
     kids("Ruby"), "2026-12-01 08:00", {"P1": ("family_event", "O", full("12-17"))}),
    ("Nell won't be in tomorrow, we're taking her to the Harry Potter studio tour as an early Christmas present",
     kids("Nell"), "2026-12-10 19:00", {"P1": ("unsatisfactory", "O", full("12-11"))}),
    ("Taking Kayla into town to get her dress altered, it's the only appointment the shop had so she won't be in today",
     kids("Kayla"), "2026-12-14 08:00", {"P1": ("unsatisfactory", "O", full("12-14"))}),
    ("There's flooding on the A road and the police have shut it, I'm turning back, Ravi won't make it in today.",
     kids("Ravi"), "2026-12-15 08:30", {"P1": ("transport", "O", full("12-15"))}),
    ("Tiago has his booster at 11 and he gets really upset with needles, so we'll keep him home for the day.",
     kids("Tiago"), "2026-12-08 07:30", {"P1": ("medical", "M", full("12-08"))}),
    ("Bartek has an assessment at Sir John Lawes's on Thursday 10th. It starts at 9 and finishes at 3 so he'll be "
     "there all day.", kids("Bartek"), "2026-12-03 08:00", {"P1": ("interview", "J1", full("12-10"))}),
    ("The dog got out and I've spent an hour chasing him round the field, so Harley is just going to stay home today.",
     kids("Harley"), "2026-12-02 09:30", {"P1": ("unsatisfactory", "O", full("12-02"))}),
    # a sibling who "started with it too"; another whose appointment is after school; "no way she'll be in"
    ("Amir's still got the temperature so he'll be off today and tomorrow, and now Yasmin has started with it too so "
     "she's off today as well.", kids("Amir", "Yasmin"), "2026-12-02 07:30",
     {"P1": ("illness", "I", full("12-02", "12-03")), "P2": ("illness", "I", full("12-02"))}),
    ("Kai has a dentist appointment at 9am tomorrow and will be in by 10. Mila has hers on Tuesday at 3.45 so no need "
     "for her to leave early.", kids("Kai", "Mila"), "2026-12-13 19:00", {"P1": ("medical", "M", ["12-14 AM"])}),
    ("Zofia has started with the sickness bug this evening, so there's no way she'll be in.", kids("Zofia"),
     "2026-12-16 19:30", {"P1": ("illness", "I", full("12-17"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_recorded(text: str, children: list[Child], when: str, expected: dict[str, object]) -> None:
    assert_recorded(text, children, when, expected)
