"""The one error a record raises when data does not fit its declaration: every problem found, each with its place."""

from __future__ import annotations

from typing import TypedDict

Loc = tuple[int | str, ...]


class ErrorDetail(TypedDict):
    loc: Loc
    msg: str
    type: str


class ValidationError(ValueError):
    """``errors()`` lists each problem: where (``loc``, keys and indexes from the top), what (``msg``), and its
    kind (``type``: "missing", "extra", "type", "too_short", "too_long", "pattern", "range", "enum", "check",
    "frozen"). The message names the first problem and how many more there are."""

    def __init__(self, title: str, details: list[ErrorDetail]) -> None:
        self.title = title
        self._details = details
        first = details[0] if details else ErrorDetail(loc=(), msg="invalid", type="check")
        where = ".".join(str(p) for p in first["loc"]) or "top level"
        more = f" (and {len(details) - 1} more)" if len(details) > 1 else ""
        super().__init__(f"{title}: {where}: {first['msg']}{more}")

    def errors(self) -> list[ErrorDetail]:
        return list(self._details)

    def error_count(self) -> int:
        return len(self._details)
