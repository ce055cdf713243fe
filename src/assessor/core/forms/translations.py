"""Translations of a form pack: text keyed by id, laid over the English source before validation.

A translation file holds only text. Anything it leaves out stays in English, so a partial
translation is usable; a key naming an id the pack does not have is an error.
"""

from __future__ import annotations

from typing import Any

from assessor.core.limits import clip
from assessor.core.records import Record, field


class FactorLevelText(Record, frozen=True):
    label: str | None = None
    description: str | None = None


class FactorText(Record, frozen=True):
    title: str | None = None
    question: str | None = None
    help: str | None = None
    levels: tuple[FactorLevelText, ...] | None = None


class TierText(Record, frozen=True):
    title: str | None = None
    description: str | None = None


class ScaleText(Record, frozen=True):
    title: str | None = None
    levels: dict[int, FactorLevelText] = field(default_factory=dict)


class ElementText(Record, frozen=True):
    title: str | None = None
    introduction: str | None = None
    framework_section: str | None = None
    framework_points: tuple[str, ...] | None = None


class AnchorText(Record, frozen=True):
    """An anchor in the translation's language: the official edition's words, or a translation that says so."""

    section: str
    quote: str
    translation: bool = False  # an unofficial translation (no official edition in this language)


class QuestionText(Record, frozen=True):
    text: str | None = None
    guidance: str | None = None
    why_tier: str | None = None
    recommendation: str | None = None
    evidence_examples: tuple[str, ...] | None = None
    anchors: tuple[AnchorText, ...] | None = None  # parallel to the English anchors: same count, same order


class Translation(Record, frozen=True):
    language: str
    title: str | None = None
    principles: dict[str, str] = field(default_factory=dict)
    tiers: dict[str, TierText] = field(default_factory=dict)
    factors: dict[str, FactorText] = field(default_factory=dict)
    rules: dict[str, str] = field(default_factory=dict)
    default_reason: str | None = None
    provisional_reason: str | None = None
    assumed_note: str | None = None
    scales: dict[str, ScaleText] = field(default_factory=dict)
    elements: dict[str, ElementText] = field(default_factory=dict)
    questions: dict[str, QuestionText] = field(default_factory=dict)


def _put(target: dict[str, Any], **values: Any) -> None:
    for key, value in values.items():
        if value is not None:
            target[key] = value


def unknown_keys(raw: dict[str, Any], tr: Translation) -> list[tuple[str, str]]:
    """(path, id) for every id in the translation that the source pack does not have."""
    known = {
        "principles": {p["id"] for p in raw["principles"]},
        "tiers": {t["id"] for t in raw["tiers"]},
        "factors": {f["id"] for f in raw["triage"]["factors"]},
        "rules": {r["id"] for r in raw["triage"]["rules"]},
        "scales": {s["id"] for s in raw["scales"]},
        "elements": {e["id"] for e in raw["elements"]},
        "questions": {q["id"] for e in raw["elements"] for q in e["questions"]},
    }
    return [
        (f"{section}.{clip(ident)}", ident)
        for section, ids in known.items()
        for ident in getattr(tr, section)
        if ident not in ids
    ]


def apply(raw: dict[str, Any], tr: Translation) -> None:
    """Lay the translation's text over the raw (English) pack dictionary, in place."""
    raw["language"] = tr.language
    _put(raw, title=tr.title)
    for p in raw["principles"]:
        _put(p, title=tr.principles.get(p["id"]))
    for t in raw["tiers"]:
        if text := tr.tiers.get(t["id"]):
            _put(t, title=text.title, description=text.description)
    for f in raw["triage"]["factors"]:
        if ftext := tr.factors.get(f["id"]):
            _put(f, title=ftext.title, question=ftext.question, help=ftext.help)
            for level, ltext in zip(f["levels"], ftext.levels or (), strict=False):
                _put(level, label=ltext.label, description=ltext.description)
    for r in raw["triage"]["rules"]:
        _put(r, reason=tr.rules.get(r["id"]))
    _put(
        raw["triage"],
        default_reason=tr.default_reason,
        provisional_reason=tr.provisional_reason,
        assumed_note=tr.assumed_note,
    )
    for s in raw["scales"]:
        if stext := tr.scales.get(s["id"]):
            _put(s, title=stext.title)
            for level in s["levels"]:
                if (stext_level := stext.levels.get(level["value"])) is not None:
                    _put(level, label=stext_level.label, description=stext_level.description)
    for e in raw["elements"]:
        if etext := tr.elements.get(e["id"]):
            _put(e, title=etext.title, introduction=etext.introduction)
            _put(e["framework_text"], section=etext.framework_section, points=etext.framework_points)
        for q in e["questions"]:
            if qtext := tr.questions.get(q["id"]):
                _put(
                    q,
                    text=qtext.text,
                    guidance=qtext.guidance,
                    why_tier=qtext.why_tier,
                    recommendation=qtext.recommendation,
                    evidence_examples=qtext.evidence_examples,
                )
                if qtext.anchors is not None:
                    q["anchors"] = _anchors(q["anchors"], qtext.anchors)


def _anchors(english: list[dict[str, Any]], translated: tuple[AnchorText, ...]) -> list[dict[str, Any]]:
    """The translated anchors, each citing the same document as the English one it stands for.

    A count that differs from the English is left for validation to report (``anchor_count_problems``)."""
    if len(english) != len(translated):
        return english
    return [
        {**en, "section": tr.section, "quote": tr.quote, "translation": tr.translation}
        for en, tr in zip(english, translated, strict=True)
    ]


def anchor_count_problems(raw: dict[str, Any], tr: Translation) -> list[tuple[str, str]]:
    """(path, problem) for every question whose translated anchors are not parallel to the English ones."""
    english = {q["id"]: q.get("anchors") or [] for e in raw["elements"] for q in e["questions"]}
    return [
        (f"questions.{qid}.anchors", f"has {len(text.anchors)} anchors, the English has {len(english[qid])}")
        for qid, text in tr.questions.items()
        if text.anchors is not None and qid in english and len(text.anchors) != len(english[qid])
    ]
