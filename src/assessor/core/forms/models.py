"""The form pack: the questionnaire as data, validated at load.

A pack is a folder of YAML files (see ``forms/ga4gh-framework/`` and ``docs/form-pack.md``):

- ``pack.yaml``: id, version, title, source citation, principles, tiers (targets), languages;
- ``triage.yaml``: the factors with their levels, and the tier rules with the reason shown to users;
- ``scales.yaml``: answer scales;
- ``elements/*.yaml``: one Core Element a file, with its Framework text and its questions;
- ``translations/<lang>.yaml``: text in another language, keyed by id; English is the fallback.
"""

from __future__ import annotations

from typing import Literal

from assessor.core.conditions import Condition
from assessor.core.records import Record, field
from assessor.core.tiers import Tier

ID_PATTERN = r"^[A-Z][A-Z0-9]*(-[0-9]{2,3})?$"


class Source(Record, frozen=True):
    """The document a pack is written against."""

    title: str
    publisher: str
    version: str
    citation: str


class Principle(Record, frozen=True):
    id: str = field(pattern=r"^P[0-9]+$")
    title: str


class TierSpec(Record, frozen=True):
    """What a tier means for answers: the level an answer must reach before it is not a gap."""

    id: Tier
    title: str
    description: str
    target: int = field(ge=0)
    essential_target: int | None = None


class Anchor(Record, frozen=True):
    """A clause of the Framework or of a GA4GH policy, quoted exactly."""

    source: Literal["framework", "privacy-security-policy", "consent-policy", "accountability-policy"]
    section: str  # names its document ("Framework IV, …", "Accountability Policy 3.1, …") from pack 2.0.0 on
    quote: str = field(min_length=10)
    translation: bool = False  # set by a translation: an unofficial translation of the quote, not the source's words

    def citation(self, document: str, unofficial: str) -> str:
        """The anchor under its document's own label: "Framework IV, Transparency, first point",
        "Accountability Policy 3.1, Data Stewards". ``document`` is the document's name in the reader's language
        (given before a section that does not name it: packs before 2.0.0); ``unofficial`` the words that mark an
        unofficial translation, added when the section does not already say so (in any language the packs use)."""
        names = (document, *DOCUMENT_NAMES[self.source])
        label = self.section if self.section.startswith(names) else f"{document}, {self.section}"
        if self.translation and not any(mark in label for mark in (unofficial, *UNOFFICIAL_MARKS)):
            label = f"{label} ({unofficial})"
        return label


UNOFFICIAL_MARKS = ("unofficial translation", "traduction non officielle")  # a label that already says so

DOCUMENT_NAMES: dict[str, tuple[str, ...]] = {
    # how a section label names its document (English and French), so that the name is not printed twice
    "framework": ("Framework", "Cadre"),
    "privacy-security-policy": (
        "Data Privacy and Security Policy",
        "Politique sur la protection de la vie privée et la sécurité des données",
    ),
    "consent-policy": ("Consent Policy", "Politique sur le consentement"),
    "accountability-policy": ("Accountability Policy", "Politique sur la responsabilité"),
}


class FactorLevel(Record, frozen=True):
    score: int = field(ge=0, le=2)
    label: str
    description: str
    points: int | None = field(default=None, ge=0, le=2)  # what the level adds to the total (default: its score)

    @property
    def counts(self) -> int:
        return self.score if self.points is None else self.points


class TriageFactor(Record, frozen=True):
    id: str = field(pattern=r"^F[0-9]+$")
    title: str
    question: str
    help: str
    levels: tuple[FactorLevel, ...] = field(min_length=3, max_length=3)
    sources: tuple[str, ...] = ()

    def _check_whole(self) -> None:
        points = [lvl.counts for lvl in self.levels]
        if points != sorted(points):
            raise ValueError("a higher level may not count fewer points than a lower one (the tier must be monotone)")

    def points(self, level: int) -> int:
        """What answering ``level`` adds to the triage total (the levels are checked to be scored 0, 1, 2)."""
        return self.levels[level].counts


class TierRule(Record, frozen=True):
    """When ``when`` holds, the tier is at least ``tier``; ``reason`` is shown to the user."""

    id: str
    tier: Tier
    when: Condition
    reason: str


class Triage(Record, frozen=True):
    """The factors and the rule. ``unanswered``: how a factor not yet answered counts; "lowest" (level 0,
    pack 1.0.0) or "highest" (level 2, and the tier is provisional until every factor is answered)."""

    factors: tuple[TriageFactor, ...]
    rules: tuple[TierRule, ...]
    default_tier: Tier
    default_reason: str
    unanswered: Literal["lowest", "highest"] = "lowest"
    provisional_reason: str = "Provisional: {factors} not yet answered, counted at their highest level."
    assumed_note: str = "(counting {factors} at the highest level until answered)"
    # factors whose levels changed meaning since an earlier version of the pack: answers given to them under that
    # version are set back to unanswered when a file is upgraded (see core/upgrade.py)
    factors_changed_since: dict[str, tuple[str, ...]] = field(default_factory=dict)


class ScaleLevel(Record, frozen=True):
    value: int = field(ge=0)
    label: str
    description: str


class AnswerScale(Record, frozen=True):
    id: str
    title: str
    levels: tuple[ScaleLevel, ...] = field(min_length=2)
    allow_na: bool = True

    @property
    def max_value(self) -> int:
        return max(level.value for level in self.levels)

    def label_of(self, value: int) -> str:
        return next((lvl.label for lvl in self.levels if lvl.value == value), str(value))


class Question(Record, frozen=True):
    id: str = field(pattern=r"^[A-Z]{2,3}-[0-9]{2,3}$")
    text: str
    guidance: str
    evidence_examples: tuple[str, ...] = ()
    anchors: tuple[Anchor, ...] = field(min_length=1)
    min_tier: Tier
    essential_from: Tier | None = None
    weight: float = field(default=1.0, gt=0, le=10)
    scale: str | None = None
    condition: Condition | None = None
    why_tier: str
    recommendation: str
    principles: tuple[str, ...] = field(min_length=1)

    def in_scope_at(self, tier: Tier) -> bool:
        return tier.at_least(self.min_tier)

    def essential_at(self, tier: Tier) -> bool:
        return self.essential_from is not None and tier.at_least(self.essential_from)


class FrameworkText(Record, frozen=True):
    """The Framework's own words for a Core Element: the section and its points, quoted exactly."""

    section: str
    points: tuple[str, ...] = field(min_length=1)


class CoreElement(Record, frozen=True):
    id: str = field(pattern=r"^[A-Z]{2,3}$")
    order: int
    title: str
    introduction: str
    framework_text: FrameworkText
    principles: tuple[str, ...] = field(min_length=1)
    questions: tuple[Question, ...] = field(min_length=1)


class FormPack(Record, frozen=True):
    """A whole questionnaire. ``hash`` is the content hash of its files (see loader)."""

    id: str = field(pattern=r"^[a-z0-9][a-z0-9.-]*$")
    version: str
    title: str
    source: Source
    languages: tuple[str, ...] = ("en",)
    language: str = "en"
    principles: tuple[Principle, ...]
    tiers: tuple[TierSpec, ...] = field(min_length=3, max_length=3)
    triage: Triage
    scales: tuple[AnswerScale, ...] = field(min_length=1)
    default_scale: str
    elements: tuple[CoreElement, ...]
    retired_questions: dict[str, str | None] = field(default_factory=dict)
    hash: str = ""

    # -- look-ups used everywhere ---------------------------------------------------------------------------

    def questions(self) -> tuple[Question, ...]:
        return tuple(q for e in self.elements for q in e.questions)

    def question(self, question_id: str) -> Question:
        for q in self.questions():
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    def element_of(self, question_id: str) -> CoreElement:
        for e in self.elements:
            if any(q.id == question_id for q in e.questions):
                return e
        raise KeyError(question_id)

    def element(self, element_id: str) -> CoreElement:
        for e in self.elements:
            if e.id == element_id:
                return e
        raise KeyError(element_id)

    def factor(self, factor_id: str) -> TriageFactor:
        for f in self.triage.factors:
            if f.id == factor_id:
                return f
        raise KeyError(factor_id)

    def scale_for(self, question: Question) -> AnswerScale:
        wanted = question.scale or self.default_scale
        return next(s for s in self.scales if s.id == wanted)

    def tier_spec(self, tier: Tier) -> TierSpec:
        return next(t for t in self.tiers if t.id == tier)

    def principle(self, principle_id: str) -> Principle:
        return next(p for p in self.principles if p.id == principle_id)

    def label_of(self, ident: str) -> str:
        """A readable label for a factor or question id (used when describing conditions)."""
        try:
            return f"{ident} {self.factor(ident).title}"
        except KeyError:
            return ident
