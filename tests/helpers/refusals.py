"""Running a command that must refuse its input: its exit code and its one line on stderr."""

from __future__ import annotations

import time

import pytest

from assessor.cli import main


def refusal(argv: list[str], capsys: pytest.CaptureFixture[str], *, seconds: float = 20.0) -> tuple[int, str]:
    """Run ``assessor ARGV`` in-process; check it printed exactly one line on stderr, no traceback, and did not
    hang (the bound only catches a return of the old minutes-long work, e.g. 115 s on a hostile PKCS#12; the
    speed itself is measured in bench/bench_bounds.py, not asserted here, so a loaded machine cannot fail it)."""
    start = time.perf_counter()
    code = main(argv)
    took = time.perf_counter() - start
    _out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert len(lines) == 1, err[:2000]
    assert "Traceback" not in err and len(lines[0]) < 400, lines[0][:400]
    assert took < seconds, f"took {took:.1f} s"
    return code, lines[0]
