"""Signing and countersigning through a real PKCS#11 module (SoftHSM2), checked against the test CA."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.token_signing.conftest import (
    ASSESSOR_PIN,
    ASSESSOR_TOKEN,
    BOARD_TOKEN,
    Hsm,
    countersign_args,
    one_line_failure,
    run,
    sign_args,
    verify_json,
)


def test_signed_and_countersigned_through_tokens_verify_against_the_root(
    hsm: Hsm, token_signed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, result = verify_json(token_signed / "countersigned.pdf", capsys, "--trust", str(hsm.files["root"]))
    assert code == 0, result["problems"]
    assert result["valid"] and result["trusted"] and result["fingerprint_match"]
    first, second = result["signatures"]
    assert first["signer"] == "Zoë Müller" and second["signer"] == "Amara Okafor"
    assert second["decision"] == "conditions"
    # the assessor's chain came from the card, the board's from --chain: both embedded, signer first
    for sig, cn in ((first, "Zoë Müller"), (second, "Amara Okafor")):
        assert [s.split(",")[-1] for s in sig["chain"]] == [  # RFC 4514: the last RDN first
            f"CN={cn}",
            "CN=Test Hospital Issuing CA",
            "CN=Test Health Root CA",
        ]
        assert sig["revocation"] == "not-checked"
        assert sig["trusted"] and sig["valid"] and sig["intact"]
    # the signed file alone still verifies
    code, result = verify_json(token_signed / "signed.pdf", capsys, "--trust", str(hsm.files["root"]))
    assert code == 0 and result["valid"]


def test_an_intermediate_can_be_the_trusted_certificate(
    hsm: Hsm, token_signed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, result = verify_json(token_signed / "countersigned.pdf", capsys, "--trust", str(hsm.files["intermediate"]))
    assert code == 0, result["problems"]
    assert result["trusted"]
    assert [len(s["chain"]) for s in result["signatures"]] == [2, 2]  # the chain ends at the trusted certificate


def test_an_unrelated_root_does_not_trust_the_signers(
    hsm: Hsm, token_signed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, result = verify_json(token_signed / "countersigned.pdf", capsys, "--trust", str(hsm.files["other_root"]))
    assert code == 1
    assert not result["trusted"]
    assert not any(s["trusted"] for s in result["signatures"])
    code, out, _ = run(["verify", str(token_signed / "countersigned.pdf"), "--trust", str(hsm.files["other_root"])],
                       capsys)  # fmt: skip
    assert code == 1 and "not every signer is trusted" in out


@pytest.mark.parametrize("crl", ["crl_revoking_signer", "crl_revoking_signer_pem"])
def test_a_crl_revoking_the_signer_makes_the_report_not_valid(
    hsm: Hsm, token_signed: Path, capsys: pytest.CaptureFixture[str], crl: str
) -> None:
    args = ["--trust", str(hsm.files["root"]), "--crl", str(hsm.files[crl])]
    code, result = verify_json(token_signed / "countersigned.pdf", capsys, *args)
    assert code == 1
    assert not result["valid"]
    first, second = result["signatures"]
    assert first["revocation"] == "revoked" and not first["trusted"]
    assert second["revocation"] == "good"  # the same list covers the board's certificate and does not name it
    assert any("revoked on" in p and "AssessorSignature" in p for p in result["problems"])
    code, out, _ = run(["verify", str(token_signed / "countersigned.pdf"), *args], capsys)
    assert code == 1 and "NOT VALID" in out and "revoked" in out


def test_a_crl_that_does_not_name_the_signer_says_good(
    hsm: Hsm, token_signed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [
        "--trust",
        str(hsm.files["root"]),
        "--crl",
        str(hsm.files["crl_clean"]),
        "--crl",
        str(hsm.files["crl_other"]),
    ]
    code, result = verify_json(token_signed / "countersigned.pdf", capsys, *args)
    assert code == 0, result["problems"]
    assert [s["revocation"] for s in result["signatures"]] == ["good", "good"]


def test_a_key_can_be_named_by_its_certificate_label(
    hsm: Hsm, pins: None, tmp_path: Path, token_signed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without the PIN only certificates are listed: their label finds the key with the same ID."""
    args = countersign_args(hsm, token_signed / "signed.pdf", tmp_path / "out.pdf")
    args[args.index("chair")] = "chair certificate"
    code, out, err = run(args, capsys)
    assert code == 0, err
    assert "as Amara Okafor, Chair, Research Ethics Board" in out


def test_pdfsig_calls_each_signature_valid(token_signed: Path) -> None:
    done = subprocess.run(["pdfsig", "-nocert", str(token_signed / "countersigned.pdf")],
                          capture_output=True, text=True, check=False, timeout=60)  # fmt: skip
    assert done.stdout.count("Signature is Valid.") == 2, done.stdout + done.stderr
    assert "Zoë Müller" in done.stdout and "Amara Okafor" in done.stdout


def test_identity_tokens_lists_tokens_certificates_and_keys(
    hsm: Hsm, pins: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["identity", "tokens", "--pkcs11-module", hsm.module], capsys)
    assert code == 0, err
    assert f"Token '{ASSESSOR_TOKEN}'" in out and f"Token '{BOARD_TOKEN}'" in out
    expiry = hsm.pki.signer.cert.not_valid_after_utc.date().isoformat()
    assert (
        f"certificate 'zoe' (ID 01): Zoë Müller, Data protection officer, Hôpital Saint-Éloi; valid until {expiry}"
        in out
    )
    assert "'encryption' (ID 03): Encryption Only, Hôpital Saint-Éloi" in out and "NOT for signing" in out
    assert "give the PIN" in out
    code, out, err = run(["identity", "tokens", "--pkcs11-module", hsm.module, "--token-label", ASSESSOR_TOKEN,
                          "--pin-env", "CARD_PIN", "--json"], capsys)  # fmt: skip
    assert code == 0, err
    listing = json.loads(out)
    (card,) = listing["tokens"]
    assert card["private_keys"] == ["encryption", "old", "orphan", "zoe"]
    zoe = next(c for c in card["certificates"] if c["label"] == "zoe")
    assert zoe["subject"].startswith("Zoë Müller") and zoe["not_after"] == expiry and zoe["can_sign"]
    assert ASSESSOR_PIN not in out


# -- errors: one line, exit 2, nothing written ---------------------------------------------------------------


def test_wrong_pin(hsm: Hsm, pins: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "signed.pdf"
    err = one_line_failure(sign_args(hsm, out, pin_env="WRONG_PIN"), out, capsys)
    assert f"token '{ASSESSOR_TOKEN}': wrong PIN" in err
    assert "999999" not in err


def test_missing_module(hsm: Hsm, pins: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "signed.pdf"
    missing = tmp_path / "no-such-pkcs11.so"
    err = one_line_failure(sign_args(hsm, out, module=str(missing)), out, capsys)
    assert f"{missing}: no PKCS#11 module there" in err
    not_a_module = tmp_path / "not-a-module.so"
    not_a_module.write_bytes(b"not a shared library")
    err = one_line_failure(sign_args(hsm, out, module=str(not_a_module)), out, capsys)
    assert f"{not_a_module}: cannot be loaded as a PKCS#11 module" in err


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("orphan", "the key 'orphan' has no certificate on the token"),
        ("encryption", "the certificate of Encryption Only is not for signing"),
        ("old", "the certificate of Old Card expired on"),
        ("nobody", "no private key labelled 'nobody' (keys: 'encryption', 'old', 'orphan', 'zoe')"),
    ],
)
def test_keys_that_cannot_sign(
    hsm: Hsm, pins: None, tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str, message: str
) -> None:
    out = tmp_path / "signed.pdf"
    err = one_line_failure(sign_args(hsm, out, key=key), out, capsys)
    assert message in err


def test_unknown_token_and_missing_pin(
    hsm: Hsm, pins: None, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "signed.pdf"
    args = sign_args(hsm, out)
    args[args.index(ASSESSOR_TOKEN)] = "Lost card"
    err = one_line_failure(args, out, capsys)
    assert f"no token labelled 'Lost card' (tokens present: '{ASSESSOR_TOKEN}', '{BOARD_TOKEN}')" in err.replace(
        f"'{BOARD_TOKEN}', '{ASSESSOR_TOKEN}'", f"'{ASSESSOR_TOKEN}', '{BOARD_TOKEN}'"
    )
    monkeypatch.delenv("CARD_PIN")
    err = one_line_failure(sign_args(hsm, out), out, capsys)
    assert "the environment variable CARD_PIN is not set" in err
    args = sign_args(hsm, out)
    args.remove("--pin-env")
    args.remove("CARD_PIN")
    err = one_line_failure(args, out, capsys)  # not a terminal: nobody to ask
    assert f"no PIN for token '{ASSESSOR_TOKEN}'" in err


def test_identity_or_token_must_be_given_once(
    hsm: Hsm, pins: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "signed.pdf"
    err = one_line_failure(["sign", str(hsm.files["report"]), "-o", str(out)], out, capsys)
    assert "give the signing key" in err
    err = one_line_failure([*sign_args(hsm, out), "--identity", "someone.p12"], out, capsys)
    assert "give one of them" in err


def test_verify_refuses_a_file_that_is_not_a_crl(
    hsm: Hsm, token_signed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["verify", str(token_signed / "signed.pdf"), "--crl", str(hsm.files["root"])], capsys)
    assert code == 2
    assert (
        err.strip()
        == f"assessor: {hsm.files['root']}: is not a certificate revocation list (expected a DER or PEM CRL)"
    )
