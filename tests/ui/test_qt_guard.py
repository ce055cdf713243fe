"""The guard against PySide6 6.12's lost references to None (see assessor/ui/__init__.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import assessor


def test_a_long_session_of_qt_calls_does_not_abort() -> None:
    # More calls returning nothing than a fresh interpreter holds references to None: without the
    # guard this aborts with "Fatal Python error: none_dealloc: deallocating None".
    script = textwrap.dedent(
        """
        import assessor.ui  # the guard
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel()
        calls = 200_000  # a fresh interpreter holds some 20 000 references to None
        for _ in range(calls):
            label.setText("x")
        print("alive", calls)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("alive")


def test_many_signals_emitted_from_python_do_not_abort() -> None:
    # PySide6 6.12's Signal.emit takes a reference off True each time: a fresh interpreter holds some
    # hundreds, so a print job's progress (one emit a page) or a long session of edits would abort with
    # "Fatal Python error: bool_dealloc" without the guard.
    script = textwrap.dedent(
        """
        import assessor.ui  # the guard
        from PySide6.QtCore import QCoreApplication, QObject, Signal

        class Source(QObject):
            progress = Signal(int, int)

        app = QCoreApplication([])
        source = Source()
        seen = []
        source.progress.connect(lambda done, total: seen.append(done))
        emits = 50_000
        for n in range(emits):
            source.progress.emit(n, emits)
        print("alive", len(seen))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(assessor.__file__).parents[1])},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "alive 50000"


def test_cycles_are_collected_on_the_gui_thread_only(qtbot: QtBot, qapp: QApplication) -> None:
    import gc
    import threading
    import weakref

    from assessor.ui.gc_guard import INTERVAL_MS, install

    install(qapp)  # (the autouse fixture has installed it already: installing twice keeps one)
    assert not gc.isenabled(), "automatic collection would run in whichever thread allocates"

    class Node:
        pass

    collected_in: list[str] = []
    node = Node()
    node.self = node  # type: ignore[attr-defined]
    weakref.finalize(node, lambda: collected_in.append(threading.current_thread().name))
    del node
    kept: list[object] = []  # allocations that stay: they push the collector's count past its threshold
    worker = threading.Thread(target=lambda: kept.extend({} for _ in range(5000)), name="worker")
    worker.start()
    worker.join()
    assert collected_in == [], "a worker's allocations must not run the collector"
    qtbot.waitUntil(lambda: bool(collected_in), timeout=INTERVAL_MS * 6)
    assert collected_in == [threading.main_thread().name]


def test_start_up_is_frozen_out_of_collections_until_uninstalled(qapp: QApplication) -> None:
    import gc

    from assessor.ui import gc_guard

    assert gc.get_freeze_count() > 0, "what existed when the collector was installed is not looked at again"
    gc_guard.uninstall(qapp)
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    gc_guard.install(qapp)  # as the autouse fixture left it
    assert gc.get_freeze_count() > 0 and not gc.isenabled()
