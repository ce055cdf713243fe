"""The Report page: the real PDF pages, previewed, printed and saved; the board pack beside them.

The report is made in a worker thread (the window stays responsive) from a copy of the
assessment taken when it was asked for. The preview shows the very PDF that is saved and printed.
Printing runs in the background too (printing.py). The board pack (`render_pdf(summary=True)`:
cover, board summary, attestation) is made on demand from the same copy, date and paper.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QObject, QThreadPool, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
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
from assessor.ui.printing import PrintJob, make_printer, start_printing
from assessor.ui.report_making import BoardPack, ReportJob, Source
from assessor.ui.widgets import heading


class StatusLine(QLabel):
    """The page's one-line status. Named "Report status" for a screen reader, which then reads the name and not
    the text: so every message is also its accessible description."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleDescription(text)


class ReportPage(QWidget):
    """Preview, print and save the report of an assessment. Call `set_source` to (re)make it."""

    ready = Signal()  # a new PDF is in the preview
    failed = Signal(str)
    saved = Signal(str)  # path of a file written
    printing_ended = Signal(str)  # "sent", "cancelled" or the problem

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
        self._jobs: dict[int, ReportJob] = {}
        self._pdf = b""
        self._html = ""
        self._made: Source | None = None  # what the PDF shown was made from
        self._board_pack = BoardPack()
        self._print_job: PrintJob | None = None
        self._board_pack_pdf = b""
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
        self.print_pack_button = QPushButton(self.tr("Print board pa&ck…"))
        self.print_pack_button.setAccessibleName(self.tr("Print the board pack"))
        self.print_pack_button.setToolTip(
            self.tr("Print the cover, the board summary and the attestation alone, for the board's papers")
        )
        self.print_pack_button.clicked.connect(self.print_board_pack)

        # two rows, so that the page stays narrow enough beside the sidebar at 1024 px, in French too
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(paper_label)
        top.addWidget(self.paper)
        top.addWidget(self.refresh_button)
        top.addSpacing(12)
        top.addWidget(zoom_label)
        top.addWidget(self.zoom)
        bar = QHBoxLayout()
        bar.addStretch(1)
        for button in (self.print_button, self.print_pack_button, self.save_pdf_button, self.save_html_button):
            bar.addWidget(button)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: the report takes a second or two
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.setAccessibleName(self.tr("Making the report"))
        self.busy.hide()
        self.status = StatusLine(self.tr("No report yet."))
        self.status.setAccessibleName(self.tr("Report status"))
        self.status.setWordWrap(True)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Report preview"))
        self.view.setAccessibleDescription(self.tr("The pages of the PDF report, as they will be printed"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)

    def _zoom_changed(self, _index: int) -> None:
        self.view.setZoomMode(self.zoom.currentData())

    def _update_buttons(self) -> None:
        have = bool(self._pdf) and not self._running
        for button in (self.save_pdf_button, self.save_html_button):
            button.setEnabled(have)
        for button in (self.print_button, self.print_pack_button):
            button.setEnabled(have and self._print_job is None and not self._board_pack.busy)
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

    @property
    def made_from(self) -> Assessment | None:
        """The copy of the assessment the PDF shown was made from."""
        return self._made.assessment if self._made is not None and self._pdf else None

    def wait_ready(self, msecs: int = 120_000) -> None:
        """Let the event loop run until the report in progress (if any) is shown or has failed."""
        if not self._running:
            return
        loop = QEventLoop()
        self.ready.connect(loop.quit)
        self.failed.connect(loop.quit)
        QTimer.singleShot(msecs, loop.quit)
        loop.exec()
        self.ready.disconnect(loop.quit)
        self.failed.disconnect(loop.quit)

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
        source = Source(
            self._pack,
            self._assessment.model_copy(deep=True),
            self.paper_size,
            date,
            self._previous.model_copy(deep=True) if self._previous else None,
        )
        job = ReportJob(self._generation, source)
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
        self._made = self._jobs[generation].source
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
        """Wait for the report in progress (for callers that must finish, e.g. on quit). A print job
        is cancelled (nothing half-made is sent) and its thread waited for: the page owns it."""
        if self._print_job is not None:
            self._print_job.cancel()
            self._print_job.wait(msecs)
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

    def _save(self, title: str, filter_: str, suffix: str, writer: str, name_suffix: str = "") -> None:
        path, _ = QFileDialog.getSaveFileName(self, title, self._suggested_name(name_suffix + suffix), filter_)
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

    # -- printing -------------------------------------------------------------------------------------------

    def print_dialog(self) -> None:
        self._ask_and_print(self._pdf, self.tr("Preparing the report for the printer…"))

    def _ask_and_print(self, pdf: bytes, preparing: str) -> None:
        """The print dialog, opened once the click that asked for it has returned (an assistive
        technology's "press" is answered at once, not when the dialog closes). One job at a time."""
        if pdf and self._print_job is None:
            QTimer.singleShot(0, lambda: self._print_dialog(pdf, preparing))

    def _print_dialog(self, pdf: bytes, preparing: str) -> None:
        printer = make_printer(self.paper_size, self.tr("Self-assessment report"))
        dialog = QPrintDialog(printer, self)
        count = QPdfDocument(self)
        count.load(_buffer(pdf, count))
        dialog.setMinMax(1, max(1, count.pageCount()))
        count.close()
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.start_print(printer, pdf, preparing)

    def start_print(self, printer: QPrinter, pdf: bytes | None = None, preparing: str | None = None) -> PrintJob:
        """Print ``pdf`` (by default the report) in the background; ``printing_ended`` says how it ended."""
        name = printer.printerName() or printer.outputFileName()

        def ended(outcome: str, pages: int) -> None:
            self._print_job = None
            self._update_buttons()
            if outcome == "sent" and pages == 1:
                text = self.tr("Sent 1 page to the printer {name}.").format(name=name)
            elif outcome == "sent":
                text = self.tr("Sent {n} pages to the printer {name}.").format(n=pages, name=name)
            elif outcome == "cancelled":
                text = self.tr("Printing cancelled: nothing was sent to the printer.")
            else:
                text = self.tr("Not printed: {problem}").format(problem=outcome)
            self._tell(text)
            self.printing_ended.emit(outcome)

        self._print_job = start_printing(
            self, pdf or self._pdf, printer, ended, preparing or self.tr("Preparing the report for the printer…")
        )
        self._update_buttons()
        return self._print_job

    def _tell(self, text: str) -> None:
        """Say it on the page (to a screen reader too) and in the window's status bar."""
        self.status.setText(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15_000)

    # -- the board pack ---------------------------------------------------------------------------------

    def board_pack(self, then: Callable[[bytes], None]) -> None:
        """Make the board pack of the report shown (in the background, once per report) and pass it on."""
        if self._made is None or not self._pdf or self._board_pack.busy:
            return

        said = self.status.text()

        def done(pdf: bytes) -> None:
            self.busy.hide()
            self.status.setText(said)
            self._update_buttons()
            then(pdf)

        def failed(message: str) -> None:
            self.busy.hide()
            self._update_buttons()
            self._tell(self.tr("The board pack could not be made: {problem}").format(problem=message))

        self.busy.show()
        self.status.setText(self.tr("Making the board pack…"))
        self._board_pack.request(self._made, done, failed)
        self._update_buttons()

    def print_board_pack(self) -> None:
        self.board_pack(lambda pdf: self._ask_and_print(pdf, self.tr("Preparing the board pack for the printer…")))

    def save_board_pack_dialog(self) -> None:
        def save(pdf: bytes) -> None:
            self._board_pack_pdf = pdf
            self._save(
                self.tr("Save the board pack as PDF"),
                self.tr("PDF documents (*.pdf)"),
                ".pdf",
                "save_board_pack_to",
                name_suffix="-board-pack",
            )

        self.board_pack(save)

    def save_board_pack_to(self, path: str | Path) -> None:
        write_atomic(Path(path), self._board_pack_pdf)
        self.saved.emit(str(path))


def _buffer(pdf: bytes, parent: QObject) -> QBuffer:
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return buffer
