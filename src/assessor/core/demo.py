"""Realistic, complete example assessments of three fictional institutions, one per tier.

- Low: a small regional hospital that shares aggregate figures with a national registry.
- Moderate: a research institute that gives coded data to approved outside researchers.
- High: a national genomics programme with genome sequences of children and adults, foreign
  and commercial partners, and return of findings.

Everything is deterministic: the same tier gives the same assessment, byte for byte, so tests,
benchmarks and screenshots can rely on it. The names are invented.
"""

from __future__ import annotations

import hashlib
import random
import re
import uuid
from dataclasses import dataclass

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
from assessor.core.forms.installed import load_default_pack
from assessor.core.forms.models import FormPack, Question
from assessor.core.scoring import questions_in_scope, sync_actions
from assessor.core.tiers import Tier


@dataclass(frozen=True)
class Profile:
    institution: Institution
    title: str
    description: str
    activities: tuple[str, ...]
    datasets: tuple[str, ...]
    period: tuple[str, str]
    assessors: tuple[Person, ...]
    signatory: Person
    triage: dict[str, int]
    levels: tuple[int, ...]  # the pool answers are drawn from: the institution's maturity
    committee: str
    share: str
    folder: str  # where the evidence files live, as the institution writes it
    owners: tuple[str, ...]


PROFILES: dict[Tier, Profile] = {
    Tier.LOW: Profile(
        institution=Institution(name="Vale Community Hospital", unit="Clinical Audit Office", country="United Kingdom"),
        title="Annual data-sharing self-assessment 2026",
        description=(
            "Quarterly aggregate activity and outcome figures sent to the national cardiac and stroke audits, "
            "and yearly anonymised counts for the regional cancer registry."
        ),
        activities=(
            "Aggregate submissions to national clinical audits",
            "Anonymised counts to the regional cancer registry",
        ),
        datasets=("Cardiac audit extract (aggregate)", "Stroke audit extract (aggregate)", "Cancer registry counts"),
        period=("2025-10-01", "2026-09-30"),
        assessors=(
            Person(name="Eleanor Pryce", role="Information Governance Lead", organisation="Vale Community Hospital"),
            Person(name="Tomasz Wójcik", role="Clinical Audit Manager", organisation="Vale Community Hospital"),
        ),
        signatory=Person(
            name="Eleanor Pryce",
            role="Information Governance Lead",
            organisation="Vale Community Hospital",
            email="e.pryce@vale-hospital.example",
        ),
        triage={
            "F1": 0,
            "F2": 1,
            "F3": 0,
            "F4": 1,
            "F5": 0,
            "F6": 0,
            "F7": 0,
            "F8": 1,
            "F9": 0,
            "F10": 1,
            "F11": 0,
            "F12": 0,
        },
        levels=(1, 2, 2, 2, 3, 3, 3, 3, 4),
        committee="Information Governance Group",
        share="shared drive G:\\Governance",
        folder="G:\\Governance\\Data sharing",
        owners=("Eleanor Pryce", "Tomasz Wójcik", "Caldicott Guardian"),
    ),
    Tier.MODERATE: Profile(
        institution=Institution(
            name="Institut de recherche Saint-Éloi", unit="Plateforme de données cliniques", country="France"
        ),
        title="Auto-évaluation du partage de données 2026",
        description=(
            "Coded clinical and targeted sequencing data from the institute's cardiology cohort, released to "
            "approved academic and consortium researchers through a data access committee and a secure "
            "analysis environment."
        ),
        activities=(
            "Controlled access to the cardiology cohort for external academic researchers",
            "Participation in a European mixed-sector cardiomyopathy consortium",
        ),
        datasets=(
            "CARDIO-SE cohort, coded clinical data (4 200 participants)",
            "Targeted cardiomyopathy panel results",
        ),
        period=("2025-09-01", "2026-08-31"),
        assessors=(
            Person(
                name="Hélène Marchetti", role="Data Protection Officer", organisation="Institut de recherche Saint-Éloi"
            ),
            Person(name="Jonas Müller", role="Data Steward", organisation="Institut de recherche Saint-Éloi"),
        ),
        signatory=Person(
            name="Hélène Marchetti",
            role="Data Protection Officer",
            organisation="Institut de recherche Saint-Éloi",
            email="dpo@ir-saint-eloi.example",
        ),
        triage={
            "F1": 1,
            "F2": 1,
            "F3": 0,
            "F4": 1,
            "F5": 1,
            "F6": 1,
            "F7": 1,
            "F8": 1,
            "F9": 1,
            "F10": 1,
            "F11": 0,
            "F12": 0,
        },
        levels=(0, 1, 2, 2, 3, 3, 3, 3, 4, 4),
        committee="Data Access Committee",
        share="the governance workspace on the institute intranet",
        folder="\\\\srv-docs\\gouvernance\\partage-donnees",
        owners=("Hélène Marchetti", "Jonas Müller", "Dr Amina Diallo (DAC chair)", "IT Security Officer"),
    ),
    Tier.HIGH: Profile(
        institution=Institution(
            name="National Genomic Medicine Programme", unit="Data Governance Office", country="Poland"
        ),
        title="Programme self-assessment for the National Ethics Board, 2026",
        description=(
            "Whole-genome sequences and linked clinical records of patients with rare diseases and cancer, "
            "including children, held in a national trusted research environment and shared with approved "
            "researchers in Europe and with two industry partners; clinically actionable findings are returned "
            "through the patients' clinicians."
        ),
        activities=(
            "Trusted research environment access for approved researchers",
            "Federated analysis with European rare-disease networks",
            "Industry partnership for drug-target discovery",
            "Return of clinically actionable findings",
        ),
        datasets=(
            "Rare-disease WGS cohort (38 000 genomes, 41 % children)",
            "Cancer WGS cohort (12 500 tumour–normal pairs)",
            "Linked hospital and national registry records",
        ),
        period=("2025-07-01", "2026-06-30"),
        assessors=(
            Person(name="Dr Katarzyna Nowak", role="Head of Data Governance", organisation="NGMP, Łódź"),
            Person(name="Piotr Zieliński", role="Chief Information Security Officer", organisation="NGMP, Łódź"),
            Person(name="Dr Sarah Okafor", role="Ethics and Engagement Lead", organisation="NGMP, Łódź"),
        ),
        signatory=Person(
            name="Dr Katarzyna Nowak",
            role="Head of Data Governance",
            organisation="National Genomic Medicine Programme",
            email="k.nowak@ngmp.example",
        ),
        triage={
            "F1": 2,
            "F2": 2,
            "F3": 2,
            "F4": 1,
            "F5": 2,
            "F6": 1,
            "F7": 1,
            "F8": 2,
            "F9": 2,
            "F10": 2,
            "F11": 1,
            "F12": 0,  # triage v2: the community's expectations are known and addressed (engagement lead)
        },
        levels=(1, 2, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4),
        committee="Access and Ethics Committee",
        share="the programme's document management system",
        folder="DMS/Governance/Data sharing",
        owners=("Dr Katarzyna Nowak", "Piotr Zieliński", "Dr Sarah Okafor", "Legal Counsel", "Bioinformatics Lead"),
    ),
}

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower())[:48].strip("-") or "document"


def _doc(q: Question) -> str:
    return q.evidence_examples[0] if q.evidence_examples else "the relevant procedure"


def _month_in(period: tuple[str, str], rng: random.Random) -> str:
    """A month inside the assessment period, as words ("March 2026")."""
    start = int(period[0][:4]) * 12 + int(period[0][5:7]) - 1
    end = int(period[1][:4]) * 12 + int(period[1][5:7]) - 1
    month = rng.randint(start, end)
    return f"{MONTHS[month % 12]} {month // 12}"


def _note(q: Question, level: int, p: Profile, rng: random.Random) -> str:
    doc = _doc(q)
    month = _month_in(p.period, rng)
    owner = rng.choice(p.owners)
    notes = {
        4: f"{doc} in place; last reviewed by the {p.committee} in {month}, minutes on {p.share}.",
        3: f"Covered by {doc}, which staff follow. Adopted in {month}; the first formal review is not yet due.",
        2: f"Done in practice by {owner}, but not written down for all activities in scope.",
        1: f"Planned: {owner} is drafting it ({doc}); a first version is expected within six months.",
        0: f"Not in place. Discussed at the {p.committee}; no owner yet.",
    }
    return notes[level]


def _evidence(q: Question, p: Profile, rng: random.Random) -> list[Evidence]:
    doc = _doc(q)
    name = f"{_slug(doc)}.pdf"
    digest = hashlib.sha256(f"{p.institution.name}/{q.id}/{name}".encode()).hexdigest()
    return [
        Evidence(
            name=name,
            description=doc,
            sha256=digest,
            size=rng.randint(40_000, 2_400_000),
            location=f"{p.folder}{'/' if '/' in p.folder else chr(92)}{q.id}",
        )
    ]


def _answer(q: Question, p: Profile, rng: random.Random, start: str) -> Answer:
    by = rng.choice(p.assessors).name
    when = (
        f"{start[:4]}-{rng.randint(int(start[5:7]), 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(8, 17):02d}:00:00Z"
    )
    if q.condition is None and rng.random() < 0.04:
        return Answer(
            na=True,
            na_justification=f"No activity in scope of this question during the assessment period ({p.period[0]} to "
            f"{p.period[1]}); to be reassessed if that changes.",
            answered_by=by,
            answered_at=when,
        )
    level = rng.choice(p.levels)
    return Answer(
        level=level,
        notes=_note(q, level, p, rng),
        evidence=_evidence(q, p, rng) if level >= 3 else [],
        flagged=rng.random() < 0.06,
        answered_by=by,
        answered_at=when,
    )


def make_demo(tier: Tier = Tier.HIGH, pack: FormPack | None = None) -> Assessment:
    """A complete assessment of the fictional institution for ``tier``, answered at that tier."""
    pack = pack or load_default_pack()
    p = PROFILES[tier]
    rng = random.Random(f"assessor-demo-{tier.value}")
    a = Assessment(
        id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"assessor-demo-{tier.value}")),
        title=p.title,
        created=f"{p.period[1]}T09:00:00Z",
        modified=f"{p.period[1]}T17:30:00Z",
        form_pack=FormPackRef(id=pack.id, version=pack.version, hash=pack.hash),
        institution=p.institution.model_copy(),
        scope=Scope(
            description=p.description,
            activities=list(p.activities),
            datasets=list(p.datasets),
            period_start=p.period[0],
            period_end=p.period[1],
        ),
        assessors=[person.model_copy() for person in p.assessors],
        triage=dict(p.triage),
        signatory=p.signatory.model_copy(),
    )
    answered: set[str] = set()
    while True:  # follow-ups appear as answers are given: answer until nothing new is in scope
        new = [q for q in questions_in_scope(pack, a, tier) if q.id not in answered]
        if not new:
            break
        for q in new:
            a.answers[q.id] = _answer(q, p, rng, p.period[0])
            answered.add(q.id)
    sync_actions(pack, a)
    statuses = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.IN_PROGRESS, ActionStatus.DONE)
    for i, action in enumerate(a.actions):
        if i % 4 != 3:
            action.owner = rng.choice(p.owners)
            year = int(p.period[1][:4]) + 1
            action.due = f"{year}-{rng.randint(1, 12):02d}-{rng.choice((15, 28)):02d}"
            action.status = statuses[i % len(statuses)]
    return a
