"""The report leads with the verdict, never with an absolute band, and a draft says so on every page."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assessor.core.assessment import Assessment
from assessor.core.demo import make_demo
from assessor.core.forms.loader import load_default_pack
from assessor.core.forms.models import FormPack
from assessor.core.scoring import score
from assessor.core.tiers import Tier
from assessor.core.verdict import verdict_of
from assessor.report.render import render_html, render_pdf
from tests.report.pdftools import pages_text

DATE = dt.date(2026, 10, 15)  # after every demo's last change
BANDS = {
    "en": re.compile(r"\b(Strong|Adequate|Needs improvement|Weak)\b"),
    "fr": re.compile(r"\b(Solide|Satisfaisant|À améliorer|Insuffisant)\b"),
}
DRAFT = re.compile(r"(Draft|Projet) ?: \d+ questions? (unanswered|sans réponse)")
HEADLINE = {
    "en": {Tier.LOW: "Low", Tier.MODERATE: "Moderate", Tier.HIGH: "High"},
    "fr": {Tier.LOW: "Faible", Tier.MODERATE: "Modéré", Tier.HIGH: "Élevé"},
}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _pack(language: str) -> FormPack:
    return load_default_pack(language)


def _pages(tmp_path: Path, pack: FormPack, a: Assessment, name: str) -> list[str]:
    path = tmp_path / name
    path.write_bytes(render_pdf(pack, a, date=DATE))
    return [_flat(p) for p in pages_text(path)]


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("tier", list(Tier))
def test_demo_reports_lead_with_the_verdict_and_print_no_band(tmp_path: Path, tier: Tier, language: str) -> None:
    pack = _pack(language)
    a = make_demo(tier)
    v = verdict_of(score(pack, a))
    pages = _pages(tmp_path, pack, a, f"{tier.value}-{language}.pdf")
    for n, page in enumerate(pages, 1):
        assert not BANDS[language].search(page), f"page {n}: {BANDS[language].search(page)}"
        assert not DRAFT.search(page), f"page {n}"  # a complete assessment makes no draft
    tier_title = HEADLINE[language][tier]
    headline = {
        "en": f"Does not meet the {tier_title} target",
        "fr": f"N’atteint pas la cible du niveau {tier_title}",
    }[language]
    assert v.critical_gaps > 0  # every demo has critical gaps: it does not meet its target
    assert headline in pages[0] and headline in pages[1]  # the cover and the summary
    counts = {"en": f"{v.critical_gaps} critical gap", "fr": f"{v.critical_gaps} écart"}[language]
    assert counts in pages[0] and counts in pages[1]


def test_high_demo_summary_lists_what_the_board_must_see(tmp_path: Path) -> None:
    pack = _pack("en")
    pages = _pages(tmp_path, pack, make_demo(Tier.HIGH), "high.pdf")
    summary = " ".join(pages[1:4])
    assert "Does not meet the High target: 14 critical gaps in 6 elements" in pages[0]
    assert "For the board's attention" in summary
    assert "Essential questions marked not applicable" in summary and "TR-06" in summary
    assert "Critical actions without an owner, due after 13 January 2027 or without a due date" in summary
    assert "A-PR-02" in summary and "no owner yet · no due date" in summary
    assert "A-AC-09" in summary and "due 28 Nov 2027" in summary  # owned, but due after the limit
    method = next(p for p in pages if "Verdict, per element and overall" in p)
    assert "at least 80.0 % of the applicable questions" in method


def _incomplete(answered: int = 9) -> Assessment:
    a = make_demo(Tier.HIGH)
    for qid in list(a.answers)[answered:]:
        del a.answers[qid]
    return a


@pytest.mark.parametrize(
    ("language", "mark"), [("en", "Draft: {n} questions unanswered"), ("fr", "Projet : {n} questions sans réponse")]
)
def test_an_incomplete_assessment_makes_a_draft_marked_on_every_page(tmp_path: Path, language: str, mark: str) -> None:
    pack = _pack(language)
    a = _incomplete()
    v = verdict_of(score(pack, a))
    assert v.unanswered > 0
    pages = _pages(tmp_path, pack, a, f"draft-{language}.pdf")
    expected = mark.format(n=v.unanswered)
    missing = [n for n, page in enumerate(pages, 1) if expected not in page]
    assert not missing, f"no '{expected}' on pages {missing}"
    first = {"en": "Verdict Incomplete:", "fr": "Verdict Incomplet :"}[language]
    assert first in pages[0]
    assert not BANDS[language].search(" ".join(pages))
    html = render_html(pack, a, date=DATE)
    assert expected.replace(" :", "\u00a0:") in html or expected in html


def test_the_attestation_of_a_draft_says_it_is_one(tmp_path: Path) -> None:
    pages = _pages(tmp_path, _pack("en"), _incomplete(), "draft.pdf")
    assert "This report is a draft:" in pages[-1]
