"""The report leads with the verdict, never with an absolute band, and a draft says so on every page."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assessor.core.assessment import Assessment
from assessor.core.board_lists import board_lists
from assessor.core.demo import make_demo
from assessor.core.forms.installed import load_default_pack
from assessor.core.forms.models import FormPack
from assessor.core.scoring import score, sync_actions
from assessor.core.tiers import Tier
from assessor.core.verdict import headline, verdict_of
from assessor.report.catalog import Catalog
from assessor.report.render import render_html, render_pdf
from assessor.report.verdict_view import counts_words
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
    words = Catalog(language)(f"verdict.{v.verdict.value}", tier=HEADLINE[language][tier])
    assert words in pages[0] and words in pages[1]  # the cover and the summary lead with the verdict
    counts = counts_words(Catalog(language), v)
    assert _flat(counts) in pages[0] and _flat(counts) in pages[1]


def test_high_demo_summary_lists_what_the_board_must_see(tmp_path: Path) -> None:
    pack = _pack("en")
    a = make_demo(Tier.HIGH)
    card = score(pack, a)
    planned = a.model_copy(deep=True)
    sync_actions(pack, planned, card)
    lists = board_lists(a, card, planned.actions, DATE)
    assert lists.essential_na and lists.no_owner and lists.too_late  # the demo has something in each list
    pages = _pages(tmp_path, pack, a, "high.pdf")
    v = verdict_of(card)
    assert v.critical_gaps > 0
    assert headline(v, "High") == (
        f"Does not meet the High target: {v.critical_gaps} critical gaps in {v.elements_with_critical_gaps} elements"
    )
    assert headline(v, "High") in pages[0] and "Does not meet the High target" in pages[1]
    summary = " ".join(pages[1:3])  # the board summary: two pages
    assert "For the board's attention" in summary
    assert "Essential questions marked not applicable" in summary
    for x in lists.essential_na:
        assert f"{x.question_id} " in summary and x.justification[:40] in summary
    day = f"{lists.due_by.day} {lists.due_by:%B %Y}"
    assert f"Critical actions are due by {day}" in summary
    # an action of a critical gap is flagged (in bold) in the critical gaps table; the others are listed
    for action in lists.no_owner:
        assert f"{action.id}: no owner yet" in summary or f"{action.id} " in summary
    assert "no owner yet · no due date" in summary
    for late in lists.too_late:
        assert late.action.id in summary
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
