"""Roles: the assessor's signature attests, only the board's countersignature decides, by a signed statement."""

from __future__ import annotations

import pytest

from assessor.report import attestation
from assessor.signing import roles
from assessor.signing.errors import SigningProblem
from assessor.signing.sign import countersign_pdf, sign_pdf
from assessor.signing.verify import verify_pdf
from tests.signing.attacks import shadow
from tests.signing.attacks.fixtures import DATA, GENUINE_FP, PASSPHRASE, countersigned_now, read

TRUST = (read("ada.pem"), read("board.pem"))


@pytest.fixture(scope="module")
def now() -> bytes:
    return countersigned_now()


def test_a_countersignature_made_now_carries_its_decision_as_a_signed_statement(now: bytes) -> None:
    result = verify_pdf(now, TRUST)
    assert result.valid and result.trusted, result.problems
    assert [s.kind for s in result.signatures] == ["assessor", "countersignature"]
    assessor, board = result.signatures
    assert assessor.decision is None and assessor.comment is None
    assert (board.decision, board.comment) == ("not-approved", "Fix the gaps first")
    assert roles.LEGACY_NOTE not in result.notes
    data = result.as_json()["signatures"]
    assert [(s["role"], s["signer_role"], s["decision"]) for s in data] == [
        ("assessor", "Data protection officer", None),
        ("countersignature", "Chair", "not-approved"),
    ]


def test_a_0_1_0_countersignature_decision_is_read_from_its_reason_and_said_so() -> None:
    result = verify_pdf(read("countersigned.pdf"), TRUST)
    assert result.valid, result.problems
    assert result.signatures[1].decision == "conditions"
    assert result.signatures[1].comment == "Approve once the data access committee terms are published"
    assert roles.LEGACY_NOTE in result.notes


def test_sign_refuses_a_reason_that_reads_as_a_decision() -> None:
    for reason in ("Approved", "Not approved", "Approved with conditions", "Board decision: yes", "Décision"):
        with pytest.raises(SigningProblem, match="reads as a decision"):
            sign_pdf(read("r.pdf"), DATA / "ada.p12", PASSPHRASE, assessment=None, reason=reason)


def test_countersign_refuses_a_certificate_that_already_signed() -> None:
    with pytest.raises(SigningProblem, match="same certificate"):
        countersign_pdf(read("signed.pdf"), DATA / "ada.p12", PASSPHRASE, decision="approved")


def test_an_assessor_signature_with_a_decision_reason_decides_nothing() -> None:
    """Signed by another tool with /Reason "Approved": still the assessor's signature, no decision."""
    signed = shadow.sign_as_assessor(read("r.pdf"), DATA / "ada.p12", PASSPHRASE, read("d.g4sa"), reason="Approved")
    result = verify_pdf(signed, TRUST[:1])
    assert result.valid, result.problems
    assert [(s.kind, s.decision) for s in result.signatures] == [("assessor", None)]


def _board_sign(p12: str, statement: str | None, reason: str | None = "Approved") -> bytes:
    return shadow.sign_as_assessor(
        read("signed.pdf"),
        DATA / p12,
        PASSPHRASE,
        None,
        field=attestation.COUNTERSIGNATURE_FIELD,
        reason=reason,
        statement=statement,
    )


def test_a_countersignature_by_the_assessor_certificate_is_not_valid() -> None:
    statement = roles.statement_text(roles.Statement("approved", "", GENUINE_FP))
    result = verify_pdf(_board_sign("ada.p12", statement), TRUST)
    assert not result.valid
    assert any("same certificate as the assessor's signature" in p for p in result.problems)
    assert all(s.decision is None for s in result.signatures)


def test_a_statement_about_another_assessment_is_not_valid() -> None:
    statement = roles.statement_text(roles.Statement("approved", "", "0" * 64))
    result = verify_pdf(_board_sign("board.p12", statement), TRUST)
    assert not result.valid and any("about another assessment" in p for p in result.problems)


def test_a_statement_and_a_reason_that_disagree_are_not_valid() -> None:
    statement = roles.statement_text(roles.Statement("not-approved", "", GENUINE_FP))
    result = verify_pdf(_board_sign("board.p12", statement, reason="Approved"), TRUST)
    assert not result.valid and any("reason does not say the decision" in p for p in result.problems)


def test_a_valid_statement_made_by_another_tool_is_read() -> None:
    statement = roles.statement_text(roles.Statement("approved", "Well done", GENUINE_FP))
    result = verify_pdf(_board_sign("board.p12", statement), TRUST)
    assert result.valid, result.problems
    assert (result.signatures[1].decision, result.signatures[1].comment) == ("approved", "Well done")


def test_a_countersignature_without_any_decision_is_not_valid() -> None:
    result = verify_pdf(_board_sign("board.p12", None, reason=None), TRUST)
    assert not result.valid and any("records no decision" in p for p in result.problems)


def test_only_a_canonical_statement_is_read() -> None:
    good = roles.statement_text(roles.Statement("conditions", "c", "f"))
    assert roles.parse_statement(good) == roles.Statement("conditions", "c", "f")
    assert roles.parse_statement(good.replace(":", ": ")) is None  # not canonical
    assert roles.parse_statement('{"decision":"maybe","comment":"","fingerprint":"f"}') is None
    assert roles.parse_statement("[" * 100_000) is None
    assert roles.reads_as_decision("Conditionally approved") and not roles.reads_as_decision(roles_default())


def roles_default() -> str:
    from assessor.signing.sign import DEFAULT_REASON

    return DEFAULT_REASON
