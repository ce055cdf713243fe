"""The open assessment: one object every page reads from and edits through.

Pages never change the assessment directly. They call an edit method here, which applies the
change, stamps the answer, recomputes the scorecard, tells the pages (``changed``; ``scope_changed``
when the set of questions in scope moved) and arms the autosave: within ``AUTOSAVE_MS`` of the
last change the whole assessment is written to its recovery file (atomically). The user's own
file is written only by ``save``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import cached_property
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from assessor.core import recovery
from assessor.core.assessment import MAX_TEXT, Answer, Assessment, Evidence, RaisedTier, now_iso
from assessor.core.forms.models import FormPack
from assessor.core.scoring import Scorecard, score, sync_actions
from assessor.core.storage import FileProblem, save_assessment
from assessor.core.tiers import Tier
from assessor.ui.short_text import cut_at_word, file_name_for
from assessor.ui.undo import DETAILS, RAISED, TRIAGE, Part, Snapshot, State

TITLE_CHARS = 60  # of the institution's name in the window title; a longer one is cut at a word, with "…"
AUTOSAVE_MS = 1000  # the recovery file is never more than this (plus one write) behind the screen
UNDO_LIMIT = 500  # steps kept (each holds one answer or the action plan, twice)


def _login_name() -> str:
    import getpass  # with the terminal and password modules it brings: when an answer is first stamped

    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name on some locked-down machines
        return ""


class Session(QObject):
    changed = Signal()  # any edit, after the scorecard is recomputed
    scope_changed = Signal()  # the tier or the questions in scope changed
    dirty_changed = Signal(bool)
    saved = Signal(str)  # the path written
    autosaved = Signal(str)  # the recovery file written
    restored = Signal(str, str)  # undo or redo changed: this question's answer, or ("", the page showing the part)

    def __init__(
        self,
        pack: FormPack,
        assessment: Assessment,
        path: Path | None = None,
        *,
        read_only: bool = False,
        dirty: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pack = pack
        self.assessment = assessment
        self.path = path
        self.read_only = read_only
        self._dirty = dirty
        self._card = score(pack, assessment)
        self._scope = set(self._card.questions)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.write_recovery)
        self.recovery_path = recovery.recovery_file(assessment.id)  # fixed for the session's life
        self.undo_stack = QUndoStack(self)  # one per open assessment: opening another file starts afresh
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        # the stack's clean state is the file on disk: undoing back to it shows the file as saved (never for a
        # file not yet saved, or opened with unsaved changes: then no state on the stack is on disk)
        self._clean_on_disk = path is not None and not dirty
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        if dirty and not read_only:
            self._timer.start()

    # -- reading ----------------------------------------------------------------------------------------

    @cached_property
    def author(self) -> str:
        """Who stamps the answers when the assessment names no assessor: the login name."""
        return _login_name()

    @property
    def card(self) -> Scorecard:
        return self._card

    @property
    def tier(self) -> Tier:
        return self._card.tier

    def tier_name(self, tier: Tier | None = None) -> str:
        """A tier's name in the pack's language (Low, Faible…); the current tier by default."""
        return self.pack.tier_spec(tier or self.tier).title

    @property
    def dirty(self) -> bool:
        return self._dirty

    def in_scope(self, question_id: str) -> bool:
        return question_id in self._scope

    def answer(self, question_id: str) -> Answer:
        """The answer as it stands (an empty one when there is none; nothing is added to the file)."""
        return self.assessment.answers.get(question_id) or Answer()

    @property
    def title(self) -> str:
        name = self.assessment.institution.name or self.assessment.title or self.tr("Untitled assessment")
        name = cut_at_word(" ".join(name.split()), TITLE_CHARS)  # one line, and short enough for a title bar
        return f"{name} — {self.path.name}" if self.path else name

    def suggested_file_name(self) -> str:
        return file_name_for(self.assessment.institution.name or self.assessment.title)

    # -- editing ------------------------------------------------------------------------------------------

    def edit(self, change: Callable[[Assessment], None], *, rescore: bool = True) -> None:
        """Apply ``change`` to the assessment, then recompute and tell everyone.

        Text typed into notes changes no score: ``rescore=False`` skips the recomputation.
        """
        if self.read_only:
            return
        change(self.assessment)
        self.assessment.modified = now_iso()
        if rescore:
            self._recompute()
        self._set_dirty(True)
        if not self._timer.isActive():  # counted from the first unsaved change, not the last: typing never delays it
            self._timer.start()
        self.changed.emit()

    def edit_part(
        self, part: Part, change: Callable[[Assessment], None], text: str, *, field: str = "", rescore: bool = True
    ) -> None:
        """`edit`, undoably: ``part`` is what ``change`` touches; ``text`` names the step in Edit ▸ Undo;
        edits of the same text ``field`` in one typing burst are one step."""
        if self.read_only:
            return
        before = part.read(self.assessment)
        self.edit(change, rescore=rescore)
        after = part.read(self.assessment)
        if after != before:
            self.undo_stack.push(Snapshot(self._restore, part, before, after, text, field))

    def _restore(self, part: Part, state: State) -> None:
        """Undo or redo: put ``part`` back as it was, then recompute and tell everyone, as an edit does."""
        self.edit(lambda a: part.write(a, state))
        self.restored.emit(part.question_id, part.page)

    def _clean_changed(self, clean: bool) -> None:
        if clean and self._clean_on_disk:  # undone or redone back to what the file holds
            self._timer.stop()
            self._drop_recovery_file()
            self._set_dirty(False)

    def edit_answer(
        self,
        question_id: str,
        change: Callable[[Answer], None],
        *,
        stamp: bool = False,
        rescore: bool = True,
        text: str,
        field: str = "",
    ) -> None:
        def apply(a: Assessment) -> None:
            answer = a.answer(question_id)
            change(answer)
            if stamp:
                answer.answered_at = now_iso()
                answer.answered_by = self._author_name(a)

        self.edit_part(Part(question_id), apply, text.format(question_id), field=field, rescore=rescore)

    def _author_name(self, a: Assessment) -> str:
        return a.assessors[0].name if a.assessors and a.assessors[0].name else self.author

    def set_level(self, question_id: str, level: int | None) -> None:
        def change(answer: Answer) -> None:
            answer.na = False
            answer.level = level

        self.edit_answer(question_id, change, stamp=True, text=self.tr("answer to {0}"))

    def clear_answer(self, question_id: str) -> None:
        """Back to unanswered (the level or N/A removed, not set to 0); notes, evidence and the flag stay."""
        if self.answer(question_id).is_answered:
            step = self.tr("clearing the answer to {0}").format(question_id)
            self.edit_part(Part(question_id), lambda a: a.clear_answer(question_id), step)

    def set_na(self, question_id: str, na: bool) -> None:
        def change(answer: Answer) -> None:
            answer.level = None if na else answer.level
            answer.na = na

        self.edit_answer(question_id, change, stamp=True, text=self.tr("answer to {0}"))

    def set_text(self, question_id: str, field: str, text: str) -> None:
        """Notes or the N/A justification (the first `MAX_TEXT` characters: what a file may hold)."""
        text = text[:MAX_TEXT]
        if getattr(self.answer(question_id), field) == text:
            return
        step = self.tr("notes on {0}") if field == "notes" else self.tr("reason for N/A of {0}")
        self.edit_answer(
            question_id, lambda answer: setattr(answer, field, text), rescore=False, text=step, field=field
        )

    def set_flag(self, question_id: str, flagged: bool) -> None:
        self.edit_answer(question_id, lambda answer: setattr(answer, "flagged", flagged), text=self.tr("flag on {0}"))

    def add_evidence(self, question_id: str, evidence: Evidence) -> None:
        self.edit_answer(question_id, lambda answer: answer.evidence.append(evidence), text=self.tr("evidence for {0}"))

    def remove_evidence(self, question_id: str, index: int) -> None:
        def change(answer: Answer) -> None:
            del answer.evidence[index]

        self.edit_answer(question_id, change, text=self.tr("evidence for {0}"))

    def edit_actions(self, change: Callable[[Assessment], None], *, rescore: bool = False) -> None:
        """A change to the action plan, undoable as one step."""
        self.edit_part(Part(), change, self.tr("action plan change"), rescore=rescore)

    def edit_details(self, change: Callable[[Assessment], None], text: str, *, field: str = "") -> None:
        """A change on the institution page (title, institution, scope, period, people), undoable; ``text``
        names the field; typing in one ``field`` is one step per burst."""
        step = self.tr("change to “{0}”").format(text)
        self.edit_part(Part(section=DETAILS), change, step, field=field, rescore=False)

    def set_factor(self, factor_id: str, level: int | None) -> None:
        def change(a: Assessment) -> None:
            if level is None:
                a.triage.pop(factor_id, None)
            else:
                a.triage[factor_id] = level

        self.edit_part(Part(section=TRIAGE), change, self.tr("risk factor {0}").format(factor_id))

    def set_raised_tier(self, raised: RaisedTier | None, *, typing: bool = False) -> None:
        """Raise the tier (None: not raised), undoably; ``typing``: the reason is being typed (one step a burst)."""
        if raised == self.assessment.raised_tier:
            return
        field = "justification" if typing else ""
        change: Callable[[Assessment], None] = lambda a: setattr(a, "raised_tier", raised)  # noqa: E731
        self.edit_part(Part(section=RAISED), change, self.tr("raised tier"), field=field)

    def sync_actions(self) -> int:
        """Add an action for every gap without one; the number added."""
        if self.read_only:
            return 0
        added: list[object] = []
        self.edit_actions(lambda a: added.extend(sync_actions(self.pack, a, self._card)), rescore=True)
        return len(added)

    def _recompute(self) -> None:
        old_scope, old_tier = self._scope, self._card.tier
        self._card = score(self.pack, self.assessment)
        self._scope = set(self._card.questions)
        if self._scope != old_scope or self._card.tier != old_tier:
            self.scope_changed.emit()

    # -- saving -------------------------------------------------------------------------------------------

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def save(self, path: Path | None = None) -> Path:
        """Write the file atomically (the previous version kept as a backup). Raises FileProblem."""
        target = path or self.path
        if target is None:
            raise ValueError("no file name: use save as")
        save_assessment(self.assessment, target)
        self.path = target
        self._timer.stop()
        self._drop_recovery_file()
        self._clean_on_disk = True
        self.undo_stack.setClean()
        self._set_dirty(False)
        self.saved.emit(str(target))
        return target

    def write_recovery(self) -> None:
        if self.read_only or not self._dirty:
            return
        try:
            written = recovery.write_recovery(self.assessment, self.path, self.recovery_path)
        except (OSError, FileProblem):
            return  # a full disk must not stop the user typing; the next change tries again
        self.autosaved.emit(str(written))

    def discard_recovery(self) -> None:
        self._timer.stop()
        self._drop_recovery_file()

    def _drop_recovery_file(self) -> None:
        with contextlib.suppress(OSError):
            self.recovery_path.unlink(missing_ok=True)
