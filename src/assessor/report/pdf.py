"""The report model laid out as a PDF with reportlab's platypus.

- Every page carries the report id, the short fingerprint and "page X of Y" (a canvas that holds
  its pages until the end, when the total is known), and "Draft: N questions unanswered" while the
  assessment is incomplete.
- The attestation page is the last page. It has its own template: the text above and below the
  signature areas of ``attestation.signature_box`` / ``countersignature_box``, which are drawn
  as empty frames with a caption above each.
- ``rl_config.invariant`` and fixed dates make the same model give the same bytes.
"""

from __future__ import annotations

import hashlib
import io
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepInFrame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from assessor.report import attestation as att
from assessor.report import pdf_changes, pdf_front, pdf_method, pdf_nav, pdf_profile, pdf_questions, pdf_registers
from assessor.report.catalog import Catalog
from assessor.report.model import Attestation, Meta, ReportModel
from assessor.report.pdf_attach import attach_assessment
from assessor.report.pdf_blocks import Heading, Together
from assessor.report.pdf_fonts import check_printable, draw_string
from assessor.report.pdf_paragraph import Paragraph
from assessor.report.pdf_styles import (
    INK,
    MUTED,
    RULE,
    SANS,
    SANS_BOLD,
    Styles,
    clean,
    para,
    register_fonts,
)

MARGIN = att.MARGIN
TOP = 70.0  # from the top edge to the frame: the header sits in between
BOTTOM = MARGIN
# Header and footer text at least 12 mm (34 pt) from the edges, safe for office printers on A4 and Letter.
HEADER_Y = 44.0  # baseline, from the top edge
FOOTER_Y = 40.0  # baseline, from the bottom edge
DRAFT_Y = 62.0  # from the top edge: between the header rule and the text
CAPTION_GAP = 4.0
SECTION_ROOM = 0.4  # a section starts on the page where the previous one ends if this share of it is free


def _canvas_class(
    meta: Meta, report_date: str, attachment: bytes | None, nav: pdf_nav.Pages, title: str = ""
) -> type[rl_canvas.Canvas]:
    """A canvas that keeps its pages until the end, then draws header and footer with the page count
    and the section's name, places the bookmarks and contents page numbers that ``nav`` recorded
    (and attaches ``attachment``, the assessment, as ``assessment.g4sa``)."""
    pdf_date = f"D:{report_date.replace('-', '')}000000+00'00'"

    class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self.setDateFormatter(lambda *_: pdf_date)
            # The file id is a digest of the content only (reportlab also mixes in a time stamp,
            # which SOURCE_DATE_EPOCH would change): the same report gives the same bytes anywhere.
            self._doc.signature = hashlib.md5(b"assessor report", usedforsecurity=False)

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                pdf_nav.place(self, nav, number)
                self._furniture(number, total)
                rl_canvas.Canvas.showPage(self)
            if attachment is not None:
                attach_assessment(self._doc, attachment, pdf_date)
            rl_canvas.Canvas.save(self)

        def _furniture(self, number: int, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, height - HEADER_Y - 5, width - MARGIN, height - HEADER_Y - 5)
            self.line(MARGIN, FOOTER_Y + 11, width - MARGIN, FOOTER_Y + 11)
            self.setFillColor(MUTED)
            self.setFont(SANS_BOLD, 7.5)
            self.drawRightString(width - MARGIN, height - HEADER_Y, meta.report_id)
            room = width - 2 * MARGIN - stringWidth(meta.report_id, SANS_BOLD, 7.5) - 12
            self.setFont(SANS, 7.5)
            section = nav.section_of(number) or title  # the cover's header names the assessment, if titled
            draw_string(self, MARGIN, height - HEADER_Y, _header(meta, section, room), SANS, 7.5)
            self.setFont(SANS, 7.5)
            self.drawString(MARGIN, FOOTER_Y, meta.footer_fingerprint)
            self.setFillColor(INK)
            self.drawRightString(width - MARGIN, FOOTER_Y, meta.page_template.format(page=number, pages=total))
            if meta.draft_mark:  # below the header rule, above the text: on every page while incomplete
                self.setFont(SANS_BOLD, 9)
                self.drawCentredString(width / 2, height - DRAFT_Y, meta.draft_mark)
            self.restoreState()

    return NumberedCanvas


def _header(meta: Meta, section: str, room: float) -> str:
    """The header's left part: the institution and the section's name, the institution shortened to fit."""
    if not section:
        return meta.header_left
    institution = meta.header_institution
    text = f"{institution} · {section}"
    while institution and stringWidth(text, SANS, 7.5) > room:
        institution = institution[:-2].rstrip() + "…" if len(institution) > 2 else ""
        text = f"{institution} · {section}" if institution else section
    return text


class ReportDoc(BaseDocTemplate):  # type: ignore[misc]
    """Turns section headings into PDF bookmarks (placed on their own page by ``pdf_nav``)."""

    nav: pdf_nav.Pages

    def afterFlowable(self, flowable: Flowable) -> None:
        for item in getattr(flowable, "_content", None) or [flowable]:  # a KeepInFrame holds its flowables
            mark = getattr(item, "bookmark", None)
            if mark:
                title, key, level = mark
                pdf_nav.mark(self.canv, self.nav, title, key, level)


def _attestation_page(a: Attestation, s: Styles, paper: att.Paper) -> tuple[PageTemplate, list[Flowable]]:
    width, height = att.page_size(paper)
    sig = att.signature_box(paper)
    counter = att.countersignature_box(paper)
    inner = width - 2 * MARGIN
    top_y = sig[3] + CAPTION_GAP + 16  # leave room for the caption above the signature box
    top = Frame(MARGIN, top_y, inner, height - TOP - top_y, id="attest-top", leftPadding=0, rightPadding=0)
    bottom_top = counter[3] - 4  # the board's paper form, inside the countersignature box
    bottom = Frame(MARGIN + 10, counter[1] + 4, inner - 20, bottom_top - counter[1] - 4, id="attest-bottom")

    def draw_boxes(canv: rl_canvas.Canvas, _doc: Any) -> None:
        canv.saveState()
        canv.setStrokeColor(INK)
        canv.setLineWidth(0.7)
        for (x1, y1, x2, y2), caption in ((sig, a.signature_caption), (counter, a.countersignature_caption)):
            canv.rect(x1, y1, x2 - x1, y2 - y1, stroke=1, fill=0)
            canv.setFillColor(MUTED)
            canv.setFont(SANS, 7.5)
            canv.drawString(x1, y2 + CAPTION_GAP, caption)
        canv.restoreState()

    template = PageTemplate(id="attestation", frames=[top, bottom], onPage=draw_boxes, pagesize=(width, height))
    signer_rows = [[para(f.label, s.cell_bold), para(f.value, s.body_tight)] for f in a.signatory]
    signer = Table(signer_rows, colWidths=[100, inner - 100], rowHeights=[18] * len(signer_rows))
    signer.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.5, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    upper: list[Flowable] = [
        Heading(a.title, s.h1, "attestation"),
        para(a.statement, s.body),
        Paragraph(clean(a.report_line), s.mono_small),
        Spacer(1, 8),
        para(a.signatory_title, s.h3),
        signer,
    ]
    options = Table(
        [[Paragraph(f"<font size=13>☐</font>\u00a0{clean(o)}", s.body_tight) for o in a.options]],
        colWidths=[(inner - 32) / 3] * 3,
    )
    options.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    lines = Table(
        [
            [para(a.conditions_line, s.cell_bold), ""],
            ["", ""],
            [para(a.board_name, s.cell_bold), ""],
            [para(a.board_date, s.cell_bold), ""],
            [para(a.wet_signature, s.cell_bold), ""],
        ],
        colWidths=[130, inner - 32 - 130],
        rowHeights=[20, 20, 22, 22, 30],
    )
    lines.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.5, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    lower: list[Flowable] = [
        para(a.board_title, s.h3),
        options,
        lines,
    ]
    story: list[Flowable] = [
        NextPageTemplate("attestation"),
        PageBreak(),
        KeepInFrame(inner, height - TOP - top_y, upper, mode="shrink"),
        FrameBreak(),
        KeepInFrame(inner - 32, bottom_top - counter[1] - 16, lower, mode="shrink"),
    ]
    return template, story


def render(
    model: ReportModel,
    paper: att.Paper = "a4",
    *,
    attachment: bytes | None = None,
    keywords: str = "",
    summary_only: bool = False,
) -> bytes:
    """The PDF bytes of a report model, carrying ``attachment`` (the assessment file) when given and
    ``keywords`` after the report id and fingerprint in the Keywords. ``summary_only`` gives the
    board pack: the cover, the board summary and the attestation page."""
    register_fonts()
    check_printable(model)
    rl_config.invariant = 1  # no time stamps or random ids: the same model gives the same bytes
    rl_config.useA85 = 0  # binary streams: smaller and faster than ASCII85
    words = Catalog(model.meta.language)
    s = Styles(words("punct.colon"), words("punct.semicolon"), (words("punct.quote_open"), words("punct.quote_close")))
    width, height = att.page_size(paper)
    inner = width - 2 * MARGIN
    meta = model.meta
    buf = io.BytesIO()
    doc = ReportDoc(
        buf,
        pagesize=(width, height),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        keywords=f"{meta.keywords} {keywords}".strip(),
        creator=meta.creator,
        lang=meta.language,
        invariant=1,
        initialFontName=SANS,
        initialFontSize=10,
        pageCompression=1,
        keepTogetherClass=Together,  # the groups of flowables kept with their next, measured alone
    )
    body = Frame(MARGIN, BOTTOM, inner, height - TOP - BOTTOM, id="body", leftPadding=0, rightPadding=0)
    attest_template, attest_story = _attestation_page(model.attestation, s, paper)
    doc.addPageTemplates([PageTemplate(id="body", frames=[body], pagesize=(width, height)), attest_template])

    nav = doc.nav = pdf_nav.Pages()
    frame = (inner, height - TOP - BOTTOM)
    story: list[Flowable] = pdf_front.fitted_cover(model.cover, s, frame)
    board = pdf_front.fitted_summary(model.summary, s, frame)
    story += [PageBreak(), *board]
    if not summary_only:
        story += _body(model, s, frame, nav, board[0].bookmark)
    story += attest_story
    doc.build(story, canvasmaker=_canvas_class(meta, meta.date_iso, attachment, nav, model.cover.assessment_title))
    return buf.getvalue()


def _body(
    model: ReportModel,
    s: Styles,
    frame: tuple[float, float],
    nav: pdf_nav.Pages,
    summary_mark: tuple[str, str, int],
) -> list[Flowable]:
    """The contents page, then every section after the board summary (in a frame ``frame`` wide and high)."""
    inner, frame_h = frame
    sections: list[list[Flowable]] = [
        [*pdf_profile.profile(model.profile, s, inner), *pdf_front.scores(model.summary, s, inner)],
        *(pdf_questions.element(e, s, inner) for e in model.elements),
        pdf_registers.action_plan(model.actions, s, inner),
        pdf_registers.evidence(model.evidence, s, inner),
    ]
    own_page = {0}  # the profile after the contents; the changes on a page of their own, read at a glance
    if model.changes is not None:
        own_page.add(len(sections))
        sections.append(pdf_changes.changes(model.changes, s, inner))
    sections.append([*pdf_method.method(model.method, s, inner), *pdf_method.worked_example(model.method, s, inner)])
    marks = [summary_mark, *(section[0].bookmark for section in sections)]
    marks.append((" ".join(model.attestation.title.split()), "attestation", 0))
    story: list[Flowable] = [PageBreak(), Heading(model.meta.contents_title, s.h1, "contents")]
    story += [pdf_nav.ContentsLine(title, key, nav, level) for title, key, level in marks]
    need = SECTION_ROOM * frame_h
    for n, section in enumerate(sections):
        story += [PageBreak() if n in own_page else pdf_nav.SectionStart(nav, need), *section]
    return story
