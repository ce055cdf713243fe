"""A report cannot be dated before what it describes: the file's last change or the start of its period."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator

import pytest

from assessor.core.assessment import Answer, Scope
from assessor.core.report_date import last_change, report_date_problem
from tests.helpers.factories import blank_assessment


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_last_change_is_the_file_or_its_latest_answer() -> None:
    a = blank_assessment()
    a.modified = "2026-03-01T09:00:00Z"
    assert last_change(a) == dt.date(2026, 3, 1)
    a.answers["TR-01"] = Answer(level=2, answered_at="2026-04-02T10:00:00Z")
    assert last_change(a) == dt.date(2026, 4, 2)
    assert report_date_problem(a, dt.date(2026, 4, 2)) is None
    problem = report_date_problem(a, dt.date(2026, 4, 1))
    assert problem is not None and "2026-04-01" in problem and "2026-04-02" in problem


def test_the_start_of_the_period() -> None:
    a = blank_assessment()
    a.modified = "2026-03-01T09:00:00Z"
    a.scope = Scope(period_start="2026-06-01", period_end="2027-05-31")
    problem = report_date_problem(a, dt.date(2026, 5, 31))
    assert problem is not None and "start of the assessment period (2026-06-01)" in problem
    assert report_date_problem(a, dt.date(2026, 6, 1)) is None


@pytest.mark.usefixtures("new_york")
def test_an_evening_west_of_greenwich_is_still_today() -> None:
    a = blank_assessment()
    a.modified = "2026-07-01T01:30:00Z"  # 21:30 on 30 June in New York
    assert last_change(a) == dt.date(2026, 6, 30)
    assert report_date_problem(a, dt.date(2026, 6, 30)) is None
