"""Opening a signed report again: its assessment, and next year's reassessment started from it."""

from __future__ import annotations

import pytest

from assessor.core.assessment import Assessment, fingerprint
from assessor.signing.errors import SigningProblem
from assessor.signing.reopen import reassessment_from_report, reopen_report
from tests.signing.reports import make_lookalike_report


def test_reopen_gives_the_signed_assessment(signed: bytes, assessment: Assessment) -> None:
    reopened = reopen_report(signed, "signed.pdf")
    assert reopened.assessment == assessment
    assert reopened.fingerprint == fingerprint(assessment)
    assert reopened.matches_print is True
    assert reopened.date == "2026-11-23"


def test_reassessment_records_the_signed_report(signed: bytes, assessment: Assessment) -> None:
    new = reassessment_from_report(signed, "signed.pdf")
    assert new.previous is not None
    assert new.previous.report_id == reopen_report(signed).report_id
    assert new.previous.fingerprint == fingerprint(assessment)
    assert new.previous.date == "2026-11-23"
    assert new.previous.file_name == "signed.pdf"
    assert new.previous.tier is not None and new.previous.tier.value == "high"
    assert set(new.answers) == set(assessment.answers)
    assert new.id != assessment.id


def test_a_pdf_without_data_cannot_be_reopened(assessment: Assessment) -> None:
    lookalike = make_lookalike_report(assessment)
    with pytest.raises(SigningProblem, match=r"does not verify.*not signed"):
        reopen_report(lookalike)
    with pytest.raises(SigningProblem, match="no embedded assessment"):
        reopen_report(lookalike, unverified=True)
