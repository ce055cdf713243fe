"""Fonts, colours, paragraph styles and text helpers for the PDF.

DejaVu Sans is shipped in ``resources/fonts`` and embedded (subset) in every report, so names like
"Hôpital Saint-Éloi", "Łódź" or "Müller" print the same everywhere. It is also the canvas base
font, so the PDF declares no unembedded standard font.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics

from assessor.report.pdf_fonts import Font, with_fallback
from assessor.report.pdf_paragraph import Paragraph
from assessor.resources import resource

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_OBLIQUE = "DejaVuSans-Oblique"
MONO = "DejaVuSansMono"

# The faces the report's styles use, and only they: each costs some 3.75 MiB once read. No style and no
# markup sets bold italic text (user text is escaped), so DejaVu Sans Bold Oblique is not read; should
# bold and italic ever meet, the family gives them the bold face (tests/report/test_fonts_used.py).
FONT_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_OBLIQUE: "DejaVuSans-Oblique.ttf",
    MONO: "DejaVuSansMono.ttf",
}

# Colours: one accent, the rest greys, so that a black-and-white print loses nothing.
INK = colors.HexColor("#1A1A1A")
ACCENT = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#B8BEC6")
HEAD_FILL = colors.HexColor("#E3E7EC")
ZEBRA = colors.HexColor("#F4F5F7")
QUOTE_BAR = colors.HexColor("#7A8797")
WHITE = colors.white

CHUNK = 1200  # characters per paragraph piece: long text flows across pages in pieces
LINES = 30  # lines per paragraph piece, for the same reason
_FIRST = re.compile(r"\b(1)er\b")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@cache
def register_fonts() -> None:
    """Register the shipped DejaVu fonts with reportlab (once per process)."""
    for name, file in FONT_FILES.items():
        pdfmetrics.registerFont(Font(name, str(resource("fonts", file))))
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_OBLIQUE, boldItalic=SANS_BOLD)


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": SANS,
        "bulletFontName": SANS,
        "fontSize": 10,
        "leading": 14,
        "textColor": INK,
        "alignment": TA_LEFT,
        "splitLongWords": 1,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


class Styles:
    """The report's paragraph styles (built after the fonts are registered), and ``colon``: what
    follows a label in the report's language (":" in English, a no-break space and ":" in French), and
    ``semicolon``, what separates the items of a list on one line, and the ``quotes`` around a quotation."""

    def __init__(self, colon: str = ":", semicolon: str = "; ", quotes: tuple[str, str] = ("“", "”")) -> None:
        register_fonts()
        self.colon = colon
        self.semicolon = semicolon
        self.quotes = quotes
        self.body = _style("body", spaceAfter=4)
        self.body_tight = _style("body_tight")
        self.small = _style("small", fontSize=8.5, leading=11.5, textColor=MUTED)
        self.small_ink = _style("small_ink", fontSize=8.5, leading=11.5)
        self.cell = _style("cell", fontSize=9, leading=11.5)
        self.cell_bold = _style("cell_bold", fontName=SANS_BOLD, fontSize=9, leading=11.5)
        self.cell_right = _style("cell_right", fontSize=9, leading=11.5, alignment=TA_RIGHT)
        self.plan = _style("plan", fontSize=8.5, leading=10.5)
        self.plan_bold = _style("plan_bold", fontName=SANS_BOLD, fontSize=8.5, leading=10.5)
        self.cell_head = _style("cell_head", fontName=SANS_BOLD, fontSize=8, leading=10.5)
        self.cell_head_right = _style(
            "cell_head_right", fontName=SANS_BOLD, fontSize=8, leading=10.5, alignment=TA_RIGHT
        )
        self.mono = _style("mono", fontName=MONO, fontSize=8.5, leading=11)
        self.mono_small = _style("mono_small", fontName=MONO, fontSize=7.5, leading=9.5)
        self.h1 = _style("h1", fontName=SANS_BOLD, fontSize=17, leading=22, textColor=ACCENT, spaceAfter=10)
        self.h2 = _style("h2", fontName=SANS_BOLD, fontSize=12.5, leading=16, spaceBefore=14, spaceAfter=6)
        self.h3 = _style("h3", fontName=SANS_BOLD, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=3)
        self.title = _style("title", fontName=SANS_BOLD, fontSize=24, leading=30, textColor=ACCENT)
        self.subtitle = _style("subtitle", fontSize=12, leading=16, textColor=MUTED, spaceBefore=4)
        self.institution = _style("institution", fontName=SANS_BOLD, fontSize=18, leading=23)
        self.assessment_title = _style("assessment_title", fontSize=12.5, leading=16, spaceBefore=3)
        self.big = _style("big", fontName=SANS_BOLD, fontSize=22, leading=27, textColor=ACCENT)
        self.verdict = _style("verdict", fontName=SANS_BOLD, fontSize=16, leading=20, textColor=ACCENT)
        self.quote = _style("quote", fontName=SANS_OBLIQUE, fontSize=9.5, leading=13.5, textColor=INK)
        self.q_head = _style("q_head", fontSize=10, leading=13.5)
        self.answer = _style("answer", fontSize=9.5, leading=13)
        self.detail = _style("detail", fontSize=9.5, leading=13, leftIndent=46, spaceBefore=2)
        self.detail_more = _style("detail_more", fontSize=9.5, leading=13, leftIndent=46)
        self.evidence_note = _style("evidence_note", fontSize=8.5, leading=11.5, textColor=MUTED, leftIndent=58)
        self.evidence_item = _style("evidence_item", fontSize=9.5, leading=13, leftIndent=58, bulletIndent=48)
        self.tag = _style("tag", fontName=SANS_BOLD, fontSize=8, leading=10, alignment=TA_RIGHT)
        self.tag_white = _style(
            "tag_white", fontName=SANS_BOLD, fontSize=8, leading=10, textColor=WHITE, alignment=TA_RIGHT
        )
        self.clause = _style("clause", fontSize=8.5, leading=11.5, textColor=MUTED, leftIndent=46, spaceBefore=2)
        self.bullet = _style("bullet", leftIndent=14, bulletIndent=2, spaceAfter=2)
        self.bullet_small = _style("bullet_small", fontSize=8.5, leading=11.5, leftIndent=14, bulletIndent=2)
        self.small_bold = _style("small_bold", fontName=SANS_BOLD, fontSize=8.5, leading=11.5)
        self.footer = _style("footer", fontSize=7.5, leading=9, textColor=MUTED)

    def label(self, text: str) -> str:
        """A label and its colon, escaped for paragraph markup ("Réponse\u00a0:" in French)."""
        return clean(text) + self.colon


def clean(text: str) -> str:
    """User text made safe for paragraph markup: control characters removed, <, > and & escaped, and
    runs DejaVu lacks (Chinese, Japanese, Korean) set in the fallback font; the French "1er" set with its
    "er" raised."""
    return _FIRST.sub(r"\1<super>er</super>", with_fallback(_escape(_CONTROL.sub("", text))))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # xml.sax would load urllib


def markup(text: str) -> str:
    """Escaped text with line breaks kept."""
    return clean(text).replace("\r\n", "\n").replace("\n", "<br/>")


def pieces(text: str, limit: int = CHUNK) -> Iterator[str]:
    """Split long text into pieces of at most ``limit`` characters: at paragraph breaks, then at
    spaces, then anywhere. Each piece becomes its own paragraph so that nothing is taller than a page
    and wrapping stays fast."""
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        lines = paragraph.strip().split("\n")
        for start in range(0, len(lines), LINES):  # many short lines would make one piece taller than a page
            yield from _cut("\n".join(lines[start : start + LINES]).strip(), limit)


def _cut(block: str, limit: int) -> Iterator[str]:
    while len(block) > limit:
        cut = block.rfind(" ", limit // 2, limit)
        if cut <= 0:
            cut = block.rfind("\n", limit // 2, limit)
        if cut <= 0:
            cut = limit
        yield block[:cut].rstrip()
        block = block[cut:].lstrip()
    if block:
        yield block


def paragraphs(
    text: str,
    style: ParagraphStyle,
    *,
    first_label: str = "",
    rest: ParagraphStyle | None = None,
    colon: str = ":",
) -> list[Paragraph]:
    """Paragraphs for user text of any length; ``first_label`` (bold, then ``colon``) starts the first one."""
    out = []
    for n, piece in enumerate(pieces(text)):
        lead = f"<b>{clean(first_label)}{colon}</b> " if first_label and n == 0 else ""
        out.append(Paragraph(lead + markup(piece), style if n == 0 or rest is None else rest))
    if not out and first_label:
        out.append(Paragraph(f"<b>{clean(first_label)}{colon}</b>", style))
    return out


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """One paragraph of short text (labels, values): escaped."""
    return Paragraph(markup(text), style)
