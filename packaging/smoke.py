"""Start a program and time how long until its first window is shown: on a private X server, or offscreen.

Used by tests/packaging/test_bundle.py and packaging/measure.py. On X11 (Xvfb, libX11 and xdotool:
packaging/sysdeps.sh) the program runs with Qt's real X11 platform plugin (xcb), as on a user's desktop, and the time
is taken when the X server says it mapped the program's window (MapWatch; without libX11, xdotool polls every
20 ms). Offscreen, the program quits once its window is shown (ASSESSOR_QUIT_WHEN_SHOWN, honoured by the app and by
packaging/bare_window.py) and its wall time is the measure.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import select
import shutil
import signal
import statistics
import subprocess
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence


@contextlib.contextmanager
def _server(command: Callable[[int], list[str]]) -> Iterator[str]:
    """Start a server that writes where it listens on a file descriptor (``command(fd)``); yield that line, and stop
    the server afterwards."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        command(write_fd), pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            line = pipe.readline().strip()
        if not line:
            raise RuntimeError(f"{command(write_fd)[0]} did not start")
        yield line
    finally:
        server.terminate()
        server.wait(timeout=10)


@contextlib.contextmanager
def xvfb(width: int = 1280, height: int = 800) -> Iterator[str]:
    """A fresh X server on a free display number; yields the DISPLAY value (":N")."""
    screen = f"{width}x{height}x24"
    with _server(lambda fd: ["Xvfb", "-displayfd", str(fd), "-screen", "0", screen, "-nolisten", "tcp"]) as number:
        yield f":{number}"


@contextlib.contextmanager
def session_bus() -> Iterator[str | None]:
    """A private D-Bus session bus, as every desktop session has; yields its address (None without dbus-daemon).

    Without one, Qt's accessibility bridge, which starts when a window first sets a text, has libdbus try to
    autolaunch a bus: 10 to 15 ms measured under Xvfb, paid by the app and never by the bare window (no text)."""
    if shutil.which("dbus-daemon") is None:
        yield None
        return
    with _server(lambda fd: ["dbus-daemon", "--session", "--nofork", "--nopidfile", f"--print-address={fd}"]) as bus:
        yield bus


class _XMapEvent(ctypes.Structure):
    _fields_ = [  # Xlib's XMapEvent, the head of the XEvent union
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("event", ctypes.c_ulong),
        ("window", ctypes.c_ulong),
        ("override_redirect", ctypes.c_int),
    ]


class _XEvent(ctypes.Union):
    _fields_ = [("map", _XMapEvent), ("pad", ctypes.c_long * 24)]


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_ignore_x_errors = _ERROR_HANDLER(lambda _display, _error: 0)  # a window gone before it was asked about


class MapWatch:
    """The X server's own word that a process mapped a top-level window: MapNotify events on the root window,
    matched by the window's _NET_WM_PID. No polling, so no process started per check competing with the program
    for the CPU, and no 20 ms steps in the figure. Needs libX11 (with xdotool; packaging/sysdeps.sh)."""

    MAP_NOTIFY = 19
    SUBSTRUCTURE_NOTIFY = 1 << 19
    XA_CARDINAL = 6

    def __init__(self, display: str) -> None:
        name = ctypes.util.find_library("X11")
        if name is None:
            raise OSError("libX11 not found")
        x = self.x = ctypes.CDLL(name)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x.XPending.argtypes = [ctypes.c_void_p]
        x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_XEvent)]
        x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        x.XInternAtom.restype = ctypes.c_ulong
        x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x.XGetWindowProperty.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long, ctypes.c_int,
            ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p),
        ]  # fmt: skip
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        x.XSetErrorHandler(_ignore_x_errors)
        self.display = x.XOpenDisplay(display.encode())
        if not self.display:
            raise OSError(f"cannot open X display {display}")
        x.XSelectInput(self.display, x.XDefaultRootWindow(self.display), self.SUBSTRUCTURE_NOTIFY)
        x.XSync(self.display, 0)
        self.pid_atom = x.XInternAtom(self.display, b"_NET_WM_PID", 0)

    def close(self) -> None:
        self.x.XCloseDisplay(self.display)

    def _pid_of(self, window: int) -> int | None:
        kind, fmt = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = self.x.XGetWindowProperty(
            self.display, window, self.pid_atom, 0, 1, 0, self.XA_CARDINAL,
            ctypes.byref(kind), ctypes.byref(fmt), ctypes.byref(count), ctypes.byref(after), ctypes.byref(data),
        )  # fmt: skip
        if status != 0 or not data.value:
            return None
        try:
            return int(ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[0]) if count.value else None
        finally:
            self.x.XFree(data)

    def mapped_by(self, pid: int, seconds: float) -> bool:
        """Whether a window of ``pid`` is mapped within ``seconds`` (False when the time runs out first)."""
        deadline = time.monotonic() + seconds
        event = _XEvent()
        while True:
            while self.x.XPending(self.display):
                self.x.XNextEvent(self.display, ctypes.byref(event))
                if event.map.type == self.MAP_NOTIFY and self._pid_of(event.map.window) == pid:
                    return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            select.select([self.x.XConnectionNumber(self.display)], [], [], left)


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
    try:
        watch: MapWatch | None = MapWatch(display)  # listening before the program starts: no map is missed
    except OSError:
        watch = None  # no libX11: poll with xdotool instead, in 20 ms steps
    started = time.monotonic()
    process = subprocess.Popen(cmd, env=child_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        while time.monotonic() - started < timeout:
            if watch is not None and watch.mapped_by(process.pid, 0.05):
                return time.monotonic() - started
            if watch is None and _visible_window(display, process.pid):
                return time.monotonic() - started
            if process.poll() is not None:
                output = process.stdout.read() if process.stdout else ""
                raise RuntimeError(f"{cmd[0]} exited with {process.returncode} before showing a window:\n{output}")
            if watch is None:
                time.sleep(0.02)
        raise TimeoutError(f"{cmd[0]} showed no window within {timeout:.0f} s")
    finally:
        if watch is not None:
            watch.close()
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
