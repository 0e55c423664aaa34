"""A school calendar for 2026-27 used across the monitoring tests."""


from core.calendar import expand_closed

AUTUMN_2026_CLOSED = expand_closed([
    ("2026-09-01", "2026-09-02"),  # INSET before term
    ("2026-10-26", "2026-10-30"),  # autumn half term
    "2026-11-16",  # INSET day: does not end a half term
    ("2026-12-21", "2027-01-01"),  # Christmas
    ("2027-02-15", "2027-02-19"),  # spring half term
])
