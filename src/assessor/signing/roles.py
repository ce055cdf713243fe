"""Who may say what: the assessor's signature, the board's countersignature and its decision.

- The first signature, in the field ``AssessorSignature``, is the institution's attestation. It
  carries no decision, whatever its /Reason says.
- A second signature, in the field ``BoardCountersignature``, made by another certificate, is the
  board's countersignature. Its decision is a *signed statement*: the text under
  ``/AssessorDecision`` in the countersignature's field dictionary, written by ``countersign`` in
  the revision the countersignature covers (so the signature covers it), a small canonical JSON
  ``{"comment": …, "decision": …, "fingerprint": …}`` naming the assessment it decides on.
- Reports countersigned by assessor 0.1.0 have no statement; their decision is read from the
  countersignature's /Reason, and only under the same conditions (second signature, its own field,
  another certificate), with a note saying so.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Literal

from assessor.report import attestation
from assessor.signing.appearance import DECISION_LABELS

Decision = Literal["approved", "conditions", "not-approved"]
DECISIONS: tuple[Decision, ...] = ("approved", "conditions", "not-approved")
STATEMENT_KEY = "/AssessorDecision"
ASSESSOR = "assessor"
COUNTERSIGNATURE = "countersignature"
LEGACY_NOTE = "decision recorded by assessor 0.1.0 (read from the countersignature's reason)"
MAX_STATEMENT = 20_000

# Words that make a reason read as a board's decision (English and French).
_DECISION_WORDS = re.compile(
    r"approv|approuv|condition|decision|décision|decid|décid|reject|rejet|refus",
    re.IGNORECASE,
)


def kind_of(field_name: str) -> str | None:
    """The role a signature field stands for, or None for a field assessor never makes."""
    return {attestation.SIGNATURE_FIELD: ASSESSOR, attestation.COUNTERSIGNATURE_FIELD: COUNTERSIGNATURE}.get(field_name)


def reads_as_decision(reason: str) -> bool:
    """Whether a signing reason reads as a decision (only a countersignature may record one)."""
    return bool(_DECISION_WORDS.search(reason))


def decision_from_reason(reason: str | None) -> Decision | None:
    """The decision a 0.1.0 countersignature's /Reason records (its label or its code)."""
    if not reason:
        return None
    text = reason.strip().lower()
    for code in DECISIONS:
        if text in (code, DECISION_LABELS[code].lower()):
            return code
    return None


@dataclass(frozen=True)
class Statement:
    decision: Decision
    comment: str
    fingerprint: str


def statement_text(statement: Statement) -> str:
    """The canonical JSON text of a decision statement."""
    data = {"comment": statement.comment, "decision": statement.decision, "fingerprint": statement.fingerprint}
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def parse_statement(text: str) -> Statement | None:
    """The statement, or None when the text is not exactly a canonical statement."""
    if len(text) > MAX_STATEMENT:
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or set(data) != {"comment", "decision", "fingerprint"}:
        return None
    decision, comment, fp = data["decision"], data["comment"], data["fingerprint"]
    if decision not in DECISIONS or not isinstance(comment, str) or not isinstance(fp, str):
        return None
    statement = Statement(decision, comment, fp)
    return statement if statement_text(statement) == text else None


def field_statement(view: Any, field_name: str) -> str | None:
    """The raw statement text of a signature field in a revision view (None when it carries none)."""
    from pyhanko.sign.fields import enumerate_sig_fields

    for _, _, field_ref in enumerate_sig_fields(view, with_name=field_name):
        value = field_ref.get_object().get(STATEMENT_KEY)
        return None if value is None else str(value)
    return None


@dataclass
class RoleFacts:
    """What `verify` knows of one signature when it assigns roles."""

    field: str
    certificate_sha256: str
    reason: str | None
    statement: str | None  # raw text of /AssessorDecision in the signature's own revision
    sound: bool  # the signature itself checked out (placement, integrity, cryptography)


@dataclass
class RoleVerdict:
    kinds: list[str]
    decision: Decision | None  # of the countersignature, when there is one with a decision
    comment: str | None
    problems: list[str]
    notes: list[str]


def assign(facts: list[RoleFacts], assessment_fingerprint: str | None, legacy_comment: str | None) -> RoleVerdict:
    """The role of each signature and the board's decision, with the problems found."""
    kinds = [kind_of(f.field) or "unknown" for f in facts]
    out = RoleVerdict(kinds, None, None, [], [])
    if not facts:
        return out
    if kinds[0] != ASSESSOR:
        out.problems.append(
            f"the first signature is in the field {facts[0].field!r}, not assessor's ({attestation.SIGNATURE_FIELD})"
        )
    for f, kind in zip(facts[1:], kinds[1:], strict=True):
        if kind != COUNTERSIGNATURE:
            out.problems.append(f"{f.field}: a signature in a field assessor does not make after the first")
    if len(facts) > 2:
        out.problems.append(f"{len(facts)} signatures; an assessor report has at most two (assessor and board)")
    for f in facts[1:]:
        if f.certificate_sha256 and f.certificate_sha256 == facts[0].certificate_sha256:
            out.problems.append(f"{f.field}: made with the same certificate as the assessor's signature")
    for f in facts[:1]:
        if f.statement is not None:
            out.problems.append(f"{f.field}: the assessor's signature carries a decision statement")
    if len(facts) == 2 and kinds[1] == COUNTERSIGNATURE and not out.problems and facts[1].sound:
        _decide(facts[1], assessment_fingerprint, legacy_comment, out)
    return out


def _decide(board: RoleFacts, assessment_fingerprint: str | None, legacy_comment: str | None, out: RoleVerdict) -> None:
    if board.statement is None:
        legacy = decision_from_reason(board.reason)
        if legacy is None:
            out.problems.append(f"{board.field}: the countersignature records no decision")
            return
        out.decision, out.comment = legacy, legacy_comment
        out.notes.append(LEGACY_NOTE)
        return
    statement = parse_statement(board.statement)
    if statement is None:
        out.problems.append(f"{board.field}: the decision statement cannot be read")
        return
    if assessment_fingerprint is None or statement.fingerprint != assessment_fingerprint:
        out.problems.append(f"{board.field}: the decision statement is about another assessment")
        return
    reason_decision = decision_from_reason(board.reason)
    if board.reason and reason_decision != statement.decision:
        out.problems.append(f"{board.field}: the signature's reason does not say the decision the statement records")
        return
    out.decision, out.comment = statement.decision, statement.comment or None
