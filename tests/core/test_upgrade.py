"""Moving an assessment from form pack 1.0.0 to 1.1.0: answers carried, changed factors reset, changes listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessor.core.assessment import Answer, Assessment, FormPackRef, fingerprint
from assessor.core.forms.installed import find_pack
from assessor.core.forms.models import FormPack
from assessor.core.scoring import triage_of
from assessor.core.storage import load_assessment
from assessor.core.tiers import Tier
from assessor.core.upgrade import UpgradeError, changed_factors, upgrade
from assessor.core.validation import pack_for, problems

OLD = find_pack("ga4gh-framework", version="1.0.0")
NEW = find_pack("ga4gh-framework", version="1.1.0")
assert OLD is not None and NEW is not None
RELEASED_FILE = Path(__file__).resolve().parents[1] / "data" / "assessments" / "pack-1.0.0-low.g4sa"


def old_assessment() -> Assessment:
    a = Assessment(form_pack=FormPackRef(id=OLD.id, version=OLD.version, hash=OLD.hash))
    a.triage = {f"F{i}": 1 for i in range(1, 13)} | {"F2": 2, "F9": 2}
    a.answers = {
        "TR-01": Answer(level=3, notes="policy on the intranet"),
        "PR-08": Answer(na=True, na_justification="x"),
    }
    return a


def test_a_file_made_by_the_release_validates_unchanged_with_pack_1_0_0() -> None:
    a = load_assessment(RELEASED_FILE)
    before = fingerprint(a)
    match = pack_for(a)
    assert match.pack.version == "1.0.0" and match.same_revision and match.newer_version == "2.0.0"
    assert problems(match.pack, a) == []
    result = triage_of(match.pack, a)
    assert result.tier is Tier.LOW and not result.provisional  # the old rule, as released
    assert fingerprint(a) == before


def test_upgrade_carries_answers_and_resets_the_factors_whose_levels_changed() -> None:
    a = old_assessment()
    moved, changes = upgrade(a, OLD, NEW)
    assert (moved.form_pack.version, moved.form_pack.hash) == ("1.1.0", NEW.hash)
    assert moved.answers == a.answers and moved.id == a.id
    assert moved.triage == {"F2": 2, "F8": 1, "F10": 1}  # unchanged meaning: kept
    assert [fid for fid, _ in changes.factors_reset] == ["F1", "F3", "F4", "F5", "F6", "F7", "F9", "F11", "F12"]
    assert dict(changes.factors_reset)["F9"] == 2
    result = triage_of(NEW, moved)
    assert result.provisional and result.tier is Tier.HIGH
    assert result.unanswered == ("F1", "F3", "F4", "F5", "F6", "F7", "F9", "F11", "F12")
    assert [(t.tier, t.before, t.after, t.after_essential) for t in changes.targets] == [(Tier.HIGH, 4, 3, 4)]
    assert changes.questions_new == changes.questions_retired == changes.answers_moved == ()
    assert changes.questions_changed == ("TR-09", "TR-11", "EN-11", "PR-07", "RB-12")  # why asked, reworded
    assert a.form_pack.version == "1.0.0" and len(a.triage) == 12  # the original is left as it was
    assert problems(NEW, moved) == []


def test_answering_the_reset_factors_makes_the_tier_final() -> None:
    moved, _ = upgrade(old_assessment(), OLD, NEW)
    moved.triage |= {"F1": 0, "F3": 0, "F4": 1, "F5": 0, "F6": 0, "F7": 0, "F9": 1, "F11": 0, "F12": 0}
    result = triage_of(NEW, moved)
    assert not result.provisional and result.tier is Tier.LOW  # aggregate statistics: total 5, F1 = 0


def test_the_changes_are_listed_in_words() -> None:
    _, changes = upgrade(old_assessment(), OLD, NEW)
    lines = changes.lines(NEW)
    assert lines[0] == "form pack ga4gh-framework: 1.0.0 -> 1.1.0"
    assert "F9 Contact and results (was 2)" in lines[1] and "F2" not in lines[1]
    assert lines[-1] == "target at High: 4 -> 3 (essential questions 4)"


def _with(pack: FormPack, **update: object) -> FormPack:
    return pack.model_copy(update=update)


def test_renamed_retired_and_new_questions_are_listed() -> None:
    renamed_q = NEW.question("TR-01").model_copy(update={"id": "TR-90"})
    elements = list(NEW.elements)
    tr = elements[0]
    elements[0] = tr.model_copy(update={"questions": (renamed_q, *tr.questions[1:-1])})
    newer = _with(NEW, version="1.2.0", elements=tuple(elements), retired_questions={"TR-01": "TR-90"})
    moved, changes = upgrade(old_assessment(), OLD, newer)
    assert changes.answers_moved == (("TR-01", "TR-90"),)
    assert moved.answers["TR-90"].notes == "policy on the intranet" and "TR-01" not in moved.answers
    assert changes.questions_retired == (tr.questions[-1].id,)
    assert changes.questions_new == ()


def test_without_a_list_the_factors_whose_level_texts_differ_are_reset() -> None:
    listed_nothing = _with(NEW, version="1.2.0", triage=NEW.triage.model_copy(update={"factors_changed_since": {}}))
    found = changed_factors(OLD, listed_nothing)
    assert {"F1", "F4", "F7", "F9", "F11", "F12"} <= found
    assert "F10" not in found  # its levels read the same in both versions


def test_only_a_newer_version_of_the_same_pack() -> None:
    with pytest.raises(UpgradeError, match="already the newest"):
        upgrade(old_assessment(), NEW, OLD)
    with pytest.raises(UpgradeError, match="not a version of"):
        upgrade(old_assessment(), OLD, _with(NEW, id="another-pack"))
