"""packaging/smoke.py's offscreen timings, on small programs: wall and CPU time, a failure named with the output, a
program that hangs stopped. (The bundle's own start-up is measured by packaging/measure.py and test_bundle.py.)"""

from __future__ import annotations

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
