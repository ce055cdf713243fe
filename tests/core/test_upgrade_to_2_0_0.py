"""Moving files made against 1.0.0 and 1.1.0 to form pack 2.0.0: merged questions keep the lower answer and
every note, every answer lands on a 2.0.0 question or is listed as retired, each question is listed as new,
changed, merged or retired (issue #13 item 8)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assessor.cli import main
from assessor.core.assessment import Answer, Assessment, Evidence, file_bytes
from assessor.core.carry_forward import merge_answers
from assessor.core.forms.installed import find_pack
from assessor.core.forms.models import FormPack
from assessor.core.scoring import triage_of
from assessor.core.storage import load_assessment
from assessor.core.tiers import Tier
from assessor.core.upgrade import upgrade
from assessor.core.validation import problems


def _pack(version: str) -> FormPack:
    pack = find_pack("ga4gh-framework", version=version)
    assert pack is not None
    return pack


V1, V11, V2 = _pack("1.0.0"), _pack("1.1.0"), _pack("2.0.0")
RELEASED_FILE = Path(__file__).resolve().parents[1] / "data" / "assessments" / "pack-1.0.0-low.g4sa"
SHA_A, SHA_B = "a" * 64, "b" * 64


def test_a_merge_keeps_the_lower_answer_every_note_all_evidence_and_the_flag() -> None:
    merged = merge_answers(
        [
            ("RB-01", Answer(level=3, notes="template in use", evidence=[Evidence(name="t.docx", sha256=SHA_A)])),
            ("RB-02", Answer(level=1, notes="benefits not written down", answered_by="Ana")),
            ("RB-03", Answer(na=True, na_justification="n/a", flagged=True)),
            ("RB-04", Answer(evidence=[Evidence(name="t.docx", sha256=SHA_A), Evidence(name="m.pdf", sha256=SHA_B)])),
        ]
    )
    assert merged.level == 1 and not merged.na and merged.answered_by == "Ana"
    assert merged.notes == "RB-01: template in use\n\nRB-02: benefits not written down"
    assert [e.name for e in merged.evidence] == ["t.docx", "m.pdf"]
    assert merged.flagged


def test_a_merge_is_n_a_only_when_every_answer_was() -> None:
    both = merge_answers([("AD-06", Answer(na=True, na_justification="no catalogue")), ("AC-12", Answer(na=True))])
    assert both.na and both.level is None and both.na_justification == "AD-06: no catalogue"
    assert merge_answers([("EN-01", Answer(na=True)), ("EN-02", Answer(level=2))]).level == 2
    assert not merge_answers([("EN-01", Answer()), ("EN-02", Answer())]).is_answered


def _every_question_answered(pack: FormPack) -> Assessment:
    a = Assessment.model_validate(json.loads(RELEASED_FILE.read_bytes()))
    a.answers = {q.id: Answer(level=i % 5, notes=f"note {q.id}") for i, q in enumerate(pack.questions())}
    return a


def test_every_1_0_0_answer_lands_on_a_2_0_0_question_or_is_listed_as_retired() -> None:
    a = _every_question_answered(V1)
    moved, changes = upgrade(a, V1, V2)
    current = {q.id for q in V2.questions()}
    assert set(moved.answers) <= current
    assert problems(V2, moved) == []
    assert changes.questions_retired == ()  # every retired 1.0.0 question is merged into a 2.0.0 one
    merged = dict(changes.questions_merged)
    assert merged["RB-01"] == ("RB-01", "RB-02", "RB-03", "RB-04", "RB-11")
    assert merged == {
        "RB-01": ("RB-01", "RB-02", "RB-03", "RB-04", "RB-11"),
        "EN-01": ("EN-01", "EN-02"),
        "EN-05": ("EN-05", "RA-11"),
        "RA-05": ("RA-05", "RA-06"),
        "AD-06": ("AD-06", "AC-12"),
    }
    assert moved.answers["RB-01"].level == min(a.answers[q].level or 0 for q in merged["RB-01"])
    assert moved.answers["EN-05"].notes == "EN-05: note EN-05\n\nRA-11: note RA-11"
    assert set(changes.questions_new) == current - {q.id for q in V1.questions()}
    assert len(changes.questions_new) == 21
    listed = set(changes.questions_new) | set(changes.questions_changed) | set(merged)
    assert listed | {q.id for q in V2.questions() if q.id not in listed} == current
    assert not set(changes.questions_changed) & set(merged)


def test_1_0_0_to_2_0_0_resets_the_factors_whose_meaning_changed() -> None:
    a = Assessment.model_validate(json.loads(RELEASED_FILE.read_bytes()))
    moved, changes = upgrade(a, V1, V2)
    assert [fid for fid, _ in changes.factors_reset] == ["F1", "F3", "F4", "F5", "F6", "F7", "F9", "F11", "F12"]
    result = triage_of(V2, moved)
    assert result.provisional and result.tier is Tier.HIGH


def test_1_1_0_to_2_0_0_keeps_the_factors_same_triage() -> None:
    a = _every_question_answered(V11)
    a.triage = {f"F{i}": 0 for i in range(1, 13)} | {"F1": 1, "F4": 1, "F10": 1}
    before = triage_of(V11, a)
    moved, changes = upgrade(a, V11, V2)
    assert changes.factors_reset == () and moved.triage == a.triage
    after = triage_of(V2, moved)
    assert (after.tier, after.provisional) == (before.tier, False) == (Tier.MODERATE, False)
    assert set(moved.answers) <= {q.id for q in V2.questions()}


@pytest.mark.parametrize("via_1_1_0", [False, True])
def test_the_cli_upgrades_released_files_to_2_0_0(
    via_1_1_0: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = RELEASED_FILE
    if via_1_1_0:  # a file made against 1.1.0
        first, _ = upgrade(load_assessment(RELEASED_FILE), V1, V11)
        first.triage = {f"F{i}": 0 for i in range(1, 13)} | {"F4": 1, "F10": 1}
        source = tmp_path / "made-with-1.1.0.g4sa"
        source.write_bytes(file_bytes(first))
    out_file = tmp_path / "new.g4sa"
    assert main(["upgrade", str(source), "-o", str(out_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["to_version"] == "2.0.0" and data["questions_merged"]["RB-01"][0] == "RB-01"
    assert data["provisional"] is not via_1_1_0
    assert data["factors_reset"] == ([] if via_1_1_0 else ["F1", "F3", "F4", "F5", "F6", "F7", "F9", "F11", "F12"])
    moved = load_assessment(out_file)
    old_ids = set(load_assessment(source).answers)
    retired = set(data["questions_retired"])
    landed = set(moved.answers)
    assert landed <= {q.id for q in V2.questions()}
    assert all(V2.retired_questions.get(qid, qid) in landed or qid in retired for qid in old_ids)
    assert main(["validate", str(out_file)]) == 0
    text = capsys.readouterr().out
    assert "2.0.0" in text
