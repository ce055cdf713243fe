"""The command line's core commands, as a script would use them."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from assessor.cli import main
from assessor.cli.common import write_output
from assessor.core.assessment import fingerprint
from assessor.core.storage import OutputExists, save_assessment
from tests.conftest import NetworkUsed
from tests.helpers.factories import blank_assessment, copy_pack


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_forms_show_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["forms", "show", "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert {"id", "version", "hash", "factors", "elements"} <= data.keys()
    assert [f["id"] for f in data["factors"]] == [f"F{i}" for i in range(1, 13)]
    for element in data["elements"]:
        assert {"id", "title", "questions"} <= element.keys()
        for q in element["questions"]:
            assert q["min_tier"] in ("low", "moderate", "high")
            assert q["essential_from"] in (None, "low", "moderate", "high")


def test_forms_check_ok_and_failing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["forms", "check"], capsys)[0] == 0
    pack = copy_pack(tmp_path)
    (pack / "scales.yaml").write_text("default_scale: nope\nscales: []\n")
    code, out, _ = run(["forms", "check", str(pack)], capsys)
    assert code == 1
    assert "scales.yaml" in out and "problem" in out
    assert run(["forms", "check", str(tmp_path / "nothing")], capsys)[0] == 2


def test_tier_json_and_errors(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["tier", "--set", "F1=2", "--set", "F3=1", "--json"], capsys)
    data = json.loads(out)
    # pack 1.1.0: the ten unanswered factors count at level 2 until answered, and the tier is provisional
    assert code == 0 and data["tier"] == "high" and data["total"] == 23 and data["provisional"] is True
    assert "F1" not in data["unanswered"] and "F12" in data["unanswered"]
    assert data["reasons"][0].startswith("Provisional: F2, F4, F5,")
    code, out, _ = run(["tier", *[f"--set=F{i}=0" for i in range(1, 13)], "--json"], capsys)
    assert json.loads(out) == {**json.loads(out), "tier": "low", "total": 0, "provisional": False, "unanswered": []}
    code, out, _ = run(["tier", "--set", "F1=2", "--set", "F3=1", "--json", "--pack-version", "1.0.0"], capsys)
    data = json.loads(out)
    assert data == {**data, "tier": "moderate", "total": 3, "provisional": False, "pack_version": "1.0.0"}
    code, _, err = run(["tier", "--set", "F1=2", "--pack-version", "9.9"], capsys)
    assert code == 2 and "no such version" in err and "1.0.0, 1.1.0" in err
    code, _, err = run(["tier", "--set", "F3=5"], capsys)
    assert code == 2 and "F3 must be 0, 1 or 2" in err
    code, _, err = run(["tier", "--set", "F99=1"], capsys)
    assert code == 2 and "unknown factor 'F99'" in err
    code, _, err = run(["tier", "--set", "F1"], capsys)
    assert code == 2 and "FACTOR=LEVEL" in err


def test_validate_json_prints_fingerprint(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = blank_assessment()
    a.triage = {"F3": 2}
    path = tmp_path / "a.g4sa"
    save_assessment(a, path)
    code, out, _ = run(["validate", str(path), "--json"], capsys)
    data = json.loads(out)
    assert code == 0
    assert data == {**data, "valid": True, "fingerprint": fingerprint(a), "format_version": 2, "tier": "high"}


def test_validate_reports_answers_the_pack_does_not_have(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = blank_assessment()
    a.answer("ZZ-01").level = 2
    path = tmp_path / "a.g4sa"
    save_assessment(a, path)
    code, out, _ = run(["validate", str(path)], capsys)
    assert code == 1 and "answers.ZZ-01: no such question" in out


def test_write_output_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    with pytest.raises(OutputExists):
        write_output(target, b"new", force=False)
    assert target.read_bytes() == b"old"
    write_output(target, b"new", force=True)
    assert target.read_bytes() == b"new"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and capsys.readouterr().out.startswith("assessor ")


def test_app_without_display_says_so(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    code, _, err = run([], capsys)
    assert code == 2 and "no display" in err and err.count("\n") == 1


@pytest.mark.parametrize("args", [["valdiate", "x.g4sa"], ["valdiate"]])
def test_a_mistyped_command_names_the_commands_instead_of_starting_the_app(
    args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import assessor.cli.app_cmd

    def no_app(_path: str | None) -> int:
        raise AssertionError("the app was started")

    monkeypatch.setattr(assessor.cli.app_cmd, "run_app", no_app)
    code, out, err = run(args, capsys)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "'valdiate'" in err and "did you mean 'validate'" in err
    assert all(command in err for command in ("validate", "report", "sign", "verify", "demo"))


def test_network_guard_catches_a_connection() -> None:
    """The autouse guard is real: a test that reaches for the network fails."""
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(NetworkUsed):
            s.connect(("127.0.0.1", 9))
    finally:
        s.close()


def test_validate_names_a_period_ending_before_it_starts_and_a_bad_email(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Dates that exist but cannot be right, and a malformed e-mail: the check fails (exit 1), each one located."""
    assessment = blank_assessment()
    assessment.scope.period_start, assessment.scope.period_end = "2025-06-01", "2025-01-31"
    assessment.signatory.email = "not-an-email"
    path = tmp_path / "a.g4sa"
    save_assessment(assessment, path)
    code, out, _ = run(["validate", str(path)], capsys)
    assert code == 1
    assert "scope.period_end: the period ends (2025-01-31) before it starts (2025-06-01)" in out
    assert "signatory.email: 'not-an-email' is not an e-mail address" in out
    assessment.scope.period_end, assessment.signatory.email = "2025-06-01", "dpo@hospital.example.org"
    save_assessment(assessment, path)
    code, out, _ = run(["validate", "--json", str(path)], capsys)
    assert code == 0 and json.loads(out)["problems"] == []


def test_validate_accepts_a_file_without_dates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.g4sa"
    save_assessment(blank_assessment(), path)
    assert run(["validate", str(path)], capsys)[0] == 0
