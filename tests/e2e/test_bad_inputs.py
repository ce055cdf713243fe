"""Bad files given to the command line: exit 2, one clear line naming the file, the file unchanged."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assessor.cli import main
from assessor.core.assessment import file_bytes
from tests.helpers.factories import blank_assessment


def _valid() -> dict:  # type: ignore[type-arg]
    return json.loads(file_bytes(blank_assessment()))


def _with(**changes: object) -> bytes:
    data = _valid()
    data.update(changes)
    return json.dumps(data).encode()


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
    assert len(lines[0]) < 400
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
