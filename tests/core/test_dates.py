"""Dates in an assessment: calendar days or nothing; the checks of the details validate adds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assessor.core.assessment import Action, Person, Scope, file_bytes, is_calendar_date
from assessor.core.records import ValidationError
from assessor.core.storage import FileProblem, load_assessment
from assessor.core.validation import detail_problems, looks_like_email, period_problem
from tests.helpers.factories import blank_assessment


@pytest.mark.parametrize("day", ["2024-02-29", "2025-12-31", "2025-01-01", "1999-04-30"])
def test_calendar_days_are_kept(day: str) -> None:
    assert is_calendar_date(day)
    assert Scope(period_start=day).period_start == day and Action(id="A", due=day).due == day


@pytest.mark.parametrize("day", ["2025-13-45", "2025-02-29", "2025-04-31", "20250101", "2025-1-1", "25-01-01", "x"])
def test_impossible_or_misshapen_days_are_refused(day: str) -> None:
    assert not is_calendar_date(day)
    with pytest.raises(ValidationError, match="is not a calendar date"):
        Scope(period_end=day)
    scope = Scope()
    with pytest.raises(ValidationError):
        scope.period_start = day  # an edit cannot put one in either
    assert scope.period_start == ""


def test_the_app_opens_a_file_an_earlier_version_let_hold_an_impossible_date(tmp_path: Path) -> None:
    data = json.loads(file_bytes(blank_assessment()))
    data["scope"].update(period_start="2025-01-01", period_end="2025-13-45")
    data["actions"] = [{"id": "A1", "due": "2026-02-30"}, {"id": "A2", "due": "2026-03-01"}]
    path = tmp_path / "old.g4sa"
    path.write_text(json.dumps(data))
    with pytest.raises(FileProblem, match=r"scope\.period_end: '2025-13-45' is not a calendar date"):
        load_assessment(path)  # what validate and every command do
    cleared: list[str] = []
    assessment = load_assessment(path, cleared=cleared)  # what the app does, and says
    assert cleared == ["scope.period_end (2025-13-45)", "actions.0.due (2026-02-30)"]
    assert (assessment.scope.period_start, assessment.scope.period_end) == ("2025-01-01", "")
    assert [a.due for a in assessment.actions] == ["", "2026-03-01"]


def test_details_that_cannot_be_right_are_located() -> None:
    assessment = blank_assessment()
    assert detail_problems(assessment) == []
    assessment.scope.period_start, assessment.scope.period_end = "2025-06-02", "2025-06-01"
    assessment.assessors.append(Person(email="a@b"))
    assessment.signatory.email = "dpo@example.org"
    found = detail_problems(assessment)
    assert found[0].startswith("scope.period_end: the period ends (2025-06-01) before it starts (2025-06-02)")
    assert found[1].startswith("assessors.0.email: 'a@b' is not an e-mail address") and len(found) == 2
    assert period_problem("2025-06-01", "2025-06-01") == "" and period_problem("", "2025-01-01") == ""


@pytest.mark.parametrize(
    ("address", "ok"),
    [
        ("", True),
        ("dpo@hospital.example.org", True),
        ("a.b+c@x.fr", True),
        ("not-an-email", False),
        ("a@b", False),
        ("a @b.org", False),
        ("a@@b.org", False),
        ("a@b..org", False),
        ("a@b.org.", False),
    ],
)
def test_email_shape(address: str, ok: bool) -> None:
    assert looks_like_email(address) is ok
