"""Signing with a smart card, USB token or HSM from the app (PKCS#11; see `assessor.signing.pkcs11`).

The module is the one found at the usual places, or chosen by the user; the signing certificates on
every token it sees are listed with their subject and expiry; the PIN is typed in a password field,
passed to the token and cleared. Listing and signing run in the thread pool.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assessor.ui.background import BackgroundTask, start_task

MakeSignature = Callable[[Any], bytes]  # given the opened key (a TokenKey), the signed PDF; runs in a worker


class TokenDialog(QDialog):
    """Choose a module, a token's signing certificate and type the PIN; ``signed_pdf`` after Accepted."""

    def __init__(self, make_signature: MakeSignature, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.make_signature = make_signature
        self.signed_pdf: bytes | None = None
        self._task: BackgroundTask | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Sign with a smart card or token"))
        self.setAccessibleName(self.tr("Sign with a smart card or token"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Insert your card or plug in your token. Your institution's certificate on it is embedded in "
                "the signature, with the certificates that issued it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        row = QHBoxLayout()
        self.module = QComboBox()
        self.module.setEditable(True)
        self.module.setMinimumContentsLength(32)
        self.module.setAccessibleName(self.tr("PKCS#11 module of the card"))
        line = self.module.lineEdit()
        if line is not None:
            line.setAccessibleName(self.tr("PKCS#11 module of the card"))
        row.addWidget(self.module, 1)
        self.browse = QPushButton(self.tr("C&hoose…"))
        self.browse.setAccessibleName(self.tr("Choose the card's PKCS#11 module"))
        self.refresh_button = QPushButton(self.tr("&Look for cards"))
        self.refresh_button.setAccessibleName(self.tr("Look for cards and tokens"))
        row.addWidget(self.browse)
        row.addWidget(self.refresh_button)
        module_label = QLabel(self.tr("&Module:"))
        module_label.setBuddy(self.module)
        form.addRow(module_label, row)
        self.keys = QListWidget()
        self.keys.setAccessibleName(self.tr("Signing certificates on the cards"))
        keys_label = QLabel(self.tr("Cer&tificate:"))
        keys_label.setBuddy(self.keys)
        form.addRow(keys_label, self.keys)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("PIN of the card"))
        pin_label = QLabel(self.tr("&PIN:"))
        pin_label.setBuddy(self.pin)
        form.addRow(pin_label, self.pin)
        layout.addLayout(form)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Working"))
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton(self.tr("&Sign"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setAccessibleName(self.tr("Sign with the chosen certificate"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self._sign)
        self.buttons.rejected.connect(self.reject)
        self.browse.clicked.connect(self._choose_module)
        self.refresh_button.clicked.connect(self.look_for_cards)
        self.keys.currentItemChanged.connect(self._update)
        self._fill_modules()
        self._update()

    # the module and what its tokens hold

    def _fill_modules(self) -> None:
        from assessor.signing.pkcs11_modules import find_modules

        for path in find_modules():
            self.module.addItem(str(path))
        if self.module.count() == 0:
            self.status.setText(self.tr("No card software found at the usual places: choose its PKCS#11 module."))

    def module_path(self) -> str:
        return self.module.currentText().strip()

    def set_module(self, path: str) -> None:
        self.module.setEditText(path)

    def _choose_module(self) -> None:
        kinds = self.tr("Modules (*.so *.dylib *.dll);;All files (*)")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the card's PKCS#11 module"), "", kinds)
        if path:
            self.set_module(path)
            self.look_for_cards()

    def look_for_cards(self) -> None:
        module = self.module_path()
        if not module:
            self.status.setText(self.tr("Choose the card's PKCS#11 module first."))
            return

        def work() -> list[Any]:
            from assessor.signing.pkcs11 import list_tokens

            return list_tokens(Path(module))

        self._start(work, self._listed, self.tr("Looking for cards…"))

    def _listed(self, tokens: list[Any]) -> None:
        self._stop()
        self.keys.clear()
        for token in tokens:
            for cert in token.certificates:
                if cert.is_ca:
                    continue
                text = self.tr("{who} — valid until {date} (card {token}, {label})").format(
                    who=cert.info.signatory.line,
                    date=f"{cert.info.not_after:%Y-%m-%d}",
                    token=token.label,
                    label=cert.label,
                )
                if not cert.can_sign:
                    text += " — " + self.tr("not for signing")
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, (token.label, cert.label))
                if not cert.can_sign:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                self.keys.addItem(item)
        usable = [i for i in range(self.keys.count()) if self.keys.item(i).flags() & Qt.ItemFlag.ItemIsEnabled]
        if usable:
            self.keys.setCurrentRow(usable[0])
            self.status.setText(self.tr("Choose your certificate and type the card's PIN."))
            self.pin.setFocus()
        else:
            self.status.setText(self.tr("No signing certificate on the cards found. Insert your card and look again."))
        self._update()

    def chosen(self) -> tuple[str, str] | None:
        item = self.keys.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        token_label, cert_label = item.data(Qt.ItemDataRole.UserRole)
        return str(token_label), str(cert_label)

    # signing

    def _sign(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            self.status.setText(self.tr("Choose a certificate first."))
            return
        module, pin, make_signature = self.module_path(), self.pin.text() or None, self.make_signature
        token_label, key_label = chosen
        if pin is None and not self._has_pin_pad(module, token_label):
            self.status.setText(self.tr("Type the card's PIN."))
            self.pin.setFocus()
            return

        def work() -> bytes:
            from assessor.signing.pkcs11 import open_token_key

            with open_token_key(Path(module), token_label, key_label, pin) as key:
                return make_signature(key)

        self._start(work, self._signed, self.tr("Signing with the card…"))

    def _has_pin_pad(self, module: str, token_label: str) -> bool:
        """Whether the reader has its own keypad (then the PIN is typed there, not here)."""
        from assessor.signing.errors import SigningProblem
        from assessor.signing.pkcs11 import has_pin_pad

        try:
            return has_pin_pad(Path(module), token_label)
        except SigningProblem:
            return False  # said when signing is tried

    def _signed(self, data: bytes) -> None:
        self._stop()
        self.pin.clear()
        self.signed_pdf = data
        self.accept()

    # running

    @property
    def busy(self) -> bool:
        return self._busy

    def _update(self) -> None:
        self.sign_button.setEnabled(not self._busy and self.chosen() is not None)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        for widget in (self.module, self.browse, self.refresh_button, self.keys, self.pin):
            widget.setEnabled(not busy)
        self._update()

    def _start(self, work: Callable[[], Any], done: Callable[[Any], None], what: str) -> None:
        self._set_busy(True)
        self.status.setText(what)
        self._task = start_task(work, done, self._failed)

    def _stop(self) -> None:
        self._task = None
        self._set_busy(False)

    def _failed(self, message: str) -> None:
        self._stop()
        self.status.setText(message)
        self.pin.selectAll()

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    @classmethod
    def sign(cls, make_signature: MakeSignature, parent: QWidget | None = None) -> bytes | None:
        """Show the dialog (looking for cards at once); the signed PDF, or None when the user cancelled."""
        dialog = cls(make_signature, parent)
        try:
            if dialog.module_path():
                dialog.look_for_cards()
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.signed_pdf if accepted else None
        finally:
            dialog.deleteLater()


def token_button(
    parent: QWidget, prepare: Callable[[], MakeSignature], on_signed: Callable[[bytes], None]
) -> QPushButton:
    """The "Sign with a smart card or token…" button of a signing dialog.

    ``prepare`` runs when it is clicked, in the GUI thread: it reads the dialog's fields and returns what
    makes the signature with the key (in a worker). ``on_signed`` receives the signed PDF.
    """
    button = QPushButton(QCoreApplication.translate("TokenDialog", "Sign with a smart card or &token…"))
    button.setAccessibleName(QCoreApplication.translate("TokenDialog", "Sign with a smart card or token"))
    button.setAutoDefault(False)  # Enter signs with the identity typed for, not with a card

    def clicked() -> None:
        signed = TokenDialog.sign(prepare(), parent)
        if signed is not None:
            on_signed(signed)

    button.clicked.connect(clicked)
    return button
