"""The flowables of each part of the report, from the report model.

Tables never hold text that could make a row taller than a page: long cells are cut into
continuation rows, and long notes are separate paragraphs that flow from page to page.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from assessor.report.model import (
    ActionPlan,
    Cover,
    ElementSection,
    EvidenceRegister,
    Fact,
    Method,
    Profile,
    QuestionEntry,
    Summary,
)
from assessor.report.pdf_charts import qr_code, score_chart
from assessor.report.pdf_styles import (
    ACCENT,
    HEAD_FILL,
    INK,
    QUOTE_BAR,
    RULE,
    SANS,
    SANS_BOLD,
    Styles,
    clean,
    markup,
    para,
    paragraphs,
    pieces,
)
from assessor.report.verdict_view import Attention

CELL_CHUNK = 600  # characters of a table cell per row; longer text continues on the next row


class Heading(Paragraph):  # type: ignore[misc]
    """A section heading that also becomes a PDF bookmark."""

    def __init__(self, text: str, style: Any, key: str, level: int = 0) -> None:
        super().__init__(clean(text), style)
        self.bookmark = (" ".join(text.split()), key, level)


def heading(number: int | None, title: str, s: Styles, key: str) -> Heading:
    text = f"{number}\u2002{title}" if number else title
    return Heading(text, s.h1, key)


def base_table_style(*, header: bool = True, zebra_from: int = 1) -> list[tuple[Any, ...]]:
    cmds: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
    ]
    if header:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
        ]
    return cmds


def facts_table(facts: tuple[Fact, ...] | list[Fact], s: Styles, width: float, label_w: float = 150) -> Table:
    rows = [[para(f.label, s.cell_bold), para(f.value, s.cell)] for f in facts]
    t = Table(rows, colWidths=[label_w, width - label_w])
    t.setStyle(TableStyle([*base_table_style(header=False), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
    return t


def grid(
    columns: tuple[str, ...],
    rows: list[list[Any]],
    widths: list[float],
    s: Styles,
    *,
    group_ends: list[int] | None = None,
    right: tuple[int, ...] = (),
) -> Table:
    """A table with a repeated header row; ``group_ends`` are the rows after which a rule is drawn;
    the columns in ``right`` hold figures and are right-aligned, header included."""
    data = [[para(c, s.cell_head_right if n in right else s.cell_head) for n, c in enumerate(columns)], *rows]
    t = LongTable(data, colWidths=widths, repeatRows=1)
    cmds = base_table_style()
    if group_ends is None:
        cmds.append(("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE))
    else:
        for r in group_ends:
            cmds.append(("LINEBELOW", (0, r), (-1, r), 0.4, RULE))
    t.setStyle(TableStyle(cmds))
    return t


# -- cover ----------------------------------------------------------------------------------------------------


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


# -- executive summary -------------------------------------------------------------------------------------


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
            follow = f"{g.action}{s.colon} {g.owner} · {g.due}" if g.action else ""
            rows.append(
                [
                    para(g.question_id, s.cell_bold),
                    para(_clip(g.text, SUMMARY_TEXT), s.small_ink),
                    para(g.answer, s.small_ink),
                    para(follow, s.small_bold if late else s.small_ink),
                ]
            )
        widths = [52, 0.0, 90, 146]
        widths[1] = width - sum(widths)
        story.append(grid(m.critical_columns, rows, widths, s))
    story += attention(m.attention, s, width, skip={g.action for g in m.critical if g.action})
    story += [Spacer(1, 2 * mm), *(para(line, s.small_ink) for line in (m.flagged_line, m.changes_line) if line)]
    if m.signs:
        story += [Spacer(1, 3 * mm), para(m.signs, s.small_ink)]
    return story


def scores(m: Summary, s: Styles, width: float) -> list[Flowable]:
    """The chart of the scores per Core Element, with its caption."""
    chart = [Paragraph(clean(m.chart_title), s.h2), score_chart(m, width), Spacer(1, 2 * mm)]
    return [KeepTogether([*chart, para(m.chart_caption, s.small)])]


SUMMARY_TEXT = 80  # characters of a question's text in the board summary (the full text is in its section)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


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
            [para(x.key, s.cell_bold), para(_clip(x.text, SUMMARY_TEXT), s.small_ink), para(x.detail, s.small_ink)]
            for x in items
        ]
        t = Table(rows, colWidths=[50, width - 50 - 230, 230])
        t.setStyle(TableStyle([*base_table_style(header=False), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
        story += [t, Spacer(1, 2 * mm)]
    return story


# -- scope and risk profile --------------------------------------------------------------------------------


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
    story += [CondPageBreak(90 * mm), Paragraph(clean(p.factors_title), s.h2), para(p.factors_intro, s.body)]
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
    story.append(t)
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


# -- Core Elements --------------------------------------------------------------------------------------------

ID_W = 46.0
TAG_PAD = 5.0


class QuestionHead(Flowable):  # type: ignore[misc]
    """A question's id, text and status label, with its answer line, kept together on one page.

    Drawn directly rather than as a table: a report can hold a thousand of these.
    """

    def __init__(self, q: QuestionEntry, answer: Paragraph, s: Styles) -> None:
        super().__init__()
        self.q = q
        self.text = Paragraph(markup(q.text), s.q_head)
        self.answer = answer
        self.tag_style = s.tag_white if q.status_key == "gap-critical" else s.tag
        self.tag_w = stringWidth(q.status, self.tag_style.fontName, self.tag_style.fontSize) + 2 * TAG_PAD
        self.text_h = self.answer_h = 0.0

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.width = avail_w
        text_w = avail_w - ID_W - max(self.tag_w, 90.0) - 8
        _, self.text_h = self.text.wrap(text_w, avail_h)
        _, self.answer_h = self.answer.wrap(avail_w - ID_W, avail_h)
        self.height = max(self.text_h, 14.0) + 4 + self.answer_h
        return avail_w, self.height

    def split(self, avail_w: float, avail_h: float) -> list[Flowable]:
        return []  # never split: the question stays with its answer

    def draw(self) -> None:
        c = self.canv
        top = self.height
        c.setFont(SANS_BOLD, 10)
        c.setFillColor(INK)
        c.drawString(0, top - 10, self.q.id)
        self.text.drawOn(c, ID_W, top - self.text_h)
        x = self.width - self.tag_w
        y = top - 12.5
        key = self.q.status_key
        if key == "gap-critical":
            c.setFillColor(INK)
            c.rect(x, y, self.tag_w, 12.5, stroke=0, fill=1)
        elif key in ("gap", "unanswered"):
            c.setStrokeColor(INK)
            c.setLineWidth(0.9)
            if key == "unanswered":
                c.setDash(2, 1.5)
            c.rect(x, y, self.tag_w, 12.5, stroke=1, fill=0)
            c.setDash()
        c.setFont(self.tag_style.fontName, self.tag_style.fontSize)
        c.setFillColor(self.tag_style.textColor)
        c.drawRightString(self.width - TAG_PAD, y + 3.5, self.q.status)
        self.answer.drawOn(c, ID_W, 0)


def element(e: ElementSection, s: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [heading(e.number, e.title, s, f"element-{e.id}")]
    panel = Table(
        [
            [para(e.score_label, s.cell_bold), para(e.score_value, s.h3), para(e.score_line, s.small_ink)],
            ["", "", para(e.facts_line, s.small_ink)],
        ],
        colWidths=[50, 150, width - 200],
    )
    panel.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEABOVE", (0, 0), (-1, 0), 1, ACCENT),
                ("LINEBELOW", (0, -1), (-1, -1), 1, ACCENT),
                ("SPAN", (0, 0), (0, -1)),
                ("SPAN", (1, 0), (1, -1)),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story += [panel, Spacer(1, 3 * mm)]
    story += paragraphs(e.introduction, s.body)
    quote_rows: list[list[Any]] = [[para(e.framework_title, s.cell_bold)]]
    quote_rows += [
        [Paragraph(clean(s.quotes[0]) + markup(point) + clean(s.quotes[1]), s.quote)] for point in e.framework_points
    ]
    quote_rows.append([para(e.framework_source, s.small)])
    quote = Table(quote_rows, colWidths=[width - 10])
    quote.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, QUOTE_BAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    story += [Spacer(1, 2 * mm), quote, Spacer(1, 2 * mm)]
    story += paragraphs(e.formula, s.small, first_label=e.formula_label, colon=s.colon)
    story.append(Spacer(1, 3 * mm))
    if e.empty_note:
        story.append(para(e.empty_note, s.body))
    for q in e.questions:
        story += question(q, s, width)
    return story


def question(q: QuestionEntry, s: Styles, width: float) -> list[Flowable]:
    answer = f"<b>{s.label(q.answer_label)}</b> {markup(q.answer)}"
    extras = []
    if q.essential:
        extras.append(clean(q.essential_label))
    if q.flagged:
        extras.append(f"<b>{clean(q.flag_label)}</b>")
    if extras:
        answer += " · " + " · ".join(extras)
    first: list[Flowable] = [QuestionHead(q, Paragraph(answer, s.answer), s)]
    rest: list[Flowable] = []
    if q.na_justification is not None:
        rest += paragraphs(
            q.na_justification.value, s.detail, first_label=q.na_justification.label, colon=s.colon, rest=s.detail_more
        )
    if q.notes is not None:
        rest += paragraphs(q.notes.value, s.detail, first_label=q.notes.label, colon=s.colon, rest=s.detail_more)
    if q.evidence:
        rest.append(Paragraph(f"<b>{s.label(q.evidence_label)}</b>", s.detail))
        for ev in q.evidence:
            rest.append(Paragraph(markup(ev.line), s.evidence_item, bulletText="–"))
            if ev.description:
                rest += paragraphs(ev.description, s.evidence_note)
    rest.append(Paragraph(f"{s.label(q.clause_label)} " + clean(s.semicolon.join(q.clauses)), s.clause))
    out: list[Flowable] = [*first, *rest]
    out += [Spacer(1, 2), HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=3, spaceAfter=6)]
    return out


# -- action plan ----------------------------------------------------------------------------------------------


def _fit(texts: list[str], head: str, font: str, s: Styles, cap: float) -> float:
    """A column just wide enough for its widest entry (and its header), within ``cap``."""
    widest = max([stringWidth(t, font, s.cell.fontSize) for t in texts] + [stringWidth(head, SANS_BOLD, 8)])
    return float(min(widest + 7, cap))


def _plan_widths(p: ActionPlan, s: Styles, width: float) -> list[float]:
    cols = p.columns
    rows = p.rows
    widths = [
        _fit([r.id for r in rows], cols[0], SANS_BOLD, s, 70),
        _fit([r.question_id for r in rows], cols[1], SANS, s, 60),
        0.0,
        _fit([r.priority for r in rows], cols[3], SANS_BOLD, s, 60),
        _fit([r.owner for r in rows], cols[4], SANS, s, 80),
        _fit([r.due for r in rows], cols[5], SANS, s, 70),
        _fit([r.status for r in rows], cols[6], SANS, s, 70),
    ]
    if any(len(r.recommendation) + len(r.note) > CELL_CHUNK for r in rows):  # room for "(continued)"
        widths[0] = max(widths[0], stringWidth(p.continued, SANS, s.footer.fontSize) + 7)
    widths[2] = width - sum(widths)
    return widths


def action_plan(p: ActionPlan, s: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [heading(p.number, p.title, s, "actions")]
    if not p.rows:
        return [*story, para(p.empty, s.body)]
    story.append(para(p.intro, s.body))
    fixed = _plan_widths(p, s, width)
    rows: list[list[Any]] = []
    ends: list[int] = []
    for r in p.rows:
        text = r.recommendation + (f"\n\n{r.note}" if r.note else "")
        chunks = list(pieces(text, CELL_CHUNK)) or [""]
        for n, chunk in enumerate(chunks):
            cell = para(chunk, s.cell)
            if n == 0:
                rows.append(
                    [
                        para(r.id, s.cell_bold),
                        para(r.question_id, s.cell),
                        cell,
                        para(r.priority, s.cell_bold if r.priority_key == "critical" else s.cell),
                        para(r.owner, s.cell),
                        para(r.due, s.cell),
                        para(r.status, s.cell),
                    ]
                )
            else:
                rows.append([para(p.continued, s.footer), "", cell, "", "", "", ""])
        ends.append(len(rows))
    continued = len(ends) < len(rows)
    plan = grid(p.columns, rows, fixed, s, group_ends=ends if continued else None)
    plan.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    story.append(plan)
    return story


# -- evidence register ----------------------------------------------------------------------------------------


def evidence(r: EvidenceRegister, s: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [heading(r.number, r.title, s, "evidence")]
    if not r.rows:
        return [*story, para(r.empty, s.body)]
    story.append(para(r.intro, s.body))
    widths = [54, 0.0, 58]
    widths[1] = width - sum(widths)
    rows = []
    for e in r.rows:
        doc: list[Flowable] = [para(e.name[:CELL_CHUNK], s.cell)]
        if e.description:
            more = "…" if len(e.description) > CELL_CHUNK else ""
            doc.append(para(e.description[:CELL_CHUNK] + more, s.footer))
        doc.append(para(e.sha256, s.mono_small))
        rows.append([para(e.question_id, s.cell_bold), doc, para(e.size, s.cell_right)])
    story.append(grid(r.columns, rows, widths, s, right=(2,)))
    return story


# -- method ---------------------------------------------------------------------------------------------------


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
    t = LongTable(lines, colWidths=[150, width - 150])
    t.setStyle(
        TableStyle([*base_table_style(header=False), *(("LINEBELOW", (0, r), (-1, r), 0.4, RULE) for r in ends)])
    )
    story += [t, Spacer(1, 3 * mm), para(m.fingerprint_text, s.body)]
    return story
