"""The verdict rule of PRODUCT.md §4: statuses, the four verdicts, the 80 % boundary, the targets."""

from __future__ import annotations

from typing import Any

import pytest

from assessor.core.assessment import Answer
from assessor.core.demo import make_demo
from assessor.core.forms.installed import find_pack, load_default_pack
from assessor.core.forms.models import FormPack
from assessor.core.scoring import score
from assessor.core.tiers import Tier
from assessor.core.verdict import Status, Verdict, headline, status_of, verdict_of
from tests.report.factories import blank, element, pack_with, question

NA = "na"


def _pack(rows: list[tuple[bool, Any]], *, pack_changes: dict[str, Any] | None = None) -> FormPack:
    qs = [question(f"TR-{i:02d}", essential_from=Tier.LOW if ess else None) for i, (ess, _) in enumerate(rows, 1)]
    pack = pack_with([element("TR", "Transparency", qs)])
    return pack.model_copy(update=pack_changes) if pack_changes else pack


def _card(rows: list[tuple[bool, Any]], tier: Tier = Tier.MODERATE, pack: FormPack | None = None) -> Any:
    """rows: (essential?, answer) with answer a level, None (unanswered) or NA."""
    pack = pack or _pack(rows)
    a = blank(pack, tier)
    for i, (_, value) in enumerate(rows, 1):
        if value == NA:
            a.answers[f"TR-{i:02d}"] = Answer(na=True, na_justification="No such activity here.")
        elif value is not None:
            a.answers[f"TR-{i:02d}"] = Answer(level=value)
    return score(pack, a)


STATUS_CASES = [
    # essential, answer at Moderate (target 3) -> status
    (False, 3, Status.MEETS),
    (False, 4, Status.MEETS),
    (False, 2, Status.GAP),
    (True, 2, Status.CRITICAL_GAP),
    (True, 3, Status.MEETS),
    (False, None, Status.UNANSWERED),
    (True, None, Status.UNANSWERED),
    (True, NA, Status.NA),
]


@pytest.mark.parametrize(("essential", "value", "status"), STATUS_CASES)
def test_status_of_each_question(essential: bool, value: Any, status: Status) -> None:
    card = _card([(essential, value)])
    assert status_of(card.questions["TR-01"]) is status


VERDICT_CASES: list[tuple[str, list[tuple[bool, Any]], Verdict]] = [
    ("all at target", [(True, 3), (False, 3), (False, 4)], Verdict.MEETS),
    ("one unanswered, rest perfect", [(False, 4), (False, 4), (False, None)], Verdict.INCOMPLETE),
    ("unanswered wins over a critical gap", [(True, 0), (False, None)], Verdict.INCOMPLETE),
    ("a critical gap", [(True, 2)] + [(False, 4)] * 9, Verdict.DOES_NOT_MEET),
    ("a plain gap in five: 80 % meets", [(False, 2)] + [(False, 3)] * 4, Verdict.MEETS),
    ("two gaps in nine: 77.8 % partly", [(False, 2)] * 2 + [(False, 3)] * 7, Verdict.PARTLY_MEETS),
    ("two gaps in ten: exactly 80 % meets", [(False, 1)] * 2 + [(False, 3)] * 8, Verdict.MEETS),
    ("N/A left out of the share", [(False, 2), (False, 3), (False, 3), (False, 3), (False, NA)], Verdict.PARTLY_MEETS),
    ("essential N/A is no gap", [(True, NA), (False, 3)], Verdict.MEETS),
    ("all N/A: nothing below target", [(False, NA)], Verdict.MEETS),
]


@pytest.mark.parametrize(("case", "rows", "verdict"), VERDICT_CASES, ids=[c[0] for c in VERDICT_CASES])
def test_verdict(case: str, rows: list[tuple[bool, Any]], verdict: Verdict) -> None:
    v = verdict_of(_card(rows))
    assert v.verdict is verdict
    assert v.elements[0].verdict is verdict


def test_overall_is_the_worst_element_with_its_counts() -> None:
    pack = pack_with(
        [
            element("TR", "Transparency", [question("TR-01"), question("TR-02", essential_from=Tier.LOW)]),
            element("AC", "Accountability", [question("AC-01"), question("AC-02")], order=2),
            element("EN", "Engagement", [question("EN-01", essential_from=Tier.LOW)], order=3),
        ]
    )
    a = blank(pack, Tier.MODERATE)
    for qid, level in {"TR-01": 3, "TR-02": 1, "AC-01": 3, "AC-02": 1, "EN-01": 0}.items():
        a.answers[qid] = Answer(level=level)
    v = verdict_of(score(pack, a))
    assert [e.verdict for e in v.elements] == [Verdict.DOES_NOT_MEET, Verdict.PARTLY_MEETS, Verdict.DOES_NOT_MEET]
    assert v.verdict is Verdict.DOES_NOT_MEET
    assert (v.critical_gaps, v.gaps, v.unanswered, v.elements_with_critical_gaps) == (2, 3, 0, 2)
    assert headline(v, "Moderate") == "Does not meet the Moderate target: 2 critical gaps in 2 elements"
    # every element at or above 80 % but one: the overall share (80 %) would meet, the worst element does not
    a.answers["TR-02"] = Answer(level=3)
    a.answers["EN-01"] = Answer(level=3)
    a.answers["AC-02"] = Answer(level=2)
    v = verdict_of(score(pack, a))
    assert v.share == pytest.approx(80.0)
    assert v.verdict is Verdict.PARTLY_MEETS


def test_unanswered_counts_zero_in_the_score_and_as_a_gap_critical_when_essential() -> None:
    card = _card([(True, None), (False, None), (False, 4), (False, 4)])
    v = verdict_of(card)
    assert card.elements[0].percent == pytest.approx(50.0)  # (0 + 0 + 4 + 4) / (4 × 4)
    assert (v.unanswered, v.gaps, v.critical_gaps, v.unanswered_essential) == (2, 2, 1, 1)
    assert v.verdict is Verdict.INCOMPLETE and v.is_draft
    assert headline(v, "Moderate") == "Incomplete: 2 of 4 questions unanswered (1 essential)"
    assert v.as_json() == {
        "overall": "incomplete",
        "critical_gaps": 1,
        "gaps": 2,
        "unanswered": 2,
        "provisional_tier": False,
    }


TARGET_CASES = [
    # tier, essential?, answer -> gap? (pack with High target 3 and essential target 4)
    (Tier.LOW, False, 2, False),
    (Tier.LOW, True, 2, False),
    (Tier.MODERATE, True, 3, False),
    (Tier.HIGH, False, 3, False),
    (Tier.HIGH, True, 3, True),  # an essential question at High must be reviewed: level 4
    (Tier.HIGH, True, 4, False),
]


@pytest.mark.parametrize(("tier", "essential", "value", "gap"), TARGET_CASES)
def test_targets_low_2_moderate_3_high_3_and_4_when_essential(
    tier: Tier, essential: bool, value: int, gap: bool
) -> None:
    base = load_default_pack()
    tiers = tuple(
        t.model_copy(update={"target": 3, "essential_target": 4}) if t.id is Tier.HIGH else t for t in base.tiers
    )
    rows = [(essential, value)]
    card = _card(rows, tier, _pack(rows, pack_changes={"tiers": tiers}))
    r = card.questions["TR-01"]
    assert r.target == {Tier.LOW: 2, Tier.MODERATE: 3, Tier.HIGH: 4 if essential else 3}[tier]
    assert r.gap is gap
    assert status_of(r) is (Status.CRITICAL_GAP if gap else Status.MEETS)


def test_pack_1_0_keeps_target_4_for_every_question_at_high() -> None:
    pack = find_pack("ga4gh-framework", version="1.0.0")
    assert pack is not None
    assert (pack.tier_spec(Tier.HIGH).target, pack.tier_spec(Tier.HIGH).essential_target) == (4, None)
    card = score(pack, make_demo(Tier.HIGH))
    assert {r.target for r in card.questions.values() if r.top_level >= 4} == {4}


def test_high_demo_does_not_meet_with_its_critical_gaps_counted() -> None:
    pack = load_default_pack()
    v = verdict_of(score(pack, make_demo(Tier.HIGH)))
    assert v.verdict is Verdict.DOES_NOT_MEET
    assert v.critical_gaps > 0 and v.unanswered == 0
    assert headline(v, "High").startswith(f"Does not meet the High target: {v.critical_gaps} critical gaps in ")


def test_provisional_tier_when_a_factor_is_unanswered() -> None:
    newest = load_default_pack()  # triage v2 (1.1.0 on): an unanswered factor makes the tier provisional
    pack = _pack([(False, 3)], pack_changes={"triage": newest.triage})
    a = blank(pack, Tier.MODERATE)
    a.answers["TR-01"] = Answer(level=3)
    assert verdict_of(score(pack, a)).provisional_tier is False
    del a.triage[next(iter(a.triage))]
    assert verdict_of(score(pack, a)).provisional_tier is True
