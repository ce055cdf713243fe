"""Work in the thread pool for the dialogs: signing, checking, making keys.

A `BackgroundTask` runs a function in Qt's global pool and delivers its result, or the one-line
message of a problem a user can cause, as a queued signal on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from assessor.core.storage import FileProblem


class _TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class BackgroundTask(QRunnable):
    """Run ``fn`` in the thread pool; its result (or a user-facing error) arrives as a queued signal.

    Problems a user can cause (a wrong passphrase, a damaged file) are reported through ``failed``
    with their one-line message; anything else is a bug and is re-raised in the worker.
    """

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _TaskSignals()
        self.problem: Exception | None = None  # what ``failed`` reported, for a caller that tells kinds apart
        self.setAutoDelete(False)  # the owner keeps it until its signals have arrived

    def run(self) -> None:
        from assessor.signing.errors import SigningProblem

        try:
            result = self.fn()
        except (FileProblem, SigningProblem, ValueError) as exc:
            self.problem = exc
            self.signals.failed.emit(exc.message if isinstance(exc, SigningProblem) else str(exc))
        else:
            self.signals.finished.emit(result)


_started: list[BackgroundTask] = []  # kept until the pool is idle: see start_task


def start_task(
    fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[str], None]
) -> BackgroundTask:
    """Run ``fn`` in the global pool. Its owner may drop the task once a signal has arrived, but the
    worker may still be returning from the emit: the task (and its signals object) is kept here until
    no pool thread is busy, so nothing is freed under a running thread."""
    pool = QThreadPool.globalInstance()
    if pool.activeThreadCount() == 0:
        _started.clear()
    task = BackgroundTask(fn)
    _started.append(task)
    task.signals.finished.connect(on_done)
    task.signals.failed.connect(on_error)
    QThreadPool.globalInstance().start(task)
    return task
