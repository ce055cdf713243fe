"""Signing a report exactly as assessor made it: a visible PAdES signature on the attestation page.

One file then holds the printable report, the machine-readable assessment (``assessment.g4sa``,
an associated file with relationship Data, attached when the report was made) and a signature over
both. Only a report exactly as assessor makes it is signed (`remake`).

A countersignature (the board's decision) is a second signature in its own field, appended as an
incremental update: the first signature still covers exactly what it covered before.

Signatures are PAdES baseline B-B: ``/SubFilter /ETSI.CAdES.detached``, SHA-256, no timestamp
(the app is offline).
"""

from __future__ import annotations

import datetime as dt
from io import BytesIO
from pathlib import Path
from typing import Any, Protocol

from assessor.core.assessment import Assessment
from assessor.report import attestation
from assessor.signing import appearance, roles
from assessor.signing import pdf as pdfdoc
from assessor.signing.errors import SigningProblem
from assessor.signing.identity import OpenedIdentity, Signatory, open_identity
from assessor.signing.remake import assessment_made_by_assessor
from assessor.signing.roles import DECISIONS, Decision, decision_from_reason

__all__ = ["DECISIONS", "Decision", "countersign_pdf", "decision_from_reason", "decision_label", "sign_pdf"]
DEFAULT_REASON = "I attest that this report is a true account of the self-assessment"
MAX_COMMENT = 2000


class KeyElsewhere(Protocol):
    """A key that signs where it lives, e.g. on a smart card (`signing.pkcs11.TokenKey`)."""

    @property
    def signatory(self) -> Signatory: ...

    @property
    def certificate(self) -> Any: ...  # cryptography's x509.Certificate of the key

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
    previous: Assessment | None = None,
    location: str = "",
    reason: str = DEFAULT_REASON,
) -> bytes:
    """Sign an unsigned report with an opened identity. See `sign_pdf`."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    if roles.reads_as_decision(reason):
        raise SigningProblem(
            f"the reason {reason[:80]!r} reads as a decision; only the board's countersignature records one "
            "(assessor countersign --decision ...)"
        )
    reader = pdfdoc.open_reader(pdf)
    if _filled_signature_fields(reader):
        raise SigningProblem("is already signed; to add the board's decision use countersign")
    assessment_made_by_assessor(reader, pdf, assessment=assessment, previous=previous)
    paper = pdfdoc.paper_of_last_page(reader)
    box = attestation.signature_box(paper)
    when = dt.datetime.now(dt.UTC).replace(microsecond=0)
    writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
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
    assessment: Assessment | None = None,
    previous: Assessment | None = None,
    location: str = "",
    reason: str = DEFAULT_REASON,
) -> bytes:
    """The report signed by the identity in ``p12_path``.

    Only a report exactly as assessor makes it is signed: it must carry its assessment and the
    record of how it was made, and making it again from them must give the same bytes
    (`remake.assessment_made_by_assessor`; ``previous`` is the ``--previous`` file it was made
    with, ``assessment``, if given, must be the one it carries). Raises
    `WrongPassphrase`/`FileProblem` for the identity, `SigningProblem` (or `NotAPdf`) for the document.
    """
    return sign_pdf_with(
        pdf,
        open_identity(p12_path, passphrase),
        assessment=assessment,
        previous=previous,
        location=location,
        reason=reason,
    )


def decision_label(decision: str) -> str:
    return appearance.DECISION_LABELS[decision]


def _set_statement(writer: Any, field: str, statement: roles.Statement) -> None:
    """Write the decision statement into the field (and the comment as the widget's description).

    Both are written in the revision the countersignature covers, so the signature covers them.
    """
    from pyhanko.pdf_utils import generic
    from pyhanko.sign.fields import enumerate_sig_fields

    for _, _, field_ref in enumerate_sig_fields(writer, with_name=field):
        field_obj = field_ref.get_object()
        field_obj[roles.STATEMENT_KEY] = generic.TextStringObject(roles.statement_text(statement))
        writer.update_container(field_obj)
        widget = field_obj
        kids = field_obj.get("/Kids")
        if kids:
            widget = kids[0].get_object()
        if statement.comment:
            widget["/Contents"] = generic.TextStringObject(statement.comment)
        writer.update_container(widget)
        return
    raise SigningProblem("the countersignature field could not be created")  # pragma: no cover


def _certificate_sha256(identity: SigningKey) -> str:
    import hashlib

    from cryptography.hazmat.primitives import serialization

    return hashlib.sha256(identity.certificate.public_bytes(serialization.Encoding.DER)).hexdigest()


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
    check = verify_reader(reader, trust=(), pdf=signed_pdf)
    if not check.valid or check.fingerprint is None:
        reasons = "; ".join(check.problems) or "a signature does not verify"
        raise SigningProblem(f"its signature does not verify ({reasons}); refusing to countersign")
    if _certificate_sha256(identity) in {sig.certificate_sha256 for sig in check.signatures}:
        raise SigningProblem(
            "was signed with this same certificate; the countersignature must be made by someone else "
            "(the board's own identity)"
        )
    statement = roles.Statement(decision, comment, check.fingerprint)
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
    _set_statement(writer, attestation.COUNTERSIGNATURE_FIELD, statement)
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

    The decision is recorded as a signed statement in the countersignature's field (`roles`), and
    as the signature's reason ("Approved", "Approved with conditions", "Not approved") for other
    viewers; the comment is printed in the box (wrapped, cut to fit) and recorded as the field's
    description. Earlier signatures stay valid. Refuses a report whose signature does not verify,
    and an identity whose certificate already signed it.
    """
    return countersign_pdf_with(
        signed_pdf,
        open_identity(p12_path, passphrase),
        decision=decision,
        comment=comment,
        location=location,
    )
