"""Checking a signed report in the app, trusting a signer's certificate, and countersigning.

The verdict is said in words with an icon (never by colour alone); the table lists each signature
with yes/no for every check, against the user's trust list. "Trust certificate…" adds a signer's
exported certificate to the trust list and checks again. "Countersign…" lets the board add its
decision; the countersigned document is then checked and offered through ``countersigned`` (the
caller saves it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessor.core.storage import FileProblem, read_bytes
from assessor.ui.background import BackgroundTask, start_task
from assessor.ui.identity_picker import IdentityPicker

COLUMNS = 7


class CountersignDialog(QDialog):
    """The board's decision, comment and identity. After Accepted, ``countersigned_pdf`` holds the result."""

    def __init__(self, signed_pdf: bytes, parent: QWidget | None = None, identities_folder: Path | None = None) -> None:
        super().__init__(parent)
        self.signed_pdf = signed_pdf
        self.countersigned_pdf: bytes | None = None
        self._task: BackgroundTask | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Countersign the report"))
        self.setAccessibleName(self.tr("Countersign the report"))
        layout = QVBoxLayout(self)

        decision_label = QLabel(self.tr("The board's decision:"))
        layout.addWidget(decision_label)
        self.decisions = QButtonGroup(self)
        self.decision_buttons: dict[str, QRadioButton] = {}
        for code, text in (
            ("approved", self.tr("&Approved")),
            ("conditions", self.tr("Approved with &conditions")),
            ("not-approved", self.tr("&Not approved")),
        ):
            button = QRadioButton(text)
            button.setAccessibleName(text.replace("&", ""))
            self.decisions.addButton(button)
            self.decision_buttons[code] = button
            layout.addWidget(button)
        self.decision_buttons["approved"].setChecked(True)

        comment_label = QLabel(self.tr("Comment or con&ditions:"))
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName(self.tr("Comment or conditions"))
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(90)
        comment_label.setBuddy(self.comment)
        layout.addWidget(comment_label)
        layout.addWidget(self.comment)

        self.picker = IdentityPicker(self, identities_folder)
        layout.addWidget(self.picker)
        from assessor.ui.token_dialog import token_button

        self.token_button = token_button(self, self._token_countersignature, self._done)
        layout.addWidget(self.token_button)
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
        self.sign_button = self.buttons.addButton(self.tr("Counter&sign"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setAccessibleName(self.tr("Countersign the report"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._sign)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.sign_button.setDefault(True)  # Enter signs; set once in the dialog, or Qt picks another button
        self.picker.message.connect(self.status.setText)
        self.picker.busy_changed.connect(self._set_busy)

    @property
    def busy(self) -> bool:
        return self._busy

    def decision(self) -> str:
        return next(code for code, button in self.decision_buttons.items() if button.isChecked())

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.picker.set_enabled(not busy)
        self.sign_button.setEnabled(not busy)

    def _sign(self) -> None:
        path = self.picker.ready_path()
        if path is None:
            return
        pdf, passphrase = self.signed_pdf, self.picker.passphrase_bytes()
        decision, comment = self.decision(), self.comment.toPlainText()

        def work() -> bytes:
            from assessor.signing.identity import open_identity
            from assessor.signing.sign import countersign_pdf_with

            return countersign_pdf_with(pdf, open_identity(path, passphrase), decision=decision, comment=comment)  # type: ignore[arg-type]

        self._set_busy(True)
        self.status.setText(self.tr("Countersigning…"))
        self._task = start_task(work, self._done, self._failed)

    def _token_countersignature(self) -> Any:
        """What countersigns with a key on a card (`token_dialog`), with the decision and comment chosen here."""
        from assessor.signing.sign import countersign_pdf_with

        pdf, decision, comment = self.signed_pdf, self.decision(), self.comment.toPlainText()
        return lambda key: countersign_pdf_with(pdf, key, decision=decision, comment=comment)  # type: ignore[arg-type]

    def _done(self, data: bytes) -> None:
        self._task = None
        self._set_busy(False)
        self.countersigned_pdf = data
        self.picker.passphrase.clear()
        self.accept()

    def _failed(self, message: str) -> None:
        task, self._task = self._task, None
        self._set_busy(False)
        self.picker.explain_failure(task, message)

    def reject(self) -> None:
        if not self.busy:
            super().reject()


class VerifyDialog(QDialog):
    """Shows whether a signed report is valid, who signed it, and what each signature covers."""

    countersigned = Signal(bytes)  # the countersigned document, for the caller to save
    verified = Signal(object)  # a Verification, each time the checks finish

    def __init__(
        self,
        pdf: bytes,
        file_name: str = "",
        trust: list[bytes] | None = None,
        parent: QWidget | None = None,
        identities_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.file_name = file_name
        self.trust: list[bytes] = list(trust or [])
        self.identities_folder = identities_folder
        self.result: Any = None
        self._task: BackgroundTask | None = None
        self._busy = False
        title = self.tr("Signatures of {name}").format(name=file_name) if file_name else self.tr("Signatures")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(880, 460)

        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.icon = QLabel()
        self.icon.setFixedSize(40, 40)
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.verdict = QLabel(self.tr("Checking the signatures…"))
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setAccessibleName(self.tr("Verdict"))
        font = self.verdict.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.verdict.setFont(font)
        head.addWidget(self.verdict, 1)
        layout.addLayout(head)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Details"))
        self.details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.details)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Signer"),
                self.tr("Time"),
                self.tr("Intact"),
                self.tr("Valid"),
                self.tr("Trusted"),
                self.tr("Whole document"),
                self.tr("Decision"),
            ]
        )
        self.table.setAccessibleName(self.tr("Signatures"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(110)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Checking"))
        layout.addWidget(self.progress)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.trust_button = buttons.addButton(self.tr("&Trust certificate…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.trust_button.setAccessibleName(self.tr("Trust a signer's certificate"))
        self.countersign_button = buttons.addButton(self.tr("Counter&sign…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.countersign_button.setAccessibleName(self.tr("Countersign the report"))
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.trust_button.clicked.connect(self._add_trust)
        self.countersign_button.clicked.connect(self._countersign)
        layout.addWidget(buttons)
        self._set_busy(True)
        self.verify()

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.trust_button.setEnabled(not busy)
        self.countersign_button.setEnabled(not busy and self._can_countersign())

    def _can_countersign(self) -> bool:
        from assessor.report import attestation

        result = self.result
        return bool(
            result is not None
            and result.valid
            and all(s.field != attestation.COUNTERSIGNATURE_FIELD for s in result.signatures)
        )

    # checking

    def verify(self) -> None:
        pdf, trust = self.pdf, list(self.trust)

        def work() -> Any:
            from assessor.signing.trust import verify_trusted

            return verify_trusted(pdf, trust)

        self._set_busy(True)
        self._task = start_task(work, self._show, self._failed)

    def _failed(self, message: str) -> None:
        self._task = None
        self.result = None
        self._set_busy(False)
        self._set_icon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.verdict.setText(self.tr("This file cannot be checked."))
        self.details.setText(message)
        self.table.setRowCount(0)

    def _set_icon(self, which: QStyle.StandardPixmap) -> None:
        self.icon.setPixmap(self.style().standardIcon(which).pixmap(36, 36))

    def _yes_no(self, value: bool) -> str:
        return self.tr("Yes") if value else self.tr("No")

    def _decision_text(self, code: str | None) -> str:
        labels = {
            "approved": self.tr("Approved"),
            "conditions": self.tr("Approved with conditions"),
            "not-approved": self.tr("Not approved"),
        }
        return labels.get(code or "", "")

    def _show(self, result: Any) -> None:
        self._task = None
        self.result = result
        trusted_all = result.trusted
        impostors = [s.signer for s in result.signatures if s.name_conflict]
        if result.valid and impostors:
            self._set_icon(QStyle.StandardPixmap.SP_MessageBoxCritical)
            verdict = self.tr(
                "Valid, but signed by a certificate you do not trust, named {name} "
                "(not the one you trust for this name)."
            ).format(name=impostors[0])
        elif result.valid and trusted_all:
            self._set_icon(QStyle.StandardPixmap.SP_DialogApplyButton)
            verdict = self.tr("Valid: the report is unchanged since it was signed, and you trust every signer.")
        elif result.valid:
            self._set_icon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            verdict = self.tr(
                "Valid, but not every signer is trusted: the report is unchanged since it was signed. "
                "Check who signed by trusting their certificate."
            )
        else:
            self._set_icon(QStyle.StandardPixmap.SP_MessageBoxCritical)
            verdict = self.tr("Not valid: do not rely on this report.")
        self.verdict.setText(verdict)
        lines = []
        if result.report_id:
            lines.append(self.tr("Report {id}.").format(id=result.report_id))
        if result.fingerprint_match is True:
            lines.append(
                self.tr("The embedded assessment matches the printed fingerprint {fp}.").format(
                    fp=result.fingerprint[:16]
                )
            )
        elif result.fingerprint_match is None:
            lines.append(self.tr("No embedded assessment to compare with the printed fingerprint."))
        for sig in result.signatures:
            if sig.comment:
                lines.append(
                    self.tr("Comment by {who}: {comment}").format(who=sig.signer or sig.field, comment=sig.comment)
                )
        lines.extend(result.problems)
        lines.extend(result.notes)
        self.details.setText("\n".join(lines))
        self.table.setRowCount(len(result.signatures))
        for row, sig in enumerate(result.signatures):
            who = ", ".join(p for p in (sig.signer, sig.role, sig.organisation) if p)
            cells = [
                who,
                (sig.time or "").replace("T", " ").replace("Z", " UTC"),
                self._yes_no(sig.intact),
                self._yes_no(sig.valid),
                self.tr("No: another certificate has this name") if sig.name_conflict else self._yes_no(sig.trusted),
                self._yes_no(sig.whole_document),
                self._decision_text(sig.decision),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == COLUMNS - 1 and sig.comment:
                    item.setToolTip(sig.comment)
                if column == 0 and sig.certificate_sha256:
                    item.setToolTip(self.tr("Certificate SHA-256: {fp}").format(fp=sig.certificate_sha256))
                self.table.setItem(row, column, item)
        self._set_busy(False)
        self.verified.emit(result)

    # trusting

    def _choose_certificates(self) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Trust certificates"), "", self.tr("Certificates (*.pem *.crt *.cer *.der)")
        )
        return list(files)

    def _add_trust(self) -> None:
        """Add the chosen certificates to the trust list (they stay trusted), then check again."""
        from assessor.signing.trust import add_certificates

        added = 0
        for name in self._choose_certificates():
            try:
                add_certificates(read_bytes(name, limit=1024 * 1024), name=name)
            except FileProblem as exc:
                self.details.setText(str(exc))
                return
            added += 1
        if added:
            self.verify()

    # countersigning

    def _make_countersign_dialog(self) -> CountersignDialog:
        return CountersignDialog(self.pdf, self, self.identities_folder)

    def _countersign(self) -> None:
        dialog = self._make_countersign_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.countersigned_pdf:
            self.pdf = dialog.countersigned_pdf
            self.countersigned.emit(self.pdf)
            self.verify()

    def reject(self) -> None:
        if not self.busy:
            super().reject()
