"""The verdict against the tier's target (PRODUCT §4): the headline of the results and the report.

- Status of each question in scope: meets target · gap · critical gap (essential and below
  target) · unanswered (a gap; critical when essential) · not applicable.
- Verdict of an element, and overall:
  **Incomplete** while any question in scope is unanswered; else **Does not meet** the tier's
  target with any critical gap; else **Meets** it when at least 80 % of the applicable questions
  are at or above their target; else **Partly meets** it.
- The overall verdict is the worst element's verdict, with the counts it rests on.

No absolute band ("Strong", "Weak") is a headline: a score is always read against the tier's target.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from assessor.core.assessment import Assessment
from assessor.core.forms.models import FormPack
from assessor.core.scoring import ElementScore, QuestionResult, Scorecard, score
from assessor.core.tiers import Tier

MEETS_SHARE_PERCENT = 80  # of the applicable questions at or above target, for "Meets"


class Status(StrEnum):
    MEETS = "meets"
    GAP = "gap"
    CRITICAL_GAP = "critical-gap"
    UNANSWERED = "unanswered"
    NA = "na"


class Verdict(StrEnum):
    """In order from worst to best (the overall verdict is the worst element's)."""

    INCOMPLETE = "incomplete"
    DOES_NOT_MEET = "does-not-meet"
    PARTLY_MEETS = "partly-meets"
    MEETS = "meets"


WORST_FIRST: tuple[Verdict, ...] = tuple(Verdict)


def status_of(r: QuestionResult) -> Status:
    if r.na:
        return Status.NA
    if r.level is None:
        return Status.UNANSWERED
    if r.gap:
        return Status.CRITICAL_GAP if r.essential else Status.GAP
    return Status.MEETS


def _rule(unanswered: int, critical: int, at_target: int, applicable: int) -> Verdict:
    if unanswered:
        return Verdict.INCOMPLETE
    if critical:
        return Verdict.DOES_NOT_MEET
    if at_target * 100 >= MEETS_SHARE_PERCENT * applicable:  # integers: exactly 80 % meets
        return Verdict.MEETS
    return Verdict.PARTLY_MEETS


@dataclass(frozen=True)
class ElementVerdict:
    element_id: str
    title: str
    verdict: Verdict | None  # None: no question of the element is in scope at this tier
    applicable: int  # in scope and not N/A (unanswered included)
    at_target: int
    gaps: int  # every gap: below target or unanswered, critical ones included
    critical_gaps: int  # gaps on essential questions, unanswered ones included
    unanswered: int

    @property
    def share(self) -> float | None:
        """The percentage of applicable questions at or above target (None when none applies)."""
        return 100.0 * self.at_target / self.applicable if self.applicable else None


@dataclass(frozen=True)
class OverallVerdict:
    verdict: Verdict
    tier: Tier
    elements: tuple[ElementVerdict, ...]
    in_scope: int
    applicable: int
    at_target: int
    gaps: int
    critical_gaps: int
    unanswered: int
    unanswered_essential: int
    provisional_tier: bool

    @property
    def share(self) -> float | None:
        return 100.0 * self.at_target / self.applicable if self.applicable else None

    @property
    def answered_critical_gaps(self) -> int:
        """Critical gaps among the answers (not counting essential questions left unanswered)."""
        return self.critical_gaps - self.unanswered_essential

    @property
    def elements_with_critical_gaps(self) -> int:
        return sum(1 for e in self.elements if e.critical_gaps)

    @property
    def elements_with_gaps(self) -> int:
        return sum(1 for e in self.elements if e.gaps)

    @property
    def is_draft(self) -> bool:
        return self.verdict is Verdict.INCOMPLETE

    def as_json(self) -> dict[str, object]:
        return {
            "overall": self.verdict.value,
            "critical_gaps": self.critical_gaps,
            "gaps": self.gaps,
            "unanswered": self.unanswered,
            "provisional_tier": self.provisional_tier,
        }


def element_verdict(e: ElementScore, rows: list[QuestionResult]) -> ElementVerdict:
    unanswered = sum(r.unanswered for r in rows)
    applicable = sum(not r.na for r in rows)
    at_target = sum(not r.na and not r.gap for r in rows)
    critical = sum(r.gap and r.essential for r in rows)
    return ElementVerdict(
        element_id=e.element_id,
        title=e.title,
        verdict=_rule(unanswered, critical, at_target, applicable) if rows else None,
        applicable=applicable,
        at_target=at_target,
        gaps=sum(r.gap for r in rows),
        critical_gaps=critical,
        unanswered=unanswered,
    )


def verdict_of(card: Scorecard) -> OverallVerdict:
    """The verdict per element and overall, with the counts it rests on."""
    by_element: dict[str, list[QuestionResult]] = {e.element_id: [] for e in card.elements}
    for r in card.questions.values():
        by_element[r.element_id].append(r)
    elements = tuple(element_verdict(e, by_element[e.element_id]) for e in card.elements)
    results = list(card.questions.values())
    unanswered = sum(r.unanswered for r in results)
    critical = sum(r.gap and r.essential for r in results)
    applicable = sum(not r.na for r in results)
    at_target = sum(not r.na and not r.gap for r in results)
    judged = [e.verdict for e in elements if e.verdict is not None]
    overall = min(judged, key=WORST_FIRST.index) if judged else _rule(0, 0, 0, 0)
    return OverallVerdict(
        verdict=overall,
        tier=card.tier,
        elements=elements,
        in_scope=len(results),
        applicable=applicable,
        at_target=at_target,
        gaps=sum(r.gap for r in results),
        critical_gaps=critical,
        unanswered=unanswered,
        unanswered_essential=sum(r.unanswered and r.essential for r in results),
        provisional_tier=card.triage.provisional,
    )


def unanswered_in_scope(pack: FormPack, assessment: Assessment) -> int:
    """How many questions in scope are unanswered (more than 0: the report is a draft)."""
    return sum(r.unanswered for r in score(pack, assessment).questions.values())


def headline(v: OverallVerdict, tier_title: str) -> str:
    """The verdict in one English line with its counts (the command line; the report and the app word
    it in the reader's language from the same counts)."""
    return f"{verdict_text(v.verdict, tier_title)}: {counts_text(v)}"


def verdict_text(verdict: Verdict, tier_title: str) -> str:
    return {
        Verdict.INCOMPLETE: "Incomplete",
        Verdict.DOES_NOT_MEET: f"Does not meet the {tier_title} target",
        Verdict.PARTLY_MEETS: f"Partly meets the {tier_title} target",
        Verdict.MEETS: f"Meets the {tier_title} target",
    }[verdict]


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def counts_text(v: OverallVerdict) -> str:
    share = f"{v.share:.0f} %" if v.share is not None else "no"
    if v.verdict is Verdict.INCOMPLETE:
        questions = _n(v.in_scope, "question", "questions")
        text = f"{v.unanswered} of {questions} unanswered ({v.unanswered_essential} essential)"
        if v.answered_critical_gaps:
            text += f"; {_n(v.answered_critical_gaps, 'critical gap', 'critical gaps')} among the answers"
        return text
    if v.verdict is Verdict.DOES_NOT_MEET:
        return (
            f"{_n(v.critical_gaps, 'critical gap', 'critical gaps')} in "
            f"{_n(v.elements_with_critical_gaps, 'element', 'elements')}"
        )
    return (
        f"{share} of applicable questions at or above target ({MEETS_SHARE_PERCENT} % needed), "
        f"{_n(v.gaps, 'gap', 'gaps')}, no critical gap"
    )
