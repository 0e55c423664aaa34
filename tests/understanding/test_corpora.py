"""The labelled dev corpora through the batch interface (`rollcall parse`), scored like score.py."""

from __future__ import annotations

import importlib.util
import io
import json
from pathlib import Path

from understanding.batch import run_batch


def _score_module(eval_dir: Path):  # noqa: ANN202 - a module loaded from the read-only evaluation folder
    spec = importlib.util.spec_from_file_location("eval_score", eval_dir / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(eval_dir: Path, name: str) -> tuple[float, float]:
    score = _score_module(eval_dir)
    gold = score.load(eval_dir / name)
    lines = []
    for item in gold:
        out = {k: v for k, v in item.items() if k not in ("expect", "note")}
        out["school"] = {**score.DEFAULT_SCHOOL, **item.get("school", {})}
        lines.append(json.dumps(out, ensure_ascii=False))
    stdout = io.StringIO()
    run_batch(io.StringIO("\n".join(lines) + "\n"), stdout)
    preds = [json.loads(line) for line in stdout.getvalue().splitlines()]
    assert [p["id"] for p in preds] == [g["id"] for g in gold]  # one line per input, same order
    verdicts = [score.judge(g["expect"], p)[0] for g, p in zip(gold, preds, strict=True)]
    n = len(gold)
    return verdicts.count("correct") / n * 100, verdicts.count("wrong") / n * 100


def test_dev_english_quality_bar(eval_dir: Path) -> None:
    exact, wrong = _run(eval_dir, "dev.jsonl")
    assert exact >= 95.0 and wrong <= 1.0, (exact, wrong)


def test_dev_multilingual_quality_bar(eval_dir: Path) -> None:
    exact, wrong = _run(eval_dir, "dev-ml.jsonl")
    assert exact >= 85.0 and wrong <= 2.0, (exact, wrong)


def test_bad_lines_give_error_objects_in_order() -> None:
    good = {"id": "ok", "text": "Jack won't be in today", "received_at": "2026-11-23T07:30:00+00:00",
            "children": [{"id": "P1", "first_name": "Jack"}], "school": {}}
    lines = ["{not json", json.dumps({"id": "naive", **{k: v for k, v in good.items() if k != "id"},
                                      "received_at": "2026-11-23T07:30:00"}),
             json.dumps({"id": "nochildren", "text": "hi"}), json.dumps(good)]
    stdout = io.StringIO()
    run_batch(io.StringIO("\n".join(lines) + "\n\n"), stdout)
    out = [json.loads(line) for line in stdout.getvalue().splitlines()]
    assert [o["action"] for o in out] == ["error", "error", "error", "record"]
    assert [o["id"] for o in out] == [None, "naive", "nochildren", "ok"]
    assert out[3]["reports"][0]["sessions"] == ["2026-11-23 AM", "2026-11-23 PM"]
