"""Batch m21, Polish, Romanian, Lithuanian and Ukrainian: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids, parse
from understanding.types import Child

POLISH = [
    # "koło wpół do jedenastej": around half past ten, after the register closes
    ("Zaspaliśmy, Kuba dotrze do szkoły koło wpół do jedenastej.", kids("Jakub"), "2026-12-02 08:40",
     {"P1": ("late", "U", ["12-02 AM"])}),
    # "o dziewiątej": at nine o'clock, then in after the dentist
    ("Antek ma wizytę u dentysty o dziewiątej, potem przyjdzie do szkoły.", kids("Antoni"), "2026-12-02 07:40",
     {"P1": ("medical", "M", ["12-02 AM"])}),
    # "jeśli jutro poczuje się lepiej, przyjdzie": a condition on tomorrow, not a day off
    ("Zosia ma gorączkę, dziś zostaje w domu. Jeśli jutro poczuje się lepiej, przyjdzie.", kids("Zofia"),
     "2026-12-01 07:30", {"P1": ("illness", "I", full("12-01"))}),
    # "spróbujemy jutro jeszcze raz": we will try again tomorrow (the day of return)
    ("Ola ma dziś bardzo silną migrenę, nie pójdzie do szkoły. Spróbujemy jutro jeszcze raz.", kids("Aleksandra"),
     "2026-12-01 07:30", {"P1": ("illness", "I", full("12-01"))}),
    # "młodsza córeczka jest chora": the younger sister is ill, the pupil kept home
    ("Młodsza córeczka jest chora, a ja jestem sama, więc Lena dziś nie przyjdzie do szkoły.", kids("Lena"),
     "2026-12-01 07:30", {"P1": ("unsatisfactory", "O", full("12-01"))}),
    # "wyjeżdżamy wcześnie rano i wrócimy wieczorem": there and back on the day of the appointment, not a holiday
    ("Maja ma w piątek badanie w szpitalu w Londynie, wyjeżdżamy wcześnie rano i wrócimy wieczorem, nie będzie jej "
     "cały dzień.", kids("Maja"), "2026-12-01 07:30", {"P1": ("medical", "M", full("12-04"))}),
    # "do końca semestru": until the end of term
    ("Wyjeżdżamy do Polski wcześniej, Igor nie będzie w szkole od 14 grudnia do końca semestru.", kids("Igor"),
     "2026-12-01 19:30", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
]

ROMANIAN = [
    # "a luat varicelă de la sora ei": caught it from her sister (the illness is hers)
    ("Ioana a luat varicelă de la sora ei mai mică, stă acasă până vineri.", kids("Ioana"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09", "12-10"))}),
    # "boala mână-gură-picior": hand, foot and mouth disease
    ("Matei are boala mână-gură-picior, revine luni.", kids("Matei"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09", "12-10", "12-11"))}),
    # "scarlatină", "medicul a spus să stea acasă": scarlet fever, the doctor said to stay home
    ("Ana are scarlatină, medicul a spus să stea acasă trei zile.", kids("Ana"), "2026-12-07 07:30",
     {"P1": ("illness", "I", full("12-07", "12-08", "12-09"))}),
    # "drumurile din zonă sunt blocate": the roads are closed (not the school)
    ("Drumurile din zonă sunt blocate de zăpadă, Mihai nu poate veni azi la școală.", kids("Mihai"),
     "2026-12-07 07:30", {"P1": ("transport", "O", full("12-07"))}),
    # "au dus-o cu salvarea la spital": a relative taken to hospital by ambulance
    ("Bunica a căzut și au dus-o cu salvarea la spital, suntem cu ea. Radu nu vine azi.", kids("Radu"),
     "2026-12-07 07:30", {"P1": ("exceptional", "C", full("12-07"))}),
    # "lipsește": is absent
    ("Bianca lipsește mâine.", kids("Bianca"), "2026-12-07 07:30", {"P1": ("unknown", "N", full("12-08"))}),
    # "o iau pe Irina la 13:00", "să fie gata la secretariat": collected before the afternoon register
    ("O iau pe Irina azi la 13:00, vă rog să fie gata la secretariat.", kids("Irina"), "2026-12-07 07:30",
     {"P1": ("unknown", "N", ["12-07 PM"])}),
    # "a făcut o criză", "ajungem pe la 9:45": a tantrum, there at 9:45
    ("Luca a făcut o criză dimineață, ajungem pe la 9:45.", kids("Luca"), "2026-12-07 08:40",
     {"P1": ("late", "U", ["12-07 AM"])}),
    # "ne întoarcem după sărbători": back after the holidays
    ("Plecăm cu avionul în Spania pe 16 decembrie și ne întoarcem după sărbători, Maria va lipsi.", kids("Maria"),
     "2026-12-07 19:30", {"P1": ("holiday", "G", full("12-16", "12-17", "12-18"))}),
]

LITHUANIAN = [
    # "smegenų sukrėtimas per treniruotę", "liepė ilsėtis": a concussion at training, told to rest
    ("Jonas gavo smegenų sukrėtimą per futbolo treniruotę, gydytojas liepė ilsėtis, šiandien neis į mokyklą.",
     kids("Jonas"), "2026-12-07 07:30", {"P1": ("illness", "I", full("12-07"))}),
    # "sprogo vamzdis ir apsemta virtuvė": a burst pipe flooded the kitchen
    ("Vakar vakare sprogo vamzdis ir apsemta virtuvė, laukiame avarinės tarnybos. Ema šiandien neateis.", kids("Ema"),
     "2026-12-07 07:30", {"P1": ("exceptional", "C", full("12-07"))}),
    # "Nekaltojo Prasidėjimo iškilmė", "ryte eisime į Mišias": a holy day, Mass in the morning, in after lunch
    ("Rytoj Nekaltojo Prasidėjimo iškilmė, ryte eisime į Mišias, Lukas ateis į mokyklą po pietų.", kids("Lukas"),
     "2026-12-07 19:30", {"P1": ("religious", "R", ["12-08 AM"])}),
    # "laikys stojamąjį egzaminą kitoje mokykloje", "tą dieną jos nebus": an entrance exam elsewhere
    ("Gruodžio 3 d. Austėja laikys stojamąjį egzaminą kitoje mokykloje, todėl tą dieną jos nebus.", kids("Austėja"),
     "2026-11-30 07:30", {"P1": ("interview", "J1", full("12-03"))}),
]

UKRAINIAN = [
    # a date written day.month after the verb: "не прийде 3.12"
    ("Марко не прийде 3.12, у нас запис до стоматолога.", kids("Marko"), "2026-11-30 07:30",
     {"P1": ("medical", "M", full("12-03"))}),
    # "будуть відсутні з вівторка по четвер, у п'ятницю повернуться": absent Tuesday to Thursday, back Friday
    ("Ліза і Марта будуть відсутні з вівторка по четвер, у п'ятницю повернуться до школи. У нас похорон.",
     kids("Yelyzaveta", "Marta"), "2026-11-30 19:30",
     {"P1": ("exceptional", "C", full("12-01", "12-02", "12-03")),
      "P2": ("exceptional", "C", full("12-01", "12-02", "12-03"))}),
    # "просимо дозволу забрати раніше на канікули", "останній день у школі": leave before the holidays
    ("Просимо дозволу забрати Марту раніше на різдвяні канікули: 17.12 летимо до Києва. Останній день у школі в неї "
     "буде 16.12.", kids("Marta"), "2026-12-01 19:30", {"P1": ("holiday", "G", full("12-17", "12-18"))}),
    # "просить завтра вихідний": a day off asked for
    ("Тарас просить завтра вихідний, хай відпочине після контрольних.", kids("Taras"), "2026-12-01 19:30",
     {"P1": ("unsatisfactory", "O", full("12-02"))}),
    # "застрягли", "відмінили всі поїзди через ураган": stuck, the trains cancelled by a storm
    ("Застрягли в Манчестері, відмінили всі поїзди через ураган. Софія сьогодні не буде в школі.", kids("Sofiia"),
     "2026-12-01 07:30", {"P1": ("transport", "O", full("12-01"))}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), [*POLISH, *ROMANIAN, *LITHUANIAN, *UKRAINIAN])
def test_m21_pl_ro_lt_uk_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when"), [
    # pl: "opuści jeden dzień przed świętami, nie wiem jeszcze kiedy": one day, which not yet known
    ("Kasia opuści jeden dzień przed świętami, bo mamy wizytę w konsulacie, nie wiem jeszcze kiedy.",
     kids("Katarzyna"), "2026-12-01 19:30"),
    # ro: "n-am cumpărat încă biletele, vă anunț datele exacte": the dates are to follow
    ("În februarie o să plecăm cu Eva cu două zile mai devreme în Italia, n-am cumpărat încă biletele, vă anunț "
     "datele exacte.", kids("Eva"), "2026-12-07 19:30"),
    # uk: "31.04" is a date that does not exist
    ("Марко не прийде до школи 31.04, у нас запис до стоматолога.", kids("Marko"), "2026-11-30 07:30"),
])
def test_m21_undetermined_day_is_asked(text: str, children: list[Child], when: str) -> None:
    assert parse(text, children, when).action == "clarify"


def test_m21_lt_forgotten_kit_is_forwarded() -> None:
    # "prašau pasakyti mokytojui, kad neturi sportinės formos": a message for the teacher, not an absence
    result = parse("Prašau pasakyti mokytojui, kad Tomas šiandien neturi sportinės formos, pamiršo namie.",
                   kids("Tomas"), "2026-12-07 08:30")
    assert result.action == "forward", result.explanation
