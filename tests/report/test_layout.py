"""The demo reports' page layout, measured from the printed text (pdftotext -bbox): margins safe for
office printers, no nearly empty pages, question blocks not split between answer and notes."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assessor.core.demo import make_demo
from assessor.core.tiers import Tier
from assessor.core.validation import pack_for
from assessor.report.render import render_pdf
from tests.report.pdftools import Line, outline, text_lines

DATE = dt.date(2026, 10, 1)  # after every demo's last change
MM = 72 / 25.4
EDGE = 12 * MM
TOP, BOTTOM = 70.0, 56.0  # the text frame's distance from the top and bottom edges (points)
pytestmark = pytest.mark.xdist_group("layout")

# Each tier in English on A4 and in French on Letter: both languages, both papers, every tier.
CASES = [(tier, "a4", "en") for tier in Tier] + [(tier, "letter", "fr") for tier in Tier]
LABELS = {  # as pdftotext gives them (a no-break space as a space)
    "en": {"notes": ("Notes:", "Justification:"), "answer": "Answer:", "evidence": "Evidence:"},
    "fr": {"notes": ("Notes :", "Justification :"), "answer": "Réponse :", "evidence": "Pièces"},
}


class Report:
    def __init__(self, path: Path, language: str) -> None:
        self.path, self.language = path, language
        self.pages = text_lines(path)

    def body(self, number: int) -> list[Line]:
        """The lines of page ``number`` inside the text frame (no header or footer)."""
        height = self.pages[number - 1].height
        return [ln for ln in self.pages[number - 1].lines if ln.top >= TOP - 8 and ln.bottom <= height - BOTTOM + 2]

    def fill(self, number: int) -> float:
        """How full page ``number`` is: from the frame's top to its last line of text, as a share of the frame."""
        page = self.pages[number - 1]
        lines = self.body(number)
        return 0.0 if not lines else (lines[-1].bottom - TOP) / (page.height - TOP - BOTTOM)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> list[Report]:
    folder = tmp_path_factory.mktemp("layout")
    out = []
    for tier, paper, language in CASES:
        a = make_demo(tier)
        path = folder / f"{tier.value}-{paper}-{language}.pdf"
        path.write_bytes(render_pdf(pack_for(a, language).pack, a, date=DATE, paper=paper, language=language))
        out.append(Report(path, language))
    return out


def test_no_text_within_12_mm_of_an_edge(reports: list[Report]) -> None:
    for r in reports:
        for number, page in enumerate(r.pages, start=1):
            for ln in page.lines:
                gaps = (ln.left, ln.top, page.width - ln.right, page.height - ln.bottom)
                assert min(gaps) >= EDGE, (r.path.name, number, ln.text, [round(g / MM, 1) for g in gaps])


def test_near_empty_pages_are_under_five_percent_and_none_holds_a_line_or_two(reports: list[Report]) -> None:
    total = sum(len(r.pages) for r in reports)
    near_empty = [(r.path.name, n) for r in reports for n in range(1, len(r.pages) + 1) if r.fill(n) < 1 / 3]
    assert len(near_empty) < 0.05 * total, near_empty
    for r in reports:
        for number in range(1, len(r.pages) + 1):
            assert len(r.body(number)) > 2, (r.path.name, number)


def test_a_page_under_a_third_full_only_where_a_section_ends_before_a_page_of_its_own(reports: list[Report]) -> None:
    """Only the board summary's last page (the contents follow on their own page) and the method's
    last page (the attestation page follows) may be short."""
    for r in reports:
        for number in range(2, len(r.pages)):
            if r.fill(number) >= 1 / 3:
                continue
            following = r.body(number + 1)[0].text
            assert following.startswith(("Contents", "Sommaire", "Attestation")), (r.path.name, number)


def test_a_question_block_is_never_split_between_its_answer_and_its_notes(reports: list[Report]) -> None:
    for r in reports:
        labels = LABELS[r.language]
        for number in range(2, len(r.pages) + 1):
            lines = r.body(number)
            assert not lines[0].text.startswith(labels["notes"]), (r.path.name, number, lines[0].text)
            assert not lines[-1].text.startswith(labels["evidence"]), (r.path.name, number)
            assert not lines[-1].text.startswith(labels["answer"]), (r.path.name, number)


def test_the_action_plan_fits_26_actions_on_two_pages(reports: list[Report]) -> None:
    """Every full page wholly inside the action plan (after its first page, before the next section's)
    holds at least 13 actions."""
    checked = 0
    for r in reports:
        marks = outline(r.path)
        at = next(n for n, (title, _) in enumerate(marks) if re.fullmatch(r"\d+ (Action plan|Plan d’action)", title))
        for number in range(marks[at][1] + 1, marks[at + 1][1]):
            if r.fill(number) < 0.85:
                continue  # the plan's last page
            actions = sum(bool(re.match(r"A-[A-Z]{2}-\d\d\b", ln.text)) for ln in r.body(number))
            assert actions >= 13, (r.path.name, number, actions)
            checked += 1
    assert checked >= 4  # the Moderate and High reports' plans run over more than two pages


def test_one_thing_is_never_counted_in_the_plural(reports: list[Report]) -> None:
    nouns = "gaps|questions|actions|documents|answers|elements|bytes|écarts|éléments|réponses|octets"
    for r in reports:
        text = " ".join(ln.text for page in r.pages for ln in page.lines)
        assert not re.findall(rf"(?<![\d.,])1 ({nouns})\b", text), r.path.name


def test_the_assessment_title_is_on_the_cover(reports: list[Report]) -> None:
    for r, (tier, _, _) in zip(reports, CASES, strict=True):
        title = " ".join(make_demo(tier).title.split())
        assert title, tier  # every demo has one
        cover = " ".join(ln.text for ln in r.pages[0].lines)
        assert title in cover, r.path.name


def test_each_reference_is_printed_once_per_question(reports: list[Report]) -> None:
    for r in reports:
        text = " ".join(ln.text for page in r.pages for ln in page.lines)
        blocks = re.split(r"(?:Sources|Références)\s?:", text)[1:]
        assert len(blocks) > 30
        for block in blocks:
            # up to the next question's id, the next heading's number, or the page's footer
            block = re.split(r" [A-Z]{2}-\d\d | \d{1,2} [A-ZÉ]|Fingerprint|Empreinte", block)[0]
            refs = [ref.strip() for ref in block.split(";")]
            assert len(refs) == len(set(refs)), (r.path.name, refs)
