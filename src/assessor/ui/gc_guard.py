"""Python's cycle collector, run on the GUI thread only.

The collector runs in whichever thread happens to allocate when its thresholds are crossed. In
the report's worker thread that can free a Qt widget left in a reference cycle, and a widget
destroyed outside the GUI thread crashes the process (seen: a segmentation fault while the PDF
was being made). So automatic collection is switched off and the GUI thread collects on a timer,
with the same thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        gc.freeze()  # what start-up made (modules, classes) lives on: no collection need look at it again
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        counts = gc.get_count()
        if counts[0] > self.threshold[0]:
            generation = 2 if counts[2] > self.threshold[2] else 1 if counts[1] > self.threshold[1] else 0
            gc.collect(generation)


_installed: dict[int, GuiThreadCollector] = {}  # by id(app); findChild would cost start-up time


def install(app: QObject) -> GuiThreadCollector:
    """Once per application; the collector lives as long as ``app``."""
    if id(app) not in _installed:
        _installed[id(app)] = GuiThreadCollector(app)
    return _installed[id(app)]


def uninstall(app: QObject) -> None:
    """Collect now, on this (the GUI) thread, and give collection back to Python (tests use this)."""
    collector = _installed.pop(id(app), None)
    if collector is not None:
        collector.timer.stop()
        collector.setParent(None)
        collector.deleteLater()
    gc.unfreeze()
    gc.collect()
    gc.enable()
