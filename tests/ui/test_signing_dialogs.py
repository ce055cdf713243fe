"""The sign, verify and countersign dialogs, driven as a user would (keyboard and clicks)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from assessor.core.assessment import Assessment
from assessor.core.demo import make_demo
from assessor.core.tiers import Tier
from assessor.signing.sign import sign_pdf
from assessor.signing.verify import verify_pdf
from assessor.ui.sign_dialog import SignDialog
from assessor.ui.verify_dialog import CountersignDialog, VerifyDialog
from tests.signing.reports import SigningIdentity, make_identity, make_report

WAIT_MS = 20_000


@pytest.fixture(scope="module")
def assessment() -> Assessment:
    return make_demo(Tier.MODERATE)


@pytest.fixture(scope="module")
def report(assessment: Assessment) -> bytes:
    return make_report(assessment)


@pytest.fixture(scope="module")
def keys_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("keys")


@pytest.fixture(scope="module")
def assessor(keys_dir: Path) -> SigningIdentity:
    return make_identity(keys_dir, "Ana Ruiz", "Instituto Norte", role="DPO", passphrase=b"ana pass")


@pytest.fixture(scope="module")
def board(keys_dir: Path) -> SigningIdentity:
    return make_identity(keys_dir, "Board Chair", "Ethics Board", passphrase=b"board pass")


@pytest.fixture(scope="module")
def signed(report: bytes, assessment: Assessment, assessor: SigningIdentity) -> bytes:
    return sign_pdf(report, assessor.path, assessor.passphrase, assessment=assessment)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "identities"
    path.mkdir()
    return path


def install(folder: Path, who: SigningIdentity) -> Path:
    target = folder / who.path.name
    target.write_bytes(who.path.read_bytes())
    return target


def assert_accessible(widget: QWidget) -> None:
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLineEdit | QComboBox | QPushButton | QPlainTextEdit | QRadioButton):
            assert child.accessibleName(), f"{type(child).__name__} {child.objectName()!r} has no accessible name"


def sign_dialog(qtbot: QtBot, folder: Path, report: bytes, assessment: Assessment) -> SignDialog:
    dialog = SignDialog(report, assessment, identities_folder=folder)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_sign_dialog_signs_with_a_chosen_identity(
    qtbot: QtBot, folder: Path, report: bytes, assessment: Assessment, assessor: SigningIdentity
) -> None:
    install(folder, assessor)
    dialog = sign_dialog(qtbot, folder, report, assessment)
    assert_accessible(dialog)
    picker = dialog.picker
    assert picker.combo.count() == 1 and picker.combo.currentText() == assessor.path.name
    assert picker.passphrase.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(picker.passphrase, "ana pass")
    qtbot.keyClicks(dialog.location, "Bilbao")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.signed_pdf is not None, timeout=WAIT_MS)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert picker.passphrase.text() == ""
    assert dialog.signed_pdf is not None
    result = verify_pdf(dialog.signed_pdf, [assessor.cert_pem])
    assert result.valid and result.trusted
    assert result.signatures[0].location == "Bilbao"
    from assessor.signing.trust import list_trusted

    assert [(c.sha256, c.own) for c in list_trusted()] == [(result.signatures[0].certificate_sha256, True)]


def test_wrong_passphrase_is_said_next_to_the_field_and_the_dialog_stays(
    qtbot: QtBot, folder: Path, report: bytes, assessment: Assessment, assessor: SigningIdentity
) -> None:
    install(folder, assessor)
    dialog = sign_dialog(qtbot, folder, report, assessment)
    picker = dialog.picker
    error = picker.passphrase_error
    assert not error.isVisible()
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert error.isVisible() and error.text() == f"Type the passphrase of {assessor.path.name}."
    qtbot.keyClicks(picker.passphrase, "wrong")
    assert not error.isVisible(), "typing again clears the message"
    qtbot.keyClick(picker.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy and error.isVisible(), timeout=WAIT_MS)
    assert error.text().startswith(f"This passphrase does not open {assessor.path.name}.")
    assert error.property("role") == "error", "in the error style"
    form = picker.layout().itemAt(0).layout()
    row_of_field = form.getWidgetPosition(picker.passphrase)[0]
    assert form.getWidgetPosition(error)[0] == row_of_field + 1, "right under the passphrase field"
    assert dialog.status.text() == "", "not a second time at the bottom"
    assert picker.passphrase.hasFocus() and picker.passphrase.selectedText() == "wrong"
    assert dialog.signed_pdf is None and dialog.isVisible()


def test_enter_in_the_passphrase_field_signs(
    qtbot: QtBot, folder: Path, report: bytes, assessment: Assessment, assessor: SigningIdentity
) -> None:
    install(folder, assessor)
    dialog = sign_dialog(qtbot, folder, report, assessment)
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    picker = dialog.picker
    for button in (picker.create_button, picker.import_button, dialog.token_button):
        assert not button.autoDefault() and not button.isDefault()
    picker.passphrase.setFocus()
    qtbot.keyClicks(picker.passphrase, "ana pass")
    qtbot.keyClick(picker.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.signed_pdf is not None, timeout=WAIT_MS)
    assert not picker.create_box.isVisible(), "Enter did not open Create identity"
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_no_identity_yet_then_create_one(qtbot: QtBot, folder: Path, report: bytes, assessment: Assessment) -> None:
    dialog = SignDialog(report, assessment, identities_folder=folder)
    qtbot.addWidget(dialog)
    dialog.show()
    picker = dialog.picker
    assert picker.combo.count() == 0 and not dialog.sign_button.isEnabled()
    qtbot.mouseClick(picker.create_button, Qt.MouseButton.LeftButton)
    assert picker.create_box.isVisible()
    assert_accessible(dialog)
    qtbot.keyClicks(picker.new_name, "Lea Weber")
    picker.new_org.setText("Klinikum Süd")  # QTest types ASCII only
    qtbot.keyClicks(picker.new_role, "Datenschutz")
    assert picker.strength.text() == "Too short: 12 more"
    qtbot.keyClicks(picker.new_pass, "short")
    assert picker.strength.text() == "Too short: 7 more", "the hint follows the typing"
    qtbot.keyClicks(picker.new_pass2, "short")
    picker.new_key.setCurrentIndex(picker.new_key.findData("ec"))
    qtbot.mouseClick(picker.create_confirm, Qt.MouseButton.LeftButton)
    assert "at least 12 characters" in dialog.status.text()
    assert not (folder / "lea-weber.p12").exists()
    for field in (picker.new_pass, picker.new_pass2):
        field.clear()
    qtbot.keyClicks(picker.new_pass, "aaaaaaaaaaaaaa")
    assert picker.strength.text().startswith("Weak")
    qtbot.keyClicks(picker.new_pass2, "aaaaaaaaaaaaaa")
    qtbot.mouseClick(picker.create_confirm, Qt.MouseButton.LeftButton)
    assert "too few different characters" in dialog.status.text()
    picker.new_pass.clear()
    qtbot.keyClicks(picker.new_pass, "vale hospital 2026")
    assert picker.strength.text() == "Strong" and picker.strength.property("role") == "good"
    qtbot.mouseClick(picker.create_confirm, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.status.text()
    picker.new_pass2.clear()
    qtbot.keyClicks(picker.new_pass2, "vale hospital 2026")
    qtbot.keyClick(picker.new_pass2, Qt.Key.Key_Return)  # Enter in the new identity's fields creates it
    qtbot.waitUntil(lambda: picker.combo.count() == 1 and not dialog.busy, timeout=WAIT_MS)
    created = folder / "lea-weber.p12"
    assert picker.selected_path() == created
    assert stat.S_IMODE(created.stat().st_mode) == 0o600
    assert not picker.create_box.isVisible()
    assert picker.passphrase.text() == "vale hospital 2026"
    assert dialog.sign_button.isEnabled()
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.signed_pdf is not None, timeout=WAIT_MS)
    assert dialog.signed_pdf is not None
    assert verify_pdf(dialog.signed_pdf).signatures[0].signer == "Lea Weber"
    from assessor.signing.trust import list_trusted

    assert [(c.name, c.own) for c in list_trusted()] == [("Lea Weber", True)]  # one's own identity is trusted

    check = VerifyDialog(dialog.signed_pdf, "signed.pdf")  # checking one's own fresh signature
    qtbot.addWidget(check)
    qtbot.waitUntil(lambda: not check.busy, timeout=WAIT_MS)
    assert check.verdict.text().startswith("Valid: the report is unchanged")
    assert check.table.item(0, 4).text() == "Yes"


def test_import_an_identity(
    qtbot: QtBot, folder: Path, report: bytes, board: SigningIdentity, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = SignDialog(report, None, identities_folder=folder)
    qtbot.addWidget(dialog)
    picker = dialog.picker
    monkeypatch.setattr(picker, "_choose_import_file", lambda: str(board.path))
    monkeypatch.setattr(picker, "_ask_import_passphrase", lambda name: "not it")
    qtbot.mouseClick(picker.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and "wrong passphrase" in dialog.status.text(), timeout=WAIT_MS)
    assert picker.combo.count() == 0
    monkeypatch.setattr(picker, "_ask_import_passphrase", lambda name: "board pass")
    qtbot.mouseClick(picker.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: picker.combo.count() == 1 and not dialog.busy, timeout=WAIT_MS)
    assert (folder / board.path.name).read_bytes() == board.path.read_bytes()
    assert picker.passphrase.text() == "board pass"


def test_verify_dialog_shows_signatures_and_trust(
    qtbot: QtBot, signed: bytes, assessor: SigningIdentity, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = VerifyDialog(signed, "signed.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert_accessible(dialog)
    assert dialog.verdict.text().startswith("Valid, but not every signer is trusted")
    assert dialog.table.rowCount() == 1
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    assert headers == ["Signer", "Time", "Intact", "Valid", "Trusted", "Whole document", "Decision"]
    row = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert row[0] == "Ana Ruiz, DPO, Instituto Norte"
    assert row[2:6] == ["Yes", "Yes", "No", "Yes"]
    assert "matches the printed fingerprint" in dialog.details.text()
    assert dialog.countersign_button.isEnabled()

    cert = tmp_path / "ana.pem"
    cert.write_bytes(assessor.cert_pem)
    monkeypatch.setattr(dialog, "_choose_certificates", lambda: [str(cert)])
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.table.item(0, 4).text() == "Yes", timeout=WAIT_MS)
    assert dialog.verdict.text().startswith("Valid: the report is unchanged")


def test_verify_dialog_on_a_tampered_report(qtbot: QtBot, signed: bytes) -> None:
    tampered = signed.replace(b"Self-assessment report", b"Self-assessment rep0rt", 1)
    dialog = VerifyDialog(tampered)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.verdict.text().startswith("Not valid")
    assert dialog.table.item(0, 2).text() == "No"
    assert "changed since it was signed" in dialog.details.text()
    assert not dialog.countersign_button.isEnabled()


def test_verify_dialog_on_a_file_that_is_not_a_pdf(qtbot: QtBot) -> None:
    dialog = VerifyDialog(b"not a pdf at all")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.verdict.text() == "This file cannot be checked."
    assert "not a PDF" in dialog.details.text()


def test_countersign_dialog_records_the_decision(
    qtbot: QtBot, folder: Path, signed: bytes, board: SigningIdentity
) -> None:
    install(folder, board)
    dialog = CountersignDialog(signed, identities_folder=folder)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_accessible(dialog)
    assert dialog.decision() == "approved"
    conditions = dialog.decision_buttons["conditions"]
    conditions.setFocus()
    qtbot.keyClick(conditions, Qt.Key.Key_Space)  # from the keyboard
    assert dialog.decision() == "conditions"
    qtbot.keyClicks(dialog.comment, "Provided the DPIA is updated.")
    qtbot.keyClicks(dialog.picker.passphrase, "board pass")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.countersigned_pdf is not None, timeout=WAIT_MS)
    assert dialog.countersigned_pdf is not None
    result = verify_pdf(dialog.countersigned_pdf)
    assert result.valid
    assert result.signatures[1].decision == "conditions"
    assert result.signatures[1].comment == "Provided the DPIA is updated."


def test_verify_dialog_countersigns_and_shows_the_decision(
    qtbot: QtBot, folder: Path, signed: bytes, board: SigningIdentity, monkeypatch: pytest.MonkeyPatch
) -> None:
    install(folder, board)
    dialog = VerifyDialog(signed, "signed.pdf", identities_folder=folder)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)

    def run_countersign(self: CountersignDialog) -> int:
        self.decision_buttons["not-approved"].setChecked(True)
        self.picker.passphrase.setText("board pass")
        self.sign_button.click()
        qtbot.waitUntil(lambda: self.countersigned_pdf is not None, timeout=WAIT_MS)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(CountersignDialog, "exec", run_countersign)
    with qtbot.waitSignal(dialog.countersigned, timeout=WAIT_MS) as saved:
        qtbot.mouseClick(dialog.countersign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.table.rowCount() == 2, timeout=WAIT_MS)
    assert dialog.table.item(1, 6).text() == "Not approved"
    assert saved.args and verify_pdf(saved.args[0]).valid
    assert not dialog.countersign_button.isEnabled()  # one countersignature per report
