"""Batch m55-m58, Portuguese, Spanish, Somali and Turkish: the vocabulary and phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # so: "abtigood" (their uncle), "aaskiisa" (his funeral): an adult relative, not a child's name
    ("Asc, Abtigood ayaa shalay geeriyooday, aaskiisa waa maanta. Cabdi iyo Nasra maanta dugsiga ma imaan doonaan.",
     kids("Abdi", "Nasra"), "2026-12-01 07:10",
     {"P1": ("exceptional", "C", full("12-01")), "P2": ("exceptional", "C", full("12-01"))}),
    # so: "labada caruurba" (one r): both children
    ("Subax wanaagsan, labada caruurba waxay qabaan qufac iyo qandho, maanta guriga ayay joogayaan.",
     kids("Hodan", "Yusuf"), "2026-12-08 07:20",
     {"P1": ("illness", "I", full("12-08")), "P2": ("illness", "I", full("12-08"))}),
    # so: "11:45 ayaan Warsame ka qaadayaa dugsiga": the child's name before "ka" (collected: PM only)
    ("Asc, 11:45 ayaan Warsame ka qaadayaa dugsiga, wuxuu ballan ku leeyahay dhakhtarka 1:00. Mahadsanid",
     kids("Warsame"), "2026-12-09 07:40", {"P1": ("medical", "M", ["12-09 PM"])}),
    # tr: "saat 12:15'te alacağım": I'll collect her at that time (PM only)
    ("Merhaba, bugün Defne'yi saat 12:15'te alacağım, diş hekimi randevusu var.", kids("Defne"), "2026-12-01 07:50",
     {"P1": ("medical", "M", ["12-01 PM"])}),
    # tr: "muhtemelen hafta sonuna kadar": probably until the weekend (a hedged span counts)
    ("Günaydın, Kerem'in ateşi var, bugün gelmiyor, muhtemelen hafta sonuna kadar evde kalacak.", kids("Kerem"),
     "2026-12-03 07:15", {"P1": ("illness", "I", full("12-03", "12-04"))}),
    # tr: "kız kardeşi dün akşam hastalandı": a sibling ill ("dün akşam" between), the pupil kept home
    ("Günaydın, kız kardeşi dün akşam hastalandı, ateşi var. Ayşe'yi bugün getiremiyorum, kusura bakmayın.",
     kids("Ayşe"), "2026-12-02 07:40", {"P1": ("unsatisfactory", "O", full("12-02"))}),
    # tr: "bacağında çatlak" (a fractured leg), "evde dinlenecek" (will rest at home, a plan)
    ("Merhaba, Burak dün bahçede düştü, bacağında çatlak çıktı. Bu hafta evde dinlenecek.", kids("Burak"),
     "2026-12-07 07:30", {"P1": ("illness", "I", full("12-07", "12-08", "12-09", "12-10", "12-11"))}),
    # tr: "iki çocuğun da": both children
    ("Merhaba hocam, iki çocuğun da midesi bulanıyor ve ateşi var, bugün okula gelmeyecekler.",
     kids("Selin", "Mert"), "2026-12-10 07:20",
     {"P1": ("illness", "I", full("12-10")), "P2": ("illness", "I", full("12-10"))}),
    # pt: "só hoje", "amanhã ele já vai": today only, back tomorrow
    ("Olá, o Gonçalo está com febre, fica em casa só hoje. Amanhã ele já vai.", kids("Gonçalo"), "2026-12-01 07:30",
     {"P1": ("illness", "I", full("12-01"))}),
    # pt: "exame de admissão": an entrance assessment at another school
    ("Bom dia, a Beatriz tem exame de admissão noutra escola na sexta, vai faltar o dia todo.", kids("Beatriz"),
     "2026-12-07 07:30", {"P1": ("interview", "J1", full("12-11"))}),
    # pt: "esta semana": this week (today to Friday)
    ("Bom dia, a Inês está com varicela, fica em casa esta semana.", kids("Inês"), "2026-12-09 07:30",
     {"P1": ("illness", "I", full("12-09", "12-10", "12-11"))}),
    # pt: "vamos viajar para o funeral": travelling for a funeral (not a holiday)
    ("Boa noite, o avô faleceu em Angola e vamos viajar para o funeral. O Rafael falta de segunda a quarta.",
     kids("Rafael"), "2026-12-03 21:00", {"P1": ("exceptional", "C", full("12-07", "12-08", "12-09"))}),
    # pt: "dias 14, 15 e 16": a list of days of the month
    ("Olá, temos um casamento em Lisboa, a Carolina falta dias 14, 15 e 16.", kids("Carolina"), "2026-12-08 07:30",
     {"P1": ("family_event", "O", full("12-14", "12-15", "12-16"))}),
    # pt: "vai ficar uns dias em casa": a few days (a vague end: the first day only)
    ("Olá, o Vasco torceu o tornozelo no futebol e vai ficar uns dias em casa.", kids("Vasco"), "2026-12-02 07:30",
     {"P1": ("illness", "I", full("12-02"))}),
    # pt: "para o Brasil ver os avós", "faltam de segunda 14 a sexta 18", "regressa em janeiro"
    ("Boa tarde, vamos para o Brasil ver os avós. A Sofia e o Leo faltam de segunda 14 a sexta 18 e regressam em "
     "janeiro.", kids("Sofia", "Leo"), "2026-12-09 16:30",
     {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18")),
      "P2": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # pt: "só chega depois das 11h" (in after an appointment), "uns 15 minutos atrasada" (minutes late)
    ("Bom dia, o Miguel tem consulta às 9h e só chega depois das 11h. A Rita vai chegar uns 15 minutos atrasada.",
     kids("Miguel", "Rita"), "2026-12-03 08:35",
     {"P1": ("medical", "M", ["12-03 AM"]), "P2": ("late", "L", ["12-03 AM"])}),
    # es: "la pequeña ... no tengo con quién dejarla": a younger sibling ill, the pupil kept home with them
    ("Buenas, la pequeña ha pasado la noche con tos y fiebre y no tengo con quién dejarla, así que Martina hoy no va "
     "al colegio.", kids("Martina"), "2026-12-02 07:40", {"P1": ("unsatisfactory", "O", full("12-02"))}),
    # es: "toda la semana que viene": all of next week
    ("Hola, nos vamos a México a ver a los abuelos, Diego faltará toda la semana que viene.", kids("Diego"),
     "2026-12-09 20:00", {"P1": ("holiday", "G", full("12-14", "12-15", "12-16", "12-17", "12-18"))}),
    # es: "recogeré a Pablo después de comer": collected at lunchtime (PM only)
    ("Hola, recogeré a Pablo después de comer, tiene cita con el pediatra a las 14:30.", kids("Pablo"),
     "2026-12-10 07:40", {"P1": ("medical", "M", ["12-10 PM"])}),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m55_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)
