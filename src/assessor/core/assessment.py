"""The assessment: what the data officer enters, as it is saved in a ``.g4sa`` file.

Every field is plain data (strings, integers, booleans, ISO dates) so that the canonical form, and
so the fingerprint, is the same on every machine. See ``docs/assessment-file.md`` and the JSON
Schema in ``docs/assessment.schema.json``.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Annotated, Any

from assessor.core.records import Check, Record, field
from assessor.core.tiers import Tier

FORMAT_VERSION = 2
"""The format this version writes. Version 1 was the prototype format (see core/migrations.py)."""

MAX_TEXT = 100_000  # characters in one free-text field: a long note (some 30 pages) fits, a runaway paste does not
MAX_ITEMS = 1000  # answers and previous answers: the form pack has some 120 questions
MAX_ACTIONS = 500  # steps in the action plan: one for each gap, and those the user adds
MAX_LIST = 100  # activities, datasets, assessors, evidence documents for one answer
Id = Annotated[str, field(max_length=80)]  # question, factor and action ids, dates and times
MAX_ITEM = 1000  # characters in one activity or dataset
Item = Annotated[str, field(max_length=MAX_ITEM)]
DATE_SHAPE = r"^(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?$"  # the schema's check; `_calendar_date` does the rest


_YMD = re.compile(r"\d{4}-\d{2}-\d{2}")


def is_calendar_date(value: str) -> bool:
    """A day that exists, written YYYY-MM-DD: not 2025-13-45, 2025-02-29 or 2025-04-31."""
    try:
        return bool(_YMD.fullmatch(value)) and bool(date.fromisoformat(value))
    except ValueError:
        return False


def _calendar_date(value: str) -> str:
    """Empty (no date), or a calendar date."""
    if value and not is_calendar_date(value):
        shown = value if len(value) <= 40 else value[:40] + "…"
        raise ValueError(f"{shown!r} is not a calendar date; write a real date as YYYY-MM-DD, or leave it empty")
    return value


IsoDate = Annotated[
    str,
    field(
        description="A calendar date written YYYY-MM-DD, or empty when not given.",
        json_schema_extra={"pattern": DATE_SHAPE, "maxLength": 10},
    ),
    Check(_calendar_date),
]


def new_id() -> str:
    """A new assessment's id: a random UUID (uuid, and the platform module it loads, only when one is made)."""
    import uuid

    return str(uuid.uuid4())


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class FormPackRef(Record):
    """Which questionnaire the answers belong to."""

    id: Id
    version: Id
    hash: str = field(pattern=r"^[0-9a-f]{64}$")


class Institution(Record):
    name: str = field(default="", max_length=500)
    unit: str = field(default="", max_length=500)
    country: str = field(default="", max_length=200)


class Person(Record):
    name: str = field(default="", max_length=300)
    role: str = field(default="", max_length=300)
    organisation: str = field(default="", max_length=500)
    email: str = field(default="", max_length=300)


class Scope(Record):
    description: str = field(default="", max_length=MAX_TEXT)
    activities: list[Item] = field(default=[], max_length=MAX_LIST)
    datasets: list[Item] = field(default=[], max_length=MAX_LIST)
    period_start: IsoDate = ""
    period_end: IsoDate = ""


class PreviousAssessment(Record):
    """The report this assessment follows on from (a reassessment's baseline)."""

    report_id: Id = ""
    fingerprint: Id = ""
    date: Id = ""
    tier: Tier | None = None
    file_name: str = field(default="", max_length=1000)
    answers: dict[Id, int | None] = field(default={}, max_length=MAX_ITEMS)  # the previous levels, for "changes since"


class RaisedTier(Record):
    tier: Tier
    justification: str = field(min_length=1, max_length=MAX_TEXT)


class Evidence(Record):
    """A document that supports an answer. The file stays where it is; we keep its name and hash."""

    name: str = field(min_length=1, max_length=1000)
    description: str = field(default="", max_length=MAX_TEXT)
    sha256: str = field(default="", pattern=r"^([0-9a-f]{64})?$")
    size: int = field(default=0, ge=0)
    location: str = field(default="", max_length=4000)


class Answer(Record):
    level: int | None = field(default=None, ge=0, le=10)
    na: bool = False
    na_justification: str = field(default="", max_length=MAX_TEXT)
    notes: str = field(default="", max_length=MAX_TEXT)
    evidence: list[Evidence] = field(default=[], max_length=MAX_LIST)
    flagged: bool = False
    answered_by: str = field(default="", max_length=300)
    answered_at: Id = ""

    def _check_whole(self) -> None:
        if self.na and self.level is not None:
            raise ValueError("an answer is either a level or N/A, not both")

    @property
    def is_answered(self) -> bool:
        return self.na or self.level is not None

    @property
    def effective_level(self) -> int | None:
        """The level that counts in scores and conditions; None when unanswered or N/A."""
        return None if self.na else self.level


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    WONT_DO = "wont-do"


class Priority(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Action(Record):
    """A step in the action plan. Generated from a gap, then owned by the user: edits are kept."""

    id: Id
    question_id: Id = ""
    recommendation: str = field(default="", max_length=MAX_TEXT)
    priority: Priority = Priority.MEDIUM
    owner: str = field(default="", max_length=300)
    due: IsoDate = ""
    status: ActionStatus = ActionStatus.OPEN
    notes: str = field(default="", max_length=MAX_TEXT)


class Assessment(Record):
    format_version: int = FORMAT_VERSION
    id: Id = field(default_factory=lambda: new_id())
    title: str = field(default="", max_length=500)
    language: Id = "en"
    created: Id = field(default_factory=now_iso)
    modified: Id = field(default_factory=now_iso)
    form_pack: FormPackRef
    institution: Institution = Institution()
    scope: Scope = Scope()
    assessors: list[Person] = field(default=[], max_length=MAX_LIST)
    previous: PreviousAssessment | None = None
    triage: dict[Id, int] = field(default={}, max_length=MAX_LIST)
    raised_tier: RaisedTier | None = None
    answers: dict[Id, Answer] = field(default={}, max_length=MAX_ITEMS)
    actions: list[Action] = field(default=[], max_length=MAX_ACTIONS)
    signatory: Person = Person()

    def answer(self, question_id: str) -> Answer:
        """The answer to a question, created empty on first use."""
        if question_id not in self.answers:
            self.answers[question_id] = Answer()
        return self.answers[question_id]

    def clear_answer(self, question_id: str) -> None:
        """Back to unanswered: the level or N/A is removed (not set to 0), with who chose it and when.

        Notes, evidence and the review flag stay; an answer left with nothing in it is removed from the file.
        """
        answer = self.answers.get(question_id)
        if answer is None:
            return
        answer.level, answer.na = None, False
        answer.answered_at = answer.answered_by = ""
        if answer == Answer():
            del self.answers[question_id]

    def answer_levels(self) -> dict[str, int | None]:
        return {qid: a.effective_level for qid, a in self.answers.items()}


# -- the canonical form and the fingerprint ---------------------------------------------------------------


def to_data(assessment: Assessment) -> dict[str, Any]:
    return assessment.model_dump(mode="json")


def canonical_bytes(assessment: Assessment) -> bytes:
    """The canonical JSON: sorted keys, no spaces, UTF-8. The same assessment gives the same bytes."""
    return json.dumps(to_data(assessment), sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def file_bytes(assessment: Assessment) -> bytes:
    """What a ``.g4sa`` file holds: the same data, indented for people and diffs."""
    return (json.dumps(to_data(assessment), sort_keys=True, ensure_ascii=False, indent=2) + "\n").encode()


def fingerprint(assessment: Assessment) -> str:
    """SHA-256 of the canonical form: what the report prints and the signature binds."""
    return hashlib.sha256(canonical_bytes(assessment)).hexdigest()


def short_fingerprint(fp: str) -> str:
    """The first 16 hex digits in groups of four, as printed on every page."""
    return " ".join(fp[i : i + 4] for i in range(0, 16, 4))


def report_id(fingerprint_hex: str, date_iso: str) -> str:
    """The id printed on every page of a report: the date and the start of the fingerprint."""
    return f"G4SA-{date_iso.replace('-', '')}-{fingerprint_hex[:8].upper()}"
