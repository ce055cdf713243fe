"""The report's fonts measure a text once and give reportlab's widths every time."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from assessor.report import pdf_fonts
from assessor.report.pdf_fonts import Font
from assessor.resources import resource

TEXTS = ["", " ", "word", "Hôpital Saint-Éloi", "Łódź Müller", "東京", "a\u00a0b", "—→…", "x" * 300]


def test_the_widths_are_the_fonts_widths_the_first_time_and_after() -> None:
    path = str(resource("fonts", "DejaVuSans.ttf"))
    ours, theirs = Font("WidthsOurs", path), TTFont("WidthsTheirs", path)
    for _ in range(2):
        for text in TEXTS:
            for size in (7.5, 9, 10.5, 24):
                assert ours.stringWidth(text, size) == theirs.stringWidth(text, size)
                assert ours.stringWidth(text.encode(), size) == theirs.stringWidth(text.encode(), size)
    assert ours.stringWidth("word", 9) != ours.stringWidth("word", 10)


def test_the_widths_kept_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_fonts, "WIDTHS", 50)
    font = Font("WidthsBounded", str(resource("fonts", "DejaVuSansMono.ttf")))
    for n in range(400):
        size = 9 + n % 3
        assert font.stringWidth(str(n), size) == pytest.approx(0.602 * size * len(str(n)), abs=0.01)
        assert sum(len(widths) for widths in font._widths.values()) <= 50
