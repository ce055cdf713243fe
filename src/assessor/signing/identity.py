"""Signing identities: a private key and its certificate in a passphrase-protected PKCS#12 file.

An identity is either made here (self-signed, for an assessor without an institutional certificate)
or imported from the institution's ``.p12``/``.pfx``. Identities live in the user's data folder
(`assessor.core.paths.identities_dir`), readable by the user only (mode 0600). The passphrase is
never stored or logged: it is asked for each time the key is used.

Self-signed certificates carry the key usages a signature validator expects of a signer
(digitalSignature and nonRepudiation, critical) and the extended key usages for e-mail protection
and document signing, so that Adobe Reader, poppler and pyHanko accept them once trusted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier

from assessor.core import paths
from assessor.core.storage import FileProblem, write_atomic
from assessor.signing.errors import WrongPassphrase

KeyKind = Literal["rsa", "ec"]
KEY_KINDS: tuple[KeyKind, ...] = ("rsa", "ec")
RSA_BITS = 3072
VALIDITY_DAYS = 3 * 365 + 1  # three years, one of them possibly a leap year
IDENTITY_SUFFIXES = (".p12", ".pfx")
MAX_IDENTITY_BYTES = 1024 * 1024

# id-kp-documentSigning (RFC 9336) and Microsoft's document-signing purpose, which Adobe also honours.
EKU_DOCUMENT_SIGNING = ObjectIdentifier("1.3.6.1.5.5.7.3.36")
EKU_MS_DOCUMENT_SIGNING = ObjectIdentifier("1.3.6.1.4.1.311.10.3.12")


@dataclass(frozen=True)
class Signatory:
    """Who a certificate names, as shown in signature boxes and verification results."""

    name: str
    organisation: str = ""
    role: str = ""
    email: str = ""

    @property
    def line(self) -> str:
        """Name, role and organisation on one line, skipping what is missing."""
        return ", ".join(part for part in (self.name, self.role, self.organisation) if part)


@dataclass(frozen=True)
class CertificateInfo:
    signatory: Signatory
    not_before: dt.datetime
    not_after: dt.datetime
    sha256: str  # of the DER certificate, as people compare it over the phone
    self_signed: bool

    @property
    def sha256_grouped(self) -> str:
        return " ".join(self.sha256[i : i + 4].upper() for i in range(0, len(self.sha256), 4))


@dataclass(frozen=True)
class OpenedIdentity:
    """An identity unlocked with its passphrase: what signing needs."""

    path: Path
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]  # further certificates in the file (issuers), if any

    @property
    def info(self) -> CertificateInfo:
        return certificate_info(self.certificate)

    @property
    def signatory(self) -> Signatory:
        return self.info.signatory


# -- reading certificates ------------------------------------------------------------------------------


def _name_attr(name: x509.Name, oid: ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    value = values[0].value if values else ""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def signatory_of(cert: x509.Certificate) -> Signatory:
    subject = cert.subject
    email = _name_attr(subject, NameOID.EMAIL_ADDRESS)
    if not email:
        with contextlib.suppress(x509.ExtensionNotFound):
            san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
            emails = san.get_values_for_type(x509.RFC822Name)
            email = emails[0] if emails else ""
    return Signatory(
        name=_name_attr(subject, NameOID.COMMON_NAME) or subject.rfc4514_string(),
        organisation=_name_attr(subject, NameOID.ORGANIZATION_NAME),
        role=_name_attr(subject, NameOID.TITLE),
        email=email,
    )


def certificate_info(cert: x509.Certificate) -> CertificateInfo:
    return CertificateInfo(
        signatory=signatory_of(cert),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        sha256=hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest(),
        self_signed=cert.issuer == cert.subject,
    )


def load_certificates(data: bytes, name: str = "<certificate>") -> list[x509.Certificate]:
    """Certificates from PEM (one or more) or DER bytes; `FileProblem` when there are none."""
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificates(data)
        return [x509.load_der_x509_certificate(data)]
    except ValueError:
        raise FileProblem(name, "is not a certificate (expected a PEM or DER X.509 certificate)") from None


# -- creating ------------------------------------------------------------------------------------------


def _check_text(label: str, value: str, limit: int = 64) -> str:
    value = " ".join(value.split())
    if len(value) > limit:
        raise ValueError(f"the {label} is too long for a certificate (at most {limit} characters)")
    return value


def _new_key(kind: KeyKind) -> rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey:
    if kind == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS)
    if kind == "ec":
        return ec.generate_private_key(ec.SECP256R1())
    raise ValueError(f"unknown key kind {kind!r} (use rsa or ec)")


def create_identity(
    name: str,
    organisation: str,
    *,
    passphrase: bytes,
    role: str = "",
    email: str = "",
    key: KeyKind = "rsa",
    now: dt.datetime | None = None,
) -> tuple[bytes, x509.Certificate]:
    """A new self-signed identity: the PKCS#12 bytes (encrypted with the passphrase) and its certificate.

    Raises ValueError for an empty name, organisation or passphrase, or a field too long for a certificate.
    """
    name = _check_text("name", name)
    organisation = _check_text("organisation", organisation)
    role = _check_text("role", role)
    email = _check_text("e-mail address", email, limit=128)
    if not name:
        raise ValueError("a name is needed for the identity")
    if not organisation:
        raise ValueError("an organisation is needed for the identity")
    if not passphrase:
        raise ValueError("an empty passphrase is not allowed: the identity file must be protected")
    private_key = _new_key(key)
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, name), x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation)]
    if role:
        attrs.append(x509.NameAttribute(NameOID.TITLE, role))
    if email:
        attrs.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    subject = x509.Name(attrs)
    start = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0) - dt.timedelta(minutes=5)
    public_key = private_key.public_key()
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=VALIDITY_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,  # nonRepudiation
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage(
                [ExtendedKeyUsageOID.EMAIL_PROTECTION, EKU_DOCUMENT_SIGNING, EKU_MS_DOCUMENT_SIGNING]
            ),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    )
    if email:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
    cert = builder.sign(private_key, hashes.SHA256())
    data = pkcs12.serialize_key_and_certificates(
        name.encode("utf-8"), private_key, cert, None, serialization.BestAvailableEncryption(passphrase)
    )
    return data, cert


def file_name_for(name: str) -> str:
    """A portable file name for a person's identity: ``Zoë Müller`` → ``zoe-muller.p12``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return f"{slug or 'identity'}.p12"


def default_identity_path(name: str) -> Path:
    return paths.identities_dir() / file_name_for(name)


def write_private(path: Path | str, data: bytes, *, overwrite: bool = False) -> None:
    """Write a secret file atomically, readable and writable by its owner only (mode 0600)."""
    write_atomic(path, data, overwrite=overwrite, mode=0o600)


def save_identity(data: bytes, path: Path | str | None = None, *, name: str = "", overwrite: bool = False) -> Path:
    """Save PKCS#12 bytes (by default in the identities folder, named after the person); mode 0600."""
    target = Path(path) if path else default_identity_path(name)
    if path is None:
        paths.ensure(target.parent)
    write_private(target, data, overwrite=overwrite)
    return target


# -- opening -------------------------------------------------------------------------------------------


def _read_identity_file(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise FileProblem(path, "is a folder, not an identity file")
        if path.stat().st_size > MAX_IDENTITY_BYTES:
            raise FileProblem(path, "is too large to be an identity file (.p12/.pfx)")
        return path.read_bytes()
    except FileNotFoundError:
        raise FileProblem(path, "does not exist") from None
    except PermissionError:
        raise FileProblem(path, "cannot be read (permission denied)") from None
    except OSError as exc:
        raise FileProblem(path, f"cannot be read ({exc.strerror or exc})") from None


def _is_pkcs12_structure(data: bytes) -> bool:
    from asn1crypto import pkcs12 as asn1_pkcs12

    try:
        pfx = asn1_pkcs12.Pfx.load(data)
        return bool(pfx["version"].native == "v3" and pfx["auth_safe"]["content_type"].native)
    except (ValueError, TypeError, KeyError):
        return False


def open_identity_data(data: bytes, passphrase: bytes, path: Path | str = "<identity>") -> OpenedIdentity:
    from assessor.signing.p12_work import check_work

    path = Path(path)
    check_work(data, path)  # before any hashing: a file may ask for minutes of it
    try:
        key, cert, others = pkcs12.load_key_and_certificates(data, passphrase or None)
    except ValueError:
        if _is_pkcs12_structure(data):
            raise WrongPassphrase(path) from None
        raise FileProblem(path, "is not a PKCS#12 identity file (.p12/.pfx) or is damaged") from None
    if key is None or cert is None:
        raise FileProblem(path, "holds no private key and certificate; a signing identity needs both")
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise FileProblem(path, f"holds a {type(key).__name__} key; only RSA and ECDSA keys can sign reports")
    return OpenedIdentity(path=path, key=key, certificate=cert, chain=tuple(others))


def open_identity(path: Path | str, passphrase: bytes) -> OpenedIdentity:
    """Unlock an identity file. `WrongPassphrase` or `FileProblem` when it cannot be used."""
    path = Path(path)
    return open_identity_data(_read_identity_file(path), passphrase, path)


def import_identity(
    source: Path | str, passphrase: bytes, *, folder: Path | None = None, overwrite: bool = False
) -> Path:
    """Copy an existing ``.p12``/``.pfx`` into the identities folder after checking the passphrase opens it."""
    source = Path(source)
    data = _read_identity_file(source)
    open_identity_data(data, passphrase, source)
    target_folder = paths.ensure(folder or paths.identities_dir())
    suffix = source.suffix.lower() if source.suffix.lower() in IDENTITY_SUFFIXES else ".p12"
    target = target_folder / f"{source.stem}{suffix}"
    write_private(target, data, overwrite=overwrite)
    return target


def list_identities(folder: Path | None = None) -> list[Path]:
    """The identity files in the identities folder, by name."""
    folder = folder or paths.identities_dir()
    if not folder.is_dir():
        return []
    return sorted(
        (p for p in folder.iterdir() if p.suffix.lower() in IDENTITY_SUFFIXES and p.is_file()),
        key=lambda p: p.name.lower(),
    )


def certificate_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)
