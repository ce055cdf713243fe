"""Every string of a report model, read or rewritten: the model is frozen dataclasses, tuples, lists
and dicts of strings and numbers, so a walk over them reaches every text the PDF and the HTML print."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def retext(value: T, change: Callable[[str], str]) -> T:
    """``value`` with ``change`` applied to every string in it (a new model; the old one is left as it is)."""
    return _walk(value, change)  # type: ignore[no-any-return]


def _walk(value: Any, change: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return change(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(
            value, **{f.name: _walk(getattr(value, f.name), change) for f in dataclasses.fields(value) if f.init}
        )
    if isinstance(value, tuple):
        return tuple(_walk(item, change) for item in value)
    if isinstance(value, list):
        return [_walk(item, change) for item in value]
    if isinstance(value, dict):
        return {_walk(k, change): _walk(v, change) for k, v in value.items()}
    return value


def texts(value: object) -> list[str]:
    """Every string in ``value``, in order."""
    found: list[str] = []

    def keep(text: str) -> str:
        found.append(text)
        return text

    retext(value, keep)
    return found
