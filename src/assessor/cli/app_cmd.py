"""Starting the desktop app from the command line, with a clear word when there is no display."""

from __future__ import annotations

import os
import sys

from assessor.cli.common import CliError

NO_DISPLAY = (
    "no display: the app needs a graphical session. Without one, use the commands "
    "(assessor --help), e.g. 'assessor demo', 'assessor report', 'assessor verify'"
)


def display_available() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def run_app(path: str | None) -> int:
    if not display_available():
        raise CliError(NO_DISPLAY)
    from assessor.ui.app import run

    return run(path)
