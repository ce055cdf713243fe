"""The app's window for tests: offscreen, with dialogs that a test answers instead of a person."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from assessor.ui import gc_guard
from assessor.ui.app import make_app
from assessor.ui.main_window import MainWindow
from assessor.ui.open_errors import OpenErrorBox

if TYPE_CHECKING:
    from assessor.ui.report_page import ReportPage


@pytest.fixture(autouse=True)
def gui_thread_gc(qapp: QApplication) -> Iterator[None]:
    """As in the app: cycles are collected on the GUI thread only (see assessor/ui/gc_guard.py)."""
    gc_guard.install(qapp)
    yield
    gc_guard.uninstall(qapp)


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    make_app()
    shown: list[tuple[str, str]] = []
    from PySide6.QtWidgets import QMessageBox

    def record(kind: str) -> object:
        def show(_parent: QWidget | None, title: str, message: str, *_a: object, **_k: object) -> object:
            shown.append((kind, f"{title}: {message}"))
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))

    def open_error(box: OpenErrorBox) -> int:  # a file that did not open: its words, the details last
        shown.append(("critical", f"{box.windowTitle()}: {box.text()} {box.informativeText()} {box.detailedText()}"))
        return 0

    monkeypatch.setattr(OpenErrorBox, "exec", open_error)
    win = MainWindow()
    win.messages = shown  # type: ignore[attr-defined]
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    if win.session is not None:  # leave nothing to ask about when the test's window closes
        win.session._set_dirty(False)
    win.close()
    win.deleteLater()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def choose_save_path(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The native save dialog answered with ``path``."""
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


@pytest.fixture
def page(qtbot: QtBot) -> Iterator[ReportPage]:
    """The Report page alone (test_report_page.py, test_printing.py)."""
    from assessor.ui.report_page import ReportPage

    widget = ReportPage()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    yield widget


def pdf_pages(path: Path) -> int:
    import subprocess

    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))
