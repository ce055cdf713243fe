"""Start-up: how long the assessor window takes to appear next to a bare PySide6 window, and what it imports.

Both are measured as fresh processes on the same machine in one run, alternating, so that a busy
machine slows both alike. The target: the assessor window appears within 1.5 times the bare one.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

TARGET_RATIO = 1.5
RUNS = 11
HEAVY = ("reportlab", "pyhanko", "jinja2", "PySide6.QtPdf")

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1180, 820)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

# What the app loads once its main window is built (the start screen), and once the whole start-up has run.
HEAVY_CHECK = """
import json, os, sys
from assessor.ui.app import make_app
from assessor.ui.main_window import MainWindow
app = make_app()
window = MainWindow()
window.show()
heavy = json.loads(sys.argv[1])
built = [m for m in heavy if m in sys.modules]
from assessor.cli import main
os.environ["ASSESSOR_QUIT_WHEN_SHOWN"] = "1"
window.close()
main([])
print(json.dumps({"window": built, "startup": [m for m in heavy if m in sys.modules]}))
"""


def _env(tmp: Path) -> dict[str, str]:
    """A fresh user folder; compiled modules cached under ``tmp`` (as an installed app has them), not in the tree."""
    env = dict(os.environ)
    env.pop("ASSESSOR_HOME", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # else every start compiles assessor's sources again
    env.update(
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM") or "offscreen",
        XDG_DATA_HOME=str(tmp / "home" / "data"),  # a user's own folders, found as on a real machine
        XDG_CONFIG_HOME=str(tmp / "home" / "config"),
        ASSESSOR_QUIT_WHEN_SHOWN="1",
        PYTHONPYCACHEPREFIX=str(tmp / "pycache"),
    )
    return env


def _timed(args: Sequence[str], env: dict[str, str]) -> float:
    """Seconds from launching the process until it has exited."""
    started = time.perf_counter()
    done = subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:3])} failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    return elapsed


def _import_summary(env: dict[str, str], top: int = 12) -> list[str]:
    """Where `python -X importtime -m assessor` spends its import time: by package, then the slowest modules."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "assessor"], env=env, capture_output=True, text=True, check=False
    )
    rows: list[tuple[int, int, str]] = []
    for line in done.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) != 3 or not parts[0].strip().isdigit():
            continue
        rows.append((int(parts[0]), int(parts[1]), parts[2].strip()))
    by_package: dict[str, int] = {}
    for own, _total, name in rows:
        head = name.split(".")[0]
        key = ".".join(name.split(".")[:3]) if head == "assessor" else head
        key = "PySide6/shiboken6" if head in {"PySide6", "shiboken6", "shibokensupport"} else key
        by_package[key] = by_package.get(key, 0) + own
    total = sum(by_package.values())
    lines = [f"imports total {total / 1000:.0f} ms (-X importtime adds overhead); by package:"]
    for key, own in sorted(by_package.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"  {own / 1000:6.1f} ms  {key}")
    lines.append("slowest modules (own time):")
    for own, _total, name in sorted(rows, reverse=True)[:top]:
        lines.append(f"  {own / 1000:6.1f} ms  {name}")
    return lines


def measure(env: dict[str, str], runs: int = RUNS) -> dict[str, list[float]]:
    bare = [sys.executable, "-c", BARE_WINDOW]
    app = [sys.executable, "-m", "assessor"]
    _timed(bare, env)  # warm-up: file caches, compiled modules
    _timed(app, env)
    times: dict[str, list[float]] = {"bare": [], "assessor": []}
    for _ in range(runs):
        times["bare"].append(_timed(bare, env))
        times["assessor"].append(_timed(app, env))
    return times


def heavy_modules(env: dict[str, str]) -> dict[str, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", HEAVY_CHECK, json.dumps(HEAVY)], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"the import check failed: {done.stderr[-2000:]}")
    result: dict[str, list[str]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = _env(Path(tmp))
        times = measure(env)
        loaded = heavy_modules(env)
        bare, app = statistics.median(times["bare"]), statistics.median(times["assessor"])
        ratio = app / bare
        print(f"   bare PySide6 window shown: {bare * 1000:.0f} ms median of {RUNS}")
        print(f"   assessor main window shown: {app * 1000:.0f} ms median of {RUNS}")
        print(f"      (runs, ms: bare {', '.join(f'{t * 1000:.0f}' for t in times['bare'])})")
        print(f"      (runs, ms: assessor {', '.join(f'{t * 1000:.0f}' for t in times['assessor'])})")
        verdict = "OK" if ratio <= TARGET_RATIO else "ABOVE TARGET"
        print(f"   ratio assessor/bare: {ratio:.2f} (target <= {TARGET_RATIO}): {verdict}")
        fastest = min(times["assessor"]) / min(times["bare"])  # the least disturbed run of each: steadier on a busy VM
        print(f"   ratio of the fastest runs: {fastest:.2f}")
        for when, label in (("window", "after building MainWindow"), ("startup", "after the whole start-up")):
            found = loaded[when]
            state = "none (good)" if not found else f"LOADED: {', '.join(found)} (must not be)"
            print(f"   heavy modules {label}: {state}")
        if ratio > TARGET_RATIO:
            for line in _import_summary(env):
                print(f"      {line}")
        _on_x11(env)


def _on_x11(env: dict[str, str], runs: int = 5) -> None:
    """The same two windows on a real X server (Xvfb, the xcb plugin), timed until each window is mapped.

    Heavier than offscreen for a window with content (fonts, X round trips); printed so both are known.
    """
    import importlib.util
    import shutil

    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        print("   on X11: not measured (needs Xvfb and xdotool: scripts/sysdeps.sh --docs)")
        return
    spec = importlib.util.spec_from_file_location(
        "smoke", Path(__file__).resolve().parents[1] / "packaging" / "smoke.py"
    )
    assert spec is not None and spec.loader is not None
    smoke = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(smoke)
    x_env = {k: v for k, v in env.items() if k != "ASSESSOR_QUIT_WHEN_SHOWN"}
    try:
        with smoke.xvfb() as display, smoke.session_bus() as bus:  # a desktop's X server and session bus
            if bus:
                x_env["DBUS_SESSION_BUS_ADDRESS"] = bus
            stays = BARE_WINDOW.replace("QTimer.singleShot(0, app.quit)\n", "")  # stopped once seen, as the app is
            bare = [smoke.time_to_window([sys.executable, "-c", stays], display, x_env) for _ in range(runs)]
            app = [smoke.time_to_window([sys.executable, "-m", "assessor"], display, x_env) for _ in range(runs)]
    except (RuntimeError, TimeoutError, OSError) as exc:
        print(f"   on X11: not measured ({' '.join(str(exc).splitlines()[:2])})")
        return
    b, a = statistics.median(bare), statistics.median(app)
    print(
        f"   on X11 (Xvfb and a session bus, until the X server maps the window): bare {b * 1000:.0f} ms, "
        f"assessor {a * 1000:.0f} ms, ratio {a / b:.2f}"
    )
