"""What the keyboard and a screen reader get beyond Qt's defaults: Alt-key captions (on Qt's own standard buttons
too), drop-downs named by their label, and the interfaces other modules provide (the expandable guidance toggle,
expander.py).

Qt's own accessible interfaces say "check box" for any checkable button (a toggle that opens a section is not a
check box) and, on Linux, name a drop-down by its current value (the label is only a relation, which not every
reader follows). The interfaces (accessible_interfaces.py) are given to Qt through ``install_factory()``;
Qt asks for them only while an assistive technology is active, so they load only then.

When the app starts on its start screen, which has no drop-down and no guidance toggle, the factory is given to
Qt once the window is painted (app.run, first_paint.py): naming ``QAccessible`` makes PySide build its enum
classes of every accessible event and role, about 2.5 ms that the first window need not wait for. Whatever
opens a page installs it first (MainWindow.show_opened), and ``install()`` gives both at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTranslator
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAccessibleInterface

_installed: list[QObject] = []  # what install() gave Qt, kept alive here
_factory_installed: list[bool] = []  # [True] once install_factory() gave Qt the factory
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
        # Qt asks only while an assistive technology is active: the interfaces load then, not at start-up
        from assessor.ui.accessible_interfaces import LabelledComboAccessible

        return LabelledComboAccessible(obj)
    return None  # Qt's own interface


def install(*, factory: bool = True) -> None:
    """Give Qt the standard buttons' Alt keys, asked before any translator installed so far (call it again after
    installing another translator, as make_app does), and the interfaces above unless ``factory`` is False."""
    app = QCoreApplication.instance()
    if app is None:
        return
    if factory:
        install_factory()
    if not _installed:
        _installed.append(StandardButtonKeys(app))
    keys = _installed[0]
    assert isinstance(keys, QTranslator)
    app.removeTranslator(keys)
    app.installTranslator(keys)


def install_factory() -> None:
    """Give Qt the interfaces above, once (later calls do nothing)."""
    if _factory_installed:
        return
    from PySide6.QtGui import QAccessible

    QAccessible.installFactory(_factory)
    _factory_installed.append(True)
