"""The example assessments: valid, complete at their tier, believable, deterministic."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessor.cli import main
from assessor.core.assessment import file_bytes, fingerprint
from assessor.core.demo import make_demo
from assessor.core.forms.installed import load_default_pack
from assessor.core.scoring import questions_in_scope, score
from assessor.core.storage import load_assessment
from assessor.core.tiers import Tier
from assessor.core.validation import problems

PACK = load_default_pack()


@pytest.mark.parametrize("tier", list(Tier))
def test_demo_is_valid_and_complete_at_its_tier(tier: Tier) -> None:
    a = make_demo(tier)
    assert problems(PACK, a) == []
    card = score(PACK, a)
    assert card.tier is tier
    in_scope = {q.id for q in questions_in_scope(PACK, a, tier)}
    assert in_scope and in_scope <= set(a.answers)
    assert all(a.answers[q].is_answered for q in in_scope)
    assert {act.question_id for act in a.actions} == {r.question_id for r in card.gaps()}


@pytest.mark.parametrize("tier", list(Tier))
def test_demo_is_deterministic(tier: Tier) -> None:
    assert file_bytes(make_demo(tier)) == file_bytes(make_demo(tier))


def test_demos_differ_by_institution() -> None:
    names = {make_demo(t).institution.name for t in Tier}
    assert len(names) == 3


def test_demo_command_writes_a_valid_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo.g4sa"
    assert main(["demo", "-o", str(out), "--tier", "moderate"]) == 0
    assert fingerprint(load_assessment(out)) == fingerprint(make_demo(Tier.MODERATE))
    assert main(["demo", "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["demo", "-o", str(out), "--force"]) == 0


def test_demos_answer_pack_2_0_0_where_its_new_questions_apply() -> None:
    assert PACK.version == "2.0.0"
    low, moderate, high = (make_demo(t) for t in (Tier.LOW, Tier.MODERATE, Tier.HIGH))
    assert all(a.form_pack.version == "2.0.0" for a in (low, moderate, high))
    assert {"PR-15", "PR-16", "TR-16", "SU-12", "DQ-15"} <= set(high.answers)  # children, samples
    assert "PR-08" in moderate.answers and "PR-08" not in low.answers  # the DPIA whenever individual-level data go
    assert not {"RB-02", "RA-06", "AC-12"} & (set(low.answers) | set(moderate.answers) | set(high.answers))
    card = score(PACK, high)
    assert card.critical_gaps() and not card.triage.provisional
