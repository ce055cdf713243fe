"""A SoftHSM2 token holding keys certified by a test intermediate under a test root, made once per session.

SoftHSM2 reads ``SOFTHSM2_CONF`` when its module is first loaded in a process, and python-pkcs11 keeps a
module loaded: every token is made here, before any test loads the module.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from assessor.core.assessment import Assessment
from assessor.core.demo import make_demo
from assessor.core.forms.loader import load_default_pack
from assessor.core.storage import save_assessment
from assessor.core.tiers import Tier
from assessor.report.render import render_pdf
from tests.token_signing.pki import NOW, Issued, Pki, _name, issue, make_pki
from tests.token_signing.softhsm import Token, softhsm_module, write_config

ASSESSOR_TOKEN, ASSESSOR_PIN = "Assessor card", "1234"
BOARD_TOKEN, BOARD_PIN = "Board card", "246810"


@dataclass
class Hsm:
    module: str
    pki: Pki
    files: dict[str, Path]
    expired: Issued
    assessment: Assessment
    report: bytes


@pytest.fixture(scope="session")
def hsm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hsm]:
    module = softhsm_module()
    if module is None:
        pytest.fail("SoftHSM2 and OpenSC's pkcs11-tool are needed: run scripts/sysdeps.sh")
    folder = tmp_path_factory.mktemp("softhsm")
    conf = write_config(folder)
    before = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(conf)
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
    yield Hsm(module, pki, files, expired, assessment, report)
    if before is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = before
