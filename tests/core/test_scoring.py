"""The scoring rules of PRODUCT.md §4, case by case."""

from __future__ import annotations

from typing import Any

import pytest

from assessor.core.assessment import Action, ActionStatus, Answer, Assessment, Priority, RaisedTier
from assessor.core.scoring import priority_of, questions_in_scope, score, sync_actions
from assessor.core.tiers import Tier
from tests.report.factories import blank, element, pack_with, question

NA = "na"

# -- element score = weighted mean of applicable answers / top level -------------------------------------

ELEMENT_CASES: list[tuple[str, list[tuple[float, Any]], float | None]] = [
    ("all at the top", [(1, 4), (1, 4)], 100.0),
    ("plain mean", [(1, 3), (1, 2)], 62.5),
    ("weights count", [(2, 4), (1, 1)], 75.0),
    ("N/A left out", [(1, 4), (1, NA)], 100.0),
    ("unanswered counts 0", [(1, 2), (1, None)], 25.0),
    ("only N/A: no score", [(1, NA)], None),
    ("only unanswered: 0 %", [(1, None)], 0.0),
    ("low answers", [(1, 0), (1, 1)], 12.5),
    ("all zero", [(1, 0), (3, 0)], 0.0),
    ("heavier weight pulls down", [(1, 4), (3, 0)], 25.0),
]


def _assessment_for(rows: list[tuple[float, Any]], tier: Tier = Tier.HIGH) -> tuple[Any, Assessment]:
    qs = [question(f"TR-{i:02d}", weight=w) for i, (w, _) in enumerate(rows, start=1)]
    pack = pack_with([element("TR", "Transparency", qs)])
    a = blank(pack, tier)
    for i, (_, value) in enumerate(rows, start=1):
        if value == NA:
            a.answers[f"TR-{i:02d}"] = Answer(na=True, na_justification="not done here")
        elif value is not None:
            a.answers[f"TR-{i:02d}"] = Answer(level=value)
    return pack, a


@pytest.mark.parametrize(("case", "rows", "percent"), ELEMENT_CASES, ids=[c[0] for c in ELEMENT_CASES])
def test_element_score(case: str, rows: list[tuple[float, Any]], percent: float | None) -> None:
    pack, a = _assessment_for(rows)
    el = score(pack, a).elements[0]
    assert el.percent == (pytest.approx(percent) if percent is not None else None)
    assert el.in_scope == len(rows)
    assert el.na == sum(v == NA for _, v in rows)
    assert el.answered == sum(v is not None for _, v in rows)


def test_formula_shows_the_figures() -> None:
    pack, a = _assessment_for([(1, 4), (2, 3), (1, NA), (1, None)])
    el = score(pack, a).elements[0]
    # (4 + 2x3 + 0) / (weight 4 x 4) = 10 / 16: the unanswered question counts 0
    assert el.formula == (
        "(4 + 2×3 + 0) ÷ (total weight 4 × top level 4) = 10 ÷ 16 = 62.5 %; 1 unanswered counted as 0"
    )
    pack, a = _assessment_for([(1, 4), (1, 3)])
    assert score(pack, a).elements[0].formula == "(4 + 3) ÷ (2 questions × top level 4) = 7 ÷ 8 = 87.5 %"
    pack, a = _assessment_for([(1, NA)])
    assert "no score" in score(pack, a).elements[0].formula


def test_mixed_scales_are_each_divided_by_their_own_top_level() -> None:
    qs = [question("TR-01"), question("TR-02", scale="yes-no")]
    pack = pack_with([element("TR", "Transparency", qs)])
    a = blank(pack, Tier.HIGH)
    a.answers["TR-01"] = Answer(level=2)  # 2/4
    a.answers["TR-02"] = Answer(level=1)  # 1/1
    card = score(pack, a)
    assert card.elements[0].percent == pytest.approx(75.0)
    assert "2/4 + 1/1" in card.elements[0].formula
    # the target is capped at the scale's top: "yes" is not a gap even at High (target 4)
    assert card.questions["TR-02"].target == 1
    assert not card.questions["TR-02"].gap
    assert card.questions["TR-01"].gap


# -- overall = mean of elements ---------------------------------------------------------------------------


def test_overall_is_the_mean_of_element_scores_not_of_questions() -> None:
    pack = pack_with(
        [
            element("TR", "Transparency", [question("TR-01"), question("TR-02")]),
            element("AC", "Accountability", [question("AC-01")], order=2),
            element("EN", "Engagement", [question("EN-01")], order=3),
        ]
    )
    a = blank(pack, Tier.HIGH)
    a.answers["TR-01"] = Answer(level=4)
    a.answers["TR-02"] = Answer(level=4)
    a.answers["AC-01"] = Answer(level=2)
    a.answers["EN-01"] = Answer(na=True, na_justification="none")  # no score: left out of the mean
    card = score(pack, a)
    assert card.overall == pytest.approx(75.0)  # (100 + 50) / 2, not 250/3
    assert card.overall_formula.startswith("(100.0 + 50.0) ÷ 2 elements = 75.0 %")
    assert "Engagement" in card.overall_formula


def test_nothing_applicable_no_overall() -> None:
    pack, a = _assessment_for([(1, NA)])
    card = score(pack, a)
    assert card.overall is None


def test_nothing_answered_scores_zero_not_nothing() -> None:
    pack, a = _assessment_for([(1, None), (2, None)])
    assert score(pack, a).overall == 0.0


# -- gaps against the tier's target -------------------------------------------------------------------------

GAP_CASES: list[tuple[Tier, Any, bool, int]] = [
    # tier, answer, gap?, distance
    (Tier.LOW, 2, False, 0),
    (Tier.LOW, 1, True, 1),
    (Tier.LOW, 0, True, 2),
    (Tier.MODERATE, 3, False, 0),
    (Tier.MODERATE, 2, True, 1),
    (Tier.HIGH, 4, False, 0),
    (Tier.HIGH, 3, True, 1),
    (Tier.HIGH, None, True, 4),  # unanswered counts as a gap, the whole target away
    (Tier.LOW, None, True, 2),
    (Tier.HIGH, NA, False, 0),  # N/A is never a gap
]


@pytest.mark.parametrize(("tier", "value", "gap", "distance"), GAP_CASES)
def test_gap_against_tier_target(tier: Tier, value: Any, gap: bool, distance: int) -> None:
    pack, a = _assessment_for([(1, value)], tier)
    r = score(pack, a).questions["TR-01"]
    assert r.target == {Tier.LOW: 2, Tier.MODERATE: 3, Tier.HIGH: 4}[tier]
    assert r.gap is gap
    assert r.distance == distance
    assert r.unanswered is (value is None)
    assert (r.priority is not None) is gap


def test_raised_tier_raises_the_target() -> None:
    pack, a = _assessment_for([(1, 2)], Tier.LOW)
    assert not score(pack, a).questions["TR-01"].gap
    a.raised_tier = RaisedTier(tier=Tier.HIGH, justification="Children's data arrive next quarter.")
    card = score(pack, a)
    assert card.tier is Tier.HIGH and card.target == 4
    assert card.questions["TR-01"].gap


# -- priorities and critical gaps ----------------------------------------------------------------------------

PRIORITY_CASES = [
    # distance, tier, essential -> priority
    (1, Tier.LOW, True, Priority.CRITICAL),
    (1, Tier.LOW, False, Priority.LOW),
    (2, Tier.LOW, False, Priority.MEDIUM),
    (1, Tier.MODERATE, False, Priority.LOW),
    (2, Tier.MODERATE, False, Priority.MEDIUM),
    (3, Tier.MODERATE, False, Priority.HIGH),
    (1, Tier.HIGH, False, Priority.MEDIUM),
    (2, Tier.HIGH, False, Priority.HIGH),
    (4, Tier.HIGH, False, Priority.HIGH),
]


@pytest.mark.parametrize(("distance", "tier", "essential", "priority"), PRIORITY_CASES)
def test_priority(distance: int, tier: Tier, essential: bool, priority: Priority) -> None:
    assert priority_of(distance, tier, essential) is priority


CRITICAL_CASES = [
    # essential_from, tier, answer -> critical?
    (Tier.MODERATE, Tier.MODERATE, 2, True),
    (Tier.MODERATE, Tier.HIGH, 3, True),
    (Tier.MODERATE, Tier.LOW, 1, False),  # not essential at Low: a plain gap
    (Tier.HIGH, Tier.MODERATE, 0, False),
    (Tier.LOW, Tier.LOW, 2, False),  # essential but no gap
    (Tier.LOW, Tier.LOW, None, True),  # unanswered essential question
    (None, Tier.HIGH, 0, False),
]


@pytest.mark.parametrize(("essential_from", "tier", "value", "critical"), CRITICAL_CASES)
def test_critical_gap_is_a_gap_on_an_essential_question(
    essential_from: Tier | None, tier: Tier, value: int | None, critical: bool
) -> None:
    pack = pack_with([element("TR", "Transparency", [question("TR-01", essential_from=essential_from)])])
    a = blank(pack, tier)
    if value is not None:
        a.answers["TR-01"] = Answer(level=value)
    card = score(pack, a)
    assert [r.question_id for r in card.critical_gaps()] == (["TR-01"] if critical else [])
    assert card.elements[0].critical_gaps == int(critical)
    if critical:
        assert card.questions["TR-01"].priority is Priority.CRITICAL


# -- scope: tiers and follow-ups --------------------------------------------------------------------------------


def _follow_up_pack() -> Any:
    return pack_with(
        [
            element(
                "TR",
                "Transparency",
                [
                    question("TR-01"),
                    question("TR-02", condition={"question": "TR-01", "at_least": 2}),
                    question("TR-03", min_tier=Tier.HIGH),
                    question("TR-04", condition={"question": "TR-03", "at_least": 1}),
                    question("TR-05", condition={"question": "TR-02", "at_least": 1}),
                ],
            )
        ]
    )


SCOPE_CASES: list[tuple[str, Tier, dict[str, int], list[str]]] = [
    ("parent too low: follow-up hidden", Tier.HIGH, {"TR-01": 1, "TR-02": 4}, ["TR-01", "TR-03"]),
    ("parent high enough: follow-up shown", Tier.HIGH, {"TR-01": 2}, ["TR-01", "TR-02", "TR-03"]),
    ("chain opens", Tier.HIGH, {"TR-01": 2, "TR-02": 1}, ["TR-01", "TR-02", "TR-03", "TR-05"]),
    # TR-05's parent TR-02 is hidden, so TR-02's left-over answer opens nothing
    ("hidden parent's answer ignored", Tier.HIGH, {"TR-01": 0, "TR-02": 4, "TR-05": 3}, ["TR-01", "TR-03"]),
    # TR-03 is out of scope at Moderate: its answer does not open TR-04
    ("out-of-tier parent ignored", Tier.MODERATE, {"TR-01": 0, "TR-03": 4, "TR-04": 0}, ["TR-01"]),
    ("in-tier parent opens", Tier.HIGH, {"TR-01": 0, "TR-03": 4}, ["TR-01", "TR-03", "TR-04"]),
]


@pytest.mark.parametrize(("case", "tier", "levels", "expected"), SCOPE_CASES, ids=[c[0] for c in SCOPE_CASES])
def test_scope(case: str, tier: Tier, levels: dict[str, int], expected: list[str]) -> None:
    pack = _follow_up_pack()
    a = blank(pack, tier)
    for qid, level in levels.items():
        a.answers[qid] = Answer(level=level)
    assert [q.id for q in questions_in_scope(pack, a, tier)] == expected
    card = score(pack, a)
    assert list(card.questions) == expected
    # a hidden follow-up is neither scored nor a gap
    assert card.elements[0].in_scope == len(expected)
    assert {r.question_id for r in card.gaps()} <= set(expected)


def test_hidden_follow_up_answer_does_not_change_the_score() -> None:
    pack = _follow_up_pack()
    a = blank(pack, Tier.HIGH)
    a.answers["TR-01"] = Answer(level=1)
    a.answers["TR-03"] = Answer(level=4)
    before = score(pack, a).elements[0].percent
    a.answers["TR-02"] = Answer(level=0)  # hidden: TR-01 < 2
    assert score(pack, a).elements[0].percent == before


# -- the action plan ---------------------------------------------------------------------------------------------


def test_sync_actions_adds_one_per_gap_with_the_pack_recommendation() -> None:
    pack = pack_with([element("TR", "Transparency", [question("TR-01", essential_from=Tier.LOW), question("TR-02")])])
    a = blank(pack, Tier.HIGH)
    a.answers["TR-01"] = Answer(level=1)
    a.answers["TR-02"] = Answer(level=4)
    added = sync_actions(pack, a)
    assert [x.question_id for x in added] == ["TR-01"]
    assert added[0].recommendation == pack.question("TR-01").recommendation
    assert added[0].priority is Priority.CRITICAL
    assert a.actions == added


def test_sync_actions_keeps_user_edits_and_closed_gaps() -> None:
    pack = pack_with([element("TR", "Transparency", [question("TR-01"), question("TR-02")])])
    a = blank(pack, Tier.HIGH)
    a.answers["TR-01"] = Answer(level=1)
    sync_actions(pack, a)
    assert [x.question_id for x in a.actions] == ["TR-01", "TR-02"]  # unanswered TR-02 is a gap too
    a.actions[0].owner = "Anna Müller"
    a.actions[0].recommendation = "Our own wording."
    a.actions[0].priority = Priority.LOW
    a.actions[0].status = ActionStatus.IN_PROGRESS
    a.answers["TR-01"] = Answer(level=4)  # gap closed
    a.answers["TR-02"] = Answer(level=0)
    assert sync_actions(pack, a) == []
    first = a.actions[0]
    assert (first.owner, first.recommendation, first.priority, first.status) == (
        "Anna Müller",
        "Our own wording.",
        Priority.LOW,
        ActionStatus.IN_PROGRESS,
    )
    assert len(a.actions) == 2


def test_sync_actions_never_reuses_an_action_id() -> None:
    pack = pack_with([element("TR", "Transparency", [question("TR-01")])])
    a = blank(pack, Tier.HIGH)
    a.actions.append(Action(id="A-TR-01", recommendation="Something of the user's own"))
    sync_actions(pack, a)
    ids = [x.id for x in a.actions]
    assert len(ids) == len(set(ids)) == 2
    assert a.actions[1].question_id == "TR-01"
