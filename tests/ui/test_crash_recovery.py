"""The real app killed with SIGKILL while the user edits: the recovery file keeps all but the last seconds.

A child process runs the app (offscreen) and makes an edit every 100 ms through the session, printing
each edit's number and time. The test kills it without warning at a random moment, then checks
that the recovery file is valid and holds every edit made more than two seconds before the kill,
and that a new main window offers it on the start screen and restores it.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from assessor.core import recovery
from assessor.core.paths import recovery_dir
from assessor.core.storage import assessment_from_data
from assessor.ui.app import make_app
from assessor.ui.main_window import MainWindow

NOTES_QUESTION = "TR-01"
MAX_LOSS_S = 2.0  # an edit older than this at the kill must be in the recovery file
STARTUP_TIMEOUT_S = 60.0  # a loaded CI machine may be slow to start the child

CHILD = r"""
import time
from PySide6.QtCore import QTimer
from assessor.ui.app import make_app
from assessor.ui.main_window import MainWindow

app = make_app()
window = MainWindow()
window.show()
window.new_assessment()
session = window.session
level_question = next(q.id for q in session.pack.questions() if session.in_scope(q.id))
print(f"Q {level_question}", flush=True)
count = 0


def edit():
    global count
    count += 1
    session.set_text("TR-01", "notes", f"edit {count}")
    if count % 5 == 0:
        session.set_level(level_question, count // 5 % 5)
    print(f"{count} {time.monotonic()}", flush=True)


timer = QTimer()
timer.timeout.connect(edit)
timer.start(100)
app.exec()
"""


@dataclass
class Child:
    """The app in a child process, and the edits it reported (number, monotonic time once applied)."""

    home: Path
    proc: subprocess.Popen[str]
    errors: IO[str]
    edits: list[tuple[int, float]] = field(default_factory=list)
    level_question: str = ""
    first_edit_seen: float | None = None
    started: threading.Event = field(default_factory=threading.Event)
    kill_time: float = 0.0

    def read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            parts = line.split()
            if len(parts) == 2 and parts[0] == "Q":
                self.level_question = parts[1]
            elif len(parts) == 2 and parts[0].isdigit():
                self.edits.append((int(parts[0]), float(parts[1])))
                if self.first_edit_seen is None:
                    self.first_edit_seen = time.monotonic()
                    self.started.set()
        self.started.set()  # the child ended (or was killed): stop waiting

    def stderr(self) -> str:
        self.errors.flush()
        self.errors.seek(0)
        return self.errors.read()[-3000:]


def start_child(home: Path, errors: IO[str]) -> tuple[Child, threading.Thread]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ASSESSOR_HOME=str(home))
    env.pop("ASSESSOR_QUIT_WHEN_SHOWN", None)
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD], env=env, stdout=subprocess.PIPE, stderr=errors, text=True, bufsize=1
    )
    child = Child(home, proc, errors)
    reader = threading.Thread(target=child.read, daemon=True)
    reader.start()
    return child, reader


def run_and_kill(tmp_path: Path, delays: list[float]) -> list[Child]:
    """One child per delay, all at once; each killed ``delay`` seconds after its first edit."""
    children: list[tuple[Child, threading.Thread, float]] = []
    try:
        for i, delay in enumerate(delays):
            errors = (tmp_path / f"child{i}.err").open("w+", encoding="utf-8")
            child, reader = start_child(tmp_path / f"home{i}", errors)
            children.append((child, reader, delay))
        for child, _reader, _delay in children:
            assert child.started.wait(STARTUP_TIMEOUT_S), "the app did not start editing in time"
            assert child.first_edit_seen is not None, f"the app ended before editing:\n{child.stderr()}"
        for child, _reader, delay in sorted(children, key=lambda c: (c[0].first_edit_seen or 0) + c[2]):
            assert child.first_edit_seen is not None
            time.sleep(max(0.0, child.first_edit_seen + delay - time.monotonic()))
            assert child.proc.poll() is None, f"the app ended by itself:\n{child.stderr()}"
            child.kill_time = time.monotonic()
            os.kill(child.proc.pid, signal.SIGKILL)
    finally:
        for child, reader, _delay in children:
            if child.proc.poll() is None:
                child.proc.kill()
            child.proc.wait(timeout=30)
            reader.join(timeout=30)
            assert child.proc.stdout is not None
            child.proc.stdout.close()
            child.errors.close()
    return [child for child, _reader, _delay in children]


def check_recovered(child: Child, monkeypatch: pytest.MonkeyPatch, delay: float) -> int:
    """The one recovery file is valid and loses nothing older than MAX_LOSS_S; the edit number it holds."""
    monkeypatch.setenv("ASSESSOR_HOME", str(child.home))
    where = f"(killed {delay:.2f} s after the first edit, {len(child.edits)} edits reported)"
    files = sorted(recovery_dir().glob(f"*{recovery.SUFFIX}"))
    assert files, f"no recovery file: the autosave never ran while the edits kept coming {where}"
    assert len(files) == 1, f"expected one recovery file, found {[f.name for f in files]} {where}"
    record = json.loads(files[0].read_text(encoding="utf-8"))
    assessment_from_data(files[0], record["assessment"])  # raises if the file is not a valid assessment

    found = recovery.pending_recoveries()
    assert len(found) == 1, f"expected one recoverable, got {len(found)} {where}"
    notes = found[0].assessment.answers[NOTES_QUESTION].notes
    assert notes.startswith("edit "), notes
    kept = int(notes.removeprefix("edit "))
    old_enough = [n for n, at in child.edits if at <= child.kill_time - MAX_LOSS_S]
    assert old_enough, f"no edit was older than {MAX_LOSS_S} s at the kill {where}"
    assert kept >= max(old_enough), (
        f"the recovery file holds edit {kept}, but edit {max(old_enough)} was made more than {MAX_LOSS_S} s "
        f"before the kill and is lost {where}"
    )
    assert kept <= max(n for n, _at in child.edits), "the recovery file holds an edit the app never made"
    level = found[0].assessment.answers[child.level_question].level if kept >= 5 else None
    assert level == (kept // 5 % 5 if kept >= 5 else None), "the level and the notes come from different moments"
    return kept


def test_sigkill_loses_at_most_two_seconds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random()
    delays = [rng.uniform(2.5, 3.3), rng.uniform(3.3, 4.2), rng.uniform(4.2, 5.0)]
    rng.shuffle(delays)
    children = run_and_kill(tmp_path, delays)
    for child, delay in zip(children, delays, strict=True):
        check_recovered(child, monkeypatch, delay)


def test_start_screen_offers_and_restores_the_killed_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    delay = random.uniform(2.5, 3.5)
    (child,) = run_and_kill(tmp_path, [delay])
    kept = check_recovered(child, monkeypatch, delay)

    make_app()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    found = window.start.recoverables()
    assert len(found) == 1, "the start screen must offer the killed work"
    assert window.start.recovery_frame.isVisible()
    qtbot.mouseClick(window.start.recover_button, Qt.MouseButton.LeftButton)
    assert window.session is not None, "recovering must open the work"
    assert window.session.answer(NOTES_QUESTION).notes == f"edit {kept}"
    assert window.session.dirty, "recovered work is not saved yet"
    window.session._set_dirty(False)  # nothing to ask about when the window closes
    window.close()


def test_building_the_main_window_loads_no_heavy_modules(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from assessor.ui.app import make_app\n"
        "from assessor.ui.main_window import MainWindow\n"
        "app = make_app()\n"
        "window = MainWindow()\n"
        "window.show()\n"
        "print(' '.join(m for m in ('reportlab', 'pyhanko', 'jinja2') if m in sys.modules))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ASSESSOR_HOME=str(tmp_path / "home"))
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "", f"building the main window imported {done.stdout.strip()}"
