"""What an import did: counts per kind of record and the rows it rejected, with their reasons."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

KINDS = ("pupils", "contacts", "links")


@dataclass(frozen=True)
class RowIssue:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass
class ImportReport:
    source: str
    kind: str
    rows: int = 0
    rejected: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # kind -> record key -> "created" | "updated" | "unchanged" (first touch wins, except that a
    # later change turns "unchanged" into "updated")
    outcomes: dict[str, dict[Any, str]] = field(default_factory=lambda: {k: {} for k in KINDS})

    def record(self, kind: str, key: Any, outcome: str) -> None:
        seen = self.outcomes[kind]
        if key not in seen or (seen[key] == "unchanged" and outcome == "updated"):
            seen[key] = outcome

    def counts(self, kind: str) -> dict[str, int]:
        tally = Counter(self.outcomes[kind].values())
        return {o: tally.get(o, 0) for o in ("created", "updated", "unchanged")}

    @property
    def imported(self) -> int:
        return self.rows - len(self.rejected)

    def summary(self, max_issues: int = 100) -> str:
        """Counts, notes, and the first `max_issues` rejected rows and warnings."""
        lines = [f"{self.source} ({self.kind}): {self.rows} rows, {self.imported} imported, "
                 f"{len(self.rejected)} rejected"]
        for kind in KINDS:
            if self.outcomes[kind]:
                c = self.counts(kind)
                lines.append(f"  {kind}: {c['created']} created, {c['updated']} updated, {c['unchanged']} unchanged")
        lines += [f"  note: {n}" for n in self.notes]
        issues = [f"  rejected {issue}" for issue in self.rejected] + [f"  warning {issue}" for issue in self.warnings]
        if len(issues) > max_issues:
            issues = issues[:max_issues] + [f"  ... and {len(issues) - max_issues} more"]
        return "\n".join(lines + issues)

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source, "kind": self.kind, "rows": self.rows, "imported": self.imported,
            **{kind: self.counts(kind) for kind in KINDS},
            "rejected": [{"line": i.line, "reason": i.reason} for i in self.rejected],
            "warnings": [{"line": i.line, "reason": i.reason} for i in self.warnings],
            "notes": list(self.notes),
        }
