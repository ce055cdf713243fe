"""The assessment file: round trips, migration, atomic saves with backups, evidence hashing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessor.core.assessment import (
    Action,
    ActionStatus,
    Answer,
    Assessment,
    Evidence,
    Person,
    Priority,
    RaisedTier,
    canonical_bytes,
    file_bytes,
    fingerprint,
)
from assessor.core.limits import MAX_ASSESSMENT_BYTES
from assessor.core.storage import FileProblem, backup_path, hash_file, load_assessment, save_assessment
from assessor.core.tiers import Tier
from tests.helpers.factories import blank_assessment, pack_ref

DATA = Path(__file__).resolve().parents[1] / "data" / "assessments"

text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
hexes = st.text("0123456789abcdef", min_size=64, max_size=64)
dates = st.dates().map(lambda d: d.isoformat()) | st.just("")
question_ids = st.from_regex(r"[A-Z]{2}-[0-9]{2}", fullmatch=True)

evidence = st.builds(
    Evidence, name=text.filter(bool), description=text, sha256=hexes, size=st.integers(0, 2**40), location=text
)
answers = st.one_of(
    st.builds(
        Answer, level=st.integers(0, 4), notes=text, evidence=st.lists(evidence, max_size=2), flagged=st.booleans()
    ),
    st.builds(Answer, na=st.just(True), na_justification=text, notes=text),
    st.builds(Answer),
)
actions = st.builds(
    Action,
    id=st.from_regex(r"A-[A-Z]{2}-[0-9]{2}", fullmatch=True),
    question_id=question_ids,
    recommendation=text,
    priority=st.sampled_from(Priority),
    owner=text,
    due=dates,
    status=st.sampled_from(ActionStatus),
)


@st.composite
def assessments(draw: st.DrawFn) -> Assessment:
    a = Assessment(form_pack=pack_ref(), title=draw(text))
    a.institution.name = draw(text)
    a.institution.country = draw(text)
    a.scope.activities = draw(st.lists(text, max_size=3))
    a.scope.period_start = draw(dates)
    a.assessors = draw(st.lists(st.builds(Person, name=text, role=text), max_size=2))
    a.triage = draw(st.dictionaries(st.sampled_from([f"F{i}" for i in range(1, 13)]), st.integers(0, 2)))
    if draw(st.booleans()):
        a.raised_tier = RaisedTier(tier=draw(st.sampled_from(Tier)), justification=draw(text.filter(bool)))
    a.answers = draw(st.dictionaries(question_ids, answers, max_size=6))
    a.actions = draw(st.lists(actions, max_size=3))
    return a


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(assessment=assessments())
def test_save_load_save_is_byte_identical(tmp_path: Path, assessment: Assessment) -> None:
    first = tmp_path / "a.g4sa"
    second = tmp_path / "b.g4sa"
    save_assessment(assessment, first)
    loaded = load_assessment(first)
    save_assessment(loaded, second)
    assert first.read_bytes() == second.read_bytes()
    assert fingerprint(loaded) == fingerprint(assessment)
    assert loaded == assessment


def test_canonical_form_is_compact_sorted_utf8() -> None:
    a = blank_assessment()
    a.institution.name = "Łódź Müller"
    raw = canonical_bytes(a)
    assert "Łódź Müller".encode() in raw
    assert b": " not in raw and b"\n" not in raw
    assert json.loads(raw) == json.loads(file_bytes(a))
    assert list(json.loads(raw)) == sorted(json.loads(raw))


def test_fingerprint_changes_with_any_answer() -> None:
    a = blank_assessment()
    before = fingerprint(a)
    a.answer("TR-01").level = 2
    assert fingerprint(a) != before


def test_save_keeps_previous_version_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "x.g4sa"
    a = blank_assessment()
    a.institution.name = "first"
    save_assessment(a, path)
    first = path.read_bytes()
    a.institution.name = "second"
    save_assessment(a, path)
    assert backup_path(path).read_bytes() == first
    assert load_assessment(path).institution.name == "second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.g4sa", "x.g4sa.bak"]


def test_prototype_v1_file_migrates() -> None:
    path = DATA / "prototype-v1.g4sa"
    before = path.read_bytes()
    a = load_assessment(path)
    assert a.format_version == 2
    assert a.institution.name == "Hôpital Saint-Éloi" and a.institution.country == "France"
    assert a.answers["TR-01"].level == 3 and a.answers["TR-01"].evidence[0].size == 48213
    assert a.answers["TR-02"].na and a.answers["TR-02"].flagged
    assert a.answers["TR-02"].na_justification.startswith("Aucune demande")
    assert path.read_bytes() == before  # opening never rewrites


def test_newer_format_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "future.g4sa"
    data = json.loads(file_bytes(blank_assessment()))
    data["format_version"] = 99
    path.write_text(json.dumps(data))
    try:
        load_assessment(path)
    except FileProblem as exc:
        assert "newer assessor" in str(exc) and "update assessor" in str(exc) and str(path) in str(exc)
    else:
        raise AssertionError("a newer file was accepted")


def test_hash_file_streams_in_chunks(tmp_path: Path) -> None:
    big = tmp_path / "big.bin"
    with big.open("wb") as fh:
        for i in range(5):
            fh.write(bytes([i]) * (1024 * 1024 + 7))
    seen: list[int] = []
    digest, size = hash_file(big, lambda done, total: seen.append(done))
    import hashlib

    assert digest == hashlib.sha256(big.read_bytes()).hexdigest()
    assert size == big.stat().st_size
    assert len(seen) == 6 and seen[-1] == size  # 1 MiB at a time, never the whole file


def test_unreadable_evidence_is_a_file_problem(tmp_path: Path) -> None:
    try:
        hash_file(tmp_path / "missing.pdf")
    except FileProblem as exc:
        assert "missing.pdf" in str(exc)
    else:
        raise AssertionError


def test_write_failure_leaves_everything_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "keep.g4sa"
    a = blank_assessment()
    save_assessment(a, path)
    before = path.read_bytes()
    target = tmp_path / "no-such-folder" / "keep.g4sa"
    try:
        save_assessment(a, target)
    except FileProblem as exc:
        assert "does not exist" in str(exc) and "no-such-folder" in str(exc)
    else:
        raise AssertionError("saving into a missing folder succeeded")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.g4sa"]


@pytest.mark.parametrize("style", ["words", "unbroken", "short"])
def test_the_largest_assessment_is_accepted_and_one_line_more_is_not(style: str, tmp_path: Path) -> None:
    from tests.helpers.largest import largest_assessment

    a = largest_assessment(style, spare_lines=0)
    path = tmp_path / "largest.g4sa"
    save_assessment(a, path)
    assert len(path.read_bytes()) < MAX_ASSESSMENT_BYTES
    assert load_assessment(path) == a
    a.scope.description += "\none line more"
    with pytest.raises(FileProblem, match="holds more than 10,000 lines of text"):
        save_assessment(a, path)
    path.write_bytes(file_bytes(a))
    with pytest.raises(FileProblem, match="holds more than 10,000 lines of text"):
        load_assessment(path)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ('{"a": 1, "a": 2}', "a"),
        ('{"x": {"y": [1, {"z": 1, "z": 2}]}}', "x.y[1].z"),
        ('[{"k": [{}, {"q": {"r": 1, "r": 1}}]}]', "[0].k[1].q.r"),
        ('{"a": {"b": 1, "b": 2}, "c": {"d": 1, "d": 1}}', "a.b"),  # the first one in the file
    ],
)
def test_a_repeated_key_is_named_by_its_place(tmp_path: Path, text: str, place: str) -> None:
    path = tmp_path / "twice.g4sa"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FileProblem) as refused:
        load_assessment(path)
    assert f"gives the key {place} twice" in str(refused.value)
