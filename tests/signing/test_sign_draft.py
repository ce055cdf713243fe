"""Signing the report of an incomplete assessment needs ``--incomplete``, and the signed draft keeps its mark."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assessor.cli import main
from assessor.core.assessment import Assessment
from assessor.core.demo import make_demo
from assessor.core.forms.installed import load_default_pack
from assessor.core.scoring import score
from assessor.core.storage import save_assessment
from assessor.core.tiers import Tier
from assessor.core.verdict import verdict_of
from assessor.report.render import render_pdf
from tests.report.pdftools import pages_text
from tests.signing.reports import SigningIdentity, make_report


def _incomplete() -> Assessment:
    a = make_demo(Tier.MODERATE)
    for qid in list(a.answers)[20:]:
        del a.answers[qid]
    return a


def _sign(report: Path, identity: SigningIdentity, out: Path, *extra: str) -> list[str]:
    return ["sign", str(report), "--identity", str(identity.path), "--passphrase-env", "ASSESSOR_PASS",
            "-o", str(out), *extra]  # fmt: skip


@pytest.fixture
def passphrase(assessor_id: SigningIdentity, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSESSOR_PASS", assessor_id.passphrase.decode())


@pytest.mark.usefixtures("passphrase")
def test_a_draft_is_signed_only_with_incomplete_and_keeps_its_mark(
    tmp_path: Path, assessor_id: SigningIdentity, capsys: pytest.CaptureFixture[str]
) -> None:
    a = _incomplete()
    unanswered = verdict_of(score(load_default_pack(), a)).unanswered
    report = tmp_path / "draft.pdf"
    report.write_bytes(render_pdf(load_default_pack(), a, date=dt.date(2026, 10, 1)))
    g4sa = tmp_path / "draft.g4sa"
    save_assessment(a, g4sa, backup=False)
    signed = tmp_path / "signed.pdf"
    assert main(_sign(report, assessor_id, signed, "--assessment", str(g4sa))) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(report) in err
    assert f"{unanswered} questions are unanswered; the report is a draft; sign it anyway with --incomplete" in err
    assert not signed.exists()
    assert main(_sign(report, assessor_id, signed, "--assessment", str(g4sa), "--incomplete")) == 0
    pages = [" ".join(p.split()) for p in pages_text(signed)]
    assert pages and all(f"Draft: {unanswered} questions unanswered" in p for p in pages)


@pytest.mark.usefixtures("passphrase")
def test_the_assessment_a_report_carries_is_checked(
    tmp_path: Path, assessor_id: SigningIdentity, capsys: pytest.CaptureFixture[str]
) -> None:
    a = _incomplete()
    report = tmp_path / "carries.pdf"
    report.write_bytes(make_report(a))  # the unsigned report carries its assessment
    code = main(_sign(report, assessor_id, tmp_path / "s.pdf"))
    assert code == 2 and "unanswered; the report is a draft" in capsys.readouterr().err
    assert main(_sign(report, assessor_id, tmp_path / "s.pdf", "--incomplete")) == 0
