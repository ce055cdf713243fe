"""Navigation in the PDF: bookmarks that open their own page, the section's name in the header and
the contents page with its page numbers.

The report's canvas keeps every page until the end (only then is "page X of Y" known), so reportlab's
``bookmarkPage`` called while a page is laid out would point at the first page. Instead the layout
records, for each page, the bookmarks that start on it, the section it belongs to and the contents
lines drawn on it (``Pages``); when the canvas finally writes the pages it places the bookmarks on
their own page and prints each contents line's page number.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, FrameBreak

from assessor.report.pdf_styles import INK, MUTED, SANS, SANS_BOLD

LINE_SIZE = 10.5
LINE_HEIGHT = 19.0
NUMBER_W = 40.0  # room kept at the right of a contents line for its page number


@dataclass
class Slot:
    """A contents line waiting for its page number: where it was drawn and where its text ends."""

    key: str
    page: int
    text_end: tuple[float, float]
    right: float


@dataclass
class Pages:
    """What navigation learns while the pages are laid out."""

    marks: dict[str, int] = field(default_factory=dict)  # bookmark key -> page number
    sections: dict[int, str] = field(default_factory=dict)  # page number -> the section that starts on it
    slots: list[Slot] = field(default_factory=list)

    def section_of(self, page: int) -> str:
        """The section a page belongs to: the last one started on it or before it."""
        found = ""
        for start in sorted(self.sections):
            if start > page:
                break
            found = self.sections[start]
        return found


def page_now(canv: Any) -> int:
    """The number of the page being laid out on the report's canvas."""
    return len(canv._pages) + 1


def mark(canv: Any, pages: Pages, title: str, key: str, level: int) -> None:
    """A bookmark on the page being laid out (placed on it when the page is written)."""
    page = page_now(canv)
    pages.marks.setdefault(key, page)
    if level == 0:
        pages.sections.setdefault(page, title)
    canv.addOutlineEntry(title, key, level=level, closed=False)


def place(canv: Any, pages: Pages, number: int) -> None:
    """On page ``number`` as it is written: its bookmarks' destinations and its contents lines' numbers."""
    for key, page in pages.marks.items():
        if page == number:
            canv.bookmarkPage(key)
    for slot in pages.slots:
        if slot.page != number or slot.key not in pages.marks:
            continue
        target = str(pages.marks[slot.key])
        x, y = slot.text_end
        canv.saveState()
        canv.setFont(SANS, LINE_SIZE)
        number_w = stringWidth(target, SANS, LINE_SIZE)
        canv.setFillColor(MUTED)
        dots = x + 6
        while dots < slot.right - number_w - 8:
            canv.drawString(dots, y, ".")
            dots += 5
        canv.setFillColor(INK)
        canv.drawRightString(slot.right, y, target)
        canv.restoreState()


class ContentsLine(Flowable):  # type: ignore[misc]
    """One line of the contents: a section's number and title; its page number is printed later."""

    def __init__(self, title: str, key: str, pages: Pages, level: int = 0) -> None:
        super().__init__()
        self.title, self.key, self.pages, self.level = title, key, pages, level
        self.font = SANS_BOLD if level == 0 else SANS

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.width = avail_w
        return avail_w, LINE_HEIGHT

    def draw(self) -> None:
        c = self.canv
        indent = 16.0 * self.level
        room = self.width - indent - NUMBER_W
        text = self.title
        while text and stringWidth(text, self.font, LINE_SIZE) > room:
            text = text[:-2] + "…"
        c.setFont(self.font, LINE_SIZE)
        c.setFillColor(INK)
        c.drawString(indent, 5, text)
        end = c.absolutePosition(indent + stringWidth(text, self.font, LINE_SIZE), 5)
        right = c.absolutePosition(self.width, 5)[0]
        self.pages.slots.append(Slot(self.key, page_now(c), (end[0], end[1]), right))


class SectionStart(Flowable):  # type: ignore[misc]
    """Where a section starts: on the page of the previous section's end when at least ``need``
    points are left on it and no other section starts there (every bookmark opens its own page),
    otherwise on a new page. No page is left nearly empty just because a section ended on it."""

    def __init__(self, pages: Pages, need: float) -> None:
        super().__init__()
        self.pages, self.need = pages, need

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        frame = self._doctemplateAttr("frame")
        at_top = frame is None or getattr(frame, "_atTop", False)
        if not at_top and (avail_h < self.need or page_now(self.canv) in self.pages.sections):
            frame.add_generated_content(FrameBreak)
        return 0, 0

    def draw(self) -> None:
        pass
