"""A floor for `assessor report`: bare reportlab laying out the same text in the same embedded TrueType font.

Independent of assessor (it imports nothing of ours): one paragraph per line of the report's text
(as `pdftotext` reads it back), A4, a bold face for headings-like short lines, the font embedded.

    python bench/floor_reportlab.py REPORT.txt FONT_DIR OUT.pdf
"""

from __future__ import annotations

import sys
from pathlib import Path


def layout(text_file: str, font_dir: str, out: str) -> int:
    """Lay out the text; the number of pages written."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    fonts = Path(font_dir)
    pdfmetrics.registerFont(TTFont("FloorSans", str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("FloorSans-Bold", str(fonts / "DejaVuSans-Bold.ttf")))
    body = ParagraphStyle("body", fontName="FloorSans", fontSize=9, leading=12)
    head = ParagraphStyle("head", fontName="FloorSans-Bold", fontSize=11, leading=14, spaceBefore=6)
    story = []
    for line in Path(text_file).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            continue
        safe = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        story.append(Paragraph(safe, head if len(line) < 40 else body))
    pages: list[int] = []
    doc = SimpleDocTemplate(out, pagesize=A4, title="floor", invariant=1)
    doc.build(story, onLaterPages=lambda canvas, _doc: pages.append(canvas.getPageNumber()))
    return len(pages) + 1


if __name__ == "__main__":
    print(layout(*sys.argv[1:4]))
