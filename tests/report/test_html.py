"""The HTML report: the same facts as the PDF, one self-contained file, every value escaped."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import pytest

from assessor.core.assessment import fingerprint, report_id
from assessor.core.scoring import score
from assessor.core.tiers import Tier
from assessor.report.render import render_html
from tests.report.factories import fill, make_pack

DATE = dt.date(2025, 3, 14)
EVIL = "<script>alert(1)</script>"


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.fixture(scope="module")
def page() -> tuple[str, _Tags, dict[str, object]]:
    pack = make_pack()
    a = fill(pack, Tier.HIGH)
    a.institution.name = EVIL
    a.answers["TR-01"].notes = 'A note with "quotes" & <b>tags</b>\nand a second line.'
    a.actions[0].owner = "<img src=x onerror=alert(2)>"
    html = render_html(pack, a, date=DATE, previous=fill(pack, Tier.MODERATE))
    parser = _Tags()
    parser.feed(html)
    return html, parser, {"pack": pack, "assessment": a}


def test_user_text_is_escaped_not_interpreted(page: tuple[str, _Tags, dict[str, object]]) -> None:
    html, parser, _ = page
    assert EVIL not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html
    assert [t for t, _ in parser.tags if t in ("script", "img", "iframe", "object")] == []
    text = "".join(parser.text)
    assert EVIL in text  # shown to the reader as text
    assert 'A note with "quotes" & <b>tags</b>' in text


def test_one_self_contained_file(page: tuple[str, _Tags, dict[str, object]]) -> None:
    html, parser, _ = page
    assert html.startswith("<!DOCTYPE html>")
    assert not [t for t, attrs in parser.tags if t == "link" or (t in ("img", "script") and attrs.get("src"))]
    urls = set(re.findall(r"https?://[^\s\"')]+", html))
    assert urls <= {"http://www.w3.org/2000/svg"}, urls  # the SVG namespace is a name, not a fetch
    assert "@media print" in html and "size: A4" in html
    assert html.count("<svg") == 1 and 'id="hatch"' in html


def test_same_facts_as_the_pdf(page: tuple[str, _Tags, dict[str, object]]) -> None:
    html, parser, objs = page
    pack, a = objs["pack"], objs["assessment"]
    card = score(pack, a)  # type: ignore[arg-type]
    text = " ".join("".join(parser.text).split())
    fp = fingerprint(a)  # type: ignore[arg-type]
    assert report_id(fp, DATE.isoformat()) in text
    assert fp in text
    for qid in card.questions:
        assert f'id="q-{qid}"' in html
    for action in a.actions:  # type: ignore[attr-defined]
        assert action.id in text
    for reason in card.triage.reasons:
        assert reason in text
    for el in card.elements:
        assert el.title in text
    assert "Changes since the previous assessment" in text
    assert "I attest that this self-assessment reflects" in text


def test_letter_paper_in_the_print_stylesheet() -> None:
    pack = make_pack(2, elements=2)
    html = render_html(pack, fill(pack, Tier.LOW), paper="letter", date=DATE)
    assert "size: letter" in html


def test_unknown_paper_is_refused() -> None:
    pack = make_pack(2, elements=2)
    with pytest.raises(ValueError, match="paper"):
        render_html(pack, fill(pack, Tier.LOW), paper="a3", date=DATE)  # type: ignore[arg-type]
