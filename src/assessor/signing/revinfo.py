"""Revocation information embedded at signing (PAdES B-LT), so that a report can be checked later offline.

``sign --crl FILE`` (or ``countersign --crl FILE``) wraps the signing key in `WithRevocationInfo`: the key's
certificate is first checked against the lists (a revoked certificate does not sign), then pyHanko puts
the lists and the chain in the document's security store (DSS) in the same revision as the signature, so
the signature covers them and nothing follows it. `verify` reads them back (`embedded_crls`) and uses them
as if the reader had given them, but requires each to have been current when the signature was made.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from assessor.signing.chain import check_chain
from assessor.signing.errors import SigningProblem
from assessor.signing.identity import Signatory


def _asn1(cert: x509.Certificate) -> Any:
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


class WithRevocationInfo:
    """A signing key (a `.p12` identity or a key on a token) and the CRLs to embed with its signature."""

    def __init__(self, key: Any, crls: Sequence[x509.CertificateRevocationList]) -> None:
        self.key = key
        self.crls = list(crls)
        self.certificate: x509.Certificate = key.certificate
        self.chain: tuple[x509.Certificate, ...] = tuple(key.chain)
        roots = [c for c in self.chain if c.issuer == c.subject]
        if not roots:
            raise SigningProblem(
                "to embed revocation information the chain up to the root is needed: give it with --chain ROOT.pem"
            )
        chain = [_asn1(c) for c in self.chain]
        found = check_chain(_asn1(self.certificate), chain, [_asn1(r) for r in roots], self.crls)
        if found.revocation == "revoked" or found.problems:
            raise SigningProblem(f"refusing to sign: {'; '.join(found.problems)}")
        if found.revocation != "good":
            raise SigningProblem("none of the revocation lists given was issued by the signer's certificate authority")
        self._roots = roots

    @property
    def signatory(self) -> Signatory:
        signatory: Signatory = self.key.signatory
        return signatory

    def pyhanko_signer(self) -> Any:
        from assessor.signing.sign import _signer

        return _signer(self.key)

    def signature_settings(self) -> dict[str, Any]:
        """What pyHanko's PdfSignatureMetadata needs to embed the lists in the signed revision."""
        from pyhanko.sign.signers.pdf_signer import DSSContentSettings, SigDSSPlacementPreference
        from pyhanko_certvalidator import ValidationContext

        context = ValidationContext(
            trust_roots=[_asn1(r) for r in self._roots],
            other_certs=[_asn1(c) for c in self.chain],
            crls=[c.public_bytes(serialization.Encoding.DER) for c in self.crls],
            allow_fetching=False,
            revocation_mode="soft-fail",
        )
        return {
            "embed_validation_info": True,
            "validation_context": context,
            "dss_settings": DSSContentSettings(
                placement=SigDSSPlacementPreference.TOGETHER_WITH_SIGNATURE, include_vri=False
            ),
        }


def signature_settings(key: Any) -> dict[str, Any]:
    """Extra PdfSignatureMetadata settings for ``key``: none unless it carries revocation lists."""
    return key.signature_settings() if isinstance(key, WithRevocationInfo) else {}


def embedded_crls(emb: Any) -> list[x509.CertificateRevocationList]:
    """The CRLs in the security store (DSS) of the revision a signature covers; [] when there is none."""
    from pyhanko.sign.validation.dss import DocumentSecurityStore
    from pyhanko.sign.validation.errors import NoDSSFoundError

    try:
        dss = DocumentSecurityStore.read_dss(emb.reader.get_historical_resolver(emb.signed_revision))
    except NoDSSFoundError:
        return []
    out = []
    for ref in dss.crls:
        try:
            out.append(x509.load_der_x509_crl(ref.get_object().data))
        except (ValueError, TypeError, AttributeError):
            continue  # not a CRL assessor can read: as if absent
    return out
