"""Signing the report on screen, checking a signed report, and saving what those dialogs produce.

The dialogs (sign_dialog.py, verify_dialog.py) make the bytes; this module asks where to put
them and writes them atomically, so a cancelled or failed save leaves no half-written PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from assessor.core.storage import FileProblem, read_bytes, write_atomic
from assessor.ui.session import Session

if TYPE_CHECKING:
    from assessor.ui.workspace import ReportStep

PDF_FILTER = str(QT_TRANSLATE_NOOP("MainWindow", "PDF documents (*.pdf)"))


def save_pdf(parent: QWidget, data: bytes, suggested: Path, title: str) -> Path | None:
    """Ask where to save ``data`` and write it; the path written, or None if the user cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), parent.tr(PDF_FILTER))
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        write_atomic(path, data)
    except FileProblem as exc:
        QMessageBox.critical(parent, title, str(exc))
        return None
    return path


def incomplete_box(parent: QWidget, unanswered: int) -> QMessageBox:
    """The question asked before signing a draft: signing it must be an explicit choice."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(parent.tr("Sign a draft report?"))
    if unanswered == 1:
        text = parent.tr("1 question is unanswered: the assessment is incomplete and the report is a draft.")
    else:
        text = parent.tr("{n} questions are unanswered: the assessment is incomplete and the report is a draft.")
    box.setText(text.format(n=unanswered))
    box.setInformativeText(
        parent.tr(
            "Every page of the signed report keeps its Draft mark. Answer the questions first (see Review), or "
            "sign the draft as it is."
        )
    )
    box.addButton(parent.tr("Sign the &draft"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def confirm_incomplete(parent: QWidget, unanswered: int) -> bool:
    """True when the user explicitly chooses to sign a draft (always True when nothing is unanswered)."""
    if unanswered == 0:
        return True
    box = incomplete_box(parent, unanswered)
    try:
        box.exec()
        return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole
    finally:
        box.deleteLater()


def save_box(parent: QWidget, never_saved: bool) -> QMessageBox:
    """The question asked before signing unsaved work: the signed copy must equal the file on disk."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(parent.tr("Save before signing?"))
    if never_saved:
        box.setText(parent.tr("The assessment has not been saved to a file yet."))
    else:
        box.setText(parent.tr("The assessment has changes that are not saved."))
    box.setInformativeText(
        parent.tr(
            "The signed report carries the assessment. Save it first, so that the file on disk is exactly the "
            "one signed."
        )
    )
    save = box.addButton(parent.tr("&Save and sign"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    return box


def saved_before_signing(parent: QWidget, session: Session, save: Callable[[], bool]) -> bool:
    """True when the file on disk holds the assessment as it is now (saving it if the user agrees)."""
    if session.path is not None and not session.dirty:
        return True
    box = save_box(parent, session.path is None)
    try:
        box.exec()
        agreed = box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole
    finally:
        box.deleteLater()
    return agreed and save() and session.path is not None and not session.dirty


def sign_current_report(parent: QWidget, step: ReportStep, session: Session, save: Callable[[], bool]) -> Path | None:
    """Sign the report of the open assessment, saved first; ``save`` saves it (asking for a name if new)."""
    from assessor.ui.sign_dialog import SignDialog

    if not saved_before_signing(parent, session, save):
        return None
    page = step.report
    page.wait_ready()
    if page.made_from != session.assessment:  # changed since it was made: the signed copy must equal the file
        page.refresh()
        page.wait_ready()
    if not page.pdf_bytes or page.made_from != session.assessment:
        QMessageBox.warning(parent, parent.tr("Sign the report"), parent.tr("The report is not ready yet."))
        return None
    unanswered = sum(r.unanswered for r in session.card.questions.values())
    if not confirm_incomplete(parent, unanswered):
        return None
    signed = SignDialog.sign(page.pdf_bytes, session.assessment, parent)
    if signed is None:
        return None
    folder = session.path.parent if session.path else Path.home()
    stem = session.path.stem if session.path else "report"
    saved = save_pdf(parent, signed, folder / f"{stem}-signed.pdf", parent.tr("Save the signed report"))
    if saved is not None:
        QMessageBox.information(
            parent, parent.tr("Signed"), parent.tr("The signed report is saved as {path}.").format(path=saved)
        )
    return saved


def verify_bytes(parent: QWidget, pdf: bytes, name: str, folder: Path) -> None:
    from assessor.ui.verify_dialog import VerifyDialog

    dialog = VerifyDialog(pdf, name, parent=parent)
    stem = Path(name).stem or "report"

    def keep(countersigned: bytes) -> None:
        save_pdf(
            parent, countersigned, folder / f"{stem}-countersigned.pdf", parent.tr("Save the countersigned report")
        )

    dialog.countersigned.connect(keep)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def choose_and_verify(parent: QWidget, folder: Path) -> None:
    name, _ = QFileDialog.getOpenFileName(
        parent, parent.tr("Check a signed report"), str(folder), parent.tr(PDF_FILTER)
    )
    if not name:
        return
    path = Path(name)
    try:
        data = read_bytes(path)
    except FileProblem as exc:
        from assessor.ui.open_errors import show_open_error

        show_open_error(parent, exc)
        return
    verify_bytes(parent, data, path.name, path.parent)
