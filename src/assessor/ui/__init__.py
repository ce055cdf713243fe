"""The desktop app (PySide6). Only this package imports Qt.

A guard for PySide6 6.12.0 on Python 3.11: every Qt call that returns nothing takes one
reference off ``None`` (``sys.getrefcount(None)`` drops by one a call; see tests/ui/test_qt_guard.py),
and every ``Signal.emit`` from Python takes one off ``True``. After some tens of thousands of calls
(a few hundred emits for ``True``) the count reaches zero and CPython aborts with "deallocating
None" or "deallocating True or False". From Python 3.12 on, these objects are immortal and the bug
is harmless; here we make them so by hand, giving each a reference count no session can use up.

Before any Qt module of ours loads, PySide's check of each imported module is made cheaper (source_check.py).
"""

from __future__ import annotations

import ctypes
import sys

GUARD = 1 << 48  # references added to None, True and False: more than any process makes calls


def _immortalise_none() -> None:
    if sys.version_info >= (3, 12) or getattr(sys, "_assessor_none_guard", False):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += GUARD
    sys._assessor_none_guard = True  # type: ignore[attr-defined]


_immortalise_none()


def _quicker_source_check() -> None:
    import shiboken6  # noqa: F401  (what PySide6 loads first: it brings the check to replace)

    from assessor.ui import source_check

    source_check.install()


_quicker_source_check()
