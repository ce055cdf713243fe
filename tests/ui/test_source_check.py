"""PySide's check of imported modules, answered from the file's bytes (assessor/ui/source_check.py)."""

from __future__ import annotations

import inspect
import json
import sys
from types import ModuleType

import pytest

import assessor.ui  # noqa: F401  (installs the quicker check)
from assessor.ui import source_check


def _pyside_answer(module: ModuleType) -> bool:
    """What PySide's own check says: the source, read by inspect, names PySide6."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (OSError, TypeError):
        return False


def test_the_quicker_check_is_installed_in_pyside() -> None:
    feature = sys.modules[source_check.HOOK_MODULE]
    assert getattr(feature, source_check.HOOK).__module__ == source_check.__name__
    assert source_check.install()  # a second time changes nothing


def test_it_answers_as_pyside_does() -> None:
    import assessor.core.tiers
    import assessor.ui.widgets

    modules = [assessor.ui.widgets, assessor.core.tiers, json, inspect, sys]
    answers = [source_check.uses_pyside(m, _pyside_answer) for m in modules]
    assert answers == [_pyside_answer(m) for m in modules]
    assert answers == [True, False, False, False, False]


def test_a_module_without_a_source_file_is_left_to_pyside() -> None:
    asked: list[str] = []
    module = ModuleType("frozen_one")
    module.__file__ = "/nowhere/frozen_one.pyc"
    assert source_check.uses_pyside(module, lambda m: asked.append(m.__name__) or True)
    assert asked == ["frozen_one"]


def test_a_module_of_the_frozen_app_has_no_source_to_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """In the installed bundle a module is a .pyc with no source shipped: PySide's check would find none after
    a failing inspect.getsource; the answer (no PySide feature used) is given without asking."""

    module = ModuleType("assessor.ui.bundled")
    module.__file__ = "/opt/assessor/_internal/assessor/ui/bundled.pyc"
    asked: list[str] = []
    fallback = lambda m: asked.append(m.__name__) or True  # noqa: E731
    assert source_check.uses_pyside(module, fallback) is True and asked  # not frozen: PySide is asked
    asked.clear()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert source_check.uses_pyside(module, fallback) is False and not asked
    assert _pyside_answer(module) is False  # what PySide's own check would have said
