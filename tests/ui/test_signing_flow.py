"""From the Report step to a signed PDF on disk, and a countersigned one saved from the check dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from assessor.core.assessment import Assessment, fingerprint
from assessor.core.demo import make_demo
from assessor.core.tiers import Tier
from assessor.signing.sign import countersign_pdf, sign_pdf
from assessor.signing.verify import read_signed_report, verify_pdf
from assessor.ui import signing_flow
from assessor.ui.main_window import MainWindow
from assessor.ui.workspace import ReportStep
from tests.signing.reports import SigningIdentity, make_identity
from tests.ui.conftest import choose_save_path


def _answer_boxes(monkeypatch: pytest.MonkeyPatch, role: QMessageBox.ButtonRole) -> list[str]:
    """Every question box (save first? sign a draft?) answered with its button of ``role``; their titles."""
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.windowTitle())
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked


def _save_names(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    """The save dialogs answered in turn: the assessment's name, then the signed report's."""
    names = iter(paths)
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(names)), ""))


def _dialog_signs_with(monkeypatch: pytest.MonkeyPatch, signer: SigningIdentity) -> list[bytes]:
    shown: list[bytes] = []

    def dialog_signs(pdf: bytes, assessment: Assessment | None, parent: QWidget | None) -> bytes:
        # what SignDialog does once the officer picked an identity and typed the passphrase
        shown.append(pdf)
        return sign_pdf(pdf, signer.path, signer.passphrase, assessment=assessment)

    from assessor.ui.sign_dialog import SignDialog

    monkeypatch.setattr(SignDialog, "sign", staticmethod(dialog_signs))
    return shown


def _report_shown(window: MainWindow, qtbot: QtBot) -> ReportStep:
    ws = window.workspace
    assert ws is not None
    step = ws.report_step()
    with qtbot.waitSignal(step.report.ready, timeout=60_000):
        ws.show_page("report")
    return step


def test_signing_unsaved_work_saves_it_first_and_the_signed_copy_is_the_file_on_disk(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    signer = make_identity(tmp_path, "Ada Officer", "Vale Community Hospital")
    window.open_demo(Tier.LOW)
    session = window.session
    assert session is not None and session.path is None
    step = _report_shown(window, qtbot)
    session.edit(lambda a: setattr(a.institution, "name", "Vale Hospital, after the report was made"))
    shown = _dialog_signs_with(monkeypatch, signer)
    asked = _answer_boxes(monkeypatch, QMessageBox.ButtonRole.AcceptRole)
    file, target = tmp_path / "vale.g4sa", tmp_path / "signed.pdf"
    _save_names(monkeypatch, file, target)
    step.sign_button.click()
    assert asked == ["Save before signing?"]
    assert file.exists() and session.path == file and not session.dirty
    assert shown == [step.report.pdf_bytes], "the PDF signed is the one previewed"
    signed = target.read_bytes()
    assert read_signed_report(signed).assessment_bytes == file.read_bytes(), "the signed copy is the saved file"
    result = verify_pdf(signed)
    assert result.valid and result.fingerprint == fingerprint(session.assessment)
    assert result.fingerprint_match


def test_signing_is_not_done_when_saving_is_declined(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    signer = make_identity(tmp_path, "Ada Officer", "Vale Community Hospital")
    window.open_demo(Tier.LOW)
    step = _report_shown(window, qtbot)
    shown = _dialog_signs_with(monkeypatch, signer)
    asked = _answer_boxes(monkeypatch, QMessageBox.ButtonRole.RejectRole)
    step.sign_button.click()
    assert asked == ["Save before signing?"] and shown == []


def test_a_draft_is_signed_only_after_the_explicit_confirmation(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assessor.core.assessment import file_bytes

    signer = make_identity(tmp_path, "Ada Officer", "Vale Community Hospital")
    draft = make_demo(Tier.LOW)
    draft.answers.pop(next(iter(draft.answers)))
    file = tmp_path / "draft.g4sa"
    file.write_bytes(file_bytes(draft))
    window.open_path(file)
    assert window.session is not None and not window.session.dirty
    step = _report_shown(window, qtbot)
    shown = _dialog_signs_with(monkeypatch, signer)
    asked = _answer_boxes(monkeypatch, QMessageBox.ButtonRole.RejectRole)
    step.sign_button.click()
    assert asked == ["Sign a draft report?"] and shown == [], "saved already: only the draft question, declined"
    asked = _answer_boxes(monkeypatch, QMessageBox.ButtonRole.AcceptRole)
    _save_names(monkeypatch, tmp_path / "draft-signed.pdf")
    step.sign_button.click()
    assert asked == ["Sign a draft report?"] and len(shown) == 1
    assert verify_pdf((tmp_path / "draft-signed.pdf").read_bytes()).valid


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
