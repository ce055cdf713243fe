"""Work that waits until the window has been painted: ``after_first_paint(window, work)``.

The app does at start only what its first window needs to be shown and painted; what it needs later (the menus'
items and shortcuts, the window icon, the accessible-interface factory: app.run) runs once that window is on
screen. "On screen" means: the event
loop is about to wait (nothing left to handle) and the window is exposed. Qt paints a widget window as it
handles its expose event, so by then its first frame is drawn. If the window is never exposed (started
minimised, say), the work runs after ``FALLBACK_MS`` all the same.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractEventDispatcher, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000


def after_first_paint(window: QWidget, work: Callable[[], None]) -> None:
    """Run ``work`` once, as soon as the event loop is idle with ``window`` exposed (or after FALLBACK_MS)."""
    dispatcher = QAbstractEventDispatcher.instance()
    done: list[bool] = []

    def run() -> None:
        if done:
            return
        done.append(True)
        if dispatcher is not None:
            dispatcher.aboutToBlock.disconnect(when_idle)
        work()

    def when_idle() -> None:
        handle = window.windowHandle()
        if handle is None or handle.isExposed():
            run()

    if dispatcher is None:  # no event loop to wait for
        run()
        return
    dispatcher.aboutToBlock.connect(when_idle)
    QTimer.singleShot(FALLBACK_MS, run)
