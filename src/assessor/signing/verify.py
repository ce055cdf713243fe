"""Verifying a signed report: the orchestrator of every check, and reading only what a signature covers.

For each signature (`signature_status`, `byterange`): who signed (from the certificate), when (the
signing-time attribute), whether the signed bytes are unchanged (*intact*), whether the
cryptographic signature is correct (*valid*), whether the certificate chains to one the reader
trusts (*trusted*; a self-signed certificate given as trusted counts), where its bytes are
(exactly the hex /Contents between its ranges, its dictionary never redefined) and whether it
covers the whole document as it stands: its whole revision, followed only by further signatures
(*whole document*). Then the roles (`roles`: the assessor's signature, the board's
countersignature and its signed decision) and the report profile of the signed revision
(`profile`: nothing a report does not hold; the ids printed on every page).

The report as a whole is *valid* when all of that holds, nothing at all follows the last
signature, and the assessment embedded in the revision the assessor's signature covers has the
fingerprint the report prints. Trust is reported beside it: with a self-signed identity the reader
decides whom to trust (``--trust CERT.pem``).

The Keywords and the embedded assessment are read from the revision the first signature covers,
as found from the raw bytes, never from a later update.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from dataclasses import field as dataclass_field
from typing import Any

from assessor.core.assessment import fingerprint
from assessor.core.storage import FileProblem, loads_assessment
from assessor.signing import byterange, profile, roles
from assessor.signing import pdf as pdfdoc
from assessor.signing.errors import NotAPdf, NotVerified, SigningProblem
from assessor.signing.signature_status import SignatureCheck, check_signature

__all__ = ["SignatureCheck", "Verification", "load_trust", "read_signed_report", "verify_pdf", "verify_reader"]

logging.getLogger("pyhanko").addHandler(logging.NullHandler())  # no stray warnings on a user's terminal
logging.getLogger("pyhanko_certvalidator").addHandler(logging.NullHandler())

TOO_DEEP = "is nested too deeply to be read as a report"


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
    signed_revision: int | None = None  # the revision the assessor's signature covers, when it is sound
    readable: bool = True  # False: the PDF itself cannot be read (damaged, nested too deeply), let alone checked

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("signed_revision", None)
        data.pop("readable", None)
        for sig, check in zip(data["signatures"], self.signatures, strict=True):
            for key in ("coverage", "modification", "kind", "revision"):
                sig.pop(key, None)
            sig["signer_role"] = check.role  # the signer's own role, from the certificate
            sig["role"] = check.kind  # assessor | countersignature (PRODUCT.md section 8)
        return data


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


def _comment_of(sig_field: Any) -> str | None:
    """The comment assessor 0.1.0 recorded as the countersignature widget's /Contents."""
    for node in [sig_field, *[k.get_object() for k in sig_field.get("/Kids", []) or []]]:
        value = node.get("/Contents")
        if value is not None:
            return str(value)
    return None


def _file_bytes(reader: Any) -> bytes:
    stream = reader.stream
    stream.seek(0)
    data: bytes = stream.read()
    return data


def _signature_fields(reader: Any, problems: list[str]) -> tuple[list[Any], int]:
    """The document's embedded signatures (pyHanko), and how many fields are signed at all."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign.fields import enumerate_sig_fields

    try:
        every = list(reader.embedded_signatures)
        filled = list(enumerate_sig_fields(reader, filled_status=True))
    except (PdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        problems.append(f"the signatures cannot be read ({exc})")
        return [], 0
    for emb in every:
        if emb.sig_object_type != "/Sig":
            kind = "a document timestamp" if emb.sig_object_type == "/DocTimeStamp" else "a signature of unknown type"
            problems.append(f"{emb.field_name}: {kind}; assessor reports carry none, and it is not checked")
    unchecked = len(filled) - len(every)
    if unchecked > 0:
        problems.append(f"{unchecked} signature(s) of a kind assessor cannot check")
    return [e for e in every if e.sig_object_type == "/Sig"], len(filled)


@dataclass
class _Assessment:
    fingerprint: str | None = None
    match: bool | None = None


def _embedded_assessment(view: Any, printed: pdfdoc.PrintedIds, problems: list[str], notes: list[str]) -> _Assessment:
    out = _Assessment()
    raw = pdfdoc.embedded_assessment_bytes(view)
    if raw is None:
        problems.append("no assessment is embedded in the signed document")
        return out
    try:
        out.fingerprint = fingerprint(loads_assessment(raw, pdfdoc.ASSESSMENT_FILE_NAME))
    except FileProblem as exc:
        out.match = False
        problems.append(f"the embedded assessment cannot be read ({exc.problem})")
        return out
    if printed.fingerprint is None:
        out.match = False
        problems.append("the report prints no fingerprint (no assessment-fingerprint in its Keywords)")
    else:
        out.match = out.fingerprint == printed.fingerprint
        if not out.match:
            problems.append(
                f"the embedded assessment (fingerprint {out.fingerprint[:16]}…) is not the one the report "
                f"prints ({printed.fingerprint[:16]}…)"
            )
    return out


def _assign_roles(
    checks: list[SignatureCheck], embedded: list[Any], reader: Any, assessment_fp: str | None
) -> roles.RoleVerdict:
    facts = []
    for check in checks:
        statement = None
        if check.revision is not None:
            statement = roles.field_statement(reader.get_historical_resolver(check.revision), check.field)
        sound = not check.problems and check.intact and check.valid and check.whole_document
        facts.append(roles.RoleFacts(check.field, check.certificate_sha256, check.reason, statement, sound))
    legacy_comment = _comment_of(embedded[1].sig_field) if len(embedded) > 1 else None
    verdict = roles.assign(facts, assessment_fp, legacy_comment)
    for check, kind in zip(checks, verdict.kinds, strict=True):
        check.kind = kind
    if verdict.decision is not None:
        checks[1].decision, checks[1].comment = verdict.decision, verdict.comment
    return verdict


def verify_reader(
    reader: Any, trust: Sequence[Any] = (), pdf: bytes | None = None, crls: Sequence[Any] = ()
) -> Verification:
    """`verify_pdf` on an open pyHanko reader over ``pdf``, with trust roots already parsed (asn1crypto).

    A structure too damaged or too deeply nested to be followed gives a Verification that is not
    valid, saying so, never an exception.
    """
    from pyhanko.pdf_utils.misc import PdfError

    try:
        return _verify_reader(reader, trust, _file_bytes(reader) if pdf is None else pdf, crls)
    except RecursionError:
        return _unreadable(f"the file {TOO_DEEP}")
    except (PdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, AssertionError, zlib.error) as exc:
        detail = str(exc)[:80]
        return _unreadable(f"the file is a damaged PDF that cannot be checked ({type(exc).__name__}: {detail})")


def _verify_reader(reader: Any, trust: Sequence[Any], data: bytes, crls: Sequence[Any]) -> Verification:
    problems: list[str] = []
    notes: list[str] = []
    embedded, filled = _signature_fields(reader, problems)
    placements = [byterange.place(reader, data, e.sig_field, e.sig_object) for e in embedded]
    order = byterange.order_problems(placements, len(data))
    checks = [
        check_signature(e, trust, p, len(data), skip_diff=bool(order), crls=crls)
        for e, p in zip(embedded, placements, strict=True)
    ]
    problems.extend(order)
    if not filled and not problems:
        problems.append("the document is not signed")
    first = placements[0] if placements and placements[0].sound else None
    signed_revision = first.revision if first is not None else None
    assessment = _Assessment()
    printed = pdfdoc.PrintedIds(None, None)
    if first is not None and first.revision is not None and first.end is not None:
        view = reader.get_historical_resolver(first.revision)
        printed = pdfdoc.printed_ids(view)
        profile_problems = profile.structure_problems(reader, first.revision, profile.ASSESSOR_FIELDS)
        assessment = _embedded_assessment(view, printed, profile_problems, notes)
        if assessment.fingerprint is not None:
            profile_problems += profile.printed_problems(view, assessment.fingerprint, printed.report_id)
        problems.extend(profile_problems)
        last = placements[-1]
        if len(placements) > 1 and last.sound and last.revision is not None:
            problems.extend(f"{checks[-1].field}: {p}" for p in profile.structure_problems(reader, last.revision))
    elif embedded:
        problems.append("the first signature is not where its bytes say, so nothing it claims to cover is read")
    verdict = _assign_roles(checks, embedded, reader, assessment.fingerprint) if checks else None
    problems[:0] = [f"{check.field}: {p}" for check in checks for p in check.problems]
    if verdict is not None:
        problems.extend(verdict.problems)
        notes.extend(verdict.notes)
    valid = (
        bool(checks)
        and not problems
        and all(c.intact and c.valid and c.whole_document for c in checks)
        and assessment.match is True
    )
    if not valid and not problems:
        problems.append("a signature does not verify")
    if not valid and any(c.decision for c in checks):
        for check in checks:
            check.decision = check.comment = None
        notes.append("the countersignature's decision is not shown: the report does not verify")
    return Verification(
        valid=valid,
        trusted=bool(checks) and all(c.trusted for c in checks),
        fingerprint_match=assessment.match,
        fingerprint=assessment.fingerprint,
        printed_fingerprint=printed.fingerprint,
        report_id=printed.report_id,
        signatures=checks,
        problems=problems,
        notes=notes,
        signed_revision=signed_revision if valid else None,
    )


def _unreadable(reason: str) -> Verification:
    return Verification(
        valid=False,
        trusted=False,
        fingerprint_match=None,
        fingerprint=None,
        printed_fingerprint=None,
        report_id=None,
        signatures=[],
        problems=[reason],
        readable=False,
    )


def verify_pdf(pdf: bytes, trust: Sequence[bytes] = (), crls: Sequence[bytes] = ()) -> Verification:
    """Check a signed report. ``trust``: certificates (PEM or DER bytes) whose holders the reader trusts.
    ``crls``: revocation lists (DER or PEM bytes) to check the signers' certificates against, offline.

    Raises `NotAPdf` when the bytes are not a PDF at all. A PDF whose structure is too damaged (or
    too deeply nested) to read gives a Verification that is not valid, saying why.
    """
    from assessor.signing.chain import load_crls

    roots = load_trust(trust)
    try:
        reader = pdfdoc.open_reader(pdf)
        return verify_reader(reader, roots, pdf, load_crls(crls))
    except NotAPdf as exc:
        if pdf.lstrip()[:5] != b"%PDF-":
            raise
        return _unreadable(f"the file {exc.message}")
    except RecursionError:
        return _unreadable(f"the file {TOO_DEEP}")


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


def read_signed_report(pdf: bytes, *, unverified: bool = False) -> SignedReport:
    """The embedded assessment a valid signature covers, and the ids the report prints.

    Raises `NotAPdf`, or `SigningProblem` with the reason when the report does not verify (nothing
    unverified is presented as data) or carries no assessment. ``unverified=True`` (only for
    ``extract --unverified``) reads the revision the first signature claims, or the last one.
    """
    try:
        reader = pdfdoc.open_reader(pdf)
        if unverified:
            view = _claimed_view(reader, pdf)
        else:
            result = verify_reader(reader, (), pdf)
            if not result.valid or result.signed_revision is None:
                raise NotVerified(f"does not verify, so its assessment is not read: {result.problems[0]}")
            view = reader.get_historical_resolver(result.signed_revision)
        raw = pdfdoc.embedded_assessment_bytes(view)
        printed = pdfdoc.printed_ids(view)
    except RecursionError:
        raise NotAPdf(TOO_DEEP) from None
    if raw is None:
        raise SigningProblem(f"carries no embedded assessment ({pdfdoc.ASSESSMENT_FILE_NAME})")
    return SignedReport(raw, printed.report_id, printed.fingerprint, _date_of(printed.report_id))


def _claimed_view(reader: Any, pdf: bytes) -> Any:
    """The revision the first signature's bytes end with, or the file's last one (unverified reading)."""
    from pyhanko.pdf_utils.misc import PdfError

    try:
        embedded = list(reader.embedded_regular_signatures)
    except (PdfError, ValueError, KeyError, TypeError, AttributeError):
        embedded = []
    if embedded:
        placement = byterange.place(reader, pdf, embedded[0].sig_field, embedded[0].sig_object)
        if placement.revision is not None:
            return reader.get_historical_resolver(placement.revision)
    return pdfdoc.latest(reader)
