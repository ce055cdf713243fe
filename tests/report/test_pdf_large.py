"""Huge inputs flow across pages: a 100 000-character note, a 1 000-row action plan, a long cell."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assessor.core.assessment import Action, Answer, Assessment, Priority, RaisedTier
from assessor.core.tiers import Tier
from assessor.report.render import render_pdf
from tests.report.factories import blank, element, fill, make_pack, pack_with, question
from tests.report.pdftools import body_index, info, pages_text, qpdf_check

NOTE_END = "THE END OF THE LONG NOTE"


def _huge() -> tuple[Assessment, str]:
    pack = make_pack()
    a = fill(pack, Tier.HIGH)
    words = "Lorem ipsum dolor sit amet, consectetur adipiscing elit; sed do eiusmod tempor. "
    note = (words * 1300)[: 100_000 - len(NOTE_END) - 1] + " " + NOTE_END
    assert len(note) == 100_000
    a.answers["TR-01"].notes = note
    a.answers["TR-03"].notes = "x" * 5000  # one unbreakable word, longer than a line
    for i in range(1000 - len(a.actions)):
        a.actions.append(
            Action(
                id=f"B-{i:04d}",
                recommendation=f"Action number {i}: " + "review the register and record the outcome. " * (1 + i % 4),
                priority=Priority.LOW,
                owner="Łukasz Müller",
                due="2025-12-31",
            )
        )
    a.actions[3].recommendation = "A very long recommendation, cut into continuation rows. " * 400 + "LAST WORDS"
    assert len(a.actions) == 1000
    return a, note


@pytest.fixture(scope="module")
def huge(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    a, _ = _huge()
    pdf = render_pdf(make_pack(), a, date=dt.date(2025, 3, 14))
    path = tmp_path_factory.mktemp("huge") / "huge.pdf"
    path.write_bytes(pdf)
    return path, pages_text(path)


def test_huge_report_is_a_valid_pdf(huge: tuple[Path, list[str]]) -> None:
    path, pages = huge
    qpdf_check(path)
    assert int(info(path)["Pages"]) == len(pages) > 100


def test_long_note_flows_across_pages_to_its_end(huge: tuple[Path, list[str]]) -> None:
    _, pages = huge
    with_note = [n for n, page in enumerate(pages) if "consectetur adipiscing" in page]
    assert len(with_note) >= 10, "a 100 000-character note takes many pages"
    assert with_note == list(range(with_note[0], with_note[-1] + 1)), "and they follow each other"
    assert NOTE_END in " ".join(pages[with_note[-1]].split())


def test_every_one_of_a_thousand_actions_is_printed(huge: tuple[Path, list[str]]) -> None:
    _, pages = huge
    text = " ".join(" ".join(pages).split())
    plan = text[body_index(text, "Action plan") : body_index(text, "Evidence register")]
    assert "1000 actions" in plan
    for i in range(0, 966):
        assert f"B-{i:04d}" in plan, i
    assert "LAST WORDS" in plan
    assert plan.count("(continued)") >= 10


def test_every_page_has_its_number(huge: tuple[Path, list[str]]) -> None:
    _, pages = huge
    for n, page in enumerate(pages, start=1):
        assert f"Page {n} of {len(pages)}" in page


def test_one_element_of_many_questions_and_a_long_justification(tmp_path: Path) -> None:
    """A formula of hundreds of terms and a 100 000-character justification (the most a field holds) fit the pages."""
    pack = pack_with([element("TR", "Transparency", [question(f"TR-{i:03d}") for i in range(1, 301)])])
    a = blank(pack, Tier.LOW)
    for n, q in enumerate(pack.questions()):
        a.answers[q.id] = Answer(level=n % 5)
    justification = "We expect to share identifiable data with new partners next year. " * 1470 + "END OF IT"
    assert 95_000 < len(justification) <= 100_000
    a.raised_tier = RaisedTier(tier=Tier.MODERATE, justification=justification)
    path = tmp_path / "one-element.pdf"
    path.write_bytes(render_pdf(pack, a, date=dt.date(2025, 3, 14)))
    qpdf_check(path)
    text = " ".join(" ".join(pages_text(path)).split())
    assert "Tier raised by the assessor from Low to Moderate." in text
    assert text.count("We expect to share identifiable data") > 1400
    assert "END OF IT" in text
    assert "TR-300" in text
