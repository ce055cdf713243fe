"""Revocation lists given at signing are checked, then embedded in the signed revision (PAdES B-LT)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from assessor.signing import pdf as pdfdoc
from assessor.signing.revinfo import embedded_crls
from tests.token_signing.conftest import (
    Hsm,
    countersign_args,
    one_line_failure,
    run,
    sign_args,
    verify_json,
)


def test_a_report_signed_with_a_crl_is_checked_later_without_it(
    hsm: Hsm, pins: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed, both = tmp_path / "signed.pdf", tmp_path / "both.pdf"
    code, _, err = run([*sign_args(hsm, signed), "--crl", str(hsm.files["crl_clean"])], capsys)
    assert code == 0, err
    code, _, err = run([*countersign_args(hsm, signed, both), "--crl", str(hsm.files["crl_clean"])], capsys)
    assert code == 0, err
    reader = pdfdoc.open_reader(both.read_bytes())
    for emb in reader.embedded_regular_signatures:
        assert [c.issuer for c in embedded_crls(emb)] == [hsm.pki.intermediate.cert.subject]
    code, result = verify_json(both, capsys, "--trust", str(hsm.files["root"]))  # no --crl: the embedded one is used
    assert code == 0, result["problems"]
    assert [s["revocation"] for s in result["signatures"]] == ["good", "good"]
    assert all(s["whole_document"] for s in result["signatures"])  # the lists are inside what is signed
    done = subprocess.run(["pdfsig", "-nocert", str(both)], capture_output=True, text=True, check=False, timeout=60)
    assert done.stdout.count("Signature is Valid.") == 2, done.stdout
    # a newer list that revokes the signer still wins
    code, result = verify_json(
        both, capsys, "--trust", str(hsm.files["root"]), "--crl", str(hsm.files["crl_revoking_signer"])
    )
    assert code == 1 and result["signatures"][0]["revocation"] == "revoked"


def test_a_revoked_certificate_does_not_sign(
    hsm: Hsm, pins: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "signed.pdf"
    err = one_line_failure([*sign_args(hsm, out), "--crl", str(hsm.files["crl_revoking_signer"])], out, capsys)
    assert "refusing to sign: the signer's certificate was revoked on" in err


def test_lists_from_another_authority_are_refused(
    hsm: Hsm, pins: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "signed.pdf"
    err = one_line_failure([*sign_args(hsm, out), "--crl", str(hsm.files["crl_other"])], out, capsys)
    assert "none of the revocation lists given was issued by the signer's certificate authority" in err


def test_the_root_is_needed_to_embed_lists(
    hsm: Hsm, pins: None, tmp_path: Path, capsys: pytest.CaptureFixture[str], token_signed: Path
) -> None:
    out = tmp_path / "both.pdf"
    args = countersign_args(hsm, token_signed / "signed.pdf", out)
    args[args.index(str(hsm.files["chain"]))] = str(hsm.files["intermediate"])  # the board's token holds no CA
    err = one_line_failure([*args, "--crl", str(hsm.files["crl_clean"])], out, capsys)
    assert "the chain up to the root is needed" in err
