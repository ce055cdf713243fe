"""Reopening a signed report: the assessment it carries, and next year's reassessment from it."""

from __future__ import annotations

from dataclasses import dataclass

from assessor.core.assessment import Assessment, fingerprint
from assessor.core.reassessment import start_reassessment
from assessor.core.storage import loads_assessment
from assessor.signing.verify import read_signed_report


@dataclass(frozen=True)
class ReopenedReport:
    assessment: Assessment  # as signed (read from the signed revision)
    report_id: str | None
    fingerprint: str  # of the embedded assessment
    printed_fingerprint: str | None
    date: str | None  # YYYY-MM-DD, from the report id

    @property
    def matches_print(self) -> bool | None:
        return None if self.printed_fingerprint is None else self.printed_fingerprint == self.fingerprint


def reopen_report(pdf: bytes, name: str = "report.pdf", *, unverified: bool = False) -> ReopenedReport:
    """The assessment a signed report carries. Raises `NotAPdf`, `SigningProblem` or `FileProblem`.

    Only from a report that verifies (the revision its assessor's signature covers): otherwise
    `SigningProblem` says why. ``unverified=True`` reads it anyway (``extract --unverified`` only).
    """
    report = read_signed_report(pdf, unverified=unverified)
    assessment = loads_assessment(report.assessment_bytes, f"{name} (assessment.g4sa)")
    return ReopenedReport(assessment, report.report_id, fingerprint(assessment), report.fingerprint, report.date)


def reassessment_from_report(pdf: bytes, name: str = "report.pdf") -> Assessment:
    """Next year's assessment, carried forward from the one a signed report carries."""
    reopened = reopen_report(pdf, name)
    return start_reassessment(
        reopened.assessment,
        report_id=reopened.report_id or "",
        fingerprint=reopened.printed_fingerprint or reopened.fingerprint,
        date=reopened.date or "",
        file_name=name,
    )
