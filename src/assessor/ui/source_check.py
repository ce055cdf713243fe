"""PySide's check of every module imported after it, answered from the module file's bytes.

PySide6 (6.12) keeps, for each module imported once it is loaded, whether that module "uses PySide"
(for its ``__feature__`` switches): it reads the module's whole source with ``inspect.getsource``
and looks for the word "PySide6". That costs about 0.15 ms a module (the line cache splits the
file into lines), and a ``from pathlib import Path`` in a Qt module asks it about pathlib too:
45 to 55 modules are asked before the window first shows, 5 to 8 ms of start-up (2 to 3 ms this way).

The answer here is the same (the same word, found in the file's bytes, without splitting them into
lines) for a plain ``.py`` file; a frozen bundle's module (a ``.pyc`` with no source shipped) uses no
PySide feature as far as PySide's check can tell, since it finds no source either; anything else
(built-in modules) is left to PySide's own check. Installed once, by ``assessor.ui`` before any Qt module of ours loads.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

HOOK_MODULE = "shibokensupport.feature"  # where PySide6 6.12 keeps the check (built into shiboken6)
HOOK = "_mod_uses_pyside"
WORD = b"PySide6"


def uses_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether ``module``'s source names PySide6: read from its ``.py`` file, else asked of ``fallback``."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return WORD in source.read()
        except OSError:
            pass
    elif getattr(sys, "frozen", False) and isinstance(path, str) and path.endswith(".pyc"):
        # a module of the installed (frozen) app: the bundle ships no source, so PySide's own check would find
        # none either, after an inspect.getsource that fails (about 0.3 ms a module, some 60 before the window shows)
        return False
    return fallback(module)


def install() -> bool:
    """Give PySide the quicker check (once); False when this PySide has no such check to replace."""
    feature = sys.modules.get(HOOK_MODULE)
    original = getattr(feature, HOOK, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "__module__", None) == __name__:
        return True

    def check(module: ModuleType) -> bool:
        return uses_pyside(module, original)

    check.__module__ = __name__
    setattr(feature, HOOK, check)
    return True
