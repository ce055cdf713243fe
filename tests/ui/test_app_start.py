"""What the app does as it starts (ui/app.py): its window icon, the font database filled on a second thread
(ui/font_warmup.py), and the accessible-interface factory given to Qt once the start screen is painted
(ui/first_paint.py). The time these save is measured by `make bench` (bench_bundle), not here."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

import assessor
from assessor.core.demo import make_demo
from assessor.core.storage import save_assessment
from assessor.core.tiers import Tier
from assessor.ui import first_paint, font_warmup
from assessor.ui.app import ICON_SIZES, set_window_icon
from assessor.ui.first_paint import after_first_paint

LINUX = sys.platform.startswith("linux")

# A fresh interpreter (the test process's fonts were set up long ago): a QApplication, then either the warm-up
# (its thread, the Qt library it calls into, joined) or nothing; then the font families Qt knows.
PROBE = """
import ctypes, json, os, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from assessor.ui import font_warmup
out = {}
if sys.argv[1] == "warm":
    out["started"] = font_warmup.start()
    out["threads"] = [thread.name for thread in font_warmup._threads]
    font_warmup.join()
    out["left"] = len(font_warmup._threads)
    maps = [line.split() for line in open("/proc/self/maps") if "libQt6Gui.so" in line]
    out["qt_gui_files"] = sorted({fields[-1] for fields in maps})
    address = ctypes.cast(font_warmup._is_fixed_pitch(), ctypes.c_void_p).value
    ranges = [[int(end, 16) for end in fields[0].split("-")] for fields in maps]
    out["in_loaded_qt_gui"] = any(start <= address < stop for start, stop in ranges)
from PySide6.QtGui import QFontDatabase
out["families"] = QFontDatabase.families()
print(json.dumps(out))
"""

EARLY_EXIT = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from assessor.ui import font_warmup
font_warmup.start()
sys.exit(0 if font_warmup._threads else 3)  # at once, the thread still filling the database
"""


def _python(code: str, *args: str, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``code`` in a fresh interpreter on Qt's offscreen platform (the app's folders under ``home`` if given)."""
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(assessor.__file__).resolve().parents[1]),
        "QT_QPA_PLATFORM": "offscreen",
        **({"ASSESSOR_HOME": str(home)} if home else {}),
    }
    return subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(not LINUX, reason="the warm-up runs on Linux only")
def test_the_font_database_is_filled_on_a_thread_through_the_loaded_qt_and_gives_qts_own_answer() -> None:
    warm = _python(PROBE, "warm")
    cold = _python(PROBE, "cold")
    assert warm.returncode == 0 and cold.returncode == 0, warm.stderr + cold.stderr
    seen, qt_own = json.loads(warm.stdout), json.loads(cold.stdout)
    assert seen["started"] is True and seen["threads"] == ["font-database"] and seen["left"] == 0
    # one Qt GUI library in the process, the one PySide loaded, and the function called lies in it
    assert len(seen["qt_gui_files"]) == 1 and seen["in_loaded_qt_gui"]
    assert seen["families"] and seen["families"] == qt_own["families"]


@pytest.mark.skipif(not LINUX, reason="the warm-up runs on Linux only")
def test_a_process_that_ends_at_once_waits_for_the_thread_and_ends_cleanly() -> None:
    for _ in range(3):
        done = _python(EARLY_EXIT)
        assert done.returncode == 0, done.stderr[-2000:]


def test_nothing_is_started_where_the_function_cannot_be_had(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    for setting, value in (
        ("QT_GUI", "libQt6Gui-not-loaded.so.6"),  # never loads a Qt the process has not loaded
        ("IS_FIXED_PITCH", "_ZN13QFontDatabase14noSuchFunctionEv"),
    ):
        with monkeypatch.context() as patched:
            patched.setattr(font_warmup, setting, value)
            assert font_warmup._is_fixed_pitch() is None
            assert font_warmup.start() is False and font_warmup._threads == []
    monkeypatch.setattr(sys, "platform", "win32")  # elsewhere Qt does not use fontconfig: nothing to do
    assert font_warmup._is_fixed_pitch() is None and font_warmup.start() is False


def test_the_window_icon_comes_in_the_sizes_windows_are_drawn_with(qapp: QApplication) -> None:
    set_window_icon(qapp)
    sizes = qapp.windowIcon().availableSizes()
    assert sorted(size.width() for size in sizes) == list(ICON_SIZES)
    assert all(size == QSize(size.width(), size.width()) for size in sizes)


# -- the accessible-interface factory, given to Qt once the start screen is painted (first_paint.py) --------------

FACTORY_PROBE = """
import sys
import PySide6.QtGui
from PySide6.QtWidgets import QApplication
from assessor.ui import accessible, main_window
from assessor.ui.app import run

seen = {}
show = main_window.MainWindow.show

def showing(self):
    made = {"QAccessible", "QAction", "QIcon", "QKeySequence"} & set(vars(PySide6.QtGui))
    seen["made before the window showed"] = sorted(made)
    show(self)

main_window.MainWindow.show = showing
install = accessible.install_factory

def installing():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, main_window.MainWindow)]
    handle = windows[0].windowHandle() if windows else None
    exposed = None if handle is None else handle.isExposed()
    seen.setdefault("calls: window exposed", []).append(exposed)
    install()
    if exposed:
        QApplication.quit()

accessible.install_factory = installing
code = run(sys.argv[1] if len(sys.argv) > 1 else None)
seen["installed"] = bool(accessible._factory_installed)
seen["icon"] = not QApplication.windowIcon().isNull()
window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, main_window.MainWindow))
seen["menu items"] = [len(a.menu().actions()) > 0 for a in window.menuBar().actions()]
seen["save shortcut"] = window.save_action.shortcut().toString()
print(code, seen)
"""


@pytest.mark.parametrize("opens_a_file", [False, True])
def test_the_window_shows_before_its_menu_items_icon_and_factory_are_made_and_gets_them_once_painted(
    opens_a_file: bool, tmp_path: Path
) -> None:
    args = []
    if opens_a_file:  # a page at once: the factory is installed before it is built, the icon still waits
        args = [str(tmp_path / "low.g4sa")]
        save_assessment(make_demo(Tier.LOW), Path(args[0]))
    done = _python(FACTORY_PROBE, *args, home=tmp_path / "home")
    assert done.returncode == 0, done.stderr[-2000:]
    code, said = done.stdout.strip().splitlines()[-1].split(" ", 1)
    seen = ast.literal_eval(said)
    assert code == "0"
    made_first = ["QAccessible"] if opens_a_file else []
    calls = seen.pop("calls: window exposed")
    assert seen == {
        "made before the window showed": made_first,
        "installed": True,
        "icon": True,
        "menu items": [True] * 5,  # made once painted, every menu with its items
        "save shortcut": "Ctrl+S",
    }
    # the start screen: once, painted; a file: first by make_app (no window yet), last once painted
    assert calls == [True] if not opens_a_file else (calls[0] is None and calls[-1] is True)


def test_work_after_the_first_paint_waits_for_the_window_to_be_exposed(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.winId()  # a native window, not shown yet
    ran: list[bool] = []
    after_first_paint(window, lambda: ran.append(window.windowHandle().isExposed()))
    qtbot.wait(100)
    assert ran == []
    window.show()
    qtbot.waitUntil(lambda: ran == [True])
    qtbot.wait(50)
    assert ran == [True], "once"


def test_work_after_the_first_paint_runs_anyway_if_the_window_never_shows(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(first_paint, "FALLBACK_MS", 50)
    window = QWidget()
    qtbot.addWidget(window)
    window.winId()
    ran: list[str] = []
    after_first_paint(window, lambda: ran.append("ran"))
    qtbot.waitUntil(lambda: ran == ["ran"], timeout=2000)
