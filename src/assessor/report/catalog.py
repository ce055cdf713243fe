"""Every sentence and label the report prints, in one place, by language.

The PDF and the HTML print only what the report model holds; the model takes its words from
here. A translation adds a dictionary with the same keys (missing keys fall back to English) and
registers it in ``CATALOGS``. Values are ``str.format`` templates; dates and decimal marks come from
the ``date.*`` and ``number.*`` keys, so a language writes them its own way.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping

from assessor.core.scoring import FormulaWords
from assessor.core.triage_words import ENGLISH_TRIAGE, TriageWords
from assessor.report.catalog_board import EN_BOARD
from assessor.report.catalog_fr import FR
from assessor.report.catalog_fr import typeset as typeset_fr
from assessor.report.plural import PluralFormatter, has_plural

EN: dict[str, str] = {
    # -- document ---------------------------------------------------------------------------------------
    "doc.title": "Self-assessment of responsible data sharing",
    "doc.subtitle": "against the GA4GH Framework for Responsible Sharing of Genomic and Health-Related Data",
    "doc.subject": "Risk-tiered self-assessment against the GA4GH Framework for Responsible Sharing of Genomic "
    "and Health-Related Data ({tier} tier), report {report_id}",
    "doc.meta_title": "Self-assessment report {report_id}: {institution}",
    "doc.creator": "assessor {version}",
    "header.left": "{institution} · Self-assessment report",
    "footer.fingerprint": "Fingerprint {short}",
    "footer.page": "Page {page} of {pages}",
    "contents.title": "Contents",
    "unnamed_institution": "Institution not named",
    # -- cover ------------------------------------------------------------------------------------------
    "cover.institution": "Institution",
    "cover.unit": "Unit",
    "cover.country": "Country",
    "cover.scope": "Scope",
    "cover.scope_more": "… (continued in section {section})",
    "cover.period": "Assessment period",
    "cover.tier": "Risk tier",
    "cover.result": "Verdict",
    "cover.score": "Score",
    "cover.verdict": "{verdict}: {counts}",
    "cover.date": "Report date",
    "cover.report_id": "Report id",
    "cover.fingerprint": "Assessment fingerprint (SHA-256)",
    "cover.pack": "Form pack",
    "cover.pack_value": "{id} version {version}",
    "cover.pack_hash": "Form pack hash",
    "cover.pack_mismatch": "Answers were given against form pack hash {hash}; the questions may have changed since.",
    "cover.qr_caption": "The code holds the report id and the fingerprint, to match a paper copy to its digital "
    "original.",
    "cover.assessors": "Assessed by",
    "not_given": "not given",
    "period": "{start} to {end}",
    "period_from": "from {start}",
    "period_until": "until {end}",
    # -- executive summary -----------------------------------------------------------------------------
    "summary.title": "Executive summary",
    "summary.overall": "Verdict",
    "summary.score_line": "Score {score}; {share}.",
    "summary.at_tier": "Assessed at the {tier} risk tier (target: {target_label}, level {target} of {top}).",
    "summary.counts": "In figures",
    "summary.in_scope": "Questions in scope",
    "summary.answered": "Answered",
    "summary.answered_value": "{answered} of {in_scope} ({na} not applicable)",
    "summary.gaps": "Gaps (below the target or unanswered)",
    "summary.gaps_value": "{gaps}, of which {critical} critical and {unanswered} unanswered",
    "summary.flagged": "Flagged for review",
    "summary.actions": "Actions in the plan",
    "summary.actions_value": "{actions} ({owned} with an owner, {done} done)",
    "summary.chart": "Score per Core Element",
    "summary.chart_caption": "Each bar is the element's score (weighted mean of the applicable answers, "
    "unanswered questions counting 0, as a percentage of the top level), filled by the element's verdict. The "
    "solid line marks the {tier} tier's target ({target}).",
    "summary.chart_target": "target {value}",
    "summary.critical": "Critical gaps",
    "summary.critical_intro": "A critical gap is an essential question at this tier whose answer is below the "
    "target or missing. Each has an action in the plan (section {section}).",
    "summary.no_critical": "No critical gap: every essential question at this tier meets the target.",
    "summary.col_question": "Question",
    "summary.col_text": "What is asked (Core Element)",
    "summary.col_answer": "Answer now",
    "summary.col_action": "Action, owner, due",
    "summary.no_owner": "no owner yet",
    "summary.due": "due {date}",
    "summary.no_due": "no due date",
    "summary.tier": "Risk tier and why",
    "summary.tier_value": "{tier} (factor total {total} of 24)",
    "summary.no_score": "no score",
    # -- scope and risk profile -------------------------------------------------------------------------
    "profile.title": "Scope and risk profile",
    "profile.scope": "Scope of this assessment",
    "profile.description": "Description",
    "profile.activities": "Data-sharing activities",
    "profile.datasets": "Datasets",
    "profile.period": "Period",
    "profile.assessors": "Assessors",
    "profile.previous": "Previous assessment",
    "profile.previous_value": "report {report_id} of {date}",
    "profile.none": "none listed",
    "profile.factors": "Risk factors",
    "profile.factors_intro": "Each of the twelve factors was answered at one of three levels (0, 1, 2). The "
    "tier follows from them by the rules in section {section}.",
    "profile.col_factor": "Factor",
    "profile.col_level": "Level chosen",
    "profile.col_score": "Score",
    "profile.unanswered": "not answered (counted as 0)",
    "profile.unanswered_highest": "not answered (counted at the highest level until answered)",
    "tier.provisional": "{tier}, provisional ({factors} not answered, counted at their highest level)",
    "profile.total": "Total",
    "profile.tier": "Resulting tier",
    "profile.computed": "Computed tier: {tier}.",
    "profile.raised": "Tier raised by the assessor from {computed} to {tier}.",
    "profile.justification": "Justification given",
    "profile.reasons": "Reasons",
    "profile.reasons_in_summary": "The reasons for this tier are listed in the board summary (section {section}).",
    "profile.tier_means": "What the {tier} tier means",
    # -- elements ---------------------------------------------------------------------------------------
    "element.framework": "The Framework's words",
    "element.framework_source": "GA4GH Framework, {section}",
    "element.verdict": "Verdict",
    "element.verdict_facts": "Score {score} · {share}",
    "element.facts": "{in_scope} {in_scope:question|questions} in scope · {answered} answered · {na} not applicable "
    "· {gaps} {gaps:gap|gaps} ({critical} critical)",
    "element.none_in_scope": "No question of this element is in scope at the {tier} tier.",
    "element.how": "How computed",
    "q.answer": "Answer",
    "q.answer_value": "{level} — {label}",
    "q.target": "target {target}",
    "q.na": "Not applicable",
    "q.na_justification": "Justification",
    "q.no_justification": "none given",
    "q.unanswered": "Unanswered",
    "q.notes": "Notes",
    "q.evidence": "Evidence",
    "q.evidence_item": "{name} · {size} · SHA-256 {short}",
    "q.evidence_unhashed": "{name} · not hashed",
    "q.flagged": "⚑ Flagged for review",
    "q.gap": "▲ Gap · {priority}",
    "q.unanswered_gap": "▲ Unanswered · {priority}",
    "q.meets": "✓ Meets target",
    "q.na_mark": "— Not applicable",
    "q.essential": "essential at this tier",
    "q.clause": "Sources",
    "source.framework": "Framework",
    "source.privacy-security-policy": "Data Privacy and Security Policy",
    "source.consent-policy": "Consent Policy",
    "source.accountability-policy": "Accountability Policy",
    "source.unofficial": "unofficial translation",
    # -- action plan -----------------------------------------------------------------------------------
    "actions.title": "Action plan",
    "actions.intro": "Every gap becomes an action, with the form pack's recommendation unless the assessor "
    "changed it. Sorted by priority. {count} {count:action|actions}.",
    "actions.none": "No action: there is no gap and the assessor added none.",
    "actions.col_id": "Action",
    "actions.col_question": "Question",
    "actions.col_recommendation": "Recommendation",
    "actions.col_priority": "Priority",
    "actions.col_owner": "Owner",
    "actions.col_due": "Due",
    "actions.col_status": "Status",
    "actions.no_owner": "—",
    "actions.continued": "(continued)",
    "actions.note": "Note: {text}",
    "priority.critical": "Critical",
    "priority.high": "High",
    "priority.medium": "Medium",
    "priority.low": "Low",
    "status.open": "Open",
    "status.in-progress": "In progress",
    "status.done": "Done",
    "status.wont-do": "Will not be done",
    # -- evidence register ----------------------------------------------------------------------------
    "evidence.title": "Evidence register",
    "evidence.intro": "Documents cited as evidence, recorded by name, SHA-256 and size. The files stay with the "
    "institution; the hashes let anyone check that a document is the one that was cited. "
    "{count} {count:document|documents}.",
    "evidence.none": "No evidence was recorded.",
    "evidence.col_question": "Question",
    "evidence.col_name": "Document and its SHA-256",
    "evidence.col_hash": "SHA-256",
    "evidence.col_size": "Size",
    "evidence.not_hashed": "(not hashed)",
    # -- changes ---------------------------------------------------------------------------------------
    "changes.title": "Changes since the previous assessment",
    "changes.basis": "Compared with the previous assessment {what}.",
    "changes.basis_report": "(report {report_id}, {date}, fingerprint {short})",
    "changes.basis_file": "(fingerprint {short}, last saved {date}; this assessment does not record its report id)",
    "changes.tier": "Risk tier",
    "changes.overall": "Overall score",
    "changes.elements": "Scores per Core Element",
    "changes.col_element": "Core Element",
    "changes.col_before": "Before",
    "changes.col_after": "Now",
    "changes.col_change": "Change",
    "changes.col_question": "Question",
    "changes.answers": "Answers that changed",
    "changes.no_answers": "No answer changed.",
    "changes.unchanged": "{count} {count:answer is|answers are} unchanged.",
    "changes.not_asked": "not asked",
    "changes.better": "better",
    "changes.worse": "worse",
    "changes.new": "newly asked",
    "changes.dropped": "no longer asked",
    "changes.changed": "changed",
    "changes.same": "same",
    # -- method ----------------------------------------------------------------------------------------
    "method.title": "Method",
    "method.intro": "This report was produced by assessor from the answers recorded in the assessment file "
    "whose fingerprint is printed on every page, with the form pack {pack}. Every figure can be recomputed "
    "by hand from the rules below.",
    "method.tiers": "Risk tiers and targets",
    "method.tiers_intro": "The tier is the highest that any rule reaches; raising a factor never lowers the "
    "tier, and the assessor may raise the tier but not lower it. The tier decides which questions are asked, "
    "the level an answer must reach, and which questions are essential.",
    "method.col_tier": "Tier",
    "method.col_target": "Target level",
    "method.col_meaning": "Meaning",
    "method.rules": "Tier rules",
    "method.col_rule": "Rule",
    "method.col_reason": "Reason shown",
    "method.scale": "Answer scale",
    "method.col_level": "Level",
    "method.col_label": "Label",
    "method.col_description": "Description",
    "method.na": "N/A: the question does not apply to this institution; a justification is required and is "
    "printed. N/A answers are left out of scores and are never gaps.",
    "method.scoring": "Scores, verdict, gaps and priorities",
    "method.score_rule": "Element score: the weighted mean of the applicable answers, each divided by the top "
    "level of its scale, as a percentage. Not-applicable questions are left out; an unanswered question counts "
    "0 (nothing is shown to be in place). The overall score is the mean of the element scores (each element "
    "counts once, whatever its number of questions); an element without any applicable question has no score "
    "and is left out. A score is read against the tier's target (target level ÷ 4).",
    "method.verdict_rule": "Verdict, per element and overall: Incomplete while any question in scope is "
    "unanswered (the report is then a draft); otherwise Does not meet the tier's target with any critical gap; "
    "Meets the target with no critical gap and at least {needed} of the applicable questions at or above their "
    "target; Partly meets the target otherwise. The overall verdict is the worst element's verdict.",
    "method.gap_rule": "Gap: an applicable answer below the tier's target level (capped at the top of its "
    "scale), or an unanswered question. Follow-up questions count only when the answer that opens them is "
    "itself in scope.",
    "method.priority_rule": "Priority of a gap: critical when the question is essential at this tier; "
    "otherwise high when the answer is three or more levels short (two or more at High tier), medium when two "
    "levels short or at High tier, and low otherwise.",
    "method.due_rule": "A critical action is due within the assessment period or {days} days of the report "
    "date, whichever is later; one due later, without a due date or without an owner is listed on the summary.",
    "method.essential_target": "; {level} for essential questions",
    "method.formulas": "How each score was computed",
    "method.overall_formula": "Overall",
    "method.fingerprint": "Fingerprint and report id: the fingerprint is the SHA-256 of the canonical JSON form "
    "of the assessment file (keys sorted, no spaces, UTF-8); the report id is the report date and the first "
    "eight digits of the fingerprint. The same assessment and date always give the same report.",
    # -- attestation -----------------------------------------------------------------------------------
    "attest.title": "Attestation",
    "attest.statement": "I attest that this self-assessment reflects, to the best of my knowledge, the "
    "practice of {institution} during the period assessed, that the answers, notes and evidence recorded "
    "in it are accurate and complete, and that {plan}",
    "attest.report": "Report {report_id} · fingerprint {fingerprint}",
    "attest.signatory": "Signatory",
    "summary.signs": "Signs the attestation: {signer}",
    "attest.name": "Name",
    "attest.role": "Role",
    "attest.organisation": "Organisation",
    "attest.date": "Date",
    "attest.blank": "",
    "attest.signature_caption": "Signature of the assessor (electronic signature placed here)",
    "attest.countersignature_caption": "Countersignature of the board or data protection officer (electronic "
    "signature placed here)",
    "attest.board": "Decision of the reviewing board",
    "attest.approved": "Approved",
    "attest.conditions": "Approved with conditions",
    "attest.not_approved": "Not approved",
    "attest.conditions_line": "Conditions or comments",
    "attest.board_name": "Name and role",
    "attest.board_date": "Date",
    "attest.wet_signature": "Signature",
    # -- verdict (PRODUCT §4) and the board's lists --------------------------------------------------------
    "verdict.incomplete": "Incomplete",
    "verdict.does-not-meet": "Does not meet the {tier} target",
    "verdict.partly-meets": "Partly meets the {tier} target",
    "verdict.meets": "Meets the {tier} target",
    "verdict.none": "No question in scope",
    "verdict.short.incomplete": "Incomplete",
    "verdict.short.does-not-meet": "Does not meet the target",
    "verdict.short.partly-meets": "Partly meets the target",
    "verdict.short.meets": "Meets the target",
    "verdict.counts.incomplete": "{n} of {in_scope} {in_scope:question|questions} unanswered ({essential} essential)",
    "verdict.counts.incomplete.one": "1 of {in_scope} {in_scope:question|questions} unanswered ({essential} essential)",
    "verdict.counts.answered_critical": "; {n} critical gaps among the answers",
    "verdict.counts.answered_critical.one": "; 1 critical gap among the answers",
    "verdict.counts.critical": "{n} critical gaps in {elements}",
    "verdict.counts.critical.one": "1 critical gap in {elements}",
    "verdict.counts.elements": "{n} elements",
    "verdict.counts.elements.one": "1 element",
    "verdict.counts.gaps": "; {n} gaps, none critical",
    "verdict.counts.gaps.one": "; 1 gap, not critical",
    "verdict.share": "{share} of the applicable questions at or above target ({at_target} of {applicable}; "
    "{needed} needed to meet it)",
    "verdict.score": "{score} against a target of {target}",
    "draft.mark": "Draft: {n} {n:question|questions} unanswered",
    "draft.mark.one": "Draft: 1 question unanswered",
    "attest.draft": "This report is a draft: {n} {n:question|questions} in scope {n:is|are} unanswered.",
    "attest.draft.one": "This report is a draft: 1 question in scope is unanswered.",
    "attention.title": "For the board's attention",
    "attention.intro": "Critical actions are due by {date} (the end of the assessment period or 90 days after "
    "the report date, whichever is later).",
    "attention.nothing": "Nothing to flag: no essential question is marked not applicable, and every critical "
    "action has an owner and is due by {date}.",
    "attention.essential_na": "Essential questions marked not applicable, with the justification given",
    "attention.actions": "Critical actions without an owner, due after {date} or without a due date",
    "attention.action": "{question}: {text}",
    # -- score formulas (core.scoring.FormulaWords) ---------------------------------------------------
    "formula.no_score": "No applicable question: no score.",
    "formula.unanswered": "; {n} unanswered counted as 0",
    "formula.total_weight": "total weight {weight}",
    "formula.question": "{n} question",
    "formula.questions": "{n} questions",
    "formula.top_level": "top level {top}",
    "formula.per_scale": "each level divided by the top level of its scale",
    "formula.no_overall": "No element has a score yet: no overall result.",
    "formula.element": "{n} element",
    "formula.elements": "{n} elements",
    "formula.left_out": "; without a score, so left out: {names}",
    # -- the tier's reasons and the rules' conditions (core.triage_words.TriageWords) ------------------
    **{f"triage.{name}": text for name, text in dataclasses.asdict(ENGLISH_TRIAGE).items()},
    # -- punctuation after a label and between the items of a line -------------------------------------
    "html.contents": "Contents",
    "html.chart_values": "The chart in figures",
    "html.col_target": "Target",
    "html.no_score": "no score",
    "punct.colon": ":",
    "punct.quote_open": "“",
    "punct.quote_close": "”",
    "punct.semicolon": "; ",
    # -- values ----------------------------------------------------------------------------------------
    "percent": "{value:.1f}\u00a0%",
    "band.none": "no score",
    "size.bytes": "{n}\u00a0{n:byte|bytes}",
    "size.kb": "{n:.1f}\u00a0kB",
    "size.mb": "{n:.1f}\u00a0MB",
    "size.gb": "{n:.2f}\u00a0GB",
    "number.decimal": ".",
    # -- dates: twelve month names each, separated by spaces ------------------------------------------------------
    "date.months": "January February March April May June July August September October November December",
    "date.months_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "date.first_day": "1",
    "date.long": "{day} {month} {year}",
    "date.short": "{day}\u00a0{month}\u00a0{year}",
    **EN_BOARD,
}

CATALOGS: dict[str, Mapping[str, str]] = {"en": EN, "fr": FR}
TYPESETTERS: dict[str, Callable[[str], str]] = {"fr": typeset_fr}  # spacing rules of the language, if any


class Catalog:
    """The report's words in one language (English where a translation lacks a key)."""

    def __init__(self, language: str = "en") -> None:
        self.language = language if language in CATALOGS else "en"
        self._texts = {**EN, **CATALOGS[self.language]}
        self._plural = PluralFormatter(self.language)
        self._counted = {key for key, text in self._texts.items() if has_plural(text)}

    def __call__(self, key: str, **values: object) -> str:
        template = self._texts[key]
        if key in self._counted:  # "{gaps} {gaps:gap|gaps}"
            return self._plural.format(template, **values)
        return template.format(**values) if values else template

    @property
    def texts(self) -> Mapping[str, str]:
        return self._texts

    def _day(self, day: dt.date, style: str) -> str:
        months = self._texts["date.months" if style == "long" else "date.months_short"].split()
        number = self._texts["date.first_day"] if day.day == 1 else str(day.day)
        return self(f"date.{style}", day=number, month=months[day.month - 1], year=day.year)

    def date(self, day: dt.date) -> str:
        return self._day(day, "long")

    def iso_date(self, text: str) -> str:
        """An ISO date from the file, printed in words; anything unreadable is printed as it is."""
        try:
            return self.date(dt.date.fromisoformat(text[:10]))
        except ValueError:
            return text

    def short_date(self, text: str) -> str:
        """An ISO date as '30 Nov 2025' (for narrow table columns)."""
        try:
            day = dt.date.fromisoformat(text[:10])
        except ValueError:
            return text
        return self._day(day, "short")

    def typeset(self, text: str) -> str:
        """Any text (the pack's, the assessor's) spaced the way this language wants."""
        rule = TYPESETTERS.get(self.language)
        return rule(text) if rule else text

    def formula_words(self) -> FormulaWords:
        """The words of the score formulas in this language."""
        names = [f.name for f in dataclasses.fields(FormulaWords) if f.name != "decimal"]
        return FormulaWords(
            **{name: self._texts[f"formula.{name}"] for name in names}, decimal=self._texts["number.decimal"]
        )

    def triage_words(self) -> TriageWords:
        """The phrases of the tier's reasons and of the rules' conditions in this language."""
        return TriageWords(**{f.name: self._texts[f"triage.{f.name}"] for f in dataclasses.fields(TriageWords)})

    def _decimal(self, text: str) -> str:
        """A number formatted by a template (``{value:.1f}``) with this language's decimal mark."""
        mark = self._texts["number.decimal"]
        return text if mark == "." else text.replace(".", mark)

    def percent(self, value: float | None) -> str:
        return self("band.none") if value is None else self._decimal(self("percent", value=value))

    def size(self, n: int) -> str:
        if n < 1000:
            return self("size.bytes", n=n)
        if n < 1_000_000:
            return self._decimal(self("size.kb", n=n / 1000))
        if n < 1_000_000_000:
            return self._decimal(self("size.mb", n=n / 1_000_000))
        return self._decimal(self("size.gb", n=n / 1_000_000_000))
