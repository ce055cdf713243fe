"""Start a program on a private X server and time how long until its first window is on screen.

Used by tests/packaging/test_bundle.py and packaging/measure.py. Needs Xvfb and xdotool (packaging/sysdeps.sh).
The program runs with Qt's real X11 platform plugin (xcb), as on a user's desktop, not the offscreen one.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Iterator, Mapping, Sequence


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
