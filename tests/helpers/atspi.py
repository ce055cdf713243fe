"""The real app, read through AT-SPI as a screen reader reads it.

    with AtspiApp(["demo.g4sa"], size=(1024, 700)) as app:
        tree = app.tree()                        # every node that is showing, with role, name, states, actions
        combo = tree.one(role="combo box", name="Status of action 3")
        app.press(tree.one(role="push button", name="Next"))
        app.key("ctrl+3")                        # xdotool, on the app's own X display
        gaps = app.heartbeat(seconds=5)          # the longest waits for an answer, one request every 200 ms

It starts, for one test: an Xvfb display of its own, a D-Bus session of its own under ``dbus-run-session`` (the
AT-SPI bus and registry are started by D-Bus activation when the app asks for them), the app itself
(``python -m assessor ARGS`` on the xcb platform, QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, the test's own
ASSESSOR_HOME and XDG folders), and ``tests/helpers/atspi_reader.py`` under the system python3, which holds
Debian's pyatspi. Everything is stopped, as process groups, when the block ends.

Needs the Debian packages xvfb, dbus, at-spi2-core, python3-pyatspi and xdotool (scripts/sysdeps.sh installs them).
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

READER = Path(__file__).with_name("atspi_reader.py")
SYSTEM_PYTHON = "/usr/bin/python3"


class AtspiError(AssertionError):
    """The accessibility stack could not be started or did not answer."""


@dataclass(frozen=True)
class Node:
    path: tuple[int, ...]
    role: str
    name: str
    description: str
    states: frozenset[str]
    actions: tuple[str, ...]
    children: int
    text: str | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Node:
        return cls(
            path=tuple(data["path"]),
            role=data["role"],
            name=data["name"],
            description=data["description"],
            states=frozenset(data["states"]),
            actions=tuple(data["actions"]),
            children=data["children"],
            text=data["text"],
        )


@dataclass
class Tree:
    nodes: list[Node] = field(default_factory=list)

    def __iter__(self) -> Iterator[Node]:
        return iter(self.nodes)

    def find(self, *, role: str | None = None, name: str | None = None, name_contains: str | None = None) -> list[Node]:
        """Nodes matching every criterion given (role and name exact, name_contains a substring)."""
        return [
            n
            for n in self.nodes
            if (role is None or n.role == role)
            and (name is None or n.name == name)
            and (name_contains is None or name_contains in n.name)
        ]

    def one(self, **criteria: str) -> Node:
        found = self.find(**criteria)
        if len(found) != 1:
            names = sorted({f"{n.role}: {n.name!r}" for n in self.nodes if n.name})[:60]
            raise AssertionError(f"expected one node with {criteria}, found {len(found)}; named nodes: {names}")
        return found[0]

    def roles(self) -> set[str]:
        return {n.role for n in self.nodes}


def missing_parts() -> list[str]:
    """What this machine lacks to run the app under AT-SPI (empty when all is there)."""
    missing = [cmd for cmd in ("Xvfb", "dbus-run-session", "xdotool") if shutil.which(cmd) is None]
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


def _read_line(stream: Any, timeout: float, what: str) -> str:
    selector = selectors.DefaultSelector()
    selector.register(stream, selectors.EVENT_READ)
    try:
        if not selector.select(timeout):
            raise AtspiError(f"{what} did not answer within {timeout:.0f} s")
    finally:
        selector.close()
    line = stream.readline()
    if not line:
        raise AtspiError(f"{what} ended without answering")
    return str(line.decode() if isinstance(line, bytes) else line)


def _stop(proc: subprocess.Popen[Any] | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=5)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)


class AtspiApp:
    """The app in its own X display and D-Bus session, with an AT-SPI reader attached to it."""

    def __init__(
        self,
        args: Sequence[str] = (),
        *,
        size: tuple[int, int] = (1366, 768),
        env: dict[str, str] | None = None,
        start_timeout: float = 60.0,
    ) -> None:
        self.args = list(args)
        self.size = size
        self.extra_env = env or {}
        self.start_timeout = start_timeout
        self.display = ""
        self.env: dict[str, str] = {}
        self._xvfb: subprocess.Popen[bytes] | None = None
        self._bus: subprocess.Popen[bytes] | None = None
        self.process: subprocess.Popen[bytes] | None = None
        self._reader: subprocess.Popen[str] | None = None

    # -- start and stop ------------------------------------------------------------------------------------------
    def __enter__(self) -> AtspiApp:
        missing = missing_parts()
        if missing:
            raise AtspiError(f"cannot read the app through AT-SPI: missing {', '.join(missing)} (make sysdeps)")
        try:
            self._start()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _start(self) -> None:
        width, height = self.size
        self._xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", "1", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self.display = ":" + _read_line(self._xvfb.stdout, 20, "Xvfb").strip()
        # dbus-run-session keeps its bus for as long as the command it runs: a shell that tells us the address.
        self._bus = subprocess.Popen(
            ["dbus-run-session", "--", "sh", "-c", 'echo "$DBUS_SESSION_BUS_ADDRESS"; exec sleep 100000'],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        bus_address = _read_line(self._bus.stdout, 20, "dbus-run-session").strip()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND"))}
        env.update(
            DISPLAY=self.display,
            DBUS_SESSION_BUS_ADDRESS=bus_address,
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_ACCESSIBILITY="1",
            NO_AT_BRIDGE="0",
            GTK_MODULES="",
        )
        env.update(self.extra_env)
        self.env = env
        src = str(Path(__file__).resolve().parents[2] / "src")
        env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "assessor", *self.args],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        self._reader = subprocess.Popen(
            [SYSTEM_PYTHON, str(READER), str(self.process.pid), str(self.start_timeout)],
            env={k: v for k, v in env.items() if k != "PYTHONPATH"},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        line = _read_line(self._reader.stdout, self.start_timeout + 10, "the AT-SPI reader")
        if not json.loads(line).get("ready"):
            raise AtspiError(f"the AT-SPI reader did not find the app: {line}")
        self.wait_for(lambda t: any(n.role == "frame" for n in t), what="the main window")

    def __exit__(self, *exc: object) -> None:
        if self._reader is not None and self._reader.poll() is None and self._reader.stdin is not None:
            try:
                self._reader.stdin.write('{"cmd": "quit"}\n')
                self._reader.stdin.flush()
            except BrokenPipeError:
                pass
        for proc in (self._reader, self.process, self._bus, self._xvfb):
            _stop(proc)

    # -- asking -------------------------------------------------------------------------------------------------
    def request(self, cmd: str, timeout: float = 60.0, **params: Any) -> dict[str, Any]:
        reader = self._reader
        if reader is None or reader.stdin is None or reader.stdout is None:
            raise AtspiError("the AT-SPI reader is not running")
        if self.process is not None and self.process.poll() is not None:
            err = self.process.stderr.read().decode(errors="replace")[-2000:] if self.process.stderr else ""
            raise AtspiError(f"the app exited with status {self.process.returncode}: {err}")
        reader.stdin.write(json.dumps({"cmd": cmd, **params}) + "\n")
        reader.stdin.flush()
        return dict(json.loads(_read_line(reader.stdout, timeout, "the AT-SPI reader")))

    def tree(self, *, max_nodes: int = 6000, showing_only: bool = True) -> Tree:
        reply = self.request("dump", max_nodes=max_nodes, showing_only=showing_only)
        if not reply["ok"]:
            raise AtspiError(f"reading the accessibility tree failed: {reply['error']}")
        return Tree([Node.from_json(n) for n in reply["nodes"]])

    def wait_for(self, predicate: Any, *, what: str, timeout: float = 30.0) -> Tree:
        """Reads the tree until ``predicate(tree)`` holds; returns that tree."""
        deadline = time.monotonic() + timeout
        while True:
            tree = self.tree()
            if predicate(tree):
                return tree
            if time.monotonic() > deadline:
                raise AtspiError(f"{what} did not appear in the accessibility tree within {timeout:.0f} s")
            time.sleep(0.2)

    def press(self, node: Node, action: str = "press") -> None:
        reply = self.request("action", path=list(node.path), name=action)
        if not reply["ok"]:
            raise AtspiError(f"could not {action} {node.role} {node.name!r}: {reply['error']}")

    def key(self, *keys: str) -> None:
        """Presses keys (xdotool names: "ctrl+s", "Tab", "Return") in the app's window."""
        subprocess.run(["xdotool", "key", "--delay", "60", *keys], env=self.env, check=True, timeout=30)

    def type_text(self, text: str) -> None:
        subprocess.run(["xdotool", "type", "--delay", "20", text], env=self.env, check=True, timeout=60)

    def heartbeat(self, seconds: float, every: float = 0.2, until: Any = None) -> list[float]:
        """Asks the app something every ``every`` seconds for ``seconds`` (or until ``until()`` is true);
        returns, for each request, the time from the moment it was due to its answer (a frozen window shows as
        one long wait; a refused request counts as the whole time waited)."""
        waits: list[float] = []
        end = time.monotonic() + seconds
        due = time.monotonic()
        while time.monotonic() < end and not (until is not None and until()):
            reply = self.request("ping")
            waits.append(time.monotonic() - due)
            if not reply["ok"]:
                waits[-1] = float("inf")
            due += every
            time.sleep(max(0.0, due - time.monotonic()))
            due = max(due, time.monotonic())
        return waits

    def screenshot(self, path: Path) -> None:
        subprocess.run(["import", "-window", "root", str(path)], env=self.env, check=True, timeout=30)
