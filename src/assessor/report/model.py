"""The report as plain data: every string and number the PDF and the HTML print.

`build_model` reads the form pack, the assessment, its scorecard, the report date and (optionally)
the previous assessment, and returns a `ReportModel`. The renderers only lay it out, so the PDF
and the HTML always state the same facts. Pure Python: no reportlab, no jinja2 here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from assessor import __version__
from assessor.core.assessment import (
    Action,
    Answer,
    Assessment,
    fingerprint,
    report_id,
    short_fingerprint,
)
from assessor.core.forms.models import FormPack, Question
from assessor.core.scoring import PRIORITY_ORDER, QuestionResult, Scorecard, score, sync_actions
from assessor.core.tiers import TIERS_IN_ORDER, Tier
from assessor.core.triage import TriageInputError
from assessor.core.verdict import OverallVerdict, Verdict, verdict_of
from assessor.report import attestation
from assessor.report import verdict_view as vv
from assessor.report.catalog import Catalog
from assessor.report.localize import recommendations_in
from assessor.report.verdict_view import Attention

COVER_SCOPE_CHARS = 420
REASON_CHARS = 600  # in the summary; the full justification of a raised tier is in the risk profile


@dataclass(frozen=True)
class Fact:
    label: str
    value: str


@dataclass(frozen=True)
class Meta:
    title: str
    author: str
    subject: str
    keywords: str
    creator: str
    language: str
    report_id: str
    fingerprint: str
    short_fingerprint: str
    date_iso: str
    header_left: str
    footer_fingerprint: str
    page_template: str  # "Page {page} of {pages}"
    draft_mark: str = ""  # "Draft: N questions unanswered" on every page while incomplete
    header_institution: str = ""  # the institution, as the header prints it before the section's name
    contents_title: str = "Contents"


@dataclass(frozen=True)
class Cover:
    title: str
    subtitle: str
    institution: str
    facts: tuple[Fact, ...]
    ids: tuple[Fact, ...]
    note: str
    qr_payload: str
    qr_caption: str
    assessment_title: str = ""  # the title the assessor gave the assessment, if any


@dataclass(frozen=True)
class Bar:
    title: str
    percent: float | None
    value_label: str
    fill_key: str  # the element's verdict (meets | partly-meets | does-not-meet | incomplete) or none


@dataclass(frozen=True)
class GapLine:
    question_id: str
    element: str
    text: str
    answer: str
    action: str
    owner: str
    due: str


@dataclass(frozen=True)
class Summary:
    number: int
    title: str
    overall_title: str
    verdict: str  # the headline: "Does not meet the High target"
    verdict_counts: str  # what it rests on: "14 critical gaps in 6 elements"
    verdict_key: str
    score_line: str  # the score against the tier's target
    overall_percent: float | None
    tier_line: str
    counts_title: str
    counts: tuple[Fact, ...]
    attention: Attention
    chart_title: str
    chart_caption: str
    bars: tuple[Bar, ...]
    legend: tuple[tuple[str, str], ...]  # fill key, verdict name
    target_percent: float
    target_label: str
    critical_title: str
    critical_intro: str
    critical_columns: tuple[str, ...]
    critical: tuple[GapLine, ...]
    tier_title: str
    tier_value: str
    tier_reasons: tuple[str, ...]
    signs: str = ""  # who signs the attestation


@dataclass(frozen=True)
class FactorRow:
    id: str
    title: str
    level: str
    score: str


@dataclass(frozen=True)
class Profile:
    number: int
    title: str
    scope_title: str
    scope: tuple[Fact, ...]
    activities_label: str
    activities: tuple[str, ...]
    datasets_label: str
    datasets: tuple[str, ...]
    assessors_label: str
    assessors: tuple[str, ...]
    none_listed: str
    factors_title: str
    factors_intro: str
    factor_columns: tuple[str, str, str]
    factors: tuple[FactorRow, ...]
    total: Fact
    tier: Fact
    computed_line: str
    raised_line: str
    justification: Fact | None
    reasons_title: str
    reasons: tuple[str, ...]
    tier_means_title: str
    tier_means: str
    reasons_in_summary: str = ""  # the PDF prints the reasons once, in the board summary


@dataclass(frozen=True)
class EvidenceEntry:
    name: str
    description: str
    size: str
    sha256: str
    line: str


@dataclass(frozen=True)
class QuestionEntry:
    id: str
    text: str
    status: str
    status_key: str  # gap-critical | gap | unanswered | meets | na
    essential: bool
    essential_label: str
    flagged: bool
    flag_label: str
    answer_label: str
    answer: str
    na_justification: Fact | None
    notes: Fact | None
    evidence_label: str
    evidence: tuple[EvidenceEntry, ...]
    clause_label: str
    clauses: tuple[str, ...]


@dataclass(frozen=True)
class ElementSection:
    number: int
    id: str
    title: str
    introduction: str
    framework_title: str
    framework_source: str
    framework_points: tuple[str, ...]
    score_label: str
    score_value: str  # the element's verdict
    verdict_key: str
    score_line: str  # the score against the target and the share of questions at target
    facts_line: str
    formula_label: str
    formula: str
    empty_note: str
    questions: tuple[QuestionEntry, ...]


@dataclass(frozen=True)
class ActionRow:
    id: str
    question_id: str
    recommendation: str
    note: str
    priority: str
    priority_key: str
    owner: str
    due: str
    status: str


@dataclass(frozen=True)
class ActionPlan:
    number: int
    title: str
    intro: str
    empty: str
    columns: tuple[str, ...]
    continued: str
    rows: tuple[ActionRow, ...]


@dataclass(frozen=True)
class EvidenceRow:
    question_id: str
    name: str
    description: str
    sha256: str
    size: str


@dataclass(frozen=True)
class EvidenceRegister:
    number: int
    title: str
    intro: str
    empty: str
    columns: tuple[str, ...]
    rows: tuple[EvidenceRow, ...]


@dataclass(frozen=True)
class ChangeRow:
    key: str  # question id or element title
    text: str
    before: str
    after: str
    change: str


@dataclass(frozen=True)
class Changes:
    number: int
    title: str
    basis: str
    facts: tuple[Fact, ...]
    elements_title: str
    element_columns: tuple[str, ...]
    elements: tuple[ChangeRow, ...]
    answers_title: str
    answer_columns: tuple[str, ...]
    answers: tuple[ChangeRow, ...]
    no_answers: str
    unchanged: str


@dataclass(frozen=True)
class Method:
    number: int
    title: str
    intro: str
    tiers_title: str
    tiers_intro: str
    tier_columns: tuple[str, ...]
    tiers: tuple[tuple[str, str, str], ...]
    rules_title: str
    rule_columns: tuple[str, ...]
    rules: tuple[tuple[str, str], ...]
    scale_title: str
    scale_columns: tuple[str, ...]
    scale: tuple[tuple[str, str, str], ...]
    na_rule: str
    scoring_title: str
    rules_text: tuple[str, ...]
    formulas_title: str
    formulas: tuple[Fact, ...]
    fingerprint_text: str


@dataclass(frozen=True)
class Attestation:
    title: str
    statement: str
    report_line: str
    signatory_title: str
    signatory: tuple[Fact, ...]
    signature_caption: str
    countersignature_caption: str
    board_title: str
    options: tuple[str, ...]
    conditions_line: str
    board_name: str
    board_date: str
    wet_signature: str


@dataclass(frozen=True)
class ReportModel:
    meta: Meta
    cover: Cover
    summary: Summary
    profile: Profile
    elements: tuple[ElementSection, ...]
    actions: ActionPlan
    evidence: EvidenceRegister
    changes: Changes | None
    method: Method
    attestation: Attestation


# -- building ------------------------------------------------------------------------------------------------


class _Builder:
    def __init__(
        self,
        pack: FormPack,
        assessment: Assessment,
        card: Scorecard,
        date: dt.date,
        previous: Assessment | None,
        language: str,
    ) -> None:
        self.pack = pack
        self.a = assessment
        self.card = card
        self.verdict: OverallVerdict = verdict_of(card)
        self.date = date
        self.previous = previous
        self.t = Catalog(language)
        self.fp = fingerprint(assessment)
        self.rid = report_id(self.fp, date.isoformat())
        self.tier_title = pack.tier_spec(card.tier).title
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

    def meta(self) -> Meta:
        t = self.t
        return Meta(
            title=t("doc.meta_title", report_id=self.rid, institution=self.institution),
            author=self.institution,
            subject=t("doc.subject", tier=self.tier_title, report_id=self.rid),
            keywords=attestation.keywords(self.rid, self.fp),
            creator=t("doc.creator", version=__version__),
            language=t.language,
            report_id=self.rid,
            fingerprint=self.fp,
            short_fingerprint=short_fingerprint(self.fp),
            date_iso=self.date.isoformat(),
            header_left=t("header.left", institution=_clip(self.institution, 70)),
            footer_fingerprint=t("footer.fingerprint", short=short_fingerprint(self.fp)),
            page_template=t.texts["footer.page"],
            draft_mark=vv.draft_mark(t, self.verdict),
            header_institution=_clip(self.institution, 70),
            contents_title=t("contents.title"),
        )

    def cover(self) -> Cover:
        t, a = self.t, self.a
        scope = a.scope.description.strip()
        if len(scope) > COVER_SCOPE_CHARS:
            cut = scope[:COVER_SCOPE_CHARS].rsplit(" ", 1)[0].rstrip(",;:. ")
            scope = cut + " " + t("cover.scope_more", section=self.numbers["profile"])
        assessors = "; ".join(self.person(p.name, p.role, p.organisation) for p in a.assessors if p.name.strip())
        facts = [
            Fact(t("cover.unit"), self.or_not_given(a.institution.unit)),
            Fact(t("cover.country"), self.or_not_given(a.institution.country)),
            Fact(t("cover.scope"), scope or t("not_given")),
            Fact(t("cover.period"), self.period()),
            Fact(t("cover.tier"), self.tier_stated),
            Fact(
                t("cover.result"), t("cover.verdict", verdict=self.headline(), counts=vv.counts_words(t, self.verdict))
            ),
            Fact(t("cover.score"), vv.score_words(t, self.card.overall, self.target_percent())),
            Fact(t("cover.assessors"), _clip(assessors, 300) or t("not_given")),
            Fact(t("cover.date"), t.date(self.date)),
        ]
        ids = [
            Fact(t("cover.report_id"), self.rid),
            Fact(t("cover.fingerprint"), self.fp),
            Fact(t("cover.pack"), t("cover.pack_value", id=self.pack.id, version=self.pack.version)),
            Fact(t("cover.pack_hash"), self.pack.hash or t("not_given")),
        ]
        note = ""
        if self.pack.hash and a.form_pack.hash != self.pack.hash:
            note = t("cover.pack_mismatch", hash=a.form_pack.hash)
        return Cover(
            title=t("doc.title"),
            subtitle=t("doc.subtitle"),
            institution=self.institution,
            facts=tuple(facts),
            ids=tuple(ids),
            note=note,
            qr_payload=attestation.keywords(self.rid, self.fp),
            qr_caption=t("cover.qr_caption"),
            assessment_title=" ".join(a.title.split()),
        )

    def summary(self) -> Summary:
        t, card = self.t, self.card
        results = list(card.questions.values())
        gaps = card.gaps()
        default_scale = next(s for s in self.pack.scales if s.id == self.pack.default_scale)
        top = default_scale.max_value
        target = card.target
        target_percent = vv.target_percent(card, top)
        target_label = self.level_text_default(target)
        counts = (
            Fact(t("summary.in_scope"), str(len(results))),
            Fact(
                t("summary.answered"),
                t(
                    "summary.answered_value",
                    answered=sum(r.answered for r in results),
                    in_scope=len(results),
                    na=sum(r.na for r in results),
                ),
            ),
            Fact(
                t("summary.gaps"),
                t(
                    "summary.gaps_value",
                    gaps=len(gaps),
                    critical=len(card.critical_gaps()),
                    unanswered=sum(r.unanswered for r in results),
                ),
            ),
            Fact(
                t("summary.flagged"),
                str(sum(1 for r in results if (ans := self.a.answers.get(r.question_id)) and ans.flagged)),
            ),
            Fact(
                t("summary.actions"),
                t(
                    "summary.actions_value",
                    actions=len(self.actions),
                    owned=sum(1 for x in self.actions if x.owner.strip()),
                    done=sum(1 for x in self.actions if x.status.value == "done"),
                ),
            ),
        )
        bars = tuple(
            Bar(
                title=e.title,
                percent=e.percent,
                value_label=t.percent(e.percent) if e.percent is not None else vv.short_words(t, ev.verdict),
                fill_key=ev.verdict.value if ev.verdict else "none",
            )
            for e, ev in zip(card.elements, self.verdict.elements, strict=True)
        )
        critical = []
        for r in card.critical_gaps():
            q = self.questions[r.question_id]
            critical.append(
                GapLine(
                    question_id=q.id,
                    element=self.element_titles[q.id],
                    text=q.text,
                    answer=self.answer_text(q, r),
                    **self.follow_up(r.question_id),
                )
            )
        attention, _ = vv.attention(
            t, self.a, card, self.actions, self.date, {qid: q.text for qid, q in self.questions.items()}
        )
        v = self.verdict
        return Summary(
            number=self.numbers["summary"],
            title=t("summary.title"),
            overall_title=t("summary.overall"),
            verdict=self.headline(),
            verdict_counts=vv.counts_words(t, v),
            verdict_key=v.verdict.value,
            score_line=t(
                "summary.score_line",
                score=vv.score_words(t, card.overall, target_percent),
                share=vv.share_words(t, v.at_target, v.applicable),
            ),
            overall_percent=card.overall,
            tier_line=t("summary.at_tier", tier=self.tier_title, target_label=target_label, target=target, top=top),
            counts_title=t("summary.counts"),
            counts=counts,
            attention=attention,
            chart_title=t("summary.chart"),
            chart_caption=t("summary.chart_caption", tier=self.tier_title, target=t.percent(target_percent)),
            bars=bars,
            legend=tuple((x.value, vv.short_words(t, x)) for x in reversed(Verdict)),
            target_percent=target_percent,
            target_label=t("summary.chart_target", value=t.percent(target_percent)),
            critical_title=t("summary.critical"),
            critical_intro=t("summary.critical_intro", section=self.numbers["actions"])
            if critical
            else t("summary.no_critical"),
            critical_columns=(
                t("summary.col_question"),
                t("summary.col_text"),
                t("summary.col_answer"),
                t("summary.col_action"),
            ),
            critical=tuple(critical),
            tier_title=t("summary.tier"),
            tier_value=t("summary.tier_value", tier=self.tier_stated, total=card.triage.total),
            tier_reasons=tuple(_clip(r, REASON_CHARS) for r in card.triage.reasons),
            signs=self.signs(),
        )

    def level_text_default(self, level: int) -> str:
        scale = next(s for s in self.pack.scales if s.id == self.pack.default_scale)
        return scale.label_of(level)

    def signs(self) -> str:
        """Who signs the attestation, for the board summary (empty when nobody is named)."""
        a = self.a
        signer = a.signatory if a.signatory.name.strip() or not a.assessors else a.assessors[0]
        who = ", ".join(p for p in (signer.name.strip(), signer.role.strip()) if p)
        return self.t("summary.signs", signer=who) if who else ""

    def follow_up(self, question_id: str) -> dict[str, str]:
        action = self.actions_by_question.get(question_id)
        if action is None:
            return {"action": "", "owner": "", "due": ""}
        return {
            "action": action.id,
            "owner": action.owner.strip() or self.t("summary.no_owner"),
            "due": self.t("summary.due", date=self.t.short_date(action.due))
            if action.due
            else self.t("summary.no_due"),
        }

    def profile(self) -> Profile:
        t, a, tri = self.t, self.a, self.card.triage
        factors = []
        for f in self.pack.triage.factors:
            if f.id in a.triage:
                lvl = a.triage[f.id]
                label = next((x.label for x in f.levels if x.score == lvl), str(lvl))
                points = f.points(lvl) if lvl in (0, 1, 2) else lvl  # what the level adds to the total
                factors.append(FactorRow(f.id, f.title, f"{lvl} — {label}", str(points)))
            elif self.pack.triage.unanswered == "highest":
                factors.append(FactorRow(f.id, f.title, t("profile.unanswered_highest"), str(f.points(2))))
            else:
                factors.append(FactorRow(f.id, f.title, t("profile.unanswered"), "0"))
        prev = ""
        if a.previous and (a.previous.report_id or a.previous.date):
            prev = t(
                "profile.previous_value",
                report_id=a.previous.report_id or t("not_given"),
                date=t.iso_date(a.previous.date) if a.previous.date else t("not_given"),
            )
        scope = [
            Fact(t("profile.description"), self.or_not_given(a.scope.description)),
            Fact(t("profile.period"), self.period()),
        ]
        if prev:
            scope.append(Fact(t("profile.previous"), prev))
        computed_title = self.pack.tier_spec(tri.computed_tier).title
        reasons = tri.reasons
        justification = None
        if tri.raised and a.raised_tier:
            justification = Fact(t("profile.justification"), a.raised_tier.justification)
            reasons = tuple(r for r in reasons if not r.startswith("Raised by the assessor"))
        return Profile(
            number=self.numbers["profile"],
            title=t("profile.title"),
            scope_title=t("profile.scope"),
            scope=tuple(scope),
            activities_label=t("profile.activities"),
            activities=tuple(x for x in a.scope.activities if x.strip()),
            datasets_label=t("profile.datasets"),
            datasets=tuple(x for x in a.scope.datasets if x.strip()),
            assessors_label=t("profile.assessors"),
            assessors=tuple(self.person(p.name, p.role, p.organisation) for p in a.assessors if p.name.strip()),
            none_listed=t("profile.none"),
            factors_title=t("profile.factors"),
            factors_intro=t("profile.factors_intro", section=self.numbers["method"]),
            factor_columns=(t("profile.col_factor"), t("profile.col_level"), t("profile.col_score")),
            factors=tuple(factors),
            total=Fact(t("profile.total"), str(tri.total)),
            tier=Fact(t("profile.tier"), self.tier_stated),
            computed_line=t("profile.computed", tier=computed_title),
            raised_line=t("profile.raised", computed=computed_title, tier=self.tier_title) if tri.raised else "",
            justification=justification,
            reasons_title=t("profile.reasons"),
            reasons_in_summary=t("profile.reasons_in_summary", section=self.numbers["summary"]),
            reasons=reasons,
            tier_means_title=t("profile.tier_means", tier=self.tier_title),
            tier_means=self.pack.tier_spec(self.card.tier).description,
        )

    def element_sections(self) -> tuple[ElementSection, ...]:
        t = self.t
        out = []
        target = self.target_percent()
        for n, e in enumerate(self.pack.elements):
            es = self.card.element(e.id)
            ev = self.verdict.elements[n]
            entries = [
                self.question_entry(q, self.card.questions[q.id]) for q in e.questions if self.card.in_scope(q.id)
            ]
            out.append(
                ElementSection(
                    number=3 + n,
                    id=e.id,
                    title=e.title,
                    introduction=e.introduction,
                    framework_title=t("element.framework"),
                    framework_source=t("element.framework_source", section=e.framework_text.section),
                    framework_points=e.framework_text.points,
                    score_label=t("element.verdict"),
                    score_value=vv.short_words(t, ev.verdict),
                    verdict_key=ev.verdict.value if ev.verdict else "none",
                    score_line=vv.element_line(t, es, ev, target),
                    facts_line=t(
                        "element.facts",
                        in_scope=es.in_scope,
                        answered=es.answered,
                        na=es.na,
                        gaps=es.gaps,
                        critical=es.critical_gaps,
                    ),
                    formula_label=t("element.how"),
                    formula=_nbsp(es.formula_in(t.formula_words())),
                    empty_note="" if entries else t("element.none_in_scope", tier=self.tier_title),
                    questions=tuple(entries),
                )
            )
        return tuple(out)

    def question_entry(self, q: Question, r: QuestionResult) -> QuestionEntry:
        t = self.t
        ans = self.a.answers.get(q.id) or Answer()
        priority = self.priority(r.priority.value) if r.priority else ""
        if r.gap and r.unanswered:
            status, key = t("q.unanswered_gap", priority=priority), "unanswered"
        elif r.gap:
            status, key = t("q.gap", priority=priority), "gap-critical" if r.critical else "gap"
        elif r.na:
            status, key = t("q.na_mark"), "na"
        else:
            status, key = t("q.meets"), "meets"
        answer = self.answer_text(q, r)
        if not r.na:
            answer = f"{answer} ({t('q.target', target=r.target)})"
        evidence = tuple(self.evidence_entry(ev.name, ev.description, ev.size, ev.sha256) for ev in ans.evidence)
        na_just = None
        if r.na:
            na_just = Fact(t("q.na_justification"), ans.na_justification.strip() or t("q.no_justification"))
        return QuestionEntry(
            id=q.id,
            text=q.text,
            status=status,
            status_key=key,
            essential=r.essential,
            essential_label=t("q.essential"),
            flagged=ans.flagged,
            flag_label=t("q.flagged"),
            answer_label=t("q.answer"),
            answer=answer,
            na_justification=na_just,
            notes=Fact(t("q.notes"), ans.notes.strip()) if ans.notes.strip() else None,
            evidence_label=t("q.evidence"),
            evidence=evidence,
            clause_label=t("q.clause"),
            clauses=tuple(a.citation(t(f"source.{a.source}"), t("source.unofficial")) for a in q.anchors),
        )

    def evidence_entry(self, name: str, description: str, size: int, sha256: str) -> EvidenceEntry:
        t = self.t
        if sha256:
            line = t("q.evidence_item", name=name, size=t.size(size), short=sha256[:16])
        else:
            line = t("q.evidence_unhashed", name=name)
        return EvidenceEntry(name=name, description=description.strip(), size=t.size(size), sha256=sha256, line=line)

    def action_plan(self) -> ActionPlan:
        t = self.t
        order = {q.id: i for i, q in enumerate(self.pack.questions())}
        rank = {p: i for i, p in enumerate(PRIORITY_ORDER)}
        translated = recommendations_in(self.pack) if t.language == self.pack.language else {}

        def key(x: Action) -> tuple[int, int, str]:
            return (rank[x.priority], order.get(x.question_id, len(order)), x.id)

        rows = tuple(
            ActionRow(
                id=x.id,
                question_id=x.question_id,
                recommendation=translated.get(x.recommendation.strip(), x.recommendation.strip()),
                note=t("actions.note", text=x.notes.strip()) if x.notes.strip() else "",
                priority=self.priority(x.priority.value),
                priority_key=x.priority.value,
                owner=x.owner.strip() or t("actions.no_owner"),
                due=t.short_date(x.due) if x.due else t("actions.no_owner"),
                status=t(f"status.{x.status.value}"),
            )
            for x in sorted(self.actions, key=key)
        )
        return ActionPlan(
            number=self.numbers["actions"],
            title=t("actions.title"),
            intro=t("actions.intro", count=len(rows)),
            empty=t("actions.none"),
            columns=tuple(
                t(f"actions.col_{c}")
                for c in ("id", "question", "recommendation", "priority", "owner", "due", "status")
            ),
            continued=t("actions.continued"),
            rows=rows,
        )

    def evidence_register(self) -> EvidenceRegister:
        t = self.t
        rows = []
        for qid in self.card.questions:
            ans = self.a.answers.get(qid)
            for ev in ans.evidence if ans else ():
                rows.append(
                    EvidenceRow(
                        question_id=qid,
                        name=ev.name,
                        description=ev.description.strip(),
                        sha256=ev.sha256 or t("evidence.not_hashed"),
                        size=t.size(ev.size),
                    )
                )
        return EvidenceRegister(
            number=self.numbers["evidence"],
            title=t("evidence.title"),
            intro=t("evidence.intro", count=len(rows)),
            empty=t("evidence.none"),
            columns=(t("evidence.col_question"), t("evidence.col_name"), t("evidence.col_size")),
            rows=tuple(rows),
        )

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

    def method(self) -> Method:
        t, pack = self.t, self.pack
        default = next(s for s in pack.scales if s.id == pack.default_scale)
        tiers = tuple(
            (
                pack.tier_spec(tier).title,
                self.target_text(tier),
                pack.tier_spec(tier).description,
            )
            for tier in TIERS_IN_ORDER
        )
        rules = tuple(
            (pack.tier_spec(rule.tier).title, rule.when.describe(pack.label_of)) for rule in pack.triage.rules
        )
        words = t.formula_words()
        formulas = [Fact(e.title, _nbsp(e.formula_in(words))) for e in self.card.elements]
        formulas.append(Fact(t("method.overall_formula"), _nbsp(self.card.overall_formula_in(words))))
        return Method(
            number=self.numbers["method"],
            title=t("method.title"),
            intro=t("method.intro", pack=f"{pack.id} {pack.version}"),
            tiers_title=t("method.tiers"),
            tiers_intro=t("method.tiers_intro"),
            tier_columns=(t("method.col_tier"), t("method.col_target"), t("method.col_meaning")),
            tiers=tiers,
            rules_title=t("method.rules"),
            rule_columns=(t("method.col_tier"), t("method.col_rule")),
            rules=rules,
            scale_title=t("method.scale"),
            scale_columns=(t("method.col_level"), t("method.col_label"), t("method.col_description")),
            scale=tuple((str(lvl.value), lvl.label, lvl.description) for lvl in default.levels),
            na_rule=t("method.na"),
            scoring_title=t("method.scoring"),
            rules_text=(
                t("method.score_rule"),
                t("method.verdict_rule", needed=t.percent(float(vv.MEETS_SHARE_PERCENT))),
                t("method.gap_rule"),
                t("method.priority_rule"),
                t("method.due_rule", days=vv.GRACE_DAYS),
            ),
            formulas_title=t("method.formulas"),
            formulas=tuple(formulas),
            fingerprint_text=t("method.fingerprint"),
        )

    def target_text(self, tier: Tier) -> str:
        default = next(s for s in self.pack.scales if s.id == self.pack.default_scale)
        spec = self.pack.tier_spec(tier)
        text = f"{spec.target} — {default.label_of(spec.target)}"
        if spec.essential_target is not None and spec.essential_target != spec.target:
            text += self.t("method.essential_target", level=spec.essential_target)
        return text

    def attestation(self) -> Attestation:
        t, a = self.t, self.a
        signer = a.signatory
        if not signer.name.strip() and a.assessors:
            signer = a.assessors[0]
        organisation = signer.organisation.strip() or a.institution.name.strip()
        return Attestation(
            title=t("attest.title"),
            statement=t("attest.statement", institution=self.institution)
            + (" " + vv.count(t, "attest.draft", self.verdict.unanswered) if self.verdict.is_draft else ""),
            report_line=t("attest.report", report_id=self.rid, fingerprint=self.fp),
            signatory_title=t("attest.signatory"),
            signatory=(
                Fact(t("attest.name"), signer.name.strip()),
                Fact(t("attest.role"), signer.role.strip()),
                Fact(t("attest.organisation"), organisation),
                Fact(t("attest.date"), t.date(self.date)),
            ),
            signature_caption=t("attest.signature_caption"),
            countersignature_caption=t("attest.countersignature_caption"),
            board_title=t("attest.board"),
            options=(t("attest.approved"), t("attest.conditions"), t("attest.not_approved")),
            conditions_line=t("attest.conditions_line"),
            board_name=t("attest.board_name"),
            board_date=t("attest.board_date"),
            wet_signature=t("attest.wet_signature"),
        )


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _nbsp(text: str) -> str:
    """Keep a number and its per cent sign on one line."""
    return text.replace(" %", "\u00a0%")


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


def build_model(
    pack: FormPack,
    assessment: Assessment,
    card: Scorecard | None = None,
    *,
    date: dt.date,
    previous: Assessment | None = None,
    language: str = "en",
) -> ReportModel:
    """Everything the report prints, computed once."""
    card = card or score(pack, assessment)
    b = _Builder(pack, assessment, card, date, previous, language)
    return ReportModel(
        meta=b.meta(),
        cover=b.cover(),
        summary=b.summary(),
        profile=b.profile(),
        elements=b.element_sections(),
        actions=b.action_plan(),
        evidence=b.evidence_register(),
        changes=b.changes(),
        method=b.method(),
        attestation=b.attestation(),
    )


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
