"""Scope, scores, gaps and priorities: computed once here, read by the screen and the report.

- In scope: a question applies when the tier reaches its ``min_tier`` and its condition (if any)
  holds. A condition only sees answers to questions that are themselves in scope: an answer left
  behind on a hidden question opens no follow-up. Answers to questions out of scope are kept in
  the file but not counted.
- Target: the tier's target level; a question essential at the tier has the tier's
  ``essential_target`` when the pack sets one (High: 4). Capped at the scale's top level.
- Element score: the weighted mean of the applicable answers, each divided by its scale's top
  level, as a percentage (with the default scale: weighted levels ÷ 4). N/A questions are left
  out; an unanswered question counts 0 (nothing is shown to be in place). Overall: the mean of the
  element scores that exist. There are no absolute bands: the headline is the verdict against the
  tier's target (see ``core/verdict.py``).
- Gap: an applicable answer below its target, or an unanswered question. N/A is never a gap. A
  gap on a question essential at this tier is critical; otherwise the priority grows with the
  distance to the target and with the tier.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assessor.core.assessment import Action, Assessment, Priority
from assessor.core.conditions import ConditionContext
from assessor.core.forms.models import FormPack, Question
from assessor.core.tiers import Tier
from assessor.core.triage import TriageResult, compute_tier, effective_levels
from assessor.core.triage_words import ENGLISH_TRIAGE, TriageWords

PRIORITY_ORDER: tuple[Priority, ...] = (Priority.CRITICAL, Priority.HIGH, Priority.MEDIUM, Priority.LOW)


def _num(value: float, decimal: str = ".") -> str:
    """A number for a formula: 3 not 3.0, 2.5 as is, long fractions to two decimals."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return (text or "0").replace(".", decimal)


@dataclass(frozen=True)
class FormulaWords:
    """The words (``str.format`` templates) and decimal mark of the score formulas; English by default,
    so the report can print them in its own language."""

    no_score: str = "No applicable question: no score."
    unanswered: str = "; {n} unanswered counted as 0"
    total_weight: str = "total weight {weight}"
    question: str = "{n} question"
    questions: str = "{n} questions"
    top_level: str = "top level {top}"
    per_scale: str = "each level divided by the top level of its scale"
    no_overall: str = "No element has a score yet: no overall result."
    element: str = "{n} element"
    elements: str = "{n} elements"
    left_out: str = "; without a score, so left out: {names}"
    decimal: str = "."

    def num(self, value: float) -> str:
        return _num(value, self.decimal)

    def one_place(self, value: float) -> str:
        return f"{value:.1f}".replace(".", self.decimal)

    def pct(self, value: float) -> str:
        return self.one_place(value) + " %"


ENGLISH_FORMULAS = FormulaWords()


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
    distance: int = 0  # levels short of the target (the target itself when unanswered)

    @property
    def answered(self) -> bool:
        return self.na or self.level is not None

    @property
    def unanswered(self) -> bool:
        return not self.answered

    @property
    def critical(self) -> bool:
        return self.gap and self.priority is Priority.CRITICAL


@dataclass(frozen=True)
class ElementScore:
    element_id: str
    title: str
    in_scope: int
    answered: int
    na: int
    points: float  # sum of weight x level / top level over applicable questions (unanswered: level 0)
    possible: float  # sum of weight over applicable questions
    percent: float | None
    gaps: int
    critical_gaps: int
    terms: tuple[tuple[float, int, int], ...] = ()  # (weight, level, top level) of each applicable question
    at_target: int = 0  # applicable questions at or above their target

    @property
    def unanswered(self) -> int:
        return self.in_scope - self.answered

    @property
    def applicable(self) -> int:
        return self.in_scope - self.na

    @property
    def formula(self) -> str:
        """How the percentage was computed, in figures a reader can redo by hand."""
        return self.formula_in(ENGLISH_FORMULAS)

    def formula_in(self, w: FormulaWords) -> str:
        """`formula` in the words ``w``."""
        if self.percent is None:
            return w.no_score
        text = self._figures(w, self.percent)
        if self.unanswered:
            text += w.unanswered.format(n=self.unanswered)
        return text

    def _figures(self, w: FormulaWords, percent: float) -> str:
        tops = {top for _, _, top in self.terms}
        weighted = any(wt != 1 for wt, _, _ in self.terms)
        n = len(self.terms)
        if len(tops) == 1:
            top = next(iter(tops))
            parts = [f"{w.num(wt)}×{lvl}" if wt != 1 else str(lvl) for wt, lvl, _ in self.terms]
            numerator = sum(wt * lvl for wt, lvl, _ in self.terms)
            total_weight = sum(wt for wt, _, _ in self.terms)
            count = w.question if n == 1 else w.questions
            scale = w.total_weight.format(weight=w.num(total_weight)) if weighted else count.format(n=n)
            return (
                f"({' + '.join(parts)}) ÷ ({scale} × {w.top_level.format(top=top)}) = {w.num(numerator)} ÷ "
                f"{w.num(total_weight * top)} = {w.pct(percent)}"
            )
        parts = [f"{w.num(wt)}×{lvl}/{top}" if wt != 1 else f"{lvl}/{top}" for wt, lvl, top in self.terms]
        return (
            f"({' + '.join(parts)}) ÷ {w.total_weight.format(weight=w.num(self.possible))} = "
            f"{w.num(self.points)} ÷ {w.num(self.possible)} = {w.pct(percent)} ({w.per_scale})"
        )


@dataclass(frozen=True)
class Scorecard:
    triage: TriageResult
    target: int
    elements: tuple[ElementScore, ...]
    questions: dict[str, QuestionResult] = field(default_factory=dict)
    overall: float | None = None

    @property
    def tier(self) -> Tier:
        return self.triage.tier

    def gaps(self) -> list[QuestionResult]:
        return [r for r in self.questions.values() if r.gap]

    def critical_gaps(self) -> list[QuestionResult]:
        return [r for r in self.questions.values() if r.critical]

    def in_scope(self, question_id: str) -> bool:
        return question_id in self.questions

    def element(self, element_id: str) -> ElementScore:
        return next(e for e in self.elements if e.element_id == element_id)

    @property
    def overall_formula(self) -> str:
        return self.overall_formula_in(ENGLISH_FORMULAS)

    def overall_formula_in(self, w: FormulaWords) -> str:
        """`overall_formula` in the words ``w``."""
        scored = [e for e in self.elements if e.percent is not None]
        if not scored or self.overall is None:
            return w.no_overall
        parts = " + ".join(w.one_place(e.percent) for e in scored if e.percent is not None)
        n = len(scored)
        text = f"({parts}) ÷ {(w.element if n == 1 else w.elements).format(n=n)} = {w.pct(self.overall)}"
        missing = [e.title for e in self.elements if e.percent is None]
        if missing:
            text += w.left_out.format(names=", ".join(missing))
        return text


def triage_of(pack: FormPack, assessment: Assessment, words: TriageWords = ENGLISH_TRIAGE) -> TriageResult:
    """The assessment's tier and its reasons, the code's phrases in ``words`` (English by default)."""
    raised = assessment.raised_tier
    return compute_tier(
        pack, assessment.triage, raised.tier if raised else None, raised.justification if raised else "", words
    )


def questions_in_scope(pack: FormPack, assessment: Assessment, tier: Tier) -> list[Question]:
    """The questions asked at ``tier``, in pack order; follow-ups only when their condition holds."""
    questions = {q.id: q for q in pack.questions()}
    levels = assessment.answer_levels()
    factors = effective_levels(pack, assessment.triage)  # an unanswered factor counts as the pack's rule counts it
    memo: dict[str, bool] = {}

    def visible(qid: str) -> bool:
        if qid in memo:
            return memo[qid]
        memo[qid] = False  # guards against a cycle (packs are checked to have none)
        q = questions[qid]
        shown = q.in_scope_at(tier)
        if shown and q.condition is not None:
            seen = {ref: levels.get(ref) for ref in q.condition.questions() if ref in questions and visible(ref)}
            ctx = ConditionContext(factor_levels=factors, answer_levels=seen)
            shown = q.condition.evaluate(ctx)
        memo[qid] = shown
        return shown

    return [q for q in pack.questions() if visible(q.id)]


def priority_of(distance: int, tier: Tier, essential: bool) -> Priority:
    """Critical for an essential question; otherwise high, medium or low by distance and tier."""
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
    spec = pack.tier_spec(tier)
    results: dict[str, QuestionResult] = {}
    element_of = {q.id: e.id for e in pack.elements for q in e.questions}
    for q in questions_in_scope(pack, assessment, tier):
        answer = assessment.answers.get(q.id)
        na = bool(answer and answer.na)
        top = pack.scale_for(q).max_value
        level = answer.effective_level if answer else None
        if level is not None:
            level = min(level, top)  # a level off the scale (reported by validation) never scores above 100 %
        essential = q.essential_at(tier)
        wanted = spec.essential_target if essential and spec.essential_target is not None else spec.target
        q_target = min(wanted, top)
        gap = not na and (level is None or level < q_target)
        distance = q_target - (level or 0) if gap else 0
        results[q.id] = QuestionResult(
            question_id=q.id,
            element_id=element_of[q.id],
            weight=q.weight,
            top_level=top,
            target=q_target,
            level=level,
            na=na,
            essential=essential,
            gap=gap,
            priority=priority_of(distance, tier, essential) if gap else None,
            distance=distance,
        )
    by_element: dict[str, list[QuestionResult]] = {e.id: [] for e in pack.elements}
    for r in results.values():
        by_element[r.element_id].append(r)
    elements = tuple(_element_score(e.id, e.title, by_element[e.id]) for e in pack.elements)
    scored = [e.percent for e in elements if e.percent is not None]
    overall = sum(scored) / len(scored) if scored else None
    return Scorecard(
        triage=triage,
        target=spec.target,
        elements=elements,
        questions=results,
        overall=overall,
    )


def _element_score(element_id: str, title: str, rows: list[QuestionResult]) -> ElementScore:
    applicable = [r for r in rows if not r.na]
    terms = tuple((r.weight, r.level or 0, r.top_level) for r in applicable)
    points = sum(w * lvl / top for w, lvl, top in terms)
    possible = sum(w for w, _, _ in terms)
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
        gaps=sum(r.gap for r in rows),
        critical_gaps=sum(r.critical for r in rows),
        terms=terms,
        at_target=sum(not r.gap for r in applicable),
    )


def sync_actions(pack: FormPack, assessment: Assessment, card: Scorecard | None = None) -> list[Action]:
    """Add an action for every gap that has none yet; keep every action the user has (and their edits).

    Returns the actions added. Actions whose gap has closed stay in the plan: the user decides
    when they are done.
    """
    card = card or score(pack, assessment)
    have = {a.question_id for a in assessment.actions}
    questions = {q.id: q for q in pack.questions()}
    taken = {a.id for a in assessment.actions}
    added = []
    for r in card.gaps():
        if r.question_id in have:
            continue
        action_id = f"A-{r.question_id}"
        n = 2
        while action_id in taken:  # the user may have used the id for an action of their own
            action_id = f"A-{r.question_id}-{n}"
            n += 1
        action = Action(
            id=action_id,
            question_id=r.question_id,
            recommendation=questions[r.question_id].recommendation,
            priority=r.priority or Priority.MEDIUM,
        )
        assessment.actions.append(action)
        taken.add(action_id)
        added.append(action)
    return added
