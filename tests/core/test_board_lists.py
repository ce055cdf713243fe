"""What the summary and the Review page list for the board: essential N/A, critical actions without an
owner or due too late (PRODUCT §4: within the period or 90 days of the report date, whichever is later)."""

from __future__ import annotations

import datetime as dt

from assessor.core.assessment import Action, ActionStatus, Answer, Assessment, Priority, Scope
from assessor.core.board_lists import board_lists, due_by
from assessor.core.forms.models import FormPack
from assessor.core.scoring import score, sync_actions
from assessor.core.tiers import Tier
from tests.report.factories import blank, element, pack_with, question

REPORT = dt.date(2026, 3, 1)


def _setup() -> tuple[FormPack, Assessment]:
    qs = [question(f"TR-0{i}", essential_from=Tier.LOW if i <= 4 else None) for i in range(1, 7)]
    pack = pack_with([element("TR", "Transparency", qs)])
    a = blank(pack, Tier.MODERATE)
    a.scope = Scope(period_start="2025-07-01", period_end="2026-06-30")
    a.answers["TR-01"] = Answer(na=True, na_justification="We share no data of this kind.")
    a.answers["TR-02"] = Answer(level=1)  # critical gap
    a.answers["TR-03"] = Answer(level=0)  # critical gap
    a.answers["TR-04"] = Answer(level=1)  # critical gap
    a.answers["TR-05"] = Answer(level=0)  # a plain gap: never listed
    a.answers["TR-06"] = Answer(na=True, na_justification="Not essential: not listed.")
    sync_actions(pack, a)
    return pack, a


def test_due_by_is_the_later_of_the_period_end_and_90_days() -> None:
    _, a = _setup()
    assert due_by(a, REPORT) == dt.date(2026, 6, 30)  # the period ends after report + 90 days (29 May)
    assert due_by(a, dt.date(2026, 5, 1)) == dt.date(2026, 7, 30)  # 90 days later than the period's end
    a.scope.period_end = ""
    assert due_by(a, REPORT) == dt.date(2026, 5, 30)


def test_the_three_lists() -> None:
    pack, a = _setup()
    by_question = {x.question_id: x for x in a.actions}
    by_question["TR-02"].owner, by_question["TR-02"].due = "Anna", "2026-06-30"  # on the limit: fine
    by_question["TR-03"].owner, by_question["TR-03"].due = "Ben", "2026-07-01"  # a day late
    by_question["TR-05"].due = "2030-01-01"  # not critical: never listed
    lists = board_lists(a, score(pack, a), a.actions, REPORT)
    assert [(x.question_id, x.justification) for x in lists.essential_na] == [
        ("TR-01", "We share no data of this kind.")
    ]
    assert [x.question_id for x in lists.no_owner] == ["TR-04"]
    assert [(x.action.question_id, x.due) for x in lists.too_late] == [
        ("TR-03", dt.date(2026, 7, 1)),
        ("TR-04", None),  # no due date at all
    ]
    assert not lists.empty


def test_done_actions_and_closed_gaps_drop_out() -> None:
    pack, a = _setup()
    for x in a.actions:
        x.owner, x.due = "Anna", "2026-04-01"
    by_question = {x.question_id: x for x in a.actions}
    by_question["TR-04"].owner, by_question["TR-04"].due, by_question["TR-04"].status = "", "", ActionStatus.DONE
    a.answers["TR-01"] = Answer(level=3)
    lists = board_lists(a, score(pack, a), a.actions, REPORT)
    assert lists.empty


def test_an_action_the_plan_marks_critical_counts_even_without_a_gap() -> None:
    pack, a = _setup()
    a.actions.append(Action(id="A-OWN", recommendation="Our own", priority=Priority.CRITICAL))
    lists = board_lists(a, score(pack, a), a.actions, REPORT)
    assert "A-OWN" in {x.id for x in lists.no_owner}
