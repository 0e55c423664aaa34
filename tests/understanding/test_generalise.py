"""The held-out-style corpus (tests/understanding/data/generalise.jsonl) through `run_batch`, at the quality bar.

The corpus is written independently of the dev corpora: every reason, day and session phrase family, late
arrivals, partial days, child matching, forwards and twelve other languages. Ids starting "ge" are English,
"gm-<lang>" the other languages; "gex<N>-" are later fresh English batches (competing reasons, half days,
several children with different reasons), and "gef-b<N>-" / "gm-<lang>-f[m]<N>-" the fresh batches of the later
rounds (names, days, reasons, lateness, messy texts, several children, dev-like mixes; twelve languages and Arabic in
Latin letters), each scored held-out before any fix was made for it and kept here so that no later change undoes its
fixes. Scored as
score.py does: a record must match pupils, reasons, codes and sessions exactly; a clarify or forward where a record was
wanted is an abstention, anything else is wrong.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path

import pytest

from tests.understanding.conftest import SCHOOL
from understanding.batch import run_batch

CORPUS = Path(__file__).parent / "data" / "generalise.jsonl"


def _reports(reports: list[dict]) -> dict[str, tuple[str, str, frozenset[str]]]:
    return {r["pupil_id"]: (r["reason"], r["code"], frozenset(r["sessions"])) for r in reports or []}


def _verdict(expect: dict, got: dict) -> str:
    if expect["action"] == got["action"]:
        ok = expect["action"] != "record" or _reports(expect["reports"]) == _reports(got["reports"])
        return "correct" if ok else "wrong"
    return "abstain" if expect["action"] == "record" and got["action"] in ("clarify", "forward") else "wrong"


@pytest.fixture(scope="module")
def verdicts() -> dict[str, Counter[str]]:
    gold = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = [json.dumps({**{k: v for k, v in g.items() if k != "expect"}, "school": {**SCHOOL, **g.get("school", {})}},
                        ensure_ascii=False) for g in gold]
    out = io.StringIO()
    run_batch(io.StringIO("\n".join(lines) + "\n"), out)
    preds = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [p["id"] for p in preds] == [g["id"] for g in gold]
    tally: dict[str, Counter[str]] = {"en": Counter(), "other": Counter()}
    for g, p in zip(gold, preds, strict=True):
        tally["en" if g["id"].startswith("ge") else "other"][_verdict(g["expect"], p)] += 1
    return tally


def test_corpus_covers_every_language_and_action(verdicts: dict[str, Counter[str]]) -> None:
    gold = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    languages = Counter(g["id"].split("-")[1][:2] for g in gold if g["id"].startswith("gm-"))
    assert len({g["id"] for g in gold}) == len(gold)
    assert set(languages) == {"pl", "ro", "ur", "pa", "bn", "ar", "pt", "es", "lt", "so", "uk", "tr"}
    assert min(languages.values()) >= 8
    assert {g["expect"]["action"] for g in gold} == {"record", "clarify", "forward"}
    assert sum(verdicts["en"].values()) >= 200


@pytest.mark.parametrize(("group", "min_exact", "max_wrong"), [("en", 95.0, 1.0), ("other", 85.0, 2.0)])
def test_quality_bar(verdicts: dict[str, Counter[str]], group: str, min_exact: float, max_wrong: float) -> None:
    tally = verdicts[group]
    n = sum(tally.values())
    exact, wrong = tally["correct"] / n * 100, tally["wrong"] / n * 100
    assert exact >= min_exact and wrong <= max_wrong, (group, exact, wrong, dict(tally))
