"""The report model: what the PDF and the HTML both print, computed once."""

from __future__ import annotations

import datetime as dt

from assessor.core.assessment import (
    Answer,
    PreviousAssessment,
    Priority,
    RaisedTier,
    fingerprint,
    report_id,
)
from assessor.core.scoring import PRIORITY_ORDER, score
from assessor.core.tiers import Tier
from assessor.report import attestation
from assessor.report.model import build_model
from tests.report.factories import blank, element, fill, make_pack, pack_with, question

DATE = dt.date(2025, 3, 14)


def test_sections_are_numbered_in_order() -> None:
    pack = make_pack()
    a = fill(pack, Tier.HIGH)
    m = build_model(pack, a, date=DATE)
    assert (m.summary.number, m.profile.number) == (1, 2)
    assert [e.number for e in m.elements] == list(range(3, 13))
    assert (m.actions.number, m.evidence.number, m.method.number) == (13, 14, 15)
    assert m.changes is None
    m2 = build_model(pack, a, date=DATE, previous=fill(pack, Tier.MODERATE))
    assert m2.changes is not None and (m2.changes.number, m2.method.number) == (15, 16)


def test_ids_and_keywords_come_from_the_fingerprint() -> None:
    pack = make_pack(2, elements=2)
    a = fill(pack, Tier.LOW)
    m = build_model(pack, a, date=DATE)
    fp = fingerprint(a)
    rid = report_id(fp, "2025-03-14")
    assert (m.meta.report_id, m.meta.fingerprint) == (rid, fp)
    assert m.meta.keywords == attestation.keywords(rid, fp) == m.cover.qr_payload
    assert m.meta.page_template.format(page=2, pages=9) == "Page 2 of 9"


def test_every_gap_has_an_action_but_the_assessment_is_not_changed() -> None:
    pack = make_pack()
    a = fill(pack, Tier.HIGH, actions=False)
    before = fingerprint(a)
    m = build_model(pack, a, date=DATE)
    assert a.actions == [] and fingerprint(a) == before
    gaps = score(pack, a).gaps()
    assert {r.question_id for r in m.actions.rows} == {r.question_id for r in gaps}
    assert all(r.owner == "—" for r in m.actions.rows)


def test_actions_are_sorted_by_priority() -> None:
    pack = make_pack()
    m = build_model(pack, fill(pack, Tier.HIGH), date=DATE)
    ranks = [PRIORITY_ORDER.index(Priority(r.priority_key)) for r in m.actions.rows]
    assert ranks == sorted(ranks)
    assert m.actions.rows[0].priority == "Critical"


def test_raised_tier_and_its_justification_are_shown() -> None:
    pack = make_pack()
    a = fill(pack, Tier.LOW)
    a.raised_tier = RaisedTier(tier=Tier.HIGH, justification="Children's data arrive next quarter.")
    m = build_model(pack, a, date=DATE)
    assert m.profile.tier.value == "High"
    assert m.profile.raised_line == "Tier raised by the assessor from Low to High."
    assert m.profile.justification is not None
    assert m.profile.justification.value == "Children's data arrive next quarter."
    assert m.summary.tier_reasons[-1].endswith("Children's data arrive next quarter.")


def test_question_entries() -> None:
    pack = pack_with(
        [
            element(
                "TR",
                "Transparency",
                [question("TR-01", essential_from=Tier.LOW), question("TR-02"), question("TR-03"), question("TR-04")],
            )
        ]
    )
    a = blank(pack, Tier.MODERATE)
    a.answers["TR-01"] = Answer(level=1, flagged=True)
    a.answers["TR-02"] = Answer(na=True)
    a.answers["TR-03"] = Answer(level=4, notes="  Reviewed yearly.  ")
    m = build_model(pack, a, date=DATE)
    q1, q2, q3, q4 = m.elements[0].questions
    assert (q1.status, q1.status_key, q1.essential, q1.flagged) == ("▲ Gap · Critical", "gap-critical", True, True)
    assert q1.answer == "1 — Planned (target 3 · weight 1)"  # the weight beside the answer (issue #14, item 7)
    assert q2.answer == "Not applicable (weight 1, not counted)"
    assert q2.status_key == "na" and q2.na_justification is not None
    assert q2.na_justification.value == "none given"
    assert q3.status == "✓ Meets target" and q3.notes is not None and q3.notes.value == "Reviewed yearly."
    assert (q4.status, q4.answer) == ("▲ Unanswered · High", "Unanswered (target 3 · weight 1)")


def test_element_without_questions_at_this_tier_says_so() -> None:
    pack = pack_with(
        [
            element("TR", "Transparency", [question("TR-01")]),
            element("AC", "Accountability", [question("AC-01", min_tier=Tier.HIGH)], order=2),
        ]
    )
    a = blank(pack, Tier.LOW)
    a.answers["TR-01"] = Answer(level=2)
    m = build_model(pack, a, date=DATE)
    assert m.elements[1].questions == ()
    assert m.elements[1].empty_note == "No question of this element is in scope at the Low tier."
    assert m.summary.bars[1].value_label == "No question in scope"
    assert m.elements[1].score_value == "No question in scope"


def test_cover() -> None:
    pack = make_pack(2, elements=2)
    a = fill(pack, Tier.LOW)
    a.scope.description = "word " * 500
    a.institution.name = ""
    a.form_pack.hash = "f" * 64
    m = build_model(pack, a, date=DATE)
    scope = next(f.value for f in m.cover.facts if f.label == "Scope")
    assert len(scope) < 500 and scope.endswith("… (continued in section 2)")
    assert m.cover.institution == "Institution not named"
    assert "f" * 64 in m.cover.note


def test_changes_from_the_levels_recorded_in_the_file() -> None:
    pack = make_pack(2, elements=2)
    a = fill(pack, Tier.LOW)
    a.answers["TR-01"] = Answer(level=4)
    a.previous = PreviousAssessment(
        report_id="G4SA-20240301-ABCDEF12", date="2024-03-01", tier=Tier.MODERATE, answers={"TR-01": 1, "TR-02": 3}
    )
    m = build_model(pack, a, date=DATE)
    assert m.changes is not None
    assert "G4SA-20240301-ABCDEF12" in m.changes.basis
    rows = {r.key: r for r in m.changes.answers}
    before, after, change = rows["TR-01"].before, rows["TR-01"].after, rows["TR-01"].change
    target = m.elements[0].questions[0].answer.split("target ")[1][0]
    # with their labels and the target now; the gap the change closed is named
    assert (before, after) == ("1 — Planned", f"4 — Established and reviewed in the last 12 months (target {target})")
    assert change == "better (+3) · gap closed" and m.changes.gaps_closed == ("TR-01",)
    assert m.changes.facts[0].value == "Moderate → Low"
