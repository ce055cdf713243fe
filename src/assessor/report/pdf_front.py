"""The front of the report: the cover, the board summary and its lists, the chart of the scores."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
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
from assessor.report.pdf_paragraph import Paragraph
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


def cover(c: Cover, s: Styles, width: float, compact: int = 0, *, trial: bool = False) -> list[Flowable]:
    """The cover; ``compact`` 1 tightens its spacing, 2 also sets the QR code beside the identifiers.
    A ``trial`` cover (for measuring) has an empty square of the QR code's size instead: quicker to draw."""
    code: Flowable = Spacer(QR_SIZE, QR_SIZE) if trial else qr_code(c.qr_payload, QR_SIZE)
    gap = 0.5 if compact else 1.0
    story: list[Flowable] = [
        Spacer(1, 10 * mm * gap),
        para(c.title, s.title),
        para(c.subtitle, s.subtitle),
        Spacer(1, 28 * gap),
        para(c.institution, s.institution),
        *([para(c.assessment_title, s.assessment_title)] if c.assessment_title else []),
        Spacer(1, 6 * mm * gap),
        facts_table(c.facts, s, width, label_w=120),
        Spacer(1, 8 * mm * gap),
    ]
    beside = compact >= 2
    value_w = width - 120 - (QR_ROOM if beside else 0)
    ids: list[list[Flowable | str]] = [[para(f.label, s.cell_bold), Paragraph(markup(f.value), s.mono)] for f in c.ids]
    if beside:
        ids[0].append(code)
        for row in ids[1:]:
            row.append("")
    table = Table(ids, colWidths=[120, value_w] + ([QR_ROOM] if beside else []))
    table.setStyle(TableStyle([*base_table_style(header=False), ("LINEBELOW", (0, 0), (1, -1), 0.4, RULE)]))
    if beside:
        table.setStyle(TableStyle([("SPAN", (2, 0), (2, -1)), ("VALIGN", (2, 0), (2, -1), "MIDDLE")]))
        story += [table, Spacer(1, 2 * mm), para(c.qr_caption, s.small)]
    else:
        qr = Table([[code, para(c.qr_caption, s.small)]], colWidths=[120, width - 120])
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
        story += [Spacer(1, 4 * mm * gap), para(c.note, s.small_ink)]
    return story


QR_SIZE = 96.0
QR_ROOM = 110.0  # the QR code's column when it stands beside the identifiers


def fitted(
    make: Callable[[int, bool], list[Flowable]], levels: int, frame: tuple[float, float], pages: int
) -> list[Flowable]:
    """The loosest of ``make(0, …)`` … ``make(levels - 1, …)`` that fits in ``pages`` pages of a ``frame``
    (width, height); the last if none does. ``make``'s second argument says the story is only measured."""
    for compact in range(levels):
        if compact == levels - 1 or _pages(make(compact, True), frame) <= pages:
            break
    return make(compact, False)  # afresh: the trial layout consumed the flowables it measured


def fitted_cover(c: Cover, s: Styles, frame: tuple[float, float]) -> list[Flowable]:
    """The cover on one page: looser or tighter as its content needs."""
    return fitted(lambda compact, trial: cover(c, s, frame[0], compact, trial=trial), 3, frame, 1)


def fitted_summary(m: Summary, s: Styles, frame: tuple[float, float], pages: int = 2) -> list[Flowable]:
    """The board summary laid out as loosely as fits in ``pages`` pages of a ``frame``: tighter rows
    first, then the critical gaps without their question text (it is in their section)."""
    return fitted(lambda compact, _: summary(m, s, frame[0], compact), 3, frame, pages)


def _pages(story: list[Flowable], frame: tuple[float, float]) -> int:
    """How many pages ``story`` takes in frames of ``frame``: a trial layout that draws nothing and
    writes no PDF (the flowables are thrown away after it)."""
    doc = BaseDocTemplate(io.BytesIO(), pagesize=frame, leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0)
    body = _TrialFrame(0, 0, *frame, leftPadding=0, rightPadding=0)  # as the body's frame
    doc.addPageTemplates([PageTemplate(frames=[body])])
    doc._doSave = 0  # reportlab's switch: the build ends without writing the file
    doc.build(list(story))
    return int(doc.page)


class _TrialFrame(Frame):  # type: ignore[misc]
    """A frame that places its flowables as the body's frame does, without drawing them: the place and
    the size of each come from its wrap and split, never from its drawing."""

    def _add(self, flowable: Flowable, canv: Any, trySplit: int = 0) -> int:  # noqa: N803 (reportlab's name)
        flowable.drawOn = _not_drawn
        return int(super()._add(flowable, canv, trySplit))

    add = _add  # reportlab's Frame calls its own ``_add`` by this name


def _not_drawn(*_args: Any, **_kwargs: Any) -> None:
    pass


def summary(m: Summary, s: Styles, width: float, compact: int = 0) -> list[Flowable]:
    """The board summary, two pages at most: the verdict, the tier and its reasons, the critical gaps
    with their actions (one compact row each), what needs the board's attention, and who signs.
    ``compact`` 1 tightens the rows of its tables, 2 also leaves the question text out of the critical gaps."""
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
            follow = f"{g.action}{s.colon} {g.owner} · {g.due}" if g.action else ""
            rows.append(
                [
                    para(g.question_id, s.cell_bold),
                    para(clip(g.text, SUMMARY_TEXT), s.small_ink),
                    para(g.answer, s.small_ink),
                    para(follow, s.small_bold if late else s.small_ink),
                ]
            )
        columns = list(m.critical_columns)
        if compact >= 2:  # one line a row: the answer and the action get the question text's room
            rows = [[r[0], r[2], r[3]] for r in rows]
            del columns[1]
            widths = [52, 0.0, width * 0.48]
            widths[1] = width - sum(widths)
        else:
            widths = [52, 0.0, 90, 146]
            widths[1] = width - sum(widths)
        table = grid(tuple(columns), rows, widths, s)
        if compact:
            table.setStyle(TableStyle(TIGHT))
        story.append(table)
    story += attention(m.attention, s, width, skip={g.action for g in m.critical if g.action}, compact=compact)
    story += [Spacer(1, 2 * mm), *(para(line, s.small_ink) for line in (m.flagged_line, m.changes_line) if line)]
    if m.signs:
        story += [Spacer(1, 3 * mm), para(m.signs, s.small_ink)]
    return story


def scores(m: Summary, s: Styles, width: float) -> list[Flowable]:
    """The chart of the scores per Core Element, with its caption."""
    chart = [Paragraph(clean(m.chart_title), s.h2), score_chart(m, width), Spacer(1, 2 * mm)]
    return [KeepTogether([*chart, para(m.chart_caption, s.small)])]


SUMMARY_TEXT = 80  # characters of a question's text in the board summary (the full text is in its section)


TIGHT = [("TOPPADDING", (0, 1), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 1), (-1, -1), 2)]


def attention(
    a: Attention, s: Styles, width: float, skip: set[str] | frozenset[str] = frozenset(), compact: int = 0
) -> list[Flowable]:
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
        if compact:
            t.setStyle(TableStyle(TIGHT))
        story += [t, Spacer(1, 2 * mm)]
    return story
