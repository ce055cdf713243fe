"""A report whose signatures do not verify, opened: the verdict and nothing else.

Nothing the file carries is read into the window (no answers, no institution, no reassessment, no
way to save its assessment): no valid signature vouches for it. Only the reason is shown, with the
signature details a click away.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from assessor.ui.signature_banner import SignatureVerdict
from assessor.ui.widgets import heading, named, text


class NotValidView(QWidget):
    verify_requested = Signal()
    close_requested = Signal()

    def __init__(self, file_name: str, verification: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_name = file_name
        self.setAccessibleName(self.tr("{name}: not valid").format(name=file_name))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading(self.tr("{name} — NOT VALID").format(name=file_name)))
        banner = QFrame()
        banner.setObjectName("banner")
        inner = QVBoxLayout(banner)
        self.verdict = SignatureVerdict()
        self.verdict.show_result(verification)
        inner.addWidget(self.verdict)
        if not verification.signatures:
            advice = self.tr(
                "This PDF is not signed. To work on the assessment, open the .g4sa file the report was made from."
            )
        else:
            advice = self.tr(
                "Nothing from this file is shown: no valid signature covers what it carries, so its answers cannot "
                "be opened, reassessed or saved. Do not rely on it; ask the sender for the signed report as it "
                "was made."
            )
        self.advice = text(advice)
        inner.addWidget(self.advice)
        row = QHBoxLayout()
        row.addStretch(1)
        self.details_button = named(QPushButton(self.tr("Signature &details…")), self.tr("Signature details"))
        self.details_button.clicked.connect(self.verify_requested)
        self.close_button = named(QPushButton(self.tr("&Close this file")), self.tr("Close this file"))
        self.close_button.clicked.connect(self.close_requested)
        row.addWidget(self.details_button)
        row.addWidget(self.close_button)
        inner.addLayout(row)
        layout.addWidget(banner)
        layout.addStretch(1)

    def focus_first(self) -> None:
        self.details_button.setFocus()
