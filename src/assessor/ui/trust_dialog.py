"""The trust list in the app: see it with each certificate's SHA-256, import, remove, export.

The list itself lives in the user's data folder (`assessor.signing.trust`); the command line's
``assessor trust`` reads and writes the same one. "Export my certificate" writes one of the user's
own identities' certificates (they are in the trust list, so no passphrase is needed) for a board or
colleague to trust.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessor.core.storage import FileProblem, read_bytes, write_atomic
from assessor.ui.widgets import named, text

CERT_FILTER = str(QT_TRANSLATE_NOOP("TrustDialog", "Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
MAX_CERT_BYTES = 1024 * 1024


def _tr(source: str) -> str:
    return QCoreApplication.translate("TrustDialog", source)


def save_certificate(parent: QWidget, item: Any, folder: Path) -> Path | None:
    """Ask where to write ``item``'s certificate (PEM) and write it; the path, or None if cancelled."""
    stem = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in item.name).strip("-")[:40] or "certificate"
    name, _ = QFileDialog.getSaveFileName(
        parent, _tr("Export the certificate"), str(folder / f"{stem}.pem"), _tr(CERT_FILTER)
    )
    if not name:
        return None
    path = Path(name)
    try:
        write_atomic(path, item.path.read_bytes())
    except (FileProblem, OSError) as exc:
        QMessageBox.critical(parent, _tr("Not exported"), str(exc))
        return None
    QMessageBox.information(
        parent,
        _tr("Certificate exported"),
        _tr(
            "Wrote {path}. Give it to those who will check your signature, and tell them its SHA-256 "
            "by another way (phone, in person): {sha}"
        ).format(path=path, sha=item.sha256_grouped),
    )
    return path


def export_own_certificate(parent: QWidget, folder: Path) -> Path | None:
    """Export the certificate of one of the user's own identities (asking which, when there are several)."""
    from assessor.signing.trust import list_trusted

    own = [c for c in list_trusted() if c.own]
    if not own:
        QMessageBox.information(
            parent,
            _tr("Export my certificate"),
            _tr(
                "You have no identity of your own in your trusted certificates yet. Make or import one when you "
                "sign a report (Report page, Sign the report…); it is added there."
            ),
        )
        return None
    chosen = own[0]
    if len(own) > 1:
        labels = [f"{c.label} — {c.sha256_grouped[:19]}" for c in own]
        label, ok = QInputDialog.getItem(
            parent, _tr("Export my certificate"), _tr("Which identity's certificate?"), labels, 0, False
        )
        if not ok:
            return None
        chosen = own[labels.index(label)]
    return save_certificate(parent, chosen, folder)


class TrustDialog(QDialog):
    """Lists the trusted certificates; imports, removes and exports them."""

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.folder = folder or Path.home()
        self.items: list[Any] = []
        self.setWindowTitle(self.tr("Trusted certificates"))
        self.setAccessibleName(self.tr("Trusted certificates"))
        self.resize(860, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(
            text(
                self.tr(
                    "Signatures made with these certificates are shown as trusted. Your own identities are added "
                    "when you make or import them. Import the certificate of a board or a colleague once, after "
                    "checking its SHA-256 with its holder by another way (phone, in person)."
                )
            )
        )
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Certificate"), self.tr("Kind"), self.tr("Valid until"), self.tr("SHA-256")]
        )
        self.table.setAccessibleName(self.tr("Trusted certificates"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.status = text("")
        self.status.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.status)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = named(
            buttons.addButton(self.tr("&Import a certificate…"), QDialogButtonBox.ButtonRole.ActionRole),
            self.tr("Import a certificate to trust"),
        )
        self.export_button = named(
            buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.ActionRole),
            self.tr("Export the selected certificate"),
        )
        self.remove_button = named(
            buttons.addButton(self.tr("&Remove"), QDialogButtonBox.ButtonRole.ActionRole),
            self.tr("Stop trusting the selected certificate"),
        )
        named(buttons.button(QDialogButtonBox.StandardButton.Close), self.tr("Close"))
        self.import_button.clicked.connect(self.import_certificates)
        self.export_button.clicked.connect(self.export_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def _kind(self, item: Any) -> str:
        return {"own": self.tr("Yours"), "authority": self.tr("Authority"), "imported": self.tr("Imported")}[item.kind]

    def refresh(self, select: str = "") -> None:
        from assessor.signing.trust import list_trusted

        self.items = list_trusted()
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            sha = item.sha256_grouped
            two_lines = f"{sha[:39]}\n{sha[40:]}"  # 8 groups a line, so the name keeps its room
            for column, value in enumerate((item.label, self._kind(item), item.not_after, two_lines)):
                cell = QTableWidgetItem(value)
                cell.setToolTip(item.sha256 if column == self.COLUMNS - 1 else value)
                self.table.setItem(row, column, cell)
            if item.sha256 == select:
                self.table.selectRow(row)
        self.table.resizeRowsToContents()
        if not self.items:
            self.status.setText(self.tr("No trusted certificates yet."))
        self._update_buttons()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.export_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # the user's choices (tests answer these without a native dialog)

    def choose_files(self) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import certificates to trust"), str(self.folder), self.tr(CERT_FILTER)
        )
        return list(files)

    def confirm_removal(self, item: Any) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Stop trusting"),
            self.tr("Stop trusting {label} (SHA-256 {sha})?").format(label=item.label, sha=item.sha256_grouped),
        )
        return answer == QMessageBox.StandardButton.Yes

    # actions

    def import_certificates(self) -> None:
        from assessor.signing.trust import add_certificates

        added = []
        for name in self.choose_files():
            try:
                added.extend(add_certificates(read_bytes(name, limit=MAX_CERT_BYTES), name=name))
            except FileProblem as exc:
                self.status.setText(str(exc))
                self.refresh()
                return
        if added:
            last = added[-1]
            self.refresh(select=last.sha256)
            self.status.setText(
                self.tr("Trusted {label}. Check its SHA-256 with its holder: {sha}").format(
                    label=last.label, sha=last.sha256_grouped
                )
            )

    def remove_selected(self) -> None:
        from assessor.signing.trust import TrustProblem, remove_certificate

        item = self.selected()
        if item is None or not self.confirm_removal(item):
            return
        try:
            remove_certificate(item.sha256)
        except TrustProblem as exc:
            self.status.setText(str(exc))
        else:
            self.status.setText(self.tr("No longer trusted: {label}").format(label=item.label))
        self.refresh()

    def export_selected(self) -> None:
        item = self.selected()
        if item is not None:
            save_certificate(self, item, self.folder)

    @classmethod
    def show_modal(cls, parent: QWidget | None = None, folder: Path | None = None) -> None:
        dialog = cls(parent, folder)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
