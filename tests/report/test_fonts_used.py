"""The report reads only the DejaVu faces its styles use (each costs some 3.75 MiB once read)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate

from assessor.core.demo import make_demo
from assessor.core.forms.installed import load_default_pack
from assessor.core.tiers import Tier
from assessor.report.pdf_styles import FONT_FILES, SANS, SANS_BOLD, Styles, register_fonts
from assessor.report.render import render_pdf
from tests.report.pdftools import fonts

UNUSED = "DejaVuSans-BoldOblique"


def _base_names(pdf: Path) -> set[str]:
    return {row.name.split("+", 1)[-1] for row in fonts(pdf)}


def test_the_high_demo_embeds_every_face_registered_and_bold_oblique_is_never_read(tmp_path: Path) -> None:
    pdf = tmp_path / "high.pdf"
    pdf.write_bytes(render_pdf(load_default_pack(), make_demo(Tier.HIGH), date=dt.date(2026, 11, 1)))
    assert _base_names(pdf) == set(FONT_FILES)  # no face read for nothing
    assert UNUSED not in pdfmetrics.getRegisteredFontNames()


def test_bold_and_italic_together_print_in_the_bold_face(tmp_path: Path) -> None:
    register_fonts()
    s = Styles(":", ";", ("“", "”"))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, invariant=1, initialFontName=SANS).build(
        [Paragraph("plain <b><i>bold italic</i></b>", s.body), Paragraph("italic <b>and bold</b>", s.quote)]
    )
    pdf = tmp_path / "mixed.pdf"
    pdf.write_bytes(buf.getvalue())
    assert _base_names(pdf) == {SANS, SANS_BOLD, "DejaVuSans-Oblique"}
