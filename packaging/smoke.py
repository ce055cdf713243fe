"""Start a program and time how long until its first window is shown: on a private X server, or offscreen.

Used by tests/packaging/test_bundle.py and packaging/measure.py. On X11 (Xvfb and xdotool: packaging/sysdeps.sh) the
program runs with Qt's real X11 platform plugin (xcb), as on a user's desktop, and its window is polled until
mapped. Offscreen, the program quits once its window is shown (ASSESSOR_QUIT_WHEN_SHOWN, honoured by the app and by
packaging/bare_window.py) and its wall time is the measure.
"""

from __future__ import annotations

import contextlib
import os
import signal
import statistics
import subprocess
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence


@contextlib.contextmanager
def xvfb(width: int = 1280, height: int = 800) -> Iterator[str]:
    """A fresh X server on a free display number; yields the DISPLAY value (":N")."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _visible_window(display: str, pid: int) -> bool:
    result = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
    )
    return result.returncode == 0 and bool(result.stdout.strip())


def time_to_window(
    cmd: Sequence[str], display: str, env: Mapping[str, str] | None = None, timeout: float = 30.0
) -> float:
    """Seconds from starting cmd until one of its windows is mapped on display; the program is then stopped.

    Raises TimeoutError (with the program's output) when no window shows up, RuntimeError when it exits first.
    """
    child_env = {**(env if env is not None else os.environ), "DISPLAY": display}
    child_env.pop("QT_QPA_PLATFORM", None)  # the real xcb plugin, as on a desktop
    child_env.pop("WAYLAND_DISPLAY", None)
    started = time.monotonic()
    process = subprocess.Popen(cmd, env=child_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        while time.monotonic() - started < timeout:
            if _visible_window(display, process.pid):
                return time.monotonic() - started
            if process.poll() is not None:
                output = process.stdout.read() if process.stdout else ""
                raise RuntimeError(f"{cmd[0]} exited with {process.returncode} before showing a window:\n{output}")
            time.sleep(0.02)
        raise TimeoutError(f"{cmd[0]} showed no window within {timeout:.0f} s")
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if process.stdout:
            process.stdout.close()


def time_offscreen(cmd: Sequence[str], env: Mapping[str, str] | None = None, timeout: float = 60.0) -> float:
    """Seconds from starting cmd until it exits, having shown its window on Qt's offscreen platform."""
    return _offscreen(cmd, env, timeout)[0]


def cpu_offscreen(cmd: Sequence[str], env: Mapping[str, str] | None = None, timeout: float = 60.0) -> float:
    """CPU seconds (user + system) cmd used to show its window offscreen and quit. Steadier than the wall time on a
    shared machine, whose load stretches the wall time of whatever runs; POSIX only (``CPU_TIMES``)."""
    cpu = _offscreen(cmd, env, timeout)[1]
    if cpu is None:
        raise RuntimeError("this system does not report a child process's CPU time (os.wait4)")
    return cpu


CPU_TIMES = hasattr(os, "wait4")


def _offscreen(cmd: Sequence[str], env: Mapping[str, str] | None, timeout: float) -> tuple[float, float | None]:
    """Wall seconds and, where the system reports it, CPU seconds of cmd showing its window offscreen."""
    child_env = {**(env if env is not None else os.environ), "QT_QPA_PLATFORM": "offscreen"}
    child_env["ASSESSOR_QUIT_WHEN_SHOWN"] = "1"
    started = time.monotonic()
    if not CPU_TIMES:
        done = subprocess.run(cmd, env=child_env, capture_output=True, text=True, timeout=timeout)
        elapsed = time.monotonic() - started
        if done.returncode != 0:
            raise RuntimeError(f"{cmd[0]} exited with {done.returncode}:\n{done.stdout}{done.stderr}")
        return elapsed, None
    process = subprocess.Popen(cmd, env=child_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    stopped: list[bool] = []

    def stop() -> None:
        stopped.append(True)
        process.kill()

    watchdog = threading.Timer(timeout, stop)  # communicate() would reap the child before wait4 could
    watchdog.start()
    try:
        assert process.stdout is not None
        with process.stdout:
            output = process.stdout.read()  # until the program exits and its output closes
        _pid, status, usage = os.wait4(process.pid, 0)
    finally:
        watchdog.cancel()
    elapsed = time.monotonic() - started
    process.returncode = code = os.waitstatus_to_exitcode(status)
    if stopped:
        raise TimeoutError(f"{cmd[0]} did not quit within {timeout:.0f} s (stopped):\n{output}")
    if code != 0:
        raise RuntimeError(f"{cmd[0]} exited with {code}:\n{output}")
    return elapsed, usage.ru_utime + usage.ru_stime


def compare(measure: Callable[[Sequence[str]], float], app: Sequence[str], bare: Sequence[str], runs: int) -> Ratio:
    """``measure`` of the app against the bare window, alternating (a busy machine slows both alike), after one
    warm-up run of each (a second start, with the files in the page cache, is what users see most)."""
    measure(bare)
    measure(app)
    app_times, bare_times = [], []
    for _ in range(runs):
        bare_times.append(measure(bare))
        app_times.append(measure(app))
    return Ratio(app_times, bare_times)


class Ratio:
    """Start-up times of the app and of the bare window; the ratio of their medians is the figure."""

    def __init__(self, app: list[float], bare: list[float]) -> None:
        self.app, self.bare = app, bare

    @property
    def value(self) -> float:
        return statistics.median(self.app) / statistics.median(self.bare)

    @property
    def fastest(self) -> float:
        """The ratio of the fastest runs (the least disturbed of each): steadier on a shared machine."""
        return min(self.app) / min(self.bare)

    def describe(self) -> str:
        app, bare = statistics.median(self.app), statistics.median(self.bare)
        return (
            f"app {app:.3f} s, bare window {bare:.3f} s, ratio {self.value:.2f} (fastest runs {self.fastest:.2f}); "
            f"runs: app {', '.join(f'{t:.3f}' for t in self.app)}; bare {', '.join(f'{t:.3f}' for t in self.bare)}"
        )
