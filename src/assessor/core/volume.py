"""How much of a report an assessment would fill, bounded so that every file assessor accepts makes
its report in seconds (see `assessor.core.limits`)."""

from __future__ import annotations

from collections.abc import Iterator

from assessor.core.assessment import Assessment
from assessor.core.limits import LINE_CHARS, MAX_EVIDENCE, MAX_PRINTED_LINES


def printed_lines(text: str) -> int:
    """Lines ``text`` takes when printed: each of its lines, and one more for every `LINE_CHARS` characters."""
    if not text:
        return 0
    return sum(1 + len(line) // LINE_CHARS for line in text.split("\n"))


def _texts(a: Assessment) -> Iterator[str]:
    yield a.scope.description
    yield from a.scope.activities
    yield from a.scope.datasets
    if a.raised_tier is not None:
        yield a.raised_tier.justification
    for answer in a.answers.values():
        yield answer.notes
        yield answer.na_justification
        for ev in answer.evidence:
            yield ev.name
            yield ev.description
    for action in a.actions:
        yield action.recommendation
        yield action.notes


def text_lines(a: Assessment) -> int:
    """Printed lines of all the free text in ``a`` (see `printed_lines`)."""
    return sum(printed_lines(text) for text in _texts(a))


def too_much(a: Assessment) -> str | None:
    """Why the assessment is too large to report on, or None."""
    evidence = sum(len(answer.evidence) for answer in a.answers.values())
    if evidence > MAX_EVIDENCE:
        return f"lists {evidence:,} evidence documents, more than an assessment may hold ({MAX_EVIDENCE:,})"
    if text_lines(a) > MAX_PRINTED_LINES:
        return (
            f"holds more than {MAX_PRINTED_LINES:,} lines of text (counting a line for every {LINE_CHARS} "
            "characters), more than an assessment may hold; shorten the longest notes"
        )
    return None
