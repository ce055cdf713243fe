"""The report's paragraph: reportlab's, except that it reads its markup once per text and style and
breaks its lines once per width.

- A report makes the same paragraph many times ("Evidence:" under every question, an answer's label
  and scale, the board summary laid out once more for each compact level it tries), and reportlab
  parses each one's markup afresh. The first parse of a text in a style is kept (with the style: it
  goes when the style goes) and the next paragraph of that text and style takes its fragments. Text
  without markup is not parsed at all: its one fragment is the style's (from the parse of one word)
  with the text, cleaned of its line breaks as reportlab cleans it. The fragments are only read after
  the parse: reportlab's line breaking and drawing work on copies.
- ``Paragraph.wrap`` works the line breaks out afresh on every call, and a layout asks many times for
  the same answer: a table wraps its cells to measure the rows and again to draw them, a
  ``KeepTogether`` measures its content and the frame then wraps it again. This paragraph keeps the
  last answer and gives it back while nothing it depends on has changed: the same width, the same
  style and fragments, and the line breaks (``blPara``) still there; reportlab's ``split`` deletes
  them when a split fails, and a changed style or text gives new objects.

Everything else is reportlab's, so the lines, the heights and the PDF are the same. Every paragraph
of the report is one of these (``tests/report/test_paragraph.py`` checks it); ``split`` makes its
pieces with ``self.__class__``, so they are too.
"""

from __future__ import annotations

from typing import Any, NamedTuple
from weakref import WeakKeyDictionary

from reportlab.platypus import paragraph as rl_paragraph


class _Parsed(NamedTuple):
    """What reportlab's parse made of a paragraph's text."""

    text: str
    style: Any  # None when the parse kept the style it was given (as it does but for a <para> tag's attributes)
    frags: list[Any]
    bullet: Any


class _Wrapped(NamedTuple):
    """What one wrap found, and what it was found for."""

    width: float
    style: Any
    frags: Any
    lines: Any  # the ParaLines (``blPara``) the wrap made
    size: tuple[float, float]


_parsed: WeakKeyDictionary[Any, dict[tuple[str, Any, int], _Parsed]] = WeakKeyDictionary()


class Paragraph(rl_paragraph.Paragraph):  # type: ignore[misc]
    """A reportlab paragraph that parses once per text and style and wraps once per width."""

    _wrapped: _Wrapped | None = None

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:  # noqa: N803
        if frags is not None or not isinstance(text, str) or not isinstance(bulletText, str | None):
            super()._setup(text, style, bulletText, frags, cleaner)
            return
        known = _parsed.setdefault(style, {})
        key = (text, bulletText, self.caseSensitive)
        found = known.get(key) or _plain(text, style, bulletText, cleaner, known)
        if found is None:
            super()._setup(text, style, bulletText, None, cleaner)
            found = _Parsed(self.text, None if self.style is style else self.style, self.frags, self.bulletText)
        else:
            super()._setup(found.text, found.style or style, found.bullet, found.frags, cleaner)
        known[key] = found

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        done = self._wrapped
        if (
            done is not None
            and done.width == availWidth
            and done.style is self.style
            and done.frags is self.frags
            and self.__dict__.get("blPara") is done.lines
        ):
            self.width, self.height = done.size
            return done.size
        before = self.__dict__.get("blPara")
        size = super().wrap(availWidth, availHeight)
        lines = self.__dict__.get("blPara")
        # kept only when this wrap broke the lines (not for a width too narrow for any text)
        fresh = lines is not None and lines is not before
        self._wrapped = _Wrapped(availWidth, self.style, self.frags, lines, size) if fresh else None
        return size  # type: ignore[no-any-return]


_MARKUP = frozenset("<>&")
_WORD = "x"  # the text parsed once per style, for the fragment of every text without markup


def _plain(text: str, style: Any, bullet: str | None, cleaner: Any, known: dict[Any, _Parsed]) -> _Parsed | None:
    """A text without markup as reportlab's parse makes it: one fragment, the style's, holding the text
    cleaned of its line breaks; None for any other text (markup, or nothing left once cleaned)."""
    if not _MARKUP.isdisjoint(text):
        return None
    cleaned = cleaner(text)
    if not cleaned:
        return None
    model = known.get((_WORD, None, 1))
    if model is None:
        model = known[(_WORD, None, 1)] = _Parsed(_WORD, None, rl_paragraph.Paragraph(_WORD, style).frags, None)
    frags = [model.frags[0].clone(text=cleaned)]
    rl_paragraph.textTransformFrags(frags, style)
    return _Parsed(cleaned, None, frags, bullet)
