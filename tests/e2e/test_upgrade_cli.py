"""``assessor upgrade`` and the notices about a newer form pack, as a script would use them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assessor.cli import main
from assessor.core.storage import load_assessment

RELEASED_FILE = Path(__file__).resolve().parents[1] / "data" / "assessments" / "pack-1.0.0-low.g4sa"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "old.g4sa"
    shutil.copyfile(RELEASED_FILE, path)
    return path


def test_validate_and_report_say_a_newer_pack_exists(old_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["validate", str(old_file)], capsys)
    assert code == 0 and "form pack ga4gh-framework 1.0.0" in out and "tier Low\n" in out
    assert "form pack ga4gh-framework 2.0.0 is newer; 'assessor upgrade" in out
    code, out, _ = run(["validate", str(old_file), "--json"], capsys)
    data = json.loads(out)
    assert data["form_pack"] == {**data["form_pack"], "version": "1.0.0", "newer_version": "2.0.0"}
    assert data["valid"] and data["tier"] == "low" and data["tier_provisional"] is False
    code, out, _ = run(
        ["report", str(old_file), "-o", str(old_file.with_suffix(".pdf")), "--date", "2026-12-01"], capsys
    )
    assert code == 0 and "2.0.0 is newer ('assessor upgrade')" in out


def test_upgrade_writes_a_new_file_with_a_provisional_tier(old_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = old_file.read_bytes()
    new = old_file.with_name("new.g4sa")
    code, out, err = run(["upgrade", str(old_file), "-o", str(new)], capsys)
    assert code == 0, err
    assert f"{new}: written, answered against form pack ga4gh-framework 2.0.0" in out
    assert "risk factors set back to unanswered" in out and "F1 Identifiability (was 0)" in out
    assert "merged into RB-01 (the lower answer kept, every note): RB-01, RB-02, RB-03, RB-04, RB-11" in out
    assert "target at High: 4 -> 3 (essential questions 4)" in out
    assert "tier: High (provisional until F1, F3, F4, F5, F6, F7, F9, F11, F12 are answered)" in out
    assert old_file.read_bytes() == before
    moved = load_assessment(new)
    assert moved.form_pack.version == "2.0.0" and "F1" not in moved.triage and moved.triage["F10"] == 1
    code, out, _ = run(["validate", str(new), "--json"], capsys)
    data = json.loads(out)
    assert code == 0 and data["valid"] and data["tier_provisional"] is True
    assert data["form_pack"]["newer_version"] is None


def test_upgrade_json(old_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["upgrade", str(old_file), "-o", str(old_file.with_name("n.g4sa")), "--json"], capsys)
    data = json.loads(out)
    assert code == 0
    assert data == {
        **data,
        "from_version": "1.0.0",
        "to_version": "2.0.0",
        "factors_reset": ["F1", "F3", "F4", "F5", "F6", "F7", "F9", "F11", "F12"],
        "tier": "high",
        "provisional": True,
        "unanswered": ["F1", "F3", "F4", "F5", "F6", "F7", "F9", "F11", "F12"],
    }


def test_upgrade_refuses_bad_input_in_one_line(old_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = old_file.with_name("new.g4sa")
    assert run(["upgrade", str(old_file), "-o", str(new)], capsys)[0] == 0
    code, _, err = run(["upgrade", str(old_file), "-o", str(new)], capsys)
    assert code == 2 and "already exists" in err and err.count("\n") == 1
    assert run(["upgrade", str(old_file), "-o", str(new), "--force"], capsys)[0] == 0
    code, _, err = run(["upgrade", str(new), "-o", str(old_file.with_name("again.g4sa"))], capsys)
    assert code == 2 and "already answered against form pack ga4gh-framework 2.0.0, the newest installed" in err
    assert not old_file.with_name("again.g4sa").exists()
    code, _, err = run(["upgrade", str(old_file.with_name("missing.g4sa")), "-o", str(new), "--force"], capsys)
    assert code == 2 and "missing.g4sa" in err and err.count("\n") == 1
    future = old_file.with_name("future.g4sa")
    future.write_text(old_file.read_text(encoding="utf-8").replace('"1.0.0"', '"9.0.0"'), encoding="utf-8")
    code, _, err = run(["upgrade", str(future), "-o", str(new), "--force"], capsys)
    assert code == 2 and "9.0.0, which is not installed" in err
