"""Which font prints which character, and which characters the PDF refuses.

DejaVu Sans prints Latin, Greek and Cyrillic. Chinese, Japanese and Korean fall back to WenQuanYi
Micro Hei (shipped in ``resources/fonts``, embedded as a subset like DejaVu): user text is cut into
runs and each run outside DejaVu is set in the fallback font. Arabic, Hebrew and the Indic scripts
(Devanagari and its neighbours) need shaping and right-to-left ordering that reportlab does not do,
so they would print as disconnected or reversed letters: the report refuses them, naming them, rather
than print them wrong. Any other character no shipped font has is refused the same way; nothing
vanishes silently.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import chain
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from assessor.report.walk import texts
from assessor.resources import resource

FALLBACK = "WenQuanYiMicroHei"
FALLBACK_FILE = "wqy-microhei.ttc"
BASE_FACES = ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique")  # the text faces pdf_styles registers
# Scripts that need contextual shaping or bidirectional reordering: Hebrew, Arabic, Syriac, Thaana,
# N'Ko, Samaritan, Mandaic, Arabic Extended, the Indic block (Devanagari to Sinhala), and the Hebrew
# and Arabic presentation forms.
_NEEDS_SHAPING = re.compile("[\u0590-\u08ff\u0900-\u0dff\ufb1d-\ufdff\ufe70-\ufefc]")
_IGNORED = frozenset("\n\r\t")  # line breaks and tabs are layout, not glyphs
SHOWN = 24  # characters named in the refusal before "and N more"


class UnprintableText(ValueError):
    """The report holds characters it cannot print correctly; ``chars`` are they, in order of first use."""

    def __init__(self, chars: list[str]) -> None:
        self.chars = chars
        scripts = sorted({_script(c) for c in chars})
        shown = ", ".join(f"{c} (U+{ord(c):04X})" for c in chars[:SHOWN])
        more = f" and {len(chars) - SHOWN} more" if len(chars) > SHOWN else ""
        why = (
            "these scripts need shaping and right-to-left ordering the PDF cannot do yet"
            if any(_NEEDS_SHAPING.match(c) for c in chars)
            else "no font shipped with assessor has them"
        )
        super().__init__(
            f"the report cannot print {len(chars)} character(s) in {', '.join(scripts)}: {shown}{more} ({why}); "
            "write these names and notes in Latin, Greek, Cyrillic, Chinese, Japanese or Korean script"
        )


def _script(char: str) -> str:
    """The script a character belongs to, from the first word of its Unicode name ("ARABIC LETTER MEEM")."""
    return unicodedata.name(char, "unnamed character").split()[0].capitalize()


class Font(TTFont):  # type: ignore[misc]
    """A TrueType font that works each text's width out once: a layout measures the same words again and
    again (each line break tries them, each table measures its cells). The widths are the font's, so
    the layout is the same; at most ``WIDTHS`` are kept (then forgotten, in a long-lived app)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._widths: dict[float, dict[str, float]] = {}  # size -> text -> width
        self._kept = 0

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        widths = self._widths.get(size)
        if widths is None:
            widths = self._widths[size] = {}
        width = widths.get(text)  # type: ignore[arg-type]
        if width is None:
            width = super().stringWidth(text, size, encoding)
            if isinstance(text, str):
                if self._kept >= WIDTHS:
                    self._widths, self._kept = {size: widths}, 0
                    widths.clear()
                widths[text] = width
                self._kept += 1
        return width


WIDTHS = 20_000  # texts whose width a font keeps (a High report measures some 6 000)


def register_fallback() -> None:
    """Register the fallback font for Chinese, Japanese and Korean, when first needed (it takes about
    0.3 s to read, which a report in Latin script never pays)."""
    if FALLBACK in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(Font(FALLBACK, str(resource("fonts", FALLBACK_FILE)), subfontIndex=0))
    # One face: bold and italic runs in these scripts print in the regular face rather than vanish.
    pdfmetrics.registerFontFamily(FALLBACK, normal=FALLBACK, bold=FALLBACK, italic=FALLBACK, boldItalic=FALLBACK)


def _glyphs(name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


@cache
def _base() -> frozenset[int]:
    """Code points every DejaVu Sans face prints (bold or italic text must not lose any)."""
    from assessor.report.pdf_styles import register_fonts  # pdf_styles imports this module

    register_fonts()
    faces = [_glyphs(name) for name in BASE_FACES]
    return frozenset.intersection(*faces)


@cache
def _fallback() -> frozenset[int]:
    register_fallback()
    return _glyphs(FALLBACK)


@cache
def _base_chars() -> frozenset[str]:
    """The characters of `_base`, and the ignored ones: a whole text is checked against it at once."""
    return frozenset(map(chr, _base())) | _IGNORED


def _in_base(char: str) -> bool:
    return char in _base_chars()


def unprintable(texts: Iterable[str]) -> list[str]:
    """The characters of ``texts`` the PDF cannot print correctly, each once, in order of first use."""
    used = dict.fromkeys(chain.from_iterable(text for text in texts if not text.isascii()))  # each once, in order
    return [
        char
        for char in used
        if unicodedata.category(char) != "Cc"
        and (_NEEDS_SHAPING.match(char) or not (_in_base(char) or ord(char) in _fallback()))
    ]


def check_printable(model: object) -> None:
    """Raise `UnprintableText` when the model holds a character the PDF cannot print correctly."""
    bad = unprintable(texts(model))
    if bad:
        raise UnprintableText(bad)


def runs(text: str) -> Iterator[tuple[bool, str]]:
    """``text`` cut into runs: (True, run) for text the base font prints, (False, run) for the fallback's."""
    if text.isascii() or _base_chars().issuperset(text):
        yield True, text
        return
    start = 0
    for n in range(1, len(text) + 1):
        if n == len(text) or _in_base(text[n]) != _in_base(text[start]):
            base = _in_base(text[start])
            if not base:
                register_fallback()
            yield base, text[start:n]
            start = n


def with_fallback(escaped: str) -> str:
    """Escaped paragraph text with every run the base font lacks set in the fallback font."""
    if escaped.isascii():
        return escaped
    return "".join(run if base else f'<font face="{FALLBACK}">{run}</font>' for base, run in runs(escaped))


def draw_string(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """``canvas.drawString`` with the fallback font for the runs ``font`` lacks."""
    for base, run in runs(text):
        face = font if base else FALLBACK
        canvas.setFont(face, size)
        canvas.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, face, size)
    canvas.setFont(font, size)
