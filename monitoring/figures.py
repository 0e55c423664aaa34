"""Attendance figures from register codes: possible sessions, attended, authorised and
unauthorised absence, the percentage, persistent (PA) and severe (SA) absence, and group totals.

Percentages are compared as exact fractions (`attended * 100 < threshold * possible`), so 90.0%
is never read as 89.999...%."""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from functools import lru_cache

from core.policy import MonitoringPolicy
from monitoring.codes import LATE, LATE_AFTER_CLOSE, Family, family


class Band(enum.StrEnum):
    green = "green"
    amber = "amber"
    red = "red"
    none = "none"  # no possible sessions yet


SLOTS = 7  # the fields of Figures, in order
_SLOTS_BY_FAMILY = {Family.present: (0, 1), Family.authorised: (0, 2), Family.unauthorised: (0, 3),
                    Family.not_counted: (4,)}


@lru_cache(maxsize=512)
def slots(code: str) -> tuple[int, ...]:
    """The positions in `Figures.astuple()` that one session of `code` adds to (fast summing)."""
    return (_SLOTS_BY_FAMILY[family(code)] + ((5,) if code == LATE else ())
            + ((6,) if code == LATE_AFTER_CLOSE else ()))


@dataclass(frozen=True, slots=True)
class Figures:
    possible: int = 0
    attended: int = 0
    authorised: int = 0
    unauthorised: int = 0
    not_counted: int = 0
    late: int = 0  # L: late before the register closed (present)
    late_after_close: int = 0  # U: late after the register closed (unauthorised)

    @classmethod
    def from_counts(cls, counts: Mapping[str, int]) -> Figures:
        """Figures from a code -> number of sessions mapping."""
        cells = [0] * SLOTS
        for code, n in counts.items():
            for slot in slots(code):
                cells[slot] += n
        return cls(*cells)

    @classmethod
    def from_codes(cls, codes: Iterable[str]) -> Figures:
        return cls.from_counts(Counter(codes))

    def __add__(self, other: Figures) -> Figures:
        return Figures(*(a + b for a, b in zip(self.astuple(), other.astuple(), strict=True)))

    def astuple(self) -> tuple[int, ...]:
        return (self.possible, self.attended, self.authorised, self.unauthorised, self.not_counted, self.late,
                self.late_after_close)

    @property
    def missed(self) -> int:
        return self.possible - self.attended

    @property
    def percent(self) -> float | None:
        """Attendance as a percentage of possible sessions, None when there were none."""
        return 100.0 * self.attended / self.possible if self.possible else None

    @property
    def missed_percent(self) -> float | None:
        return 100.0 * self.missed / self.possible if self.possible else None

    def below(self, threshold_pct: float) -> bool:
        """Attendance strictly below a percentage (False with no possible sessions)."""
        return self.possible > 0 and self.attended * 100 < threshold_pct * self.possible

    def persistent(self, policy: MonitoringPolicy) -> bool:
        """Persistent absence: at least `persistent_absence_pct` of possible sessions missed."""
        return self.possible > 0 and self.missed * 100 >= policy.persistent_absence_pct * self.possible

    def severe(self, policy: MonitoringPolicy) -> bool:
        return self.possible > 0 and self.missed * 100 >= policy.severe_absence_pct * self.possible

    def band(self, policy: MonitoringPolicy) -> Band:
        if not self.possible:
            return Band.none
        if not self.below(policy.band_green_min):
            return Band.green
        return Band.red if self.below(policy.band_amber_min) else Band.amber

    def as_dict(self) -> dict[str, float | int | None]:
        out: dict[str, float | int | None] = asdict(self)
        out["missed"] = self.missed
        out["percent"] = None if self.percent is None else round(self.percent, 2)
        return out


EMPTY = Figures()


def total(figures: Iterable[Figures]) -> Figures:
    out = EMPTY
    for f in figures:
        out = out + f
    return out


@dataclass(frozen=True, slots=True)
class GroupFigures:
    """A group of pupils: their summed sessions and how many of them are PA or SA."""

    name: str
    figures: Figures
    pupils: int
    persistent: int
    severe: int

    @property
    def persistent_rate(self) -> float | None:
        return 100.0 * self.persistent / self.pupils if self.pupils else None

    @property
    def severe_rate(self) -> float | None:
        return 100.0 * self.severe / self.pupils if self.pupils else None


def group(name: str, members: Iterable[int], per_pupil: Mapping[int, Figures],
          policy: MonitoringPolicy) -> GroupFigures:
    """Totals for the pupils in `members` (pupils with no possible sessions are left out)."""
    figs = [f for pid in members if (f := per_pupil.get(pid, EMPTY)).possible]
    return GroupFigures(name=name, figures=total(figs), pupils=len(figs),
                        persistent=sum(f.persistent(policy) for f in figs), severe=sum(f.severe(policy) for f in figs))


def groups(members: Mapping[str, Iterable[int]], per_pupil: Mapping[int, Figures],
           policy: MonitoringPolicy) -> list[GroupFigures]:
    return [group(name, ids, per_pupil, policy) for name, ids in members.items()]
