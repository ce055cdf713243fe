"""A test PKI made with cryptography: root CA → intermediate CA → signer, and CRLs.

Keys are EC P-256 for the CAs (fast to make) and RSA 2048 for the signers, whose keys go on a
SoftHSM2 token (SoftHSM signs RSA with SHA-256 in one mechanism). Certificates carry what an
institution's would: key usages, subject and authority key identifiers, basic constraints.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
Key = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


@dataclass
class Issued:
    key: Key
    cert: x509.Certificate
    issuer: Issued | None = None
    revoked: list[int] = field(default_factory=list)

    @property
    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    @property
    def der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    def key_pkcs8_pem(self) -> bytes:
        return self.key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )


def _name(cn: str, org: str, title: str = "") -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.ORGANIZATION_NAME, org)]
    if title:
        attrs.append(x509.NameAttribute(NameOID.TITLE, title))
    return x509.Name(attrs)


def _usage(*, sign: bool, ca: bool, encipher: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=sign,
        content_commitment=sign,
        key_encipherment=encipher,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def issue(
    subject: x509.Name,
    *,
    issuer: Issued | None,
    ca: bool,
    key: Key | None = None,
    signing_usage: bool = True,
    not_before: dt.datetime | None = None,
    not_after: dt.datetime | None = None,
) -> Issued:
    """A certificate for ``subject`` signed by ``issuer`` (self-signed when None)."""
    key = key or (ec.generate_private_key(ec.SECP256R1()) if ca else rsa.generate_private_key(65537, 2048))
    signer_key = issuer.key if issuer else key
    public = key.public_key()
    start = not_before or NOW - dt.timedelta(days=30)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.cert.subject if issuer else subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(not_after or start + dt.timedelta(days=3650 if ca else 730))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(
            _usage(sign=signing_usage and not ca, ca=ca, encipher=not ca and not signing_usage), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
    )
    if issuer is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()),  # type: ignore[arg-type]
            critical=False,
        )
    cert = builder.sign(signer_key, hashes.SHA256())
    return Issued(key, cert, issuer)


def crl(issuer: Issued, revoked: list[Issued] = (), *, pem: bool = False) -> bytes:  # type: ignore[assignment]
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(issuer.cert.subject)
        .last_update(NOW - dt.timedelta(days=1))
        .next_update(NOW + dt.timedelta(days=30))
        .add_extension(x509.CRLNumber(1), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()),  # type: ignore[arg-type]
            critical=False,
        )
    )
    for item in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(item.cert.serial_number)
            .revocation_date(NOW - dt.timedelta(hours=1))
            .build()
        )
    made = builder.sign(issuer.key, hashes.SHA256())
    return made.public_bytes(serialization.Encoding.PEM if pem else serialization.Encoding.DER)


@dataclass
class Pki:
    root: Issued
    intermediate: Issued
    signer: Issued  # the assessor (on the token)
    board: Issued  # the board chair (on the token)
    no_signing: Issued  # a certificate for encryption only (on the token)
    other_root: Issued  # an unrelated CA

    def write(self, folder: Path) -> dict[str, Path]:
        folder.mkdir(parents=True, exist_ok=True)
        files = {
            "root": (self.root.pem, "root.pem"),
            "intermediate": (self.intermediate.pem, "intermediate.pem"),
            "chain": (self.intermediate.pem + self.root.pem, "chain.pem"),
            "other_root": (self.other_root.pem, "other-root.pem"),
            "crl_revoking_signer": (crl(self.intermediate, [self.signer]), "revoked.crl"),
            "crl_revoking_signer_pem": (crl(self.intermediate, [self.signer], pem=True), "revoked-pem.crl"),
            "crl_clean": (crl(self.intermediate), "clean.crl"),
            "crl_other": (crl(self.other_root), "other.crl"),
        }
        out = {}
        for key, (data, name) in files.items():
            (folder / name).write_bytes(data)
            out[key] = folder / name
        return out


def make_pki() -> Pki:
    root = issue(_name("Test Health Root CA", "Test National Health PKI"), issuer=None, ca=True)
    inter = issue(_name("Test Hospital Issuing CA", "Hôpital Saint-Éloi"), issuer=root, ca=True)
    signer = issue(_name("Zoë Müller", "Hôpital Saint-Éloi", "Data protection officer"), issuer=inter, ca=False)
    board = issue(_name("Amara Okafor", "Research Ethics Board", "Chair"), issuer=inter, ca=False)
    no_signing = issue(_name("Encryption Only", "Hôpital Saint-Éloi"), issuer=inter, ca=False, signing_usage=False)
    other = issue(_name("Unrelated Root CA", "Elsewhere"), issuer=None, ca=True)
    return Pki(root, inter, signer, board, no_signing, other)
