"""A writer killed with SIGKILL at random moments never leaves a broken file or a pile of temp files."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assessor.core.storage import load_assessment, save_assessment
from tests.helpers.factories import blank_assessment

WRITER = """
import sys
from assessor.core.storage import load_assessment, save_assessment
path = sys.argv[1]
a = load_assessment(path)
a.scope.description = "x" * 100_000  # big enough (the most a field holds) that a write takes a moment
i = int(a.institution.name[1:]) if a.institution.name else 0
while True:
    i += 1
    a.institution.name = f"v{i}"
    save_assessment(a, path)
    print(i, flush=True)
"""


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_killed_saver_always_leaves_last_or_previous_version(tmp_path: Path) -> None:
    path = tmp_path / "work.g4sa"
    seed = blank_assessment()
    seed.institution.name = "v0"
    save_assessment(seed, path)
    rng = random.Random(20261123)
    for _round in range(25):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True, cwd=tmp_path
        )
        assert proc.stdout is not None
        first = proc.stdout.readline()  # the writer is saving now
        assert first.strip().isdigit()
        time.sleep(rng.uniform(0.0, 0.15))
        proc.send_signal(signal.SIGKILL)
        rest = proc.stdout.read()
        proc.wait()
        acked = [int(x) for x in (first + rest).split()]
        loaded = load_assessment(path)  # never raises: the file is whole
        version = int(loaded.institution.name[1:])
        assert version in (acked[-1], acked[-1] + 1), (version, acked[-1])
        leftovers = [p.name for p in tmp_path.iterdir() if p.name not in ("work.g4sa", "work.g4sa.bak")]
        assert set(leftovers) <= {".work.g4sa.saving", ".work.g4sa.bak.saving"}, leftovers
    # the next save clears whatever a killed writer left
    save_assessment(load_assessment(path), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["work.g4sa", "work.g4sa.bak"]
