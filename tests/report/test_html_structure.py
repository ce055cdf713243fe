"""The HTML report's structure, read with the standard library's parser: one h1 and headings in order,
unique valid ids and no broken internal link, the chart with a legend and its values in a table, and
no sentence about a QR code the page does not show."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from html.parser import HTMLParser

import pytest

from assessor.core.demo import make_demo
from assessor.core.tiers import Tier
from assessor.core.validation import pack_for
from assessor.report.catalog import Catalog
from assessor.report.html import anchor
from assessor.report.render import render_html, report_model
from tests.report.factories import fill, make_pack

DATE = dt.date(2026, 10, 1)
VALID_ID = re.compile(r"[A-Za-z][A-Za-z0-9_:.-]*")


class Page(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__()
        self.headings: list[tuple[int, str]] = []
        self.ids: list[str] = []
        self.links: list[str] = []
        self.tables: dict[str, list[list[str]]] = {}  # id -> rows of cell texts
        self.text: list[str] = []
        self._heading: int | None = None
        self._table: str | None = None
        self._cell: list[str] | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id") is not None:
            self.ids.append(str(a["id"]))
        if tag == "a" and str(a.get("href", "")).startswith("#"):
            self.links.append(str(a["href"])[1:])
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = int(tag[1])
            self.headings.append((self._heading, ""))
        if tag == "table":
            self._table = str(a.get("id") or f"table-{len(self.tables)}")
            self.tables[self._table] = []
        if tag == "tr" and self._table is not None:
            self.tables[self._table].append([])
        if tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = None
        if tag in ("td", "th") and self._cell is not None and self._table is not None:
            self.tables[self._table][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        if tag == "table":
            self._table = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._heading is not None:
            level, text = self.headings[-1]
            self.headings[-1] = (level, text + data)
        if self._cell is not None:
            self._cell.append(data)


def _cases() -> list[tuple[str, str, object, object, object]]:
    out: list[tuple[str, str, object, object, object]] = []
    for tier in Tier:
        a = make_demo(tier)
        for language in ("en", "fr"):
            out.append((f"{tier.value}-{language}", language, pack_for(a, language).pack, a, None))
    pack = make_pack()
    out.append(("with-changes", "en", pack, fill(pack, Tier.HIGH), fill(pack, Tier.MODERATE)))
    return out


@pytest.fixture(scope="module", params=_cases(), ids=lambda c: c[0])
def page(request: pytest.FixtureRequest) -> tuple[Page, object, str]:
    _, language, pack, a, previous = request.param
    html = render_html(pack, a, date=DATE, language=language, previous=previous)  # type: ignore[arg-type]
    model = report_model(pack, a, date=DATE, language=language, previous=previous)  # type: ignore[arg-type]
    return Page(html), model, language


def test_exactly_one_h1_and_no_heading_level_skipped(page: tuple[Page, object, str]) -> None:
    p, _, _ = page
    levels = [level for level, _ in p.headings]
    assert levels.count(1) == 1 and levels[0] == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, p.headings
    assert levels.count(2) >= 14  # one per part: summary, profile, ten elements, plan, evidence, method, ...


def test_ids_are_unique_and_valid_and_every_internal_link_resolves(page: tuple[Page, object, str]) -> None:
    p, _, _ = page
    assert len(p.ids) == len(set(p.ids)), sorted(i for i in p.ids if p.ids.count(i) > 1)
    assert all(VALID_ID.fullmatch(i) for i in p.ids), [i for i in p.ids if not VALID_ID.fullmatch(i)]
    assert p.links and set(p.links) <= set(p.ids), set(p.links) - set(p.ids)


def test_the_chart_has_a_legend_and_its_values_and_target_in_a_table(page: tuple[Page, object, str]) -> None:
    p, model, language = page
    summary = model.summary  # type: ignore[attr-defined]
    rows = p.tables["chart-values"]
    body = rows[1:]
    assert [r[0] for r in body] == [b.title for b in summary.bars]
    assert [r[1] for r in body] == [" ".join(b.value_label.split()) for b in summary.bars]
    target = " ".join(Catalog(language).percent(summary.target_percent).split())
    assert all(r[2] == target for r in body)
    text = " ".join(" ".join(p.text).split())
    for _, name in summary.legend:
        assert name in text
    assert all(r[3] in {name for _, name in summary.legend} | {Catalog(language)("html.no_score")} for r in body)


def test_no_sentence_about_a_qr_code_the_page_does_not_show(page: tuple[Page, object, str]) -> None:
    p, model, _ = page
    text = " ".join(" ".join(p.text).split())
    assert " ".join(model.cover.qr_caption.split()) not in text  # type: ignore[attr-defined]


def test_the_assessment_title_is_printed(page: tuple[Page, object, str]) -> None:
    p, model, _ = page
    title = model.cover.assessment_title  # type: ignore[attr-defined]
    if title:
        assert title in " ".join(" ".join(p.text).split())


def test_anchor_makes_valid_ids() -> None:
    assert anchor("TR-01") == "TR-01"
    assert VALID_ID.fullmatch("q-" + anchor("a b/é"))
    assert anchor("") == "x"
