"""Starting the desktop app: the application object, the look, the main window, a file to open."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from assessor import __version__


def make_app(*, icon: bool = True, accessible_factory: bool = True) -> QApplication:
    """The application object, with its names, icon, translations and look. ``icon=False`` and
    ``accessible_factory=False`` leave the window icon and the accessible-interface factory for later: ``run``
    gives them once the window is painted (first_paint.py)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(sys.argv[:1])
        from assessor.ui import font_warmup

        font_warmup.start()  # the font database, filled on another thread while the window's modules load
    app.setApplicationName("assessor")
    app.setApplicationDisplayName("assessor")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("assessor")
    app.setDesktopFileName("assessor")
    if icon:
        set_window_icon(app)
    from assessor.ui.i18n import install_translator

    install_translator(app)
    from assessor.ui import accessible, gc_guard, theme

    gc_guard.install(app)
    accessible.install(factory=accessible_factory)

    theme.apply(app, os.environ.get("ASSESSOR_THEME", ""))
    return app


ICON_SIZES = (16, 32, 48, 64, 128)  # what title bars, task bars and window switchers draw


def set_window_icon(app: QApplication) -> None:
    """The icon of every window of the app, in the sizes shown (resources/icons/app/assessor-<size>.png).

    Not the 256- or 512-pixel images: on X11 every size given is decoded and sent to the window manager
    (_NET_WM_ICON), and one 256-pixel image costs 1.3 ms more than these five. Desktop entries, installers and
    the macOS Dock take the large images from the icon files they are given.
    """
    from PySide6.QtGui import QIcon

    from assessor.resources import resource

    icon = QIcon()
    for size in ICON_SIZES:
        image = resource("icons", "app", f"assessor-{size}.png")
        if image.is_file():
            icon.addFile(str(image))
    if not icon.isNull():
        app.setWindowIcon(icon)


def run(path: str | None) -> int:
    # The menus' items, the window icon and (on the start screen, which needs none) the accessible-interface factory
    # come once the window is painted: making them, and the classes of QAction, QKeySequence, QIcon and QAccessible,
    # costs 8 to 10 ms that the first frame (no menu open) need not wait for. A file opens on a page, whose widgets
    # need the factory at once.
    app = make_app(icon=False, accessible_factory=bool(path))
    from assessor.ui import accessible, font_warmup
    from assessor.ui.first_paint import after_first_paint
    from assessor.ui.main_window import MainWindow

    # the start screen is built only if the file does not open; the menus' items once the window is painted
    window = MainWindow(start_screen=not path, menus_later=True)
    window.show()

    def once_painted() -> None:
        window.build_menus()
        set_window_icon(app)
        accessible.install_factory()  # nothing if already installed

    after_first_paint(window, once_painted)
    if path:
        window.open_path(Path(path))
        window.show_start_if_empty()
    else:
        window.start.focus_first()
    font_warmup.join()  # done by now: the window's text needed it
    if os.environ.get("ASSESSOR_QUIT_WHEN_SHOWN"):  # for start-up benchmarks: stop once the window is painted
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    return app.exec()
