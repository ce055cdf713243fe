"""Printing from the Report page: in the background with progress and Cancel, the window answering throughout,
a message when the job is sent; the board pack beside it; and a real CUPS-PDF queue at the end of the line."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import subprocess
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from assessor.core.assessment import Assessment
from assessor.core.demo import make_demo
from assessor.core.forms.installed import load_default_pack
from assessor.core.tiers import Tier
from assessor.report.render import render_pdf
from assessor.ui.main_window import MainWindow
from assessor.ui.printing import make_printer
from assessor.ui.report_page import ReportPage
from tests.report.factories import fill, make_pack
from tests.ui.conftest import choose_save_path, pdf_pages

DATE = dt.date(2025, 3, 14)
JOB_MS = 180_000
MAX_60_PAGE_JOB = 10_000_000  # bytes


def show_report(page: ReportPage, qtbot: QtBot, tier: Tier) -> None:
    pack = make_pack(3)
    with qtbot.waitSignal(page.ready, timeout=JOB_MS):
        page.set_source(pack, fill(pack, tier), date=DATE)


def file_printer(path: Path) -> QPrinter:
    printer = make_printer("a4", "Self-assessment report")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def print_and_wait(page: ReportPage, qtbot: QtBot, printer: QPrinter, pdf: bytes | None = None) -> str:
    with qtbot.waitSignal(page.printing_ended, timeout=JOB_MS) as ended:
        page.start_print(printer, pdf)
    return str(ended.args[0])


@pytest.mark.xdist_group("cups")  # not beside the CUPS tests' rendering (ghostscript): the heartbeat is timed
def test_a_long_report_prints_in_the_background_with_progress_and_stays_small(
    page: ReportPage, qtbot: QtBot, tmp_path: Path
) -> None:
    with qtbot.waitSignal(page.ready, timeout=JOB_MS):
        page.set_source(load_default_pack(), long_demo())
    pages = page.document.pageCount()
    assert pages >= 60
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: beats.append(time.monotonic()))
    seen: list[tuple[int, int]] = []
    out = tmp_path / "printed.pdf"
    heartbeat.start(200)
    with qtbot.waitSignal(page.printing_ended, timeout=JOB_MS) as ended:
        job = page.start_print(file_printer(out))
        job.progress.connect(lambda done, total: seen.append((done, total)))
        dialog = page.findChild(QProgressDialog)
        assert dialog is not None and dialog.isVisible(), "a progress dialog shows while the pages are rendered"
        assert not page.print_button.isEnabled() and not page.print_pack_button.isEnabled()
    heartbeat.stop()
    assert ended.args == ["sent"]
    assert len(beats) >= 5
    gaps = [later - earlier for earlier, later in itertools.pairwise(beats)]
    assert max(gaps) < 1.0, f"the window stopped answering for {max(gaps):.2f} s while printing"
    assert seen and seen[-1] == (pages, pages)
    assert pdf_pages(out) == pages
    assert out.stat().st_size * 60 / pages < MAX_60_PAGE_JOB, f"{out.stat().st_size} bytes for {pages} pages"
    assert page.status.text() == f"Sent {pages} pages to the printer {out}."
    assert page.print_button.isEnabled()
    assert page.findChild(QProgressDialog) is None or not page.findChild(QProgressDialog).isVisible()


def test_cancel_stops_the_job(page: ReportPage, qtbot: QtBot, tmp_path: Path) -> None:
    show_report(page, qtbot, Tier.HIGH)
    assert page.document.pageCount() > 4
    with qtbot.waitSignal(page.printing_ended, timeout=JOB_MS) as ended:
        job = page.start_print(file_printer(tmp_path / "cancelled.pdf"))
        dialog = page.findChild(QProgressDialog)
        assert dialog is not None
        cancel = dialog.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "&Cancel"
        job.progress.connect(lambda done, _total: cancel.click() if done == 2 else None)
    assert ended.args == ["cancelled"]
    assert "nothing was sent" in page.status.text()
    assert page.print_button.isEnabled()


def test_closing_the_page_while_printing_cancels_and_waits_for_the_job(
    page: ReportPage, qtbot: QtBot, tmp_path: Path
) -> None:
    show_report(page, qtbot, Tier.HIGH)
    job = page.start_print(file_printer(tmp_path / "closed.pdf"))
    assert job.isRunning()
    page.wait()  # what the workspace does before its pages go
    assert job.isFinished(), "no thread is left running under a page about to be deleted"


def test_a_page_range_prints_those_pages(page: ReportPage, qtbot: QtBot, tmp_path: Path) -> None:
    show_report(page, qtbot, Tier.LOW)
    out = tmp_path / "two.pdf"
    printer = file_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert print_and_wait(page, qtbot, printer) == "sent"
    assert pdf_pages(out) == 2


def test_board_pack_is_printed_and_saved_beside_the_report(
    page: ReportPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = make_pack(3)
    assessment = fill(pack, Tier.HIGH)
    with qtbot.waitSignal(page.ready, timeout=JOB_MS):
        page.set_source(pack, assessment, date=DATE)
    expected = render_pdf(pack, assessment, date=DATE, summary=True)
    out = tmp_path / "pack-printed.pdf"

    def accept(dialog: QPrintDialog) -> int:  # the person chose a printer (here a PDF file) and pressed Print
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return int(QPrintDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    with qtbot.waitSignal(page.printing_ended, timeout=JOB_MS) as ended:
        page.print_pack_button.click()
    assert ended.args == ["sent"]
    saved = tmp_path / "pack.pdf"
    saved.write_bytes(expected)
    assert pdf_pages(out) == pdf_pages(saved) < page.document.pageCount()

    target = tmp_path / "board pack"
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.save_board_pack_dialog()  # made already: saved at once
    assert (tmp_path / "board pack.pdf").read_bytes() == expected, "the board pack of the very report shown"


# -- a real printer queue --------------------------------------------------------------------------------

QUEUE = "assessor-test"


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(cmd), capture_output=True, text=True, timeout=60)


@pytest.fixture(scope="module")
def cups_pdf_queue() -> str:
    """A CUPS-PDF queue named QUEUE, cupsd started if it is not running; the scheduler is left as found."""
    import shutil

    if not (shutil.which("cupsd") and shutil.which("lpadmin") and Path("/usr/lib/cups/backend/cups-pdf").exists()):
        if os.geteuid() != 0:
            pytest.skip("CUPS and CUPS-PDF are not installed, and only root can install them (scripts/sysdeps.sh)")
        pytest.fail("CUPS or CUPS-PDF is missing: run scripts/sysdeps.sh (cups, printer-driver-cups-pdf)")
    if os.geteuid() != 0:
        pytest.skip("adding a printer queue needs root")
    started = "not running" in _run("lpstat", "-r").stdout
    if started:
        assert _run("cupsd").returncode == 0
        deadline = time.monotonic() + 30
        while "not running" in _run("lpstat", "-r").stdout:
            assert time.monotonic() < deadline, "cupsd did not start"
            time.sleep(0.2)
    models = _run("lpinfo", "-m").stdout.splitlines()
    ppd = next((m.split()[0] for m in models if "CUPS-PDF_opt" in m), None) or next(
        m.split()[0] for m in models if "cups-pdf" in m.lower()
    )
    added = _run("lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-m", ppd)
    assert added.returncode == 0, added.stderr
    yield QUEUE  # type: ignore[misc]
    if started:
        pid = Path("/run/cups/cupsd.pid")
        if pid.exists():
            os.kill(int(pid.read_text().strip()), 15)


def printed_pages(out: Path, queue: str = QUEUE) -> int:
    """The pages of a PDF CUPS-PDF wrote, once the queue has finished the job and the file reads whole; then
    the file is removed."""
    deadline = time.monotonic() + 120
    while True:
        pending = _run("lpstat", "-o", queue).stdout.strip()
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True)
        if not pending and info.returncode == 0:
            break
        assert time.monotonic() < deadline, f"{out} was not finished: {pending or info.stderr}"
        time.sleep(1)
    try:
        return pdf_pages(out)
    finally:
        out.unlink()


def _output_folders() -> list[Path]:
    """Where CUPS-PDF writes (see /etc/cups/cups-pdf.conf): the job owner's ~/PDF, or the anonymous folder."""
    import pwd

    home = Path(pwd.getpwuid(os.getuid()).pw_dir)
    folders = [home / "PDF", Path("/var/spool/cups-pdf/ANONYMOUS")]
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.exists():
        for line in conf.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("Out "):
                folders.append(Path(line.split(None, 1)[1].replace("${HOME}", str(home))))
    return folders


@pytest.mark.xdist_group("cups")
def test_printing_to_a_real_cups_pdf_queue_gives_every_page(
    cups_pdf_queue: str, page: ReportPage, qtbot: QtBot
) -> None:
    show_report(page, qtbot, Tier.HIGH)
    pages = page.document.pageCount()
    title = f"assessor-print-test-{os.getpid()}-{time.monotonic_ns()}"
    printer = make_printer("a4", title)
    printer.setPrinterName(cups_pdf_queue)
    assert printer.isValid() and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
    assert print_and_wait(page, qtbot, printer) == "sent"
    assert cups_pdf_queue in page.status.text()
    deadline = time.monotonic() + 120
    found: list[Path] = []
    while not found:
        assert time.monotonic() < deadline, f"no PDF from the {cups_pdf_queue} queue in {_output_folders()}"
        time.sleep(0.5)
        found = [p for folder in _output_folders() if folder.is_dir() for p in folder.glob(f"{title}*.pdf")]
    assert printed_pages(found[0]) == pages


def test_the_file_menu_prints_and_saves_the_board_pack(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_demo(Tier.LOW)
    print_report, print_pack, save_pack = window.report_actions
    assert [a.text() for a in window.report_actions] == [
        "&Print the report…",
        "Print &board pack…",
        "Save board pack as P&DF…",
    ]
    assert print_report.shortcut().toString() == "Ctrl+P"
    target = tmp_path / "pack"
    choose_save_path(monkeypatch, target)
    save_pack.trigger()  # from any page: the report is made, then its board pack
    assert window.workspace is not None
    page = window.workspace.report_step().report
    qtbot.waitUntil(lambda: (tmp_path / "pack.pdf").exists(), timeout=JOB_MS)
    assert pdf_pages(tmp_path / "pack.pdf") < page.document.pageCount()

    out = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return int(QPrintDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    with qtbot.waitSignal(page.printing_ended, timeout=JOB_MS):
        print_pack.trigger()
    assert pdf_pages(out) == pdf_pages(tmp_path / "pack.pdf")
    assert window.statusBar().currentMessage().startswith("Sent "), "the window says the job was sent"


# -- the real app, read through AT-SPI while it prints ---------------------------------------------------------


def _new_pdfs(before: set[Path]) -> list[Path]:
    """PDFs CUPS-PDF wrote since ``before``, other than the in-process test's (titled assessor-print-test-…),
    whose job may still be finishing when the next test looks."""
    return [
        p
        for folder in _output_folders()
        if folder.is_dir()
        for p in folder.glob("*.pdf")
        if p not in before and not p.name.startswith("assessor-print-test-")
    ]


@pytest.mark.xdist_group("cups")
def test_the_real_window_keeps_answering_through_atspi_while_a_60_page_report_prints(
    cups_pdf_queue: str, tmp_path: Path
) -> None:
    from assessor.core.assessment import file_bytes
    from tests.helpers.atspi import AtspiApp, missing_parts

    if missing_parts():
        pytest.skip(f"cannot read the app through AT-SPI here: missing {', '.join(missing_parts())}")
    assessment = long_demo()
    file = tmp_path / "high.g4sa"
    file.write_bytes(file_bytes(assessment))
    pages = pdf_pages_of(render_pdf(load_default_pack(), assessment, date=dt.date.today()), tmp_path)
    assert pages >= 60
    before = {p for folder in _output_folders() if folder.is_dir() for p in folder.glob("*.pdf")}
    # PRINTER: the default printer libcups gives the app, so its print dialog opens on the test queue
    with AtspiApp([str(file)], env={"PRINTER": cups_pdf_queue, "ASSESSOR_LANG": "en"}) as app:
        item = app.tree(showing_only=False).one(role="menu item", name="Print the report…")
        app.press(item, "Press")
        tree = app.wait_for(lambda t: bool(t.find(role="dialog", name_contains="Print")), what="the print dialog")
        # the printer list is named by its label; the queue is one of its entries
        entries = app.tree(showing_only=False).find(name=cups_pdf_queue)
        assert entries, "the dialog offers the test queue"
        app.press(tree.one(role="push button", name="Print"), "Press")
        app.wait_for(lambda t: bool(t.find(role="dialog", name_contains="Printing")), what="the progress dialog")

        # a request every 200 ms from the progress dialog's showing until CUPS-PDF has written the job
        waits = app.heartbeat(seconds=300, until=lambda: bool(_new_pdfs(before)))
        found = _new_pdfs(before)
        assert found, f"no PDF from the {cups_pdf_queue} queue in {_output_folders()}"
        said = app.wait_for(  # what a screen reader is told (CUPS may write the file before the app says so)
            lambda t: any(n.description for n in t.find(role="label", name="Report status")),
            what="the message that the job was sent",
        ).one(role="label", name="Report status")
        assert said.description == f"Sent {pages} pages to the printer {cups_pdf_queue}."
    assert len(waits) >= 10, "the heartbeat ran while the pages were rendered"
    assert max(waits) < 1.0, f"the window did not answer for {max(waits):.2f} s while printing"
    assert printed_pages(found[0]) == pages


def long_demo() -> Assessment:
    """The High demo with a longer note on each of its first answers: a report of more than 60 pages, whatever
    the layout of the day makes of the demo alone."""
    assessment = make_demo(Tier.HIGH)
    for qid in sorted(assessment.answers)[:40]:
        answer = assessment.answers[qid]
        answer.notes = answer.notes + " " + "The procedure was checked against the register in the meeting. " * 6
    return assessment


def pdf_pages_of(pdf: bytes, folder: Path) -> int:
    path = folder / "expected.pdf"
    path.write_bytes(pdf)
    return pdf_pages(path)
