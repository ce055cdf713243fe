"""The report's KeepTogether measures what reportlab's measures, without copying the frame when its
content cannot add to the frame, and with reportlab's own measure when it can."""

from __future__ import annotations

import io
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Frame, KeepTogether, Spacer
from reportlab.platypus.flowables import HRFlowable

from assessor.report.pdf_blocks import Together
from assessor.report.pdf_paragraph import Paragraph
from assessor.report.pdf_styles import Styles, markup


def _canvas_in_a_frame(free: float) -> Canvas:
    """A canvas whose document is laying out a frame with ``free`` points left (as during a build)."""
    doc = BaseDocTemplate(io.BytesIO())
    frame = Frame(0, 0, 400, 600)
    frame._reset()
    frame._y = frame._y1p + free
    frame._atTop = 0
    doc.frame = frame
    canv = Canvas(io.BytesIO())
    canv._doctemplate = doc
    return canv


def _measure(cls: type[KeepTogether], content: list[Any], free: float) -> tuple[Any, ...]:
    block = cls(content)
    block.canv = _canvas_in_a_frame(free)
    size = block.wrap(400, free)
    return size, block._H, block._H0


def test_paragraphs_rules_and_spacers_are_measured_alone_as_reportlab_measures_them() -> None:
    s = Styles()

    def content() -> list[Any]:
        return [
            Paragraph("<b>Evidence:</b>", s.detail),
            Paragraph(markup("a document, described at some length " * 6), s.evidence_item, bulletText="–"),
            Spacer(1, 2),
            HRFlowable(width="100%", thickness=0.4, spaceBefore=3, spaceAfter=6),
            Paragraph("Reference: C1; C2", s.clause),
        ]

    assert Together(content()).alone()
    for free in (30.0, 300.0):
        assert _measure(Together, content(), free) == _measure(KeepTogether, content(), free)


def test_content_that_looks_at_the_frame_is_measured_by_reportlab() -> None:
    s = Styles()

    def content() -> list[Any]:
        return [Paragraph("a heading", s.h2), CondPageBreak(200), Paragraph("what follows", s.body)]

    assert not Together(content()).alone()
    assert _measure(Together, content(), 100.0) == _measure(KeepTogether, content(), 100.0)
