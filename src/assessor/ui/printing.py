"""Printing a PDF report without freezing the window.

Qt cannot draw a PDF's vector pages on a printer, so each page is rendered to an image (QtPdf's
`QPdfDocument.render`) and drawn on the printer, in a worker thread (`PrintJob`): the window keeps
answering, a progress dialog shows the pages done and Cancel stops the job (nothing is sent). Pages
are rendered at `IMAGE_DPI` without transparency and sent losslessly compressed (JPEG blurs text and,
on pages of text, is larger): sharp on paper while a 60-page report stays well under 10 MB on its way
to the printer (about 110 kB a page; bench/print_size.py measures it).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt, QThread, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

IMAGE_DPI = 200
"""Resolution of the page images sent to the printer (the report's smallest text, 7.5 pt, is ~21 px high)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintJob", text)


def make_printer(paper: str, doc_name: str) -> QPrinter:
    """A printer set up for the report's paper, with the page drawn edge to edge (the PDF has margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    size = QPageSize.PageSizeId.A4 if paper == "a4" else QPageSize.PageSizeId.Letter
    printer.setPageSize(QPageSize(size))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(doc_name)
    return printer


def page_range(printer: QPrinter, count: int) -> tuple[int, int]:
    """The first and last page (1-based) the print dialog asked for, within the document's ``count``."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return min(printer.fromPage(), count), min(printer.toPage() or count, count)
    return 1, count


BANDS = 6
"""Each page is drawn in this many horizontal bands: Qt compresses an image for the printer while holding
Python's lock, some 0.2 s for a whole page at 200 dpi, during which the window could not run; a band
takes a sixth of that. The bands meet exactly, in the printer's own pixels."""


def draw_in_bands(painter: QPainter, image: QImage, bands: int = BANDS) -> None:
    """Draw ``image`` over the painter's viewport (keeping its proportions), in ``bands`` strips."""
    area = painter.viewport()
    scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    height = image.height()
    edges = [round(height * n / bands) for n in range(bands + 1)]
    for top, bottom in itertools.pairwise(edges):
        y0 = area.y() + round(top * scaled.height() / height)
        y1 = area.y() + round(bottom * scaled.height() / height)
        target = QRect(area.x(), y0, scaled.width(), y1 - y0)
        painter.drawImage(target, image, QRect(0, top, image.width(), bottom - top))


class PrintJob(QThread):
    """Render the pages of ``pdf`` and draw them on ``printer``, away from the GUI thread.

    Qt supports painting on a QPrinter from another thread; the printer is not touched by the GUI
    thread while the job runs. Exactly one of ``sent``, ``cancelled`` or ``failed`` is emitted.
    """

    progress = Signal(int, int)  # pages done, pages to print
    sent = Signal(int)  # pages sent to the printer
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, pdf: bytes, printer: QPrinter, parent: QWidget | None = None, dpi: int = IMAGE_DPI) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.printer = printer
        self.dpi = dpi
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _page_image(self, document: QPdfDocument, index: int) -> QImage:
        points = document.pagePointSize(index)
        size = QSize(round(points.width() * self.dpi / 72), round(points.height() * self.dpi / 72))
        # without an alpha channel the printer's PDF holds one image per page, not an image and a mask
        return document.render(index, size).convertToFormat(QImage.Format.Format_RGB888)

    def run(self) -> None:
        buffer = QBuffer()
        buffer.setData(QByteArray(self.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
            self.failed.emit(_tr("The report could not be read for printing."))
            return
        first, last = page_range(self.printer, document.pageCount())
        total = last - first + 1
        painter = QPainter()
        if not painter.begin(self.printer):
            self.failed.emit(_tr("The printer could not be started."))
            return
        painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
        done = 0
        try:
            for index in range(first - 1, last):
                if self._stop.is_set():
                    self.printer.abort()
                    break
                if done:
                    self.printer.newPage()
                draw_in_bands(painter, self._page_image(document, index))
                done += 1
                self.progress.emit(done, total)
        finally:
            painter.end()
            document.close()
        if self._stop.is_set():
            self.cancelled.emit()
        else:
            self.sent.emit(done)


def start_printing(
    parent: QWidget, pdf: bytes, printer: QPrinter, on_end: Callable[[str, int], None], preparing: str
) -> PrintJob:
    """Print ``pdf`` in the background with a progress dialog and Cancel.

    ``on_end(outcome, pages)`` is called once, with outcome "sent", "cancelled" or the failure's message.
    ``preparing`` is the progress dialog's first words ("Preparing the report for the printer…").
    """
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(_tr("Printing"))
    dialog.setLabelText(preparing)
    dialog.setCancelButtonText(_tr("&Cancel"))
    dialog.setAccessibleName(_tr("Printing progress"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(0)
    dialog.setRange(0, 0)
    job = PrintJob(pdf, printer, parent)

    def step(done: int, total: int) -> None:
        dialog.setRange(0, total)
        dialog.setValue(done)
        dialog.setLabelText(_tr("Printing page {done} of {total}…").format(done=done, total=total))

    def end(outcome: str, pages: int = 0) -> None:
        dialog.hide()
        dialog.deleteLater()
        job.wait()  # its run() has returned: only the thread's end remains
        job.deleteLater()
        on_end(outcome, pages)

    def cancel() -> None:
        job.cancel()
        dialog.setLabelText(_tr("Cancelling…"))

    job.progress.connect(step)
    job.sent.connect(lambda pages: end("sent", pages))
    job.cancelled.connect(lambda: end("cancelled"))
    job.failed.connect(lambda message: end(message))
    dialog.canceled.connect(cancel)
    dialog.show()
    job.start()
    return job
