"""The largest assessment assessor accepts, reported from the command line: time and memory.

Every bound at once (a 4 MiB file at most; 10 000 printed lines of text; 500 actions; 500 evidence
documents), the text in three shapes: prose, one unbroken word, lines of two letters. Each is saved,
then `assessor report` runs in its own process. Targets (issue 16): at most 5 s (of CPU, as the machine
may be shared) and 500 MB each; the bounds exist so that no accepted file goes beyond them. Measured
on the 2-core development machine: 3.3 to 4.3 s of CPU, 309 to 343 pages, at most 127 MB.

Run with ``python -m bench.bench_bounds`` (or ``make bench``).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.helpers.largest import largest_assessment  # noqa: E402

from assessor.core.storage import save_assessment  # noqa: E402

STYLES = ("words", "unbroken", "short")
TARGET_S, TARGET_MB = 5.0, 500.0


def _report(path: Path, out: Path) -> tuple[float, float, float]:
    """Wall time, CPU time (user + system) and the peak RSS in MB of one `assessor report` process."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "src")}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    cmd = [sys.executable, "-m", "assessor", "report", str(path), "-o", str(out), "--date", "2026-12-06", "--force"]
    subprocess.run(cmd, check=True, capture_output=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss / 1024  # the largest child so far (KiB on Linux)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for style in STYLES:
            path = Path(folder) / f"largest-{style}.g4sa"
            save_assessment(largest_assessment(style), path, backup=False)
            wall, cpu, rss = _report(path, Path(folder) / "out.pdf")
            pages = (Path(folder) / "out.pdf").read_bytes().count(b"/Type /Page\n")
            verdict = "OK" if cpu <= TARGET_S and rss <= TARGET_MB else "SLOW"  # CPU: the machine may be shared
            print(
                f"largest accepted assessment, text as {style}: {path.stat().st_size / 1e6:.1f} MB file, {pages} pages"
            )
            print(f"  report {wall:.1f} s wall, {cpu:.1f} s CPU; peak RSS so far {rss:.0f} MB  [{verdict}]")


if __name__ == "__main__":
    main()
