"""Core figures: loading the form pack, scoring, saving and loading an assessment."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from assessor.core.demo import make_demo
from assessor.core.forms.loader import load_pack
from assessor.core.scoring import score
from assessor.core.storage import load_assessment, save_assessment
from assessor.core.tiers import Tier
from assessor.resources import default_pack_dir


def median_ms(fn: Callable[[], object], runs: int = 15) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    pack = load_pack(default_pack_dir())
    demo = make_demo(Tier.HIGH, pack)
    print(
        f"   load and validate the form pack ({len(pack.questions())} questions): "
        f"{median_ms(lambda: load_pack(default_pack_dir())):.1f} ms median"
    )
    print(f"   score the High-tier demo: {median_ms(lambda: score(pack, demo)):.2f} ms median")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.g4sa"
        print(
            f"   save (atomic, with backup): {median_ms(lambda: save_assessment(demo, path)):.2f} ms median, "
            f"{path.stat().st_size / 1024:.0f} KiB"
        )
        print(f"   load and validate: {median_ms(lambda: load_assessment(path)):.2f} ms median")
