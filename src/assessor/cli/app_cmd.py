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
    import gc

    gc.disable()  # the app collects on its GUI thread (ui/gc_guard.py); start-up's imports need no collection
    if path:
        # Read before Qt loads: PySide checks the source of every module imported after it (its __feature__
        # support), assessor's core modules when the window opens a file.
        import assessor.core.scoring
        import assessor.core.storage
        import assessor.core.validation
        import assessor.core.verdict  # noqa: F401
    from assessor.ui.app import run

    return run(path)
