"""Moving an assessment to a newer version of its form pack, and saying what that changed.

Answers are carried forward (through the new pack's ``retired_questions`` id map; several old questions
merged into one keep the lower answer and every note, see ``core/carry_forward.py``); every triage factor
whose levels changed meaning is set back to unanswered, so the tier stays provisional until the officer
confirms it; nothing else is touched. The original assessment is left as it was: the caller decides
whether to save the upgraded copy.
"""

from __future__ import annotations

from dataclasses import dataclass

from assessor.core.assessment import Assessment, FormPackRef, now_iso
from assessor.core.carry_forward import carry_retired_answers
from assessor.core.forms.models import FormPack, Question
from assessor.core.tiers import TIERS_IN_ORDER, Tier


class UpgradeError(ValueError):
    """The assessment cannot be moved to that pack (another pack, or not a newer version)."""


@dataclass(frozen=True)
class TargetChange:
    tier: Tier
    before: int
    after: int
    before_essential: int | None = None  # the target of essential questions at this tier, when it differs
    after_essential: int | None = None

    @property
    def before_text(self) -> str:
        return _target_text(self.before, self.before_essential)

    @property
    def after_text(self) -> str:
        return _target_text(self.after, self.after_essential)


@dataclass(frozen=True)
class Changes:
    """What moving an assessment from one pack version to another changed."""

    from_version: str
    to_version: str
    factors_reset: tuple[tuple[str, int], ...]  # (factor id, the level it had), now unanswered
    factors_removed: tuple[str, ...]  # factors the new pack does not have (their levels are dropped)
    questions_new: tuple[str, ...]
    questions_changed: tuple[str, ...]  # same id, but the text, scale, tier, condition or weight differ
    questions_retired: tuple[str, ...]  # no longer asked, by no other question; answers stay in the file, uncounted
    answers_moved: tuple[tuple[str, str], ...]  # (old id, new id): renamed questions whose answers moved
    targets: tuple[TargetChange, ...]
    questions_merged: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (new id, the old ids it now asks)

    def lines(self, new_pack: FormPack) -> list[str]:
        """The changes in plain English, one a line (the app words them itself, in the user's language)."""
        out = [f"form pack {new_pack.id}: {self.from_version} -> {self.to_version}"]
        if self.factors_reset:
            out.append(
                "risk factors set back to unanswered (their levels changed meaning; answer them again): "
                + ", ".join(f"{fid} {new_pack.factor(fid).title} (was {level})" for fid, level in self.factors_reset)
            )
        for label, ids in (
            ("risk factors removed", self.factors_removed),
            ("new questions", self.questions_new),
            ("changed questions", self.questions_changed),
            ("retired questions (answers kept, no longer counted)", self.questions_retired),
        ):
            if ids:
                out.append(f"{label}: {', '.join(ids)}")
        for new, olds in self.questions_merged:
            out.append(f"merged into {new} (the lower answer kept, every note): {', '.join(olds)}")
        if self.answers_moved:
            out.append("answers moved to renamed questions: " + ", ".join(f"{a} -> {b}" for a, b in self.answers_moved))
        for t in self.targets:
            out.append(f"target at {new_pack.tier_spec(t.tier).title}: {t.before_text} -> {t.after_text}")
        return out


def _target_text(target: int, essential: int | None) -> str:
    return f"{target}" + (f" (essential questions {essential})" if essential is not None else "")


def changed_factors(old: FormPack, new: FormPack) -> set[str]:
    """Factors whose levels mean something else in ``new``: listed by the new pack for ``old``'s version, or
    else every factor whose level labels or descriptions differ."""
    listed = new.triage.factors_changed_since.get(old.version)
    if listed is not None:
        return set(listed)
    out = set()
    for factor in new.triage.factors:
        try:
            before = old.factor(factor.id)
        except KeyError:
            continue
        if [(lvl.label, lvl.description) for lvl in before.levels] != [
            (lvl.label, lvl.description) for lvl in factor.levels
        ]:
            out.add(factor.id)
    return out


def _same_question(a: Question, b: Question) -> bool:
    return a.model_dump() == b.model_dump()


def upgrade(assessment: Assessment, old_pack: FormPack, new_pack: FormPack) -> tuple[Assessment, Changes]:
    """A copy of ``assessment`` moved from ``old_pack`` to ``new_pack``, and the list of what changed."""
    from assessor.resources import version_key

    if old_pack.id != new_pack.id:
        raise UpgradeError(f"form pack {new_pack.id} is not a version of {old_pack.id}")
    if version_key(new_pack.version) <= version_key(old_pack.version):
        raise UpgradeError(f"form pack {old_pack.id} {old_pack.version} is already the newest installed version")
    moved = assessment.model_copy(deep=True)
    moved.form_pack = FormPackRef(id=new_pack.id, version=new_pack.version, hash=new_pack.hash)
    moved.modified = now_iso()

    reset_ids = changed_factors(old_pack, new_pack)
    known = {f.id for f in new_pack.triage.factors}
    factors_reset = tuple(
        (fid, level) for fid, level in sorted(assessment.triage.items(), key=_fkey) if fid in reset_ids
    )
    factors_removed = tuple(sorted((fid for fid in assessment.triage if fid not in known), key=_fkey))
    moved.triage = {fid: lvl for fid, lvl in assessment.triage.items() if fid in known and fid not in reset_ids}

    renamed = {old: new for old, new in new_pack.retired_questions.items() if new is not None}
    moved_ids = set(carry_retired_answers(new_pack, moved))
    old_questions = {q.id: q for q in old_pack.questions()}
    new_questions = {q.id: q for q in new_pack.questions()}
    asked_by: dict[str, list[str]] = {}  # new id -> the old questions it now asks
    for qid in old_questions:
        if (target := renamed.get(qid, qid)) in new_questions:
            asked_by.setdefault(target, []).append(qid)
    merged = {new: tuple(sorted(olds, key=lambda q: q != new)) for new, olds in asked_by.items() if len(olds) > 1}
    questions_new = tuple(qid for qid in new_questions if qid not in asked_by)
    questions_changed = tuple(
        qid
        for qid, q in new_questions.items()
        if qid in old_questions and qid not in merged and not _same_question(old_questions[qid], q)
    )
    questions_retired = tuple(qid for qid in old_questions if renamed.get(qid, qid) not in new_questions)

    targets = []
    for tier in TIERS_IN_ORDER:
        before, after = old_pack.tier_spec(tier), new_pack.tier_spec(tier)
        if (before.target, before.essential_target) != (after.target, after.essential_target):
            targets.append(
                TargetChange(tier, before.target, after.target, before.essential_target, after.essential_target)
            )
    changes = Changes(
        from_version=old_pack.version,
        to_version=new_pack.version,
        factors_reset=factors_reset,
        factors_removed=factors_removed,
        questions_new=questions_new,
        questions_changed=questions_changed,
        questions_retired=questions_retired,
        answers_moved=tuple((old, renamed[old]) for old in renamed if old in moved_ids and renamed[old] not in merged),
        targets=tuple(targets),
        questions_merged=tuple(merged.items()),
    )
    return moved, changes


def _fkey(item: str | tuple[str, int]) -> int:
    fid = item if isinstance(item, str) else item[0]
    return int(fid[1:]) if fid[1:].isdigit() else 0
