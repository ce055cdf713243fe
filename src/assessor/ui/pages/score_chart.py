"""A horizontal bar chart of the score of each Core Element, painted with QPainter.

One row per element: its title on the left (on two lines when the chart is narrow: never cut), a bar from
0 to 100 % and the figure on the right.
Faint lines mark 0, 25, 50, 75 and 100 %; a solid line marks the tier's target (no absolute band:
a score is read against the target).
Everything is drawn from the widget's font and palette, at paint time, so the chart follows the
system font size, dark mode and the screen's pixel ratio (nothing is cached as a pixmap).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

TICKS: tuple[float, ...] = (0.0, 25.0, 50.0, 75.0, 100.0)


class ScoreChart(QWidget):
    """Bars for ``(title, percent or None)`` rows; ``None`` draws "no score" instead of a bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, float | None]] = []
        self._target: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Scores per Core Element"))
        self._describe()

    # -- data ------------------------------------------------------------------------------------------------

    def set_scores(self, rows: list[tuple[str, float | None]], target: float | None = None) -> None:
        """The rows, and the tier's target as a percentage (drawn as a solid line)."""
        changed = len(rows) != len(self._rows)
        self._rows = list(rows)
        self._target = target
        self._describe()
        if changed:
            self._fit_height()
        self.update()

    def scores(self) -> list[tuple[str, float | None]]:
        return list(self._rows)

    def figure(self, percent: float | None) -> str:
        return self.tr("no score") if percent is None else f"{percent:.1f} %"

    def _describe(self) -> None:
        if not self._rows:
            self.setAccessibleDescription(self.tr("No Core Element to show."))
            return
        parts = [f"{title}: {self.figure(percent)}" for title, percent in self._rows]
        if self._target is not None:
            parts.append(self.target_text())
        self.setAccessibleDescription("; ".join(parts))

    def target_text(self) -> str:
        return self.tr("target {target} %").format(target=f"{self._target or 0:.0f}")

    # -- geometry (all derived from the font) ---------------------------------------------------------------------

    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        size = font.pointSizeF()
        if size > 0:
            font.setPointSizeF(max(6.0, size * 0.82))
        else:
            font.setPixelSize(max(8, round(font.pixelSize() * 0.82)))
        return font

    def _row_height(self, width: float | None = None) -> float:
        """Tall enough for the title that needs the most lines at this width (at least 1.9 lines of text)."""
        fm = self._metrics()
        box = self._label_box_width(self.width() if width is None else width)
        lines = 1
        for title, _ in self._rows:
            rect = fm.boundingRect(QRectF(0, 0, max(box, 1.0), 1e6), int(Qt.TextFlag.TextWordWrap), title)
            lines = max(lines, round(rect.height() / fm.lineSpacing()))
        return max(fm.height() * 1.9, lines * fm.lineSpacing() + fm.height() * 0.6)

    def _margin(self) -> float:
        return self._metrics().height() * 0.5

    def _band_strip(self) -> float:
        """The space above and below the rows for the target's name and the axis figures."""
        return QFontMetricsF(self._small_font()).height() * 1.4

    def _label_width(self, width: float | None = None) -> float:
        fm = self._metrics()
        widest = max((fm.horizontalAdvance(title) for title, _ in self._rows), default=0.0)
        return min(widest + fm.height(), (self.width() if width is None else width) * 0.4)

    def _label_box_width(self, width: float) -> float:
        return max(self._label_width(width) - self._metrics().height() * 0.5, 0.0)

    def _value_width(self) -> float:
        fm = self._metrics()
        return max(fm.horizontalAdvance("100.0 %"), fm.horizontalAdvance(self.tr("no score"))) + fm.height() * 0.6

    def _plot_rect(self) -> QRectF:
        m = self._margin()
        left = m + self._label_width()
        right = self.width() - m - self._value_width()
        top = m + self._band_strip()
        return QRectF(left, top, max(right - left, 1.0), self._row_height() * len(self._rows))

    def bar_rect(self, row: int) -> QRectF:
        """Where the bar of ``row`` is drawn (an empty rectangle when the row has no score)."""
        plot = self._plot_rect()
        percent = self._rows[row][1]
        height = self._metrics().height() * 1.05
        top = plot.top() + row * self._row_height() + (self._row_height() - height) / 2
        if percent is None:
            return QRectF(plot.left(), top, 0.0, height)
        width = plot.width() * max(0.0, min(percent, 100.0)) / 100.0
        return QRectF(plot.left(), top, width, height)

    def sizeHint(self) -> QSize:
        fm = self._metrics()
        widest = max((fm.horizontalAdvance(title) for title, _ in self._rows), default=fm.horizontalAdvance("M" * 12))
        width = 2 * self._margin() + widest + fm.height() + self._value_width() + fm.horizontalAdvance("M") * 24
        width = max(width, (widest + fm.height()) / 0.4)  # wide enough for every title on one line
        return QSize(round(width), self.heightForWidth(round(width)))

    def heightForWidth(self, width: int) -> int:
        """The height at ``width``: narrower, a title takes two lines and its row grows. Applied as the
        widget's fixed height whenever its width changes (a layout does not ask a fixed-height widget)."""
        rows = max(len(self._rows), 1)
        return round(2 * self._margin() + 2 * self._band_strip() + rows * self._row_height(width))

    def _fit_height(self) -> None:
        height = self.heightForWidth(self.width())
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(min(hint.width(), round(self._metrics().horizontalAdvance("M") * 30)), hint.height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._fit_height()
            self.update()
        super().changeEvent(event)

    # -- painting ---------------------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        plot = self._plot_rect()
        self._paint_bands(painter, palette, plot)
        self._paint_rows(painter, palette, plot)
        painter.end()

    def _paint_bands(self, painter: QPainter, palette: QPalette, plot: QRectF) -> None:
        ink = QColor(palette.color(QPalette.ColorRole.WindowText))
        strip = self._band_strip()
        top, bottom = plot.top(), plot.bottom()
        small = self._small_font()
        painter.setFont(small)
        small_fm = QFontMetricsF(small)
        muted = QColor(palette.color(QPalette.ColorRole.PlaceholderText))
        line = QColor(ink)
        line.setAlphaF(0.25)
        painter.setPen(QPen(line, 1.0, Qt.PenStyle.DashLine))
        for edge in TICKS:
            x = plot.left() + plot.width() * edge / 100.0
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        painter.setPen(muted)
        for edge in TICKS:
            x = plot.left() + plot.width() * edge / 100.0
            label = f"{edge:.0f}"
            w = small_fm.horizontalAdvance(label) + 4
            painter.drawText(QRectF(x - w / 2, bottom, w, strip), Qt.AlignmentFlag.AlignCenter, label)
        if self._target is not None:
            x = plot.left() + plot.width() * max(0.0, min(self._target, 100.0)) / 100.0
            painter.setPen(QPen(ink, 2.0))
            painter.drawLine(QPointF(x, top - strip * 0.2), QPointF(x, bottom))
            label = self.target_text()
            w = small_fm.horizontalAdvance(label) + 4
            left = min(max(x - w / 2, 0.0), self.width() - w)
            painter.drawText(QRectF(left, top - strip, w, strip * 0.8), Qt.AlignmentFlag.AlignCenter, label)

    def _paint_rows(self, painter: QPainter, palette: QPalette, plot: QRectF) -> None:
        font = self.font()
        fm = self._metrics()
        m = self._margin()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        bar_colour = palette.color(QPalette.ColorRole.Highlight)
        row_h = self._row_height()
        label_w = self._label_width()
        for row, (title, percent) in enumerate(self._rows):
            top = plot.top() + row * row_h
            painter.setFont(font)
            painter.setPen(text_colour)
            label_box = QRectF(m, top, max(label_w - fm.height() * 0.5, 0), row_h)
            painter.drawText(
                label_box,
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight | Qt.TextFlag.TextWordWrap),
                title,
            )
            value_box = QRectF(plot.right() + fm.height() * 0.4, top, self._value_width(), row_h)
            if percent is None:
                painter.setPen(muted)
                painter.drawText(
                    value_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.figure(None)
                )
                continue
            bar = self.bar_rect(row)
            if bar.width() > 0:
                painter.fillRect(bar, bar_colour)
            painter.setPen(text_colour)
            painter.drawText(
                value_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.figure(percent)
            )
