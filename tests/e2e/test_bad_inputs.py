"""Bad files given to the command line: exit 2, one clear line naming the file, the file unchanged."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assessor.cli import main
from assessor.core.assessment import file_bytes
from assessor.core.storage import FileProblem, loads_assessment
from tests.helpers.factories import blank_assessment
from tests.helpers.refusals import refusal


def _valid() -> dict:  # type: ignore[type-arg]
    return json.loads(file_bytes(blank_assessment()))


def _with(**changes: object) -> bytes:
    data = _valid()
    data.update(changes)
    return json.dumps(data).encode()


def _twice(old: str, new: str) -> bytes:
    return file_bytes(blank_assessment()).decode().replace(old, new).encode()


def _nested_duplicate() -> bytes:
    text = _with(answers={"TR-01": {"notes": "first"}}).decode()
    return text.replace('"notes": "first"', '"notes": "first", "notes": "second"').encode()


def _evidence(count: int) -> dict[str, object]:
    """``count`` evidence documents spread over answers of at most 100 each."""
    return {f"Q-{n}": {"evidence": [{"name": "x"}] * min(100, count - n * 100)} for n in range(-(-count // 100))}


CORPUS: dict[str, tuple[bytes, str]] = {
    "empty": (b"", "is empty"),
    "whitespace": (b"  \n\t\n", "is empty"),
    "binary": (bytes(range(256)) * 40, "not a text file"),
    "nul-in-text": (b'{"format_version": 2\x00}', "binary data"),
    "truncated-json": (file_bytes(blank_assessment())[:-40], "invalid JSON at line"),
    "wrong-types": (_with(triage="high", answers=[1, 2]), "not a valid assessment"),
    "json-array": (b"[1, 2, 3]", "holds a JSON list"),
    "json-null": (b"null", "holds a JSON null"),
    "ten-mb-string": (json.dumps("a" * 10_000_000).encode(), "is too large (9.5 MB) to be an assessment file"),
    "deep-nesting": (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    "deep-nesting-objects": (b'{"a":' * 100_000 + b"1" + b"}" * 100_000, "nested too deeply"),
    "pdf-renamed": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "is a PDF"),
    "newer-format": (_with(format_version=7), "newer assessor"),
    "format-version-string": (_with(format_version="2"), "invalid format_version"),
    "unknown-form-pack": (
        _with(form_pack={"id": "someone-elses-pack", "version": "1", "hash": "0" * 64}),
        "form pack 'someone-elses-pack'",
    ),
    "other-json-object": (b'{"name": "not ours", "version": 3}', "not an assessment file"),
    "latin1-text": ('{"institution": "Hôpital"}'.encode("latin-1"), "not a text file"),
    "unknown-key": (_with(institutoin={"name": "x"}), "institutoin"),
    "bad-level": (_with(answers={"TR-01": {"level": "three"}}), "answers.TR-01.level"),
    "duplicate-key": (_twice('"title": ""', '"title": "first", "title": "second"'), "key title twice"),
    "duplicate-nested-key": (_nested_duplicate(), "gives the key answers.TR-01.notes twice"),
    "huge-answer-id": (_with(answers={"A" * 1_000_000: {}}), "answers.AAAAAAAAAA"),
    "huge-factor-id": (_with(triage={"F" * 1_000_000: 1}), "triage.FFFFFFFFFF"),
    "huge-format-version": (_with(format_version="9" * 1_000_000), "invalid format_version '99999"),
    "too-many-lines": (_with(scope={"description": "a\n" * 10_001}), "more than 10,000 lines of text"),
    "too-much-evidence": (_with(answers=_evidence(600)), "lists 600 evidence documents"),
    "too-many-actions": (_with(actions=[{"id": f"A{i}"} for i in range(501)]), "actions: List should have at most 500"),
    "v1-answers-not-objects": (b'{"format_version": 1, "form_pack": {}, "answers": [1]}', "must be an object"),
    "v1-answered-twice": (
        b'{"format_version": 1, "form_pack": {}, "answers": [{"question": "TR-01"}, {"question": "TR-01"}]}',
        "is not a valid assessment of format 1: question TR-01 is answered twice",
    ),
    "v1-answer-without-question": (
        b'{"format_version": 1, "form_pack": {}, "answers": [{}]}',
        "is not a valid assessment of format 1: question is missing",
    ),
    "impossible-period-end": (
        _with(scope={"period_start": "2025-01-01", "period_end": "2025-13-45"}),
        "scope.period_end: '2025-13-45' is not a calendar date; write a real date as YYYY-MM-DD",
    ),
    "february-30": (_with(scope={"period_start": "2025-02-30"}), "scope.period_start: '2025-02-30' is not a calendar"),
    "date-without-dashes": (_with(scope={"period_start": "20250101"}), "scope.period_start: '20250101' is not a"),
    "impossible-due-date": (
        _with(actions=[{"id": "A1", "due": "2026-04-31"}]),
        "actions.0.due: '2026-04-31' is not a calendar date",
    ),
    "lone-surrogate": (_with(title="a\ud800b"), "title: Input should be text: it holds a lone surrogate"),
    "a-field-too-long": (_with(scope={"description": "a" * 100_001}), "scope.description: String should have at most"),
}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_bad_file_gives_exit_2_one_line_and_stays_unchanged(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content, expected = CORPUS[name]
    path = tmp_path / f"{name}.g4sa"
    path.write_bytes(content)
    code = main(["validate", str(path)])
    out, err = capsys.readouterr()
    assert code == 2, (code, out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err[:2000]
    assert "Traceback" not in err and str(path) in lines[0] and expected in lines[0], lines[0][:300]
    assert len(lines[0]) < 400 and len(out) < 400
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_missing_file_and_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "nope.g4sa")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["validate", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_real_process_prints_no_traceback(tmp_path: Path) -> None:
    path = tmp_path / "deep.g4sa"
    path.write_bytes(b"[" * 100_000)
    done = subprocess.run(
        [sys.executable, "-m", "assessor", "validate", str(path)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr and str(path) in done.stderr


@pytest.mark.parametrize("name", ["duplicate-nested-key", "huge-answer-id", "too-many-lines", "ten-mb-string"])
def test_report_refuses_the_same_files_and_writes_nothing(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content, expected = CORPUS[name]
    path = tmp_path / f"{name}.g4sa"
    path.write_bytes(content)
    code, line = refusal(["report", str(path), "-o", str(tmp_path / "out.pdf")], capsys)
    assert code == 2 and str(path) in line and expected in line, line
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_a_bad_previous_assessment_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "now.g4sa"
    good.write_bytes(file_bytes(blank_assessment()))
    previous = tmp_path / "before.g4sa"
    previous.write_bytes(CORPUS["duplicate-key"][0])
    argv = ["report", str(good), "-o", str(tmp_path / "out.pdf"), "--previous", str(previous)]
    code, line = refusal(argv, capsys)
    assert code == 2 and str(previous) in line and "key title twice" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["before.g4sa", "now.g4sa"]


def test_real_process_refuses_a_repeated_key_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "twice.g4sa"
    path.write_bytes(CORPUS["duplicate-nested-key"][0])
    done = subprocess.run(
        [sys.executable, "-m", "assessor", "validate", str(path)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "answers.TR-01.notes twice" in done.stderr


def test_a_file_name_with_a_line_break_still_gives_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "two\nlines.g4sa"
    path.write_bytes(b"{")
    code, line = refusal(["validate", str(path)], capsys)
    assert code == 2 and "two lines.g4sa: is damaged: invalid JSON" in line


@settings(max_examples=60, deadline=None)
@given(
    value=st.one_of(st.text(max_size=3000), st.integers(), st.floats(allow_nan=False)),
    where=st.sampled_from(["answer-id", "factor-id", "factor-level", "format-version", "pack-version", "title"]),
)
def test_any_bad_value_gives_a_short_message(value: object, where: str) -> None:
    """Whatever a field holds, the message about it quotes at most 80 characters of it."""
    data = _valid()
    if where == "answer-id":
        data["answers"] = {str(value) * 50: {}}
    elif where == "factor-id":
        data["triage"] = {str(value) * 50: 1}
    elif where == "factor-level":
        data["triage"] = {"F1": value}
    elif where == "format-version":
        data["format_version"] = value
    elif where == "pack-version":
        data["form_pack"]["version"] = value
    else:
        data["title"] = value
    try:
        loads_assessment(json.dumps(data).encode(), "value.g4sa")
    except FileProblem as exc:
        assert len(str(exc)) < 300, str(exc)[:400]
