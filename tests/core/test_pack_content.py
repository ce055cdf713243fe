"""The GA4GH Framework pack itself: complete, proportionate, faithful to the texts it quotes."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessor.core.conditions import ConditionContext
from assessor.core.forms.installed import find_pack, installed_versions, load_default_pack
from assessor.core.tiers import TIERS_IN_ORDER, Tier
from assessor.core.validation import carry_retired_answers
from tests.helpers.factories import blank_assessment
from tests.helpers.sources import quote_found

PACK = load_default_pack()
IDS_FILE = Path(__file__).resolve().parents[1] / "data" / "question-ids.txt"

ELEMENTS = [
    ("TR", "Transparency"),
    ("AC", "Accountability"),
    ("EN", "Engagement"),
    ("DQ", "Data Quality and Security"),
    ("PR", "Privacy, Data Protection and Confidentiality"),
    ("RB", "Risk-Benefit Analysis"),
    ("RA", "Recognition and Attribution"),
    ("SU", "Sustainability"),
    ("ET", "Education and Training"),
    ("AD", "Accessibility and Dissemination"),
]


def test_the_ten_core_elements_in_order() -> None:
    assert [(e.id, e.title) for e in PACK.elements] == ELEMENTS


def test_the_twelve_factors() -> None:
    assert [f.id for f in PACK.triage.factors] == [f"F{i}" for i in range(1, 13)]
    assert all(len(f.levels) == 3 and f.help and f.question for f in PACK.triage.factors)


def test_at_least_100_questions() -> None:
    assert len(PACK.questions()) >= 100


@pytest.mark.parametrize("version", ["1.0.0", "1.1.0"])
@pytest.mark.parametrize("element", [e for e, _ in ELEMENTS])
def test_questions_per_tier_are_cumulative_and_enough(element: str, version: str) -> None:
    """The 1.x packs' rule (unconditional questions only). 2.0.0 asks by condition what applies (RB asks one
    question with five criteria at Low): test_pack_2_0_0.py checks its counts."""
    pack = find_pack("ga4gh-framework", version=version)
    assert pack is not None
    questions = [q for q in pack.element(element).questions if q.condition is None]
    counts = [sum(q.in_scope_at(t) for q in questions) for t in TIERS_IN_ORDER]
    assert counts[0] >= 3 and counts[1] >= 6 and counts[2] >= 9, counts


@pytest.mark.parametrize("element", [e for e, _ in ELEMENTS])
def test_question_ids_read_well_and_follow_the_element(element: str) -> None:
    ids = [q.id for q in PACK.element(element).questions]
    assert all(qid.startswith(f"{element}-") for qid in ids)
    assert ids == sorted(ids)


def test_question_ids_are_stable() -> None:
    """Every id ever published still exists, or pack.yaml says what became of it."""
    published = [line.strip() for line in IDS_FILE.read_text().splitlines() if line.strip()]
    current = {q.id for q in PACK.questions()}
    missing = [qid for qid in published if qid not in current and qid not in PACK.retired_questions]
    assert missing == [], f"ids removed without an entry in retired_questions: {missing}"
    unlisted = sorted(current - set(published))
    assert unlisted == [], f"new ids: add them to {IDS_FILE.name}: {unlisted}"


@pytest.mark.parametrize("version", installed_versions("ga4gh-framework"))
def test_every_installed_version_asks_only_published_ids(version: str) -> None:
    """The ids file lists every id any released version asks (a union: ids are never reused for another question)."""
    pack = find_pack("ga4gh-framework", version=version)
    assert pack is not None
    published = {line.strip() for line in IDS_FILE.read_text().splitlines() if line.strip()}
    assert {q.id for q in pack.questions()} <= published


def test_renamed_question_carries_its_answer() -> None:
    pack = PACK.model_copy(update={"retired_questions": {"TR-99": PACK.questions()[0].id}})
    a = blank_assessment()
    a.answer("TR-99").level = 3
    assert carry_retired_answers(pack, a) == ["TR-99"]
    assert a.answers[PACK.questions()[0].id].level == 3 and "TR-99" not in a.answers


def test_every_question_is_complete() -> None:
    for q in PACK.questions():
        assert q.text.rstrip().endswith("?"), q.id
        assert q.guidance and q.why_tier and q.recommendation and q.evidence_examples, q.id
        if q.essential_from is not None:
            assert q.essential_from.rank >= q.min_tier.rank, q.id


def test_every_element_has_essential_questions_at_high() -> None:
    for e in PACK.elements:
        assert any(q.essential_at(Tier.HIGH) for q in e.questions), e.id


@pytest.mark.parametrize("element", [e for e, _ in ELEMENTS])
def test_framework_text_is_quoted_verbatim(element: str) -> None:
    points = PACK.element(element).framework_text.points
    assert points
    for point in points:
        assert quote_found("framework", point), point


@pytest.mark.parametrize("version", installed_versions("ga4gh-framework"))
def test_every_anchor_quote_is_verbatim(version: str) -> None:
    pack = find_pack("ga4gh-framework", version=version)
    assert pack is not None
    wrong = [
        (q.id, a.source, a.quote[:60])
        for q in pack.questions()
        for a in q.anchors
        if not quote_found(a.source, a.quote)
    ]
    assert wrong == []


def test_quote_check_can_fail() -> None:
    assert not quote_found("framework", "Implement procedures for unfairly determining requests for data access")


def test_every_condition_can_both_hold_and_fail() -> None:
    """A follow-up that could never appear, or never disappear, is a mistake in the pack."""
    for q in PACK.questions():
        if q.condition is None:
            continue
        high = ConditionContext(
            factor_levels={f.id: 2 for f in PACK.triage.factors}, answer_levels={x.id: 4 for x in PACK.questions()}
        )
        low = ConditionContext(factor_levels={}, answer_levels={})
        assert q.condition.evaluate(high) != q.condition.evaluate(low), q.id


def test_french_text_covers_the_framework_points() -> None:
    fr = load_default_pack("fr")
    assert fr.language == "fr"
    assert fr.element("TR").title == "Transparence"
    assert all(
        e.framework_text.points != en.framework_text.points for e, en in zip(fr.elements, PACK.elements, strict=True)
    )


def test_pack_text_is_nfc_so_accents_print_as_one_glyph() -> None:
    import unicodedata

    from assessor.resources import forms_dir

    for path in forms_dir().rglob("*.yaml"):  # every version of every pack
        text = path.read_text(encoding="utf-8")
        assert unicodedata.normalize("NFC", text) == text, path.name
