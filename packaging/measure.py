"""Figures for the built bundle (after `make bundle`): size on disk, download sizes, start-up times.

    python packaging/measure.py [--runs N]

Start-up: wall time of `assessor --version` and `assessor --self-test` (median of several runs), and the time until
the app's window is shown, next to the same for a bare PySide6 window frozen by the same spec (dist/bare-window,
packaging/bare_window.py), both started the same way and alternating: offscreen (until the process has shown its
window and quit) and under a private X server (Xvfb, Qt's xcb plugin, until the window is mapped). Target (#16): the
app within 1.3 times the bare window.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"assessor_packaging_{name}", HERE / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def megabytes(size: int) -> str:
    """Both units: MB (10^6 bytes, what the size target and download pages mean) and MiB (what `du -h` shows)."""
    return f"{size / 1e6:.1f} MB ({size / 2**20:.1f} MiB)"


def wall_time(cmd: list[str], env: dict[str, str]) -> float:
    started = time.monotonic()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.monotonic() - started


def median_of(runs: int, measure: Callable[[], float]) -> tuple[float, list[float]]:
    values = [measure() for _ in range(runs)]
    return statistics.median(values), values


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=11, help="start-ups of each program (default 11)")
    runs = parser.parse_args(argv).runs
    build = _load("build")
    bundle = build.bundle_dir()
    exe = build.console_executable()
    if not exe.exists():
        print(f"measure: {exe} is missing: run `make bundle` first", file=sys.stderr)
        return 1
    size = build.tree_size(bundle)
    files = sum(1 for p in bundle.rglob("*") if p.is_file())
    target = build.SIZE_TARGET_BYTES
    verdict = (
        f"{(target - size) / 1e6:.1f} MB to spare" if size <= target else f"OVER by {(size - target) / 1e6:.1f} MB"
    )
    print(f"bundle            {bundle}")
    print(f"  unpacked        {megabytes(size)}, {files} files")
    print(f"  size target     <= {target / 1e6:.0f} MB unpacked: {verdict}")
    for pattern in ("assessor-*.tar.gz", "assessor_*.deb", "assessor-*.dmg", "assessor-*-setup.exe"):
        for artefact in sorted(build.DIST.glob(pattern)):
            print(f"  {artefact.name:40} {megabytes(artefact.stat().st_size)}")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    wall_time([str(exe), "--version"], env)  # warm the page cache first: a second start is what users see most
    version_s, version_all = median_of(7, lambda: wall_time([str(exe), "--version"], env))
    selftest_s, selftest_all = median_of(3, lambda: wall_time([str(exe), "--self-test"], env))
    print(f"  --version       {version_s:.2f} s (median of {', '.join(f'{v:.2f}' for v in version_all)})")
    print(f"  --self-test     {selftest_s:.2f} s (median of {', '.join(f'{v:.2f}' for v in selftest_all)})")
    window_start(runs)
    return 0


def window_start(runs: int) -> None:
    """Print the installed app's window start against the frozen bare window's, offscreen and on X11."""
    build = _load("build")
    smoke = _load("smoke")
    app, bare = build.console_executable(), build.bare_window_executable()
    if not (app.exists() and bare.exists()):
        print(f"  window shown: not measured: {app} or {bare} is missing (both are built by `make bundle`)")
        return
    target = build.START_TARGET_RATIO
    with tempfile.TemporaryDirectory() as home:  # a user of the installed app: their own (empty) folders
        env = {**os.environ, **{f"XDG_{kind}_HOME": f"{home}/{kind.lower()}" for kind in ("DATA", "CONFIG", "CACHE")}}
        env.pop("ASSESSOR_HOME", None)
        offscreen = smoke.compare(lambda cmd: smoke.time_offscreen(cmd, env), [str(app)], [str(bare)], runs)
        print(f"  window shown, offscreen, against the frozen bare window (target <= {target}x): ", end="")
        print(f"{'OK' if offscreen.value <= target else 'SLOW'}\n      {offscreen.describe()}")
        if smoke.CPU_TIMES:  # the same starts' CPU time (user + system): what a busy machine stretches least
            cpu = smoke.compare(lambda cmd: smoke.cpu_offscreen(cmd, env), [str(app)], [str(bare)], runs)
            print(f"      CPU time: {cpu.describe()}")
        try:
            with smoke.xvfb() as display, smoke.session_bus() as bus:  # a desktop's X server and session bus
                x_env = {**env, "DBUS_SESSION_BUS_ADDRESS": bus} if bus else env
                x11 = smoke.compare(
                    lambda cmd: smoke.time_to_window(cmd, display, x_env), [str(app)], [str(bare)], runs
                )
        except (FileNotFoundError, RuntimeError, TimeoutError) as exc:
            print(f"  window shown on X11: not measured: {exc}")
            return
        where = "Xvfb and a session bus" if bus else "Xvfb, no session bus (dbus-daemon missing)"
        print(f"  window shown on X11 ({where}), against the frozen bare window (target <= {target}x): ", end="")
        print(f"{'OK' if x11.value <= target else 'SLOW'}\n      {x11.describe()}")


if __name__ == "__main__":
    sys.exit(main())
