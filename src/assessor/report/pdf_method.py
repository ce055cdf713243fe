"""The method's worked example: one Core Element's score and verdict recomputed from its answers, as a
table of weights, levels and targets followed by the arithmetic, so that a board can redo it by hand."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from assessor.report.model import Method
from assessor.report.pdf_pages import grid
from assessor.report.pdf_styles import Styles, clean, para


def worked_example(m: Method, s: Styles, width: float) -> list[Flowable]:
    if not m.example_rows:
        return []
    story: list[Flowable] = [CondPageBreak(70 * mm), Paragraph(clean(m.example_title), s.h2)]
    story.append(para(m.example_intro, s.body))
    rows = [[para(row[0], s.cell_bold), *(para(x, s.cell) for x in row[1:])] for row in m.example_rows]
    widths = [52.0, 72.0, 62.0, 48.0, 90.0, 0.0]
    widths[-1] = width - sum(widths)
    story += [grid(m.example_columns, rows, widths, s), Spacer(1, 2 * mm)]
    story += [para(line, s.body) for line in m.example_lines]
    return story
