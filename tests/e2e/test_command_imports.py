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

HEAVY = ("reportlab", "pyhanko", "PySide6", "yaml", "pydantic")  # pydantic: no longer used at all
PROBE = (
    "import sys\n"
    "from assessor.cli import main\n"
    "code = main(sys.argv[1:])\n"
    f"print(code, *sorted({{name.split('.')[0] for name in sys.modules}} & {set(HEAVY)!r}))\n"
)
REMAKE = ("assessor.signing.sign", "assessor.signing.remake", "assessor.core.validation")
OURS = PROBE.replace("{name.split('.')[0] for name in sys.modules}", "set(sys.modules)").replace(
    repr(set(HEAVY)), repr(set(REMAKE))
)  # assessor's own modules that making a report again needs; verify prints the decision without them


def _loaded(args: list[str], cwd: Path, probe: str = PROBE) -> list[str]:
    """The exit code and the heavy libraries loaded by one command, run in a fresh interpreter."""
    env = {**os.environ, "PYTHONPATH": str(Path(assessor.__file__).resolve().parents[1])}
    done = subprocess.run(
        [sys.executable, "-c", probe, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
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
    assert _loaded(["verify", "s.pdf", "--trust", "me.pem"], tmp_path, OURS) == ["0"]  # nor the report's remake


def test_each_command_is_found_in_the_module_that_registers_it() -> None:
    """`assessor COMMAND` loads only COMMANDS[COMMAND]: the table names every command and its module."""
    import argparse
    import importlib

    from assessor.cli import COMMAND_MODULES, COMMANDS

    registered: dict[str, str] = {}
    for name in COMMAND_MODULES:
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(name).register(sub)
        registered.update(dict.fromkeys(sub.choices, name))
    assert registered == COMMANDS


def test_a_command_alone_and_the_whole_parser_read_it_alike(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "-o", str(tmp_path / "a.g4sa"), "--tier", "low"]) == 0
    assert main(["validate", str(tmp_path / "a.g4sa")]) == 0
    capsys.readouterr()
    with pytest.raises(SystemExit) as usage:
        main(["validate"])  # the command's own usage error, as before
    assert usage.value.code == 2
    assert "usage: assessor validate" in capsys.readouterr().err
    assert main(["valdate", "x"]) == 2  # a mistyped command still names the one meant, from the whole list
    assert "did you mean 'validate'" in capsys.readouterr().err
