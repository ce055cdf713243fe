"""The app refuses the files the command line refuses, with the same one-line message, and keeps what was open."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessor.core.assessment import file_bytes
from assessor.core.storage import FileProblem, load_assessment
from assessor.core.tiers import Tier
from assessor.ui.main_window import MainWindow
from assessor.ui.open_errors import OpenErrorBox
from tests.helpers.factories import blank_assessment


def _repeated_key() -> bytes:
    return file_bytes(blank_assessment()).replace(b'"title": ""', b'"title": "a", "title": "b"')


def _too_large() -> bytes:
    return b" " * (4 * 1024 * 1024) + file_bytes(blank_assessment())


def _nested_pdf() -> bytes:
    """A well-formed PDF whose catalogue holds an array nested 100 000 deep."""
    deep = b"[" * 100_000 + b"]" * 100_000
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Deep " + deep + b" >>",
        b"<< /Type /Pages /Kids [] /Count 0 >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 3\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


@pytest.mark.parametrize(
    ("name", "make", "expected"),
    [
        ("twice.g4sa", _repeated_key, "gives the key title twice"),
        ("large.g4sa", _too_large, "is too large (4.0 MB) to be an assessment file (at most 4.0 MB)"),
        ("nested.pdf", _nested_pdf, ""),
    ],
)
def test_the_app_shows_the_one_line_and_keeps_the_open_work(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, make: object, expected: str
) -> None:
    window.open_demo(Tier.LOW)
    session = window.session
    path = tmp_path / name
    content = make()  # type: ignore[operator]
    path.write_bytes(content)
    boxes = _record_boxes(monkeypatch)
    assert not window.open_path(path)
    assert window.session is session
    (box,) = boxes
    message = box.detailedText()  # the command line's one line, under Details
    assert str(path) in message and "\n" not in message and len(message) < 400
    assert expected in message and path.name in box.text()
    if path.suffix == ".g4sa":
        with pytest.raises(FileProblem) as refused:
            load_assessment(path)
        assert message == str(refused.value), "the same words as the command line"
    assert path.read_bytes() == content


def _record_boxes(monkeypatch: pytest.MonkeyPatch) -> list[OpenErrorBox]:
    """The message boxes the window shows about a file that did not open (instead of waiting for a click)."""
    shown: list[OpenErrorBox] = []

    def record(box: OpenErrorBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(OpenErrorBox, "exec", record)
    return shown


def _report_pdf() -> bytes:
    from assessor.core.demo import make_demo
    from tests.signing.reports import make_report

    return make_report(make_demo(Tier.LOW))


@pytest.mark.parametrize(
    ("name", "make", "words"),
    [
        ("fake.g4sa", lambda: b"hello world\n", "plain text file"),
        ("cut.g4sa", lambda: file_bytes(blank_assessment())[:40], "damaged"),
        ("empty.g4sa", lambda: b"", "empty"),
        ("photo.g4sa", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "picture"),
        ("letter.g4sa", lambda: b"PK\x03\x04\x14\x00\x06\x00\x08\x00\xde\xad", "office document"),
        ("other.g4sa", lambda: b'{"name": "a contact list"}', "another program"),
        ("report.g4sa", _report_pdf, "PDF report made by assessor, without a signature"),
        ("random.pdf", lambda: b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF", "did not make"),
    ],
)
def test_a_wrong_file_is_named_in_plain_words(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, make: object, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(make())  # type: ignore[operator]
    boxes = _record_boxes(monkeypatch)
    assert not window.open_path(path)
    (box,) = boxes
    main = f"{box.text()} {box.informativeText()}"
    assert words in main and name in main
    for internal in ("JSON", "UTF-8", "backup", "format_version", "line 1", "column"):
        assert internal not in main
    assert str(path) in box.detailedText()


def test_the_backup_is_offered_only_when_there_is_one(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cut.g4sa"
    path.write_bytes(file_bytes(blank_assessment())[:40])
    boxes = _record_boxes(monkeypatch)
    window.open_path(path)
    assert ".bak" not in boxes[-1].detailedText()
    (tmp_path / "cut.g4sa.bak").write_bytes(file_bytes(blank_assessment()))
    window.open_path(path)
    assert "cut.g4sa.bak" in boxes[-1].informativeText() and "cut.g4sa.bak" in boxes[-1].detailedText()


def test_a_note_pasted_beyond_what_a_file_holds_keeps_its_first_part(window: MainWindow) -> None:
    from assessor.core.assessment import MAX_TEXT

    window.open_demo(Tier.LOW)
    assert window.session is not None
    window.session.set_text("TR-01", "notes", "x" * (MAX_TEXT + 10))
    assert window.session.answer("TR-01").notes == "x" * MAX_TEXT


def test_institution_fields_keep_what_a_file_may_hold(window: MainWindow) -> None:
    from assessor.ui.pages.institution_page import InstitutionPage

    window.new_assessment()
    assert window.workspace is not None and window.session is not None
    page = window.workspace.page("institution")
    assert isinstance(page, InstitutionPage)
    page.editors["Institution"].setText("Hospital")  # type: ignore[union-attr]
    page.editors["Institution"].setText("H" * 600)  # type: ignore[union-attr]  # the file holds 500
    assert window.session.assessment.institution.name == "Hospital"
    page.editors["Activities (one a line)"].setPlainText("\n".join(f"activity {i}" for i in range(150)))  # type: ignore[union-attr]
    assert window.session.assessment.scope.activities == [f"activity {i}" for i in range(100)]


def test_checking_a_report_that_is_gone_says_so_plainly(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from assessor.ui.signing_flow import choose_and_verify

    gone = tmp_path / "gone.pdf"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(gone), ""))
    boxes = _record_boxes(monkeypatch)
    choose_and_verify(window, tmp_path)
    (box,) = boxes
    assert "no longer there" in box.text() and "does not exist" in box.detailedText()
