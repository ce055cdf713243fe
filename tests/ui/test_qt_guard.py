"""The guard against PySide6 6.12's lost references to None (see assessor/ui/__init__.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


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
