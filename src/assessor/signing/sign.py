"""Signing a report: embed the assessment, then a visible PAdES signature on the attestation page.

One file then holds the printable report, the machine-readable assessment (``assessment.g4sa``,
an associated file with relationship Data) and a signature over both. The assessment is added in
the same revision that the signature covers, so nothing is written after the signature.

A countersignature (the board's decision) is a second signature in its own field, appended as an
incremental update: the first signature still covers exactly what it covered before.

Signatures are PAdES baseline B-B: ``/SubFilter /ETSI.CAdES.detached``, SHA-256, no timestamp
(the app is offline).
"""

from __future__ import annotations

import datetime as dt
from io import BytesIO
from pathlib import Path
from typing import Any, Literal, Protocol

from assessor.core.assessment import Assessment, file_bytes, fingerprint
from assessor.core.storage import FileProblem, loads_assessment
from assessor.report import attestation
from assessor.signing import appearance
from assessor.signing import pdf as pdfdoc
from assessor.signing.errors import SigningProblem
from assessor.signing.identity import OpenedIdentity, Signatory, open_identity

Decision = Literal["approved", "conditions", "not-approved"]
DECISIONS: tuple[Decision, ...] = ("approved", "conditions", "not-approved")
DEFAULT_REASON = "I attest that this report is a true account of the self-assessment"
ASSESSMENT_DESCRIPTION = "The self-assessment this report was made from (assessor .g4sa file, JSON)"
MAX_COMMENT = 2000


class KeyElsewhere(Protocol):
    """A key that signs where it lives, e.g. on a smart card (`signing.pkcs11.TokenKey`)."""

    @property
    def signatory(self) -> Signatory: ...

    def pyhanko_signer(self) -> Any: ...


SigningKey = OpenedIdentity | KeyElsewhere  # what sign_pdf_with and countersign_pdf_with accept


def _signer(identity: SigningKey) -> Any:
    """A pyHanko signer that signs with the key already unlocked (or the key's own signer).

    pyHanko's SimpleSigner re-parses its key for every raw signature (twice per document: once to
    size the signature, once to make it), and cryptography re-validates an RSA key each time it is
    parsed, which costs about 0.2 s for RSA 3072. Signing with the loaded key avoids both.
    """
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    from pyhanko_certvalidator.util import get_pyca_cryptography_hash

    if not isinstance(identity, OpenedIdentity):
        return identity.pyhanko_signer()
    key = identity.key

    class LoadedKeySigner(SimpleSigner):
        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
            hash_algo = get_pyca_cryptography_hash(digest_algorithm)
            if mechanism == "rsassa_pkcs1v15" and isinstance(key, rsa.RSAPrivateKey):
                return key.sign(data, padding.PKCS1v15(), hash_algo)
            if mechanism == "ecdsa" and isinstance(key, ec.EllipticCurvePrivateKey):
                return key.sign(data, ec.ECDSA(hash_algo))
            result: bytes = super().sign_raw(data, digest_algorithm)
            return result

    der_key = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )

    def as_asn1(cert: Any) -> Any:
        return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))

    return LoadedKeySigner(
        signing_cert=as_asn1(identity.certificate),
        signing_key=asn1_keys.PrivateKeyInfo.load(der_key),
        cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
            [as_asn1(c) for c in identity.chain]
        ),
    )


def _filled_signature_fields(reader: Any) -> list[str]:
    from pyhanko.sign.fields import enumerate_sig_fields

    return [name for name, _, _ in enumerate_sig_fields(reader, filled_status=True)]


def _assessment_to_embed(reader: Any, assessment: Assessment | None) -> tuple[Assessment, bool]:
    """The assessment the signature will cover, and whether it still has to be embedded."""
    view = pdfdoc.latest(reader)
    printed = pdfdoc.printed_ids(view).fingerprint
    embedded_raw = pdfdoc.embedded_assessment_bytes(view)
    embedded = None
    if embedded_raw is not None:
        try:
            embedded = loads_assessment(embedded_raw, pdfdoc.ASSESSMENT_FILE_NAME)
        except FileProblem as exc:
            raise SigningProblem(f"the assessment attached to this report cannot be read ({exc.problem})") from None
    chosen = assessment or embedded
    if chosen is None:
        raise SigningProblem(
            "this report carries no assessment; give the assessment file it was made from (--assessment FILE.g4sa)"
        )
    fp = fingerprint(chosen)
    if printed and fp != printed:
        raise SigningProblem(
            f"the assessment does not match this report: its fingerprint is {fp[:16]}…, "
            f"the report prints {printed[:16]}…; make the report again from this assessment, or give the right one"
        )
    if embedded is not None and assessment is not None and fingerprint(embedded) != fp:
        raise SigningProblem("this report already carries a different assessment; it cannot carry two")
    return chosen, embedded is None


def _embed_assessment(writer: Any, assessment: Assessment, when: dt.datetime) -> None:
    from pyhanko.pdf_utils import embed, generic

    data = file_bytes(assessment)
    stream = embed.EmbeddedFileObject.from_file_data(
        writer,
        data,
        mime_type=pdfdoc.ASSESSMENT_MIME,
        params=embed.EmbeddedFileParams(creation_date=when, modification_date=when),
    )
    spec = embed.FileSpec(
        file_spec_string=pdfdoc.ASSESSMENT_FILE_NAME,
        file_name=pdfdoc.ASSESSMENT_FILE_NAME,
        embedded_data=stream,
        description=ASSESSMENT_DESCRIPTION,
        af_relationship=generic.pdf_name("/Data"),
    )
    embed.embed_file(writer, spec)


def _sign(
    writer: Any,
    identity: SigningKey,
    *,
    field: str,
    readable_name: str,
    box: tuple[float, float, float, float],
    page: bytes,
    reason: str,
    location: str,
    existing_field: bool = False,
) -> bytes:
    from pyhanko.sign import fields, signers

    from assessor.signing import revinfo

    meta = signers.PdfSignatureMetadata(
        field_name=field,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None,
        location=location or None,
        name=identity.signatory.name,
        **revinfo.signature_settings(identity),  # revocation lists to embed, when given (PAdES B-LT)
    )
    spec = None
    if not existing_field:
        spec = fields.SigFieldSpec(field, on_page=-1, box=box, readable_field_name=readable_name)  # type: ignore[arg-type]
    pdf_signer = signers.PdfSigner(
        meta, _signer(identity), stamp_style=appearance.stamp_style(page), new_field_spec=spec
    )
    out: BytesIO = pdf_signer.sign_pdf(writer, existing_fields_only=existing_field)
    return out.getvalue()


def sign_pdf_with(
    pdf: bytes,
    identity: SigningKey,
    *,
    assessment: Assessment | None = None,
    location: str = "",
    reason: str = DEFAULT_REASON,
) -> bytes:
    """Sign an unsigned report with an opened identity. See `sign_pdf`."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    reader = pdfdoc.open_reader(pdf)
    if _filled_signature_fields(reader):
        raise SigningProblem("is already signed; to add the board's decision use countersign")
    chosen, to_embed = _assessment_to_embed(reader, assessment)
    paper = pdfdoc.paper_of_last_page(reader)
    box = attestation.signature_box(paper)
    when = dt.datetime.now(dt.UTC).replace(microsecond=0)
    writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    if to_embed:
        _embed_assessment(writer, chosen, when)
    page = appearance.signature_page(box, identity.signatory, when, reason=reason, location=location)
    return _sign(
        writer,
        identity,
        field=attestation.SIGNATURE_FIELD,
        readable_name="Assessor's signature",
        box=box,
        page=page,
        reason=reason,
        location=location,
    )


def sign_pdf(
    pdf: bytes,
    p12_path: Path | str,
    passphrase: bytes,
    *,
    assessment: Assessment | None,
    location: str = "",
    reason: str = DEFAULT_REASON,
) -> bytes:
    """The report signed by the identity in ``p12_path``, with the assessment embedded.

    Without ``assessment``, the one already attached to the report is used; the assessment must
    match the fingerprint the report prints. Raises `WrongPassphrase`/`FileProblem` for the
    identity, `SigningProblem` (or `NotAPdf`) for the document.
    """
    return sign_pdf_with(
        pdf, open_identity(p12_path, passphrase), assessment=assessment, location=location, reason=reason
    )


def decision_label(decision: str) -> str:
    return appearance.DECISION_LABELS[decision]


def decision_from_reason(reason: str | None) -> Decision | None:
    """The decision a countersignature's /Reason records (its label or its code)."""
    if not reason:
        return None
    text = reason.strip().lower()
    for code in DECISIONS:
        if text in (code, appearance.DECISION_LABELS[code].lower()):
            return code
    return None


def _set_comment(writer: Any, field: str, comment: str) -> None:
    """Record the comment as the widget's /Contents (its alternate description), covered by the signature."""
    from pyhanko.pdf_utils import generic
    from pyhanko.sign.fields import enumerate_sig_fields

    for _, _, field_ref in enumerate_sig_fields(writer, with_name=field):
        field_obj = field_ref.get_object()
        widget = field_obj
        kids = field_obj.get("/Kids")
        if kids:
            widget = kids[0].get_object()
        widget["/Contents"] = generic.TextStringObject(comment)
        writer.update_container(widget)
        return
    raise SigningProblem("the countersignature field could not be created")  # pragma: no cover


def countersign_pdf_with(
    signed_pdf: bytes,
    identity: SigningKey,
    *,
    decision: Decision,
    comment: str = "",
    location: str = "",
) -> bytes:
    """Countersign with an opened identity. See `countersign_pdf`."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields

    from assessor.signing.verify import verify_reader

    if decision not in DECISIONS:
        raise SigningProblem(f"unknown decision {decision!r}; use one of {', '.join(DECISIONS)}")
    comment = " ".join(comment.split())
    if len(comment) > MAX_COMMENT:
        raise SigningProblem(f"the comment is too long ({len(comment)} characters; at most {MAX_COMMENT})")
    reader = pdfdoc.open_reader(signed_pdf)
    filled = _filled_signature_fields(reader)
    if not filled:
        raise SigningProblem("is not signed yet; the assessor signs first, then the board countersigns")
    if attestation.COUNTERSIGNATURE_FIELD in filled:
        raise SigningProblem("is already countersigned")
    check = verify_reader(reader, trust=())
    if not check.valid:
        reasons = "; ".join(check.problems) or "a signature does not verify"
        raise SigningProblem(f"its signature does not verify ({reasons}); refusing to countersign")
    paper = pdfdoc.paper_of_last_page(reader)
    box = attestation.countersignature_box(paper)
    when = dt.datetime.now(dt.UTC).replace(microsecond=0)
    writer = IncrementalPdfFileWriter(BytesIO(signed_pdf), strict=False)
    spec = fields.SigFieldSpec(
        attestation.COUNTERSIGNATURE_FIELD,
        on_page=-1,
        box=box,  # type: ignore[arg-type]
        readable_field_name="Board countersignature",
    )
    fields.append_signature_field(writer, spec)
    if comment:
        _set_comment(writer, attestation.COUNTERSIGNATURE_FIELD, comment)
    page = appearance.countersignature_page(
        box, identity.signatory, when, decision=decision, comment=comment, location=location
    )
    return _sign(
        writer,
        identity,
        field=attestation.COUNTERSIGNATURE_FIELD,
        readable_name="Board countersignature",
        box=box,
        page=page,
        reason=decision_label(decision),
        location=location,
        existing_field=True,
    )


def countersign_pdf(
    signed_pdf: bytes,
    p12_path: Path | str,
    passphrase: bytes,
    *,
    decision: Decision,
    comment: str = "",
    location: str = "",
) -> bytes:
    """The signed report with the board's countersignature added as an incremental update.

    The reason of the new signature is the decision ("Approved", "Approved with conditions",
    "Not approved"); the comment is printed in the box (wrapped, cut to fit) and recorded as the
    field's description. Earlier signatures stay valid. Refuses a report whose signature does not
    verify.
    """
    return countersign_pdf_with(
        signed_pdf,
        open_identity(p12_path, passphrase),
        decision=decision,
        comment=comment,
        location=location,
    )
