"""Qt's font database, filled on a second thread while the window's modules load.

The first text a window shows needs Qt's font database. On Linux, filling it means fontconfig reading its
configuration (dozens of XML files, about 4 ms here), then Qt listing every installed font (about 5 ms with
130 fonts, more on a desktop with hundreds). A bare window shows no text and pays neither; the start screen
paid both on the main thread, before it could be laid out.

``start()`` fills the database on another thread as soon as the application object exists; the main thread
meanwhile loads and sets up the window's modules (10 to 20 ms) and, when it needs its first font, finds the
database filled or waits on the database's own lock. Every function of QFontDatabase is thread-safe (Qt's
documentation). The work is the same as before, done earlier and beside the main thread.

Why through ctypes: PySide holds Python's lock (the GIL) while it runs ``QFontDatabase.families()``, so
called from a Python thread it stops the main thread just the same. ctypes lets go of the lock while the call
runs. The function called is ``QFontDatabase::isFixedPitch(const QString &, const QString &)``: public, so its
symbol is part of Qt 6's binary compatibility promise; static, so it takes no object; it returns a ``bool``
in a register, and its two arguments are references to null strings (a null QString is all zero bytes). Before
answering, it fills the database (``ensureFontDatabase``). It is looked up only in the Qt library already
loaded by PySide (``RTLD_NOLOAD``: never another copy of Qt found on the system), only on Linux (where Qt uses
fontconfig, and C++ names are mangled the Itanium way). Anywhere else, or if anything is missing, nothing is
started and Qt fills the database itself when it is first needed, as before.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from typing import Any

QT_GUI = "libQt6Gui.so.6"
IS_FIXED_PITCH = "_ZN13QFontDatabase12isFixedPitchERK7QStringS2_"  # QFontDatabase::isFixedPitch(QString, QString)
_NULL_STRING = 64  # bytes of zeros: more than a QString (24 on 64-bit systems)
_threads: list[threading.Thread] = []


def _is_fixed_pitch() -> Any | None:
    """The C++ function, from the Qt library this process has loaded; None where it cannot be had."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes  # loaded already in the installed app (PyInstaller's start-up uses it)

        qt_gui = ctypes.CDLL(QT_GUI, mode=os.RTLD_NOLOAD | os.RTLD_LAZY)
        function = getattr(qt_gui, IS_FIXED_PITCH)
    except (ImportError, OSError, AttributeError):
        return None
    function.restype = ctypes.c_bool
    function.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    return function


def start() -> bool:
    """Fill Qt's font database on another thread (call once, right after the QApplication is made).

    Returns whether a thread was started."""
    function = _is_fixed_pitch()
    if function is None:
        return False
    import ctypes

    null = ctypes.create_string_buffer(_NULL_STRING)
    thread = threading.Thread(target=function, args=(null, null), name="font-database", daemon=True)
    thread.start()
    if not _threads:
        atexit.register(join)  # a process that ends early never tears Qt down under the thread
    _threads.append(thread)
    return True


def join(timeout: float = 10.0) -> None:
    """Wait for the thread (done by the time the window shows: its text needed the database)."""
    while _threads:
        _threads.pop().join(timeout)
