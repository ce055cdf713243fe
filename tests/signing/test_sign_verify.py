"""Signing a report and checking it: by us, by poppler's pdfsig and by pyHanko's own validator.

pdfsig exits 0 even when a digest does not match, so its output is read, never its exit code.
"""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest

from assessor.core.assessment import Assessment, fingerprint
from assessor.core.storage import loads_assessment
from assessor.report import attestation
from assessor.signing import pdf as pdfdoc
from assessor.signing.errors import NotAPdf, NotVerified, SigningProblem
from assessor.signing.sign import sign_pdf
from assessor.signing.verify import read_signed_report, verify_pdf
from tests.helpers.factories import blank_assessment
from tests.signing.reports import SigningIdentity, attach_with_pyhanko, make_lookalike_report, make_report


def pdfsig(data: bytes, tmp_path: Path, name: str = "doc.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    done = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, timeout=60)
    return done.stdout + done.stderr


def signature_blocks(output: str) -> list[str]:
    return re.split(r"\nSignature #\d+:", output)[1:]


def test_pdfsig_sees_a_valid_pades_signature_over_the_whole_document(signed: bytes, tmp_path: Path) -> None:
    out = pdfsig(signed, tmp_path)
    blocks = signature_blocks(out)
    assert len(blocks) == 1, out
    block = blocks[0]
    assert "Signature is Valid." in block
    assert "Total document signed" in block
    assert "ETSI.CAdES.detached" in block
    assert "SHA-256" in block
    assert "Zoë Müller-Łukasiewicz" in block


def test_verify_reports_signer_time_and_matching_fingerprint(
    signed: bytes, assessment: Assessment, assessor_id: SigningIdentity
) -> None:
    result = verify_pdf(signed, [assessor_id.cert_pem])
    assert result.valid, result.problems
    assert result.problems == []
    assert result.fingerprint_match is True
    assert result.fingerprint == fingerprint(assessment) == result.printed_fingerprint
    assert result.report_id and result.report_id.startswith("G4SA-20261123-")
    [sig] = result.signatures
    assert sig.field == attestation.SIGNATURE_FIELD
    assert (sig.signer, sig.organisation, sig.role) == (
        "Zoë Müller-Łukasiewicz",
        "Hôpital Saint-Éloi",
        "Data protection officer",
    )
    assert sig.intact and sig.valid and sig.trusted and sig.whole_document
    assert sig.time and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", sig.time)
    assert sig.location == "Lyon"
    assert sig.decision is None and not sig.is_countersignature
    assert result.trusted


def test_trust_needs_the_signers_own_certificate(
    signed: bytes, stranger_id: SigningIdentity, board_id: SigningIdentity
) -> None:
    untrusted = verify_pdf(signed, [])
    assert untrusted.valid and not untrusted.trusted and not untrusted.signatures[0].trusted
    # same name, different key: not trusted
    impostor = verify_pdf(signed, [stranger_id.cert_pem, board_id.cert_pem])
    assert impostor.valid and not impostor.signatures[0].trusted


def test_pyhanko_validator_accepts_the_signature(signed: bytes, assessor_id: SigningIdentity) -> None:
    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    _, _, der = pem.unarmor(assessor_id.cert_pem)
    context = ValidationContext(trust_roots=[asn1_x509.Certificate.load(der)])
    reader = PdfFileReader(io.BytesIO(signed))
    [emb] = reader.embedded_signatures
    status = validate_pdf_signature(emb, context)  # default key-usage rule: non-repudiation
    assert status.intact and status.valid and status.trusted
    assert status.bottom_line
    assert status.coverage.name == "ENTIRE_FILE"
    assert emb.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"


def test_the_assessment_is_embedded_as_associated_data(signed: bytes, assessment: Assessment) -> None:
    reader = pdfdoc.open_reader(signed)
    spec = pdfdoc.embedded_files(pdfdoc.latest(reader))[pdfdoc.ASSESSMENT_FILE_NAME].get_object()
    assert spec["/AFRelationship"] == "/Data"
    assert spec["/UF"] == pdfdoc.ASSESSMENT_FILE_NAME
    stream = spec["/EF"]["/F"].get_object()
    assert stream["/Subtype"] == "/application/json"
    assert [ref.get_object() for ref in reader.root["/AF"]] == [spec]
    assert fingerprint(loads_assessment(stream.data)) == fingerprint(assessment)
    extracted = read_signed_report(signed)
    assert fingerprint(loads_assessment(extracted.assessment_bytes)) == extracted.fingerprint
    assert extracted.date == "2026-11-23"


def test_visible_signature_sits_in_the_reserved_box_on_the_last_page(signed: bytes) -> None:
    reader = pdfdoc.open_reader(signed)
    last_page = reader.find_page_for_modification(-1)[0].get_object()
    widgets = [a.get_object() for a in last_page["/Annots"]]
    [widget] = [w for w in widgets if w.get("/T") == attestation.SIGNATURE_FIELD]
    assert [float(v) for v in widget["/Rect"]] == pytest.approx(attestation.signature_box("a4"))
    assert "/N" in widget["/AP"]
    first_page = reader.find_page_for_modification(0)[0].get_object()
    assert "/Annots" not in first_page


def test_letter_reports_get_letter_boxes(assessment: Assessment, assessor_id: SigningIdentity) -> None:
    letter = make_report(assessment, paper="letter")
    out = sign_pdf(letter, assessor_id.path, assessor_id.passphrase, assessment=assessment)
    reader = pdfdoc.open_reader(out)
    assert pdfdoc.paper_of_last_page(reader) == "letter"
    page = reader.find_page_for_modification(-1)[0].get_object()
    [widget] = [a.get_object() for a in page["/Annots"]]
    assert [float(v) for v in widget["/Rect"]] == pytest.approx(attestation.signature_box("letter"))
    assert verify_pdf(out).valid


def test_one_changed_byte_is_caught_by_pdfsig_and_by_verify(signed: bytes, tmp_path: Path) -> None:
    at = signed.index(b"Self-assessment report")
    tampered = bytearray(signed)
    tampered[at] = ord("s")  # one letter of the document title, inside the signed range
    out = pdfsig(bytes(tampered), tmp_path)
    assert "Signature is Valid." not in out
    assert "Digest Mismatch." in out
    result = verify_pdf(bytes(tampered))
    assert not result.valid
    assert not result.signatures[0].intact
    assert any("changed since it was signed" in p for p in result.problems)


def test_appended_bytes_make_the_report_invalid(signed: bytes) -> None:
    result = verify_pdf(signed + b"\n% appended after signing\n")
    assert not result.valid
    assert result.signatures[0].intact  # what was signed is still there ...
    assert any("follow the last signature" in p for p in result.problems)  # ... but something follows it


def test_a_truncated_report_is_not_valid(signed: bytes) -> None:
    result = verify_pdf(signed[: len(signed) * 2 // 3])
    assert not result.valid
    assert result.problems


def test_a_signature_moved_to_another_report_does_not_verify(
    signed: bytes, assessor_id: SigningIdentity, assessment: Assessment
) -> None:
    other_report = make_report(assessment, date="2026-11-24")
    other = sign_pdf(other_report, assessor_id.path, assessor_id.passphrase, assessment=assessment)

    def contents(data: bytes) -> tuple[int, int]:
        match = re.search(rb"/Contents <([0-9a-fA-F]+)>", data)
        assert match
        return match.span(1)

    a_start, a_end = contents(signed)
    b_start, b_end = contents(other)
    moved = signed[a_start:a_end].rstrip(b"0")  # the CMS object, without the placeholder's zero padding
    moved = moved + b"0" * (len(moved) % 2)
    assert len(moved) <= b_end - b_start
    transplanted = other[:b_start] + moved.ljust(b_end - b_start, b"0") + other[b_end:]
    assert len(transplanted) == len(other)
    result = verify_pdf(transplanted)
    assert not result.valid
    assert not result.signatures[0].intact


def test_a_later_update_rewriting_the_keywords_is_caught(signed: bytes, assessment: Assessment) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    info = writer.trailer["/Info"].get_object()
    info["/Keywords"] = generic.TextStringObject(attestation.keywords("G4SA-FORGED", "0" * 64))
    writer.update_container(info)
    out = io.BytesIO()
    writer.write(out)
    result = verify_pdf(out.getvalue())
    assert not result.valid
    # what was signed is still what is read
    assert result.printed_fingerprint == fingerprint(assessment)
    assert result.report_id and result.report_id != "G4SA-FORGED"


def test_sign_refuses_a_report_assessor_did_not_make(assessment: Assessment, assessor_id: SigningIdentity) -> None:
    with pytest.raises(SigningProblem, match=r"not exactly the report assessor makes.*carries no assessment"):
        sign_pdf(make_lookalike_report(assessment), assessor_id.path, assessor_id.passphrase)


def test_sign_refuses_an_assessment_the_report_was_not_made_from(report: bytes, assessor_id: SigningIdentity) -> None:
    with pytest.raises(SigningProblem, match="carries a different assessment"):
        sign_pdf(report, assessor_id.path, assessor_id.passphrase, assessment=blank_assessment())


def test_sign_refuses_a_signed_report_and_a_non_pdf(signed: bytes, assessor_id: SigningIdentity) -> None:
    with pytest.raises(SigningProblem, match="already signed"):
        sign_pdf(signed, assessor_id.path, assessor_id.passphrase, assessment=None)
    with pytest.raises(NotAPdf):
        sign_pdf(b"hello", assessor_id.path, assessor_id.passphrase, assessment=None)


def test_rsa_identity_signs_too(assessment: Assessment, rsa_id: SigningIdentity, tmp_path: Path) -> None:
    out = sign_pdf(make_report(assessment), rsa_id.path, rsa_id.passphrase, assessment=assessment)
    result = verify_pdf(out, [rsa_id.cert_pem])
    assert result.valid and result.trusted
    assert "Signature is Valid." in pdfsig(out, tmp_path)


def test_nothing_is_written_after_the_signature(signed: bytes) -> None:
    reader = pdfdoc.open_reader(signed)
    [emb] = reader.embedded_signatures
    _, _len1, start2, len2 = emb.byte_range
    assert start2 + len2 == len(signed)


def test_a_pdf_signed_elsewhere_is_read_but_is_not_a_valid_report(
    assessment: Assessment, assessor_id: SigningIdentity
) -> None:
    """A plain pyHanko signature: no embedded assessment, invisible, adbe.pkcs7.detached, in a field of its own."""
    report = make_lookalike_report(assessment)
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = signers.SimpleSigner.load_pkcs12_data(assessor_id.path.read_bytes(), [], assessor_id.passphrase)
    meta = signers.PdfSignatureMetadata(field_name="Other", subfilter=fields.SigSeedSubFilter.ADOBE_PKCS7_DETACHED)
    out = signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(report)), meta, signer).getvalue()
    result = verify_pdf(out, [assessor_id.cert_pem])
    assert result.fingerprint_match is None
    assert not result.valid and result.trusted
    sig = result.signatures[0]
    assert sig.signer == assessor_id.name and sig.intact and sig.valid and sig.whole_document
    assert "no assessment is embedded in the signed document" in result.problems
    assert any("'Other', not assessor's" in p for p in result.problems)


def test_an_unsigned_report_is_not_valid(report: bytes) -> None:
    result = verify_pdf(report)
    assert not result.valid
    assert result.signatures == []
    assert "the document is not signed" in result.problems


def test_not_a_pdf_raises() -> None:
    with pytest.raises(NotAPdf):
        verify_pdf(b"PK\x03\x04 a zip file")


def test_an_assessment_swapped_in_after_signing_is_caught(signed: bytes, assessment: Assessment) -> None:
    """An update that re-points the attachment to other data: verify still reads what was signed."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    from assessor.core.assessment import file_bytes

    forged = assessment.model_copy(deep=True)
    forged.title = "Forged"
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    spec = pdfdoc.embedded_files(writer)[pdfdoc.ASSESSMENT_FILE_NAME].get_object()
    stream = generic.StreamObject({generic.pdf_name("/Type"): generic.pdf_name("/EmbeddedFile")}, file_bytes(forged))
    spec["/EF"] = generic.DictionaryObject({generic.pdf_name("/F"): writer.add_object(stream)})
    writer.update_container(spec)
    out = io.BytesIO()
    writer.write(out)
    result = verify_pdf(out.getvalue())
    assert not result.valid
    assert result.fingerprint == fingerprint(assessment)  # the signed data, not the forged data
    with pytest.raises(NotVerified, match="does not verify"):
        read_signed_report(out.getvalue())
    claimed = read_signed_report(out.getvalue(), unverified=True)
    assert fingerprint(loads_assessment(claimed.assessment_bytes)) == fingerprint(assessment)


def test_a_report_whose_data_does_not_match_its_print_fails(
    assessment: Assessment, assessor_id: SigningIdentity
) -> None:
    """Signed by another tool with a different assessment attached than the one printed."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    writer = IncrementalPdfFileWriter(io.BytesIO(make_lookalike_report(assessment)))
    attach_with_pyhanko(writer, blank_assessment())
    signer = signers.SimpleSigner.load_pkcs12_data(assessor_id.path.read_bytes(), [], assessor_id.passphrase)
    meta = signers.PdfSignatureMetadata(field_name="Sig", subfilter=fields.SigSeedSubFilter.PADES)
    out = signers.PdfSigner(meta, signer).sign_pdf(writer).getvalue()
    result = verify_pdf(out)
    assert result.signatures[0].intact and result.signatures[0].whole_document
    assert result.fingerprint_match is False
    assert not result.valid
    assert any("is not the one the report prints" in p for p in result.problems)
