"""Printing the High demo's report (64 pages) as the app does: time, size sent, and the window's longest pause.

The job goes to a PDF-file printer (what Qt sends to CUPS is such a PDF); the target is under 10 MB for 60 pages,
with a 200 ms heartbeat on the GUI thread never pausing 1 s or more.
"""

from __future__ import annotations

import itertools
import os
import tempfile
import time
from pathlib import Path

TARGET_BYTES_PER_60 = 10_000_000
MAX_GAP_S = 1.0


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import datetime as dt

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication, QWidget

    from assessor.core.demo import make_demo
    from assessor.core.forms.installed import load_default_pack
    from assessor.core.tiers import Tier
    from assessor.report.render import render_pdf
    from assessor.ui.printing import IMAGE_DPI, make_printer, start_printing

    app = QApplication.instance() or QApplication([])
    pdf = render_pdf(load_default_pack(), make_demo(Tier.HIGH), date=dt.date.today())
    owner = QWidget()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "printed.pdf"
        printer = make_printer("a4", "bench")
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        beats: list[float] = []
        heartbeat = QTimer()
        heartbeat.timeout.connect(lambda: beats.append(time.monotonic()))
        loop = QEventLoop()
        pages: list[int] = []
        started = time.monotonic()
        heartbeat.start(200)
        start_printing(owner, pdf, printer, lambda _outcome, n: (pages.append(n), loop.quit()), "bench")
        loop.exec()
        elapsed = time.monotonic() - started
        heartbeat.stop()
        size = out.stat().st_size
    gap = max((b - a for a, b in itertools.pairwise(beats)), default=0.0)
    per_60 = size * 60 / max(pages[0], 1)
    verdict = "OK" if per_60 < TARGET_BYTES_PER_60 and gap < MAX_GAP_S else "TOO BIG OR PAUSED"
    print(
        f"   print {pages[0]} pages at {IMAGE_DPI} dpi: {elapsed:.1f} s, {size / 1e6:.1f} MB "
        f"({per_60 / 1e6:.1f} MB per 60 pages, target < 10), longest GUI pause {gap:.2f} s (target < 1): "
        f"{verdict} (load average {os.getloadavg()[0]:.1f})"
    )
    owner.deleteLater()
    app.processEvents()
