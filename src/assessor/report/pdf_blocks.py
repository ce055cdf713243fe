"""The building blocks every part of the report is made of: headings that become bookmarks,
tables with a repeated header, label/value tables.

Tables never hold text that could make a row taller than a page: long cells are cut into
continuation rows, and long notes are separate paragraphs that flow from page to page.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import (
    KeepTogether,
    LongTable,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable, _listWrapOn

from assessor.report.model import (
    Fact,
)
from assessor.report.pdf_paragraph import Paragraph
from assessor.report.pdf_styles import (
    HEAD_FILL,
    INK,
    RULE,
    SANS,
    Styles,
    clean,
    para,
)

CELL_CHUNK = 600  # characters of a table cell per row; longer text continues on the next row


class Heading(Paragraph):
    """A section heading that also becomes a PDF bookmark."""

    def __init__(self, text: str, style: Any, key: str, level: int = 0) -> None:
        super().__init__(clean(text), style)
        self.bookmark = (" ".join(text.split()), key, level)


class Together(KeepTogether):  # type: ignore[misc]
    """reportlab's ``KeepTogether``, measured without the copy of the document's frame it makes for content
    that adds to the frame while it is measured (a page break, a section start): content that cannot
    (``alone``) is measured on its own. The report's blocks and the groups reportlab makes of the
    flowables kept with their next (``ReportDoc.keepTogetherClass``) are these."""

    def alone(self) -> bool:
        """Nothing in the content looks at the frame when measured: paragraphs, rules, spacers only."""
        return all(isinstance(f, Paragraph | HRFlowable) or type(f) is Spacer for f in self._content)

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        if not self.alone():
            return super().wrap(avail_w, avail_h)  # type: ignore[no-any-return]
        dims: list[tuple[float, float]] = []
        width, self._H = _listWrapOn(self._content, avail_w, None, dims=dims)
        self._H0 = dims[0][1] if dims else 0
        self._wrapInfo = avail_w, avail_h
        return width, 0xFFFFFF  # as KeepTogether: more than any page, so that the frame asks for a split


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


def clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
