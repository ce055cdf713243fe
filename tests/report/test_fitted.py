"""The trial layout that chooses how tight the cover and the board summary are counts the pages a real,
drawn layout of the same story takes, at every level, near the cover's limit too."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Callable

import pytest
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from assessor.core.demo import make_demo
from assessor.core.tiers import Tier
from assessor.core.validation import pack_for
from assessor.report import attestation as att
from assessor.report import pdf_front
from assessor.report.model import ReportModel
from assessor.report.pdf import BOTTOM, MARGIN, TOP
from assessor.report.pdf_styles import Styles
from assessor.report.render import report_model

DATE = dt.date(2026, 10, 1)


def _drawn_pages(story: list[Flowable], frame: tuple[float, float]) -> int:
    """The pages of a whole reportlab build of ``story``, drawn and written."""
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=frame, leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0)
    doc.addPageTemplates([PageTemplate(frames=[Frame(0, 0, *frame, leftPadding=0, rightPadding=0)])])
    doc.build(story)
    assert out.getvalue().startswith(b"%PDF")
    return int(doc.page)


def _model(tier: Tier, language: str) -> ReportModel:
    a = make_demo(tier)
    return report_model(pack_for(a, language).pack, a, date=DATE, language=language)


def _counts(model: ReportModel, paper: att.Paper) -> list[tuple[int, int]]:
    """(trial, drawn) pages of the cover and the summary at each level."""
    width, height = att.page_size(paper)
    frame = (width - 2 * MARGIN, height - TOP - BOTTOM)
    s = Styles()
    out = []
    makers: list[Callable[[int], list[Flowable]]] = [
        lambda level: pdf_front.cover(model.cover, s, frame[0], level, trial=True),
        lambda level: pdf_front.summary(model.summary, s, frame[0], level),
    ]
    for level in range(3):
        for make in makers:
            out.append((pdf_front._pages(make(level), frame), _drawn_pages(make(level), frame)))
    return out


@pytest.mark.parametrize(("tier", "language", "paper"), [(Tier.HIGH, "en", "a4"), (Tier.MODERATE, "fr", "letter")])
def test_the_trial_counts_the_pages_of_a_drawn_layout(tier: Tier, language: str, paper: att.Paper) -> None:
    counts = _counts(_model(tier, language), paper)
    assert all(trial == drawn for trial, drawn in counts), counts
    assert any(drawn > 1 for _, drawn in counts)  # a case that does not fit one page is among them


def test_the_trial_counts_the_pages_of_a_drawn_layout_near_the_covers_limit() -> None:
    model = _model(Tier.HIGH, "en")
    seen = set()
    for k in range(0, 12, 2):  # a longer and longer title and note push the cover onto a second page
        note = model.cover.note + " more words" * (k * 8)
        cover = dataclasses.replace(model.cover, note=note, assessment_title="A title " * k)
        counts = _counts(dataclasses.replace(model, cover=cover), "a4")
        assert all(trial == drawn for trial, drawn in counts), (k, counts)
        seen.add(counts[0][1])
    assert seen == {1, 2}
