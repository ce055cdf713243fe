"""Changes since the previous assessment."""

from __future__ import annotations

from assessor.core.assessment import Assessment, fingerprint, short_fingerprint
from assessor.core.forms.models import FormPack
from assessor.core.scoring import QuestionResult, Scorecard, score
from assessor.core.triage import TriageInputError
from assessor.report.catalog import Catalog
from assessor.report.model_context import Context
from assessor.report.model_types import ChangeRow, Changes, Fact


class ChangesPart(Context):
    def changes(self) -> Changes | None:
        if not self.has_changes:
            return None
        t, pack, card = self.t, self.pack, self.card
        facts: list[Fact] = []
        elements: list[ChangeRow] = []
        before: dict[str, str] = {}
        before_levels: dict[str, int | None] = {}
        if self.previous is not None:
            prev = self.previous
            pfp = fingerprint(prev)
            basis = t("changes.basis_file", short=short_fingerprint(pfp), date=t.iso_date(prev.modified))
            try:
                pcard: Scorecard | None = score(_pack_answered(prev, pack), prev)  # its tier under its own rule
            except (TriageInputError, KeyError):
                pcard = None
            if pcard is not None:
                facts.append(
                    Fact(
                        t("changes.tier"),
                        f"{pack.tier_spec(pcard.tier).title} → {self.tier_title}",
                    )
                )
                facts.append(
                    Fact(
                        t("changes.overall"),
                        f"{t.percent(pcard.overall)} → {t.percent(card.overall)}{_delta(pcard.overall, card.overall)}",
                    )
                )
                for old, new in zip(pcard.elements, card.elements, strict=True):
                    elements.append(
                        ChangeRow(
                            key=new.element_id,
                            text=new.title,
                            before=t.percent(old.percent),
                            after=t.percent(new.percent),
                            change=_delta(old.percent, new.percent).strip(" ()") or t("changes.same"),
                        )
                    )
                for qid, r in pcard.questions.items():
                    before[qid] = _state(r, t)
                    before_levels[qid] = r.level
        else:
            assert self.a.previous is not None
            p = self.a.previous
            basis = t(
                "changes.basis_report",
                report_id=p.report_id or t("not_given"),
                date=t.iso_date(p.date) if p.date else t("not_given"),
                short=short_fingerprint(p.fingerprint) if p.fingerprint else t("not_given"),
            )
            if p.tier is not None:
                facts.append(Fact(t("changes.tier"), f"{pack.tier_spec(p.tier).title} → {self.tier_title}"))
            for qid, level in p.answers.items():
                before[qid] = str(level) if level is not None else t("q.na") + " / " + t("q.unanswered").lower()
                before_levels[qid] = level
        rows: list[ChangeRow] = []
        unchanged = 0
        now = {qid: _state(r, t) for qid, r in card.questions.items()}
        for q in pack.questions():
            old_s, new_s = before.get(q.id), now.get(q.id)
            if old_s is None and new_s is None:
                continue
            if old_s == new_s:
                unchanged += 1
                continue
            if old_s is None:
                change = t("changes.new")
            elif new_s is None:
                change = t("changes.dropped")
            else:
                old_l, new_l = before_levels.get(q.id), card.questions[q.id].level
                if old_l is not None and new_l is not None and old_l != new_l:
                    word = t("changes.better") if new_l > old_l else t("changes.worse")
                    change = f"{word} ({new_l - old_l:+d})".replace("-", "−")
                else:
                    change = t("changes.changed")
            rows.append(
                ChangeRow(
                    key=q.id,
                    text=q.text,
                    before=old_s or t("changes.not_asked"),
                    after=new_s or t("changes.not_asked"),
                    change=change,
                )
            )
        return Changes(
            number=self.numbers["changes"],
            title=t("changes.title"),
            basis=t("changes.basis", what=basis),
            facts=tuple(facts),
            elements_title=t("changes.elements"),
            element_columns=(
                t("changes.col_element"),
                t("changes.col_before"),
                t("changes.col_after"),
                t("changes.col_change"),
            ),
            elements=tuple(elements),
            answers_title=t("changes.answers"),
            answer_columns=(
                t("changes.col_question"),
                t("changes.col_before"),
                t("changes.col_after"),
                t("changes.col_change"),
            ),
            answers=tuple(rows),
            no_answers=t("changes.no_answers"),
            unchanged=t("changes.unchanged", count=unchanged),
        )


def _delta(old: float | None, new: float | None) -> str:
    if old is None or new is None:
        return ""
    d = round(new - old, 1)
    if d == 0:
        return ""
    return f" ({d:+.1f})".replace("-", "−")


def _state(r: QuestionResult, t: Catalog) -> str:
    if r.na:
        return t("q.na")
    if r.level is None:
        return t("q.unanswered")
    return str(r.level)


def _pack_answered(assessment: Assessment, current: FormPack) -> FormPack:
    """The form pack version ``assessment`` was answered against, when installed; else ``current``."""
    ref = assessment.form_pack
    if (ref.id, ref.version) == (current.id, current.version):
        return current
    from assessor.core.validation import UnknownFormPack, pack_for

    try:
        return pack_for(assessment, current.language).pack
    except UnknownFormPack:
        return current
