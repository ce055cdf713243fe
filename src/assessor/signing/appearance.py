"""What a visible signature looks like: drawn with reportlab, placed by pyHanko as a static stamp.

pyHanko's own text stamps use an unembedded Courier, which cannot print every name. Here the box is
drawn as a one-page PDF the size of the signature box, with the report's embedded Unicode font when
it is installed, and pyHanko imports that page as the signature's appearance stream. Comments are
wrapped to the box (the countersignature's box holds a comment of the longest length `countersign`
allows) and cut with an ellipsis rather than spilled over it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from io import BytesIO
from typing import Any

from assessor.signing.identity import Signatory

# The words printed in signature boxes (English; the report's catalog takes them over when it lands).
TEXT = {
    "signed": "DIGITALLY SIGNED",
    "countersigned": "COUNTERSIGNATURE",
    "decision": "Decision",
    "date": "Signed",
    "reason": "Reason",
    "location": "Location",
    "comment": "Comment",
    "no_comment": "No comment.",
}
DECISION_LABELS = {
    "approved": "Approved",
    "conditions": "Approved with conditions",
    "not-approved": "Not approved",
}
DECISION_COLOURS = {"approved": (0.10, 0.45, 0.20), "conditions": (0.62, 0.42, 0.0), "not-approved": (0.70, 0.10, 0.10)}
ACCENT = (0.16, 0.33, 0.55)
INK = (0.10, 0.10, 0.12)
MUTED = (0.35, 0.35, 0.40)
PAD = 8.0
COMMENT_SIZE = 8.5  # no text under 7.5 pt on paper
REPORT_SANS, REPORT_SANS_BOLD = "DejaVuSans", "DejaVuSans-Bold"  # the names report/pdf_styles.py registers


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    unicode: bool


@cache
def _fonts() -> Fonts:
    """The report's DejaVu Sans when shipped; else Helvetica (Latin-1 only)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from assessor.resources import resource

    if {REPORT_SANS, REPORT_SANS_BOLD} <= set(pdfmetrics.getRegisteredFontNames()):
        return Fonts(REPORT_SANS, REPORT_SANS_BOLD, unicode=True)  # `sign` has just made the report: its faces
    try:
        regular = resource("fonts", "DejaVuSans.ttf")
        bold = resource("fonts", "DejaVuSans-Bold.ttf")
        if regular.is_file() and bold.is_file():
            pdfmetrics.registerFont(TTFont("AssessorSigSans", str(regular)))
            pdfmetrics.registerFont(TTFont("AssessorSigSans-Bold", str(bold)))
            return Fonts("AssessorSigSans", "AssessorSigSans-Bold", unicode=True)
    except (FileNotFoundError, OSError):
        pass
    return Fonts("Helvetica", "Helvetica-Bold", unicode=False)


def _printable(text: str, fonts: Fonts) -> str:
    text = " ".join(text.split())
    if fonts.unicode:
        return text
    return text.encode("cp1252", "replace").decode("cp1252")


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut to ``width`` points with an ellipsis when it does not fit."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def wrap(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Words wrapped to ``width``; at most ``max_lines`` lines, the last cut with an ellipsis if needed."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if max_lines <= 0:
        return []
    lines: list[str] = []
    current = ""
    words = text.split()
    for i, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        if len(lines) == max_lines:
            rest = " ".join([lines.pop(), *words[i:]])
            lines.append(fit_line(rest + " …", font, size, width) if rest else "")
            return lines
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        last = " ".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], fit_line(last + " …", font, size, width)]
    return [fit_line(line, font, size, width) for line in lines]


def format_time(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def _canvas(width: float, height: float) -> tuple[Any, BytesIO]:
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), pageCompression=1, invariant=1)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.setStrokeColorRGB(*ACCENT)
    canvas.setLineWidth(0.8)
    canvas.rect(0.4, 0.4, width - 0.8, height - 0.8, stroke=1, fill=1)
    return canvas, buffer


def _text(canvas: Any, x: float, y: float, text: str, font: str, size: float, colour: tuple[float, ...]) -> None:
    canvas.setFont(font, size)
    canvas.setFillColorRGB(*colour)
    canvas.drawString(x, y, text)


def _signer(canvas: Any, x: float, y: float, inner: float, signatory: Signatory, fonts: Fonts, size: float) -> float:
    """The signer's name (bold, ``size``) and, below it, role and organisation; returns the next line's y."""
    name = fit_line(_printable(signatory.name, fonts), fonts.bold, size, inner)
    _text(canvas, x, y, name, fonts.bold, size, INK)
    y -= max(size, 12.0)
    who = ", ".join(p for p in (signatory.role, signatory.organisation) if p)
    if who:
        _text(canvas, x, y, fit_line(_printable(who, fonts), fonts.regular, 9, inner), fonts.regular, 9, INK)
        y -= 11.5
    return y


def signature_page(
    box: tuple[float, float, float, float],
    signatory: Signatory,
    when: dt.datetime,
    *,
    reason: str = "",
    location: str = "",
) -> bytes:
    """A one-page PDF the size of ``box``: the assessor's signature as it will be printed."""
    fonts = _fonts()
    width, height = box[2] - box[0], box[3] - box[1]
    canvas, buffer = _canvas(width, height)
    canvas.setFillColorRGB(*ACCENT)
    canvas.rect(0.4, 0.4, 4, height - 0.8, stroke=0, fill=1)
    x, inner = PAD + 6, width - 2 * PAD - 6
    y = height - PAD - 7
    _text(canvas, x, y, TEXT["signed"], fonts.bold, 7.5, ACCENT)
    y -= 15
    y = _signer(canvas, x, y, inner, signatory, fonts, 12.5)
    details = [f"{TEXT['date']} {format_time(when)}"]
    if location:
        details.append(f"{TEXT['location']}: {location}")
    _text(
        canvas, x, y, fit_line(_printable(" · ".join(details), fonts), fonts.regular, 8, inner), fonts.regular, 8, MUTED
    )
    y -= 10
    if reason and y > PAD - 2:
        line = fit_line(_printable(f"{TEXT['reason']}: {reason}", fonts), fonts.regular, 8, inner)
        _text(canvas, x, y, line, fonts.regular, 8, MUTED)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def countersignature_page(
    box: tuple[float, float, float, float],
    signatory: Signatory,
    when: dt.datetime,
    *,
    decision: str,
    comment: str,
    location: str = "",
) -> bytes:
    """A one-page PDF the size of ``box``: the board's decision with its box ticked (covering the paper
    form the report prints there), who decided, when, and the comment, as much as the box holds (all of
    a comment of the length `countersign` allows in the reserved box; `verify` prints it whole)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    fonts = _fonts()
    width, height = box[2] - box[0], box[3] - box[1]
    colour = DECISION_COLOURS[decision]
    canvas, buffer = _canvas(width, height)
    canvas.setFillColorRGB(*colour)
    canvas.rect(0.4, 0.4, 4, height - 0.8, stroke=0, fill=1)
    x, inner = PAD + 6, width - 2 * PAD - 6
    y = height - PAD - 8
    _text(canvas, x, y, TEXT["countersigned"], fonts.bold, 7.5, ACCENT)
    y -= 17
    ticked, empty = ("\u2612", "\u2610") if fonts.unicode else ("[X]", "[ ]")
    option_x = x
    for key, label in DECISION_LABELS.items():
        chosen = key == decision
        text = f"{ticked if chosen else empty} {label}"
        font, size = (fonts.bold, 11.0) if chosen else (fonts.regular, 9.5)
        _text(canvas, option_x, y, text, font, size, colour if chosen else MUTED)
        option_x += stringWidth(text, font, size) + 24
    y -= 17
    y = _signer(canvas, x, y, inner, signatory, fonts, 10.5)
    details = " · ".join([f"{TEXT['date']} {format_time(when)}"] + ([location] if location else []))
    _text(canvas, x, y, fit_line(_printable(details, fonts), fonts.regular, 8.5, inner), fonts.regular, 8.5, INK)
    y -= 14
    size, leading = COMMENT_SIZE, COMMENT_SIZE + 2
    room = int((y - PAD + 2) // leading) + 1
    text = _printable(comment, fonts)
    body = f"{TEXT['comment']}: {text}" if text else TEXT["no_comment"]
    for line in wrap(body, fonts.regular, size, inner, room):
        _text(canvas, x, y, line, fonts.regular, size, INK)
        y -= leading
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def stamp_style(page_pdf: bytes) -> Any:
    """A pyHanko stamp style whose appearance is the first page of ``page_pdf``, filling the field."""
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.content import PdfContent
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.stamp import StaticStampStyle

    class ImportedAppearance(PdfContent):
        def render(self) -> bytes:
            writer = self._ensure_writer
            xobj = writer.import_page_as_xobject(PdfFileReader(BytesIO(page_pdf)), page_ix=0)
            self.resources.xobject["/SigAppearance"] = xobj
            x1, y1, x2, y2 = xobj.get_object()["/BBox"]
            self.box = layout.BoxConstraints(width=abs(x2 - x1), height=abs(y2 - y1))
            return b"/SigAppearance Do"

    return StaticStampStyle(
        background=ImportedAppearance(),
        border_width=0,
        background_opacity=1.0,
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MIN,
            y_align=layout.AxisAlignment.ALIGN_MIN,
            margins=layout.Margins(),
            inner_content_scaling=layout.InnerScaling.STRETCH_TO_FIT,
        ),
    )
