"""How a record's field is declared: its default and its limits (`field`), and checks of its value (`Check`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from typing import Any


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
"""No default: the field must be given."""


@dataclass(frozen=True)
class FieldInfo:
    """What `field` declares. Limits left at None do not apply."""

    default: Any = MISSING
    default_factory: Callable[[], Any] | None = None
    alias: str | None = None  # the key the data uses, when it is not the field's name (both are read)
    min_length: int | None = None  # characters of a string, items of a list, tuple or dict
    max_length: int | None = None
    pattern: str | None = None  # a regular expression a string must contain a match of
    ge: float | None = None
    le: float | None = None
    gt: float | None = None
    description: str | None = None  # for the JSON Schema
    json_schema_extra: dict[str, Any] | None = None

    def merged(self, other: FieldInfo) -> FieldInfo:
        """These limits with those ``other`` sets (an Annotated type's limits under the field's own)."""
        changes = {f.name: getattr(other, f.name) for f in fields(other) if getattr(other, f.name) != f.default}
        return replace(self, **changes)

    def has_default(self) -> bool:
        return self.default is not MISSING or self.default_factory is not None


def field(
    default: Any = MISSING,
    *,
    default_factory: Callable[[], Any] | None = None,
    alias: str | None = None,
    min_length: int | None = None,
    max_length: int | None = None,
    pattern: str | None = None,
    ge: float | None = None,
    le: float | None = None,
    gt: float | None = None,
    description: str | None = None,
    json_schema_extra: dict[str, Any] | None = None,
) -> Any:
    """A field's default and limits: ``name: str = field(default="", max_length=300)``. Also usable inside
    ``Annotated[str, field(max_length=80)]`` to name a constrained type once."""
    return FieldInfo(
        default,
        default_factory,
        alias,
        min_length,
        max_length,
        pattern,
        ge,
        le,
        gt,
        description,
        json_schema_extra,
    )


@dataclass(frozen=True)
class Check:
    """A check of a value once its type and limits hold: ``Annotated[str, Check(calendar_date)]``.
    ``function`` returns the value (possibly normalised) or raises ValueError with words for the user."""

    function: Callable[[Any], Any]
