"""How fast the report renders, and how much memory it takes.

- A filled High-tier assessment (every question in scope answered, notes, evidence, an action
  plan) to PDF: median of several runs. Target: under 1 s on a 2-core machine.
- A synthetic form pack of 1 000 questions, all answered, to PDF. Target (issue 16): median 2.5 s at
  most, the slowest run 3.5 s at most.
- The verdicts read CPU time (user + system) when the machine is shared (load above its CPU count),
  wall time otherwise; both are printed, with the load.
- Peak memory of each (tracemalloc: Python allocations) and the process's peak RSS.

Run with ``python -m bench.bench_report`` (or ``make bench``).
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.report.factories import fill, make_pack  # noqa: E402

from assessor.core.assessment import Assessment  # noqa: E402
from assessor.core.demo import make_demo  # noqa: E402
from assessor.core.forms.installed import load_default_pack  # noqa: E402
from assessor.core.forms.models import FormPack  # noqa: E402
from assessor.core.tiers import Tier  # noqa: E402
from assessor.report.render import render_pdf  # noqa: E402

DATE = dt.date(2025, 3, 14)


def _timed(fn: Callable[[], bytes], runs: int) -> tuple[list[float], list[float], bytes]:
    """Wall times and CPU times (the machine may be shared) of each run, and the output."""
    times, cpu = [], []
    out = b""
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        out = fn()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return times, cpu, out


def _shared() -> bool:
    """The machine is busy with other work: judge by CPU time rather than wall time."""
    return os.getloadavg()[0] > (os.cpu_count() or 1)


def _peak(fn: Callable[[], bytes]) -> float:
    tracemalloc.start()
    try:
        fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 1e6


def _pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page ")


def _case(
    name: str,
    pack: FormPack,
    tier: Tier,
    runs: int,
    target: float,
    assessment: Assessment | None = None,
    worst: float | None = None,
) -> None:
    assessment = assessment or fill(pack, tier)

    def render() -> bytes:
        return render_pdf(pack, assessment, date=DATE)

    render()  # warm-up: fonts registered, modules imported
    times, cpu, pdf = _timed(render, runs)
    peak = _peak(render)
    in_scope = sum(1 for q in pack.questions() if q.in_scope_at(tier))
    median = statistics.median(times)
    judged, by = (cpu, "CPU") if _shared() else (times, "wall")
    ok = statistics.median(judged) <= target and (worst is None or max(judged) <= worst)
    verdict = "OK" if ok else "SLOW"
    limits = f"median <= {target} s" + (f", worst <= {worst} s" if worst is not None else "")
    print(f"{name}")
    print(f"  questions in the pack {len(pack.questions())}, asked at {tier.label} ≈ {in_scope}")
    print(f"  pages {_pages(pdf)}, size {len(pdf) / 1024:.0f} KiB, actions {len(assessment.actions)}")
    print(
        f"  median {median:.3f} s over {runs} runs (min {min(times):.3f}, max {max(times):.3f}); "
        f"CPU median {statistics.median(cpu):.3f} s, max {max(cpu):.3f} s"
    )
    print(f"  target {limits} ({by} time, load {os.getloadavg()[0]:.1f}): {verdict}")
    print(f"  peak Python memory while rendering {peak:.1f} MB")


def main() -> None:
    print("Report rendering benchmark")
    _case("High-tier report, synthetic 10-element pack (6 questions each)", make_pack(6), Tier.HIGH, 7, 1.0)
    shipped = load_default_pack()
    _case("High-tier demo assessment (assessor demo --tier high)", shipped, Tier.HIGH, 7, 1.0, make_demo(Tier.HIGH))
    _case(f"High-tier report, shipped pack ({len(shipped.questions())} questions)", shipped, Tier.HIGH, 7, 1.0)
    _case("High-tier report, 20 questions per element (200)", make_pack(20), Tier.HIGH, 5, 1.0)
    _case("1 000-question pack (10 elements x 100)", make_pack(100), Tier.HIGH, 5, 2.5, worst=3.5)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of the whole benchmark process {rss:.0f} MB")


if __name__ == "__main__":
    main()
