"""Arabic in Latin letters ("Arabizi": digits for the letters Latin lacks, 3 = ع, 7 = ح, 2 = ء)."""

MARKERS = frozenset([
    "salam", "alaykum", "alaikum", "marhaba", "sabah", "el", "5eir", "khair", "kheir", "bukra", "bokra", "el2yom",
    "elyom", "elyoum", "alyoum", "mish", "msh", "mesh", "ma", "rah", "ra7", "3ando", "3anda", "3indo", "3indha",
    "sukhne", "sokhne", "7arara", "7rara", "madrase", "madrasa", "el madrase", "shukran", "shokran", "inshallah",
    "insha2allah", "ibni", "binti", "walad", "wlad", "ba3d", "ba3ed", "yom", "youm", "ya3ni", "3ashan", "la2anno",
])

CANON: tuple[tuple[str, object], ...] = ()
