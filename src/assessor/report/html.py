"""The report model as one self-contained HTML page, for reading on screen.

Everything is inline (CSS with a print stylesheet, the chart as SVG with hatch patterns), nothing
is fetched, and every value is escaped by jinja2's autoescaping.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jinja2

from assessor.report.attestation import Paper
from assessor.report.catalog import Catalog
from assessor.report.model import ReportModel

TEMPLATES = Path(__file__).resolve().parent / "templates"

CHART_WIDTH = 680.0
VALUE_WIDTH = 190.0
ROW = 34.0
TOP = 30.0  # room above the plot for the target's name
FILLS = {"meets": "#2f6b45", "partly-meets": "#e8b04a", "does-not-meet": "url(#cross)", "incomplete": "url(#hatch)"}


@dataclass(frozen=True)
class SvgBar:
    title: str
    label: str
    fill_key: str  # the element's verdict
    y: float  # top of the row
    width: float  # bar width, 0 when no score
    scored: bool


@dataclass(frozen=True)
class SvgChart:
    width: float
    height: float
    plot_left: float
    plot_right: float
    plot_top: float
    plot_bottom: float
    bars: tuple[SvgBar, ...]
    lines: tuple[tuple[float, str], ...]  # x, tick label
    target_x: float
    target_label: str


def chart(model: ReportModel) -> SvgChart:
    s = model.summary
    left, right = 2.0, CHART_WIDTH - VALUE_WIDTH
    span = right - left

    def at(percent: float) -> float:
        return round(left + span * max(0.0, min(percent, 100.0)) / 100.0, 2)

    bars = tuple(
        SvgBar(
            title=b.title,
            label=b.value_label,
            fill_key=b.fill_key,
            y=TOP + i * ROW,
            width=at(b.percent) - left if b.percent is not None else 0.0,
            scored=b.percent is not None,
        )
        for i, b in enumerate(s.bars)
    )
    bottom = TOP + ROW * len(bars)
    return SvgChart(
        width=CHART_WIDTH,
        height=bottom + 40,
        plot_left=left,
        plot_right=right,
        plot_top=TOP,
        plot_bottom=bottom,
        bars=bars,
        lines=tuple((at(v), f"{v:.0f}") for v in (0.0, 25.0, 50.0, 75.0, 100.0)),
        target_x=at(s.target_percent),
        target_label=s.target_label,
    )


@dataclass(frozen=True)
class ChartRow:
    """One line of the chart's text alternative: what a bar shows, in words."""

    element: str
    score: str
    target: str
    verdict: str


def chart_rows(model: ReportModel, words: Catalog) -> tuple[ChartRow, ...]:
    s = model.summary
    verdicts = dict(s.legend)
    target = words.percent(s.target_percent)
    return tuple(
        ChartRow(b.title, b.value_label, target, verdicts.get(b.fill_key, words("html.no_score"))) for b in s.bars
    )


_NOT_ID = re.compile(r"[^A-Za-z0-9_-]+")


def anchor(text: str) -> str:
    """A valid, stable HTML id (and fragment) made from a pack's id: letters, digits, ``-`` and ``_`` only."""
    return _NOT_ID.sub("-", text).strip("-") or "x"


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["anchor"] = anchor
    env.filters["once"] = lambda items: list(dict.fromkeys(items))  # each reference once, in order
    return env


def render(model: ReportModel, paper: Paper = "a4") -> str:
    template = environment().get_template("report.html.j2")
    words = Catalog(model.meta.language)
    return template.render(
        m=model,
        colon=words("punct.colon"),
        semicolon=words("punct.semicolon"),
        quote_open=words("punct.quote_open"),
        quote_close=words("punct.quote_close"),
        contents=words("html.contents"),
        chart=chart(model),
        chart_rows=chart_rows(model, words),
        chart_columns=(
            words("changes.col_element"),
            words("cover.score"),
            words("html.col_target"),
            words("cover.result"),
        ),
        chart_values=words("html.chart_values"),
        fills=FILLS,
        printed={q.id for e in model.elements for q in e.questions},
        page_size="A4" if paper == "a4" else "letter",
    )
