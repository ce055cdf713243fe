"""The verdict and the board's lists, worded for the report (PRODUCT §4, §6).

The headline is the verdict against the tier's target with the counts it rests on; the score is
shown beside the target. The lists (essential questions marked not applicable, critical actions
without an owner or due too late) come from ``core.board_lists``. Pure Python, no renderer here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from assessor.core.assessment import Action, Assessment
from assessor.core.board_lists import GRACE_DAYS, BoardLists, board_lists
from assessor.core.scoring import ElementScore, Scorecard
from assessor.core.verdict import MEETS_SHARE_PERCENT, ElementVerdict, OverallVerdict, Verdict
from assessor.report.catalog import Catalog

__all__ = ["GRACE_DAYS", "MEETS_SHARE_PERCENT", "Attention", "AttentionItem", "AttentionList"]


@dataclass(frozen=True)
class AttentionItem:
    key: str  # question id or action id
    text: str  # what the item is
    detail: str  # justification, owner or due date


@dataclass(frozen=True)
class AttentionList:
    title: str
    items: tuple[AttentionItem, ...]


@dataclass(frozen=True)
class Attention:
    title: str
    intro: str
    lists: tuple[AttentionList, ...]  # only the lists that have entries
    nothing: str  # printed when no list has an entry


def count(t: Catalog, key: str, n: int, **values: object) -> str:
    """A counted phrase: ``key.one`` for 1 when the catalogue has it, else ``key``."""
    one = f"{key}.one"
    return t(one if n == 1 and one in t.texts else key, n=n, **values)


def verdict_words(t: Catalog, verdict: Verdict | None, tier: str) -> str:
    return t(f"verdict.{verdict.value}", tier=tier) if verdict is not None else t("verdict.none")


def short_words(t: Catalog, verdict: Verdict | None) -> str:
    """The verdict without the tier's name, for an element or a chart bar."""
    return t(f"verdict.short.{verdict.value}") if verdict is not None else t("verdict.none")


def counts_words(t: Catalog, v: OverallVerdict) -> str:
    """What the overall verdict rests on, in figures."""
    if v.verdict is Verdict.INCOMPLETE:
        text = count(
            t, "verdict.counts.incomplete", v.unanswered, in_scope=v.in_scope, essential=v.unanswered_essential
        )
        if v.answered_critical_gaps:
            text += count(t, "verdict.counts.answered_critical", v.answered_critical_gaps)
        return text
    if v.verdict is Verdict.DOES_NOT_MEET:
        return count(
            t,
            "verdict.counts.critical",
            v.critical_gaps,
            elements=count(t, "verdict.counts.elements", v.elements_with_critical_gaps),
        )
    return share_words(t, v.at_target, v.applicable) + count(t, "verdict.counts.gaps", v.gaps)


def share_words(t: Catalog, at_target: int, applicable: int) -> str:
    share = t.percent(100.0 * at_target / applicable) if applicable else t.percent(100.0)
    return t(
        "verdict.share",
        share=share,
        at_target=at_target,
        applicable=applicable,
        needed=t.percent(float(MEETS_SHARE_PERCENT)),
    )


def target_percent(card: Scorecard, top: int) -> float:
    return 100.0 * min(card.target, top) / top if top else 100.0


def score_words(t: Catalog, percent: float | None, target: float) -> str:
    """'62.5 % against a target of 75.0 %' (or 'no score')."""
    if percent is None:
        return t("summary.no_score")
    return t("verdict.score", score=t.percent(percent), target=t.percent(target))


def element_line(t: Catalog, es: ElementScore, ev: ElementVerdict, target: float) -> str:
    return t(
        "element.verdict_facts",
        score=score_words(t, es.percent, target),
        share=share_words(t, ev.at_target, ev.applicable),
    )


def draft_mark(t: Catalog, v: OverallVerdict) -> str:
    return count(t, "draft.mark", v.unanswered) if v.is_draft else ""


def attention(
    t: Catalog,
    assessment: Assessment,
    card: Scorecard,
    actions: list[Action],
    date: dt.date,
    question_text: dict[str, str],
) -> tuple[Attention, BoardLists]:
    lists = board_lists(assessment, card, actions, date)
    due_by = t.date(lists.due_by)

    def action_text(a: Action) -> str:
        return t("attention.action", question=a.question_id, text=question_text.get(a.question_id, a.recommendation))

    def problems(a: Action) -> str:
        due = t("summary.due", date=t.short_date(a.due)) if a.due else t("summary.no_due")
        return due if a.owner.strip() else f"{t('summary.no_owner')} · {due}"

    # one table for both action lists: an action without owner or due date is listed once
    order = {qid: i for i, qid in enumerate(card.questions)}
    flagged = {a.id: a for a in (*lists.no_owner, *(x.action for x in lists.too_late))}
    in_order = sorted(flagged.values(), key=lambda a: (order.get(a.question_id, len(order)), a.id))
    found = [
        AttentionList(
            t("attention.essential_na"),
            tuple(
                AttentionItem(
                    x.question_id, question_text.get(x.question_id, ""), x.justification or t("q.no_justification")
                )
                for x in lists.essential_na
            ),
        ),
        AttentionList(
            t("attention.actions", date=due_by),
            tuple(AttentionItem(a.id, action_text(a), problems(a)) for a in in_order),
        ),
    ]
    view = Attention(
        title=t("attention.title"),
        intro=t("attention.intro", date=due_by),
        lists=tuple(x for x in found if x.items),
        nothing=t("attention.nothing", date=due_by),
    )
    return view, lists
