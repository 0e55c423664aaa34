"""Relatives' emergencies, the family's holy days, plainer arrivals and returns, and which children "the girls" or
"my children X and Y" leave out."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # kept in hospital overnight after an operation: admitted, so illness
    ("Ruairi is having his adenoids out on Tuesday and they'll keep him in overnight, so he's off Tue and Wed",
     kids("Ruairi"), "2026-11-30 07:30", {"P1": ("illness", "I", full("12-01", "12-02"))}),
    # a great-grandparent "very ill and not expected to last": the family's emergency, not the children's illness
    ("Maeve and Cillian are off until Thursday, we've flown to Cork as their great nan is very ill and not expected"
     " to last", kids("Maeve", "Cillian"), "2026-12-01 07:10",
     {"P1": ("exceptional", "C", full("12-01", "12-02")), "P2": ("exceptional", "C", full("12-01", "12-02"))}),
    # "the childrens", a death and the prayers at the mosque: all three, the bereavement
    ("salam, the childrens not coming tomorrow, my uncle he died last night and we go to the mosque for the prayer",
     kids("Amir", "Huda", "Sami"), "2026-12-02 19:40",
     {"P1": ("exceptional", "C", full("12-03")), "P2": ("exceptional", "C", full("12-03")),
      "P3": ("exceptional", "C", full("12-03"))}),
    # a grandparent's fall: the emergency, not the children's injury
    ("the kids won't be in today, my dad fell over and broke his wrist and I have to take him to hospital",
     kids("Kofi", "Ama"), "2026-12-03 07:45",
     {"P1": ("exceptional", "C", full("12-03")), "P2": ("exceptional", "C", full("12-03"))}),
    # "the girls coming normal" / "the boys go to school": the other children are in
    ("salam, Bilal has chicken pox, he is off until the spots dry. girls coming normal",
     kids("Safa", "Bilal", "Noor"), "2026-12-07 07:20", {"P2": ("illness", "I", full("12-07"))}),
    ("dzien dobry, Zosia has a fever, the boys go to school today", kids("Marek", "Zosia", "Piotr"),
     "2026-12-08 07:15", {"P2": ("illness", "I", full("12-08"))}),
    # "my children X and Y" names two of three
    ("good morning, my children Chidi and Ngozi have fever, they will not come today", kids("Chidi", "Ngozi", "Ada"),
     "2026-12-08 07:05", {"P1": ("illness", "I", full("12-08")), "P2": ("illness", "I", full("12-08"))}),
    # a church holiday is a religious feast day, not a family holiday
    ("Tomorrow is our church holiday of St Michael, Eyob and Ruth will be at church with us all day",
     kids("Eyob", "Ruth"), "2026-11-30 19:00",
     {"P1": ("religious", "R", full("12-01")), "P2": ("religious", "R", full("12-01"))}),
    # "will come 9.50" after a blood test: the morning only
    ("good morning, Hiba will come 10.15, she have the dentist first", kids("Hiba"), "2026-12-01 08:30",
     {"P1": ("medical", "M", ["12-01 AM"])}),
    # words of the parent's own language inside English: bronquitis, mañana, nikkah
    ("Diego has bronquitis, the doctor say stay home today", kids("Diego"), "2026-12-02 07:30",
     {"P1": ("illness", "I", full("12-02"))}),
    ("Yusuf will miss school Friday, we going to my cousin nikkah in Leeds", kids("Yusuf"), "2026-12-01 07:30",
     {"P1": ("family_event", "O", full("12-04"))}),
    ("hi, mañana is the 80th birthday party of their grandad, Lola comes with us", kids("Lola"),
     "2026-12-01 19:30", {"P1": ("family_event", "O", full("12-02"))}),
    # the carer who must stay with the ill child cannot walk the other in
    ("Omar has high temperature, he stay home. I must stay with him so I cannot walk Leila to school, she is home too",
     kids("Leila", "Omar"), "2026-12-03 07:00",
     {"P1": ("unsatisfactory", "O", full("12-03")), "P2": ("illness", "I", full("12-03"))}),
    # sent home from school with a sore head: the afternoon, illness
    ("hello, Tiago fell over in the playground and now his head is hurting, I keep him at home for the afternoon",
     kids("Tiago"), "2026-12-03 11:20", {"P1": ("illness", "I", ["12-03 PM"])}),
    # a name in Arabic script that fits two children's consonants names the one whose y it writes (Yusuf, not Safiya)
    ("يوسف has the dentist at 9am, he come to school after around 10.30", kids("Safiya", "Yusuf"), "2026-11-25 08:05",
     {"P2": ("medical", "M", ["11-25 AM"])}),
    # a hedge of its own: "Maybe 2 days."
    ("Morning, Lena not coming today, she has a bad stomach bug. Probably 2 days.", kids("Lena"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08", "12-09"))}),
    # hoping to be fine for tomorrow's event: today only
    ("Alfie's got a horrible cold, he's staying home today and hopefully he'll be ok for the carol concert tomorrow",
     kids("Alfie"), "2026-12-10 07:30", {"P1": ("illness", "I", full("12-10"))}),
    # at the gate as the register closes: the arrival is the message's time, so L
    ("so sorry, traffic was awful, we're at the school gate now", kids("Theo"), "2026-12-10 09:20",
     {"P1": ("late", "L", ["12-10 AM"])}),
    ("sorry we're late, the bus didn't come. Vlad and Elena are going in now", kids("Vlad", "Elena"),
     "2026-12-02 09:45", {"P1": ("late", "U", ["12-02 AM"]), "P2": ("late", "U", ["12-02 AM"])}),
    # no appointment yet: toothache while waiting for the dentist to call back is illness
    ("Maya is off today with really bad toothache, we're waiting for the dentist to call back", kids("Maya"),
     "2026-11-25 08:30", {"P1": ("illness", "I", full("11-25"))}),
    # worn out after last night's party: the day off is not the party
    ("Finn's staying home today, he's shattered after his uncle's 40th last night, sorry", kids("Finn"),
     "2026-12-17 07:35", {"P1": ("unsatisfactory", "O", full("12-17"))}),
    # "the first day back in January" is the first open day after the holidays
    ("Evie has a hospital appointment on the first day back in January so she'll miss the morning", kids("Evie"),
     "2026-12-17 18:00", {"P1": ("medical", "M", ["01-05 AM"])}),
    # collected now, "from school": the afternoon; "tomorrow as normal" on its own is attendance
    ("i'm collecting Irina from school now, she has a temperature", kids("Irina"), "2026-12-02 11:00",
     {"P1": ("illness", "I", ["12-02 PM"])}),
    ("I will pick up Amelia today at 12:45 for the orthodontist. Tomorrow as normal", kids("Amelia"),
     "2026-12-02 08:10", {"P1": ("medical", "M", ["12-02 PM"])}),
    # "they come tomorrow" after today's absence is the return
    ("good morning, today is our feast day, we go to church with the children. they come tomorrow",
     kids("Ana", "Rui"), "2026-12-08 06:50",
     {"P1": ("religious", "R", full("12-08")), "P2": ("religious", "R", full("12-08"))}),
]

NOT_RECORDED = [
    # doing PE in uniform is a kit note, not a day off
    ("Kai's PE kit is still wet so he'll do PE in his school clothes tomorrow, sorry", kids("Kai"),
     "2026-12-07 20:00", "forward"),
    # two days offered with "not sure which": ask
    ("Ella will miss Monday or Tuesday next week, not sure which yet, I'll let you know", kids("Ella"),
     "2026-12-02 07:30", "clarify"),
    # the hospital will ring with the date: ask which days
    ("Bom dia, Rita needs a small operation, the hospital will phone us with the date, she will miss some days",
     kids("Rita"), "2026-12-02 07:30", "clarify"),
    # "neither of them are going in" after one child's illness and everyone's late night: which reason for whom?
    ("we all overslept and then Ava woke up being sick so neither of them are going in today", kids("Ruby", "Ava"),
     "2026-11-23 09:34", "clarify"),
    # the parent's own day off work, asked about a show
    ("hello, when is the nativity? I want to take a day off from my work to watch it", kids("Kareem"),
     "2026-12-01 15:00", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
