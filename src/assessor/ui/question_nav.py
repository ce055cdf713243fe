"""Moving between questions from the keyboard: the next or previous question, the next unanswered one.

The questions are walked in the form's order across the Core Element pages, counting only those shown
(in scope at the tier, follow-ups whose condition holds). "Here" is the question the keyboard is in; on an
element page with the keyboard elsewhere, the top of that page; on any other page, the start of the form.
"""

from __future__ import annotations

from assessor.ui.sidebar import element_key
from assessor.ui.workspace import Workspace


def questions_shown(workspace: Workspace) -> list[str]:
    session = workspace.session
    return [q.id for e in session.pack.elements for q in e.questions if session.in_scope(q.id)]


def _position(workspace: Workspace, ids: list[str]) -> float:
    """Where the keyboard is in ``ids``: an index, or halfway before the first question of the page in view."""
    card = workspace.current_card()
    if card is not None and card.question.id in ids:
        return ids.index(card.question.id)
    for element in workspace.session.pack.elements:
        if workspace.current_key == element_key(element.id):
            own = [i for i, qid in enumerate(ids) if qid in {q.id for q in element.questions}]
            return own[0] - 0.5 if own else -0.5
    return -0.5


def neighbour(workspace: Workspace, delta: int) -> str | None:
    """The question ``delta`` (+1 or -1) from here; None past either end."""
    ids = questions_shown(workspace)
    here = _position(workspace, ids)
    if delta > 0:
        later = [qid for i, qid in enumerate(ids) if i > here]
        return later[0] if later else None
    earlier = [qid for i, qid in enumerate(ids) if i < here]
    return earlier[-1] if earlier else None


def next_unanswered(workspace: Workspace) -> str | None:
    """The first unanswered question after here, going round to the start; None when all are answered."""
    ids = questions_shown(workspace)
    here = _position(workspace, ids)
    ordered = [qid for i, qid in enumerate(ids) if i > here] + [qid for i, qid in enumerate(ids) if i <= here]
    return next((qid for qid in ordered if not workspace.session.answer(qid).is_answered), None)
