"""What a board must be shown besides the verdict (PRODUCT §4, §6): the report's summary page and
the app's Review page print the same three lists.

- Essential questions marked not applicable, with the justification given.
- Critical actions without an owner.
- Critical actions due too late: a critical action is due within the assessment period or 90 days
  of the report date, whichever is later; one due after that, or with no due date, is listed.

A critical action is an open (or in-progress) action on a critical gap, or one the plan marks critical.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from assessor.core.assessment import Action, ActionStatus, Assessment, Priority
from assessor.core.scoring import Scorecard

GRACE_DAYS = 90


@dataclass(frozen=True)
class EssentialNA:
    question_id: str
    justification: str


@dataclass(frozen=True)
class LateAction:
    action: Action
    due: dt.date | None  # None: no due date at all


@dataclass(frozen=True)
class BoardLists:
    due_by: dt.date  # the latest due date a critical action may have
    essential_na: tuple[EssentialNA, ...]
    no_owner: tuple[Action, ...]
    too_late: tuple[LateAction, ...]

    @property
    def empty(self) -> bool:
        return not (self.essential_na or self.no_owner or self.too_late)


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def due_by(assessment: Assessment, report_date: dt.date) -> dt.date:
    """The end of the assessment period or 90 days after the report date, whichever is later."""
    grace = report_date + dt.timedelta(days=GRACE_DAYS)
    end = _day(assessment.scope.period_end)
    return max(grace, end) if end is not None else grace


def critical_actions(card: Scorecard, actions: list[Action]) -> list[Action]:
    def critical(a: Action) -> bool:
        r = card.questions.get(a.question_id)
        return a.priority is Priority.CRITICAL or (r is not None and r.critical)

    return [a for a in actions if a.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS) and critical(a)]


def board_lists(assessment: Assessment, card: Scorecard, actions: list[Action], report_date: dt.date) -> BoardLists:
    """The three lists, in question order. ``actions`` is the plan as printed (see ``sync_actions``)."""
    limit = due_by(assessment, report_date)
    essential_na = tuple(
        EssentialNA(r.question_id, (assessment.answers[r.question_id].na_justification or "").strip())
        for r in card.questions.values()
        if r.na and r.essential
    )
    order = {qid: i for i, qid in enumerate(card.questions)}
    critical = sorted(critical_actions(card, actions), key=lambda a: (order.get(a.question_id, len(order)), a.id))
    late = []
    for a in critical:
        due = _day(a.due)
        if due is None or due > limit:
            late.append(LateAction(a, due))
    return BoardLists(
        due_by=limit,
        essential_na=essential_na,
        no_owner=tuple(a for a in critical if not a.owner.strip()),
        too_late=tuple(late),
    )
