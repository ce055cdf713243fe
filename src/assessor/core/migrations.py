"""Bringing files of older format versions up to the current one.

Each step takes the data of version N and returns version N + 1. A file is migrated in memory
when it is opened; it is written in the new format only when the user saves it, and the backup
keeps the original.

Format history:
- 1: the prototype format. The institution was a single string with ``unit`` and ``country``
  beside it; answers were a list of ``{"question", "value", "justification", "notes",
  "evidence", "flag"}`` where ``value`` was a level or the string ``"na"``.
- 2: the current format (``docs/assessment.schema.json``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assessor.core.limits import clip

Data = dict[str, Any]


def _v1_to_v2(data: Data) -> Data:
    out = {k: v for k, v in data.items() if k not in ("institution", "unit", "country", "answers")}
    out["institution"] = {
        "name": data.get("institution", ""),
        "unit": data.get("unit", ""),
        "country": data.get("country", ""),
    }
    answers: dict[str, Any] = {}
    for item in data.get("answers", []):
        if not isinstance(item, dict):
            raise ValueError("each answer must be an object")
        if item.get("question") in answers:
            raise ValueError(f"question {clip(item['question'])} is answered twice")
        value = item.get("value")
        is_na = value == "na"
        answers[item["question"]] = {
            "level": None if is_na else value,
            "na": is_na,
            "na_justification": item.get("justification", "") if is_na else "",
            "notes": item.get("notes", ""),
            "evidence": item.get("evidence", []),
            "flagged": bool(item.get("flag", False)),
        }
    out["answers"] = answers
    out["format_version"] = 2
    return out


STEPS: dict[int, Callable[[Data], Data]] = {1: _v1_to_v2}


def migrate(data: Data) -> Data:
    """Return ``data`` brought to the current format version (unchanged when already current)."""
    version = data["format_version"]
    while version in STEPS:
        data = STEPS[version](data)
        version = data["format_version"]
    return data
