"""Form packs and filled assessments built in memory, for scoring and report tests and the benchmark.

The shipped pack is still being written, so these build a realistic ten-element pack on top of its
triage, tiers and scales, and fill it the way an officer would: varied levels, some N/A with a
justification, notes, evidence, flags, and an action plan with owners.
"""

from __future__ import annotations

import hashlib
from typing import Any

from assessor.core.assessment import (
    ActionStatus,
    Answer,
    Assessment,
    Evidence,
    FormPackRef,
    Institution,
    Person,
    Scope,
)
from assessor.core.conditions import Condition
from assessor.core.forms.installed import find_pack
from assessor.core.forms.models import Anchor, AnswerScale, CoreElement, FormPack, FrameworkText, Question, ScaleLevel
from assessor.core.scoring import score, sync_actions
from assessor.core.tiers import Tier
from assessor.core.triage import compute_tier

ELEMENTS: tuple[tuple[str, str], ...] = (
    ("TR", "Transparency"),
    ("AC", "Accountability"),
    ("EN", "Engagement"),
    ("DQ", "Data Quality and Security"),
    ("PR", "Privacy, Data Protection and Confidentiality"),
    ("RB", "Risk-Benefit Analysis"),
    ("RA", "Recognition and Attribution"),
    ("SU", "Sustainability"),
    ("ED", "Education and Training"),
    ("AD", "Accessibility and Dissemination"),
)

# Risk profiles that give each tier under the shipped triage rules.
PROFILES: dict[Tier, dict[str, int]] = {
    Tier.LOW: dict.fromkeys([f"F{i}" for i in range(1, 13)], 0) | {"F1": 1, "F2": 1},
    Tier.MODERATE: dict.fromkeys([f"F{i}" for i in range(1, 13)], 0)
    | {"F1": 1, "F2": 1, "F4": 1, "F5": 1, "F6": 1, "F10": 1},
    Tier.HIGH: dict.fromkeys([f"F{i}" for i in range(1, 13)], 1) | {"F1": 2, "F2": 2, "F3": 2, "F9": 0},
}

YES_NO = AnswerScale(
    id="yes-no",
    title="Is it in place?",
    levels=(
        ScaleLevel(value=0, label="No", description="Not in place."),
        ScaleLevel(value=1, label="Yes", description="In place."),
    ),
    allow_na=True,
)


def question(
    qid: str,
    *,
    min_tier: Tier = Tier.LOW,
    essential_from: Tier | None = None,
    weight: float = 1.0,
    condition: dict[str, Any] | None = None,
    scale: str | None = None,
    text: str | None = None,
) -> Question:
    return Question(
        id=qid,
        text=text or f"Is control {qid} defined, documented and followed for every data-sharing activity in scope?",
        guidance="What good looks like: a written procedure, an owner, and a record of its last review.",
        evidence_examples=("Procedure document", "Review minutes"),
        anchors=(Anchor(source="framework", section="IV. Core Elements", quote="Implement procedures for this."),),
        min_tier=min_tier,
        essential_from=essential_from,
        weight=weight,
        scale=scale,
        condition=Condition.model_validate(condition) if condition else None,
        why_tier="Asked at this tier because the risk calls for it.",
        recommendation=f"Write, approve and publish the procedure for {qid}, name its owner and review it yearly.",
        principles=("P1",),
    )


def element(eid: str, title: str, questions: list[Question], order: int = 1) -> CoreElement:
    return CoreElement(
        id=eid,
        order=order,
        title=title,
        introduction=f"What {title.lower()} asks of an institution that shares data.",
        framework_text=FrameworkText(
            section=f"IV. Core Elements of Responsible Data Sharing — {title}",
            points=(
                f"The Framework's first point on {title.lower()}, quoted as written.",
                "A second point, quoted as written, which continues the first.",
            ),
        ),
        principles=("P1", "P4"),
        questions=tuple(questions),
    )


def pack_with(elements: list[CoreElement], *, extra_scales: bool = True) -> FormPack:
    """A pack with the triage, tiers and scales of form pack 1.0.0 (the scoring tests are written against its
    targets), and these elements."""
    base = find_pack("ga4gh-framework", version="1.0.0")
    assert base is not None
    scales = (*base.scales, YES_NO) if extra_scales else base.scales
    digest = hashlib.sha256(repr([e.model_dump() for e in elements]).encode()).hexdigest()
    return base.model_copy(update={"elements": tuple(elements), "scales": scales, "hash": digest})


def make_pack(per_element: int = 6, *, elements: int = 10) -> FormPack:
    """Ten Core Elements with questions at every tier, some essential, one weighted, one follow-up each."""
    built = []
    for n, (eid, title) in enumerate(ELEMENTS[:elements] if elements <= 10 else _many(elements), start=1):
        qs = []
        for i in range(1, per_element + 1):
            qid = f"{eid}-{i:02d}"
            min_tier = (Tier.LOW, Tier.LOW, Tier.MODERATE, Tier.MODERATE, Tier.HIGH)[(i - 1) % 5]
            essential = Tier.MODERATE if i == 1 else (Tier.HIGH if i % 4 == 2 else None)
            condition = {"question": f"{eid}-01", "at_least": 1} if i == per_element and i > 1 else None
            qs.append(
                question(
                    qid,
                    min_tier=min_tier,
                    essential_from=essential,
                    weight=2.0 if i == 3 else 1.0,
                    condition=condition,
                )
            )
        built.append(element(eid, title, qs, order=n))
    return pack_with(built)


def _many(count: int) -> list[tuple[str, str]]:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return [(letters[i // 26] + letters[i % 26] + "X", f"Element {i + 1}") for i in range(count)]


def blank(pack: FormPack, tier: Tier = Tier.HIGH) -> Assessment:
    a = Assessment(form_pack=FormPackRef(id=pack.id, version=pack.version, hash=pack.hash or "0" * 64))
    a.created = a.modified = "2025-03-01T09:00:00Z"
    a.id = "00000000-0000-4000-8000-000000000001"
    a.triage = dict(PROFILES[tier])
    assert compute_tier(pack, a.triage).tier is tier
    return a


def fill(pack: FormPack, tier: Tier = Tier.HIGH, *, actions: bool = True) -> Assessment:
    """Every question in scope answered: varied levels, some N/A, notes, evidence, flags; the action plan synced."""
    a = blank(pack, tier)
    a.title = "Annual self-assessment 2025"
    a.institution = Institution(name="Hôpital Saint-Éloi", unit="Genomics Unit, Łódź branch", country="France")
    a.scope = Scope(
        description="All sharing of genomic and clinical data by the Genomics Unit with research partners.",
        activities=["Rare-disease diagnostics data shared with the national registry", "Biobank access committee"],
        datasets=["Exome sequences (n = 4 200)", "Clinical records of the rare-disease cohort"],
        period_start="2024-01-01",
        period_end="2024-12-31",
    )
    a.assessors = [Person(name="Anna Müller", role="Data protection officer", organisation="Hôpital Saint-Éloi")]
    a.signatory = Person(name="Anna Müller", role="Data protection officer", organisation="Hôpital Saint-Éloi")
    # Answer the parents first so follow-ups open; keep answering until the scope stops growing.
    for _ in range(3):
        for i, q in enumerate(pack.questions()):
            if q.id in a.answers:
                continue
            if not q.in_scope_at(tier):
                continue
            level = (4, 3, 2, 4, 1, 3, 0, 4)[i % 8]
            top = pack.scale_for(q).max_value
            ans = Answer(level=min(level, top))
            if i % 11 == 5:
                ans = Answer(na=True, na_justification="No data of this kind are shared by the unit.")
            if i % 3 == 0:
                ans.notes = f"Reviewed by the committee on 12 March; minutes kept by the secretariat ({q.id})."
            if i % 4 == 1:
                digest = hashlib.sha256(q.id.encode()).hexdigest()
                ans.evidence = [Evidence(name=f"procedure-{q.id.lower()}.pdf", sha256=digest, size=48_213 + i)]
            if i % 9 == 4:
                ans.flagged = True
            a.answers[q.id] = ans
    if actions:
        sync_actions(pack, a, score(pack, a))
        for n, action in enumerate(a.actions):
            if n % 2 == 0:
                action.owner = "Anna Müller"
                action.due = f"2025-{(n % 9) + 3:02d}-30"
            if n % 5 == 1:
                action.status = ActionStatus.IN_PROGRESS
    return a
