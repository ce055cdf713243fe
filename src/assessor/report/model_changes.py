"""Changes since the previous assessment."""

from __future__ import annotations

from dataclasses import dataclass

from assessor.core.assessment import Assessment, fingerprint, short_fingerprint
from assessor.core.forms.models import FormPack, Question
from assessor.core.scoring import QuestionResult, Scorecard, score
from assessor.core.triage import TriageInputError
from assessor.report.catalog import Catalog
from assessor.report.model_context import Context
from assessor.report.model_types import ChangeRow, Changes, Fact


@dataclass(frozen=True)
class _Before:
    """A question's answer in the previous assessment, as far as it is known."""

    text: str  # the answer with its label
    key: str  # what is compared: the level, N/A or unanswered ("?" when the record cannot tell)
    level: int | None
    na: bool | None  # None: not known
    gap: bool | None  # None: not known


class ChangesPart(Context):
    def changes(self) -> Changes | None:
        if not self.has_changes:
            return None
        t, pack, card = self.t, self.pack, self.card
        facts: list[Fact] = []
        elements: list[ChangeRow] = []
        before: dict[str, _Before] = {}
        if self.previous is not None:
            basis, pcard = self.previous_file(self.previous)
            if pcard is not None:
                facts.append(Fact(t("changes.tier"), f"{pack.tier_spec(pcard.tier).title} → {self.tier_title}"))
                overall = f"{t.percent(pcard.overall)} → {t.percent(card.overall)}"
                facts.append(Fact(t("changes.overall"), overall + _delta(pcard.overall, card.overall, t)))
                for was, now in zip(pcard.elements, card.elements, strict=True):
                    elements.append(
                        ChangeRow(
                            key=now.element_id,
                            text=now.title,
                            before=t.percent(was.percent),
                            after=t.percent(now.percent),
                            change=_delta(was.percent, now.percent, t).strip(" ()") or t("changes.same"),
                        )
                    )
                for qid, pr in pcard.questions.items():
                    q = self.questions.get(qid)
                    text = self.answer_text(q, pr) if q is not None else _state(pr, t)
                    before[qid] = _Before(text, _state(pr, t), pr.level, pr.na, pr.gap)
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
                q, cur = self.questions.get(qid), card.questions.get(qid)
                if level is None:  # the record does not tell N/A from unanswered
                    text = t("q.na") + " / " + t("q.unanswered").lower()
                    before[qid] = _Before(text, "?", None, None, None)
                else:
                    text = self.level_text(q, level) if q is not None else str(level)
                    gap = level < cur.target if cur is not None else None
                    before[qid] = _Before(text, str(level), level, False, gap)
        rows: list[ChangeRow] = []
        unchanged = 0
        closed: list[str] = []
        opened: list[str] = []
        now_na: list[str] = []
        not_na: list[str] = []
        for q in pack.questions():
            old, r = before.get(q.id), card.questions.get(q.id)
            if old is None and r is None:
                continue
            new_key = _state(r, t) if r is not None else None
            if old is not None and r is not None and (old.key == new_key or (old.key == "?" and r.level is None)):
                unchanged += 1
                continue
            notes: list[str] = []
            if old is None:
                change = t("changes.new")
            elif r is None:
                change = t("changes.dropped")
            else:
                change = self.change_word(old, r)
                if old.na is False and r.na:
                    now_na.append(q.id)
                elif old.na and not r.na:
                    not_na.append(q.id)
                if old.gap and not r.gap and not r.na:
                    closed.append(q.id)
                    notes.append(t("changes.closes"))
                elif old.gap is False and r.gap:
                    opened.append(q.id)
                    notes.append(t("changes.opens"))
            rows.append(
                ChangeRow(
                    key=q.id,
                    text=q.text,
                    before=old.text if old is not None else t("changes.not_asked"),
                    after=self.answer_with_target(q, r) if r is not None else t("changes.not_asked"),
                    change=" · ".join([change, *notes]),
                )
            )
        none = t("changes.none")
        facts += [
            Fact(t("changes.gaps_closed"), ", ".join(closed) or none),
            Fact(t("changes.gaps_opened"), ", ".join(opened) or none),
        ]
        if now_na:
            facts.append(Fact(t("changes.now_na"), ", ".join(now_na)))
        if not_na:
            facts.append(Fact(t("changes.not_na"), ", ".join(not_na)))
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
            gaps_closed=tuple(closed),
            gaps_opened=tuple(opened),
            now_na=tuple(now_na),
            not_na=tuple(not_na),
        )

    def previous_file(self, prev: Assessment) -> tuple[str, Scorecard | None]:
        """How the previous assessment file is named (its report id when this assessment records it),
        and its scorecard under its own form pack (None when it cannot be scored)."""
        t = self.t
        pfp = fingerprint(prev)
        rec = self.a.previous
        date = t.iso_date(prev.modified)
        if rec is not None and rec.report_id and rec.fingerprint == pfp:
            basis = t("changes.basis_file_id", report_id=rec.report_id, short=short_fingerprint(pfp), date=date)
        else:
            basis = t("changes.basis_file", short=short_fingerprint(pfp), date=date)
        try:
            return basis, score(_pack_answered(prev, self.pack), prev)  # its tier under its own rule
        except (TriageInputError, KeyError):
            return basis, None

    def change_word(self, old: _Before, r: QuestionResult) -> str:
        t = self.t
        if old.na is False and r.na:
            return t("changes.became_na")
        if old.na and not r.na:
            return t("changes.left_na")
        if old.level is not None and r.level is not None and old.level != r.level:
            word = t("changes.better") if r.level > old.level else t("changes.worse")
            return f"{word} ({r.level - old.level:+d})".replace("-", "−")
        return t("changes.changed")

    def answer_with_target(self, q: Question, r: QuestionResult) -> str:
        answer = self.answer_text(q, r)
        return answer if r.na else self.t("changes.answer_target", answer=answer, target=r.target)


def _delta(old: float | None, new: float | None, t: Catalog) -> str:
    """' (+1.1)' in points, with the language's decimal mark and a true minus; empty when unchanged."""
    if old is None or new is None:
        return ""
    d = round(new - old, 1)
    if d == 0:
        return ""
    return f" ({d:+.1f})".replace("-", "−").replace(".", t("number.decimal"))


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
