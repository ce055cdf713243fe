"""The report's paragraph: reportlab's, except that it breaks its lines once per width.

reportlab's ``Paragraph.wrap`` works the line breaks out afresh on every call, and a layout asks
many times for the same answer: a table wraps its cells to measure the rows and again to draw them,
a ``KeepTogether`` measures its content and the frame then wraps it again. This paragraph keeps the
last answer and gives it back while nothing it depends on has changed: the same width, the same
style and fragments, and the line breaks (``blPara``) still there; reportlab's ``split`` deletes
them when a split fails, and a changed style or text gives new objects. Everything else is
reportlab's, so the lines, the heights and the PDF are the same.

Every paragraph of the report is one of these (``tests/report/test_paragraph.py`` checks it);
``split`` makes its pieces with ``self.__class__``, so they are too.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from reportlab.platypus import paragraph as rl_paragraph


class _Wrapped(NamedTuple):
    """What one wrap found, and what it was found for."""

    width: float
    style: Any
    frags: Any
    lines: Any  # the ParaLines (``blPara``) the wrap made
    size: tuple[float, float]


class Paragraph(rl_paragraph.Paragraph):  # type: ignore[misc]
    """A reportlab paragraph that wraps once per width."""

    _wrapped: _Wrapped | None = None

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
