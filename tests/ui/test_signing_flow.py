"""From the Report step to a signed PDF on disk, and a countersigned one saved from the check dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from assessor.core.assessment import Assessment, fingerprint
from assessor.core.demo import make_demo
from assessor.core.tiers import Tier
from assessor.signing.sign import countersign_pdf, sign_pdf
from assessor.signing.verify import verify_pdf
from assessor.ui import signing_flow
from assessor.ui.main_window import MainWindow
from tests.signing.reports import make_identity
from tests.ui.conftest import choose_save_path


def test_signing_from_the_report_step_saves_a_valid_signed_report(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    signer = make_identity(tmp_path, "Ada Officer", "Vale Community Hospital")
    window.open_demo(Tier.LOW)
    ws, session = window.workspace, window.session
    assert ws is not None and session is not None
    step = ws.report_step()
    with qtbot.waitSignal(step.report.ready, timeout=60_000):
        ws.show_page("report")
    shown: list[bytes] = []

    def dialog_signs(pdf: bytes, assessment: Assessment | None, parent: QWidget | None) -> bytes:
        # what SignDialog does once the officer picked an identity and typed the passphrase
        shown.append(pdf)
        return sign_pdf(pdf, signer.path, signer.passphrase, assessment=assessment)

    from assessor.ui.sign_dialog import SignDialog

    monkeypatch.setattr(SignDialog, "sign", staticmethod(dialog_signs))
    target = tmp_path / "signed.pdf"
    choose_save_path(monkeypatch, target)
    step.sign_button.click()
    assert shown == [step.report.pdf_bytes], "the PDF signed is the one previewed"
    result = verify_pdf(target.read_bytes())
    assert result.valid and result.fingerprint == fingerprint(session.assessment)
    assert result.fingerprint_match


def test_countersigned_report_from_the_check_dialog_is_saved(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assessor.ui.verify_dialog import VerifyDialog
    from tests.signing.reports import make_report

    officer = make_identity(tmp_path, "Ada Officer", "Vale")
    board = make_identity(tmp_path, "Ben Chair", "Ethics board")
    assessment = make_demo(Tier.LOW)
    signed = sign_pdf(make_report(assessment), officer.path, officer.passphrase, assessment=assessment)

    def board_countersigns(self: VerifyDialog) -> int:
        self.countersigned.emit(countersign_pdf(signed, board.path, board.passphrase, decision="approved"))
        return 0

    monkeypatch.setattr(VerifyDialog, "exec", board_countersigns)
    target = tmp_path / "countersigned.pdf"
    choose_save_path(monkeypatch, target)
    signing_flow.verify_bytes(window, signed, "signed.pdf", tmp_path)
    result = verify_pdf(target.read_bytes())
    assert result.valid and len(result.signatures) == 2


def test_a_failed_save_leaves_no_file(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "no-such-folder" / "signed.pdf"
    choose_save_path(monkeypatch, target)
    assert signing_flow.save_pdf(window, b"%PDF-1.7", tmp_path / "x.pdf", "Save") is None
    assert not target.exists()
    assert window.messages and window.messages[-1][0] == "critical"  # type: ignore[attr-defined]
