"""The button that shows and hides a section (a question's guidance), read as an expandable button."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QToolButton

from assessor.ui import accessible
from assessor.ui.accessible_interfaces import Opening


class ExpanderButton(QToolButton):
    """A checkable button that shows and hides a section: read as an expandable button, expanded when open."""


class _ExpanderAccessible(Opening):
    ACTIONS = (QAccessibleActionInterface.toggleAction(), QAccessibleActionInterface.pressAction())

    def __init__(self, button: ExpanderButton) -> None:
        super().__init__(button, QAccessible.Role.Button)
        self._button = button

    def is_open(self) -> bool:
        return self._button.isChecked()

    def open_or_close(self) -> None:
        self._button.click()

    def state(self) -> QAccessible.State:
        state = super().state()
        state.checkable = True
        state.checked = self.is_open()
        return state


accessible.provide(ExpanderButton, _ExpanderAccessible)
