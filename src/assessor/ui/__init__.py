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

import _ctypes  # the C part of ctypes: its Python package costs ~2 ms of start-up and only this type is needed
import sys
from typing import TYPE_CHECKING

GUARD = 1 << 48  # references added to None, True and False: more than any process makes calls

if TYPE_CHECKING:
    _Base = _ctypes._SimpleCData[int]
else:
    _Base = _ctypes._SimpleCData


class _SSize(_Base):
    """A Py_ssize_t in memory (what ctypes.c_ssize_t is): an object's reference count."""

    _type_ = "q" if sys.maxsize > 2**32 else "i"  # long long (8 bytes) on 64-bit builds, int on 32-bit ones


def _immortalise_none() -> None:
    if sys.version_info >= (3, 12) or getattr(sys, "_assessor_none_guard", False):
        return
    for singleton in (None, True, False):
        _SSize.from_address(id(singleton)).value += GUARD
    sys._assessor_none_guard = True  # type: ignore[attr-defined]


_immortalise_none()


def _quicker_source_check() -> None:
    import shiboken6  # noqa: F401  (what PySide6 loads first: it brings the check to replace)

    from assessor.ui import source_check

    source_check.install()


_quicker_source_check()
