"""Making the report page's documents in the background: the report (PDF and HTML) and its board pack.

A `Source` is what one report is made from: a copy of the assessment, the paper, the date. The
board pack (cover, board summary, attestation: `render_pdf(summary=True)`) is made on demand from
the very `Source` of the report shown, so it carries the same report id and fingerprint, and is
kept until the report is made again.
"""

from __future__ import annotations

import datetime as dt
import traceback
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from assessor.core.assessment import Assessment
from assessor.core.forms.models import FormPack
from assessor.ui.background import BackgroundTask, start_task


@dataclass(frozen=True)
class Source:
    """What a report was made from."""

    pack: FormPack
    assessment: Assessment
    paper: str
    date: dt.date
    previous: Assessment | None


class _Signals(QObject):
    finished = Signal(int, bytes, str)  # generation, PDF, HTML
    failed = Signal(int, str)


class ReportJob(QRunnable):
    """Render the PDF and the HTML of one assessment snapshot."""

    def __init__(self, generation: int, source: Source) -> None:
        super().__init__()
        self.generation = generation
        self.source = source
        self.signals = _Signals()

    def run(self) -> None:
        source = self.source
        from assessor.report.pdf_fonts import UnprintableText  # the report's modules load when first used

        try:
            from assessor.report.render import render_html, render_pdf

            args = {"paper": source.paper, "date": source.date, "previous": source.previous}
            pdf = render_pdf(source.pack, source.assessment, **args)  # type: ignore[arg-type]
            html = render_html(source.pack, source.assessment, **args)  # type: ignore[arg-type]
        except UnprintableText as exc:  # said in the app's language, naming the characters
            self.signals.failed.emit(self.generation, unprintable_message(exc.chars))
        except Exception as exc:  # a report that cannot be made must say why, not kill the app
            traceback.print_exc()
            self.signals.failed.emit(self.generation, f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(self.generation, pdf, html)


def unprintable_message(chars: list[str]) -> str:
    from assessor.report.pdf_fonts import SHOWN

    shown = ", ".join(f"{c} (U+{ord(c):04X})" for c in chars[:SHOWN])
    if len(chars) > SHOWN:
        shown += QCoreApplication.translate("ReportJob", " and {n} more").format(n=len(chars) - SHOWN)
    return QCoreApplication.translate(
        "ReportJob",
        "it cannot print {chars}: no font shipped with assessor has them, or their script needs right-to-left "
        "shaping the PDF cannot do yet. Write those names, notes or evidence in another script, or leave them out.",
    ).format(chars=shown)


class BoardPack:
    """One board pack at a time, for the latest `Source` asked about."""

    def __init__(self) -> None:
        self._made: tuple[Source, bytes] | None = None
        self.task: BackgroundTask | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None

    def request(self, source: Source, then: Callable[[bytes], None], failed: Callable[[str], None]) -> None:
        """Call ``then`` with the board pack of ``source`` (at once when already made), or ``failed``."""
        if self._made is not None and self._made[0] is source:
            then(self._made[1])
            return

        def work() -> bytes:
            from assessor.report.render import render_pdf

            return render_pdf(
                source.pack,
                source.assessment,
                paper=source.paper,  # type: ignore[arg-type]
                date=source.date,
                previous=source.previous,
                summary=True,
            )

        def done(pdf: bytes) -> None:
            self.task = None
            self._made = (source, pdf)
            then(pdf)

        def not_made(message: str) -> None:
            self.task = None
            failed(message)

        self.task = start_task(work, done, not_made)
