"""The method: tiers, scale, scoring rules and how every number is computed, and a worked example: one Core
Element's score and verdict recomputed from its answers, so that a board can redo it by hand."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    LongTable,
    Spacer,
    TableStyle,
)

from assessor.report.model import (
    Method,
)
from assessor.report.pdf_blocks import CELL_CHUNK, base_table_style, grid, heading
from assessor.report.pdf_paragraph import Paragraph
from assessor.report.pdf_styles import (
    RULE,
    Styles,
    clean,
    para,
    pieces,
)


def method(m: Method, s: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [heading(m.number, m.title, s, "method"), para(m.intro, s.body)]
    story += [Paragraph(clean(m.tiers_title), s.h2), para(m.tiers_intro, s.body)]
    rows = [[para(a, s.cell_bold), para(b, s.cell), para(c, s.cell)] for a, b, c in m.tiers]
    story.append(grid(m.tier_columns, rows, [64, 130, width - 194], s))
    story += [Paragraph(clean(m.rules_title), s.h3)]
    rows = [[para(a, s.cell_bold), para(b, s.cell)] for a, b in m.rules]
    story.append(grid(m.rule_columns, rows, [64, width - 64], s))
    story += [CondPageBreak(60 * mm), Paragraph(clean(m.scale_title), s.h2)]
    rows = [[para(a, s.cell_bold), para(b, s.cell), para(c, s.cell)] for a, b, c in m.scale]
    story.append(grid(m.scale_columns, rows, [40, 170, width - 210], s))
    story += [Spacer(1, 2 * mm), para(m.na_rule, s.body)]
    story += [Paragraph(clean(m.scoring_title), s.h2)]
    story += [para(text, s.body) for text in m.rules_text]
    story += [Paragraph(clean(m.formulas_title), s.h2)]
    lines: list[list[Any]] = []
    ends: list[int] = []
    for f in m.formulas:  # a formula of hundreds of questions continues on further rows
        for n, piece in enumerate(pieces(f.value, CELL_CHUNK)):
            lines.append([para(f.label, s.cell_bold) if n == 0 else "", para(piece, s.cell)])
        ends.append(len(lines) - 1)
    cut = max(len(lines) - 2, 0)  # the last rows stay with the closing paragraph: it never ends alone on a page

    def table(first: int, last: int) -> LongTable:
        t = LongTable(lines[first:last], colWidths=[150, width - 150])
        rules = [("LINEBELOW", (0, r - first), (-1, r - first), 0.4, RULE) for r in ends if first <= r < last]
        t.setStyle(TableStyle([*base_table_style(header=False), *rules]))
        return t

    if cut:
        story.append(table(0, cut))
    story.append(KeepTogether([table(cut, len(lines)), Spacer(1, 3 * mm), para(m.fingerprint_text, s.body)]))
    return story


def worked_example(m: Method, s: Styles, width: float) -> list[Flowable]:
    if not m.example_rows:
        return []
    rows = [[para(row[0], s.cell_bold), *(para(x, s.cell) for x in row[1:])] for row in m.example_rows]
    widths = [52.0, 72.0, 62.0, 48.0, 90.0, 0.0]
    widths[-1] = width - sum(widths)
    # the example is read as one piece: its title, the table and the arithmetic move to a new page together
    example: list[Flowable] = [Paragraph(clean(m.example_title), s.h2), para(m.example_intro, s.body)]
    example += [grid(m.example_columns, rows, widths, s), Spacer(1, 2 * mm)]
    example += [para(line, s.body) for line in m.example_lines]
    return [KeepTogether(example)]
