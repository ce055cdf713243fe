"""The PDF report as a board member (and their tools) would read it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from assessor.core.assessment import Assessment, fingerprint, report_id, short_fingerprint
from assessor.core.forms.models import FormPack
from assessor.core.scoring import Scorecard, score
from assessor.core.tiers import Tier
from assessor.report import attestation
from assessor.report.render import render_pdf
from tests.report.factories import fill, make_pack
from tests.report.pdftools import body_index, fonts, gray_page, info, pages_text, qpdf_check, words

DATE = dt.date(2025, 3, 14)


@dataclass
class Case:
    pack: FormPack
    assessment: Assessment
    card: Scorecard
    pdf: bytes
    path: Path
    pages: list[str]

    @property
    def flat(self) -> str:
        return " ".join(" ".join(self.pages).split())

    def section(self, title: str, until: str) -> str:
        """The text from ``title`` to ``until``, skipping their lines on the contents page and in the headers."""
        start = body_index(self.flat, title)
        return self.flat[start : body_index(self.flat, until, start + len(title))]


def _case(tmp: Path, name: str, *, paper: attestation.Paper = "a4", previous: bool = False) -> Case:
    pack = make_pack()
    a = fill(pack, Tier.HIGH)
    a.answers["TR-01"].notes = "Seen by <b>the board</b> & the DPO <script>alert(1)</script>."
    prev = fill(pack, Tier.MODERATE) if previous else None
    pdf = render_pdf(pack, a, paper=paper, date=DATE, previous=prev)
    path = tmp / name
    path.write_bytes(pdf)
    return Case(pack, a, score(pack, a), pdf, path, pages_text(path))


@pytest.fixture(scope="module")
def a4(tmp_path_factory: pytest.TempPathFactory) -> Case:
    return _case(tmp_path_factory.mktemp("a4"), "report.pdf")


@pytest.fixture(scope="module")
def letter(tmp_path_factory: pytest.TempPathFactory) -> Case:
    return _case(tmp_path_factory.mktemp("letter"), "letter.pdf", paper="letter", previous=True)


# -- content ------------------------------------------------------------------------------------------------


def test_every_question_in_scope_is_printed_and_hidden_ones_are_not(a4: Case) -> None:
    body = a4.section("3 Transparency", "Action plan")
    in_scope = list(a4.card.questions)
    assert len(in_scope) > 40
    for qid in in_scope:
        assert qid in body, qid
    hidden = [q.id for q in a4.pack.questions() if q.id not in a4.card.questions]
    assert hidden, "the fixture should hide at least one follow-up question"
    for qid in hidden:
        assert qid not in a4.flat, qid


def test_answers_notes_and_marks_are_printed(a4: Case) -> None:
    text = a4.flat
    assert "Seen by <b>the board</b> & the DPO <script>alert(1)</script>." in text  # printed, not interpreted
    assert "No data of this kind are shared by the unit." in text  # an N/A justification
    assert "Flagged for review" in text
    assert "▲ Gap · Critical" in text
    assert "✓ Meets target" in text
    assert "SHA-256 " in text and "procedure-tr-02.pdf" in text


def test_every_action_is_in_the_plan(a4: Case) -> None:
    plan = a4.section("Action plan", "Evidence register")
    gaps = a4.card.gaps()
    assert gaps
    for action in a4.assessment.actions:
        assert action.id in plan, action.id
    assert "Anna Müller" in plan
    assert "Write, approve and publish the procedure for" in plan
    for word in ("Critical", "High", "Open", "In progress"):
        assert word in plan


def test_tier_and_every_reason_are_printed(a4: Case) -> None:
    assert a4.card.tier is Tier.HIGH
    summary = a4.section("1 Executive summary", "2 Scope and risk profile")
    profile = a4.section("2 Scope and risk profile", "3 Transparency")
    assert "High (factor total 14 of 24)" in summary
    assert a4.card.triage.reasons
    for reason in a4.card.triage.reasons:  # printed once, in the board summary
        assert reason in summary
        assert reason not in profile
    assert "The reasons for this tier are listed in the board summary (section 1)." in profile
    for factor in a4.pack.triage.factors:
        assert factor.id in profile and factor.title in profile


def test_every_element_is_scored_in_the_profile_and_explained_in_the_method(a4: Case) -> None:
    profile = a4.section("2 Scope and risk profile", "3 Transparency")  # the chart follows the risk profile
    method = a4.section("Method", "Attestation")
    for el in a4.card.elements:
        assert el.title in profile
        assert el.percent is not None
        assert f"{el.percent:.1f} %" in profile  # (flat text: no-break spaces read as spaces)
        assert el.formula in method
    assert f"{a4.card.overall:.1f} %" in a4.section("1 Executive summary", "2 Scope and risk profile")


def test_critical_gaps_are_listed_in_the_summary(a4: Case) -> None:
    summary = a4.section("Critical gaps", "2 Scope and risk profile")
    critical = a4.card.critical_gaps()
    assert critical
    for r in critical:
        assert r.question_id in summary


def test_unicode_names_print(a4: Case) -> None:
    for name in ("Hôpital Saint-Éloi", "Łódź", "Müller"):
        assert name in a4.pages[0]


def test_cover_identifies_the_report(a4: Case) -> None:
    fp = fingerprint(a4.assessment)
    cover = " ".join(a4.pages[0].split())
    assert report_id(fp, "2025-03-14") in cover
    assert fp in cover
    assert a4.pack.hash in cover
    assert "ga4gh-framework version 1.0.0" in cover
    assert "14 March 2025" in cover
    assert "1 January 2024 to 31 December 2024" in cover


def test_changes_appear_only_with_a_previous_assessment(a4: Case, letter: Case) -> None:
    assert "Changes since the previous assessment" not in a4.flat
    changes = letter.section("Changes since the previous assessment", "Method")
    assert "Moderate → High" in changes
    assert "newly asked" in changes


# -- every page ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["a4", "letter"])
def test_page_x_of_y_report_id_and_fingerprint_on_every_page(which: str, request: pytest.FixtureRequest) -> None:
    case: Case = request.getfixturevalue(which)
    fp = fingerprint(case.assessment)
    rid = report_id(fp, DATE.isoformat())
    total = len(case.pages)
    assert total == int(info(case.path)["Pages"])
    for n, page in enumerate(case.pages, start=1):
        assert f"Page {n} of {total}" in page, n
        assert rid in page, n
        assert short_fingerprint(fp) in page, n


# -- the file itself -----------------------------------------------------------------------------------------


def test_qpdf_finds_no_problem(a4: Case, letter: Case) -> None:
    assert "No syntax or stream encoding errors found" in qpdf_check(a4.path)
    qpdf_check(letter.path)


def test_every_font_is_embedded(a4: Case, letter: Case) -> None:
    for case in (a4, letter):
        rows = fonts(case.path)
        assert rows
        assert all(r.embedded for r in rows), rows
        assert not any("Helvetica" in r.name for r in rows)
        assert any(r.name.endswith("+DejaVuSans") for r in rows)


def test_metadata(a4: Case) -> None:
    fp = fingerprint(a4.assessment)
    rid = report_id(fp, DATE.isoformat())
    meta = info(a4.path)
    assert rid in meta["Title"]
    assert meta["Author"] == "Hôpital Saint-Éloi"
    assert "GA4GH" in meta["Subject"]
    assert meta["Keywords"].startswith(attestation.keywords(rid, fp) + " made-with:assessor=")
    assert attestation.parse_keywords(meta["Keywords"]) == {"report_id": rid, "fingerprint": fp}
    assert meta["CreationDate"].startswith("2025-03-14")
    assert meta["ModDate"].startswith("2025-03-14")


def test_paper_sizes(a4: Case, letter: Case) -> None:
    assert info(a4.path)["Page size"].startswith("595.276 x 841.89")
    assert info(letter.path)["Page size"].startswith("612 x 792")


def test_same_assessment_and_date_give_the_same_bytes(a4: Case) -> None:
    again = render_pdf(a4.pack, a4.assessment, date=DATE)
    assert again == a4.pdf
    other_day = render_pdf(a4.pack, a4.assessment, date=DATE + dt.timedelta(days=1))
    assert other_day != a4.pdf


def test_rendering_does_not_change_the_assessment(a4: Case) -> None:
    before = fingerprint(a4.assessment)
    render_pdf(a4.pack, a4.assessment, date=DATE)
    assert fingerprint(a4.assessment) == before


# -- the attestation page ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["a4", "letter"])
def test_attestation_is_the_last_page_with_empty_signature_boxes(which: str, request: pytest.FixtureRequest) -> None:
    case: Case = request.getfixturevalue(which)
    paper: attestation.Paper = which  # type: ignore[assignment]
    last = " ".join(case.pages[-1].split())
    assert last.startswith(case.pages[-1].split()[0])
    assert "I attest that this self-assessment reflects" in last
    assert "Anna Müller" in last and "Data protection officer" in last
    for label in ("Approved", "Approved with conditions", "Not approved", "Signature"):
        assert label in last
    page_w, page_h = attestation.page_size(paper)
    boxes = [attestation.signature_box(paper), attestation.countersignature_box(paper)]
    # nothing is written inside the assessor's box (captions sit above the boxes); the board's box holds
    # only its paper form, which a digital countersignature covers
    found = words(case.path, len(case.pages))
    assert any(text == "Signatory" for text, *_ in found)
    in_board_box = set()
    for text, x1, top, x2, bottom in found:
        for n, (bx1, by1, bx2, by2) in enumerate(boxes):
            inside_x = x1 < bx2 and x2 > bx1
            inside_y = (page_h - bottom) < by2 and (page_h - top) > by1
            assert n == 1 or not (inside_x and inside_y), f"'{text}' is drawn inside a signature box"
            if n == 1 and inside_x and inside_y:
                in_board_box.add(text)
    assert {"Decision", "Approved", "Signature"} <= in_board_box
    # each box is drawn as a frame: dark on its edges, blank inside
    w, h, pixels = gray_page(case.path, len(case.pages), dpi=72)
    assert abs(w - page_w) <= 1 and abs(h - page_h) <= 1

    def px(x: float, y_from_bottom: float) -> int:
        return pixels[int(page_h - y_from_bottom) * w + int(x)]

    def edge(x: float, y_from_bottom: float) -> int:  # darkest pixel within a pixel of the point
        return min(px(x + dx, y_from_bottom + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1))

    for n, (bx1, by1, bx2, by2) in enumerate(boxes):
        mid_x, mid_y = (bx1 + bx2) / 2, (by1 + by2) / 2
        assert edge(mid_x, by2) < 160 and edge(mid_x, by1) < 160, "top and bottom edges are drawn"
        assert edge(bx1, mid_y) < 160 and edge(bx2, mid_y) < 160, "left and right edges are drawn"
        if n == 1:
            continue  # the board's paper form
        inside = [px(x, y) for x in range(int(bx1) + 4, int(bx2) - 4, 7) for y in range(int(by1) + 4, int(by2) - 4, 5)]
        assert min(inside) > 245, "the box is empty"


def test_sections_are_bookmarked(a4: Case) -> None:
    import json
    import subprocess

    out = subprocess.run(
        ["qpdf", "--json", "--json-key=outlines", str(a4.path)], capture_output=True, text=True, check=True
    ).stdout
    titles = [o["title"] for o in json.loads(out)["outlines"]]
    assert titles[:2] == ["1 Executive summary", "Contents"] and titles[-1] == "Attestation"
    assert [f"{n} {e.title}" for n, e in enumerate(a4.pack.elements, start=3)] == titles[3:13]
