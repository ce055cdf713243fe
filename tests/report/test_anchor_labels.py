"""Anchors are printed under their own document's label ("Framework IV, …", "Accountability Policy 3.1, …"),
never a policy clause under "Framework clause"; an unofficial French translation says so (issue #13 item 6)."""

from __future__ import annotations

import datetime as dt

import pytest

from assessor.core.demo import make_demo
from assessor.core.forms.installed import find_pack, load_default_pack
from assessor.core.forms.models import Anchor
from assessor.core.tiers import Tier
from assessor.report.render import report_model
from tests.helpers.factories import blank_assessment

DATE = dt.date(2026, 12, 1)
EN_DOCUMENTS = ("Framework", "Data Privacy and Security Policy", "Consent Policy", "Accountability Policy")
FR_DOCUMENTS = (
    "Cadre",
    "Politique sur la protection de la vie privée et la sécurité des données",
    "Politique sur le consentement",
    "Politique sur la responsabilité",
)


def _clauses(language: str, version: str | None = None) -> list[tuple[str, str]]:
    pack = find_pack("ga4gh-framework", language, version) if version else load_default_pack(language)
    assert pack is not None
    demo = make_demo(Tier.HIGH, pack) if version is None else blank_assessment(pack)
    model = report_model(pack, demo, date=DATE)
    return [(q.clause_label, c) for e in model.elements for q in e.questions for c in q.clauses]


@pytest.mark.parametrize(("language", "documents"), [("en", EN_DOCUMENTS), ("fr", FR_DOCUMENTS)])
def test_every_anchor_is_printed_under_its_document(language: str, documents: tuple[str, ...]) -> None:
    clauses = _clauses(language)
    assert len(clauses) > 250
    assert {label for label, _ in clauses} == {"Sources" if language == "en" else "Références"}
    assert [c for _, c in clauses if not c.startswith(tuple(d + s for d in documents for s in " ,"))] == []
    policies = [c for _, c in clauses if not c.startswith(documents[0])]
    assert any(
        c.startswith("Accountability Policy 3.1, " if language == "en" else "Politique sur la respons")
        for c in policies
    )
    if language == "fr":
        assert all(c.endswith("(traduction non officielle)") for c in policies)
        assert sum(c.count("traduction non officielle") for c in policies) == len(policies)  # said once


def test_a_1_0_0_report_names_the_framework_before_its_bare_section() -> None:
    clauses = [c for _, c in _clauses("en", "1.0.0")]
    assert "Framework, IV. Transparency, first point" in clauses
    assert not any(c.startswith("Framework, Accountability Policy") for c in clauses)


def test_a_citation_names_its_document_once_and_marks_an_unofficial_translation() -> None:
    bare = Anchor(source="framework", section="IV. Sustainability", quote="x" * 10)
    named = Anchor(source="accountability-policy", section="Accountability Policy 3.1, Data Stewards", quote="x" * 10)
    french = Anchor(
        source="consent-policy", section="Politique sur le consentement II", quote="x" * 10, translation=True
    )
    assert bare.citation("Framework", "unofficial translation") == "Framework, IV. Sustainability"
    assert named.citation("Accountability Policy", "-") == "Accountability Policy 3.1, Data Stewards"
    assert named.citation("GA4GH Accountability Policy", "-") == "Accountability Policy 3.1, Data Stewards"
    marked = french.citation("Politique sur le consentement", "traduction non officielle")
    assert marked == "Politique sur le consentement II (traduction non officielle)"
    already = french.model_copy(update={"section": marked})
    assert already.citation("Politique sur le consentement", "traduction non officielle") == marked
    assert already.citation("Consent Policy", "unofficial translation") == marked  # a French pack, English words


def test_a_french_pack_in_an_english_report_says_translation_once() -> None:
    pack = load_default_pack("fr")
    model = report_model(pack, make_demo(Tier.HIGH, pack), date=DATE, language="en")
    clauses = [c for e in model.elements for q in e.questions for c in q.clauses]
    assert not any("unofficial translation" in c for c in clauses)
    assert any(c.endswith("(traduction non officielle)") for c in clauses)
