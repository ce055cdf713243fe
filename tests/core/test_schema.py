from __future__ import annotations

from pathlib import Path

from assessor.core.schema import schema_text

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_published_json_schema_is_current() -> None:
    published = (DOCS / "assessment.schema.json").read_text(encoding="utf-8")
    assert published == schema_text(), "run `make schema` and commit docs/assessment.schema.json"
