"""One signature checked: who signed, its cryptography (pyHanko), its place in the bytes, what follows it.

pyHanko does the cryptography, the certificate path and the difference analysis of what follows
a signature. Whether the signature covers the whole document is decided here, from the raw
placement (`byterange`) first: pyHanko's "entire file" verdict is used only once the bytes agree.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from assessor.signing.byterange import Placement
from assessor.signing.identity import signatory_of

ALLOWED_KEY_USAGES = {"non_repudiation", "digital_signature"}  # either is enough for a document signature
SUBFILTERS = {"/ETSI.CAdES.detached", "/adbe.pkcs7.detached"}


@dataclass
class SignatureCheck:
    field: str
    signer: str
    organisation: str
    role: str  # the signer's own role, from the certificate (e.g. "Chair")
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
    decision: str | None = None  # countersignature only: approved | conditions | not-approved
    comment: str | None = None
    certificate_sha256: str = ""
    name_conflict: bool = False  # not trusted, but named like a trusted certificate (see trust.annotate)
    chain: list[str] = dataclass_field(default_factory=list)  # subjects, signer first (signing.chain)
    revocation: str = "not-checked"  # good | revoked | not-checked (revocation lists given or embedded)
    problems: list[str] = dataclass_field(default_factory=list)
    kind: str = ""  # the signature's role in the report: assessor | countersignature | unknown
    revision: int | None = None  # the revision of the document it covers (0 = the original file)

    @property
    def is_countersignature(self) -> bool:
        from assessor.signing.roles import COUNTERSIGNATURE

        return self.kind == COUNTERSIGNATURE


def strict_diff_policy() -> Any:
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


def _iso(value: Any) -> str | None:
    if not isinstance(value, dt.datetime):
        return None
    return value.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def blank_check(name: str, sig_object: Any) -> SignatureCheck:
    return SignatureCheck(
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
        reason=_text(sig_object.get("/Reason")),
        location=_text(sig_object.get("/Location")),
    )


def _read_signer(emb: Any, check: SignatureCheck) -> None:
    from cryptography import x509
    from pyhanko.sign.validation.errors import SignatureValidationError

    try:
        cert = x509.load_der_x509_certificate(emb.signer_cert.dump())
        who = signatory_of(cert)
        check.signer, check.organisation, check.role, check.email = who.name, who.organisation, who.role, who.email
        check.certificate_sha256 = hashlib.sha256(emb.signer_cert.dump()).hexdigest()
    except (ValueError, KeyError, TypeError, SignatureValidationError) as exc:
        check.problems.append(f"the signer's certificate cannot be read ({exc})")


def check_signature(
    emb: Any,
    trust: Sequence[Any],
    placement: Placement,
    file_size: int,
    *,
    skip_diff: bool = False,
    crls: Sequence[Any] = (),
) -> SignatureCheck:
    """Check one embedded signature (pyHanko's EmbeddedPdfSignature) already placed in the bytes.

    ``skip_diff``: the file is already known not to end with a signature, so the (slow) difference
    analysis of what follows this one would change nothing: it is skipped, and said so.
    """
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    from assessor.signing import chain, revinfo

    check = blank_check(str(emb.field_name), emb.sig_object)
    check.revision = placement.revision
    check.problems.extend(placement.problems)
    subfilter = _text(emb.sig_object.get("/SubFilter"))
    if subfilter not in SUBFILTERS:
        check.problems.append(f"a signature of a kind assessor does not make or check (/SubFilter {subfilter})")
    _read_signer(emb, check)
    context = chain.validation_context(trust, crls)
    try:
        status = validate_pdf_signature(
            emb,
            signer_validation_context=context,
            diff_policy=strict_diff_policy(),
            skip_diff=skip_diff,
            key_usage_settings=KeyUsageConstraints(key_usage=ALLOWED_KEY_USAGES, match_all_key_usages=False),
        )
    except (SignatureValidationError, PdfError, ValueError, KeyError, TypeError) as exc:
        check.problems.append(f"the signature cannot be checked ({exc})")
        return check
    check.intact, check.valid, check.trusted = bool(status.intact), bool(status.valid), bool(status.trusted)
    check.time = _iso(status.signer_reported_dt)
    found = chain.check_chain(
        emb.signer_cert, emb.other_embedded_certs, trust, crls,
        embedded_crls=revinfo.embedded_crls(emb), signed_at=status.signer_reported_dt,
    )  # fmt: skip
    check.chain, check.revocation = found.chain, found.revocation
    check.problems += found.problems
    check.trusted = check.trusted and not found.problems  # e.g. revoked: pyHanko's soft-fail lets it pass
    coverage, level = status.coverage, status.modification_level
    check.coverage = coverage.name.lower().replace("_", "-") if coverage is not None else "unknown"
    check.modification = level.name.lower().replace("_", "-") if level is not None else None
    if not check.intact:
        check.problems.append("the signed content has changed since it was signed (digest mismatch)")
    elif not check.valid:
        check.problems.append("the cryptographic signature is not valid")
    if not placement.sound:
        return check  # the placement problems say why; pyHanko's coverage verdict means nothing then
    ends_file = placement.end == file_size
    if ends_file:
        check.whole_document = coverage == SignatureCoverageLevel.ENTIRE_FILE
    else:
        check.whole_document = (
            coverage == SignatureCoverageLevel.ENTIRE_REVISION
            and emb.signed_revision == placement.revision
            and level is not None
            and level <= ModificationLevel.FORM_FILLING
        )
    if check.intact and not check.whole_document and skip_diff and not ends_file:
        check.problems.append("what follows this signature was not examined: the file does not end with a signature")
    elif check.intact and not check.whole_document:
        if coverage is not None and coverage < SignatureCoverageLevel.ENTIRE_REVISION:
            check.problems.append("the signature does not cover its whole revision of the document")
        else:
            check.problems.append("the document was changed after this signature by more than further signatures")
    return check
