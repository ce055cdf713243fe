"""The report date: never earlier than what the report describes.

A report dated before the assessment's last change, or before the start of its period, would
state as fact on that day what was only known later. The last change is the later of the file's
``modified`` time and the time of its most recent answer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from assessor.core.assessment import Assessment


def _day(text: str) -> dt.date | None:
    """The calendar day of an ISO date or time; a time in UTC is read as this computer's local day (the
    day the user would write as the report date), so an evening's work west of Greenwich is not 'tomorrow'."""
    try:
        if len(text) <= 10:
            return dt.date.fromisoformat(text)
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        return moment.astimezone().date() if moment.tzinfo else moment.date()
    except ValueError:
        return None


def last_change(assessment: Assessment) -> dt.date | None:
    days = [_day(assessment.modified), *(_day(a.answered_at) for a in assessment.answers.values() if a.answered_at)]
    known = [d for d in days if d is not None]
    return max(known) if known else None


@dataclass(frozen=True)
class TooEarly:
    """A report date that comes before ``limit``: the file's last change, or the start of its period."""

    date: dt.date
    limit: dt.date
    reason: Literal["last-change", "period-start"]

    def __str__(self) -> str:
        what = "the assessment's last change" if self.reason == "last-change" else "the start of the assessment period"
        return (
            f"the report date {self.date.isoformat()} is earlier than {what} ({self.limit.isoformat()}); "
            f"date the report on or after {self.limit.isoformat()}"
        )


def too_early(assessment: Assessment, date: dt.date) -> TooEarly | None:
    """Why ``date`` cannot be the report date, or None when it can."""
    changed = last_change(assessment)
    if changed is not None and date < changed:
        return TooEarly(date, changed, "last-change")
    start = _day(assessment.scope.period_start)
    if start is not None and date < start:
        return TooEarly(date, start, "period-start")
    return None


def report_date_problem(assessment: Assessment, date: dt.date) -> str | None:
    """The refusal in one line naming both dates, or None when ``date`` can be the report date."""
    problem = too_early(assessment, date)
    return str(problem) if problem is not None else None
