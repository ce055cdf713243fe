"""The board's countersignature: a second signature with a decision; the first stays valid."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from assessor.report import attestation
from assessor.signing import pdf as pdfdoc
from assessor.signing.errors import SigningProblem
from assessor.signing.sign import countersign_pdf
from assessor.signing.verify import verify_pdf
from tests.signing.reports import SigningIdentity
from tests.signing.test_sign_verify import pdfsig, signature_blocks


def test_both_signatures_valid_for_pdfsig(countersigned: bytes, tmp_path: Path) -> None:
    out = pdfsig(countersigned, tmp_path)
    first, second = signature_blocks(out)
    assert "Signature is Valid." in first and "Signature is Valid." in second
    assert attestation.SIGNATURE_FIELD in first and attestation.COUNTERSIGNATURE_FIELD in second
    assert "Not total document signed" in first  # the first covers its own revision ...
    assert "Total document signed" in second  # ... the countersignature the whole file
    assert "Amara Okafor" in second


def test_verify_lists_both_with_the_decision(
    countersigned: bytes, assessor_id: SigningIdentity, board_id: SigningIdentity
) -> None:
    result = verify_pdf(countersigned, [assessor_id.cert_pem, board_id.cert_pem])
    assert result.valid, result.problems
    assert result.trusted and result.fingerprint_match
    first, second = result.signatures
    assert first.field == attestation.SIGNATURE_FIELD and first.decision is None
    assert first.intact and first.valid and first.whole_document
    assert second.field == attestation.COUNTERSIGNATURE_FIELD and second.is_countersignature
    assert second.decision == "conditions"
    assert second.reason == "Approved with conditions"
    assert second.comment and "DPIA for the cloud provider" in second.comment
    assert second.signer == "Amara Okafor" and second.role == "Chair"
    assert second.intact and second.valid and second.whole_document


def test_countersignature_box_is_the_reserved_one(countersigned: bytes) -> None:
    reader = pdfdoc.open_reader(countersigned)
    page = reader.find_page_for_modification(-1)[0].get_object()
    rects = {str(a.get_object()["/T"]): [float(v) for v in a.get_object()["/Rect"]] for a in page["/Annots"]}
    assert rects[attestation.COUNTERSIGNATURE_FIELD] == pytest.approx(attestation.countersignature_box("a4"))
    assert rects[attestation.SIGNATURE_FIELD] == pytest.approx(attestation.signature_box("a4"))


@pytest.mark.parametrize("decision", ["approved", "not-approved"])
def test_every_decision_round_trips(signed: bytes, board_id: SigningIdentity, decision: str) -> None:
    out = countersign_pdf(signed, board_id.path, board_id.passphrase, decision=decision, comment="")  # type: ignore[arg-type]
    result = verify_pdf(out)
    assert result.valid
    assert result.signatures[1].decision == decision
    assert result.signatures[1].comment is None


def test_a_very_long_comment_still_signs(signed: bytes, board_id: SigningIdentity) -> None:
    comment = "Condition: " + "review the consent forms of the paediatric cohort; " * 30
    out = countersign_pdf(signed, board_id.path, board_id.passphrase, decision="conditions", comment=comment)
    result = verify_pdf(out)
    assert result.valid
    assert result.signatures[1].comment == " ".join(comment.split())  # kept whole, even if the box shows less


def test_countersign_refuses_unsigned_twice_and_tampered(
    report: bytes, signed: bytes, countersigned: bytes, board_id: SigningIdentity
) -> None:
    with pytest.raises(SigningProblem, match="not signed yet"):
        countersign_pdf(report, board_id.path, board_id.passphrase, decision="approved")
    with pytest.raises(SigningProblem, match="already countersigned"):
        countersign_pdf(countersigned, board_id.path, board_id.passphrase, decision="approved")
    with pytest.raises(SigningProblem, match="does not verify"):
        countersign_pdf(signed + b"\n%x\n", board_id.path, board_id.passphrase, decision="approved")
    with pytest.raises(SigningProblem, match="unknown decision"):
        countersign_pdf(signed, board_id.path, board_id.passphrase, decision="maybe")  # type: ignore[arg-type]


def test_a_content_change_between_the_signatures_is_caught(signed: bytes, board_id: SigningIdentity) -> None:
    """Someone edits the page after the assessor signed, then a second signature is added on top."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    extra = generic.StreamObject(stream_data=b"BT /F1 12 Tf 72 72 Td (Approved by all) Tj ET")
    writer.add_stream_to_page(0, writer.add_object(extra))
    signer = signers.SimpleSigner.load_pkcs12_data(board_id.path.read_bytes(), [], board_id.passphrase)
    meta = signers.PdfSignatureMetadata(field_name="Late", subfilter=fields.SigSeedSubFilter.PADES)
    out = signers.PdfSigner(meta, signer).sign_pdf(writer).getvalue()
    result = verify_pdf(out)
    assert not result.valid
    first, second = result.signatures
    assert first.intact and first.valid and not first.whole_document
    assert second.whole_document
    assert any("changed after this signature" in p for p in result.problems)


def test_a_long_comment_and_the_ticked_decision_print_whole_on_the_attestation_page(
    signed: bytes, board_id: SigningIdentity, tmp_path: Path
) -> None:
    import subprocess

    comment = " ".join(
        f"Condition {n}: the team documents measure {n} and reports to the board within three months."
        for n in range(1, 8)
    )[:600]
    out = countersign_pdf(signed, board_id.path, board_id.passphrase, decision="not-approved", comment=comment)
    path = tmp_path / "countersigned.pdf"
    path.write_bytes(out)
    # -raw: in drawing order, so the appearance reads apart from the paper form it covers
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    page = " ".join(text.split("\f")[-2].split())
    assert f"Comment: {comment}" in page  # all 600 characters
    assert "☐ Approved ☐ Approved with conditions ☒ Not approved" in page
    assert "Amara Okafor" in page and "Chair" in page
    assert verify_pdf(out).signatures[1].comment == comment  # verify gives it whole too
