"""Evidence for an answer: hashing a file off the interface thread, with progress, and the box on a card.

A large scan or export can take seconds to read; the window keeps responding meanwhile. The file
itself stays where it is: what the assessment keeps is its name, size, SHA-256 and location.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assessor.core.assessment import Evidence
from assessor.core.forms.models import Question
from assessor.core.records import ValidationError
from assessor.core.storage import FileProblem, hash_file
from assessor.ui.accessible import mnemonic_label, without_mnemonic
from assessor.ui.session import Session
from assessor.ui.widgets import named, text


def format_size(size: int) -> str:
    """A file size a person reads at a glance: 512 bytes, 3.4 KB, 12.0 MB."""
    if size < 1000:
        return f"{size} byte" if size == 1 else f"{size} bytes"
    value = float(size)
    for unit in ("KB", "MB", "GB", "TB"):
        value /= 1000
        if value < 1000 or unit == "TB":
            break
    return f"{value:.1f} {unit}"


def evidence_line(evidence: Evidence) -> str:
    """How an attached item is listed: name — size — first 12 hex digits of its SHA-256."""
    digest = f"{evidence.sha256[:12]}…" if evidence.sha256 else "—"
    return f"{evidence.name} — {format_size(evidence.size)} — {digest}"


class _JobSignals(QObject):
    progress = Signal(int)  # percent
    finished = Signal(str, object)  # sha256, size (object: sizes beyond 2 GiB do not fit a C int)
    failed = Signal(str)


class HashJob(QRunnable):
    """Read one file in the thread pool; results arrive through ``signals`` (queued to the owner's thread)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.signals = _JobSignals()
        self.setAutoDelete(False)  # the hasher keeps it until its signals have arrived
        self._percent = -1

    def _progress(self, done: int, total: int) -> None:
        percent = 100 if total <= 0 else min(100, done * 100 // total)
        if percent != self._percent:  # at most 101 signals, however large the file
            self._percent = percent
            self.signals.progress.emit(percent)

    def run(self) -> None:
        try:
            if self.path.is_dir():
                raise FileProblem(self.path, "is a folder, not a file")
            sha256, size = hash_file(self.path, progress=self._progress)
        except FileProblem as exc:
            self.signals.failed.emit(str(exc))
        else:
            self.signals.finished.emit(sha256, size)


class EvidenceHasher(QObject):
    """Hash one file at a time in the background and turn it into an ``Evidence`` record.

    ``start(path)`` returns at once; ``progress`` (0–100) follows, then ``finished(Evidence)`` or
    ``failed(message)``, where the message is one line naming the file and the problem.
    """

    started = Signal()
    progress = Signal(int)
    finished = Signal(object)  # Evidence
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._job: HashJob | None = None
        self._returning: list[HashJob] = []  # finished jobs whose thread may still be returning from run()

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(self, path: Path | str) -> bool:
        """Begin hashing ``path``; False (and nothing started) while another file is still being read."""
        if self._job is not None:
            return False
        if self._pool.activeThreadCount() == 0:
            self._returning.clear()  # every thread has returned: the old jobs can go
        job = HashJob(Path(path))
        job.signals.progress.connect(self.progress)
        job.signals.finished.connect(self._done)
        job.signals.failed.connect(self._failed)
        self._job = job
        self.started.emit()
        self._pool.start(job)
        return True

    def _done(self, sha256: str, size: object) -> None:
        job, self._job = self._job, None
        if job is None:
            return
        self._returning.append(job)
        assert isinstance(size, int)
        try:
            evidence = Evidence(name=job.path.name or str(job.path), sha256=sha256, size=size, location=str(job.path))
        except ValidationError:
            self.failed.emit(f"{job.path}: the name or location is too long to record")
            return
        self.finished.emit(evidence)

    def _failed(self, message: str) -> None:
        if self._job is not None:
            self._returning.append(self._job)
        self._job = None
        self.failed.emit(message)


class EvidenceBox(QWidget):
    """The evidence of one answer: the files attached, "Attach file…" (hashed in the background) and "Remove".

    ``choose`` asks for a file and returns its path, or "" when the user cancels. Problems with a file
    are shown in a line under the buttons, never in a dialog, and nothing is added.

    Its controls are no Tab stops (the card keeps Tab for moving between questions): ``captions`` are the
    captions with their Alt keys, which the card makes live while the keyboard is in it.
    """

    def __init__(
        self, session: Session, question: Question, choose: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.question_id = question.id
        self._choose = choose
        self._key: tuple[tuple[str, int, str], ...] | None = None
        self.hasher = EvidenceHasher(self)
        self.hasher.progress.connect(self._progress)
        self.hasher.finished.connect(self._done)
        self.hasher.failed.connect(self._failed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        qid = question.id
        self.evidence_list = named(QListWidget(), self.tr("Evidence attached to {0}").format(qid))
        self.evidence_list.itemSelectionChanged.connect(self.update_buttons)
        self.evidence_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long lines end in …
        self.evidence_list.currentRowChanged.connect(self.update_buttons)  # the keyboard's row, selected or not
        caption = self.tr("E&vidence")
        heading = mnemonic_label(caption, self.evidence_list)  # Alt+V: into the list, to pick one to remove
        self.captions: list[tuple[QAbstractButton | QLabel, str]] = [(heading, caption)]
        layout.addWidget(heading)
        if question.evidence_examples:
            examples = "; ".join(question.evidence_examples)
            layout.addWidget(self._label(self.tr("Evidence that would support this: {0}").format(examples), "muted"))
        layout.addWidget(self.evidence_list)
        row = QHBoxLayout()
        self.attach_button = named(QPushButton(), self.tr("Attach evidence to {0}").format(qid))
        self.attach_button.clicked.connect(self.attach)
        self.remove_button = named(QPushButton(), self.tr("Remove the selected evidence of {0}").format(qid))
        self.remove_button.clicked.connect(self.remove_selected)
        for button, caption in (
            (self.attach_button, self.tr("A&ttach file…")),
            (self.remove_button, self.tr("&Remove")),
        ):
            button.setText(without_mnemonic(caption))
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            self.captions.append((button, caption))
        self.evidence_list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.progress = named(QProgressBar(), self.tr("Reading the evidence file"))
        self.progress.setRange(0, 100)
        self.progress.hide()
        for widget in (self.attach_button, self.remove_button, self.progress):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        self.error_label = self._label(self.tr("Evidence problem"), "error")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        if session.read_only:
            self.attach_button.setEnabled(False)
            self.remove_button.setEnabled(False)

    @staticmethod
    def _label(content: str, role: str = "") -> QLabel:
        widget = text(content, role=role)
        widget.setAccessibleName(content)
        return widget

    def refresh(self) -> None:
        """List the evidence as the session has it (rebuilt only when it changed)."""
        evidence = self.session.answer(self.question_id).evidence
        key = tuple((e.name, e.size, e.sha256) for e in evidence)
        if key != self._key:
            self._key = key
            self.evidence_list.clear()
            for item in evidence:
                self.evidence_list.addItem(evidence_line(item))
                self.evidence_list.item(self.evidence_list.count() - 1).setToolTip(item.location)
            rows = min(len(evidence), 4)
            self.evidence_list.setFixedHeight(self.evidence_list.sizeHintForRow(0) * rows + 8 if rows else 0)
            self.evidence_list.setVisible(bool(evidence))
        self.update_buttons()

    def update_buttons(self) -> None:
        editable = not self.session.read_only and not self.hasher.busy
        self.attach_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and self.evidence_list.currentRow() >= 0)

    def attach(self) -> None:
        if self.session.read_only or self.hasher.busy:
            return
        path = self._choose()
        if not path:
            return
        self.error_label.hide()
        self.progress.setValue(0)
        self.progress.show()
        self.hasher.start(path)
        self.update_buttons()

    def remove_selected(self) -> None:
        row = self.evidence_list.currentRow()
        if self.session.read_only or not 0 <= row < len(self.session.answer(self.question_id).evidence):
            return
        self.session.remove_evidence(self.question_id, row)
        self.refresh()
        if self.evidence_list.isHidden():  # the last one gone: the keyboard stays in this question
            self.attach_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _progress(self, percent: int) -> None:
        self.progress.setValue(percent)

    def _done(self, evidence: object) -> None:
        self.progress.hide()
        assert isinstance(evidence, Evidence)
        self.session.add_evidence(self.question_id, evidence)
        self.refresh()

    def _failed(self, message: str) -> None:
        self.progress.hide()
        problem = self.tr("Could not attach the file: {0}").format(message)
        self.error_label.setText(problem)
        self.error_label.setAccessibleName(problem)
        self.error_label.show()
        self.update_buttons()
