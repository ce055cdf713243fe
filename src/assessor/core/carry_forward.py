"""Answers given to questions a form pack has since retired, carried to the questions that replace them.

A pack's ``retired_questions`` maps each retired id to the question that now asks it (or to nothing).
One old id per new question is a rename: the answer moves. Several old ids for one new question (or an old id
whose new question was itself already answered) is a merge: the merged answer keeps the LOWER level (N/A only
when every answer was N/A), every note (each prefixed with the id it was given to), the union of the evidence,
and the review flag if any answer had it.
"""

from __future__ import annotations

from collections.abc import Iterable

from assessor.core.assessment import Answer, Assessment
from assessor.core.forms.models import FormPack


def merge_answers(given: list[tuple[str, Answer]]) -> Answer:
    """One answer standing for several (``given``: (question id, answer) in the order to list their notes)."""
    answered = [(qid, a) for qid, a in given if a.is_answered]
    with_level = [a for _, a in answered if a.level is not None]
    if with_level:
        merged = min(with_level, key=lambda a: a.level or 0).model_copy(deep=True)
        merged.na_justification = ""
    elif answered:
        merged = answered[0][1].model_copy(deep=True)
        merged.na_justification = _joined((qid, a.na_justification) for qid, a in answered)
    else:
        merged = Answer()
    merged.notes = _joined((qid, a.notes) for qid, a in given)
    evidence, seen = [], set()
    for _, a in given:
        for ev in a.evidence:
            key = (ev.name, ev.sha256, ev.location)
            if key not in seen:
                seen.add(key)
                evidence.append(ev.model_copy(deep=True))
    merged.evidence = evidence
    merged.flagged = any(a.flagged for _, a in given)
    return merged


def _joined(texts: Iterable[tuple[str, str]]) -> str:
    return "\n\n".join(f"{qid}: {text.strip()}" for qid, text in texts if text.strip())


def carry_retired_answers(pack: FormPack, assessment: Assessment) -> list[str]:
    """Move (or merge) answers given to questions the pack has retired onto the questions replacing them.

    Answers to questions retired without a replacement stay in the file, untouched and uncounted.
    Returns the old ids whose answers were moved or merged, for telling the user.
    """
    sources: dict[str, list[str]] = {}
    for old, new in pack.retired_questions.items():
        if new is not None and old in assessment.answers:
            sources.setdefault(new, []).append(old)
    carried: list[str] = []
    for new, olds in sources.items():
        ids = ([new] if new in assessment.answers else []) + olds
        if len(ids) == 1:
            assessment.answers[new] = assessment.answers.pop(olds[0])
        else:
            assessment.answers[new] = merge_answers([(qid, assessment.answers[qid]) for qid in ids])
            for old in olds:
                del assessment.answers[old]
        for action in assessment.actions:
            if action.question_id in olds:
                action.question_id = new
        carried.extend(olds)
    return carried
