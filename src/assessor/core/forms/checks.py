"""Checks across a whole form pack, after each file has passed its own schema.

Duplicate ids, references to ids that do not exist, questions in scope at no tier, and follow-up
conditions that form a cycle. Each problem names the file and the place in it.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from assessor.core.conditions import Condition
from assessor.core.limits import clip
from assessor.core.tiers import TIERS_IN_ORDER, Tier

if TYPE_CHECKING:
    from assessor.core.forms.errors import PackIssue


def _issue(file: str, path: str, message: str) -> PackIssue:
    from assessor.core.forms.errors import PackIssue

    return PackIssue(file, path, message)


def _where(origin: dict[str, str], question_id: str, field: str) -> tuple[str, str]:
    file, _, path = origin[f"question:{question_id}"].partition("\0")
    return file, f"{path}.{field}" if field else path


def cross_checks(raw: dict[str, Any], origin: dict[str, str]) -> list[PackIssue]:
    issues: list[PackIssue] = []
    principles = {p["id"] for p in raw.get("principles", ())}
    scales = {s["id"]: s for s in raw.get("scales", ())}
    factors = {f["id"] for f in raw["triage"].get("factors", ())}
    questions = {q["id"]: q for e in raw["elements"] for q in e["questions"]}

    issues += _duplicates("pack.yaml", "principles", [p["id"] for p in raw.get("principles", ())])
    issues += _duplicates("triage.yaml", "factors", [f["id"] for f in raw["triage"].get("factors", ())])
    issues += _duplicates("triage.yaml", "rules", [r["id"] for r in raw["triage"].get("rules", ())])
    issues += _duplicates("scales.yaml", "scales", [s["id"] for s in raw.get("scales", ())])
    for e in raw["elements"]:
        issues += _duplicates(origin[f"element:{e['id']}"], "questions", [q["id"] for q in e["questions"]])
    elements = Counter(e["id"] for e in raw["elements"])
    issues += [
        _issue(origin[f"element:{i}"], "id", f"duplicate element id '{clip(i)}'") for i, n in elements.items() if n > 1
    ]
    seen: dict[str, str] = {}
    for e in raw["elements"]:
        for q in e["questions"]:
            here = origin[f"element:{e['id']}"]
            if q["id"] in seen and seen[q["id"]] != here:
                issues.append(_issue(here, f"questions.{clip(q['id'])}", f"question id also used in {seen[q['id']]}"))
            seen.setdefault(q["id"], here)

    tiers = [t["id"] for t in raw.get("tiers", ())]
    if sorted(tiers) != sorted(t.value for t in TIERS_IN_ORDER):
        issues.append(_issue("pack.yaml", "tiers", "tiers must be exactly low, moderate and high"))
    targets = [next((t["target"] for t in raw["tiers"] if t["id"] == tier.value), 0) for tier in TIERS_IN_ORDER]
    if targets != sorted(targets):
        issues.append(_issue("pack.yaml", "tiers", "targets must not fall as the tier rises"))
    if raw.get("default_scale") not in scales:
        issues.append(_issue("scales.yaml", "default_scale", f"unknown scale '{clip(raw.get('default_scale'))}'"))
    for i, f in enumerate(raw["triage"].get("factors", ())):
        if [lvl["score"] for lvl in f["levels"]] != [0, 1, 2]:
            issues.append(_issue("triage.yaml", f"factors[{i}].levels", "levels must score 0, 1 and 2 in order"))

    for i, rule in enumerate(raw["triage"].get("rules", ())):
        cond = Condition.model_validate(rule["when"])
        for fid in sorted(cond.factors() - factors):
            issues.append(_issue("triage.yaml", f"rules[{i}].when", f"unknown factor '{clip(fid)}'"))
        if cond.questions():
            issues.append(_issue("triage.yaml", f"rules[{i}].when", "tier rules may not depend on answers"))
    for version, changed in raw["triage"].get("factors_changed_since", {}).items():
        for fid in sorted(set(changed) - factors):
            issues.append(_issue("triage.yaml", f"factors_changed_since.{version}", f"unknown factor '{fid}'"))

    for e in raw["elements"]:
        file = origin[f"element:{e['id']}"]
        for pid in e["principles"]:
            if pid not in principles:
                issues.append(_issue(file, "principles", f"unknown principle '{clip(pid)}'"))
    for q in questions.values():
        issues += _question_checks(q, questions, factors, principles, scales, raw, origin)
    issues += _cycles(questions, origin)
    for old, new in raw.get("retired_questions", {}).items():
        where = f"retired_questions.{clip(old)}"
        if old in questions:
            issues.append(_issue("pack.yaml", where, "is retired but still used as a question id"))
        if new is not None and new not in questions:
            issues.append(_issue("pack.yaml", where, f"replacement '{clip(new)}' is not a question"))
    return issues


def _duplicates(file: str, path: str, ids: list[str]) -> list[PackIssue]:
    return [_issue(file, path, f"duplicate id '{clip(i)}'") for i, n in Counter(ids).items() if n > 1]


def _question_checks(
    q: dict[str, Any],
    questions: dict[str, dict[str, Any]],
    factors: set[str],
    principles: set[str],
    scales: dict[str, dict[str, Any]],
    raw: dict[str, Any],
    origin: dict[str, str],
) -> list[PackIssue]:
    issues: list[PackIssue] = []
    qid = q["id"]
    for pid in q["principles"]:
        if pid not in principles:
            issues.append(_issue(*_where(origin, qid, "principles"), f"unknown principle '{clip(pid)}'"))
    scale_id = q.get("scale") or raw.get("default_scale")
    if scale_id not in scales:
        issues.append(_issue(*_where(origin, qid, "scale"), f"unknown scale '{clip(scale_id)}'"))
    min_tier = Tier(q["min_tier"])
    if q.get("essential_from") and not Tier(q["essential_from"]).at_least(min_tier):
        issues.append(
            _issue(
                *_where(origin, qid, "essential_from"),
                f"essential from {q['essential_from']} but in scope only from {min_tier.value}",
            )
        )
    if q.get("condition") is None:
        return issues
    cond = Condition.model_validate(q["condition"])
    for fid in sorted(cond.factors() - factors):
        issues.append(_issue(*_where(origin, qid, "condition"), f"unknown factor '{clip(fid)}'"))
    for ref in sorted(cond.questions()):
        if ref not in questions:
            issues.append(_issue(*_where(origin, qid, "condition"), f"unknown question '{clip(ref)}'"))
        elif Tier(questions[ref]["min_tier"]).rank > min_tier.rank:
            issues.append(
                _issue(
                    *_where(origin, qid, "condition"),
                    f"depends on {clip(ref)}, which is asked only from {questions[ref]['min_tier']}: "
                    f"{clip(qid)} would be in scope at no tier from {min_tier.value} below that",
                )
            )
    for c in cond.walk():
        top = 2 if c.factor else None
        if c.question and c.question in questions:
            ref_scale = scales.get(questions[c.question].get("scale") or raw.get("default_scale") or "")
            top = max((lvl["value"] for lvl in ref_scale["levels"]), default=0) if ref_scale else None
        if top is not None and c.at_least is not None and c.at_least > top:
            issues.append(
                _issue(
                    *_where(origin, qid, "condition"),
                    f"asks for {clip(c.factor or c.question)} at least {clip(c.at_least)}, above its top level {top}: "
                    "the question would be in scope at no tier",
                )
            )
    return issues


def _cycles(questions: dict[str, dict[str, Any]], origin: dict[str, str]) -> list[PackIssue]:
    deps = {
        qid: sorted(Condition.model_validate(q["condition"]).questions() & questions.keys())
        if q.get("condition")
        else []
        for qid, q in questions.items()
    }
    issues: list[PackIssue] = []
    state: dict[str, int] = {}
    reported: set[frozenset[str]] = set()

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for dep in deps[node]:
            if state.get(dep) == 1:
                cycle = [*stack[stack.index(dep) :], dep]
                key = frozenset(cycle)
                if key not in reported:
                    reported.add(key)
                    issues.append(
                        _issue(
                            *_where(origin, node, "condition"),
                            "conditions form a cycle: " + " -> ".join(clip(q) for q in cycle),
                        )
                    )
            elif dep not in state:
                visit(dep, [*stack, dep])
        state[node] = 2

    for qid in sorted(deps):
        if qid not in state:
            visit(qid, [qid])
    return issues
