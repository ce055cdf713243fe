"""``assessor report``: writes whole files or none, refuses to overwrite, one-line errors."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assessor.cli import main
from assessor.core.assessment import Answer, Assessment, FormPackRef, Institution, fingerprint, report_id
from assessor.core.forms.installed import load_default_pack
from assessor.core.storage import save_assessment
from assessor.core.tiers import Tier
from assessor.report.render import render_pdf
from tests.report.factories import PROFILES


def _assessment() -> Assessment:
    pack = load_default_pack()
    a = Assessment(form_pack=FormPackRef(id=pack.id, version=pack.version, hash=pack.hash))
    a.institution = Institution(name="Hôpital Saint-Éloi", country="France")
    a.triage = dict(PROFILES[Tier.HIGH])
    a.created = a.modified = "2025-03-01T09:00:00Z"
    a.id = "00000000-0000-4000-8000-00000000cafe"
    for n, q in enumerate(pack.questions()):
        a.answers[q.id] = Answer(level=n % 5, notes="Checked.")
    return a


@pytest.fixture
def g4sa(tmp_path: Path) -> Path:
    path = tmp_path / "unit.g4sa"
    save_assessment(_assessment(), path)
    return path


def test_writes_the_pdf_and_the_html(g4sa: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, html = tmp_path / "r.pdf", tmp_path / "r.html"
    code = main(["report", str(g4sa), "-o", str(out), "--html", str(html), "--date", "2025-03-14", "--paper", "letter"])
    assert code == 0
    assert out.read_bytes().startswith(b"%PDF-") and out.read_bytes().rstrip().endswith(b"%%EOF")
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    fp = fingerprint(_assessment())
    assert report_id(fp, "2025-03-14") in capsys.readouterr().out
    assert out.read_bytes() == render_pdf(load_default_pack(), _assessment(), paper="letter", date=dt.date(2025, 3, 14))


def test_refuses_to_overwrite_without_force(g4sa: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.pdf"
    out.write_bytes(b"precious")
    assert main(["report", str(g4sa), "-o", str(out), "--date", "2025-03-14"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already exists" in err and "--force" in err
    assert out.read_bytes() == b"precious"
    assert main(["report", str(g4sa), "-o", str(out), "--date", "2025-03-14", "--force"]) == 0
    assert out.read_bytes().startswith(b"%PDF-")


def test_an_existing_html_stops_before_anything_is_written(g4sa: Path, tmp_path: Path) -> None:
    out, html = tmp_path / "r.pdf", tmp_path / "r.html"
    html.write_text("keep me")
    assert main(["report", str(g4sa), "-o", str(out), "--html", str(html)]) == 2
    assert not out.exists() and html.read_text() == "keep me"


@pytest.mark.parametrize("bad", ["2025-13-01", "14/03/2025", "2025-3-4", "tomorrow"])
def test_bad_date_is_one_line_and_exit_2(
    bad: str, g4sa: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.pdf"
    assert main(["report", str(g4sa), "-o", str(out), "--date", bad]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and bad in err and "YYYY-MM-DD" in err
    assert not out.exists()


def test_unreadable_input_and_previous(g4sa: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.pdf"
    assert main(["report", str(tmp_path / "missing.g4sa"), "-o", str(out)]) == 2
    assert "missing.g4sa: does not exist" in capsys.readouterr().err
    damaged = tmp_path / "damaged.g4sa"
    damaged.write_text("{not json")
    assert main(["report", str(g4sa), "-o", str(out), "--previous", str(damaged)]) == 2
    assert "damaged.g4sa" in capsys.readouterr().err
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "no temporary file left behind"


def test_previous_adds_the_changes(g4sa: Path, tmp_path: Path) -> None:
    old = _assessment()
    for answer in old.answers.values():
        answer.level = 0
    old_path = tmp_path / "old.g4sa"
    save_assessment(old, old_path)
    out = tmp_path / "r.pdf"
    assert main(["report", str(g4sa), "-o", str(out), "--previous", str(old_path), "--date", "2025-03-14"]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Changes since the previous assessment" in text


def test_same_bytes_from_another_process(g4sa: Path, tmp_path: Path) -> None:
    """A report made by another process (the CLI) is byte-identical to one made here."""
    out = tmp_path / "cli.pdf"
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "TZ": "Pacific/Auckland"}
    done = subprocess.run(
        [sys.executable, "-m", "assessor", "report", str(g4sa), "-o", str(out), "--date", "2025-03-14"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == render_pdf(load_default_pack(), _assessment(), date=dt.date(2025, 3, 14))


def test_importing_the_report_package_and_the_cli_stays_light() -> None:
    code = (
        "import sys, assessor.report, assessor.cli; assessor.cli.build_parser(); "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'jinja2', 'PySide6'}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
