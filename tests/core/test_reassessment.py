"""Starting next year's assessment from last year's: what is carried, what is cleared, what is recorded."""

from __future__ import annotations

import datetime as dt

from assessor.core.assessment import ActionStatus, Answer, Assessment, file_bytes, fingerprint
from assessor.core.demo import make_demo
from assessor.core.forms.installed import load_default_pack
from assessor.core.reassessment import start_reassessment
from assessor.core.scoring import triage_of
from assessor.core.storage import loads_assessment
from assessor.core.tiers import Tier

PACK = load_default_pack()


def previous_assessment() -> Assessment:
    a = make_demo(Tier.HIGH)
    qids = list(a.answers)
    a.answers[qids[0]].flagged = True
    a.answers[qids[0]].answered_at = "2025-01-02T03:04:05Z"
    a.answers[qids[1]] = Answer(na=True, na_justification="No such activity", notes="kept")
    statuses = [ActionStatus.DONE, ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.WONT_DO]
    for action, status in zip(a.actions, statuses * len(a.actions), strict=False):
        action.status = status
    return a


def test_everything_worth_keeping_is_carried_forward() -> None:
    old = previous_assessment()
    new = start_reassessment(old, report_id="G4SA-20251101-ABCDEF12", fingerprint=fingerprint(old), date="2025-11-01")
    assert new.id != old.id
    assert new.institution == old.institution
    assert new.scope == old.scope
    assert new.assessors == old.assessors
    assert new.triage == old.triage
    assert new.form_pack == old.form_pack
    assert set(new.answers) == set(old.answers)
    for qid, answer in old.answers.items():
        carried = new.answers[qid]
        assert (carried.level, carried.na, carried.na_justification) == (
            answer.level,
            answer.na,
            answer.na_justification,
        )
        assert carried.notes == answer.notes
        assert carried.evidence == answer.evidence
        assert carried.flagged is False
        assert carried.answered_at == ""
    assert triage_of(PACK, new).tier == triage_of(PACK, old).tier


def test_the_new_one_is_created_now_and_does_not_share_objects() -> None:
    old = previous_assessment()
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    new = start_reassessment(old, report_id="R", fingerprint="f" * 64, date="2025-11-01")
    created = dt.datetime.fromisoformat(new.created.replace("Z", "+00:00"))
    assert created >= before
    qid = next(iter(old.answers))
    new.answers[qid].notes = "edited this year"
    new.scope.activities.append("new activity")
    assert old.answers[qid].notes != "edited this year"
    assert "new activity" not in old.scope.activities


def test_previous_report_is_recorded_with_tier_and_levels() -> None:
    old = previous_assessment()
    fp = fingerprint(old)
    new = start_reassessment(old, report_id="G4SA-20251101-ABCDEF12", fingerprint=fp, date="2025-11-01")
    prev = new.previous
    assert prev is not None
    assert (prev.report_id, prev.fingerprint, prev.date) == ("G4SA-20251101-ABCDEF12", fp, "2025-11-01")
    assert prev.tier is Tier.HIGH
    assert prev.answers == old.answer_levels()
    na_qid = list(old.answers)[1]
    assert prev.answers[na_qid] is None  # N/A has no level


def test_only_unfinished_actions_are_carried() -> None:
    old = previous_assessment()
    new = start_reassessment(old, report_id="R", fingerprint="f" * 64, date="2025-11-01")
    assert old.actions, "the demo has actions"
    assert [a.id for a in new.actions] == [a.id for a in old.actions if a.status is not ActionStatus.DONE]
    assert all(a.status is not ActionStatus.DONE for a in new.actions)


def test_the_result_is_a_valid_file() -> None:
    old = previous_assessment()
    new = start_reassessment(old, report_id="R", fingerprint="f" * 64, date="2025-11-01", pack=PACK)
    again = loads_assessment(file_bytes(new))
    assert fingerprint(again) == fingerprint(new)
    assert fingerprint(new) != fingerprint(old)
