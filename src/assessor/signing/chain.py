"""A signer's certificate chain, its dates and key usage, and revocation checked offline against CRL files.

pyHanko's path validation says whether a signature chains to a certificate the reader trusts (a
root or an intermediate given with ``--trust``). This module adds what a board needs to read:

- the chain, signer first, each by its subject, built from the certificates the signature carries
  and the trusted ones;
- each certificate's dates (checked at the time of verification: a signature without a trusted
  timestamp proves no earlier time) and the signer's key usage (digital signature or non-repudiation);
- revocation, from CRL files only (the app never goes online): when a CRL issued by a certificate's
  issuer is given, it decides ("revoked" or "good"), and a CRL that cannot be relied on (wrong
  signature, out of date) is a failure, not a pass. Without such a CRL: "not-checked".
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

Revocation = Literal["good", "revoked", "not-checked"]
_ATTRIBUTE_NAMES = {
    NameOID.TITLE: "title",
    NameOID.EMAIL_ADDRESS: "emailAddress",
    NameOID.SERIAL_NUMBER: "serialNumber",
}
MAX_CHAIN = 10


def load_crls(items: Iterable[bytes]) -> list[x509.CertificateRevocationList]:
    """CRLs from DER or PEM bytes (a PEM item may hold several); ValueError when one is not a CRL."""
    out: list[x509.CertificateRevocationList] = []
    for data in items:
        if b"-----BEGIN" in data:
            blocks = data.split(b"-----END X509 CRL-----")
            found = [b + b"-----END X509 CRL-----\n" for b in blocks if b"-----BEGIN X509 CRL-----" in b]
            if not found:
                raise ValueError("no X509 CRL block in the PEM data")
            out.extend(x509.load_pem_x509_crl(b[b.index(b"-----BEGIN X509 CRL-----") :]) for b in found)
        else:
            out.append(x509.load_der_x509_crl(data))
    return out


def validation_context(trust: Sequence[Any], crls: Sequence[x509.CertificateRevocationList] = ()) -> Any:
    """pyHanko's context: the given certificates as trust anchors, the CRLs as the only revocation info."""
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(
        trust_roots=list(trust),
        allow_fetching=False,
        crls=[c.public_bytes(serialization.Encoding.DER) for c in crls],
        revocation_mode="soft-fail",
    )


@dataclass
class ChainCheck:
    chain: list[str] = field(default_factory=list)  # subjects (RFC 4514), signer first
    revocation: Revocation = "not-checked"
    problems: list[str] = field(default_factory=list)


def _crypto(cert: Any) -> x509.Certificate:
    return x509.load_der_x509_certificate(cert.dump())


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    if cert.issuer != issuer.subject:
        return False
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def build_chain(
    signer: x509.Certificate, pool: Sequence[x509.Certificate], anchors: Sequence[x509.Certificate]
) -> list[x509.Certificate]:
    """signer, its issuer, … up to a trusted certificate, a self-signed one, or the last one found."""
    chain = [signer]
    while len(chain) < MAX_CHAIN:
        last = chain[-1]
        if last in anchors or last.issuer == last.subject:
            break
        issuer = next((c for c in [*anchors, *pool] if c not in chain and _issued_by(last, c)), None)
        if issuer is None:
            break
        chain.append(issuer)
    return chain


def _who(cert: x509.Certificate) -> str:
    from assessor.signing.identity import signatory_of

    return signatory_of(cert).name


def _dates(cert: x509.Certificate, label: str, now: dt.datetime) -> list[str]:
    if now > cert.not_valid_after_utc:
        return [f"{label} expired on {cert.not_valid_after_utc:%Y-%m-%d}"]
    if now < cert.not_valid_before_utc:
        return [f"{label} is not valid before {cert.not_valid_before_utc:%Y-%m-%d}"]
    return []


def can_sign(cert: x509.Certificate) -> bool:
    """Whether the key usage allows a document signature (digitalSignature or nonRepudiation)."""
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return True
    return bool(usage.digital_signature or usage.content_commitment)


def _key_usage(cert: x509.Certificate) -> list[str]:
    if can_sign(cert):
        return []
    return ["the signer's certificate is not for signing: its key usage allows neither digital signature "
            "nor non-repudiation"]  # fmt: skip


DatedCrl = tuple[x509.CertificateRevocationList, dt.datetime]  # a CRL and when it must have been current


def _revocation(
    cert: x509.Certificate, issuer: x509.Certificate | None, crls: Sequence[DatedCrl], label: str
) -> tuple[Revocation, list[str]]:
    covering = [(c, when) for c, when in crls if c.issuer == cert.issuer]
    if not covering:
        return "not-checked", []
    problems: list[str] = []
    status: Revocation = "not-checked"
    for crl, when in covering:
        if issuer is None:
            problems.append(f"the revocation list for {label} cannot be checked: its issuer's certificate is "
                            "neither in the signature nor trusted")  # fmt: skip
            continue
        if not crl.is_signature_valid(issuer.public_key()):  # type: ignore[arg-type]
            problems.append(f"a revocation list names {_who(issuer)} as issuer but is not signed by it")
            continue
        entry = crl.get_revoked_certificate_by_serial_number(cert.serial_number)
        if entry is not None:
            reason = ""
            with contextlib.suppress(x509.ExtensionNotFound):
                reason = f" ({entry.extensions.get_extension_for_class(x509.CRLReason).value.reason.value})"
            problems.append(f"{label} was revoked on {entry.revocation_date_utc:%Y-%m-%d}{reason}")
            return "revoked", problems
        next_update = crl.next_update_utc
        if next_update is not None and next_update < when:
            problems.append(f"the revocation list from {_who(issuer)} is out of date (next update was due "
                            f"{next_update:%Y-%m-%d}); get the current one")  # fmt: skip
            continue
        status = "good"
    if status == "good":
        problems = []  # one current, correctly signed list that does not name the certificate is enough
    return status, problems


def check_chain(
    signer: Any,
    embedded: Sequence[Any],
    trust: Sequence[Any],
    crls: Sequence[x509.CertificateRevocationList] = (),
    now: dt.datetime | None = None,
    *,
    embedded_crls: Sequence[x509.CertificateRevocationList] = (),
    signed_at: dt.datetime | None = None,
) -> ChainCheck:
    """The signer's chain, dates, key usage and revocation. Certificates as asn1crypto objects (pyHanko's).

    ``crls`` (given by the reader) must be current now; ``embedded_crls`` (embedded at signing, PAdES B-LT)
    must have been current when the signature says it was made.
    """
    now = now or dt.datetime.now(dt.UTC)
    dated = [(c, now) for c in crls] + [(c, signed_at or now) for c in embedded_crls]
    signer_cert = _crypto(signer)
    anchors = [_crypto(c) for c in trust]
    chain = build_chain(signer_cert, [_crypto(c) for c in embedded], anchors)
    result = ChainCheck(chain=[c.subject.rfc4514_string(_ATTRIBUTE_NAMES) for c in chain])
    result.problems += _dates(signer_cert, "the signer's certificate", now) + _key_usage(signer_cert)
    for cert in chain[1:]:
        result.problems += _dates(cert, f"the issuing certificate {_who(cert)}", now)
    statuses: list[Revocation] = []
    for i, cert in enumerate(chain):
        if cert.issuer == cert.subject or (i > 0 and cert in anchors):
            break
        issuer = chain[i + 1] if i + 1 < len(chain) else None
        label = "the signer's certificate" if i == 0 else f"the issuing certificate {_who(cert)}"
        status, problems = _revocation(cert, issuer, dated, label)
        statuses.append(status)
        result.problems += problems
    if "revoked" in statuses:
        result.revocation = "revoked"
    elif statuses and statuses[0] == "good":
        result.revocation = "good"
    return result
