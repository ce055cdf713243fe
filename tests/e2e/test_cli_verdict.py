"""The verdict on the command line: validate (--json), and the report date that cannot precede the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assessor.cli import main
from assessor.core.demo import make_demo
from assessor.core.forms.installed import load_default_pack
from assessor.core.scoring import score
from assessor.core.storage import save_assessment
from assessor.core.tiers import Tier
from assessor.core.verdict import verdict_of


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def _demo(tmp_path: Path, tier: Tier = Tier.HIGH, *, keep: int | None = None) -> Path:
    a = make_demo(tier)
    if keep is not None:
        for qid in list(a.answers)[keep:]:
            del a.answers[qid]
    path = tmp_path / f"{tier.value}-{keep}.g4sa"
    save_assessment(a, path, backup=False)
    return path


def test_validate_json_gives_the_verdict_of_the_high_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["validate", str(_demo(tmp_path)), "--json"], capsys)
    data = json.loads(out)
    assert code == 0 and data["tier"] == "high"
    verdict = data["verdict"]
    assert verdict["overall"] == "does-not-meet"
    expected = verdict_of(score(load_default_pack(), make_demo(Tier.HIGH)))
    assert verdict["critical_gaps"] == expected.critical_gaps > 0
    assert verdict["unanswered"] == 0 and verdict["provisional_tier"] is False
    assert verdict["gaps"] >= verdict["critical_gaps"]
    assert set(verdict) == {"overall", "critical_gaps", "gaps", "unanswered", "provisional_tier"}


def test_validate_an_incomplete_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _demo(tmp_path, keep=9)
    code, out, _ = run(["validate", str(path), "--json"], capsys)
    verdict = json.loads(out)["verdict"]
    assert code == 0 and verdict["overall"] == "incomplete" and verdict["unanswered"] > 100
    code, out, _ = run(["validate", str(path)], capsys)
    assert code == 0
    assert f"verdict: Incomplete: {verdict['unanswered']} of " in out
    for band in ("Strong", "Adequate", "Needs improvement", "Weak"):
        assert band not in out


def test_validate_says_when_the_tier_is_provisional(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = make_demo(Tier.LOW)
    del a.triage["F12"]
    path = tmp_path / "provisional.g4sa"
    save_assessment(a, path, backup=False)
    assert json.loads(run(["validate", str(path), "--json"], capsys)[1])["verdict"]["provisional_tier"] is True
    assert "(provisional: not every risk factor is answered)" in run(["validate", str(path)], capsys)[1]


def test_report_date_before_the_last_change_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _demo(tmp_path)  # the High demo was last saved on 2026-06-30
    out = tmp_path / "r.pdf"
    code, _, err = run(["report", str(path), "-o", str(out), "--date", "2026-01-15"], capsys)
    assert code == 2 and err.count("\n") == 1
    assert "2026-01-15" in err and "2026-06-30" in err and "last change" in err and str(path) in err
    assert not out.exists()
    assert run(["report", str(path), "-o", str(out), "--date", "2026-06-30"], capsys)[0] == 0


def test_report_date_before_the_period_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = make_demo(Tier.LOW)
    a.modified = "2024-01-01T09:00:00Z"
    for answer in a.answers.values():
        answer.answered_at = ""
    path = tmp_path / "early.g4sa"
    save_assessment(a, path, backup=False)
    start = a.scope.period_start
    code, _, err = run(["report", str(path), "-o", str(tmp_path / "r.pdf"), "--date", "2024-06-01"], capsys)
    assert code == 2 and err.count("\n") == 1
    assert "2024-06-01" in err and start in err and "start of the assessment period" in err
