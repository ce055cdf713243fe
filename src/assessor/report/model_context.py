"""What every part of the report model reads: the pack, the assessment, its scorecard and verdict, the
catalogue, and the small wordings they share."""

from __future__ import annotations

import datetime as dt

from assessor.core.assessment import Assessment, fingerprint, report_id
from assessor.core.forms.models import FormPack, Question
from assessor.core.scoring import QuestionResult, Scorecard, sync_actions, triage_of
from assessor.core.verdict import OverallVerdict, verdict_of
from assessor.report import verdict_view as vv
from assessor.report.catalog import Catalog


class Context:
    """The inputs of one report and the wordings every part shares."""

    def __init__(
        self,
        pack: FormPack,
        assessment: Assessment,
        card: Scorecard,
        date: dt.date,
        previous: Assessment | None,
        language: str,
        summary_only: bool = False,
    ) -> None:
        self.pack = pack
        self.a = assessment
        self.card = card
        self.verdict: OverallVerdict = verdict_of(card)
        self.date = date
        self.previous = previous
        self.summary_only = summary_only  # the board pack: no reference to a section it does not print
        self.t = Catalog(language)
        self.fp = fingerprint(assessment)
        self.rid = report_id(self.fp, date.isoformat())
        self.tier_title = pack.tier_spec(card.tier).title
        self.triage_words = self.t.triage_words()
        # the tier's reasons with the code's phrases in the report's language (the pack's come translated)
        self.tier_reasons = triage_of(pack, assessment, self.triage_words).reasons
        # the tier where the report states it (cover, summary, risk profile): marked while it is provisional
        self.tier_stated = self.tier_title
        if card.triage.provisional:
            unanswered = ", ".join(card.triage.unanswered)
            self.tier_stated = self.t("tier.provisional", tier=self.tier_title, factors=unanswered)
        self.institution = assessment.institution.name.strip() or self.t("unnamed_institution")
        # The printed plan: the user's actions plus one for every gap still without one. The assessment
        # itself is not changed (its fingerprint is what the report certifies).
        planned = assessment.model_copy(deep=True)
        sync_actions(pack, planned, card)
        self.actions = planned.actions
        self.actions_by_question = {a.question_id: a for a in self.actions if a.question_id}
        has_changes = previous is not None or bool(assessment.previous and assessment.previous.answers)
        n = 3 + len(pack.elements)
        self.numbers = {"summary": 1, "profile": 2, "actions": n, "evidence": n + 1}
        self.numbers["changes"] = n + 2 if has_changes else 0
        self.numbers["method"] = n + 3 if has_changes else n + 2
        self.has_changes = has_changes
        self.questions = {q.id: q for q in pack.questions()}
        self.element_titles = {q.id: e.title for e in pack.elements for q in e.questions}

    # -- small helpers ----------------------------------------------------------------------------------

    def target_percent(self) -> float:
        top = next(s for s in self.pack.scales if s.id == self.pack.default_scale).max_value
        return vv.target_percent(self.card, top)

    def headline(self) -> str:
        return vv.verdict_words(self.t, self.verdict.verdict, self.tier_title)

    def level_text(self, q: Question, level: int) -> str:
        return self.t("q.answer_value", level=level, label=self.pack.scale_for(q).label_of(level))

    def answer_text(self, q: Question, r: QuestionResult) -> str:
        if r.na:
            return self.t("q.na")
        if r.level is None:
            return self.t("q.unanswered")
        return self.level_text(q, r.level)

    def priority(self, key: str) -> str:
        return self.t(f"priority.{key}")

    def period(self) -> str:
        s = self.a.scope
        start = self.t.iso_date(s.period_start) if s.period_start else ""
        end = self.t.iso_date(s.period_end) if s.period_end else ""
        if start and end:
            return self.t("period", start=start, end=end)
        if start:
            return self.t("period_from", start=start)
        if end:
            return self.t("period_until", end=end)
        return self.t("not_given")

    def or_not_given(self, text: str) -> str:
        return text.strip() or self.t("not_given")

    def person(self, name: str, role: str, organisation: str) -> str:
        return ", ".join(part for part in (name.strip(), role.strip(), organisation.strip()) if part)

    # -- sections --------------------------------------------------------------------------------------

    def level_text_default(self, level: int) -> str:
        scale = next(s for s in self.pack.scales if s.id == self.pack.default_scale)
        return scale.label_of(level)


def clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def nbsp(text: str) -> str:
    """Keep a number and its per cent sign on one line."""
    return text.replace(" %", "\u00a0%")
