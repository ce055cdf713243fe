"""Each command loads only the libraries it uses (issue 16): `report` neither pyHanko nor Qt, `verify` not reportlab,
and with the compiled form pack in the cache neither reads YAML."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import assessor
from assessor.cli import main
from assessor.core.forms.cache import load_compiled
from assessor.resources import default_pack_dir

HEAVY = ("reportlab", "pyhanko", "PySide6", "yaml")
PROBE = (
    "import sys\n"
    "from assessor.cli import main\n"
    "code = main(sys.argv[1:])\n"
    f"print(code, *sorted({{name.split('.')[0] for name in sys.modules}} & {set(HEAVY)!r}))\n"
)


def _loaded(args: list[str], cwd: Path) -> list[str]:
    """The exit code and the heavy libraries loaded by one command, run in a fresh interpreter."""
    env = {**os.environ, "PYTHONPATH": str(Path(assessor.__file__).resolve().parents[1])}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )
    return done.stdout.splitlines()[-1].split()


def test_report_and_verify_load_only_what_they_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PW", "a passphrase for the test")
    assert main(["demo", "-o", "a.g4sa", "--tier", "low"]) == 0
    load_compiled(default_pack_dir(), "en")  # what the first run of any command leaves in the cache

    assert _loaded(["report", "a.g4sa", "-o", "a.pdf", "--date", "2026-12-31"], tmp_path) == ["0", "reportlab"]

    assert main(["identity", "new", "--name", "N", "--org", "O", "-o", "me.p12", "--passphrase-env", "PW"]) == 0
    assert main(["identity", "export-cert", "me.p12", "-o", "me.pem", "--passphrase-env", "PW"]) == 0
    assert main(["sign", "a.pdf", "--identity", "me.p12", "--passphrase-env", "PW", "-o", "s.pdf"]) == 0
    assert _loaded(["verify", "s.pdf", "--trust", "me.pem"], tmp_path) == ["0", "pyhanko"]
