"""Starting the desktop app: the application object, the look, the main window, a file to open."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from assessor import __version__


def make_app() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("assessor")
    app.setApplicationDisplayName("assessor")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("assessor")
    app.setDesktopFileName("assessor")
    from assessor.resources import resource

    icon = resource("icons", "app", "assessor-256.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    from assessor.ui.i18n import install_translator

    install_translator(app)
    from assessor.ui import accessible, gc_guard, theme

    gc_guard.install(app)
    accessible.install()

    theme.apply(app, os.environ.get("ASSESSOR_THEME", ""))
    return app


def run(path: str | None) -> int:
    app = make_app()
    from assessor.ui.main_window import MainWindow

    window = MainWindow(start_screen=not path)  # the start screen is built only if the file does not open
    window.show()
    if path:
        window.open_path(Path(path))
        window.show_start_if_empty()
    else:
        window.start.focus_first()
    if os.environ.get("ASSESSOR_QUIT_WHEN_SHOWN"):  # for start-up benchmarks: stop once the window is painted
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    return app.exec()
