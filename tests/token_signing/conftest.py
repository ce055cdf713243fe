"""A SoftHSM2 token holding keys certified by a test intermediate under a test root, made once per session.

SoftHSM2 reads ``SOFTHSM2_CONF`` when its module is first loaded in a process, and python-pkcs11 keeps a
module loaded: every token is made here, before any test loads the module.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from assessor.cli import main
from assessor.core.assessment import Assessment
from assessor.core.demo import make_demo
from assessor.core.forms.installed import load_default_pack
from assessor.core.storage import save_assessment
from assessor.core.tiers import Tier
from assessor.report.render import render_pdf
from tests.token_signing.pki import NOW, Issued, Pki, _name, issue, make_pki
from tests.token_signing.softhsm import Token, softhsm_module, write_config

ASSESSOR_TOKEN, ASSESSOR_PIN = "Assessor card", "zoe-pin-4821"  # not hex: never inside a fingerprint
BOARD_TOKEN, BOARD_PIN = "Board card", "board-pin-2468"


@dataclass
class Hsm:
    module: str
    pki: Pki
    files: dict[str, Path]
    expired: Issued
    assessment: Assessment
    report: bytes


_made: list[Hsm] = []  # one per process: SoftHSM2 keeps the first configuration it loaded


@pytest.fixture(scope="session")
def hsm(tmp_path_factory: pytest.TempPathFactory) -> Hsm:
    """The tokens (made once per process even when another test folder imports this fixture)."""
    if not _made:
        _made.append(make_tokens(tmp_path_factory.mktemp("softhsm")))
    return _made[0]


def make_tokens(folder: Path) -> Hsm:
    """Two tokens under ``folder``; ``SOFTHSM2_CONF`` points there for the rest of the process."""
    module = softhsm_module()
    if module is None:
        pytest.fail("SoftHSM2 and OpenSC's pkcs11-tool are needed: run scripts/sysdeps.sh")
    os.environ["SOFTHSM2_CONF"] = str(write_config(folder))
    env = dict(os.environ)
    pki = make_pki()
    expired = issue(
        _name("Old Card", "Hôpital Saint-Éloi"), issuer=pki.intermediate, ca=False,
        not_before=NOW - dt.timedelta(days=800), not_after=NOW - dt.timedelta(days=5),
    )  # fmt: skip
    card = Token(module, ASSESSOR_TOKEN, ASSESSOR_PIN, env).init()
    card.add_identity(pki.signer, "zoe", "01", folder)
    card.add_identity(pki.no_signing, "encryption", "03", folder)
    card.add_key(issue(_name("Nobody", "Nowhere"), issuer=pki.intermediate, ca=False), "orphan", "04", folder)
    card.add_identity(expired, "old", "05", folder)
    card.add_cert(pki.intermediate, "Issuing CA", "a1", folder)
    card.add_cert(pki.root, "Root CA", "a2", folder)
    board = Token(module, BOARD_TOKEN, BOARD_PIN, env).init()  # the key alone: its chain comes from a file
    board.add_key(pki.board, "chair", "07", folder)
    board.add_cert(pki.board, "chair certificate", "07", folder)  # paired with its key by ID, not by label
    files = pki.write(folder / "pki")
    assessment = make_demo(Tier.HIGH)
    save_assessment(assessment, folder / "assessment.g4sa", backup=False)
    files["assessment"] = folder / "assessment.g4sa"
    report = render_pdf(load_default_pack(), assessment, date=dt.date(2026, 11, 23))
    files["report"] = folder / "report.pdf"
    files["report"].write_bytes(report)
    return Hsm(module, pki, files, expired, assessment, report)


# -- the command line, as a user or a script runs it ----------------------------------------------------------


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def sign_args(hsm: Hsm, out: Path, *, key: str = "zoe", pin_env: str = "CARD_PIN", module: str = "") -> list[str]:
    return ["sign", str(hsm.files["report"]), "--assessment", str(hsm.files["assessment"]),
            "--pkcs11-module", module or hsm.module, "--token-label", ASSESSOR_TOKEN, "--key-label", key,
            "--pin-env", pin_env, "--location", "Lyon", "-o", str(out)]  # fmt: skip


def countersign_args(hsm: Hsm, signed: Path, out: Path) -> list[str]:
    return ["countersign", str(signed), "--decision", "conditions", "--comment", "Complete the DPIA first.",
            "--pkcs11-module", hsm.module, "--token-label", BOARD_TOKEN, "--key-label", "chair",
            "--pin-env", "BOARD_PIN", "--chain", str(hsm.files["chain"]), "-o", str(out)]  # fmt: skip


@pytest.fixture(scope="session")
def token_signed(hsm: Hsm, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Signed by the assessor's card, countersigned by the board's: through the command line."""
    folder = tmp_path_factory.mktemp("token-signed")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CARD_PIN", ASSESSOR_PIN)
        mp.setenv("BOARD_PIN", BOARD_PIN)
        assert main(sign_args(hsm, folder / "signed.pdf")) == 0
        assert main(countersign_args(hsm, folder / "signed.pdf", folder / "countersigned.pdf")) == 0
    return folder


def one_line_failure(args: list[str], out: Path, capsys: pytest.CaptureFixture[str]) -> str:
    code, stdout, err = run(args, capsys)
    assert code == 2, stdout + err
    assert err.count("\n") == 1 and err.startswith("assessor: "), err
    assert "Traceback" not in err
    assert not out.exists()
    return err


@pytest.fixture
def pins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CARD_PIN", ASSESSOR_PIN)
    monkeypatch.setenv("BOARD_PIN", BOARD_PIN)
    monkeypatch.setenv("WRONG_PIN", "999999")


def verify_json(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code, out, err = run(["verify", str(path), "--json", *extra], capsys)
    assert err == ""
    return code, json.loads(out)
