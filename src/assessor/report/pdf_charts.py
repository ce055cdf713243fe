"""Vector drawings for the PDF: the element score chart and the QR code (drawn by ``pdf_qr``).

Each bar is coloured by the element's verdict (meets: green; partly meets: amber; does not meet:
red) and the chart still reads on a black-and-white print: meets prints dark and solid, partly meets
light and solid, does not meet cross-hatched, incomplete (white) diagonally hatched, and each bar's
value is printed beside it. The target's line stops at the axis and is named above the plot, clear
of the axis labels.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Group, Line, Path, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from assessor.report.model import Summary
from assessor.report.pdf_qr import QrMark
from assessor.report.pdf_styles import INK, MUTED, RULE, SANS, SANS_BOLD

LABEL_SIZE = 8.5
VALUE_SIZE = 8
SMALL_SIZE = 7.5  # axis, target and legend: the smallest text the report prints
BAR_HEIGHT = 12.0

# Grey levels in print: meets ≈ 35 %, partly meets ≈ 70 % (both solid), does not meet ≈ 45 % under
# cross-hatching, incomplete white under diagonal hatching.
FILLS: dict[str, colors.Color] = {
    "meets": colors.HexColor("#2F6B45"),
    "partly-meets": colors.HexColor("#E8B04A"),
    "incomplete": colors.white,
    "does-not-meet": colors.HexColor("#D4675A"),
}
TICKS = (0.0, 25.0, 50.0, 75.0, 100.0)


def hatch(x: float, y: float, w: float, h: float, *, cross: bool, step: float = 3.2) -> Path:
    """Diagonal lines (and the other diagonal when ``cross``) clipped to the rectangle, as one path."""
    path = Path(strokeColor=INK, strokeWidth=0.5, fillColor=None)

    def segment(xa: float, ya: float, xb: float, yb: float) -> None:
        path.moveTo(xa, ya)
        path.lineTo(xb, yb)

    c = -w
    while c < h:
        u0, u1 = max(0.0, -c), min(w, h - c)
        if u0 < u1:
            segment(x + u0, y + u0 + c, x + u1, y + u1 + c)
        c += step
    if cross:
        c = 0.0
        while c < w + h:
            u0, u1 = max(0.0, c - h), min(w, c)
            if u0 < u1:
                segment(x + u0, y + c - u0, x + u1, y + c - u1)
            c += step
    return path


def swatch(key: str, x: float, y: float, w: float, h: float) -> Group:
    g = Group()
    g.add(Rect(x, y, w, h, fillColor=FILLS.get(key, colors.white), strokeColor=INK, strokeWidth=0.6))
    if key in ("incomplete", "does-not-meet"):
        g.add(hatch(x, y, w, h, cross=key == "does-not-meet"))
    return g


def score_chart(summary: Summary, width: float) -> Drawing:
    """Horizontal bars, one per Core Element (its name above), on a 0–100 % scale with the tier's
    target, each filled by the element's verdict."""
    value_w = min(max(stringWidth(b.value_label, SANS_BOLD, VALUE_SIZE) for b in summary.bars) + 12, width * 0.32)
    x0 = 1.0
    x1 = width - value_w
    span = x1 - x0

    def at(percent: float) -> float:
        return float(x0 + span * max(0.0, min(percent, 100.0)) / 100.0)

    top_pad, bottom_pad, legend_h = 16.0, 20.0, 14.0
    row = LABEL_SIZE + 4 + BAR_HEIGHT + 7
    height = top_pad + row * len(summary.bars) + bottom_pad + legend_h
    d = Drawing(width, height, initialFontName=SANS)
    plot_top = height - top_pad
    plot_bottom = plot_top - row * len(summary.bars)

    for value in TICKS[1:-1]:
        d.add(
            Line(at(value), plot_bottom, at(value), plot_top, strokeColor=RULE, strokeWidth=0.5, strokeDashArray=[2, 2])
        )
    d.add(Line(at(100), plot_bottom, at(100), plot_top, strokeColor=RULE, strokeWidth=0.5))
    d.add(Line(x0, plot_bottom, x1, plot_bottom, strokeColor=INK, strokeWidth=0.6))
    for value in TICKS:
        d.add(Line(at(value), plot_bottom, at(value), plot_bottom - 3, strokeColor=INK, strokeWidth=0.6))
        d.add(
            String(
                at(value),
                plot_bottom - 11,
                f"{value:.0f}\u00a0%",
                fontName=SANS,
                fontSize=SMALL_SIZE,
                fillColor=MUTED,
                textAnchor="start" if value == 0 else "end" if value == 100 else "middle",
            )
        )

    labels = []
    y = plot_top
    for bar in summary.bars:
        text_y = y - LABEL_SIZE - 1
        labels.append((bar.title, text_y))
        bar_y = text_y - 4 - BAR_HEIGHT
        if bar.percent is not None and bar.percent > 0:
            d.add(swatch(bar.fill_key, x0, bar_y, at(bar.percent) - x0, BAR_HEIGHT))
        elif bar.percent is not None:
            d.add(Line(x0, bar_y, x0, bar_y + BAR_HEIGHT, strokeColor=INK, strokeWidth=2))
        d.add(
            String(
                x1 + 8,
                bar_y + 3,
                bar.value_label,
                fontName=SANS_BOLD if bar.percent is not None else SANS,
                fontSize=VALUE_SIZE,
                fillColor=INK if bar.percent is not None else MUTED,
            )
        )
        y -= row

    # the tier's target: a solid line over the bars down to the axis, named above the plot
    tx = at(summary.target_percent)
    d.add(Line(tx, plot_bottom, tx, plot_top + 3, strokeColor=INK, strokeWidth=1.4))
    anchor = "end" if summary.target_percent > 85 else "start" if summary.target_percent < 15 else "middle"
    d.add(
        String(
            tx + 2 if anchor == "end" else tx,
            plot_top + 6,
            summary.target_label,
            fontName=SANS_BOLD,
            fontSize=SMALL_SIZE,
            fillColor=INK,
            textAnchor=anchor,
        )
    )
    # the bars' names last, on a white ground: no line runs through them
    for title, text_y in labels:
        label_w = stringWidth(title, SANS, LABEL_SIZE)
        d.add(Rect(x0, text_y - 2.5, label_w + 3, LABEL_SIZE + 3, fillColor=colors.white, strokeColor=None))
        d.add(String(x0, text_y, title, fontName=SANS, fontSize=LABEL_SIZE, fillColor=INK))

    # legend: the four fills and the verdicts they stand for
    lx = x0
    for key, name in summary.legend:
        d.add(swatch(key, lx, 1, 16, 8))
        d.add(String(lx + 20, 2, name, fontName=SANS, fontSize=SMALL_SIZE, fillColor=INK))
        lx += 30 + stringWidth(name, SANS, SMALL_SIZE)
    return d


def qr_code(payload: str, size: float = 104.0) -> QrMark:
    """The QR code of ``payload``, ``size`` points square (one path: see ``pdf_qr``)."""
    return QrMark(payload, size)
