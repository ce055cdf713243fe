"""``assessor --self-test``: passes on a good installation, and says FAIL (exit 1) when a step breaks."""

from __future__ import annotations

import os

import pytest

from assessor.cli import main


def test_self_test_passes_every_step(capsys: pytest.CaptureFixture[str]) -> None:
    home_before = os.environ.get("ASSESSOR_HOME")
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.startswith(("PASS", "FAIL"))]
    assert len(lines) == 8 and all(line.startswith("PASS") for line in lines), out
    assert "smart-card module (PKCS#11): python-pkcs11 loaded" in out
    assert "self-test passed" in out
    assert os.environ.get("ASSESSOR_HOME") == home_before  # the user's folders are restored


def test_self_test_fails_when_a_step_breaks(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import assessor.report.render as render

    monkeypatch.setattr(render, "render_pdf", lambda *a, **k: b"not a pdf")
    assert main(["--self-test"]) == 1
    out = capsys.readouterr().out
    assert "FAIL  render the report: the report is not a complete PDF" in out and "self-test FAILED" in out
