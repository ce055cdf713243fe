"""The report model's types: every string and number the PDF and the HTML print, as frozen dataclasses.

`build_model` reads the form pack, the assessment, its scorecard, the report date and (optionally)
the previous assessment, and returns a `ReportModel`. The renderers only lay it out, so the PDF
and the HTML always state the same facts. Pure Python: no reportlab, no jinja2 here.
"""

from __future__ import annotations

from dataclasses import dataclass

from assessor.report.verdict_view import Attention


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
    changes_line: str = ""  # the changes since the previous assessment, in one line
    flagged_line: str = ""  # the questions flagged for review, with their level now


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
    gaps_closed: tuple[str, ...] = ()  # question ids, for the summary's line
    gaps_opened: tuple[str, ...] = ()
    now_na: tuple[str, ...] = ()
    not_na: tuple[str, ...] = ()


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
    example_element: str = ""  # the element worked out by hand (its id), empty when none has a score
    example_title: str = ""
    example_intro: str = ""
    example_columns: tuple[str, ...] = ()
    example_rows: tuple[tuple[str, ...], ...] = ()  # question, weight, level, target, weight × level, at target?
    example_lines: tuple[str, ...] = ()  # the score, the verdict, the overall result


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
