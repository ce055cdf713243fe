"""Signing a report from the app: choose or create an identity, type the passphrase, sign.

`IdentityPicker` (the identities in the user's folder, "Create identity…", "Import .p12…", the
passphrase) is shared with the countersignature dialog. Key generation and signing run in the
thread pool; the dialog stays responsive and shows what it is doing. The passphrase lives only in
the password field and is never stored.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assessor.core import paths
from assessor.core.assessment import Assessment
from assessor.core.storage import FileProblem

# -- background work -----------------------------------------------------------------------------------


class _TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class BackgroundTask(QRunnable):
    """Run ``fn`` in the thread pool; its result (or a user-facing error) arrives as a queued signal.

    Problems a user can cause (a wrong passphrase, a damaged file) are reported through ``failed``
    with their one-line message; anything else is a bug and is re-raised in the worker.
    """

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _TaskSignals()
        self.setAutoDelete(False)  # the owner keeps it until its signals have arrived

    def run(self) -> None:
        from assessor.signing.errors import SigningProblem

        try:
            result = self.fn()
        except FileProblem as exc:
            self.signals.failed.emit(str(exc))
        except SigningProblem as exc:
            self.signals.failed.emit(exc.message)
        except ValueError as exc:
            self.signals.failed.emit(str(exc))
        else:
            self.signals.finished.emit(result)


_started: list[BackgroundTask] = []  # kept until the pool is idle: see start_task


def start_task(
    fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[str], None]
) -> BackgroundTask:
    """Run ``fn`` in the global pool. Its owner may drop the task once a signal has arrived, but the
    worker may still be returning from the emit: the task (and its signals object) is kept here until
    no pool thread is busy, so nothing is freed under a running thread."""
    pool = QThreadPool.globalInstance()
    if pool.activeThreadCount() == 0:
        _started.clear()
    task = BackgroundTask(fn)
    _started.append(task)
    task.signals.finished.connect(on_done)
    task.signals.failed.connect(on_error)
    QThreadPool.globalInstance().start(task)
    return task


def _name(widget: QWidget, name: str) -> None:
    widget.setAccessibleName(name)


# -- choosing an identity -------------------------------------------------------------------------------


class IdentityPicker(QWidget):
    """The identity to sign with and its passphrase; can create or import identities."""

    busy_changed = Signal(bool)
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.folder = folder or paths.identities_dir()
        self._task: BackgroundTask | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        form = QFormLayout()
        row = QHBoxLayout()
        self.combo = QComboBox()
        _name(self.combo, self.tr("Signing identity"))
        self.combo.setMinimumContentsLength(24)
        row.addWidget(self.combo, 1)
        self.create_button = QPushButton(self.tr("Create identit&y…"))
        _name(self.create_button, self.tr("Create a new identity"))
        self.import_button = QPushButton(self.tr("I&mport .p12…"))
        _name(self.import_button, self.tr("Import an identity file"))
        row.addWidget(self.create_button)
        row.addWidget(self.import_button)
        identity_label = QLabel(self.tr("&Identity:"))
        identity_label.setBuddy(self.combo)
        form.addRow(identity_label, row)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        _name(self.passphrase, self.tr("Passphrase of the identity"))
        pass_label = QLabel(self.tr("&Passphrase:"))
        pass_label.setBuddy(self.passphrase)
        form.addRow(pass_label, self.passphrase)
        layout.addLayout(form)

        self.create_box = QGroupBox(self.tr("New self-signed identity"))
        self.create_box.setVisible(False)
        create_form = QFormLayout(self.create_box)
        self.new_name = QLineEdit()
        self.new_org = QLineEdit()
        self.new_role = QLineEdit()
        self.new_email = QLineEdit()
        self.new_pass = QLineEdit()
        self.new_pass2 = QLineEdit()
        for field in (self.new_pass, self.new_pass2):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_key = QComboBox()
        self.new_key.addItem(self.tr("RSA 3072 (widest support)"), "rsa")
        self.new_key.addItem(self.tr("ECDSA P-256 (faster)"), "ec")
        rows: list[tuple[str, QWidget, str]] = [
            (self.tr("&Name:"), self.new_name, self.tr("Your name, as it will be printed")),
            (self.tr("&Organisation:"), self.new_org, self.tr("Your organisation")),
            (self.tr("&Role:"), self.new_role, self.tr("Your role, for example Data protection officer")),
            (self.tr("E-m&ail:"), self.new_email, self.tr("Your e-mail address (optional)")),
            (self.tr("Passp&hrase:"), self.new_pass, self.tr("Passphrase for the new identity")),
            (self.tr("A&gain:"), self.new_pass2, self.tr("The same passphrase again")),
            (self.tr("&Key:"), self.new_key, self.tr("Key type")),
        ]
        for text, widget, accessible in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            _name(widget, accessible)
            create_form.addRow(label, widget)
        self.create_confirm = QPushButton(self.tr("Create and &use"))
        _name(self.create_confirm, self.tr("Create the identity and use it"))
        create_form.addRow(self.create_confirm)
        layout.addWidget(self.create_box)

        self.create_button.clicked.connect(self._toggle_create)
        self.create_confirm.clicked.connect(self._create)
        self.import_button.clicked.connect(self._import)
        self.refresh()

    # the identities folder

    def refresh(self, select: Path | None = None) -> None:
        from assessor.signing.identity import list_identities

        self.combo.clear()
        found = list_identities(self.folder)
        for path in found:
            self.combo.addItem(path.name, str(path))
        if not found:
            self.combo.setPlaceholderText(self.tr("No identity yet: create or import one"))
        if select is not None:
            index = self.combo.findData(str(select))
            if index >= 0:
                self.combo.setCurrentIndex(index)

    def selected_path(self) -> Path | None:
        data = self.combo.currentData()
        return Path(data) if data else None

    def passphrase_bytes(self) -> bytes:
        return self.passphrase.text().encode("utf-8")

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.combo, self.passphrase, self.create_button, self.import_button, self.create_box):
            widget.setEnabled(enabled)

    # creating

    def _toggle_create(self) -> None:
        self.create_box.setVisible(not self.create_box.isVisible())
        if self.create_box.isVisible():
            self.new_name.setFocus()

    def _create(self) -> None:
        name, org = self.new_name.text().strip(), self.new_org.text().strip()
        if not name or not org:
            self.message.emit(self.tr("A new identity needs a name and an organisation."))
            return
        if not self.new_pass.text():
            self.message.emit(self.tr("Choose a passphrase: it protects your signing key."))
            return
        if self.new_pass.text() != self.new_pass2.text():
            self.message.emit(self.tr("The two passphrases differ."))
            return
        passphrase = self.new_pass.text().encode("utf-8")
        role, email, key = self.new_role.text().strip(), self.new_email.text().strip(), self.new_key.currentData()
        folder = self.folder

        def work() -> Path:
            from assessor.signing.identity import create_identity, file_name_for, write_private
            from assessor.signing.trust import trust_own_identity

            data, cert = create_identity(name, org, passphrase=passphrase, role=role, email=email, key=key)
            paths.ensure(folder)
            target = folder / file_name_for(name)
            stem, n = target.stem, 2
            while target.exists():
                target = folder / f"{stem}-{n}.p12"
                n += 1
            write_private(target, data)
            trust_own_identity(cert)  # one's own signatures are trusted
            return target

        self._start(work, self._created, self.tr("Creating the identity…"))

    def _created(self, path: Path) -> None:
        self._done()
        self.passphrase.setText(self.new_pass.text())
        for field in (self.new_pass, self.new_pass2):
            field.clear()
        self.create_box.setVisible(False)
        self.refresh(select=path)
        self.message.emit(
            self.tr(
                "Created {name}; it is in your trusted certificates. Export its certificate (File, Export my "
                "certificate…) for those who will check your signature."
            ).format(name=path.name)
        )

    # importing

    def _choose_import_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import an identity"), "", self.tr("Identity files (*.p12 *.pfx)")
        )
        return path

    def _ask_import_passphrase(self, name: str) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Import an identity"),
            self.tr("Passphrase of {name}:").format(name=name),
            QLineEdit.EchoMode.Password,
        )
        return text if ok else None

    def _import(self) -> None:
        source = self._choose_import_file()
        if not source:
            return
        secret = self._ask_import_passphrase(Path(source).name)
        if secret is None:
            return
        folder = self.folder
        passphrase = secret.encode("utf-8")

        def work() -> Path:
            from assessor.signing.identity import import_identity, open_identity
            from assessor.signing.trust import trust_own_identity

            target = import_identity(Path(source), passphrase, folder=folder)
            trust_own_identity(open_identity(target, passphrase).certificate)
            return target

        def imported(path: Path) -> None:
            self._done()
            self.passphrase.setText(secret)
            self.refresh(select=path)
            self.message.emit(self.tr("Imported {name}.").format(name=path.name))

        self._start(work, imported, self.tr("Importing…"))

    # running

    def _start(self, work: Callable[[], Any], done: Callable[[Any], None], what: str) -> None:
        self.busy_changed.emit(True)
        self.message.emit(what)
        self._task = start_task(work, done, self._failed)

    def _done(self) -> None:
        self._task = None
        self.busy_changed.emit(False)

    def _failed(self, message: str) -> None:
        self._done()
        self.message.emit(message)


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
        self.sign_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._sign)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

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
        path = self.picker.selected_path()
        if path is None:
            self.status.setText(self.tr("Choose, create or import an identity first."))
            return
        if not self.picker.passphrase.text():
            self.status.setText(self.tr("Type the passphrase of {name}.").format(name=path.name))
            self.picker.passphrase.setFocus()
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
        self._task = None
        self._set_busy(False)
        self.status.setText(message)
        self.picker.passphrase.selectAll()
        self.picker.passphrase.setFocus()

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
