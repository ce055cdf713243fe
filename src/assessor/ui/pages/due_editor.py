"""The action plan's Due cells are edited with a date editor and its calendar (Alt+Down), so a due date is
always a day that exists. Its lowest date stands for "no due date"; Delete empties the cell."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from assessor.ui.date_field import ISO, NOT_SET, DateEditor
from assessor.ui.widgets import named

Index = QModelIndex | QPersistentModelIndex


class DueEditor(DateEditor):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:  # no due date
            self.setDate(NOT_SET)
            self.chosen()
            return
        super().keyPressEvent(event)


class DueDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = named(
            DueEditor(parent),
            self.tr("Due date"),
            self.tr("Type the date or pick it from the calendar (Alt+Down); Delete leaves it without a date"),
        )
        editor.setDisplayFormat(ISO)
        editor.setCalendarPopup(True)
        editor.setMinimumDate(NOT_SET)
        editor.setSpecialValueText(self.tr("No due date"))
        editor.dateChanged.connect(lambda _day: editor.chosen())  # a date typed or picked is the user's
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DueEditor)
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        day = QDate.fromString(text, ISO) if text else NOT_SET
        editor.show_quietly(day if day.isValid() else NOT_SET)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, DueEditor)
        editor.interpretText()
        day = editor.date()
        text = "" if day == NOT_SET or editor.only_filled_in() else day.toString(ISO)
        model.setData(index, text, Qt.ItemDataRole.EditRole)
