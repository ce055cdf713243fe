"""Checks of an assessment against its form pack, beyond the file's own schema."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assessor.core.assessment import Assessment
from assessor.core.carry_forward import carry_retired_answers
from assessor.core.forms.installed import find_pack, installed_versions, newer_version_of
from assessor.core.forms.models import FormPack

__all__ = [
    "PackMatch",
    "UnknownFormPack",
    "carry_retired_answers",
    "detail_problems",
    "looks_like_email",
    "pack_for",
    "period_problem",
    "problems",
]

EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")  # name@host.domain: no spaces, one @, a dotted domain


@dataclass(frozen=True)
class PackMatch:
    pack: FormPack
    same_revision: bool  # False when the pack's content hash differs from the one recorded
    newer_version: str | None = None  # a newer installed version of the pack, which the file can be upgraded to


class UnknownFormPack(LookupError):
    pass


def pack_for(assessment: Assessment, language: str = "en") -> PackMatch:
    """The pack for this assessment: the very version it was answered against, never a newer one."""
    ref = assessment.form_pack
    pack = find_pack(ref.id, language, ref.version)
    if pack is None:
        versions = installed_versions(ref.id)
        have = f" (installed: {', '.join(versions)})" if versions else ""
        raise UnknownFormPack(
            f"was answered against form pack '{ref.id}' {ref.version}, which is not installed{have}; "
            "install that pack or open the file with the assessor version that made it"
        )
    return PackMatch(pack, pack.hash == ref.hash, newer_version_of(pack))


def looks_like_email(value: str) -> bool:
    """Empty (not given) or shaped like an e-mail address; whether it reaches anyone is not ours to know."""
    return not value or bool(EMAIL.fullmatch(value))


def period_problem(start: str, end: str) -> str:
    """Why a period from ``start`` to ``end`` (YYYY-MM-DD, either may be empty) cannot be; "" when it can."""
    if start and end and end < start:  # ISO dates compare as text
        return f"the period ends ({end}) before it starts ({start}); give an end on or after the start"
    return ""


def detail_problems(assessment: Assessment) -> list[str]:
    """The institution page's details that cannot be right: a period ending before it starts, a malformed e-mail."""
    out: list[str] = []
    period = period_problem(assessment.scope.period_start, assessment.scope.period_end)
    if period:
        out.append(f"scope.period_end: {period}")
    people = [(f"assessors.{i}", p) for i, p in enumerate(assessment.assessors)] + [("signatory", assessment.signatory)]
    for where, person in people:
        if not looks_like_email(person.email):
            out.append(
                f"{where}.email: {person.email[:80]!r} is not an e-mail address; write it as name@example.org "
                "or leave it empty"
            )
    return out


def problems(pack: FormPack, assessment: Assessment) -> list[str]:
    """Answers and factors that do not fit the pack; empty when all is well. (`detail_problems` checks the rest.)"""
    out: list[str] = []
    factors = {f.id for f in pack.triage.factors}
    for fid, level in sorted(assessment.triage.items()):
        if fid not in factors:
            out.append(f"triage.{fid}: unknown risk factor")
        elif level not in (0, 1, 2):
            out.append(f"triage.{fid}: level {level} is not 0, 1 or 2")
    questions = {q.id: q for q in pack.questions()}
    for qid, answer in sorted(assessment.answers.items()):
        if qid in pack.retired_questions:
            continue  # kept as given; carry_retired_answers moves it when the file is opened for editing
        if qid not in questions:
            out.append(f"answers.{qid}: no such question in form pack {pack.id} {pack.version}")
            continue
        scale = pack.scale_for(questions[qid])
        if answer.level is not None and answer.level not in {lvl.value for lvl in scale.levels}:
            out.append(f"answers.{qid}: level {answer.level} is not on the scale '{scale.id}'")
        if answer.na and not scale.allow_na:
            out.append(f"answers.{qid}: N/A is not allowed for this question")
    return out
