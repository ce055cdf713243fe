"""Signing from the app with a key on a smart card or token (SoftHSM2), driven as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from assessor.signing.sign import sign_pdf_with
from assessor.signing.verify import verify_pdf
from assessor.ui.sign_dialog import SignDialog
from assessor.ui.token_dialog import TokenDialog
from tests.token_signing.conftest import ASSESSOR_PIN, ASSESSOR_TOKEN, Hsm
from tests.token_signing.conftest import hsm as hsm  # the session's SoftHSM2 tokens
from tests.ui.test_signing_dialogs import WAIT_MS, assert_accessible


def open_dialog(qtbot: QtBot, hsm: Hsm) -> TokenDialog:
    dialog = TokenDialog(lambda key: sign_pdf_with(hsm.report, key, assessment=hsm.assessment, location="Lyon"))
    qtbot.addWidget(dialog)
    dialog.set_module(hsm.module)
    dialog.show()
    dialog.look_for_cards()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.keys.count() > 0, timeout=WAIT_MS)
    return dialog


def texts(dialog: TokenDialog) -> list[str]:
    return [dialog.keys.item(i).text() for i in range(dialog.keys.count())]


def test_the_certificates_on_the_cards_are_listed_with_subject_and_expiry(qtbot: QtBot, hsm: Hsm) -> None:
    dialog = open_dialog(qtbot, hsm)
    assert_accessible(dialog)
    listed = texts(dialog)
    expiry = f"{hsm.pki.signer.cert.not_valid_after_utc:%Y-%m-%d}"
    who = "Zoë Müller, Data protection officer, Hôpital Saint-Éloi"
    assert f"{who} — valid until {expiry} (card {ASSESSOR_TOKEN}, zoe)" in listed
    assert not any("Test Hospital Issuing CA" in t for t in listed)  # CA certificates are not offered
    not_for_signing = next(i for i, t in enumerate(listed) if t.startswith("Encryption Only"))
    assert listed[not_for_signing].endswith("not for signing")
    assert not dialog.keys.item(not_for_signing).flags() & Qt.ItemFlag.ItemIsEnabled
    assert dialog.pin.echoMode() == QLineEdit.EchoMode.Password


def choose(dialog: TokenDialog, label: str) -> None:
    row = next(i for i, t in enumerate(texts(dialog)) if t.endswith(f"{label})"))
    dialog.keys.setCurrentRow(row)


def test_sign_with_the_card_after_a_wrong_pin(qtbot: QtBot, hsm: Hsm) -> None:
    dialog = open_dialog(qtbot, hsm)
    choose(dialog, "zoe")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Type the card's PIN."
    qtbot.keyClicks(dialog.pin, "0000")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and "wrong PIN" in dialog.status.text(), timeout=WAIT_MS)
    assert dialog.isVisible() and dialog.signed_pdf is None
    dialog.pin.clear()
    qtbot.keyClicks(dialog.pin, ASSESSOR_PIN)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.signed_pdf is not None, timeout=WAIT_MS)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.pin.text() == ""
    result = verify_pdf(dialog.signed_pdf, [hsm.pki.root.pem])
    assert result.valid and result.trusted and len(result.signatures[0].chain) == 3


def test_an_expired_certificate_is_said(qtbot: QtBot, hsm: Hsm) -> None:
    dialog = open_dialog(qtbot, hsm)
    choose(dialog, "old")
    qtbot.keyClicks(dialog.pin, ASSESSOR_PIN)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and "expired" in dialog.status.text(), timeout=WAIT_MS)
    assert dialog.status.text().startswith("the certificate of Old Card expired on")


def test_the_sign_dialog_offers_the_card(qtbot: QtBot, hsm: Hsm, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = SignDialog(hsm.report, hsm.assessment)
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.token_button
    assert isinstance(button, QPushButton) and button.text() == "Sign with a smart card or &token…"
    made: list[bytes] = []

    def answered(make_signature: object, parent: object = None) -> bytes:
        made.append(b"%PDF-signed by the card")  # the token dialog itself is tested above
        return made[-1]

    monkeypatch.setattr(TokenDialog, "sign", staticmethod(answered))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.signed_pdf == made[0] and dialog.result() == QDialog.DialogCode.Accepted


def test_the_countersign_dialog_countersigns_with_the_boards_card(
    qtbot: QtBot, hsm: Hsm, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assessor.signing.pkcs11 import open_token_key
    from assessor.ui.verify_dialog import CountersignDialog
    from tests.token_signing.conftest import BOARD_PIN, BOARD_TOKEN

    with open_token_key(hsm.module, ASSESSOR_TOKEN, "zoe", ASSESSOR_PIN) as key:
        signed = sign_pdf_with(hsm.report, key, assessment=hsm.assessment)
    dialog = CountersignDialog(signed)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.decision_buttons["approved"].setChecked(True)
    qtbot.keyClicks(dialog.comment, "Approved as submitted.")

    def with_the_board_card(make_signature: object, parent: object = None) -> bytes:
        # what TokenDialog does once the board's certificate is chosen and the PIN typed
        chain = [hsm.pki.intermediate.cert, hsm.pki.root.cert]
        with open_token_key(hsm.module, BOARD_TOKEN, "chair", BOARD_PIN, chain=chain) as board_key:
            return make_signature(board_key)  # type: ignore[operator,no-any-return]

    monkeypatch.setattr(TokenDialog, "sign", staticmethod(with_the_board_card))
    qtbot.mouseClick(dialog.token_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.countersigned_pdf is not None
    result = verify_pdf(dialog.countersigned_pdf, [hsm.pki.root.pem])
    assert result.valid and result.trusted
    assert result.signatures[1].signer == "Amara Okafor" and result.signatures[1].decision == "approved"
    assert result.signatures[1].comment == "Approved as submitted."
