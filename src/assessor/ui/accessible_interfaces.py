"""The accessible interfaces assessor gives Qt (see accessible.py): a control that opens something, and a
drop-down named by its label. Loaded when Qt first asks for one, that is while an assistive technology is active."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QComboBox, QLabel, QWidget

from assessor.ui.accessible import without_mnemonic


class Opening(QAccessibleWidget):
    """A control that opens something: expandable, expanded while open; its actions do what a click does."""

    ACTIONS: tuple[str, ...] = ()

    def is_open(self) -> bool:
        raise NotImplementedError

    def open_or_close(self) -> None:
        raise NotImplementedError

    def state(self) -> QAccessible.State:
        state = super().state()
        open_ = self.is_open()
        state.expandable = True
        state.expanded = open_
        state.collapsed = not open_
        return state

    def actionNames(self) -> list[str]:
        return list(self.ACTIONS)

    def doAction(self, name: str) -> None:
        widget = self.widget()
        if name in self.ACTIONS and widget is not None and widget.isEnabled():
            self.open_or_close()


def combo_label(combo: QComboBox) -> str:
    """What a drop-down is called: its accessible name, else the text of the label whose buddy it is."""
    if combo.accessibleName():
        return combo.accessibleName()
    window = combo.window()
    for label in window.findChildren(QLabel) if window is not None else ():
        if label.buddy() is combo:
            return without_mnemonic(label.text()).strip().rstrip(":").strip()
    return ""


class LabelledComboAccessible(Opening):
    """A drop-down named by its label (by its value when it has none, as Qt does); its value is the current
    entry; its children the field typed in (an editable one) and the list it opens.

    Qt may ask for the interface as the widget is created, before it is named or made editable: all of this
    is read when asked, never fixed at creation."""

    ACTIONS = (QAccessibleActionInterface.showMenuAction(), QAccessibleActionInterface.pressAction())

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo, QAccessible.Role.ComboBox)
        self._combo = combo

    def is_open(self) -> bool:
        return self._combo.view().isVisible()

    def open_or_close(self) -> None:
        self._combo.showPopup()

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return combo_label(self._combo) or self._combo.currentText()
        if kind == QAccessible.Text.Value:
            return self._combo.currentText()
        return str(super().text(kind))

    def _parts(self) -> list[QWidget]:
        field = self._combo.lineEdit() if self._combo.isEditable() else None
        return [field, self._combo.view()] if field is not None else [self._combo.view()]

    def childCount(self) -> int:
        return len(self._parts())

    def child(self, index: int) -> QAccessibleInterface:  # Qt takes a null pointer: no such child
        parts = self._parts()
        return QAccessible.queryAccessibleInterface(parts[index]) if 0 <= index < len(parts) else None  # type: ignore[return-value]

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        parts = self._parts()
        found = child.object() if child is not None else None
        return next((i for i, part in enumerate(parts) if part is found), -1)
