"""packaging/smoke.py's offscreen timings, on small programs: wall and CPU time, a failure named with the output, a
program that hangs stopped. (The bundle's own start-up is measured by packaging/measure.py and test_bundle.py.)"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.packaging.conftest import load_packaging_module

smoke = load_packaging_module("smoke")

BUSY = "import os, time\nassert os.environ['ASSESSOR_QUIT_WHEN_SHOWN'] == '1'\nend = time.process_time() + 0.15\n"
BUSY += "while time.process_time() < end: pass\n"


@pytest.mark.skipif(not smoke.CPU_TIMES, reason="the system reports no child CPU time")
def test_the_cpu_time_is_the_programs_own_and_the_wall_time_at_least_that() -> None:
    cpu = smoke.cpu_offscreen([sys.executable, "-c", BUSY])
    wall = smoke.time_offscreen([sys.executable, "-c", BUSY])
    assert 0.15 <= cpu < 5 and 0.15 <= wall < 5


def test_a_program_that_fails_is_named_with_its_output() -> None:
    with pytest.raises(RuntimeError, match=r"exited with 3:\nno window here"):
        smoke.time_offscreen([sys.executable, "-c", "import sys; print('no window here'); sys.exit(3)"])


def test_a_program_that_never_quits_is_stopped() -> None:
    hang = [sys.executable, "-c", "import time; time.sleep(60)"]
    expected = TimeoutError if smoke.CPU_TIMES else subprocess.TimeoutExpired
    with pytest.raises(expected):
        smoke.cpu_offscreen(hang, timeout=1) if smoke.CPU_TIMES else smoke.time_offscreen(hang, timeout=1)


WINDOW = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "window = QMainWindow()\n"
    "window.show()\n"
    "app.exec()\n"
)


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb (make test installs it)")
def test_a_window_is_seen_the_moment_the_x_server_maps_it() -> None:
    with smoke.xvfb() as display:
        watch = smoke.MapWatch(display)  # libX11 is there: the map events are used, not xdotool's polling
        watch.close()
        seconds = smoke.time_to_window([sys.executable, "-c", WINDOW], display)
        assert 0 < seconds < 30
        with pytest.raises(RuntimeError, match="before showing a window"):
            smoke.time_to_window([sys.executable, "-c", "import sys; sys.exit(4)"], display)


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb (make test installs it)")
def test_a_map_by_another_process_is_not_taken_for_the_programs() -> None:
    with smoke.xvfb() as display:
        others, its = smoke.MapWatch(display), smoke.MapWatch(display)
        env = {**os.environ, "DISPLAY": display}
        env.pop("QT_QPA_PLATFORM", None)
        program = subprocess.Popen([sys.executable, "-c", WINDOW], env=env)
        try:
            assert its.mapped_by(program.pid, 30)
            assert not others.mapped_by(program.pid + 100_000, 0.2)  # the same map events, another pid asked
        finally:
            program.kill()
            program.wait()
            others.close()
            its.close()


@pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon (make test installs it)")
def test_the_session_bus_for_the_x11_figures_takes_connections_and_goes_away() -> None:
    import socket

    with smoke.session_bus() as address:
        assert address is not None and address.startswith("unix:")
        where = dict(part.split("=", 1) for part in address.removeprefix("unix:").split(","))
        target = where["path"] if "path" in where else "\0" + where["abstract"]
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.connect(target)  # the daemon listens there
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client, pytest.raises(OSError):
        client.connect(target)  # and no longer
