"""Radio buttons and check boxes drawn to be seen on a dark card (used only with the forced dark palette).

Kept apart from theme.py: defining a QStyle subclass loads Qt's style enums (several milliseconds),
which a light start-up does not need.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from assessor.ui.theme import ACCENT_DARK, ACCENT_LIGHT, ON_ACCENT_DARK, ON_ACCENT_LIGHT, is_dark, mix


class IndicatorStyle(QProxyStyle):
    """Fusion, with radio buttons and check boxes drawn to be seen on a dark card.

    Fusion outlines them in a shade darker than the window, which vanishes on a dark palette, and marks
    a chosen level with a small grey dot. Here the outline has the contrast of a border and a chosen
    one is filled with the accent.
    """

    def drawPrimitive(
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        kinds = (QStyle.PrimitiveElement.PE_IndicatorRadioButton, QStyle.PrimitiveElement.PE_IndicatorCheckBox)
        if element not in kinds:
            super().drawPrimitive(element, option, painter, widget)
            return
        _draw_indicator(element == kinds[0], option, painter)


def _draw_indicator(radio: bool, option: QStyleOption, painter: QPainter) -> None:
    state = option.state
    palette = option.palette
    enabled = bool(state & QStyle.StateFlag.State_Enabled)
    on = bool(state & QStyle.StateFlag.State_On)
    partial = bool(state & QStyle.StateFlag.State_NoChange)
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    acc = QColor(ACCENT_DARK if is_dark(palette) else ACCENT_LIGHT)
    mark = acc if enabled else QColor(mix(window, text, 0.4))
    edge = QColor(mix(window, text, 0.55 if enabled else 0.3))
    if enabled and state & QStyle.StateFlag.State_HasFocus:
        edge = acc
    size = min(option.rect.width(), option.rect.height()) - 1
    box = QRectF(option.rect.x() + 0.5, option.rect.y() + 0.5 + (option.rect.height() - 1 - size) / 2, size, size)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(edge, 1.2))
    painter.setBrush(palette.color(QPalette.ColorRole.Base))
    if radio:
        painter.drawEllipse(box)
        if on:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mark)
            inset = size * 0.25
            painter.drawEllipse(box.adjusted(inset, inset, -inset, -inset))
    else:
        painter.drawRoundedRect(box, 2, 2)
        if on or partial:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mark)
            painter.drawRoundedRect(box, 2, 2)
            pen = QPen(QColor(ON_ACCENT_DARK if is_dark(palette) else ON_ACCENT_LIGHT), max(1.5, size / 8))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            x, y, w = box.x(), box.y(), box.width()
            path = QPainterPath()
            if partial:
                path.moveTo(QPointF(x + w * 0.25, y + w * 0.5))
                path.lineTo(QPointF(x + w * 0.75, y + w * 0.5))
            else:
                path.moveTo(QPointF(x + w * 0.24, y + w * 0.52))
                path.lineTo(QPointF(x + w * 0.43, y + w * 0.71))
                path.lineTo(QPointF(x + w * 0.77, y + w * 0.31))
            painter.drawPath(path)
    painter.restore()
