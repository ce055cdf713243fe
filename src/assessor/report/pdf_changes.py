"""Changes since the previous assessment."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Spacer,
)

from assessor.report.model import (
    Changes,
)
from assessor.report.pdf_blocks import facts_table, grid, heading
from assessor.report.pdf_styles import (
    Styles,
    clean,
    para,
)


def changes(c: Changes, s: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [heading(c.number, c.title, s, "changes"), para(c.basis, s.body)]
    if c.facts:
        story.append(facts_table(c.facts, s, width))
    if c.elements:
        story.append(Paragraph(clean(c.elements_title), s.h2))
        rows = [
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
                [para(x.key, s.cell_bold), para(x.text, s.footer)],
                para(x.before, s.cell),
                para(x.after, s.cell),
                para(x.change, s.cell),
            ]
            for x in c.answers
        ]
        story.append(grid(c.answer_columns, rows, [width - 250, 70, 70, 110], s))
    story.append(Spacer(1, 2 * mm))
    story.append(para(c.unchanged, s.small))
    return story
