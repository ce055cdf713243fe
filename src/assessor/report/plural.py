"""Plural forms in the report's templates: ``{gaps} {gaps:gap|gaps}`` prints "1 gap", "2 gaps".

A replacement field whose format spec holds a ``|`` prints the singular (before it) or the plural
(after it) of the count it names, by the language's rule: English takes the singular for 1 only,
French for 0 and 1 ("0 écart", "1 écart", "2 écarts").
"""

from __future__ import annotations

import string
from collections.abc import Callable
from typing import Any

SINGULAR: dict[str, Callable[[float], bool]] = {
    "en": lambda n: n == 1,
    "fr": lambda n: abs(n) < 2,
}


class PluralFormatter(string.Formatter):
    def __init__(self, language: str) -> None:
        self.singular = SINGULAR.get(language, SINGULAR["en"])

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" not in format_spec:
            return str(super().format_field(value, format_spec))
        one, other = format_spec.split("|", 1)
        try:
            count = float(value)
        except (TypeError, ValueError):
            return other
        return one if self.singular(count) else other


def has_plural(template: str) -> bool:
    """Whether a template chooses a word by a count (else plain ``str.format`` is enough, and faster)."""
    return any(spec and "|" in spec for _, _, spec, _ in string.Formatter().parse(template))
