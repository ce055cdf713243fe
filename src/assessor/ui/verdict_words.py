"""The verdict against the tier's target, worded for the interface (results, sidebar, review).

The same rule and counts as the report (``core/verdict.py``); the words go through Qt's
translation (context "Verdict").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from assessor.core.verdict import OverallVerdict, Verdict


def _tr(text: str) -> str:
    return QCoreApplication.translate("Verdict", text)


def headline(verdict: Verdict | None, tier: str) -> str:
    """'Does not meet the High target', or 'Incomplete'."""
    if verdict is Verdict.INCOMPLETE:
        return _tr("Incomplete")
    if verdict is Verdict.DOES_NOT_MEET:
        return _tr("Does not meet the {tier} target").format(tier=tier)
    if verdict is Verdict.PARTLY_MEETS:
        return _tr("Partly meets the {tier} target").format(tier=tier)
    if verdict is Verdict.MEETS:
        return _tr("Meets the {tier} target").format(tier=tier)
    return _tr("No question in scope")


def short(verdict: Verdict | None) -> str:
    """The verdict in a word or two, for the sidebar and the element table."""
    if verdict is Verdict.INCOMPLETE:
        return _tr("Incomplete")
    if verdict is Verdict.DOES_NOT_MEET:
        return _tr("Does not meet")
    if verdict is Verdict.PARTLY_MEETS:
        return _tr("Partly meets")
    if verdict is Verdict.MEETS:
        return _tr("Meets")
    return "—"


def counts(v: OverallVerdict) -> str:
    """What the verdict rests on, in figures."""
    if v.verdict is Verdict.INCOMPLETE:
        text = _tr("{n} of {total} questions unanswered ({essential} essential)").format(
            n=v.unanswered, total=v.in_scope, essential=v.unanswered_essential
        )
        n = v.answered_critical_gaps
        if n:
            more = (
                _tr("1 critical gap among the answers") if n == 1 else _tr("{n} critical gaps among the answers")
            ).format(n=n)
            text = _tr("{first}; {then}").format(first=text, then=more)
        return text
    if v.verdict is Verdict.DOES_NOT_MEET:
        gaps = _tr("1 critical gap") if v.critical_gaps == 1 else _tr("{n} critical gaps").format(n=v.critical_gaps)
        n = v.elements_with_critical_gaps
        where = _tr("in 1 element") if n == 1 else _tr("in {n} elements").format(n=n)
        return f"{gaps} {where}"
    gaps = _tr("1 gap, not critical") if v.gaps == 1 else _tr("{n} gaps, none critical").format(n=v.gaps)
    return _tr("{first}; {then}").format(first=share(v.at_target, v.applicable), then=gaps)


def share(at_target: int, applicable: int) -> str:
    percent = 100.0 * at_target / applicable if applicable else 100.0
    return _tr("{share} % of applicable questions at or above target ({at} of {total}; 80 % needed)").format(
        share=f"{percent:.0f}", at=at_target, total=applicable
    )


def full(v: OverallVerdict, tier: str) -> str:
    return _tr("{verdict}: {counts}").format(verdict=headline(v.verdict, tier), counts=counts(v))
