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

from pydantic import BaseModel, ConfigDict, Field

from assessor.core.conditions import Condition
from assessor.core.tiers import Tier

Strict = ConfigDict(extra="forbid", frozen=True)

ID_PATTERN = r"^[A-Z][A-Z0-9]*(-[0-9]{2,3})?$"


class Source(BaseModel):
    """The document a pack is written against."""

    model_config = Strict
    title: str
    publisher: str
    version: str
    citation: str


class Principle(BaseModel):
    model_config = Strict
    id: str = Field(pattern=r"^P[0-9]+$")
    title: str


class TierSpec(BaseModel):
    """What a tier means for answers: the level an answer must reach before it is not a gap."""

    model_config = Strict
    id: Tier
    title: str
    description: str
    target: int = Field(ge=0)
    essential_target: int | None = None


class Anchor(BaseModel):
    """A clause of the Framework or of a GA4GH policy, quoted exactly."""

    model_config = Strict
    source: Literal["framework", "privacy-security-policy", "consent-policy", "accountability-policy"]
    section: str
    quote: str = Field(min_length=10)


class FactorLevel(BaseModel):
    model_config = Strict
    score: int = Field(ge=0, le=2)
    label: str
    description: str


class TriageFactor(BaseModel):
    model_config = Strict
    id: str = Field(pattern=r"^F[0-9]+$")
    title: str
    question: str
    help: str
    levels: tuple[FactorLevel, ...] = Field(min_length=3, max_length=3)
    sources: tuple[str, ...] = ()


class TierRule(BaseModel):
    """When ``when`` holds, the tier is at least ``tier``; ``reason`` is shown to the user."""

    model_config = Strict
    id: str
    tier: Tier
    when: Condition
    reason: str


class Triage(BaseModel):
    model_config = Strict
    factors: tuple[TriageFactor, ...]
    rules: tuple[TierRule, ...]
    default_tier: Tier
    default_reason: str


class ScaleLevel(BaseModel):
    model_config = Strict
    value: int = Field(ge=0)
    label: str
    description: str


class AnswerScale(BaseModel):
    model_config = Strict
    id: str
    title: str
    levels: tuple[ScaleLevel, ...] = Field(min_length=2)
    allow_na: bool = True

    @property
    def max_value(self) -> int:
        return max(level.value for level in self.levels)

    def label_of(self, value: int) -> str:
        return next((lvl.label for lvl in self.levels if lvl.value == value), str(value))


class Question(BaseModel):
    model_config = Strict
    id: str = Field(pattern=r"^[A-Z]{2,3}-[0-9]{2,3}$")
    text: str
    guidance: str
    evidence_examples: tuple[str, ...] = ()
    anchors: tuple[Anchor, ...] = Field(min_length=1)
    min_tier: Tier
    essential_from: Tier | None = None
    weight: float = Field(default=1.0, gt=0, le=10)
    scale: str | None = None
    condition: Condition | None = None
    why_tier: str
    recommendation: str
    principles: tuple[str, ...] = Field(min_length=1)

    def in_scope_at(self, tier: Tier) -> bool:
        return tier.at_least(self.min_tier)

    def essential_at(self, tier: Tier) -> bool:
        return self.essential_from is not None and tier.at_least(self.essential_from)


class FrameworkText(BaseModel):
    """The Framework's own words for a Core Element: the section and its points, quoted exactly."""

    model_config = Strict
    section: str
    points: tuple[str, ...] = Field(min_length=1)


class CoreElement(BaseModel):
    model_config = Strict
    id: str = Field(pattern=r"^[A-Z]{2,3}$")
    order: int
    title: str
    introduction: str
    framework_text: FrameworkText
    principles: tuple[str, ...] = Field(min_length=1)
    questions: tuple[Question, ...] = Field(min_length=1)


class FormPack(BaseModel):
    """A whole questionnaire. ``hash`` is the content hash of its files (see loader)."""

    model_config = Strict
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9.-]*$")
    version: str
    title: str
    source: Source
    languages: tuple[str, ...] = ("en",)
    language: str = "en"
    principles: tuple[Principle, ...]
    tiers: tuple[TierSpec, ...] = Field(min_length=3, max_length=3)
    triage: Triage
    scales: tuple[AnswerScale, ...] = Field(min_length=1)
    default_scale: str
    elements: tuple[CoreElement, ...]
    retired_questions: dict[str, str | None] = {}
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
