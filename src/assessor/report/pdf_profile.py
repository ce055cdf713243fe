"""The scope and risk profile section."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Spacer,
    TableStyle,
)

from assessor.report.model import (
    Profile,
)
from assessor.report.pdf_blocks import grid, heading
from assessor.report.pdf_paragraph import Paragraph
from assessor.report.pdf_styles import (
    INK,
    Styles,
    clean,
    markup,
    para,
    paragraphs,
    pieces,
)


def profile(p: Profile, s: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [heading(p.number, p.title, s, "profile"), Paragraph(clean(p.scope_title), s.h2)]
    for f in p.scope:
        story += paragraphs(f.value, s.body, first_label=f.label, colon=s.colon)
    for label, items in (
        (p.activities_label, p.activities),
        (p.datasets_label, p.datasets),
        (p.assessors_label, p.assessors),
    ):
        story.append(
            Paragraph(f"<b>{s.label(label)}</b>" + ("" if items else f" {clean(p.none_listed)}"), s.body_tight)
        )
        for item in items:
            story += [Paragraph(markup(piece), s.bullet, bulletText="•") for piece in pieces(item)]
        story.append(Spacer(1, 3))
    factors: list[Flowable] = [Paragraph(clean(p.factors_title), s.h2), para(p.factors_intro, s.body)]
    rows = [
        [para(f.id, s.cell_bold), para(f.title, s.cell), para(f.level, s.cell), para(f.score, s.cell_right)]
        for f in p.factors
    ]
    rows.append(
        [para("", s.cell), para(p.total.label, s.cell_bold), para("", s.cell), para(p.total.value, s.cell_right)]
    )
    t = grid(
        (p.factor_columns[0], "", p.factor_columns[1], p.factor_columns[2]),
        rows,
        [30, 150, width - 30 - 150 - 46, 46],
        s,
        right=(3,),
    )
    t.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.8, INK)]))
    story.append(KeepTogether([*factors, t]))  # the factors on one page, not a row or two left over
    story += [CondPageBreak(50 * mm), Paragraph(s.label(p.tier.label) + " " + clean(p.tier.value), s.h2)]
    story.append(para(p.raised_line or p.computed_line, s.body))
    if p.justification is not None:
        story += paragraphs(p.justification.value, s.body, first_label=p.justification.label, colon=s.colon)
    if p.reasons_in_summary:
        story.append(para(p.reasons_in_summary, s.body))
    else:
        story.append(Paragraph(f"<b>{s.label(p.reasons_title)}</b>", s.body_tight))
        story += [Paragraph(markup(r), s.bullet, bulletText="•") for r in p.reasons]
    story += [Paragraph(clean(p.tier_means_title), s.h3), para(p.tier_means, s.body)]
    return story
