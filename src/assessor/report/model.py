"""The report as plain data: every string and number the PDF and the HTML print.

`build_model` reads the form pack, the assessment, its scorecard, the report date and (optionally)
the previous assessment, and returns a `ReportModel`. The renderers only lay it out, so the PDF
and the HTML always state the same facts. Pure Python: no reportlab, no jinja2 here.

The types are in `model_types`; each part of the report is built in its own file (`model_front`,
`model_summary`, `model_sections`, `model_plan`, `model_changes`, `model_method`, `model_attest`)
over the shared `model_context.Context`.
"""

from __future__ import annotations

import datetime as dt

from assessor.core.assessment import Assessment
from assessor.core.forms.models import FormPack
from assessor.core.scoring import Scorecard, score
from assessor.report.model_attest import AttestPart
from assessor.report.model_changes import ChangesPart
from assessor.report.model_front import FrontPart
from assessor.report.model_method import MethodPart
from assessor.report.model_plan import PlanPart
from assessor.report.model_sections import SectionsPart
from assessor.report.model_summary import SummaryPart
from assessor.report.model_types import (
    ActionPlan,
    ActionRow,
    Attestation,
    Bar,
    ChangeRow,
    Changes,
    Cover,
    ElementSection,
    EvidenceEntry,
    EvidenceRegister,
    EvidenceRow,
    Fact,
    FactorRow,
    GapLine,
    Meta,
    Method,
    Profile,
    QuestionEntry,
    ReportModel,
    Summary,
)

__all__ = [
    "ActionPlan",
    "ActionRow",
    "Attestation",
    "Bar",
    "ChangeRow",
    "Changes",
    "Cover",
    "ElementSection",
    "EvidenceEntry",
    "EvidenceRegister",
    "EvidenceRow",
    "Fact",
    "FactorRow",
    "GapLine",
    "Meta",
    "Method",
    "Profile",
    "QuestionEntry",
    "ReportModel",
    "Summary",
    "build_model",
]


class _Builder(FrontPart, SummaryPart, SectionsPart, PlanPart, ChangesPart, MethodPart, AttestPart):
    """Every part of the report, over one shared context."""


def build_model(
    pack: FormPack,
    assessment: Assessment,
    card: Scorecard | None = None,
    *,
    date: dt.date,
    previous: Assessment | None = None,
    language: str = "en",
    summary_only: bool = False,
) -> ReportModel:
    """Everything the report prints, computed once. ``summary_only``: for the board pack (cover, summary,
    attestation), whose text then refers to no section it leaves out."""
    card = card or score(pack, assessment)
    b = _Builder(pack, assessment, card, date, previous, language, summary_only)
    changes = b.changes()
    return ReportModel(
        meta=b.meta(),
        cover=b.cover(),
        summary=b.summary(changes),
        profile=b.profile(),
        elements=b.element_sections(),
        actions=b.action_plan(),
        evidence=b.evidence_register(),
        changes=changes,
        method=b.method(),
        attestation=b.attestation(),
    )
