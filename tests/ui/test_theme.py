"""Whether the system asks for a dark look, read without Qt's enum namespace (theme.system_prefers_dark)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import types
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

import assessor
from assessor.ui import theme


def _palette(window: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    return palette


@pytest.mark.parametrize(("window", "dark"), [("#1e2227", True), ("#efefef", False)])
def test_outside_windows_the_palette_answers(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, window: str, dark: bool
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(qapp, "palette", lambda: _palette(window))
    assert theme.system_prefers_dark(qapp) is dark


def _registry(monkeypatch: pytest.MonkeyPatch, value: object) -> None:
    """A stand-in for Windows' registry module holding ``value`` (an exception: the value cannot be read)."""
    fake = types.ModuleType("winreg")

    class Key:
        def __enter__(self) -> Key:
            return self

        def __exit__(self, *_exc: object) -> None:
            return None

    def open_key(root: object, path: str) -> Key:
        assert path == r"Software\Microsoft\Windows\CurrentVersion\Themes\Personalize"
        return Key()

    def query(_key: Key, name: str) -> tuple[object, int]:
        assert name == "AppsUseLightTheme"
        if isinstance(value, Exception):
            raise value
        return value, 4

    fake.HKEY_CURRENT_USER = object()  # type: ignore[attr-defined]
    fake.OpenKey = open_key  # type: ignore[attr-defined]
    fake.QueryValueEx = query  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "winreg", fake)
    monkeypatch.setattr(sys, "platform", "win32")


@pytest.mark.parametrize(("setting", "dark"), [(0, True), (1, False)])
def test_on_windows_the_registry_setting_answers_whatever_the_palette(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, setting: int, dark: bool
) -> None:
    _registry(monkeypatch, setting)
    monkeypatch.setattr(qapp, "palette", lambda: _palette("#efefef"))  # the classic style's light palette
    assert theme.system_prefers_dark(qapp) is dark


def test_on_windows_without_the_setting_qt_is_asked(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    _registry(monkeypatch, FileNotFoundError("no such value"))
    assert theme.system_prefers_dark(qapp) is False  # offscreen, Qt knows no colour scheme


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (make test installs xvfb)")
def test_on_linux_a_dark_colour_scheme_gives_a_dark_palette(tmp_path: Path) -> None:
    """What system_prefers_dark relies on outside Windows, shown with Qt's GNOME theme on a real X server: once the
    scheme is dark, the palette is, so the palette answers without asking for the scheme."""
    probe = (
        "from PySide6.QtCore import Qt\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from assessor.ui import theme\n"
        "app = QApplication([])\n"
        "before = theme.system_prefers_dark(app)\n"
        "app.styleHints().setColorScheme(Qt.ColorScheme.Dark)\n"
        "app.processEvents()\n"
        "print(before, app.styleHints().colorScheme().name, theme.system_prefers_dark(app))\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(assessor.__file__).resolve().parents[1]),
        "XDG_CURRENT_DESKTOP": "GNOME",
        "XDG_RUNTIME_DIR": str(tmp_path),
        "HOME": str(tmp_path),
    }
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("QT_QPA_PLATFORMTHEME", None)
    done = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["False", "Dark", "True"]
