"""Form-pack validation: one test per kind of mistake, each checking the message names the place."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assessor.core.forms.hashing import content_hash
from assessor.core.forms.loader import check_pack, load_pack
from assessor.resources import default_pack_dir
from tests.helpers.factories import copy_pack


def _edit(path: Path, change: object) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _first_element(pack: Path) -> Path:
    return sorted((pack / "elements").glob("*.yaml"))[0]


def _messages(pack: Path) -> list[str]:
    return [str(i) for i in check_pack(pack)]


def test_shipped_pack_is_valid() -> None:
    assert check_pack(default_pack_dir()) == []


def test_duplicate_question_id_is_named(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    element = _first_element(pack)

    def dup(d: dict) -> None:  # type: ignore[type-arg]
        d["questions"].append(dict(d["questions"][0]))

    _edit(element, dup)
    msgs = _messages(pack)
    first_id = yaml.safe_load(element.read_text())["questions"][0]["id"]
    assert any(element.name in m and f"duplicate id '{first_id}'" in m for m in msgs), msgs


def test_unknown_key_is_named_with_its_path(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    element = _first_element(pack)
    _edit(element, lambda d: d["questions"][1].update({"guidence": "typo"}))
    msgs = _messages(pack)
    assert any(element.name in m and "questions[1].guidence" in m and "unknown key" in m for m in msgs), msgs


def test_unknown_principle_reference(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    element = _first_element(pack)
    _edit(element, lambda d: d["questions"][0].update({"principles": ["P9"]}))
    msgs = _messages(pack)
    assert any(element.name in m and "questions[0].principles" in m and "'P9'" in m for m in msgs), msgs


def test_unknown_question_in_condition(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    element = _first_element(pack)
    _edit(element, lambda d: d["questions"][0].update({"condition": {"question": "ZZ-99", "at_least": 1}}))
    msgs = _messages(pack)
    assert any(element.name in m and "questions[0].condition" in m and "'ZZ-99'" in m for m in msgs), msgs


def test_unknown_factor_in_tier_rule(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    _edit(pack / "triage.yaml", lambda d: d["rules"][0].update({"when": {"factor": "F99", "at_least": 1}}))
    msgs = _messages(pack)
    assert any(m.startswith("triage.yaml: rules[0].when") and "'F99'" in m for m in msgs), msgs


def test_question_in_scope_at_no_tier(tmp_path: Path) -> None:
    """Essential before it is even asked, or a condition no answer can meet: named as such."""
    pack = copy_pack(tmp_path)
    element = _first_element(pack)

    def never(d: dict) -> None:  # type: ignore[type-arg]
        d["questions"][1]["condition"] = {"question": d["questions"][0]["id"], "at_least": 7}
        d["questions"][0]["min_tier"] = "moderate"
        d["questions"][0]["essential_from"] = "low"

    _edit(element, never)
    msgs = _messages(pack)
    assert any("questions[1].condition" in m and "in scope at no tier" in m for m in msgs), msgs
    assert any("questions[0].essential_from" in m and "in scope only from moderate" in m for m in msgs), msgs


def test_bad_tier_value_is_named(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    element = _first_element(pack)
    _edit(element, lambda d: d["questions"][0].update({"min_tier": "medium"}))
    msgs = _messages(pack)
    assert any(element.name in m and "questions[0].min_tier" in m for m in msgs), msgs


def test_condition_cycle_is_reported(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    element = _first_element(pack)

    def cycle(d: dict) -> None:  # type: ignore[type-arg]
        a, b = d["questions"][0], d["questions"][1]
        a["min_tier"] = b["min_tier"] = "low"
        a.pop("essential_from", None)
        b.pop("essential_from", None)
        a["condition"] = {"question": b["id"], "at_least": 1}
        b["condition"] = {"question": a["id"], "at_least": 1}

    _edit(element, cycle)
    msgs = _messages(pack)
    assert any(element.name in m and "cycle" in m for m in msgs), msgs


def test_broken_yaml_names_line(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    (pack / "scales.yaml").write_text("scales: [\n  - id: x\n", encoding="utf-8")
    msgs = _messages(pack)
    assert any(m.startswith("scales.yaml: line ") and "not valid YAML" in m for m in msgs), msgs


def test_unknown_translation_id(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    (pack / "translations").mkdir(exist_ok=True)
    (pack / "translations" / "xx.yaml").write_text("language: xx\nquestions:\n  NO-01: {text: x}\n", encoding="utf-8")
    msgs = _messages(pack)
    assert any("translations/xx.yaml: questions.NO-01" in m for m in msgs), msgs


def test_every_mistake_is_listed_at_once(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    element = _first_element(pack)
    _edit(element, lambda d: [d["questions"][0].update({"x1": 1}), d["questions"][1].update({"x2": 2})])
    msgs = _messages(pack)
    assert len([m for m in msgs if "unknown key" in m]) == 2


def test_content_hash_ignores_line_endings_and_bom(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    before = content_hash(pack)
    for path in pack.rglob("*.yaml"):
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    assert content_hash(pack) == before
    assert load_pack(pack).hash == before


def test_content_hash_changes_with_content(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    before = content_hash(pack)
    _edit(_first_element(pack), lambda d: d["questions"][0].update({"text": d["questions"][0]["text"] + "?"}))
    assert content_hash(pack) != before


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_pack_loads_in_each_language_with_fallback(lang: str) -> None:
    pack = load_pack(default_pack_dir(), lang)
    assert pack.language == lang
    assert all(q.text for q in pack.questions())
