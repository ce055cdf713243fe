"""A Core Element's section: its score panel, the Framework's words, and one block per question."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    FrameBreak,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from assessor.report.model import (
    ElementSection,
    QuestionEntry,
)
from assessor.report.pdf_blocks import Together, heading
from assessor.report.pdf_paragraph import Paragraph
from assessor.report.pdf_styles import (
    ACCENT,
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
)

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
    rest: list[Flowable] = []
    if q.na_justification is not None:
        rest += paragraphs(
            q.na_justification.value, s.detail, first_label=q.na_justification.label, colon=s.colon, rest=s.detail_more
        )
    if q.notes is not None:
        rest += paragraphs(q.notes.value, s.detail, first_label=q.notes.label, colon=s.colon, rest=s.detail_more)
    if q.evidence:
        label = Paragraph(f"<b>{s.label(q.evidence_label)}</b>", s.detail)
        label.keepWithNext = True  # never "Evidence:" alone at the foot of a page
        rest.append(label)
        for ev in q.evidence:
            rest.append(Paragraph(markup(ev.line), s.evidence_item, bulletText="–"))
            if ev.description:
                rest += paragraphs(ev.description, s.evidence_note)
    if q.evidence:
        rest[-1].keepWithNext = True  # the reference never alone at the top of a page
    clauses = dict.fromkeys(q.clauses)  # each reference once, in the pack's order
    rest.append(Paragraph(f"{s.label(q.clause_label)} " + clean(s.semicolon.join(clauses)), s.clause))
    rest += [Spacer(1, 2), HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=3, spaceAfter=6)]
    return [QuestionBlock([QuestionHead(q, Paragraph(answer, s.answer), s), *rest])]


START_H = 30.0  # of a question's notes (two lines) that must follow its head on the same page


class QuestionBlock(Together):
    """A question's whole block (head, answer, notes, evidence, reference) on one page when it fits.

    A block that does not fit in what is left of the page moves to the next page; one taller than a
    third of a page may instead start here, if its head and the first lines of what follows the answer
    fit, and continue on the next page (so it never splits between the answer and the notes).
    """

    def alone(self) -> bool:
        return True  # its head, paragraphs, a spacer and a rule

    def split(self, avail_w: float, avail_h: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (avail_w, avail_h):
            self.wrap(avail_w, avail_h)
        content = list(self._content)
        if avail_h >= self._H:
            return content
        frame = self._doctemplateAttr("frame")
        if frame is None or getattr(frame, "_atTop", False):
            return content  # taller than a page: it splits after its notes start
        if frame._height / 3 < self._H and avail_h >= _start_height(content, avail_w, avail_h) + 8:
            return content
        return [FrameBreak(), *content]


def _start_height(content: list[Flowable], avail_w: float, avail_h: float) -> float:
    """The height of a block's head and what must stay with it: the first lines of its notes, or the
    whole first group kept with its next (the evidence label and its first document)."""
    height = float(content[0].wrap(avail_w, avail_h)[1])
    for item in content[1:]:
        h = float(item.wrap(avail_w, avail_h)[1])
        if not getattr(item, "keepWithNext", False):
            return height + min(h, START_H)
        height += h
    return height
