"""The signing commands as a user or a script runs them: exit codes, messages, files."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from assessor.cli import main, signing_cmd
from assessor.core import paths
from assessor.core.assessment import Assessment, fingerprint
from assessor.core.storage import load_assessment, save_assessment
from assessor.report import attestation
from assessor.signing import pdf as pdfdoc
from tests.signing.reports import SigningIdentity, make_lookalike_report, make_report


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def files(
    tmp_path: Path,
    report: bytes,
    assessment: Assessment,
    assessor_id: SigningIdentity,
    board_id: SigningIdentity,
    monkeypatch: pytest.MonkeyPatch,
) -> dict[str, Path]:
    monkeypatch.setenv("ASSESSOR_PASS", assessor_id.passphrase.decode())
    monkeypatch.setenv("BOARD_PASS", board_id.passphrase.decode())
    (tmp_path / "report.pdf").write_bytes(report)
    save_assessment(assessment, tmp_path / "assessment.g4sa", backup=False)
    (tmp_path / "assessor.pem").write_bytes(assessor_id.cert_pem)
    (tmp_path / "board.pem").write_bytes(board_id.cert_pem)
    return {
        "report": tmp_path / "report.pdf",
        "assessment": tmp_path / "assessment.g4sa",
        "signed": tmp_path / "signed.pdf",
        "assessor_id": assessor_id.path,
        "board_id": board_id.path,
        "assessor_cert": tmp_path / "assessor.pem",
        "board_cert": tmp_path / "board.pem",
    }


def sign(files: dict[str, Path], capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str, str]:
    """``assessor sign`` of the report (which carries its assessment)."""
    return run(
        ["sign", str(files["report"]), "--identity", str(files["assessor_id"]), "--passphrase-env", "ASSESSOR_PASS",
         "-o", str(files["signed"]), *extra],
        capsys,
    )  # fmt: skip


def test_identity_new_from_env_is_private(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PASS", "correct horse battery staple")
    out_file = tmp_path / "me.p12"
    code, out, err = run(
        ["identity", "new", "--name", "Zoë Müller", "--org", "Hôpital", "--role", "DPO", "--email", "z@example.org",
         "-o", str(out_file), "--passphrase-env", "PASS", "--key", "ec"],
        capsys,
    )  # fmt: skip
    assert code == 0, err
    assert "Zoë Müller, DPO, Hôpital" in out
    assert stat.S_IMODE(out_file.stat().st_mode) == 0o600
    assert "correct horse" not in out + err
    # default location: the identities folder
    code, out, err = run(
        ["identity", "new", "--name", "Kim Lee", "--org", "Org", "--passphrase-env", "PASS", "--key", "ec"], capsys
    )
    assert code == 0, err
    assert (paths.identities_dir() / "kim-lee.p12").is_file()
    code, out, _ = run(["identity", "list"], capsys)
    assert "kim-lee.p12" in out


def test_identity_new_refuses_empty_or_missing_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    base = ["identity", "new", "--name", "A", "--org", "B", "--key", "ec", "-o", str(tmp_path / "a.p12")]
    monkeypatch.setenv("EMPTY", "")
    code, _, err = run([*base, "--passphrase-env", "EMPTY"], capsys)
    assert code == 2 and "empty" in err
    code, _, err = run([*base, "--passphrase-env", "NOT_SET_ANYWHERE"], capsys)
    assert code == 2 and "NOT_SET_ANYWHERE is not set" in err
    monkeypatch.setattr(signing_cmd, "_interactive", lambda: False)
    code, _, err = run(base, capsys)
    assert code == 2 and "--passphrase-env" in err
    assert not (tmp_path / "a.p12").exists()


def test_identity_new_asks_twice_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["s3cret", "s3cret", "lantern river 42", "lantern river 42", "one", "two"])
    monkeypatch.setattr(signing_cmd, "_interactive", lambda: True)
    monkeypatch.setattr(signing_cmd.getpass, "getpass", lambda prompt="": next(answers))
    target = tmp_path / "t.p12"
    base = ["identity", "new", "--name", "A", "--org", "B", "--key", "ec"]
    code, _, err = run([*base, "-o", str(target)], capsys)  # six characters: too short for a new identity
    assert code == 2 and "at least 12" in err and not target.exists()
    assert run([*base, "-o", str(target)], capsys)[0] == 0
    code, _, err = run([*base, "-o", str(tmp_path / "u.p12")], capsys)
    assert code == 2 and "differ" in err
    assert not (tmp_path / "u.p12").exists()


def test_identity_new_refuses_a_weak_passphrase_from_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    base = ["identity", "new", "--name", "A", "--org", "B", "--key", "ec", "--passphrase-env", "PW"]
    monkeypatch.setenv("PW", "aaaaaaaaaaaaaaaa")  # long enough, but one repeated character
    code, _, err = run([*base, "-o", str(tmp_path / "w.p12")], capsys)
    assert code == 2 and "too easy to guess" in err and not (tmp_path / "w.p12").exists()


def test_export_cert_and_wrong_passphrase(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cert = tmp_path / "cert.pem"
    code, _, err = run(
        ["identity", "export-cert", str(files["assessor_id"]), "-o", str(cert), "--passphrase-env", "ASSESSOR_PASS"],
        capsys,
    )
    assert code == 0, err
    assert cert.read_bytes() == files["assessor_cert"].read_bytes()
    monkeypatch.setenv("WRONG", "nope")
    code, _out, err = run(
        ["identity", "export-cert", str(files["assessor_id"]), "-o", str(tmp_path / "x.pem"), "--passphrase-env",
         "WRONG"],
        capsys,
    )  # fmt: skip
    assert code == 2
    assert err.strip() == f"assessor: wrong passphrase for {files['assessor_id'].name}"
    assert not (tmp_path / "x.pem").exists()
    code, _, err = run(
        ["sign", str(files["report"]), "--identity", str(files["assessor_id"]), "--passphrase-env", "WRONG", "-o",
         str(files["signed"])],
        capsys,
    )  # fmt: skip
    assert code == 2 and "wrong passphrase" in err
    assert not files["signed"].exists()


def test_sign_verify_extract(
    files: dict[str, Path], assessment: Assessment, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = sign(files, capsys, "--location", "Lyon")
    assert code == 0, err
    assert "Zoë Müller-Łukasiewicz" in out

    code, out, err = run(["verify", str(files["signed"]), "--trust", str(files["assessor_cert"])], capsys)
    assert code == 0, out + err
    assert "VALID" in out and "NOT VALID" not in out
    assert fingerprint(assessment) in out

    code, out, _ = run(["verify", str(files["signed"]), "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["valid"] is True and data["fingerprint_match"] is True
    [sig] = data["signatures"]
    assert {"signer", "time", "intact", "valid", "trusted", "whole_document"} <= sig.keys()
    assert sig["signer"] == "Zoë Müller-Łukasiewicz" and sig["trusted"] is False

    # trusting someone else: the signature is fine but not by whom we trust
    code, out, _ = run(["verify", str(files["signed"]), "--trust", str(files["board_cert"])], capsys)
    assert code == 1
    assert "not every signer is trusted" in out

    extracted = tmp_path / "extracted.g4sa"
    code, out, err = run(["extract", str(files["signed"]), "-o", str(extracted)], capsys)
    assert code == 0, err
    printed = pdfdoc.printed_ids(pdfdoc.latest(pdfdoc.open_reader(files["signed"].read_bytes()))).fingerprint
    assert fingerprint(load_assessment(extracted)) == printed == fingerprint(assessment)
    assert printed in out and "matches" in out
    code, out, _ = run(["validate", str(extracted), "--json"], capsys)
    assert json.loads(out)["fingerprint"] == printed


def test_writers_refuse_to_overwrite_without_force(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    files["signed"].write_bytes(b"precious")
    code, _, err = sign(files, capsys)
    assert code == 2 and "--force" in err
    assert files["signed"].read_bytes() == b"precious"
    code, _, err = sign(files, capsys, "--force")
    assert code == 0, err
    assert files["signed"].read_bytes().startswith(b"%PDF")


def test_verify_fails_on_altered_appended_truncated_and_refuses_non_pdf(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sign(files, capsys)[0] == 0
    signed = files["signed"].read_bytes()
    cases = {
        "appended.pdf": signed + b"%%EOF\n",
        "truncated.pdf": signed[: len(signed) // 2],
        "altered.pdf": signed.replace(b"Self-assessment report", b"Self-assessment rep0rt", 1),
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        code, out, err = run(["verify", str(path)], capsys)
        assert code == 1, (name, out, err)
        assert "NOT VALID" in out and "problem:" in out
        code, out, _ = run(["verify", str(path), "--json"], capsys)
        assert code == 1 and json.loads(out)["valid"] is False
    text = tmp_path / "notes.pdf"
    text.write_text("just text")
    code, out, err = run(["verify", str(text)], capsys)
    assert code == 2 and "is not a PDF" in err and out == ""
    code, _, err = run(["verify", str(tmp_path / "missing.pdf")], capsys)
    assert code == 2 and "does not exist" in err


def test_sign_with_the_wrong_assessment_file_is_refused(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], assessment: Assessment
) -> None:
    other = assessment.model_copy(deep=True)
    other.title = "Something else"
    save_assessment(other, tmp_path / "other.g4sa")
    code, _, err = sign(files, capsys, "--assessment", str(tmp_path / "other.g4sa"))
    assert code == 2 and "carries a different assessment" in err
    assert not files["signed"].exists()
    assert sign(files, capsys, "--assessment", str(files["assessment"]))[0] == 0


def test_countersign_command(files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert sign(files, capsys)[0] == 0
    out_file = tmp_path / "decided.pdf"
    code, out, err = run(
        ["countersign", str(files["signed"]), "--identity", str(files["board_id"]), "--passphrase-env", "BOARD_PASS",
         "--decision", "not-approved", "--comment", "The consent basis for linkage is missing.", "-o", str(out_file)],
        capsys,
    )  # fmt: skip
    assert code == 0, err
    assert "Not approved" in out
    code, out, _ = run(
        ["verify", str(out_file), "--trust", str(files["assessor_cert"]), "--trust", str(files["board_cert"])], capsys
    )
    assert code == 0, out
    assert "decision: Not approved" in out and "consent basis for linkage" in out
    code, out, _ = run(["verify", str(out_file), "--json"], capsys)
    sigs = json.loads(out)["signatures"]
    assert [s["decision"] for s in sigs] == [None, "not-approved"]
    assert [s["field"] for s in sigs] == [attestation.SIGNATURE_FIELD, attestation.COUNTERSIGNATURE_FIELD]


def test_identity_by_name_from_the_identities_folder(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str], assessor_id: SigningIdentity
) -> None:
    folder = paths.ensure(paths.identities_dir())
    (folder / "zoe.p12").write_bytes(assessor_id.path.read_bytes())
    code, _, err = run(
        ["sign", str(files["report"]), "--identity", "zoe", "--passphrase-env", "ASSESSOR_PASS", "-o",
         str(files["signed"])],
        capsys,
    )  # fmt: skip
    assert code == 0, err


def test_extract_from_a_report_without_data(
    files: dict[str, Path], assessment: Assessment, capsys: pytest.CaptureFixture[str]
) -> None:
    files["report"].write_bytes(make_lookalike_report(assessment))
    out = files["report"].with_suffix(".g4sa")
    code, _, err = run(["extract", str(files["report"]), "-o", str(out)], capsys)
    assert code == 1 and "does not verify" in err and "not signed" in err and not out.exists()
    code, _, err = run(["extract", str(files["report"]), "-o", str(out), "--unverified"], capsys)
    assert code == 2 and "no embedded assessment" in err and not out.exists()


def test_letter_report_through_the_cli(
    tmp_path: Path, assessment: Assessment, files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    files["report"].write_bytes(make_report(assessment, paper="letter"))
    assert sign(files, capsys)[0] == 0
    assert run(["verify", str(files["signed"])], capsys)[0] == 0
