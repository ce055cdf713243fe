"""The words the code itself puts into a tier's reasons and a condition's description.

The pack's own reason texts come translated with the pack; the phrases made here ("Not Low, which
needs total score at most 5 and …", "Raised by the assessor from … to …") are ``str.format``
templates, English by default, so the report (from its catalogue) and the app (through Qt's
translations) can pass them in their own language. Tier names are the pack's (Faible, Modéré…).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TriageWords:
    # a condition (core.conditions.Condition.describe)
    at_least: str = "{subject} at least {n}"
    at_most: str = "{subject} at most {n}"
    equal: str = "{subject} = {n}"
    between: str = "{subject} between {low} and {high}"
    total_at_least: str = "total score at least {n}"
    total_at_most: str = "total score at most {n}"
    all_joiner: str = " and "
    any_of: str = "({conditions})"
    any_joiner: str = " or "
    negation: str = "not {condition}"
    # the tier's reasons (core.triage.compute_tier)
    not_lower: str = "Not {tier}, which needs {needs}."
    not_lower_either: str = "Not {tier}, which needs either {needs}."
    either_joiner: str = ", or "
    raised: str = "Raised by the assessor from {computed} to {tier}."
    justification: str = " Justification: {justification}"


ENGLISH_TRIAGE = TriageWords()
