"""Signing identities: what a new certificate says, how the file is protected, import and export."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID

from assessor.core import paths
from assessor.core.storage import FileProblem, OutputExists
from assessor.signing import identity
from assessor.signing.errors import WrongPassphrase
from tests.signing.reports import SigningIdentity


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_identity_names_the_signer_and_allows_signing(assessor_id: SigningIdentity) -> None:
    opened = identity.open_identity(assessor_id.path, assessor_id.passphrase)
    cert = opened.certificate
    assert opened.signatory == identity.Signatory(
        "Zoë Müller-Łukasiewicz", "Hôpital Saint-Éloi", "Data protection officer", ""
    )
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical
    assert usage.value.digital_signature and usage.value.content_commitment  # content_commitment = nonRepudiation
    assert not usage.value.key_cert_sign
    eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert ExtendedKeyUsageOID.EMAIL_PROTECTION in eku
    assert identity.EKU_DOCUMENT_SIGNING in eku
    assert cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca is False
    lifetime = cert.not_valid_after_utc - cert.not_valid_before_utc
    assert dt.timedelta(days=3 * 365) <= lifetime <= dt.timedelta(days=3 * 366)
    assert cert.not_valid_before_utc <= dt.datetime.now(dt.UTC)
    assert isinstance(opened.key, ec.EllipticCurvePrivateKey)
    assert opened.info.self_signed


def test_rsa_is_3072_bits(rsa_id: SigningIdentity) -> None:
    opened = identity.open_identity(rsa_id.path, rsa_id.passphrase)
    assert isinstance(opened.key, rsa.RSAPrivateKey) and opened.key.key_size == 3072


def test_email_goes_into_the_certificate() -> None:
    _, cert = identity.create_identity("A B", "Org", passphrase=b"p", email="a.b@example.org", key="ec")
    assert identity.signatory_of(cert).email == "a.b@example.org"
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.RFC822Name) == ["a.b@example.org"]


def test_saved_identity_is_private_to_its_owner(tmp_path: Path) -> None:
    data, _ = identity.create_identity("Kim Lee", "Org", passphrase=b"p", key="ec")
    saved = identity.save_identity(data, name="Kim Lee")
    assert saved == paths.identities_dir() / "kim-lee.p12"
    assert mode_of(saved) == 0o600
    assert mode_of(saved.parent) == 0o700
    with pytest.raises(OutputExists):
        identity.save_identity(data, name="Kim Lee")
    identity.save_identity(data, name="Kim Lee", overwrite=True)
    assert mode_of(saved) == 0o600
    assert identity.list_identities() == [saved]
    assert not list(saved.parent.glob(".*saving"))


def test_the_passphrase_encrypts_the_key(assessor_id: SigningIdentity) -> None:
    data = assessor_id.path.read_bytes()
    assert b"PRIVATE KEY" not in data
    with pytest.raises(WrongPassphrase) as caught:
        identity.open_identity(assessor_id.path, b"not the passphrase")
    assert str(caught.value) == f"wrong passphrase for {assessor_id.path.name}"
    with pytest.raises(WrongPassphrase):
        identity.open_identity(assessor_id.path, b"")


def test_encryption_is_strong(assessor_id: SigningIdentity) -> None:
    from asn1crypto import pkcs12 as asn1_pkcs12

    pfx = asn1_pkcs12.Pfx.load(assessor_id.path.read_bytes())
    safes = asn1_pkcs12.AuthenticatedSafe.load(pfx["auth_safe"]["content"].native)
    algorithms = set()
    for info in safes:
        if info["content_type"].native == "encrypted_data":
            algorithms.add(info["content"]["encrypted_content_info"]["content_encryption_algorithm"].encryption_cipher)
        else:
            for bag in asn1_pkcs12.SafeContents.load(info["content"].native):
                if bag["bag_id"].native == "pkcs8_shrouded_key_bag":
                    algorithms.add(bag["bag_value"]["encryption_algorithm"].encryption_cipher)
    assert algorithms == {"aes"}, algorithms  # PBES2 with AES, not the legacy RC2/3DES


def test_empty_passphrase_and_missing_fields_are_refused() -> None:
    with pytest.raises(ValueError, match="empty passphrase"):
        identity.create_identity("A", "B", passphrase=b"", key="ec")
    with pytest.raises(ValueError, match="name"):
        identity.create_identity("  ", "B", passphrase=b"p", key="ec")
    with pytest.raises(ValueError, match="organisation"):
        identity.create_identity("A", "", passphrase=b"p", key="ec")
    with pytest.raises(ValueError, match="too long"):
        identity.create_identity("A" * 65, "B", passphrase=b"p", key="ec")


def test_not_an_identity_file(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.p12"
    bogus.write_bytes(b"this is not PKCS#12")
    with pytest.raises(FileProblem, match="not a PKCS#12 identity file") as caught:
        identity.open_identity(bogus, b"p")
    assert not isinstance(caught.value, WrongPassphrase)
    with pytest.raises(FileProblem, match="does not exist"):
        identity.open_identity(tmp_path / "missing.p12", b"p")


def test_import_checks_the_passphrase_then_copies_privately(tmp_path: Path, board_id: SigningIdentity) -> None:
    source = tmp_path / "Board Chair.pfx"
    source.write_bytes(board_id.path.read_bytes())
    with pytest.raises(WrongPassphrase):
        identity.import_identity(source, b"wrong")
    assert identity.list_identities() == []
    target = identity.import_identity(source, board_id.passphrase)
    assert target == paths.identities_dir() / "Board Chair.pfx"
    assert target.read_bytes() == source.read_bytes()
    assert mode_of(target) == 0o600
    with pytest.raises(OutputExists):
        identity.import_identity(source, board_id.passphrase)


def test_export_certificate_pem_matches(board_id: SigningIdentity) -> None:
    opened = identity.open_identity(board_id.path, board_id.passphrase)
    pem = identity.certificate_pem(opened.certificate)
    assert pem == board_id.cert_pem
    assert pem.startswith(b"-----BEGIN CERTIFICATE-----")
    [loaded] = identity.load_certificates(pem)
    assert loaded == opened.certificate


def test_file_names_are_portable() -> None:
    assert identity.file_name_for("Zoë Müller") == "zoe-muller.p12"
    assert identity.file_name_for("李华") == "identity.p12"
    assert identity.file_name_for("  Dr. A. O'Brien ") == "dr-a-o-brien.p12"
