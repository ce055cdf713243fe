"""Why a file did not open, in plain words: what the file is and what to do, the technical line under Details.

The core's `FileProblem` is one precise line for the command line ("invalid JSON at line 1, column 1",
"not UTF-8", "no format_version"). A person opening a file in the app is told instead what the file seems
to be (plain text, a PDF report, a Word document…) and what to open instead; the precise line is kept in
the message box's Details, to pass on to whoever supports them. A backup is only mentioned when it exists.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from assessor.core.storage import FileProblem, backup_path

SNIFF_BYTES = 64 * 1024  # enough to tell text from binary data and a PDF from JSON
EMBEDDED_NAME = b"assessment.g4sa"  # what a report made by assessor carries (see report/ and signing/)


def _head(path: Path) -> bytes | None:
    try:
        with path.open("rb") as f:
            return f.read(SNIFF_BYTES)
    except OSError:
        return None


def _whole(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""


def _is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(head) - 4  # only a character cut at the end of the sample
    return True


class OpenErrorBox(QMessageBox):
    """The message box for a file that did not open: what it is, what to do, and the technical line as Details."""

    def __init__(self, parent: QWidget | None, problem: FileProblem) -> None:
        super().__init__(parent)
        self.problem = problem
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Cannot open this file"))
        what, todo = self.explain(problem.path, problem.problem)
        self.setText(self.tr("“{name}” cannot be opened. {what}").format(name=problem.path.name, what=what))
        self.setInformativeText(todo)
        self.setDetailedText(str(problem))
        self.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.setAccessibleName(self.tr("Cannot open this file"))

    def explain(self, path: Path, problem: str) -> tuple[str, str]:
        """(what the file is, what to do), in plain words."""
        open_g4sa = self.tr("Open an assessment file (ending in .g4sa) saved by assessor, or start a new assessment.")
        if path.is_dir():
            return self.tr("It is a folder, not a file."), open_g4sa
        if not path.exists():
            return self.tr("It is no longer there: it may have been moved, renamed or deleted."), self.tr(
                "Look for it in its new folder, or open another copy."
            )
        head = _head(path)
        if head is None or "permission denied" in problem:
            return self.tr("You are not allowed to read it."), self.tr(
                "Ask whoever manages this folder for access, or copy the file to a folder of your own."
            )
        if "too large" in problem:
            return self.tr("It is far larger than any assessment or report."), open_g4sa
        if "newer assessor" in problem:
            return self.tr("It was saved by a newer version of assessor."), self.tr(
                "Install the newer version of assessor to open it."
            )
        if not head.strip():
            return self.tr("The file is empty."), self.tr(
                "If it was being copied or downloaded, copy it again; otherwise open another copy."
            )
        if head.startswith(b"%PDF"):
            return self._pdf(path)
        if not _is_text(head):
            if head.startswith(b"PK\x03\x04"):
                what = self.tr("It is a Word, Excel or other office document, or a ZIP archive, not an assessment.")
            else:
                what = self.tr("It is not an assessment: it holds a picture, a program or another kind of data.")
            return what, open_g4sa
        if not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
            return self.tr("It is a plain text file, not an assessment saved by assessor."), open_g4sa
        if "not an assessment" in problem or "holds a JSON" in problem:
            return self.tr("It holds data from another program, not an assessment."), open_g4sa
        if "JSON" in problem or "nested" in problem:
            return self.tr("It is damaged: it was cut short or changed outside assessor."), self._damaged_todo(path)
        return self.tr("It holds something assessor does not accept: it may have been changed outside assessor."), (
            self._damaged_todo(path)
        )

    def _pdf(self, path: Path) -> tuple[str, str]:
        data = _whole(path)
        carries = EMBEDDED_NAME in data
        if path.suffix.lower() != ".pdf" and carries and b"/ByteRange" not in data:  # no signature in it
            return self.tr("It is a PDF report made by assessor, without a signature, not an assessment file."), (
                self.tr("Open the .g4sa assessment it was made from: that is the file you can work on.")
            )
        if path.suffix.lower() != ".pdf":
            return self.tr("It is a PDF document whose name ends in {suffix} instead of .pdf.").format(
                suffix=path.suffix or self.tr("(nothing)")
            ), self.tr("Rename it to end in .pdf and open it again, or open the .g4sa assessment it was made from.")
        if carries:
            return self.tr("It is a report made by assessor, but it cannot be read as one (it may be damaged)."), (
                self.tr("Open the .g4sa assessment the report was made from, or ask its sender for another copy.")
            )
        return self.tr("It is a PDF that assessor did not make (or it is damaged): it holds no assessment."), (
            self.tr("Open the .g4sa assessment file, or the signed report assessor made from it.")
        )

    def _damaged_todo(self, path: Path) -> str:
        backup = backup_path(path)
        if backup.is_file():
            return self.tr(
                "assessor kept the previous version beside it as {backup}: copy that file to a name ending in "
                ".g4sa and open the copy."
            ).format(backup=backup.name)
        return self.tr("Open another copy of it, for example one you sent or received by e-mail.")


def show_open_error(parent: QWidget | None, problem: FileProblem) -> None:
    OpenErrorBox(parent, problem).exec()
