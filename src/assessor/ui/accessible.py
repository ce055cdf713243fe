"""What the keyboard and a screen reader get beyond Qt's defaults: Alt-key captions (on Qt's own standard buttons
too), drop-downs named by their label, and the interfaces other modules provide (the expandable guidance toggle,
expander.py).

Qt's own accessible interfaces say "check box" for any checkable button (a toggle that opens a section is not a
check box) and, on Linux, name a drop-down by its current value (the label is only a relation, which not every
reader follows). The interfaces here are given to Qt through ``install()``, called once when the app starts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTranslator
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QComboBox, QLabel, QWidget

_installed: list[QObject] = []  # what install() gave Qt, kept alive here
_interfaces: dict[type[QObject], Callable[[Any], QAccessibleInterface]] = {}  # more, added by provide()


def without_mnemonic(caption: str) -> str:
    """The caption as shown when its Alt key is not live: "F&lag" → "Flag" ("&&" stays a literal "&")."""
    return re.sub(r"&(.)", r"\1", caption)


def mnemonic_label(caption: str, buddy: QWidget) -> QLabel:
    """A caption whose Alt key (once its & is shown) puts the keyboard in ``buddy``; plain text, so Qt draws the
    underline, and the label names ``buddy`` for a screen reader (the "labelled by" relation)."""
    widget = QLabel(without_mnemonic(caption))
    widget.setBuddy(buddy)
    return widget


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


class _LabelledComboAccessible(Opening):
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


class StandardButtonKeys(QTranslator):
    """Qt's standard buttons (OK, Save, Discard, Cancel, Close…) with an Alt key: their first letter, in the
    language shown, when Qt's own caption has none. Installed after the other translators, so it is asked first."""

    _asking = False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:  # None: "not mine", the next translator is asked
        if context != "QPlatformTheme" or StandardButtonKeys._asking or "&" in source:
            return None
        StandardButtonKeys._asking = True
        try:
            caption = QCoreApplication.translate(context, source, disambiguation, n)
        finally:
            StandardButtonKeys._asking = False
        return caption if "&" in caption or not caption else f"&{caption}"

    def isEmpty(self) -> bool:
        return False


def provide(kind: type[QObject], interface: Callable[[Any], QAccessibleInterface]) -> None:
    """Give ``interface(widget)`` for every ``kind`` of widget: a module that defines a kind calls this as it
    loads (expander.py), so a kind the start-up never makes is not loaded with it."""
    _interfaces[kind] = interface


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    for kind, interface in _interfaces.items():
        if isinstance(obj, kind):
            return interface(obj)
    if isinstance(obj, QComboBox):
        return _LabelledComboAccessible(obj)
    return None  # Qt's own interface


def install() -> None:
    """Give Qt the interfaces above (once) and the standard buttons' Alt keys, asked before any translator
    installed so far (call it again after installing another translator, as make_app does)."""
    app = QCoreApplication.instance()
    if app is None:
        return
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.append(StandardButtonKeys(app))
    keys = _installed[0]
    assert isinstance(keys, QTranslator)
    app.removeTranslator(keys)
    app.installTranslator(keys)
