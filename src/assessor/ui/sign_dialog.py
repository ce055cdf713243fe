"""Signing a report from the app: choose or create an identity, type the passphrase, press Enter.

The identity and its passphrase come from `IdentityPicker` (identity_picker.py). Signing runs in
the thread pool (background.py); the dialog stays responsive and shows what it is doing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from assessor.core.assessment import Assessment
from assessor.ui.background import BackgroundTask, start_task
from assessor.ui.identity_picker import IdentityPicker

__all__ = ["SignDialog", "start_task"]


def _name(widget: QWidget, name: str) -> None:
    widget.setAccessibleName(name)


# -- the dialog -----------------------------------------------------------------------------------------


class SignDialog(QDialog):
    """Sign a report PDF. After ``exec()`` returns Accepted, ``signed_pdf`` holds the signed bytes."""

    def __init__(
        self,
        pdf: bytes,
        assessment: Assessment | None = None,
        parent: QWidget | None = None,
        identities_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.assessment = assessment
        self.signed_pdf: bytes | None = None
        self._task: BackgroundTask | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Sign the report"))
        _name(self, self.tr("Sign the report"))

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Your signature seals the report and the assessment it carries: any later change shows. "
                "The board can check it with your certificate."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.picker = IdentityPicker(self, identities_folder)
        layout.addWidget(self.picker)
        from assessor.ui.token_dialog import token_button

        self.token_button = token_button(self, self._token_signature, self._signed)
        layout.addWidget(self.token_button)

        form = QFormLayout()
        self.reason = QLineEdit(self.tr("I attest that this report is a true account of the self-assessment"))
        _name(self.reason, self.tr("Reason for signing"))
        self.location = QLineEdit()
        _name(self.location, self.tr("Place of signing"))
        self.location.setPlaceholderText(self.tr("For example, the city"))
        for text, widget in ((self.tr("R&eason:"), self.reason), (self.tr("&Location:"), self.location)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        _name(self.progress, self.tr("Working"))
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        _name(self.status, self.tr("Status"))
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton(self.tr("&Sign"), QDialogButtonBox.ButtonRole.AcceptRole)
        _name(self.sign_button, self.tr("Sign the report"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._sign)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.sign_button.setDefault(True)  # Enter signs; set once in the dialog, or Qt picks another button

        self.picker.message.connect(self.status.setText)
        self.picker.busy_changed.connect(self._set_busy)
        self.picker.combo.currentIndexChanged.connect(self._update)
        self._update()

    @property
    def busy(self) -> bool:
        return self._busy

    def _update(self) -> None:
        self.sign_button.setEnabled(not self.busy and self.picker.selected_path() is not None)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.picker.set_enabled(not busy)
        for widget in (self.reason, self.location):
            widget.setEnabled(not busy)
        self._update()

    def _sign(self) -> None:
        path = self.picker.ready_path()
        if path is None:
            return
        pdf, assessment = self.pdf, self.assessment
        passphrase = self.picker.passphrase_bytes()
        reason, location = self.reason.text().strip(), self.location.text().strip()

        def work() -> bytes:
            from assessor.signing.identity import open_identity
            from assessor.signing.sign import sign_pdf_with
            from assessor.signing.trust import trust_own_identity

            opened = open_identity(path, passphrase)
            signed = sign_pdf_with(pdf, opened, assessment=assessment, location=location, reason=reason)
            trust_own_identity(opened.certificate)  # one can unlock it: it is one's own identity
            return signed

        self._set_busy(True)
        self.status.setText(self.tr("Signing…"))
        self._task = start_task(work, self._signed, self._failed)

    def _token_signature(self) -> Callable[[Any], bytes]:
        """What signs with a key on a card (`token_dialog`), with the reason and place typed here."""
        from assessor.signing.sign import sign_pdf_with

        pdf, assessment = self.pdf, self.assessment
        reason, location = self.reason.text().strip(), self.location.text().strip()
        return lambda key: sign_pdf_with(pdf, key, assessment=assessment, location=location, reason=reason)

    def _signed(self, data: bytes) -> None:
        self._task = None
        self.signed_pdf = data
        self._set_busy(False)
        self.picker.passphrase.clear()
        self.status.setText(self.tr("Signed."))
        self.accept()

    def _failed(self, message: str) -> None:
        task, self._task = self._task, None
        self._set_busy(False)
        self.picker.explain_failure(task, message)

    def reject(self) -> None:
        if self.busy:
            return  # the work cannot be interrupted half-way; it is quick
        super().reject()

    @classmethod
    def sign(cls, pdf: bytes, assessment: Assessment | None = None, parent: QWidget | None = None) -> bytes | None:
        """Show the dialog; the signed PDF, or None when the user cancelled."""
        dialog = cls(pdf, assessment, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.signed_pdf if accepted else None
        finally:
            dialog.deleteLater()
