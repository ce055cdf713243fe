"""A date that can be left empty, picked from a calendar or typed, and never an impossible day.

`DateField` is a `QDateEdit` (with its calendar popup) beside a Clear button. Its value is an ISO date,
"" when no date is given: the editor's minimum date stands for "not set" and shows as such. Keyboard entry
goes day part by day part, so 2025-13-45 or 2025-02-30 cannot be typed. ``edited`` is emitted when the user
has finished choosing a date (Enter, leaving the field, a click in the calendar, an arrow step).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtGui import QFocusEvent, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLineEdit, QToolButton, QWidget

from assessor.ui.widgets import named, set_enum

SEPARATORS = frozenset("-/. ")
NOT_SET = QDate(1900, 1, 1)  # the editor's minimum: stands for "no date", shown as the special value text
ISO = "yyyy-MM-dd"
CLEAR_ICON_FILES = tuple(f":/qt-project.org/styles/commonstyle/images/cleartext-{size}.png" for size in (16, 32, 128))
"""Qt's own clear-text icon, the one its styles give a line edit's clear button (``QStyle.SP_LineEditClearButton``),
read from Qt's resources: asking a style for it would load ``QStyle``'s eleven enum classes, about 5 ms of showing
the first page (tests/ui/test_validated_input.py checks that the files are there)."""


def clear_icon() -> QIcon:
    icon = QIcon()
    for path in CLEAR_ICON_FILES:
        icon.addFile(path)
    return icon


class _Editor(QDateEdit):
    """A QDateEdit that starts from today, not from its "not set" minimum, when the user begins on an empty one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filled_in = False  # today's date put in on focus, not chosen yet
        self._moved_on = False  # the last digit filled a part and moved to the next one
        self._fresh = False  # focus came to an empty field: the first digit typed starts the year

    def event(self, event: QEvent) -> bool:
        """Ctrl+Z and Ctrl+Shift+Z are the window's Edit ▸ Undo and Redo here, not the text box's own undo."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo))
        ):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Typing 2025-06-01 in full works: the "-" after a part the editor has already left is not taken as
        "skip the next part"."""
        if event.text() in SEPARATORS and event.text() and self._moved_on:
            self._moved_on = False
            event.accept()
            return
        whole = self.lineEdit().selectedText() == self.lineEdit().text()
        if event.text().isdigit() and (self._fresh or whole):  # a date typed anew, wherever the click put the cursor
            self.setCurrentSection(QDateEdit.Section.YearSection)
            self.setSelectedSection(QDateEdit.Section.YearSection)
        self._fresh = False
        section = self.currentSection()
        super().keyPressEvent(event)
        self._moved_on = event.text().isdigit() and self.currentSection() != section

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.date() == NOT_SET and not self.isReadOnly():
            self._quietly(QDate.currentDate())
            self._filled_in = self._fresh = True
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)  # emits dateChanged if the user changed the date
        from PySide6.QtCore import Qt  # here, not at the top: the first page shows without the Qt namespace

        if event.reason() != Qt.FocusReason.PopupFocusReason:  # not while its calendar is open
            self.forget_fill()

    def forget_fill(self) -> None:
        """Leaving a field the user only passed through: back to "not set", as it was."""
        if self._filled_in:
            self._filled_in = False
            self._quietly(NOT_SET)

    def chosen(self) -> None:
        self._filled_in = False

    def _quietly(self, day: QDate) -> None:
        blocked = self.blockSignals(True)
        self.setDate(day)
        self.blockSignals(blocked)

    def show_quietly(self, day: QDate) -> None:
        """Show ``day`` as the value the field holds (not a choice of the user's), without signals."""
        self.chosen()
        self._quietly(day)

    def only_filled_in(self) -> bool:
        """Whether the date shown is today's, put in when the user came to an empty field, and not chosen."""
        return self._filled_in


DateEditor = _Editor  # for editors made elsewhere (the action plan's Due cells)


class DateField(QWidget):
    edited = Signal(str)  # the ISO date the user chose, "" when cleared

    def __init__(self, name: str, value: str = "", *, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.editor = named(_Editor(), name, self.tr("A date: type it or pick it from the calendar (Alt+Down)"))
        self.editor.setDisplayFormat(ISO)
        self.editor.setCalendarPopup(True)
        self.editor.setMinimumDate(NOT_SET)
        self.editor.setSpecialValueText(self.tr("Not set"))
        self.editor.setKeyboardTracking(False)  # one change when the date is complete, not one a keystroke
        self.editor.setReadOnly(read_only)
        inner = self.editor.findChild(QLineEdit)  # the text part, which takes the focus: named as the field is
        if inner is not None:
            named(inner, name)
        # an icon with its name as tooltip, like a search field's clear button: two of them sit on one page, so a
        # caption would need two Alt keys for the same word; it is reached with Tab and pressed with Space
        self.clear_button = named(QToolButton(), self.tr("Clear {name}").format(name=name))
        self.clear_button.setIcon(clear_icon())
        self.clear_button.setToolTip(self.clear_button.accessibleName())
        set_enum(self.clear_button, "focusPolicy", "TabFocus")
        self.read_only = read_only
        row.addWidget(self.editor)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        self.set_iso(value)
        self.editor.dateChanged.connect(self._changed)
        self.clear_button.clicked.connect(self.clear)
        self.setFocusProxy(self.editor)

    def iso(self) -> str:
        day = self.editor.date()
        return "" if day == NOT_SET else day.toString(ISO)

    def set_iso(self, value: str) -> None:
        """Show ``value`` ("" for no date) without emitting ``edited``."""
        day = QDate.fromString(value, ISO) if value else NOT_SET
        self.editor.chosen()
        self.editor._quietly(day if day.isValid() else NOT_SET)
        self.clear_button.setEnabled(bool(self.iso()) and not self.read_only)

    def clear(self) -> None:
        self.editor.setDate(NOT_SET)  # emits, through _changed

    def _changed(self, _day: QDate) -> None:
        self.editor.chosen()
        self.clear_button.setEnabled(bool(self.iso()) and not self.read_only)
        self.edited.emit(self.iso())
