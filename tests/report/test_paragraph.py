"""The report's paragraph reads its markup once per text and style and breaks its lines once per width,
gives the same fragments and lines as reportlab's, and is the only paragraph the report draws."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from reportlab.platypus import paragraph as rl_paragraph

from assessor.core.demo import make_demo
from assessor.core.tiers import Tier
from assessor.core.validation import pack_for
from assessor.report.pdf_paragraph import Paragraph
from assessor.report.pdf_styles import Styles, markup
from assessor.report.render import render_pdf

DATE = dt.date(2026, 10, 1)
LONG = " ".join(f"word{n} Hôpital Łódź 東京大学" for n in range(60))
TEXTS = [
    ("plain text that wraps onto a few lines when the column is narrow enough to need it", "body"),
    (f"<b>Notes:</b> {markup(LONG)}", "detail"),
    ("a <i>mixed</i> <b>run</b> of faces, and a superscript 1<super>er</super> in it", "answer"),
    ("Supercalifragilisticexpialidocious" * 4, "cell"),
    ("line one<br/>line two<br/>line three", "small_ink"),
]


PARSED = [
    "plain words",
    "  spaces  around, \t a tab and\nline\r\nbreaks  ",
    "no-break\u00a0space, Hôpital Łódź, 東京, → arrows — dashes",
    "x",
    "",
    "   ",
    "\n",
    "a > b, but no tag",
    "<b>Evidence:</b>",
    "fish &amp; chips &lt;3",
    "a <font face='DejaVuSansMono'>mono</font> word",
]


def _frags(p: Any) -> list[dict[str, Any]]:
    return [dict(f.__dict__) for f in p.frags]


@pytest.mark.parametrize("text", PARSED)
@pytest.mark.parametrize("transform", [None, "uppercase"])
def test_a_text_gives_the_fragments_of_reportlabs_parse(text: str, transform: str | None) -> None:
    style = Styles().body
    style.textTransform = transform
    for _ in range(2):  # the first time and when the parse is reused
        ours, theirs = Paragraph(text, style), rl_paragraph.Paragraph(text, style)
        assert (ours.text, ours.style, ours.bulletText) == (theirs.text, theirs.style, theirs.bulletText)
        assert _frags(ours) == _frags(theirs)
    bulleted = Paragraph(text, style, bulletText="•")
    assert bulleted.bulletText == rl_paragraph.Paragraph(text, style, bulletText="•").bulletText == "•"
    assert _frags(bulleted) == _frags(theirs)


def test_a_parse_is_reused_only_for_the_same_text_and_style() -> None:
    s = Styles()
    first, again = Paragraph("<b>Evidence:</b> seen", s.detail), Paragraph("<b>Evidence:</b> seen", s.detail)
    assert again.frags is first.frags
    assert Paragraph("<b>Evidence:</b> seen", s.body).frags is not first.frags
    assert Paragraph("<b>Evidence:</b> heard", s.detail).frags is not first.frags
    assert Paragraph("<b>Evidence:</b> seen", Styles().detail).frags is not first.frags


def _lines(p: Any) -> list[tuple[float, str]]:
    """Each line of a wrapped paragraph: its unused width and its words."""
    out = []
    for line in p.blPara.lines:
        if p.blPara.kind == 0:
            out.append((round(line[0], 6), " ".join(line[1])))
        else:
            out.append((round(line.extraSpace, 6), "".join(frag.text for frag in line.words)))
    return out


@pytest.mark.parametrize(("text", "style"), TEXTS)
def test_a_wrap_asked_again_gives_the_lines_of_a_fresh_reportlab_wrap(text: str, style: str) -> None:
    s = Styles()
    ours = Paragraph(text, getattr(s, style), bulletText="•" if style == "body" else None)
    for width in (300.0, 120.0, 300.0, 300.0, 55.0, 120.0):  # back and forth: each answer must be right
        fresh = rl_paragraph.Paragraph(text, getattr(s, style), bulletText="•" if style == "body" else None)
        assert ours.wrap(width, 1000) == fresh.wrap(width, 1000)
        assert (ours.width, ours.height) == (fresh.width, fresh.height)
        assert _lines(ours) == _lines(fresh)


def test_the_same_width_does_not_break_the_lines_again() -> None:
    p = Paragraph(markup(LONG), Styles().detail)
    p.wrap(200, 1000)
    lines = p.blPara
    p.wrap(200, 50)  # the height offered does not change the lines
    assert p.blPara is lines
    p.wrap(201, 1000)
    assert p.blPara is not lines


def test_lines_a_failed_split_deleted_are_worked_out_again() -> None:
    p = Paragraph(markup(LONG), Styles().detail)
    _, height = p.wrap(200, 1000)
    assert p.split(200, 5) == []  # no room for two lines: reportlab deletes the line breaks
    assert not hasattr(p, "blPara")
    assert p.wrap(200, 1000) == (200, height)
    assert p.blPara.lines


def test_the_pieces_of_a_split_paragraph_are_the_reports_own() -> None:
    p = Paragraph(markup(LONG), Styles().detail)
    _, height = p.wrap(200, 1000)
    pieces = p.split(200, height / 2)
    assert len(pieces) == 2
    assert all(type(piece) is Paragraph for piece in pieces)
    assert sum(piece.wrap(200, 1000)[1] for piece in pieces) == height


def test_every_paragraph_the_report_draws_is_the_reports_own(monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[type] = []
    draw = rl_paragraph.Paragraph.drawPara

    def recording(self: Any, *args: Any) -> Any:
        drawn.append(type(self))
        return draw(self, *args)

    monkeypatch.setattr(rl_paragraph.Paragraph, "drawPara", recording)
    high, moderate = make_demo(Tier.HIGH), make_demo(Tier.MODERATE)
    pack = pack_for(high, "en").pack
    render_pdf(pack, high, date=DATE, previous=moderate)  # every section, the changes too
    render_pdf(pack, high, date=DATE, summary=True)
    assert len(drawn) > 1000
    assert {t for t in drawn if not issubclass(t, Paragraph)} == set()
