"""Texts of the Help menu."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessor import __version__

# the words are marked for lupdate here and translated when shown (shortcuts_text)
SHORTCUTS = (
    ("Ctrl+N", QT_TRANSLATE_NOOP("help", "New assessment")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("help", "Open an assessment or a signed report")),
    ("Ctrl+S / Ctrl+Shift+S", QT_TRANSLATE_NOOP("help", "Save / Save as")),
    ("Ctrl+W", QT_TRANSLATE_NOOP("help", "Close the assessment")),
    (QT_TRANSLATE_NOOP("help", "Ctrl+PgDown or Alt+Right"), QT_TRANSLATE_NOOP("help", "Next page")),
    (QT_TRANSLATE_NOOP("help", "Ctrl+PgUp or Alt+Left"), QT_TRANSLATE_NOOP("help", "Previous page")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("help", "Find a question")),
    ("Ctrl+R / Ctrl+Shift+R", QT_TRANSLATE_NOOP("help", "Review / Results")),
    ("Ctrl+Down / Ctrl+Up", QT_TRANSLATE_NOOP("help", "Next / previous question")),
    ("Ctrl+Shift+Down", QT_TRANSLATE_NOOP("help", "Next unanswered question")),
    ("Ctrl+0 … Ctrl+4", QT_TRANSLATE_NOOP("help", "Answer the question you are in with that level")),
    ("Ctrl+Shift+N", QT_TRANSLATE_NOOP("help", "Answer the question you are in with N/A")),
    ("Ctrl+Backspace", QT_TRANSLATE_NOOP("help", "Clear the answer to the question you are in")),
    (
        QT_TRANSLATE_NOOP("help", "Alt+underlined letter"),
        QT_TRANSLATE_NOOP("help", "That button or field; in a question: its notes, flag, evidence, guidance"),
    ),
    ("Ctrl+Z / Ctrl+Shift+Z", QT_TRANSLATE_NOOP("help", "Undo / Redo")),
    (
        "Tab / Shift+Tab",
        QT_TRANSLATE_NOOP(
            "help", "Next / previous control: from a question's answer to its notes, then to the next question"
        ),
    ),
    ("Ctrl+Shift+V", QT_TRANSLATE_NOOP("help", "Check the signatures of a signed report")),
)


def _tr(text: object) -> str:  # object: QT_TRANSLATE_NOOP is typed as returning one
    return QCoreApplication.translate("help", str(text))


def shortcuts_text() -> str:
    rows = [(_tr(keys), _tr(what)) for keys, what in SHORTCUTS]
    width = max(len(keys) for keys, _ in rows)
    return "\n".join(f"{keys.ljust(width)}   {what}" for keys, what in rows)


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts in two aligned columns: the keys, and what they do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(SHORTCUTS), 2)
        self.table.setAccessibleName(_tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([_tr("Keys"), _tr("What they do")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        for row, (keys, what) in enumerate(SHORTCUTS):
            for column, words in enumerate((_tr(keys), _tr(what))):
                item = QTableWidgetItem(words)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        width = sum(self.table.columnWidth(c) for c in range(2)) + 2 * self.table.frameWidth() + 4
        height = header.sizeHint().height() + sum(self.table.rowHeight(r) for r in range(len(SHORTCUTS)))
        self.table.setMinimumSize(width, height + 2 * self.table.frameWidth() + 2)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)


def about_text() -> str:
    return _tr(
        "assessor {version}\n\nA proportionate self-assessment against the GA4GH Framework for Responsible "
        "Sharing of Genomic and Health-Related Data, with a signed, printable report.\n\n"
        "Works offline: nothing you enter leaves this computer."
    ).format(version=__version__)
