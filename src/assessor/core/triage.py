"""The risk profile: from twelve factor levels to a tier, with the reasons that explain it.

The rules are data in the form pack. The highest tier any rule reaches wins; every rule that
fires at that tier gives its reason. When no rule fires, the pack's default tier applies and the
reasons say which conditions of the lower tiers were not met. A tier raised by the officer only
ever adds to the computed one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from assessor.core.conditions import Condition, ConditionContext
from assessor.core.forms.models import FormPack
from assessor.core.tiers import Tier


class TriageInputError(ValueError):
    """A factor id or level that the pack does not know."""


@dataclass(frozen=True)
class TriageResult:
    tier: Tier  # the tier that applies: computed, or raised above it
    computed_tier: Tier
    total: int
    reasons: tuple[str, ...]
    fired_rules: tuple[str, ...]
    unanswered: tuple[str, ...]
    raised: bool = False


def check_levels(pack: FormPack, levels: Mapping[str, int]) -> None:
    known = {f.id for f in pack.triage.factors}
    for fid, level in levels.items():
        if fid not in known:
            raise TriageInputError(f"unknown factor '{fid}' (factors are {', '.join(sorted(known, key=_fkey))})")
        if level not in (0, 1, 2):
            raise TriageInputError(f"factor {fid} must be 0, 1 or 2, not {level}")


def _fkey(fid: str) -> int:
    return int(fid[1:]) if fid[1:].isdigit() else 0


def _failed_parts(cond: Condition, ctx: ConditionContext) -> list[Condition]:
    parts = cond.all_of if cond.all_of is not None else (cond,)
    return [p for p in parts if not p.evaluate(ctx)]


def compute_tier(
    pack: FormPack,
    levels: Mapping[str, int],
    raised_to: Tier | None = None,
    raise_justification: str = "",
) -> TriageResult:
    check_levels(pack, levels)
    ctx = ConditionContext(factor_levels=dict(levels))
    unanswered = tuple(f.id for f in pack.triage.factors if f.id not in levels)
    fired = [rule for rule in pack.triage.rules if rule.when.evaluate(ctx)]
    default = pack.triage.default_tier
    if fired:
        computed = Tier.highest(*(rule.tier for rule in fired))
        winners = [rule for rule in fired if rule.tier == computed]
        reasons = [rule.reason.format(total=ctx.total) for rule in winners]
        rule_ids = [rule.id for rule in winners]
    else:
        computed = default
        reasons = [pack.triage.default_reason.format(total=ctx.total)]
        rule_ids = []
        for rule in pack.triage.rules:
            if rule.tier.rank < default.rank:
                failed = _failed_parts(rule.when, ctx)
                words = "; ".join(p.describe(pack.label_of) for p in failed)
                reasons.append(f"Not {rule.tier.label}, which needs: {words}.")
    tier = computed
    raised = False
    if raised_to is not None and raised_to.rank > computed.rank:
        tier, raised = raised_to, True
        note = f" Justification: {raise_justification}" if raise_justification else ""
        reasons.append(f"Raised by the assessor from {computed.label} to {raised_to.label}.{note}")
    return TriageResult(
        tier=tier,
        computed_tier=computed,
        total=ctx.total,
        reasons=tuple(reasons),
        fired_rules=tuple(rule_ids),
        unanswered=unanswered,
        raised=raised,
    )
