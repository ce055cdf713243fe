"""Institution-issued identities with their chain, expired signers, and CRLs that cannot be relied on."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from assessor.cli import main
from assessor.signing.chain import load_crls
from assessor.signing.identity import OpenedIdentity, open_identity
from assessor.signing.pkcs11 import pin_state
from assessor.signing.pkcs11_modules import candidate_modules, find_modules
from assessor.signing.sign import sign_pdf_with
from assessor.signing.verify import verify_pdf
from tests.token_signing.conftest import Hsm
from tests.token_signing.pki import NOW, Issued, crl


def p12_with_chain(item: Issued, chain: list[Issued], passphrase: bytes) -> bytes:
    return pkcs12.serialize_key_and_certificates(
        b"institution", item.key, item.cert, [c.cert for c in chain],  # type: ignore[arg-type]
        serialization.BestAvailableEncryption(passphrase),
    )  # fmt: skip


def test_an_institution_p12_with_intermediates_embeds_its_chain(
    hsm: Hsm, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pki = hsm.pki
    p12 = tmp_path / "institution.p12"
    p12.write_bytes(p12_with_chain(pki.signer, [pki.intermediate, pki.root], b"pfx pass"))
    opened = open_identity(p12, b"pfx pass")
    assert [c.subject for c in opened.chain] == [pki.intermediate.cert.subject, pki.root.cert.subject]
    monkeypatch.setenv("PFX_PASS", "pfx pass")
    signed = tmp_path / "signed.pdf"
    code = main(["sign", str(hsm.files["report"]), "--assessment", str(hsm.files["assessment"]),
                 "--identity", str(p12), "--passphrase-env", "PFX_PASS", "-o", str(signed)])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    # the reader holds only the root: the intermediate came inside the signature
    assert main(["verify", str(signed), "--trust", str(hsm.files["root"]), "--json"]) == 0
    (sig,) = json.loads(capsys.readouterr().out)["signatures"]
    assert sig["trusted"] and len(sig["chain"]) == 3


def test_a_p12_without_its_intermediate_takes_the_chain_from_a_file(
    hsm: Hsm, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    p12 = tmp_path / "bare.p12"
    p12.write_bytes(p12_with_chain(hsm.pki.signer, [], b"pfx pass"))
    monkeypatch.setenv("PFX_PASS", "pfx pass")
    signed = tmp_path / "signed.pdf"
    args = ["sign", str(hsm.files["report"]), "--assessment", str(hsm.files["assessment"]), "--identity", str(p12),
            "--passphrase-env", "PFX_PASS", "-o", str(signed)]  # fmt: skip
    assert main([*args, "--chain", str(hsm.files["intermediate"])]) == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main(["verify", str(signed), "--trust", str(hsm.files["root"])]) == 0


def test_a_p12_whose_certificate_cannot_sign_is_refused(
    hsm: Hsm, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PFX_PASS", "pfx pass")
    for item, message in ((hsm.pki.no_signing, "is not for signing"), (hsm.expired, "expired on")):
        p12 = tmp_path / "cannot.p12"
        p12.write_bytes(p12_with_chain(item, [hsm.pki.intermediate], b"pfx pass"))
        out = tmp_path / "signed.pdf"
        args = ["sign", str(hsm.files["report"]), "--assessment", str(hsm.files["assessment"]),
                "--identity", str(p12), "--passphrase-env", "PFX_PASS", "-o", str(out)]  # fmt: skip
        assert main(args) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"assessor: {p12}: the certificate of ") and message in err and err.count("\n") == 1
        assert not out.exists()


def test_an_expired_signer_is_not_valid(hsm: Hsm) -> None:
    old = hsm.expired
    identity = OpenedIdentity(Path("old.p12"), old.key, old.cert, (hsm.pki.intermediate.cert,))  # type: ignore[arg-type]
    signed = sign_pdf_with(hsm.report, identity, assessment=hsm.assessment)
    result = verify_pdf(signed, [hsm.pki.root.pem])
    assert not result.valid and not result.trusted
    expiry = old.cert.not_valid_after_utc.date().isoformat()
    assert f"AssessorSignature: the signer's certificate expired on {expiry}" in result.problems


def test_a_certificate_not_for_signing_is_not_valid(hsm: Hsm) -> None:
    enc = hsm.pki.no_signing
    identity = OpenedIdentity(Path("enc.p12"), enc.key, enc.cert, (hsm.pki.intermediate.cert,))  # type: ignore[arg-type]
    signed = sign_pdf_with(hsm.report, identity, assessment=hsm.assessment)  # (the command line refuses it)
    result = verify_pdf(signed, [hsm.pki.root.pem])
    assert not result.valid and not result.trusted
    assert any("is not for signing: its key usage allows neither" in p for p in result.problems)


@pytest.fixture(scope="session")
def signed_by_card_key(hsm: Hsm) -> bytes:
    from assessor.signing.pkcs11 import open_token_key
    from tests.token_signing.conftest import ASSESSOR_PIN, ASSESSOR_TOKEN

    with open_token_key(hsm.module, ASSESSOR_TOKEN, "zoe", ASSESSOR_PIN) as key:
        return sign_pdf_with(hsm.report, key, assessment=hsm.assessment)


def test_a_crl_not_signed_by_the_issuer_is_a_failure(hsm: Hsm, signed_by_card_key: bytes) -> None:
    forged = crl(Issued(hsm.pki.other_root.key, hsm.pki.intermediate.cert))  # the issuer's name, another key
    result = verify_pdf(signed_by_card_key, [hsm.pki.root.pem], crls=[forged])
    assert not result.valid
    assert result.signatures[0].revocation == "not-checked"
    assert any("names Test Hospital Issuing CA as issuer but is not signed by it" in p for p in result.problems)


def test_an_out_of_date_crl_cannot_say_good(hsm: Hsm, signed_by_card_key: bytes) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    issuer = hsm.pki.intermediate
    stale = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(issuer.cert.subject)
        .last_update(NOW - dt.timedelta(days=60))
        .next_update(NOW - dt.timedelta(days=30))
        .sign(issuer.key, hashes.SHA256())  # type: ignore[arg-type]
        .public_bytes(serialization.Encoding.DER)
    )
    result = verify_pdf(signed_by_card_key, [hsm.pki.root.pem], crls=[stale])
    assert not result.valid and result.signatures[0].revocation == "not-checked"
    assert any("is out of date" in p for p in result.problems)
    # a current list alongside it decides
    result = verify_pdf(signed_by_card_key, [hsm.pki.root.pem], crls=[stale, hsm.files["crl_clean"].read_bytes()])
    assert result.valid and result.signatures[0].revocation == "good"


def test_a_pem_file_may_hold_several_crls(hsm: Hsm) -> None:
    both = crl(hsm.pki.intermediate, pem=True) + crl(hsm.pki.root, [hsm.pki.intermediate], pem=True)
    assert [c.issuer for c in load_crls([both])] == [hsm.pki.intermediate.cert.subject, hsm.pki.root.cert.subject]
    assert len(load_crls([hsm.pki.root.pem + crl(hsm.pki.root, pem=True)])) == 1  # a certificate beside it is skipped
    with pytest.raises(ValueError):
        load_crls([hsm.pki.root.pem])


def test_a_revoked_intermediate_revokes_the_chain(hsm: Hsm, signed_by_card_key: bytes) -> None:
    revoking = crl(hsm.pki.root, [hsm.pki.intermediate])
    result = verify_pdf(signed_by_card_key, [hsm.pki.root.pem], crls=[revoking])
    assert not result.valid and result.signatures[0].revocation == "revoked"
    assert any("the issuing certificate Test Hospital Issuing CA was revoked on" in p for p in result.problems)


def test_what_the_token_says_about_its_pin(hsm: Hsm) -> None:
    from assessor.signing.pkcs11 import has_pin_pad
    from tests.token_signing.conftest import ASSESSOR_TOKEN

    assert not has_pin_pad(hsm.module, ASSESSOR_TOKEN)  # SoftHSM2 has no keypad: the PIN is typed or given
    assert pin_state(0) == ""
    assert pin_state(0x10000) == "few tries left"
    assert pin_state(0x10000 | 0x20000) == "one try left"
    assert pin_state(0x40000) == "locked"


def test_modules_are_looked_for_where_each_system_installs_them() -> None:
    assert any("opensc-pkcs11.dll" in p for p in candidate_modules("win32"))
    assert any("opensc-pkcs11.so" in p for p in candidate_modules("darwin"))
    assert candidate_modules("linux") == candidate_modules("linux2")
    assert find_modules("plan9") == []
    assert any(p.name == "libsofthsm2.so" for p in find_modules("linux"))  # installed by scripts/sysdeps.sh


def test_a_token_that_fails_while_signing_says_so(hsm: Hsm) -> None:
    from assessor.signing.errors import SigningProblem
    from assessor.signing.pkcs11 import open_token_key
    from tests.token_signing.conftest import ASSESSOR_PIN, ASSESSOR_TOKEN

    key = open_token_key(hsm.module, ASSESSOR_TOKEN, "zoe", ASSESSOR_PIN)
    signer = key.pyhanko_signer()
    key.close()  # as when the card is pulled out between choosing the key and signing
    with pytest.raises(SigningProblem, match=f"token '{ASSESSOR_TOKEN}': the signature could not be made"):
        sign_pdf_with(hsm.report, _Ready(key, signer), assessment=hsm.assessment)


class _Ready:
    """The key as `sign` sees it, with the signer made before the session ended."""

    def __init__(self, key: object, signer: object) -> None:
        self.signatory = key.signatory  # type: ignore[attr-defined]
        self._signer = signer

    def pyhanko_signer(self) -> object:
        return self._signer
