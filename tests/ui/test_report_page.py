"""The Report page alone: it makes the PDF in the background, previews it, saves and prints it."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from assessor.core.tiers import Tier
from assessor.ui.report_page import ReportPage
from tests.report.factories import fill, make_pack
from tests.ui.conftest import pdf_pages

DATE = dt.date(2025, 3, 14)


def _make(page: ReportPage, qtbot: QtBot, tier: Tier = Tier.HIGH) -> None:
    pack = make_pack(3)
    with qtbot.waitSignal(page.ready, timeout=30_000):
        page.set_source(pack, fill(pack, tier), date=DATE)


def test_generation_finishes_and_the_preview_shows_every_page(page: ReportPage, qtbot: QtBot, tmp_path: Path) -> None:
    assert not page.save_pdf_button.isEnabled()
    pack = make_pack(3)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)  # the report takes some 100 ms here: time for a few ticks if the loop is not held up
    with qtbot.waitSignal(page.ready, timeout=30_000):
        page.set_source(pack, fill(pack, Tier.HIGH), date=DATE)
        assert page.is_busy and page.busy.isVisible()
    timer.stop()
    assert len(ticks) >= 3, "the event loop kept running while the report was made"
    assert not page.is_busy and not page.busy.isVisible()
    assert page.document.status() == QPdfDocument.Status.Ready
    out = tmp_path / "r.pdf"
    out.write_bytes(page.pdf_bytes)
    assert page.document.pageCount() == pdf_pages(out) > 10
    assert page.save_pdf_button.isEnabled() and page.print_button.isEnabled()
    assert "page" in page.status.text()


def test_save_writes_a_valid_pdf_and_html(
    page: ReportPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _make(page, qtbot)
    target = tmp_path / "board report"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(page.saved):
        qtbot.mouseClick(page.save_pdf_button, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "board report.pdf"
    assert pdf.read_bytes() == page.pdf_bytes
    subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, check=True)
    page.save_html_dialog()
    assert (tmp_path / "board report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_paper_size_change_makes_a_letter_pdf(page: ReportPage, qtbot: QtBot) -> None:
    _make(page, qtbot)
    a4 = page.document.pagePointSize(0)
    assert round(a4.width()) == 595
    with qtbot.waitSignal(page.ready, timeout=30_000):
        page.paper.setCurrentIndex(page.paper.findData("letter"))
    size = page.document.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (612, 792)


def test_zoom_changes_the_preview(page: ReportPage) -> None:
    page.zoom.setCurrentIndex(page.zoom.findData(QPdfView.ZoomMode.FitInView))
    assert page.view.zoomMode() == QPdfView.ZoomMode.FitInView


def test_a_second_request_while_busy_is_not_lost(page: ReportPage, qtbot: QtBot) -> None:
    pack = make_pack(3)
    first, second = fill(pack, Tier.HIGH), fill(pack, Tier.LOW)
    second.institution.name = "Second Institute"
    page.set_source(pack, first, date=DATE)
    page.set_source(pack, second, date=DATE)
    qtbot.waitUntil(lambda: not page.is_busy and b"Second Institute" in page.pdf_bytes, timeout=30_000)
    assert "Second Institute" in page.html_text


def test_every_control_has_an_accessible_name(page: ReportPage) -> None:
    controls = [*page.findChildren(QPushButton), page.paper, page.zoom, page.view, page.busy]
    assert len(controls) >= 8
    for control in controls:
        assert isinstance(control, QWidget)
        assert control.accessibleName(), control.objectName() or type(control).__name__


def test_a_report_that_cannot_print_its_text_names_the_characters_in_plain_words(
    page: ReportPage, qtbot: QtBot
) -> None:
    pack = make_pack(3)
    assessment = fill(pack, Tier.HIGH)
    assessment.institution.name = "مستشفى الأمل"  # Arabic: needs shaping the PDF cannot do yet
    with qtbot.waitSignal(page.failed, timeout=30_000) as said:
        page.set_source(pack, assessment, date=DATE)
    message = page.status.text()
    assert said.args is not None and "م (U+0645)" in message
    assert message.startswith("The report could not be made: it cannot print")
    assert "UnprintableText" not in message and "Error" not in message


def test_every_status_message_reaches_a_screen_reader(page: ReportPage, qtbot: QtBot) -> None:
    """The status line is named "Report status"; what it says is its description, message after message."""
    assert page.status.accessibleName() == "Report status"
    _make(page, qtbot)
    assert "pages, ready" in page.status.text()
    assert page.status.accessibleDescription() == page.status.text()
