"""What a board reads and recomputes (issue #14, items 1, 6 and 7), checked in the text of real PDFs:
the changes since the previous assessment on one page, each question's weight beside its answer, a
worked example whose figures are the scorecard's, the flagged questions and the changes on the
summary, an attestation true of actions without an owner, and a board pack that refers to no section
it leaves out."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from assessor.cli import main
from assessor.core.assessment import Assessment, PreviousAssessment, fingerprint
from assessor.core.demo import make_demo
from assessor.core.forms.models import FormPack
from assessor.core.scoring import Scorecard, score, sync_actions
from assessor.core.storage import save_assessment
from assessor.core.tiers import Tier
from assessor.core.validation import pack_for
from assessor.report.catalog import Catalog
from assessor.report.render import render_pdf, report_model
from tests.report.pdftools import pages_text
from tests.report.test_french import _english_sentences

DATE = dt.date(2026, 10, 1)  # after the demo's last change
PREVIOUS_ID = "G4SA-20250930-0A1B2C3D"
pytestmark = pytest.mark.xdist_group("board_content")


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@dataclass(frozen=True)
class Reassessment:
    pack: FormPack
    now: Assessment
    before: Assessment
    card: Scorecard
    closed: tuple[str, ...]  # gaps the new answers closed
    opened: tuple[str, ...]
    now_na: tuple[str, ...]
    pages: list[str]  # the full report made by `assessor report --previous`, page by page, flattened


def _reassessment() -> tuple[FormPack, Assessment, Assessment, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The Moderate demo and a previous assessment that differs from it in five answers: three gaps since
    closed, one opened, and one answer (0 before) now not applicable. The demo records the previous report."""
    now = make_demo(Tier.MODERATE)
    pack = pack_for(now, "en").pack
    card = score(pack, now)
    meets = [r for r in card.questions.values() if not r.gap and not r.na and r.level][:3]
    gap = next(r for r in card.questions.values() if r.gap and r.level is not None)
    na = next(r for r in card.questions.values() if r.na)
    before = now.model_copy(deep=True)
    for r in meets:
        before.answers[r.question_id].level = r.target - 1
    before.answers[gap.question_id].level = gap.target
    before.answers[na.question_id].na = False
    before.answers[na.question_id].level = 0
    before.modified = "2025-09-30T09:00:00Z"
    now.previous = PreviousAssessment(
        report_id=PREVIOUS_ID, fingerprint=fingerprint(before), date="2025-09-30", answers=before.answer_levels()
    )
    return pack, now, before, tuple(r.question_id for r in meets), (gap.question_id,), (na.question_id,)


@pytest.fixture(scope="module")
def re_pdf(tmp_path_factory: pytest.TempPathFactory) -> Reassessment:
    pack, now, before, closed, opened, now_na = _reassessment()
    folder = tmp_path_factory.mktemp("board")
    save_assessment(now, folder / "now.g4sa")
    save_assessment(before, folder / "before.g4sa")
    out = folder / "report.pdf"
    argv = ["report", str(folder / "now.g4sa"), "-o", str(out), "--previous", str(folder / "before.g4sa")]
    assert main([*argv, "--date", DATE.isoformat()]) == 0
    pages = [_flat(p) for p in pages_text(out)]
    return Reassessment(pack, now, before, score(pack, now), closed, opened, now_na, pages)


def test_changes_fit_one_page_with_labels_targets_gaps_and_the_previous_report(re_pdf: Reassessment) -> None:
    n = next(i for i, text in enumerate(re_pdf.pages) if "Answers that changed" in text)
    page = re_pdf.pages[n]
    assert PREVIOUS_ID in page  # the previous report's id
    assert "Answers that changed" not in re_pdf.pages[n + 1]  # one page
    assert re.search(r"Gaps closed " + ", ".join(re_pdf.closed), page)
    assert "Gaps opened " + re_pdf.opened[0] in page
    assert "Now not applicable (left out of the score) " + re_pdf.now_na[0] in page
    for qid in (*re_pdf.closed, *re_pdf.opened):
        r = re_pdf.card.questions[qid]
        label = re_pdf.pack.scale_for(next(q for q in re_pdf.pack.questions() if q.id == qid)).label_of(r.level or 0)
        assert qid in page and f"{r.level} — {label} (target {r.target})" in page  # label and target, not "0 → 2"
    assert page.count("gap closed") == 3 and page.count("gap opened") == 1
    assert "now N/A: not counted" in page


def test_the_summary_says_what_changed_and_lists_the_flagged_questions(re_pdf: Reassessment) -> None:
    contents = next(n for n, text in enumerate(re_pdf.pages) if text.count(" . . . ") > 20)
    summary = " ".join(re_pdf.pages[1:contents])
    assert contents <= 3  # the board summary stays on pages 2 and 3
    changes = re_pdf.pages.index(next(p for p in re_pdf.pages if "Answers that changed" in p))
    section = re.search(r"(\d+) Changes since the previous assessment", re_pdf.pages[changes])
    assert section is not None
    assert (
        f"Since the previous assessment (section {section.group(1)}): 5 answers changed, 3 gaps closed, "
        "1 gap opened, 1 answer now not applicable." in summary
    )
    flagged = [qid for qid in re_pdf.card.questions if (a := re_pdf.now.answers.get(qid)) and a.flagged]
    assert len(flagged) >= 2
    listed = ", ".join(f"{qid} ({re_pdf.card.questions[qid].level})" for qid in flagged).replace(", ", "; ")
    assert f"Questions flagged for review ({len(flagged)}), with their level now: {listed}." in summary
    assert "Flagged for review" not in summary  # the count is not printed a second time


def test_each_answer_prints_its_weight(re_pdf: Reassessment) -> None:
    text = " ".join(re_pdf.pages)
    applicable = [r for r in re_pdf.card.questions.values() if not r.na]
    for weight in (1, 2):
        expected = sum(1 for r in applicable if r.weight == weight)
        assert expected and text.count(f"· weight {weight})") == expected
    na = [r for r in re_pdf.card.questions.values() if r.na]
    assert text.count(", not counted)") == len(na) >= 1


def test_the_worked_example_gives_the_scorecards_figures(re_pdf: Reassessment) -> None:
    model = report_model(re_pdf.pack, re_pdf.now, date=DATE, previous=re_pdf.before)
    element = model.method.example_element
    es = re_pdf.card.element(element)
    rows = [r for r in re_pdf.card.questions.values() if r.element_id == element and not r.na]
    assert any(r.weight != 1 for r in rows), "the example shows a weighted question"
    points = sum(r.weight * (r.level or 0) for r in rows)
    weight = sum(r.weight for r in rows)
    percent = Catalog("en").percent(100 * points / (weight * 4)).replace("\u00a0", " ")
    assert percent == Catalog("en").percent(es.percent).replace("\u00a0", " ")  # the scorecard's own figure
    start = next(n for n, text in enumerate(re_pdf.pages) if "Worked example: " in text)
    method = " ".join(re_pdf.pages[start:])
    assert f"Worked example: {es.title}" in method
    assert f"gives {points:g}; the most they could give is their total weight {weight:g} × the top level 4" in method
    assert f"= {weight * 4:g}; {points:g} ÷ {weight * 4:g} = {percent}, the score printed for the element" in method
    section = next(p for p in re_pdf.pages if re.search(rf"\d+ {re.escape(es.title)} Verdict", p))
    assert f"Score {percent} against a target of 75.0 %" in section


def test_the_attestation_is_true_of_actions_without_an_owner(re_pdf: Reassessment) -> None:
    attest = re_pdf.pages[-1]
    actions = report_model(re_pdf.pack, re_pdf.now, date=DATE).actions.rows
    ownerless = sum(1 for row in actions if row.owner == Catalog("en")("actions.no_owner"))
    assert 0 < ownerless < len(actions)
    assert f"{ownerless} of the {len(actions)} actions have no owner yet" in attest
    assert "agreed with the people named as owners" not in attest
    every = re_pdf.now.model_copy(deep=True)
    sync_actions(re_pdf.pack, every)  # an action for every gap, then an owner for each
    for a in every.actions:
        a.owner = a.owner or "Data Protection Officer"
    statement = report_model(re_pdf.pack, every, date=DATE).attestation.statement
    assert statement.endswith("and that the action plan has been agreed with the people named as owners.")


def test_the_board_pack_refers_to_no_section_it_leaves_out(re_pdf: Reassessment, tmp_path: Path) -> None:
    long = re_pdf.now.model_copy(deep=True)
    long.scope.description = "The programme shares coded data with approved researchers. " * 12
    pdf = tmp_path / "pack.pdf"
    pdf.write_bytes(render_pdf(re_pdf.pack, long, date=DATE, previous=re_pdf.before, summary=True))
    text = " ".join(_flat(p) for p in pages_text(pdf))
    assert "(continued in the full report)" in text and "action in the plan of the full report" in text
    assert "Since the previous assessment: 5 answers changed" in text
    assert not re.search(r"section \d", text), re.findall(r".{60}section \d+.{10}", text)


def test_the_french_reassessment_has_no_english_sentence(re_pdf: Reassessment, tmp_path: Path) -> None:
    fr_pack = pack_for(re_pdf.now, "fr").pack
    pdf = tmp_path / "fr.pdf"
    pdf.write_bytes(render_pdf(fr_pack, re_pdf.now, date=DATE, previous=re_pdf.before, language="fr"))
    text = " ".join(_flat(p) for p in pages_text(pdf))
    assert "Écarts comblés" in text and "Exemple de calcul" in text and "pondération 2)" in text
    assert "Depuis l’évaluation précédente (section" in text and "écarts comblés" in text
    assert re.search(r"A-[A-Z]{2}-\d{2} : ", text) and not re.search(r"A-[A-Z]{2}-\d{2}:", text)  # action, owner
    assert not re.search(r"\d\.\d %|[+−]\d+\.\d", text), "a decimal point in the French report"
    assert re.search(r"\(\+\d+,\d\)", text), "the change of the overall score, with a decimal comma"
    notes = " ".join(a.notes for a in re_pdf.now.answers.values())  # the assessor's own words stay English
    found = sorted(s for s in _english_sentences() if s in text and s not in notes)
    assert not found, found


def test_a_previous_file_without_its_recorded_report_is_said_so(re_pdf: Reassessment) -> None:
    unrecorded = re_pdf.now.model_copy(deep=True)
    unrecorded.previous = None
    changes = report_model(re_pdf.pack, unrecorded, date=DATE, previous=re_pdf.before).changes
    assert changes is not None and PREVIOUS_ID not in changes.basis
    assert "this assessment does not record its report id" in changes.basis
    recorded = report_model(re_pdf.pack, re_pdf.now, date=DATE, previous=re_pdf.before).changes
    assert recorded is not None and f"(report {PREVIOUS_ID}, fingerprint " in recorded.basis
