"""The tier rule of form pack 1.0.0 (triage version 1), kept as released: its scenarios, monotonicity, and
raised tiers. Version 2 (pack 1.1.0) is tested in test_triage_v2.py."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assessor.core.forms.installed import find_pack
from assessor.core.tiers import Tier
from assessor.core.triage import TriageInputError, compute_tier

PACK = find_pack("ga4gh-framework", version="1.0.0")
assert PACK is not None
FACTORS = [f"F{i}" for i in range(1, 13)]
profiles = st.fixed_dictionaries({f: st.integers(0, 2) for f in FACTORS})


@pytest.mark.parametrize(
    ("levels", "tier", "reason_part"),
    [
        ({}, Tier.LOW, "Low, because"),
        ({"F1": 1, "F2": 1, "F4": 1, "F10": 1}, Tier.LOW, "total is 4"),
        ({"F1": 1, "F2": 1, "F4": 1, "F10": 1, "F11": 1}, Tier.MODERATE, "total score at most 4"),
        ({"F1": 2}, Tier.MODERATE, "F1 Identifiability at most 1"),
        ({"F3": 1}, Tier.MODERATE, "F3 Population at most 0"),
        ({"F3": 2}, Tier.HIGH, "vulnerable community (F3)"),
        ({"F4": 2, "F1": 1}, Tier.HIGH, "released openly"),
        ({"F4": 2, "F1": 0}, Tier.MODERATE, "F4 Access model at most 1"),
        ({"F1": 2, "F5": 2}, Tier.HIGH, "commercial recipients"),
        ({"F1": 2, "F6": 2}, Tier.HIGH, "higher-risk destinations"),
        ({"F1": 1, "F5": 2}, Tier.LOW, "Low, because"),
        ({"F7": 2, "F1": 1}, Tier.HIGH, "without consent"),
        ({"F7": 2}, Tier.LOW, "Low, because"),
        ({"F8": 2, "F1": 1}, Tier.HIGH, "linked with external"),
        ({"F9": 2}, Tier.HIGH, "re-contacted"),
        ({"F12": 2}, Tier.HIGH, "communities concerned"),
        ({f: 1 for f in FACTORS[:10]}, Tier.HIGH, "add up to 10"),
    ],
)
def test_scenarios(levels: dict[str, int], tier: Tier, reason_part: str) -> None:
    result = compute_tier(PACK, levels)
    assert result.tier is tier
    assert any(reason_part in r for r in result.reasons), result.reasons
    assert result.total == sum(levels.values())


def test_every_red_flag_gives_its_own_reason() -> None:
    result = compute_tier(PACK, {"F3": 2, "F9": 2, "F12": 2})
    assert set(result.fired_rules) == {
        "high-vulnerable-population",
        "high-individual-recontact",
        "high-community-expectations",
    }
    assert len(result.reasons) == 3


def test_unset_factors_are_listed_and_count_as_zero() -> None:
    result = compute_tier(PACK, {"F1": 1})
    assert result.unanswered == tuple(FACTORS[1:])


def test_raising_adds_to_the_computed_tier_and_lowering_is_impossible() -> None:
    raised = compute_tier(PACK, {}, Tier.HIGH, "Data from a small island population")
    assert raised.tier is Tier.HIGH and raised.computed_tier is Tier.LOW and raised.raised
    assert "Data from a small island population" in raised.reasons[-1]
    not_lowered = compute_tier(PACK, {"F3": 2}, Tier.LOW, "we think it is fine")
    assert not_lowered.tier is Tier.HIGH and not not_lowered.raised


def test_bad_input() -> None:
    with pytest.raises(TriageInputError, match="unknown factor 'F13'"):
        compute_tier(PACK, {"F13": 1})
    with pytest.raises(TriageInputError, match="F2 must be 0, 1 or 2"):
        compute_tier(PACK, {"F2": 3})


@settings(max_examples=400, deadline=None)
@given(profile=profiles, factor=st.sampled_from(FACTORS))
def test_raising_any_factor_never_lowers_the_tier(profile: dict[str, int], factor: str) -> None:
    if profile[factor] == 2:
        return
    before = compute_tier(PACK, profile).tier
    after = compute_tier(PACK, {**profile, factor: profile[factor] + 1}).tier
    assert after.rank >= before.rank


@settings(max_examples=200, deadline=None)
@given(profile=profiles)
def test_low_means_baseline_and_high_means_a_reason(profile: dict[str, int]) -> None:
    result = compute_tier(PACK, profile)
    if result.tier is Tier.LOW:
        assert sum(profile.values()) <= 4 and profile["F1"] <= 1 and profile["F3"] == 0 and profile["F4"] <= 1
    if sum(profile.values()) >= 10:
        assert result.tier is Tier.HIGH
    assert result.reasons
