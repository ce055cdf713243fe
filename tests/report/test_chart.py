"""The score chart: the target named clear of every other text, bars coloured by verdict and still
told apart in grayscale."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from reportlab.graphics.shapes import Drawing, Group, Line, Path, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from assessor.core.demo import make_demo
from assessor.core.tiers import Tier
from assessor.core.validation import pack_for
from assessor.report.model import Summary
from assessor.report.pdf_charts import FILLS, score_chart
from assessor.report.pdf_styles import register_fonts
from assessor.report.render import report_model

WIDTH = 483.0


@pytest.fixture(scope="module", params=list(Tier), ids=lambda t: t.value)
def summary(request: pytest.FixtureRequest) -> Summary:
    a = make_demo(request.param)
    register_fonts()
    return report_model(pack_for(a, "en").pack, a, date=dt.date(2026, 10, 1)).summary


def _flat(node: Drawing | Group) -> list[object]:
    out: list[object] = []
    for item in node.contents:
        out += _flat(item) if isinstance(item, Group) else [item]
    return out


def _box(s: String) -> tuple[float, float, float, float]:
    w = stringWidth(s.text, s.fontName, s.fontSize)
    x = {"start": s.x, "middle": s.x - w / 2, "end": s.x - w}[s.textAnchor]
    return x, s.y - 0.25 * s.fontSize, x + w, s.y + 0.9 * s.fontSize


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("target", [None, 5.0, 50.0, 75.0, 100.0])
def test_the_target_line_and_its_label_cross_no_other_text(summary: Summary, target: float | None) -> None:
    if target is not None:
        summary = replace(summary, target_percent=target)
    items = _flat(score_chart(summary, WIDTH))
    texts = [x for x in items if isinstance(x, String)]
    label = next(x for x in texts if x.text == summary.target_label)
    others = [x for x in texts if x is not label]
    for other in others:
        assert not _overlap(_box(label), _box(other)), other.text
    line = max((x for x in items if isinstance(x, Line) and x.x1 == x.x2), key=lambda x: x.strokeWidth)
    # the names of the bars are drawn after the line on a white ground: only the axis and value labels count
    names = {b.title for b in summary.bars}
    for other in others:
        if other.text in names:
            assert items.index(other) > items.index(line)
            continue
        x1, y1, x2, y2 = _box(other)
        crosses = x1 < line.x1 < x2 and min(line.y1, line.y2) < y2 and y1 < max(line.y1, line.y2)
        assert not crosses, other.text


def _gray(rgb: tuple[float, float, float]) -> float:
    return 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]


def test_bars_are_coloured_by_verdict_and_still_differ_in_grayscale(summary: Summary) -> None:
    items = _flat(score_chart(summary, WIDTH))
    bars = {b.fill_key for b in summary.bars if b.percent}
    fills = {x.fillColor.hexval() for x in items if isinstance(x, Rect) and x.fillColor is not None}
    for key in bars:
        assert FILLS[key].hexval() in fills, key
    solid = ("meets", "partly-meets")
    coloured = [FILLS[k] for k in ("meets", "partly-meets", "does-not-meet")]
    assert all(max(c.rgb()) - min(c.rgb()) > 0.2 for c in coloured)  # colours, not greys
    assert abs(_gray(FILLS[solid[0]].rgb()) - _gray(FILLS[solid[1]].rgb())) > 0.25  # dark and light in print
    # the unsolid verdicts are hatched: diagonal strokes inside their swatches, drawn as one path each
    hatched = [x for x in items if isinstance(x, Path) and x.strokeWidth == 0.5 and x.fillColor is None and x.points]
    if bars & {"does-not-meet", "incomplete"}:
        assert hatched
