"""The Report page: the real PDF pages, previewed, printed and saved.

The report is made in a worker thread (the window stays responsive) from a copy of the
assessment taken when it was asked for. The preview shows the very PDF that is saved and printed.
"""

from __future__ import annotations

import datetime as dt
import traceback
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assessor.core.assessment import Assessment
from assessor.core.forms.models import FormPack
from assessor.core.report_date import too_early
from assessor.core.storage import FileProblem, write_atomic
from assessor.ui.widgets import heading

PRINT_DPI = 300  # pages are printed as images; 300 dpi is sharp on paper and keeps memory in bounds


class _Signals(QObject):
    finished = Signal(int, bytes, str)  # generation, PDF, HTML
    failed = Signal(int, str)


class _ReportJob(QRunnable):
    """Render the PDF and the HTML of one assessment snapshot."""

    def __init__(
        self,
        generation: int,
        pack: FormPack,
        assessment: Assessment,
        paper: str,
        date: dt.date,
        previous: Assessment | None,
    ) -> None:
        super().__init__()
        self.generation = generation
        self.pack = pack
        self.assessment = assessment
        self.paper = paper
        self.date = date
        self.previous = previous
        self.signals = _Signals()

    def run(self) -> None:
        try:
            from assessor.report.render import render_html, render_pdf

            args = {"paper": self.paper, "date": self.date, "previous": self.previous}
            pdf = render_pdf(self.pack, self.assessment, **args)  # type: ignore[arg-type]
            html = render_html(self.pack, self.assessment, **args)  # type: ignore[arg-type]
        except Exception as exc:  # a report that cannot be made must say why, not kill the app
            traceback.print_exc()
            self.signals.failed.emit(self.generation, f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(self.generation, pdf, html)


class ReportPage(QWidget):
    """Preview, print and save the report of an assessment. Call `set_source` to (re)make it."""

    ready = Signal()  # a new PDF is in the preview
    failed = Signal(str)
    saved = Signal(str)  # path of a file written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPage")
        self._pack: FormPack | None = None
        self._assessment: Assessment | None = None
        self._previous: Assessment | None = None
        self._date: dt.date | None = None
        self._generation = 0
        self._running = False
        self._stale = False
        self._jobs: dict[int, _ReportJob] = {}
        self._pdf = b""
        self._html = ""
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self._build()
        self._update_buttons()

    # -- layout -----------------------------------------------------------------------------------------

    def _build(self) -> None:
        title = heading(self.tr("Report"))
        title.setObjectName("pageTitle")

        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.setToolTip(self.tr("The paper size of the PDF and of the print"))
        self.paper.currentIndexChanged.connect(self.refresh)
        paper_label = QLabel(self.tr("&Paper:"))
        paper_label.setBuddy(self.paper)

        self.zoom = QComboBox()
        self.zoom.addItem(self.tr("Fit width"), QPdfView.ZoomMode.FitToWidth)
        self.zoom.addItem(self.tr("Whole page"), QPdfView.ZoomMode.FitInView)
        self.zoom.setAccessibleName(self.tr("Preview zoom"))
        self.zoom.currentIndexChanged.connect(self._zoom_changed)
        zoom_label = QLabel(self.tr("&Zoom:"))
        zoom_label.setBuddy(self.zoom)

        self.refresh_button = QPushButton(self.tr("&Update"))
        self.refresh_button.setAccessibleName(self.tr("Update the report"))
        self.refresh_button.setToolTip(self.tr("Make the report again from the latest answers"))
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.setAccessibleName(self.tr("Print the report"))
        self.print_button.clicked.connect(self.print_dialog)
        self.save_pdf_button = QPushButton(self.tr("Save P&DF…"))
        self.save_pdf_button.setAccessibleName(self.tr("Save the report as PDF"))
        self.save_pdf_button.clicked.connect(self.save_pdf_dialog)
        self.save_html_button = QPushButton(self.tr("Save HT&ML…"))
        self.save_html_button.setAccessibleName(self.tr("Save the report as one HTML file"))
        self.save_html_button.clicked.connect(self.save_html_dialog)

        bar = QHBoxLayout()
        bar.addWidget(paper_label)
        bar.addWidget(self.paper)
        bar.addWidget(self.refresh_button)
        bar.addSpacing(12)
        bar.addWidget(zoom_label)
        bar.addWidget(self.zoom)
        bar.addStretch(1)
        actions = QHBoxLayout()  # a row of its own: at 1024 px, in French, one row would squeeze the sidebar
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_pdf_button)
        actions.addWidget(self.save_html_button)
        actions.addStretch(1)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: the report takes a second or two
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.setAccessibleName(self.tr("Making the report"))
        self.busy.hide()
        self.status = QLabel(self.tr("No report yet."))
        self.status.setAccessibleName(self.tr("Report status"))
        self.status.setWordWrap(True)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Report preview"))
        self.view.setAccessibleDescription(self.tr("The pages of the PDF report, as they will be printed"))

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)

    def _zoom_changed(self, _index: int) -> None:
        self.view.setZoomMode(self.zoom.currentData())

    def _update_buttons(self) -> None:
        have = bool(self._pdf) and not self._running
        for button in (self.print_button, self.save_pdf_button, self.save_html_button):
            button.setEnabled(have)
        self.refresh_button.setEnabled(self._assessment is not None)

    # -- making the report ------------------------------------------------------------------------------

    @property
    def paper_size(self) -> str:
        return str(self.paper.currentData())

    @property
    def pdf_bytes(self) -> bytes:
        return self._pdf

    @property
    def html_text(self) -> str:
        return self._html

    @property
    def is_busy(self) -> bool:
        return self._running

    def set_source(
        self,
        pack: FormPack,
        assessment: Assessment,
        *,
        previous: Assessment | None = None,
        date: dt.date | None = None,
    ) -> None:
        """Show the report of this assessment (made again now, from a copy of it)."""
        self._pack = pack
        self._assessment = assessment
        self._previous = previous
        self._date = date
        self.refresh()

    def refresh(self) -> None:
        if self._pack is None or self._assessment is None:
            return
        if self._running:
            self._stale = True  # make it again as soon as the current one is done
            return
        date = self._date or dt.date.today()
        refused = too_early(self._assessment, date)
        if refused is not None:  # no report is made, and none can be printed or saved
            self._pdf, self._html = b"", ""
            self.document.close()
            if refused.reason == "last-change":
                text = self.tr("No report: its date, {date}, is earlier than the assessment's last change ({limit}).")
            else:
                text = self.tr(
                    "No report: its date, {date}, is earlier than the start of the assessment period ({limit})."
                )
            self.status.setText(text.format(date=refused.date.isoformat(), limit=refused.limit.isoformat()))
            self._update_buttons()
            self.failed.emit(self.status.text())
            return
        self._forget_finished_jobs()
        self._generation += 1
        job = _ReportJob(
            self._generation,
            self._pack,
            self._assessment.model_copy(deep=True),
            self.paper_size,
            date,
            self._previous.model_copy(deep=True) if self._previous else None,
        )
        job.setAutoDelete(False)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self._jobs[job.generation] = job
        self._running = True
        self._stale = False
        self.busy.show()
        self.status.setText(self.tr("Making the report…"))
        self._update_buttons()
        self._pool.start(job)

    def _done(self, generation: int) -> bool:
        """True when the job's result is still wanted.

        The job itself is kept: its thread may still be returning from ``run()`` (the signal is sent
        from inside it), and freeing the runnable and its signals object under it would crash.
        ``_forget_finished_jobs`` frees them once the pool is idle.
        """
        self._running = False
        self.busy.hide()
        if self._stale:
            self.refresh()
            return False
        return generation == self._generation

    def _finished(self, generation: int, pdf: bytes, html: str) -> None:
        if not self._done(generation):
            return
        self._pdf, self._html = pdf, html
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        pages = self.document.pageCount()
        self.status.setText(self.tr("%n pages, ready to print or save.", "", pages))
        self._update_buttons()
        self.ready.emit()

    def _failed(self, generation: int, message: str) -> None:
        if not self._done(generation):
            return
        self.status.setText(self.tr("The report could not be made: %1").replace("%1", message))
        self._update_buttons()
        self.failed.emit(message)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for the report in progress (for callers that must finish, e.g. on quit)."""
        return bool(self._pool.waitForDone(msecs))

    def _forget_finished_jobs(self) -> None:
        """Free the jobs whose threads have returned (no job is running when this is called)."""
        if self._pool.waitForDone(5_000):  # the last job's thread is at most returning from run()
            self._jobs.clear()

    # -- saving -----------------------------------------------------------------------------------------

    def save_pdf_to(self, path: str | Path) -> None:
        write_atomic(Path(path), self._pdf)
        self.saved.emit(str(path))

    def save_html_to(self, path: str | Path) -> None:
        write_atomic(Path(path), self._html.encode("utf-8"))
        self.saved.emit(str(path))

    def _suggested_name(self, suffix: str) -> str:
        name = "report"
        if self._assessment is not None and self._assessment.institution.name.strip():
            keep = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in self._assessment.institution.name)
            name = f"report-{keep.strip('-')[:40]}"
        return f"{name}{suffix}"

    def _save(self, title: str, filter_: str, suffix: str, writer: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, title, self._suggested_name(suffix), filter_)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            getattr(self, writer)(path)
        except FileProblem as exc:
            QMessageBox.warning(self, title, str(exc))
            return
        self.status.setText(self.tr("Saved %1").replace("%1", path))

    def save_pdf_dialog(self) -> None:
        self._save(self.tr("Save the report as PDF"), self.tr("PDF documents (*.pdf)"), ".pdf", "save_pdf_to")

    def save_html_dialog(self) -> None:
        self._save(self.tr("Save the report as HTML"), self.tr("Web pages (*.html)"), ".html", "save_html_to")

    # -- printing ---------------------------------------------------------------------------------------

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(PRINT_DPI)
        size = QPageSize.PageSizeId.A4 if self.paper_size == "a4" else QPageSize.PageSizeId.Letter
        printer.setPageSize(QPageSize(size))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)  # the PDF has its own margins
        printer.setDocName(self.tr("Self-assessment report"))
        return printer

    def print_dialog(self) -> None:
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print the PDF's pages as images at the printer's resolution; returns the pages printed."""
        count = self.document.pageCount()
        first, last = 1, count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), min(printer.toPage() or count, count)
        painter = QPainter()
        if not painter.begin(printer):
            raise RuntimeError(self.tr("The printer could not be started."))
        printed = 0
        try:
            dpi = printer.resolution()
            for index in range(first - 1, last):
                if printed:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                image = self.document.render(
                    index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                )
                area = painter.viewport()
                scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRect(area.x(), area.y(), scaled.width(), scaled.height())
                painter.drawImage(target, image)
                printed += 1
        finally:
            painter.end()
        return printed
