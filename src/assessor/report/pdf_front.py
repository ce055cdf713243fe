"""The front of the report: the cover, the board summary and its lists, the chart of the scores."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from assessor.report.model import (
    Cover,
    Summary,
)
from assessor.report.pdf_blocks import base_table_style, clip, facts_table, grid, heading
from assessor.report.pdf_charts import qr_code, score_chart
from assessor.report.pdf_styles import (
    ACCENT,
    RULE,
    SANS,
    Styles,
    clean,
    markup,
    para,
)
from assessor.report.verdict_view import Attention


def cover(c: Cover, s: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        Spacer(1, 10 * mm),
        para(c.title, s.title),
        para(c.subtitle, s.subtitle),
        para(c.institution, s.institution),
        Spacer(1, 6 * mm),
        facts_table(c.facts, s, width, label_w=120),
        Spacer(1, 8 * mm),
    ]
    ids = [[para(f.label, s.cell_bold), Paragraph(markup(f.value), s.mono)] for f in c.ids]
    table = Table(ids, colWidths=[120, width - 120])
    table.setStyle(TableStyle([*base_table_style(header=False), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
    qr = Table([[qr_code(c.qr_payload, 96), para(c.qr_caption, s.small)]], colWidths=[120, width - 120])
    qr.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    story += [table, Spacer(1, 4 * mm), qr]
    if c.note:
        story += [Spacer(1, 4 * mm), para(c.note, s.small_ink)]
    return story


def summary(m: Summary, s: Styles, width: float) -> list[Flowable]:
    """The board summary, two pages at most: the verdict, the tier and its reasons, the critical gaps
    with their actions (one compact row each), what needs the board's attention, and who signs."""
    story: list[Flowable] = [heading(m.number, m.title, s, "summary")]
    result = Table(
        [
            [para(m.overall_title, s.cell_bold)],
            [para(m.verdict, s.verdict)],
            [para(m.verdict_counts, s.body_tight)],
            [para(m.score_line, s.small_ink)],
            [para(m.tier_line, s.small_ink)],
        ],
        colWidths=[width],
    )
    result.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    story += [result, Spacer(1, 3 * mm), facts_table(m.counts, s, width, label_w=200)]
    story += [Paragraph(clean(m.tier_title), s.h2), para(m.tier_value, s.body_tight)]
    story += [Paragraph(markup(r), s.bullet_small, bulletText="•") for r in m.tier_reasons]
    story += [Paragraph(clean(m.critical_title), s.h2), para(m.critical_intro, s.small_ink)]
    flagged = {x.key for lst in m.attention.lists for x in lst.items}
    if m.critical:
        rows = []
        for g in m.critical:
            late = g.action in flagged
            follow = f"{g.action}: {g.owner} · {g.due}" if g.action else ""
            rows.append(
                [
                    para(g.question_id, s.cell_bold),
                    para(clip(g.text, SUMMARY_TEXT), s.small_ink),
                    para(g.answer, s.small_ink),
                    para(follow, s.small_bold if late else s.small_ink),
                ]
            )
        widths = [52, 0.0, 90, 146]
        widths[1] = width - sum(widths)
        story.append(grid(m.critical_columns, rows, widths, s))
    story += attention(m.attention, s, width, skip={g.action for g in m.critical if g.action})
    if m.signs:
        story += [Spacer(1, 3 * mm), para(m.signs, s.small_ink)]
    return story


def scores(m: Summary, s: Styles, width: float) -> list[Flowable]:
    """The chart of the scores per Core Element, with its caption."""
    chart = [Paragraph(clean(m.chart_title), s.h2), score_chart(m, width), Spacer(1, 2 * mm)]
    return [KeepTogether([*chart, para(m.chart_caption, s.small)])]


SUMMARY_TEXT = 80  # characters of a question's text in the board summary (the full text is in its section)


def attention(a: Attention, s: Styles, width: float, skip: set[str] | frozenset[str] = frozenset()) -> list[Flowable]:
    """The board's lists: essential questions marked N/A, critical actions without an owner or due too late
    (those already in the critical gaps table, ``skip``, are shown there in bold)."""
    story: list[Flowable] = [Paragraph(clean(a.title), s.h2)]
    lists = [(lst.title, [x for x in lst.items if x.key not in skip]) for lst in a.lists]
    lists = [(title, items) for title, items in lists if items]
    story.append(para(a.intro if a.lists else a.nothing, s.small_ink))
    for title, items in lists:
        story.append(Paragraph(f"<b>{clean(title)}</b>", s.small_ink))
        rows = [
            [para(x.key, s.cell_bold), para(clip(x.text, SUMMARY_TEXT), s.small_ink), para(x.detail, s.small_ink)]
            for x in items
        ]
        t = Table(rows, colWidths=[50, width - 50 - 230, 230])
        t.setStyle(TableStyle([*base_table_style(header=False), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
        story += [t, Spacer(1, 2 * mm)]
    return story
