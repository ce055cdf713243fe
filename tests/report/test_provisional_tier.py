"""The report says when the tier is provisional (pack 1.1.0, factors unanswered), in English and French;
a file answered against pack 1.0.0 reports its tier as before."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assessor.core.demo import make_demo
from assessor.core.forms.installed import find_pack
from assessor.core.storage import load_assessment
from assessor.core.tiers import Tier
from assessor.report.render import render_pdf, report_model
from tests.report.pdftools import pages_text

DATE = dt.date(2026, 12, 6)
RELEASED_FILE = Path(__file__).resolve().parents[1] / "data" / "assessments" / "pack-1.0.0-low.g4sa"


def _provisional_demo() -> object:
    a = make_demo(Tier.MODERATE)
    del a.triage["F5"], a.triage["F6"]
    return a


@pytest.mark.parametrize(
    ("language", "stated"),
    [
        ("en", "High, provisional (F5, F6 not answered, counted at their highest level)"),
        ("fr", "Élevé, provisoire (F5, F6 sans réponse, comptés à leur niveau le plus élevé)"),
    ],
)
def test_cover_summary_and_profile_say_provisional(language: str, stated: str) -> None:
    pack = find_pack("ga4gh-framework", language, version="1.1.0")
    assert pack is not None
    model = report_model(pack, _provisional_demo(), date=DATE)  # type: ignore[arg-type]
    cover = {f.label: f.value for f in model.cover.facts}
    assert stated in cover.values()
    assert model.summary.tier_value.startswith(stated)
    assert model.profile.tier.value == stated
    assert model.summary.tier_reasons[0].startswith(("Provisional: F5, F6", "Provisoire\u00a0: F5, F6"))
    unanswered = [row for row in model.profile.factors if row.id in ("F5", "F6")]
    assert [row.score for row in unanswered] == ["2", "2"]
    assert all(row.level.startswith(("not answered (counted at the highest", "sans réponse")) for row in unanswered)


def test_the_printed_cover_says_provisional(tmp_path: Path) -> None:
    pack = find_pack("ga4gh-framework", version="1.1.0")
    assert pack is not None
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(render_pdf(pack, _provisional_demo(), date=DATE))  # type: ignore[arg-type]
    cover = " ".join(pages_text(pdf)[0].split())
    assert "Risk tier High, provisional (F5, F6 not answered, counted at their highest level)" in cover


def test_a_pack_1_0_0_file_reports_its_tier_as_before() -> None:
    a = load_assessment(RELEASED_FILE)
    pack = find_pack("ga4gh-framework", version="1.0.0")
    assert pack is not None
    model = report_model(pack, a, date=DATE)
    assert "Low" in {f.value for f in model.cover.facts}
    assert model.profile.tier.value == "Low"
    assert not any("rovisional" in r for r in model.summary.tier_reasons)


def test_the_profile_scores_add_up_to_the_total() -> None:
    """F9 level 1 (consent for contact, group-level results) is a mitigation: it prints and counts 0."""
    pack = find_pack("ga4gh-framework", version="1.1.0")
    assert pack is not None
    a = make_demo(Tier.MODERATE)
    assert a.triage["F9"] == 1
    model = report_model(pack, a, date=DATE)
    scores = {row.id: int(row.score) for row in model.profile.factors}
    assert scores["F9"] == 0
    assert sum(scores.values()) == int(model.profile.total.value) == 8


def test_changes_since_a_file_of_an_older_pack_use_that_pack_s_rule() -> None:
    """A previous assessment answered against pack 1.0.0 keeps the tier its own rule gave it."""
    old_pack, new_pack = (find_pack("ga4gh-framework", version=v) for v in ("1.0.0", "1.1.0"))
    assert old_pack is not None and new_pack is not None
    previous = load_assessment(RELEASED_FILE)
    previous.triage = dict.fromkeys(previous.triage, 0) | {"F9": 2}  # High under the old rule, Low under v2
    current = make_demo(Tier.LOW)
    model = report_model(new_pack, current, date=DATE, previous=previous)
    assert model.changes is not None
    tier_line = next(f.value for f in model.changes.facts if f.label == "Risk tier")
    assert tier_line == "High → Low"
