"""The risk profile and one section per Core Element, with each question's answer."""

from __future__ import annotations

from assessor.core.assessment import Answer
from assessor.core.forms.models import Question
from assessor.core.scoring import QuestionResult
from assessor.report import verdict_view as vv
from assessor.report.model_context import Context, nbsp
from assessor.report.model_types import ElementSection, EvidenceEntry, Fact, FactorRow, Profile, QuestionEntry


class SectionsPart(Context):
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
        reasons = self.tier_reasons
        justification = None
        if tri.raised and a.raised_tier:
            justification = Fact(t("profile.justification"), a.raised_tier.justification)
            reasons = reasons[:-1]  # "Raised by the assessor from … to …", always last, is said by raised_line
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
                    formula=nbsp(es.formula_in(t.formula_words())),
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
        weight = t.formula_words().num(r.weight)
        if r.na:
            answer = f"{answer} ({t('q.na_weight', weight=weight)})"
        else:
            answer = f"{answer} ({t('q.target_weight', target=r.target, weight=weight)})"
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
