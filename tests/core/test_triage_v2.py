"""Triage version 2 (form pack 1.1.0, PRODUCT §3): the rule over every profile, the profiles of
content-review-2 §6 with the tiers experts expect, reasons true to the answers, and provisional tiers."""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Sequence

import pytest

from assessor.core.forms.installed import find_pack
from assessor.core.forms.models import FormPack
from assessor.core.tiers import Tier
from assessor.core.triage import compute_tier

PACK = find_pack("ga4gh-framework", version="1.1.0")
PACK_FR = find_pack("ga4gh-framework", "fr", version="1.1.0")
assert PACK is not None and PACK_FR is not None
FACTORS = [f"F{i}" for i in range(1, 13)]
LOW, MODERATE, HIGH = 0, 1, 2


def profile(**levels: int) -> dict[str, int]:
    """Every factor answered: 0 unless given."""
    return {f: levels.get(f, 0) for f in FACTORS}


def product_rule(lv: Sequence[int]) -> int:
    """PRODUCT.md §3 written out by hand (an oracle independent of the pack's data), with the total of the
    factors' points: a mitigation adds nothing, so F9 level 1 (consent for contact, group-level results)
    counts 0."""
    f = dict(zip(FACTORS, lv, strict=True))
    total = sum(lv) - (1 if f["F9"] == 1 else 0)
    individual = f["F1"] >= 1
    red_flags = (
        f["F4"] == 2,
        f["F3"] == 2,
        f["F5"] == 2 or f["F6"] == 2,
        f["F7"] == 2,
        f["F8"] == 2,
        f["F9"] == 2,
        f["F11"] == 2,
        f["F12"] == 2,
    )
    if (individual and any(red_flags)) or total >= 11:
        return HIGH
    if total <= 5 and f["F4"] <= 1 and f["F12"] <= 1 and (f["F1"] == 0 or f["F4"] == 0):
        return LOW
    return MODERATE


def tiers_of_every_profile(pack: FormPack) -> bytearray:
    """The tier rank of all 3^12 profiles, indexed in base 3 (F1 the most significant digit), evaluated
    from the pack's rules exactly as compute_tier does (fired rules: the highest; none: the default)."""
    rules = [(rule.tier.rank, rule.when.compiled()) for rule in pack.triage.rules]
    points = [[f.points(level) for level in range(3)] for f in pack.triage.factors]
    default = pack.triage.default_tier.rank
    out = bytearray(3**12)
    for index, combo in enumerate(itertools.product(range(3), repeat=12)):
        levels = dict(zip(FACTORS, combo, strict=True))
        total = sum(p[level] for p, level in zip(points, combo, strict=True))
        fired = [rank for rank, holds in rules if holds(levels, total)]
        out[index] = max(fired) if fired else default
    return out


@pytest.fixture(scope="module")
def every_tier() -> bytearray:
    return tiers_of_every_profile(PACK)


def test_raising_any_factor_never_lowers_the_tier_over_all_profiles(every_tier: bytearray) -> None:
    assert len(every_tier) == 531_441
    for index, combo in enumerate(itertools.product(range(3), repeat=12)):
        here = every_tier[index]
        for position, level in enumerate(combo):
            if level < 2:
                assert every_tier[index + 3 ** (11 - position)] >= here, (combo, position)


def test_the_pack_rule_is_the_rule_of_product_section_3_for_every_profile(every_tier: bytearray) -> None:
    mismatches = [
        combo
        for index, combo in enumerate(itertools.product(range(3), repeat=12))
        if every_tier[index] != product_rule(combo)
    ]
    assert mismatches == []


def test_compute_tier_follows_the_same_rule() -> None:
    rng = random.Random(12)
    for _ in range(400):
        combo = [rng.randint(0, 2) for _ in FACTORS]
        result = compute_tier(PACK, dict(zip(FACTORS, combo, strict=True)))
        assert result.computed_tier.rank == product_rule(combo), combo


# The profiles of content-review-2 §6, answered with the version 2 levels, and what ethics boards expect.
EXPERT_PROFILES = {
    "P1a hospital, aggregate statistics to a national audit, adults": (profile(F4=1), Tier.LOW),
    "P1b same, tables published with small cells suppressed": (profile(F4=1), Tier.LOW),
    "P1c same, statistics include paediatric admissions": (profile(F4=1), Tier.LOW),
    "P1c answered with F3 at children anyway": (profile(F3=2, F4=1), Tier.LOW),
    "P1d same, nobody has asked the community": (profile(F4=1, F12=1), Tier.LOW),
    "P2 national programme, identifiable WGS, international, commercial": (
        profile(F1=2, F2=2, F3=1, F4=1, F5=2, F6=2, F7=1, F8=2, F9=2, F10=2, F11=2),
        Tier.HIGH,
    ),
    "P3 biobank, children's coded samples, domestic, academic": (
        profile(F1=1, F2=2, F3=2, F4=1, F8=1, F10=1),
        Tier.HIGH,
    ),
    "P4a only public aggregate data, aggregate results published": (profile(F2=2, F4=1), Tier.LOW),
    "P4b open genomes re-analysed internally": (profile(F1=2, F2=2, F11=1), Tier.LOW),
    "P5a rare-disease registry, pseudonymised, EU network, newsletter, advisory group": (
        profile(F1=1, F2=1, F3=1, F4=1, F6=1, F7=1, F8=1, F9=1, F10=2),
        Tier.MODERATE,
    ),
    "P5b same under a statute or an approved consent waiver": (
        profile(F1=1, F2=1, F3=1, F4=1, F6=1, F7=1, F8=1, F9=1, F10=2),
        Tier.MODERATE,
    ),
    "P5c P5a with one network and no newsletter": (
        profile(F1=1, F2=1, F3=1, F4=1, F6=1, F7=1, F8=1, F10=1),
        Tier.MODERATE,
    ),
    "X1 coded clinical data and panel results to outside researchers": (
        profile(F1=1, F2=1, F4=1, F10=1),
        Tier.MODERATE,
    ),
    "X2 coded mental-health records to a company abroad without comparable protection": (
        profile(F1=1, F2=2, F4=1, F5=2, F6=2),
        Tier.HIGH,
    ),
    "X3 consent-for-contact register only": (profile(F1=1, F9=1), Tier.LOW),
    "X3 register shared with outside researchers": (profile(F1=1, F4=1, F9=1), Tier.MODERATE),
    "X4 forensic or insurance use of coded data": (profile(F1=1, F2=1, F4=1, F11=2), Tier.HIGH),
    "insurance use of identifiable data kept in-house": (profile(F1=2, F2=1, F11=2), Tier.HIGH),
}


@pytest.mark.parametrize("name", list(EXPERT_PROFILES))
def test_institution_profiles_get_the_tier_experts_expect(name: str) -> None:
    levels, tier = EXPERT_PROFILES[name]
    result = compute_tier(PACK, levels)
    assert result.tier is tier, (name, result.reasons)
    assert not result.provisional
    assert compute_tier(PACK_FR, levels).tier is tier


def test_a_waiver_or_statute_is_a_documented_basis_not_no_basis() -> None:
    levels, _ = EXPERT_PROFILES["P5b same under a statute or an approved consent waiver"]
    for pack in (PACK, PACK_FR):
        text = " ".join(compute_tier(pack, levels).reasons)
        assert "F7" not in text
        assert "basis" not in text and "base" not in text


@pytest.mark.parametrize(
    ("mitigated", "plain"),
    [
        ({"F12": 0}, {"F12": 0}),  # known and addressed is level 0, as "none specific"
        ({"F9": 1}, {"F9": 0}),  # telling participants about results, or consent for contact
    ],
)
def test_a_mitigation_never_raises_the_tier(mitigated: dict[str, int], plain: dict[str, int]) -> None:
    rng = random.Random(9)
    for _ in range(2000):
        base = {f: rng.randint(0, 2) for f in FACTORS}
        assert compute_tier(PACK, {**base, **mitigated}).tier is compute_tier(PACK, {**base, **plain}).tier


def test_every_red_flag_needs_individual_level_data() -> None:
    for fid in ("F3", "F4", "F5", "F6", "F7", "F8", "F9", "F11", "F12"):
        assert compute_tier(PACK, profile(**{fid: 2})).tier is not Tier.HIGH, fid
        assert compute_tier(PACK, profile(F1=1, **{fid: 2})).tier is Tier.HIGH, fid


def test_high_at_a_total_of_11() -> None:
    ten = profile(F2=2, F3=2, F5=2, F6=2, F10=2)
    assert compute_tier(PACK, ten).tier is Tier.MODERATE
    assert compute_tier(PACK, {**ten, "F8": 1}).tier is Tier.HIGH
    assert compute_tier(PACK, {**ten, "F8": 1}).fired_rules == ("high-total",)


def _mentioned(text: str) -> set[str]:
    return set(re.findall(r"\bF(?:1[0-2]|[1-9])\b", text))


def test_no_reason_mentions_a_factor_whose_level_does_not_support_it() -> None:
    """Over a sample of profiles in both languages: a factor named in a reason is at a level the rule needs."""
    rules = {rule.id: rule for rule in PACK.triage.rules}
    for rule in PACK.triage.rules:
        for c in rule.when.walk():  # each factor a rule tests is tested from level 1 up
            assert c.factor is None or (c.at_least or 0) >= 1, rule.id
    rng = random.Random(3)
    samples = [levels for levels, _ in EXPERT_PROFILES.values()]
    samples += [{f: rng.randint(0, 2) for f in FACTORS} for _ in range(3000)]
    for levels in samples:
        for pack in (PACK, PACK_FR):
            result = compute_tier(pack, levels)
            for reason in result.reasons:
                for fid in _mentioned(reason):
                    assert levels[fid] >= 1, (levels, reason)
                    assert any(fid in rules[r].when.factors() for r in result.fired_rules), (levels, reason)


def test_each_reason_names_the_same_factors_in_french() -> None:
    for rule in PACK.triage.rules:
        fr_rule = next(r for r in PACK_FR.triage.rules if r.id == rule.id)
        assert fr_rule.reason != rule.reason
        assert _mentioned(fr_rule.reason) == _mentioned(rule.reason) == rule.when.factors(), rule.id


def test_unanswered_factors_count_at_their_highest_level_and_the_tier_is_provisional() -> None:
    low_profile = profile(F4=1)
    del low_profile["F6"]
    result = compute_tier(PACK, low_profile)
    assert result.provisional and result.unanswered == ("F6",)
    assert result.tier is Tier.LOW  # F6 at 2 adds 2: total 3, and F1 = 0 raises no red flag
    assert result.total == 3
    assert result.reasons[0] == "Provisional: F6 not yet answered, counted at the highest level until answered."
    coded = profile(F1=1, F4=1)
    del coded["F5"]
    result = compute_tier(PACK, coded)
    assert result.tier is Tier.HIGH and result.provisional
    assert result.fired_rules == ("high-commercial-recipients",)
    assert result.reasons[1].endswith("(counting F5 at the highest level until answered)")
    fr = compute_tier(PACK_FR, coded)
    assert fr.reasons[0].startswith("Provisoire : F5 sans réponse")
    assert compute_tier(PACK, {**coded, "F5": 0}).tier is Tier.MODERATE


def test_nothing_answered_is_a_provisional_high() -> None:
    result = compute_tier(PACK, {})
    assert result.tier is Tier.HIGH and result.provisional
    assert result.unanswered == tuple(FACTORS)
    assert result.total == 24


def test_pack_1_0_0_keeps_its_rule_and_is_never_provisional() -> None:
    old = find_pack("ga4gh-framework", version="1.0.0")
    assert old is not None
    result = compute_tier(old, {"F1": 1})
    assert result.tier is Tier.LOW and not result.provisional and result.total == 1
    assert compute_tier(old, profile(F1=1, F9=2)).tier is Tier.HIGH  # the old rule, unchanged


def test_targets_of_pack_1_1_0() -> None:
    targets = {t.id: (t.target, t.essential_target) for t in PACK.tiers}
    assert targets == {Tier.LOW: (2, None), Tier.MODERATE: (3, None), Tier.HIGH: (3, 4)}
