"""Batch m126, Portuguese, Spanish, Somali and Turkish: the phrasing its misses showed."""

from __future__ import annotations

import pytest

from tests.understanding.conftest import assert_not_recorded, assert_recorded, full, kids
from understanding.types import Child

RECORDED = [
    # pt: "Olá, preciso de ir buscar a Leonor às 11h45": Portuguese by "olá" and "preciso" (collected before the
    # afternoon register: M for PM only)
    ("Olá, preciso de ir buscar a Leonor às 11h45, tem consulta no oftalmologista às 12h30.", kids("Leonor"),
     "2026-12-10 09:00", {"P1": ("medical", "M", ["12-10 PM"])}),
    # pt (Brazil): "preciso buscar o Davi" without "de"
    ("Olá, preciso buscar o Davi às 12h, ele tem dentista às 12h30.", kids("Davi"), "2026-12-15 10:00",
     {"P1": ("medical", "M", ["12-15 PM"])}),
    # tr: "perşembeye kadar evde kalacak": stays at home until Thursday; "Aras bugün evde": the other child is at home
    # today only (each child's own days)
    ("Günaydın, Deniz ile Aras ateşlendi. Deniz perşembeye kadar evde kalacak, Aras bugün evde, yarın okula gelir.",
     kids("Deniz", "Aras"), "2026-12-14 07:30",
     {"P1": ("illness", "I", full("12-14", "12-15", "12-16")), "P2": ("illness", "I", full("12-14"))}),
    # tr: "cumaya kadar evde dinlenecek": resting at home until Friday; "sadece bugün evde kalacak": today only
    ("İkisi de grip. Deniz cumaya kadar evde dinlenecek, Aras sadece bugün evde kalacak.", kids("Deniz", "Aras"),
     "2026-12-16 07:30", {"P1": ("illness", "I", full("12-16", "12-17")), "P2": ("illness", "I", full("12-16"))}),
    # tr: "11.12'ye kadar evde kalacak": until a date
    ("İkisi de grip. Deniz 11.12'ye kadar evde kalacak, Aras bugün evde.", kids("Deniz", "Aras"), "2026-12-08 07:30",
     {"P1": ("illness", "I", full("12-08", "12-09", "12-10")), "P2": ("illness", "I", full("12-08"))}),
]

NOT_RECORDED: list[tuple[str, list[Child], str, str]] = [
    # pt: "quem vai buscar ... é a avó": still who collects at home time, in a message now read as Portuguese
    ("Olá, preciso avisar que quem vai buscar o Davi à saída é a avó.", kids("Davi"), "2026-12-15 08:00", "forward"),
]


@pytest.mark.parametrize(("text", "children", "when", "expected"), RECORDED)
def test_m126_ibso_recorded(text: str, children: list[Child], when: str, expected: dict) -> None:
    assert_recorded(text, children, when, expected)


@pytest.mark.parametrize(("text", "children", "when", "action"), NOT_RECORDED)
def test_m126_ibso_not_recorded(text: str, children: list[Child], when: str, action: str) -> None:
    assert_not_recorded(text, children, when, action)
