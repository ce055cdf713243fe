"""Undo and redo of every edit (Qt's undo framework).

Every answer edit (level, N/A, its reason, notes, flag, evidence, Clear answer), every change to the
action plan, to the institution page's details, to the risk factors and to the raised tier is one `Snapshot`
on the session's `QUndoStack`: the part of the assessment it touched (one answer, the action list, the
details, the factors or the raised tier) as it was before and after. Undo puts the "before" back through the session,
redo the "after". Typing in one text field is one step per burst: edits of the same field less than
`BURST_S` apart merge into the command before them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from assessor.core.assessment import Action, Answer, Assessment, Institution, Person, RaisedTier, Scope

BURST_S = 1.5  # typing paused longer than this starts a new undo step
TEXT_MERGE_ID = 1  # QUndoCommand.id() of text edits (others return -1: never merged)

clock: Callable[[], float] = time.monotonic  # tests replace it

ACTIONS, DETAILS, TRIAGE, RAISED = "actions", "details", "triage", "raised"  # the parts that are not one answer
PAGE_OF = {ACTIONS: "results", DETAILS: "institution", TRIAGE: "risk", RAISED: "risk"}


@dataclass(frozen=True)
class Details:
    """What the institution page edits, copied."""

    title: str
    institution: Institution
    scope: Scope
    assessors: tuple[Person, ...]
    signatory: Person


State = Answer | list[Action] | Details | dict[str, int] | RaisedTier | None


@dataclass(frozen=True)
class Part:
    """Which part of the assessment a command restores: one question's answer (``question_id``), or
    ``section``, one of ACTIONS, DETAILS, TRIAGE, RAISED."""

    question_id: str = ""
    section: str = ACTIONS  # used when question_id is ""

    @property
    def page(self) -> str:
        """The page that shows this part ("" for an answer: its element's page)."""
        return "" if self.question_id else PAGE_OF[self.section]

    def read(self, a: Assessment) -> State:
        if self.question_id:
            answer = a.answers.get(self.question_id)
            return None if answer is None else answer.model_copy(deep=True)
        if self.section == DETAILS:
            return Details(
                a.title,
                a.institution.model_copy(deep=True),
                a.scope.model_copy(deep=True),
                tuple(p.model_copy(deep=True) for p in a.assessors),
                a.signatory.model_copy(deep=True),
            )
        if self.section == TRIAGE:
            return dict(a.triage)
        if self.section == RAISED:
            return None if a.raised_tier is None else a.raised_tier.model_copy(deep=True)
        return [action.model_copy(deep=True) for action in a.actions]

    def write(self, a: Assessment, state: State) -> None:
        if self.question_id:
            if state is None:
                a.answers.pop(self.question_id, None)
            elif isinstance(state, Answer):
                a.answers[self.question_id] = state.model_copy(deep=True)
        elif isinstance(state, Details):
            a.title = state.title
            a.institution = state.institution.model_copy(deep=True)
            a.scope = state.scope.model_copy(deep=True)
            a.assessors = [p.model_copy(deep=True) for p in state.assessors]
            a.signatory = state.signatory.model_copy(deep=True)
        elif isinstance(state, dict):
            a.triage = dict(state)
        elif self.section == RAISED:
            a.raised_tier = state.model_copy(deep=True) if isinstance(state, RaisedTier) else None
        elif isinstance(state, list):
            a.actions = [action.model_copy(deep=True) for action in state]


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
