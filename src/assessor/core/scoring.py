"""Scope, scores, gaps and priorities: computed once here, read by the screen and the report.

- In scope: a question applies when the tier reaches its ``min_tier`` and its condition (if any)
  holds. Answers to questions out of scope are kept in the file but not counted.
- Element score: the weighted mean of the applicable levels divided by the scale's top level, as a
  percentage. N/A and unanswered questions are left out of the mean. Overall: the mean of the
  element scores that exist.
- Gap: an applicable answer below the tier's target, or an unanswered question. A gap on a
  question essential at this tier is critical; otherwise the priority grows with the distance to
  the target and with the tier.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assessor.core.assessment import Action, Assessment, Priority
from assessor.core.conditions import ConditionContext
from assessor.core.forms.models import FormPack, Question
from assessor.core.tiers import Tier
from assessor.core.triage import TriageResult, compute_tier

BANDS: tuple[tuple[float, str], ...] = (
    (80.0, "Strong"),
    (60.0, "Adequate"),
    (40.0, "Needs improvement"),
    (0.0, "Weak"),
)


def band_of(percent: float) -> str:
    return next(name for floor, name in BANDS if percent >= floor)


@dataclass(frozen=True)
class QuestionResult:
    question_id: str
    element_id: str
    weight: float
    top_level: int
    target: int
    level: int | None  # None when unanswered or N/A
    na: bool
    essential: bool
    gap: bool
    priority: Priority | None

    @property
    def answered(self) -> bool:
        return self.na or self.level is not None


@dataclass(frozen=True)
class ElementScore:
    element_id: str
    title: str
    in_scope: int
    answered: int
    na: int
    points: float  # sum of weight x level over applicable answers
    possible: float  # sum of weight x top level over applicable answers
    percent: float | None
    band: str | None
    gaps: int
    critical_gaps: int

    @property
    def formula(self) -> str:
        """How the percentage was computed, in words and figures."""
        if self.percent is None:
            return "No applicable answer yet: no score."
        return (
            f"weighted levels {self.points:g} out of a possible {self.possible:g} "
            f"(weight × top level, N/A and unanswered left out) = {self.percent:.1f} %"
        )


@dataclass(frozen=True)
class Scorecard:
    triage: TriageResult
    target: int
    elements: tuple[ElementScore, ...]
    questions: dict[str, QuestionResult] = field(default_factory=dict)
    overall: float | None = None
    overall_band: str | None = None

    @property
    def tier(self) -> Tier:
        return self.triage.tier

    def gaps(self) -> list[QuestionResult]:
        return [r for r in self.questions.values() if r.gap]

    def critical_gaps(self) -> list[QuestionResult]:
        return [r for r in self.questions.values() if r.gap and r.priority is Priority.CRITICAL]

    def in_scope(self, question_id: str) -> bool:
        return question_id in self.questions


def triage_of(pack: FormPack, assessment: Assessment) -> TriageResult:
    raised = assessment.raised_tier
    return compute_tier(
        pack, assessment.triage, raised.tier if raised else None, raised.justification if raised else ""
    )


def questions_in_scope(pack: FormPack, assessment: Assessment, tier: Tier) -> list[Question]:
    ctx = ConditionContext(factor_levels=dict(assessment.triage), answer_levels=assessment.answer_levels())
    return [q for q in pack.questions() if q.in_scope_at(tier) and (q.condition is None or q.condition.evaluate(ctx))]


def priority_of(distance: int, tier: Tier, essential: bool) -> Priority:
    if essential:
        return Priority.CRITICAL
    if distance >= 3 or (distance >= 2 and tier is Tier.HIGH):
        return Priority.HIGH
    if distance >= 2 or tier is Tier.HIGH:
        return Priority.MEDIUM
    return Priority.LOW


def score(pack: FormPack, assessment: Assessment) -> Scorecard:
    triage = triage_of(pack, assessment)
    tier = triage.tier
    target = pack.tier_spec(tier).target
    results: dict[str, QuestionResult] = {}
    for q in questions_in_scope(pack, assessment, tier):
        answer = assessment.answers.get(q.id)
        na = bool(answer and answer.na)
        level = answer.effective_level if answer else None
        top = pack.scale_for(q).max_value
        q_target = min(target, top)
        essential = q.essential_at(tier)
        gap = not na and (level is None or level < q_target)
        distance = q_target - (level or 0) if gap else 0
        results[q.id] = QuestionResult(
            question_id=q.id,
            element_id=pack.element_of(q.id).id,
            weight=q.weight,
            top_level=top,
            target=q_target,
            level=level,
            na=na,
            essential=essential,
            gap=gap,
            priority=priority_of(distance, tier, essential) if gap else None,
        )
    elements = tuple(
        _element_score(e.id, e.title, [r for r in results.values() if r.element_id == e.id]) for e in pack.elements
    )
    scored = [e.percent for e in elements if e.percent is not None]
    overall = sum(scored) / len(scored) if scored else None
    return Scorecard(
        triage=triage,
        target=target,
        elements=elements,
        questions=results,
        overall=overall,
        overall_band=band_of(overall) if overall is not None else None,
    )


def _element_score(element_id: str, title: str, rows: list[QuestionResult]) -> ElementScore:
    applicable = [r for r in rows if r.level is not None]
    points = sum(r.weight * (r.level or 0) for r in applicable)
    possible = sum(r.weight * r.top_level for r in applicable)
    percent = 100.0 * points / possible if possible else None
    return ElementScore(
        element_id=element_id,
        title=title,
        in_scope=len(rows),
        answered=sum(r.answered for r in rows),
        na=sum(r.na for r in rows),
        points=points,
        possible=possible,
        percent=percent,
        band=band_of(percent) if percent is not None else None,
        gaps=sum(r.gap for r in rows),
        critical_gaps=sum(r.gap and r.priority is Priority.CRITICAL for r in rows),
    )


def sync_actions(pack: FormPack, assessment: Assessment, card: Scorecard | None = None) -> list[Action]:
    """Add an action for every gap that has none yet; keep every action the user has (and their edits).

    Returns the actions added. Actions whose gap has closed stay in the plan: the user decides
    when they are done.
    """
    card = card or score(pack, assessment)
    have = {a.question_id for a in assessment.actions}
    added = []
    for r in card.gaps():
        if r.question_id in have:
            continue
        action = Action(
            id=f"A-{r.question_id}",
            question_id=r.question_id,
            recommendation=pack.question(r.question_id).recommendation,
            priority=r.priority or Priority.MEDIUM,
        )
        assessment.actions.append(action)
        added.append(action)
    return added
