"""Undo and redo of the answers and the action plan (Qt's undo framework).

Every answer edit (level, N/A, its reason, notes, flag, evidence, Clear answer) and every change to the
action plan is one `Snapshot` on the session's `QUndoStack`: the part of the assessment it touched (one
answer, or the action list) as it was before and after. Undo puts the "before" back through the session,
redo the "after". Typing in one text field is one step per burst: edits of the same field less than
`BURST_S` apart merge into the command before them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from assessor.core.assessment import Action, Answer, Assessment

BURST_S = 1.5  # typing paused longer than this starts a new undo step
TEXT_MERGE_ID = 1  # QUndoCommand.id() of text edits (others return -1: never merged)

clock: Callable[[], float] = time.monotonic  # tests replace it

State = Answer | list[Action] | None


@dataclass(frozen=True)
class Part:
    """Which part of the assessment a command restores: one question's answer, or the whole action plan."""

    question_id: str = ""  # "" for the action plan

    def read(self, a: Assessment) -> State:
        if not self.question_id:
            return [action.model_copy(deep=True) for action in a.actions]
        answer = a.answers.get(self.question_id)
        return None if answer is None else answer.model_copy(deep=True)

    def write(self, a: Assessment, state: State) -> None:
        if isinstance(state, list):
            a.actions = [action.model_copy(deep=True) for action in state]
        elif state is None:
            a.answers.pop(self.question_id, None)
        else:
            a.answers[self.question_id] = state.model_copy(deep=True)


class Snapshot(QUndoCommand):
    """One edit, already applied when pushed (the first redo does nothing)."""

    def __init__(
        self,
        restore: Callable[[Part, State], None],
        part: Part,
        before: State,
        after: State,
        text: str,
        field: str = "",
    ) -> None:
        super().__init__(text)
        self._restore = restore
        self.part, self.before, self.after, self.field = part, before, after, field
        self.at = clock()
        self._first_redo = True

    def id(self) -> int:
        return TEXT_MERGE_ID if self.field else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, Snapshot) or (other.part, other.field) != (self.part, self.field):
            return False
        if other.at - self.at > BURST_S:
            return False
        self.after, self.at = other.after, other.at
        return True

    def redo(self) -> None:
        if self._first_redo:  # QUndoStack.push calls redo: the session has applied the edit already
            self._first_redo = False
            return
        self._restore(self.part, self.after)

    def undo(self) -> None:
        self._restore(self.part, self.before)
