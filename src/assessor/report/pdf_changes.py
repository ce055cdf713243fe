"""The page of changes since the previous assessment: what a board compares at a glance.

The previous report's id and the tier and overall score before and now; the gaps closed and opened and
the answers now (or no longer) not applicable, by question id; the scores per Core Element; and every
answer that changed, with its label before, its label and target now, and what the change means.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from assessor.report.model import Changes
from assessor.report.pdf_blocks import facts_table, grid, heading
from assessor.report.pdf_paragraph import Paragraph
from assessor.report.pdf_styles import Styles, clean, para

QUESTION_TEXT = 90  # characters of a question's text in the table (the full text is in its section)


def changes(c: Changes, s: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [heading(c.number, c.title, s, "changes"), para(c.basis, s.body)]
    if c.facts:
        story.append(facts_table(c.facts, s, width, label_w=170))
    if c.elements:
        story.append(Paragraph(clean(c.elements_title), s.h2))
        rows: list[list[Any]] = [
            [
                para(x.text, s.cell),
                para(x.before, s.cell_right),
                para(x.after, s.cell_right),
                para(x.change, s.cell_right),
            ]
            for x in c.elements
        ]
        story.append(grid(c.element_columns, rows, [width - 210, 70, 70, 70], s, right=(1, 2, 3)))
    story.append(Paragraph(clean(c.answers_title), s.h2))
    if not c.answers:
        story.append(para(c.no_answers, s.body))
    else:
        rows = [
            [
                [para(x.key, s.cell_bold), para(_clip(x.text, QUESTION_TEXT), s.footer)],
                para(x.before, s.cell),
                para(x.after, s.cell),
                para(x.change, s.cell),
            ]
            for x in c.answers
        ]
        widths = [0.0, 0.22 * width, 0.25 * width, 0.2 * width]
        widths[0] = width - sum(widths)
        story.append(grid(c.answer_columns, rows, widths, s))
    story += [Spacer(1, 2 * mm), para(c.unchanged, s.small)]
    return story


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
