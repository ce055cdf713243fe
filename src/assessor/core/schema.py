"""The JSON Schema of the assessment file, generated from the models.

``python -m assessor.core.schema docs/assessment.schema.json`` writes it; a test checks that the
committed copy is current.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from assessor.core.assessment import FORMAT_VERSION, Assessment
from assessor.core.limits import LINE_CHARS, MAX_ASSESSMENT_BYTES, MAX_EVIDENCE, MAX_PRINTED_LINES


def assessment_schema() -> dict[str, Any]:
    schema = Assessment.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"urn:assessor:assessment:format-{FORMAT_VERSION}"
    schema["title"] = "assessor assessment file (.g4sa)"
    schema["description"] = (
        f"An assessment against a form pack, format version {FORMAT_VERSION}. UTF-8 JSON with sorted keys, "
        f"each key given once in its object. A file is at most {MAX_ASSESSMENT_BYTES} bytes "
        f"({MAX_ASSESSMENT_BYTES // (1024 * 1024)} MiB); a larger one is refused before it is read. Its free text "
        f"is at most {MAX_PRINTED_LINES} printed lines in all (each line, plus one for every {LINE_CHARS} characters) "
        f"and it lists at most {MAX_EVIDENCE} evidence documents in all. See docs/assessment-file.md."
    )
    return schema


def schema_text() -> str:
    return json.dumps(assessment_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m assessor.core.schema OUT.json", file=sys.stderr)
        return 2
    from pathlib import Path

    from assessor.core.storage import write_atomic

    write_atomic(Path(argv[0]), schema_text().encode())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
