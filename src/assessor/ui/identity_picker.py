"""The identity to sign with: the identities in the user's folder, "Create identity…", "Import .p12…"
and the passphrase. Shared by the signing and the countersigning dialogs.

A wrong passphrase is said next to its field, in the error style; a new identity's passphrase needs
at least 12 characters, with a live hint of its strength beside the field (signing/passphrase.py).
The passphrase lives only in the password field and is never stored.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assessor.core import paths
from assessor.signing.passphrase import MIN_LENGTH, Strength, strength
from assessor.ui.background import BackgroundTask, start_task


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
        self.passphrase_error = QLabel()  # a wrong passphrase, said where the eye is
        self.passphrase_error.setProperty("role", "error")
        self.passphrase_error.setWordWrap(True)
        _name(self.passphrase_error, self.tr("Passphrase problem"))
        self.passphrase_error.setVisible(False)
        form.addRow("", self.passphrase_error)
        self.passphrase.textEdited.connect(lambda _text: self.show_passphrase_error(""))
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
        self.new_pass.setPlaceholderText(self.tr("At least {n} characters").format(n=MIN_LENGTH))
        self.strength = QLabel()  # live, beside the field
        _name(self.strength, self.tr("Passphrase strength"))
        self.strength.setMinimumWidth(self.strength.fontMetrics().horizontalAdvance("M" * 16))
        self.new_pass.textChanged.connect(self._show_strength)
        new_pass_row = QWidget()
        new_pass_layout = QHBoxLayout(new_pass_row)
        new_pass_layout.setContentsMargins(0, 0, 0, 0)
        new_pass_layout.addWidget(self.new_pass, 1)
        new_pass_layout.addWidget(self.strength)
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
            create_form.addRow(label, new_pass_row if widget is self.new_pass else widget)
        self.create_confirm = QPushButton(self.tr("Create and &use"))
        _name(self.create_confirm, self.tr("Create the identity and use it"))
        create_form.addRow(self.create_confirm)
        layout.addWidget(self.create_box)

        for field in (self.new_name, self.new_org, self.new_role, self.new_email, self.new_pass, self.new_pass2):
            field.installEventFilter(self)
        for button in (self.create_button, self.import_button, self.create_confirm):
            button.setAutoDefault(False)  # Enter signs (the dialog's default button), never creates
        self._show_strength("")
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

    def show_passphrase_error(self, text: str) -> None:
        self.passphrase_error.setText(text)
        self.passphrase_error.setVisible(bool(text))
        if text:
            self.passphrase.selectAll()
            self.passphrase.setFocus()

    def ready_path(self) -> Path | None:
        """The identity to sign with when one is chosen and its passphrase typed; else says what is missing."""
        path = self.selected_path()
        if path is None:
            self.message.emit(self.tr("Choose, create or import an identity first."))
            return None
        if not self.passphrase.text():
            self.show_passphrase_error(self.tr("Type the passphrase of {name}.").format(name=path.name))
            return None
        return path

    def explain_failure(self, task: BackgroundTask | None, message: str) -> None:
        """Say why signing failed: a wrong passphrase next to its field, anything else as a message."""
        from assessor.signing.errors import WrongPassphrase

        path = self.selected_path()
        if task is not None and isinstance(task.problem, WrongPassphrase) and path is not None:
            self.message.emit("")
            self.show_passphrase_error(
                self.tr("This passphrase does not open {name}. Check Caps Lock and type it again.").format(
                    name=path.name
                )
            )
        else:
            self.message.emit(message)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the new identity's fields creates it (and does not reach the dialog's Sign button)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._create()
            return True
        return super().eventFilter(watched, event)

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.combo, self.passphrase, self.create_button, self.import_button, self.create_box):
            widget.setEnabled(enabled)

    # creating

    def _toggle_create(self) -> None:
        self.create_box.setVisible(not self.create_box.isVisible())
        if self.create_box.isVisible():
            self.new_name.setFocus()

    def _show_strength(self, text: str) -> None:
        level = strength(text)
        words = {
            Strength.TOO_SHORT: self.tr("Too short: {n} more").format(n=MIN_LENGTH - len(text)),
            Strength.WEAK: self.tr("Weak: vary the characters"),
            Strength.FAIR: self.tr("Fair"),
            Strength.STRONG: self.tr("Strong"),
        }
        roles = {Strength.TOO_SHORT: "muted", Strength.WEAK: "error", Strength.FAIR: "warning", Strength.STRONG: "good"}
        self.strength.setText(words[level])
        self.strength.setProperty("role", roles[level])
        self.strength.style().unpolish(self.strength)
        self.strength.style().polish(self.strength)

    def _create(self) -> None:
        name, org = self.new_name.text().strip(), self.new_org.text().strip()
        if not name or not org:
            self.message.emit(self.tr("A new identity needs a name and an organisation."))
            return
        level = strength(self.new_pass.text())
        if level is Strength.TOO_SHORT:
            self.message.emit(
                self.tr("Choose a passphrase of at least {n} characters: it protects your signing key.").format(
                    n=MIN_LENGTH
                )
            )
            self.new_pass.setFocus()
            return
        if level is Strength.WEAK:
            self.message.emit(self.tr("This passphrase uses too few different characters: choose a more varied one."))
            self.new_pass.setFocus()
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
