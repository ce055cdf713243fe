"""How a record's field is declared: its default and its limits (`field`), and checks of its value (`Check`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
"""No default: the field must be given."""


class FieldInfo:
    """What `field` declares. Limits left at None do not apply. (A plain class: it is made for every field of
    every record as the app starts, and a dataclass costs a millisecond to define.)"""

    __slots__ = (
        "alias",
        "default",
        "default_factory",
        "description",
        "ge",
        "gt",
        "json_schema_extra",
        "le",
        "max_length",
        "min_length",
        "pattern",
    )

    def __init__(
        self,
        default: Any = MISSING,
        default_factory: Callable[[], Any] | None = None,
        alias: str | None = None,  # the key the data uses, when it is not the field's name (both are read)
        min_length: int | None = None,  # characters of a string, items of a list, tuple or dict
        max_length: int | None = None,
        pattern: str | None = None,  # a regular expression a string must contain a match of
        ge: float | None = None,
        le: float | None = None,
        gt: float | None = None,
        description: str | None = None,  # for the JSON Schema
        json_schema_extra: dict[str, Any] | None = None,
    ) -> None:
        self.default = default
        self.default_factory = default_factory
        self.alias = alias
        self.min_length = min_length
        self.max_length = max_length
        self.pattern = pattern
        self.ge = ge
        self.le = le
        self.gt = gt
        self.description = description
        self.json_schema_extra = json_schema_extra

    def merged(self, other: FieldInfo) -> FieldInfo:
        """These limits with those ``other`` sets (an Annotated type's limits under the field's own)."""
        out = FieldInfo()
        for name in FieldInfo.__slots__:
            mine, theirs = getattr(self, name), getattr(other, name)
            unset = MISSING if name == "default" else None
            setattr(out, name, theirs if theirs is not unset else mine)
        return out

    def has_default(self) -> bool:
        return self.default is not MISSING or self.default_factory is not None

    def __repr__(self) -> str:
        given = ", ".join(
            f"{n}={getattr(self, n)!r}" for n in FieldInfo.__slots__ if getattr(self, n) not in (None, MISSING)
        )
        return f"FieldInfo({given})"


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


class Check:
    """A check of a value once its type and limits hold: ``Annotated[str, Check(calendar_date)]``.
    ``function`` returns the value (possibly normalised) or raises ValueError with words for the user."""

    __slots__ = ("function",)

    def __init__(self, function: Callable[[Any], Any]) -> None:
        self.function = function
