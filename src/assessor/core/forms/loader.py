"""Load a form pack from its folder, validate it, and compute its content hash.

Every mistake found is reported as a `PackIssue` naming the file and the place inside it; all are
collected before giving up, so an author sees the whole list at once.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from assessor.core.forms import checks
from assessor.core.forms.errors import FormPackError, PackIssue
from assessor.core.forms.hashing import content_hash
from assessor.core.forms.models import (
    AnswerScale,
    CoreElement,
    FormPack,
    Principle,
    Source,
    TierSpec,
    Triage,
)
from assessor.core.forms.translations import Translation, anchor_count_problems, apply, unknown_keys
from assessor.core.limits import MAX_PACK_FILE_BYTES, clip
from assessor.core.records import Record, ValidationError, field


class _Header(Record, frozen=True):
    id: str
    version: str
    title: str
    source: Source
    languages: tuple[str, ...] = ("en",)
    principles: tuple[Principle, ...]
    tiers: tuple[TierSpec, ...]
    retired_questions: dict[str, str | None] = field(default_factory=dict)


class _Scales(Record, frozen=True):
    default_scale: str
    scales: tuple[AnswerScale, ...]


def _loc(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{clip(part)}" if out else clip(part))
    return out


def _validate(model: type[Record], data: Any, file: str, prefix: str, issues: list[PackIssue]) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            path = _loc((*((prefix,) if prefix else ()), *err["loc"]))
            issues.append(PackIssue(file, path, err["msg"]))
        return None


def _read_yaml(path: Path, folder: Path, issues: list[PackIssue]) -> Any:
    import yaml  # only when a pack is read from its YAML (the compiled copy in the cache needs neither)

    from assessor.core.forms.yaml_reader import Refused, load_yaml

    rel = path.relative_to(folder).as_posix()
    try:
        if path.stat().st_size > MAX_PACK_FILE_BYTES:
            issues.append(PackIssue(rel, "", f"file is too large (at most {MAX_PACK_FILE_BYTES // 1024 // 1024} MB)"))
            return None
        data = load_yaml(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        issues.append(PackIssue(rel, "", "file is missing"))
        return None
    except (yaml.YAMLError, UnicodeDecodeError, RecursionError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or exc
        message = problem if isinstance(exc, Refused) else f"not valid YAML ({clip(problem)})"
        issues.append(PackIssue(rel, where, str(message)))
        return None
    if not isinstance(data, dict):
        issues.append(PackIssue(rel, "", "expected a mapping at the top of the file"))
        return None
    return data


def read_raw(folder: Path) -> tuple[dict[str, Any], dict[str, str], list[PackIssue]]:
    """The pack as one dictionary, a map from each part to its file, and the problems found so far."""
    issues: list[PackIssue] = []
    origin: dict[str, str] = {}
    header = _read_yaml(folder / "pack.yaml", folder, issues) or {}
    triage = _read_yaml(folder / "triage.yaml", folder, issues) or {}
    scales = _read_yaml(folder / "scales.yaml", folder, issues) or {}
    if header:
        _validate(_Header, header, "pack.yaml", "", issues)
    if triage:
        _validate(Triage, triage, "triage.yaml", "", issues)
    if scales:
        _validate(_Scales, scales, "scales.yaml", "", issues)
    elements: list[dict[str, Any]] = []
    element_files = sorted((folder / "elements").glob("*.yaml"))
    if not element_files:
        issues.append(PackIssue("elements/", "", "no Core Element files found"))
    for path in element_files:
        rel = path.relative_to(folder).as_posix()
        data = _read_yaml(path, folder, issues)
        if data is None:
            continue
        if _validate(CoreElement, data, rel, "", issues) is not None:
            elements.append(data)
            origin[f"element:{data['id']}"] = rel
            for i, q in enumerate(data["questions"]):
                origin[f"question:{q['id']}"] = f"{rel}\0questions[{i}]"
    raw = {**header, "triage": triage, **scales, "elements": elements}
    return raw, origin, issues


def load_pack(folder: Path, language: str = "en") -> FormPack:
    """Load and validate the pack in ``folder``, in ``language`` (falling back to English)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FormPackError(folder, [PackIssue(str(folder), "", "not a folder holding a form pack")])
    raw, origin, issues = read_raw(folder)
    if not issues:
        issues += checks.cross_checks(raw, origin)
    translations = _load_translations(folder, raw, issues) if not issues else {}
    if issues:
        raise FormPackError(folder, issues)
    localized = copy.deepcopy(raw)
    if language != "en" and language in translations:
        apply(localized, translations[language])
    localized["hash"] = content_hash(folder)
    return FormPack.model_validate(localized)


def _load_translations(folder: Path, raw: dict[str, Any], issues: list[PackIssue]) -> dict[str, Translation]:
    found: dict[str, Translation] = {}
    for path in sorted((folder / "translations").glob("*.yaml")):
        rel = path.relative_to(folder).as_posix()
        data = _read_yaml(path, folder, issues)
        tr = _validate(Translation, data, rel, "", issues) if data is not None else None
        if tr is None:
            continue
        for where, ident in unknown_keys(raw, tr):
            issues.append(PackIssue(rel, where, f"'{clip(ident)}' is not an id in this pack"))
        for where, problem in anchor_count_problems(raw, tr):
            issues.append(PackIssue(rel, where, problem))
        found[tr.language] = tr
    return found


def check_pack(folder: Path) -> list[PackIssue]:
    """Every problem in the pack at ``folder`` (empty when it is valid), in every language it ships."""
    try:
        load_pack(folder)
    except FormPackError as exc:
        return exc.issues
    return []
