"""Next year's assessment, started from a signed report's assessment.

The new assessment is a new document (new id, created now) that keeps what is still true or is a
good starting point: institution, scope, assessors, risk profile (and a raised tier with its
justification), every answer's level, notes and evidence, and the actions not yet done. What must
be looked at again is cleared: review flags and the dates answers were given. The previous report
is recorded (`PreviousAssessment`) so that the next report can show what changed.
"""

from __future__ import annotations

import uuid

from assessor.core.assessment import ActionStatus, Answer, Assessment, PreviousAssessment, now_iso
from assessor.core.forms.models import FormPack
from assessor.core.scoring import triage_of
from assessor.core.tiers import Tier


def _carried(answer: Answer) -> Answer:
    return answer.model_copy(deep=True, update={"flagged": False, "answered_at": ""})


def _tier_of(previous: Assessment, pack: FormPack | None) -> Tier | None:
    if pack is None:
        from assessor.core.validation import UnknownFormPack, pack_for

        try:
            pack = pack_for(previous).pack
        except UnknownFormPack:
            return None
    try:
        return triage_of(pack, previous).tier
    except ValueError:  # a risk profile the pack cannot score (e.g. an unknown factor)
        return None


def start_reassessment(
    previous: Assessment,
    *,
    report_id: str,
    fingerprint: str,
    date: str,
    file_name: str = "",
    pack: FormPack | None = None,
) -> Assessment:
    """A new assessment carrying ``previous`` forward, with ``previous`` recorded as its baseline.

    ``report_id``, ``fingerprint`` and ``date`` are those of the signed report the previous
    assessment comes from. ``pack`` is the form pack ``previous`` was answered against (found
    among the installed packs when not given) and is only used to record the previous tier.
    """
    stamp = now_iso()
    return Assessment(
        id=str(uuid.uuid4()),
        title=previous.title,
        language=previous.language,
        created=stamp,
        modified=stamp,
        form_pack=previous.form_pack.model_copy(),
        institution=previous.institution.model_copy(),
        scope=previous.scope.model_copy(deep=True),
        assessors=[p.model_copy() for p in previous.assessors],
        previous=PreviousAssessment(
            report_id=report_id,
            fingerprint=fingerprint,
            date=date,
            tier=_tier_of(previous, pack),
            file_name=file_name,
            answers=previous.answer_levels(),
        ),
        triage=dict(previous.triage),
        raised_tier=previous.raised_tier.model_copy() if previous.raised_tier else None,
        answers={qid: _carried(a) for qid, a in previous.answers.items()},
        actions=[a.model_copy() for a in previous.actions if a.status is not ActionStatus.DONE],
    )
