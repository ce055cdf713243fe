"""Verifying a signed report: every signature, what it covers, and the assessment against the print.

For each signature: who signed (from the certificate), when (the signing-time attribute), whether
the signed bytes are unchanged (*intact*), whether the cryptographic signature is correct
(*valid*), whether the certificate chains to one of the certificates the reader trusts
(*trusted*; a self-signed certificate given as trusted counts), and whether it covers the whole
document as it stands: its whole revision, followed only by further signatures (*whole document*).

The report as a whole is *valid* when every signature is intact and valid and covers the whole
document, nothing at all follows the last signature, and the assessment embedded in the signed
revision has the fingerprint the report prints. Trust is reported beside it: with a self-signed
identity the reader decides whom to trust (``--trust CERT.pem``).

The Keywords and the embedded assessment are read from the revision the first signature covers,
never from a later update (pyHanko lets an update change the document information dictionary).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from dataclasses import field as dataclass_field
from typing import Any

from assessor.core.assessment import fingerprint
from assessor.core.storage import FileProblem, loads_assessment
from assessor.report import attestation
from assessor.signing import pdf as pdfdoc
from assessor.signing.identity import signatory_of

logging.getLogger("pyhanko").addHandler(logging.NullHandler())  # no stray warnings on a user's terminal
logging.getLogger("pyhanko_certvalidator").addHandler(logging.NullHandler())

ALLOWED_KEY_USAGES = {"non_repudiation", "digital_signature"}  # either is enough for a document signature


@dataclass
class SignatureCheck:
    field: str
    signer: str
    organisation: str
    role: str
    email: str
    time: str | None  # ISO 8601, UTC, from the signing-time attribute
    intact: bool
    valid: bool
    trusted: bool
    whole_document: bool
    coverage: str
    modification: str | None
    reason: str | None = None
    location: str | None = None
    decision: str | None = None  # for countersignatures: approved | conditions | not-approved
    comment: str | None = None
    certificate_sha256: str = ""
    problems: list[str] = dataclass_field(default_factory=list)
    chain: list[str] = dataclass_field(default_factory=list)  # subjects, signer first (signing.chain)
    revocation: str = "not-checked"  # good | revoked | not-checked (CRL files given to verify)

    @property
    def is_countersignature(self) -> bool:
        return self.decision is not None or self.field == attestation.COUNTERSIGNATURE_FIELD


@dataclass
class Verification:
    valid: bool
    trusted: bool  # every signature chains to a given certificate
    fingerprint_match: bool | None  # None when there is no embedded assessment or no printed fingerprint
    fingerprint: str | None  # of the embedded assessment
    printed_fingerprint: str | None
    report_id: str | None
    signatures: list[SignatureCheck]
    problems: list[str]  # why the report is not valid, in words; empty when valid
    notes: list[str] = dataclass_field(default_factory=list)  # worth knowing but not a failure

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for sig in data["signatures"]:
            sig.pop("coverage", None)
            sig.pop("modification", None)
        return data


def _strict_diff_policy() -> Any:
    """pyHanko's default policy without generic form filling: after signing, only signature fields may change."""
    from pyhanko.sign.diff_analysis import (
        CatalogModificationRule,
        DocInfoRule,
        DSSCompareRule,
        FormUpdatingRule,
        MetadataUpdateRule,
        ModificationLevel,
        ObjectStreamRule,
        SigFieldCreationRule,
        SigFieldModificationRule,
        StandardDiffPolicy,
        XrefStreamRule,
    )

    return StandardDiffPolicy(
        global_rules=[
            CatalogModificationRule(),  # type: ignore[no-untyped-call]
            DocInfoRule().as_qualified(ModificationLevel.LTA_UPDATES),
            XrefStreamRule().as_qualified(ModificationLevel.LTA_UPDATES),
            ObjectStreamRule().as_qualified(ModificationLevel.LTA_UPDATES),
            DSSCompareRule().as_qualified(ModificationLevel.LTA_UPDATES),
            MetadataUpdateRule().as_qualified(ModificationLevel.LTA_UPDATES),  # type: ignore[no-untyped-call]
        ],
        form_rule=FormUpdatingRule(
            field_rules=[SigFieldCreationRule(), SigFieldModificationRule()]  # type: ignore[no-untyped-call]
        ),
    )


def load_trust(certificates: Iterable[bytes]) -> list[Any]:
    """asn1crypto certificates from PEM/DER bytes (each item may hold several PEM certificates)."""
    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509

    out: list[Any] = []
    for data in certificates:
        if pem.detect(data):
            out.extend(asn1_x509.Certificate.load(der) for _, _, der in pem.unarmor(data, multiple=True))
        else:
            out.append(asn1_x509.Certificate.load(data))
    return out


def _iso(value: Any) -> str | None:
    import datetime as dt

    if not isinstance(value, dt.datetime):
        return None
    return value.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _comment_of(sig_field: Any) -> str | None:
    for node in [sig_field, *[k.get_object() for k in sig_field.get("/Kids", []) or []]]:
        value = node.get("/Contents")
        if value is not None:
            return str(value)
    return None


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _check_one(emb: Any, trust: Sequence[Any], is_last: bool, crls: Sequence[Any] = ()) -> tuple[SignatureCheck, Any]:
    from cryptography import x509
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    from assessor.signing import chain, revinfo
    from assessor.signing.sign import decision_from_reason

    reason = _text(emb.sig_object.get("/Reason"))
    decision = decision_from_reason(reason)
    name = str(emb.field_name)
    check = SignatureCheck(
        field=name,
        signer="",
        organisation="",
        role="",
        email="",
        time=None,
        intact=False,
        valid=False,
        trusted=False,
        whole_document=False,
        coverage="unknown",
        modification=None,
        reason=reason,
        location=_text(emb.sig_object.get("/Location")),
        decision=decision,
        comment=_comment_of(emb.sig_field) if decision or name == attestation.COUNTERSIGNATURE_FIELD else None,
    )
    try:
        cert = x509.load_der_x509_certificate(emb.signer_cert.dump())
        who = signatory_of(cert)
        check.signer, check.organisation, check.role, check.email = who.name, who.organisation, who.role, who.email
        import hashlib

        check.certificate_sha256 = hashlib.sha256(emb.signer_cert.dump()).hexdigest()
    except (ValueError, KeyError, TypeError, SignatureValidationError) as exc:
        check.problems.append(f"the signer's certificate cannot be read ({exc})")
    context = chain.validation_context(trust, crls)
    try:
        status = validate_pdf_signature(
            emb,
            signer_validation_context=context,
            diff_policy=_strict_diff_policy(),
            key_usage_settings=KeyUsageConstraints(key_usage=ALLOWED_KEY_USAGES, match_all_key_usages=False),
        )
    except (SignatureValidationError, PdfError, ValueError, KeyError, TypeError) as exc:
        check.problems.append(f"the signature cannot be checked ({exc})")
        return check, None
    check.intact = bool(status.intact)
    check.valid = bool(status.valid)
    check.trusted = bool(status.trusted)
    check.time = _iso(status.signer_reported_dt)
    found = chain.check_chain(
        emb.signer_cert, emb.other_embedded_certs, trust, crls,
        embedded_crls=revinfo.embedded_crls(emb), signed_at=status.signer_reported_dt,
    )  # fmt: skip
    check.chain, check.revocation = found.chain, found.revocation
    check.problems += found.problems
    check.trusted = check.trusted and not found.problems  # e.g. revoked: pyHanko's soft-fail lets it pass
    coverage = status.coverage
    level = status.modification_level
    check.coverage = coverage.name.lower().replace("_", "-") if coverage is not None else "unknown"
    check.modification = level.name.lower().replace("_", "-") if level is not None else None
    if coverage == SignatureCoverageLevel.ENTIRE_FILE:
        check.whole_document = True
    elif coverage == SignatureCoverageLevel.ENTIRE_REVISION:
        check.whole_document = level is not None and level <= ModificationLevel.FORM_FILLING
    if not check.intact:
        check.problems.append("the signed content has changed since it was signed (digest mismatch)")
    elif not check.valid:
        check.problems.append("the cryptographic signature is not valid")
    if check.intact and not check.whole_document:
        if coverage is not None and coverage < SignatureCoverageLevel.ENTIRE_REVISION:
            check.problems.append("the signature does not cover its whole revision of the document")
        else:
            check.problems.append("the document was changed after this signature by more than further signatures")
    if is_last and coverage != SignatureCoverageLevel.ENTIRE_FILE and check.intact:
        check.problems.append("data follow the last signature (the file was extended after it was signed)")
    return check, status


def _signed_view(reader: Any, embedded: Sequence[Any]) -> Any:
    if embedded:
        return reader.get_historical_resolver(embedded[0].signed_revision)
    return pdfdoc.latest(reader)


def verify_reader(reader: Any, trust: Sequence[Any] = (), crls: Sequence[Any] = ()) -> Verification:
    """`verify_pdf` on an open pyHanko reader, with trust roots already parsed (asn1crypto)."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign.fields import enumerate_sig_fields

    problems: list[str] = []
    notes: list[str] = []
    try:
        every = list(reader.embedded_signatures)
        filled = list(enumerate_sig_fields(reader, filled_status=True))
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        every, filled = [], []
        problems.append(f"the signatures cannot be read ({exc})")
    embedded = [e for e in every if e.sig_object_type == "/Sig"]
    timestamps = [e for e in every if e.sig_object_type != "/Sig"]
    checks: list[SignatureCheck] = []
    last_covers_file = False
    for i, emb in enumerate(embedded):
        is_last = i == len(embedded) - 1
        check, status = _check_one(emb, trust, is_last, crls)
        checks.append(check)
        problems.extend(f"{check.field}: {p}" for p in check.problems)
        if is_last and status is not None:
            from pyhanko.sign.validation.status import SignatureCoverageLevel

            last_covers_file = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    if not filled and not problems:
        problems.append("the document is not signed")
    unchecked = len(filled) - len(embedded) - len(timestamps)
    if unchecked > 0:
        problems.append(f"{unchecked} signature(s) of a kind assessor cannot check")
    if timestamps:
        notes.append(f"{len(timestamps)} document timestamp(s) present (not checked)")

    view = _signed_view(reader, embedded)
    printed = pdfdoc.printed_ids(view)
    raw = pdfdoc.embedded_assessment_bytes(view)
    embedded_fp: str | None = None
    match: bool | None = None
    if raw is None:
        notes.append("no assessment is embedded in the signed document")
    else:
        try:
            embedded_fp = fingerprint(loads_assessment(raw, pdfdoc.ASSESSMENT_FILE_NAME))
        except FileProblem as exc:
            match = False
            problems.append(f"the embedded assessment cannot be read ({exc.problem})")
    if embedded_fp is not None:
        if printed.fingerprint is None:
            notes.append("the report prints no fingerprint (no assessment-fingerprint in its Keywords)")
        else:
            match = embedded_fp == printed.fingerprint
            if not match:
                problems.append(
                    f"the embedded assessment (fingerprint {embedded_fp[:16]}…) is not the one the report "
                    f"prints ({printed.fingerprint[:16]}…)"
                )
    valid = (
        bool(checks)
        and not problems
        and all(c.intact and c.valid and c.whole_document for c in checks)
        and last_covers_file
        and match is not False
    )
    return Verification(
        valid=valid,
        trusted=bool(checks) and all(c.trusted for c in checks),
        fingerprint_match=match,
        fingerprint=embedded_fp,
        printed_fingerprint=printed.fingerprint,
        report_id=printed.report_id,
        signatures=checks,
        problems=problems,
        notes=notes,
    )


def verify_pdf(pdf: bytes, trust: Sequence[bytes] = (), crls: Sequence[bytes] = ()) -> Verification:
    """Check a signed report. ``trust``: certificates (PEM or DER bytes) whose holders the reader trusts.
    ``crls``: revocation lists (DER or PEM bytes) to check the signers' certificates against, offline.

    Raises `NotAPdf` when the bytes are not a PDF at all. A PDF whose structure is too damaged to
    read gives a Verification that is not valid, saying why.
    """
    from assessor.signing.errors import NotAPdf

    roots = load_trust(trust)
    try:
        reader = pdfdoc.open_reader(pdf)
    except NotAPdf as exc:
        if pdf.lstrip()[:5] != b"%PDF-":
            raise
        return Verification(
            valid=False,
            trusted=False,
            fingerprint_match=None,
            fingerprint=None,
            printed_fingerprint=None,
            report_id=None,
            signatures=[],
            problems=[f"the file {exc.message.removeprefix('is ')}"],
        )
    from assessor.signing.chain import load_crls

    return verify_reader(reader, roots, load_crls(crls))


@dataclass(frozen=True)
class SignedReport:
    """What a signed report says about the assessment it carries (for extract and reassessment)."""

    assessment_bytes: bytes
    report_id: str | None
    fingerprint: str | None  # as printed
    date: str | None  # the report's date, YYYY-MM-DD


def _date_of(report_id: str | None) -> str | None:
    if not report_id:
        return None
    parts = report_id.split("-")
    if len(parts) >= 2 and len(parts[1]) == 8 and parts[1].isdigit():
        d = parts[1]
        return f"{d[:4]}-{d[4:6]}-{d[6:]}"
    return None


def read_signed_report(pdf: bytes) -> SignedReport:
    """The embedded assessment (as signed, when signed) and the ids the report prints.

    Raises `NotAPdf`, or `SigningProblem` when no assessment is attached. Does not verify: call
    `verify_pdf` for that.
    """
    from assessor.signing.errors import SigningProblem

    reader = pdfdoc.open_reader(pdf)
    try:
        embedded = list(reader.embedded_regular_signatures)
    except Exception:  # a damaged signature must not stop reading the attachment
        embedded = []
    view = _signed_view(reader, embedded)
    raw = pdfdoc.embedded_assessment_bytes(view)
    if raw is None:
        raise SigningProblem(f"carries no embedded assessment ({pdfdoc.ASSESSMENT_FILE_NAME})")
    printed = pdfdoc.printed_ids(view)
    return SignedReport(raw, printed.report_id, printed.fingerprint, _date_of(printed.report_id))
