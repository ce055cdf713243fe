"""The three risk tiers and their order."""

from __future__ import annotations

from enum import StrEnum


class Tier(StrEnum):
    """A risk tier. Compare with `rank`; raising the tier never narrows what is asked."""

    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @property
    def label(self) -> str:
        return self.value.capitalize()

    def at_least(self, other: Tier) -> bool:
        return self.rank >= other.rank

    @staticmethod
    def highest(*tiers: Tier) -> Tier:
        return max(tiers, key=lambda t: t.rank)


_RANK = {Tier.LOW: 0, Tier.MODERATE: 1, Tier.HIGH: 2}
TIERS_IN_ORDER: tuple[Tier, ...] = (Tier.LOW, Tier.MODERATE, Tier.HIGH)
