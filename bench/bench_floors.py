"""Each command against its floor: what its libraries alone cost on the same machine, in the same run (issue 16).

Every measurement is a whole fresh process; assessor and its floor alternate, RUNS times each, and the
medians are compared, so a busy machine slows both alike. The floors (bench/floor_*.py) import
nothing of assessor's:

- `report` of the High demo  vs  bare reportlab laying out the same text (pdftotext of the report) in
  the same embedded TrueType font; wall time and peak memory (max RSS);
- `sign`  vs  bare pyHanko signing the same PDF with the same PKCS#12, plus the bare reportlab layout
  (sign makes the report again to compare it);
- `verify --trust`  vs  bare pyHanko validating the same signature against the same certificate;
- the window (offscreen), empty and with the High demo open  vs  a bare PySide6 QMainWindow.

    python -m bench floors        (or `make bench`, which runs every bench module)
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.bench_startup import BARE_WINDOW

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
RUNS = int(os.environ.get("BENCH_RUNS", "7"))
DATE = "2026-12-31"
PASS_ENV = "BENCH_PASSPHRASE"


@dataclass(frozen=True)
class Pair:
    name: str
    assessor: list[str]
    floor: list[str]
    target: float
    memory_target: float | None = None


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MiB) and CPU seconds (user + system) of one process."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read()  # until the process closes it (exits); a hung process shows as a hung bench
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:4])} failed ({proc.returncode}): {err.decode()[-1500:]}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def _env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        ASSESSOR_HOME=str(tmp / "home"),
        ASSESSOR_LANG="en",
        ASSESSOR_QUIT_WHEN_SHOWN="1",  # the app stops once its window is painted, as the bare window does
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM") or "offscreen",
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH", "")) if p),
        PYTHONPYCACHEPREFIX=str(tmp / "pycache"),
        XDG_RUNTIME_DIR=str(tmp / "runtime"),
        **{PASS_ENV: "a bench passphrase"},
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    (tmp / "runtime").mkdir(mode=0o700, exist_ok=True)
    return env


def _prepare(tmp: Path, env: dict[str, str]) -> list[Pair]:
    """The High demo, its report and text, an identity, a signed report; the pairs to measure."""
    py = sys.executable
    cli = [py, "-m", "assessor"]
    steps = [
        [*cli, "demo", "-o", "high.g4sa", "--tier", "high"],
        [*cli, "report", "high.g4sa", "-o", "report.pdf", "--date", DATE],
        [
            *cli,
            "identity",
            "new",
            "--name",
            "Bench Signer",
            "--org",
            "Bench",
            "-o",
            "me.p12",
            "--passphrase-env",
            PASS_ENV,
        ],
        [*cli, "identity", "export-cert", "me.p12", "-o", "me.pem", "--passphrase-env", PASS_ENV],
        [*cli, "sign", "report.pdf", "--identity", "me.p12", "--passphrase-env", PASS_ENV, "-o", "signed.pdf"],
        ["pdftotext", "report.pdf", "report.txt"],
    ]
    for step in steps:
        _run(step, tmp, env)
    fonts = str(ROOT / "resources" / "fonts")
    sign_args = ["--identity", "me.p12", "--passphrase-env", PASS_ENV]
    floor_rl = [py, str(HERE / "floor_reportlab.py"), "report.txt", fonts, "floor.pdf"]
    floor_ph = [py, str(HERE / "floor_pyhanko.py")]
    return [
        Pair(
            "report (High demo)",
            [*cli, "report", "high.g4sa", "-o", "r.pdf", "--date", DATE, "--force"],
            floor_rl,
            1.5,
            1.5,
        ),
        Pair(
            "sign",
            [*cli, "sign", "report.pdf", *sign_args, "-o", "s.pdf", "--force"],
            [*floor_ph, "sign", "report.pdf", "me.p12", PASS_ENV, "fs.pdf", "report.txt", fonts],
            1.1,
        ),
        Pair(
            "verify --trust",
            [*cli, "verify", "signed.pdf", "--trust", "me.pem"],
            [*floor_ph, "validate", "signed.pdf", "me.pem"],
            1.3,
        ),
        Pair("window, no file", cli, [py, "-c", BARE_WINDOW], 1.3),
        Pair("window, High demo open", [*cli, "high.g4sa"], [py, "-c", BARE_WINDOW], 2.0),
    ]


def _verdict(ratio: float, target: float) -> str:
    return "OK" if ratio <= target else "SLOW"


def measure(pair: Pair, tmp: Path, env: dict[str, str], runs: int = RUNS) -> list[str]:
    _run(pair.assessor, tmp, env)  # warm-up: file caches, compiled modules, the compiled form pack
    _run(pair.floor, tmp, env)
    mine: list[tuple[float, float, float]] = []
    floor: list[tuple[float, float, float]] = []
    for _ in range(runs):
        mine.append(_run(pair.assessor, tmp, env))
        floor.append(_run(pair.floor, tmp, env))
    a_t, f_t = statistics.median(t for t, _, _ in mine), statistics.median(t for t, _, _ in floor)
    a_m, f_m = statistics.median(m for _, m, _ in mine), statistics.median(m for _, m, _ in floor)
    a_c, f_c = statistics.median(c for _, _, c in mine), statistics.median(c for _, _, c in floor)
    ratio = a_t / f_t
    lines = [
        f"{pair.name}: assessor {a_t:.3f} s, {a_m:.0f} MiB; floor {f_t:.3f} s, {f_m:.0f} MiB (medians of {runs})",
        f"   time ratio {ratio:.2f} (target <= {pair.target}): {_verdict(ratio, pair.target)}"
        f"   [CPU {a_c:.3f} s / {f_c:.3f} s = {a_c / f_c:.2f}]",
    ]
    if pair.memory_target is not None:
        mem = a_m / f_m
        lines.append(f"   memory ratio {mem:.2f} (target <= {pair.memory_target}): {_verdict(mem, pair.memory_target)}")
    return lines


def main(only: list[str] | None = None) -> None:
    if shutil.which("pdftotext") is None:
        print("   not measured: needs pdftotext (poppler-utils, scripts/sysdeps.sh)")
        return
    load = os.getloadavg()
    print(f"   load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        env = _env(tmp)
        for pair in _prepare(tmp, env):
            if only and not any(word in pair.name for word in only):
                continue
            for line in measure(pair, tmp, env):
                print(f"   {line}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
