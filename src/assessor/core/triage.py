"""The risk profile: from twelve factor levels to a tier, with the reasons that explain it.

The rules are data in the form pack. The highest tier any rule reaches wins; every rule that
fires at that tier gives its reason. When no rule fires, the pack's default tier applies and the
reasons say which conditions of the lower tiers were not met. A tier raised by the officer only
ever adds to the computed one.

A factor not yet answered counts as the pack says: at level 0 (pack 1.0.0), or at its highest level,
in which case the tier is *provisional* until all factors are answered and the reasons say so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from assessor.core.conditions import Condition, ConditionContext
from assessor.core.forms.models import FormPack
from assessor.core.tiers import TIERS_IN_ORDER, Tier
from assessor.core.triage_words import ENGLISH_TRIAGE, TriageWords


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
    provisional: bool = False


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


def effective_levels(pack: FormPack, levels: Mapping[str, int]) -> dict[str, int]:
    """The levels the rule sees: the answers, and each unanswered factor at its highest level when the pack
    counts them so (else unanswered factors are absent and count as 0)."""
    if pack.triage.unanswered == "highest":
        return {f.id: levels.get(f.id, 2) for f in pack.triage.factors}
    return dict(levels)


def triage_context(pack: FormPack, levels: Mapping[str, int]) -> ConditionContext:
    """The factor side of a condition's context: effective levels and the total of their points."""
    effective = effective_levels(pack, levels)
    known = {f.id: f for f in pack.triage.factors}
    total = sum(known[fid].points(level) if fid in known else level for fid, level in effective.items())
    return ConditionContext(factor_levels=effective, factor_total=total)


def compute_tier(
    pack: FormPack,
    levels: Mapping[str, int],
    raised_to: Tier | None = None,
    raise_justification: str = "",
    words: TriageWords = ENGLISH_TRIAGE,
) -> TriageResult:
    """The tier for ``levels`` and its reasons; the phrases the code adds to the pack's reasons are ``words``
    (English by default)."""
    check_levels(pack, levels)
    ctx = triage_context(pack, levels)
    unanswered = tuple(f.id for f in pack.triage.factors if f.id not in levels)
    provisional = bool(unanswered) and pack.triage.unanswered == "highest"
    fired = [rule for rule in pack.triage.rules if rule.when.evaluate(ctx)]
    default = pack.triage.default_tier
    if fired:
        computed = Tier.highest(*(rule.tier for rule in fired))
        winners = [rule for rule in fired if rule.tier == computed]
        reasons = [_reason(pack, rule.reason, rule.when, ctx, unanswered if provisional else ()) for rule in winners]
        rule_ids = [rule.id for rule in winners]
    else:
        computed = default
        reasons = [pack.triage.default_reason.format(total=ctx.total)]
        rule_ids = []
        reasons.extend(_not_lower(pack, ctx, words))
    if provisional:
        reasons.insert(0, pack.triage.provisional_reason.format(factors=", ".join(unanswered)))
    tier = computed
    raised = False
    if raised_to is not None and raised_to.rank > computed.rank:
        tier, raised = raised_to, True
        note = words.justification.format(justification=raise_justification) if raise_justification else ""
        reasons.append(words.raised.format(computed=_name(pack, computed), tier=_name(pack, raised_to)) + note)
    return TriageResult(
        tier=tier,
        computed_tier=computed,
        total=ctx.total,
        reasons=tuple(reasons),
        fired_rules=tuple(rule_ids),
        unanswered=unanswered,
        raised=raised,
        provisional=provisional,
    )


def _not_lower(pack: FormPack, ctx: ConditionContext, words: TriageWords) -> list[str]:
    """Why no tier below the default applies: one line per tier, naming what each of its rules still needs
    ("Not Low, which needs either … or …" when a tier has several rules)."""
    out = []
    for tier in TIERS_IN_ORDER:
        if tier.rank >= pack.triage.default_tier.rank:
            continue
        needs = [
            words.all_joiner.join(p.describe(pack.label_of, words) for p in _failed_parts(rule.when, ctx))
            for rule in pack.triage.rules
            if rule.tier == tier
        ]
        if len(needs) == 1:
            out.append(words.not_lower.format(tier=_name(pack, tier), needs=needs[0]))
        elif needs:
            out.append(words.not_lower_either.format(tier=_name(pack, tier), needs=words.either_joiner.join(needs)))
    return out


def _name(pack: FormPack, tier: Tier) -> str:
    """The tier's name as the pack gives it, in the pack's language (Low, Faible…)."""
    return next((spec.title for spec in pack.tiers if spec.id == tier), tier.label)


def _reason(pack: FormPack, text: str, when: Condition, ctx: ConditionContext, unanswered: tuple[str, ...]) -> str:
    """A rule's reason; when it rests on factors not yet answered (counted at their highest level), it says so."""
    reason = text.format(total=ctx.total)
    assumed = [fid for fid in unanswered if when.uses_total() or fid in when.factors()]
    if assumed:
        reason = f"{reason} {pack.triage.assumed_note.format(factors=', '.join(assumed))}"
    return reason
