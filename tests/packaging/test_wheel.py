"""The wheel carries forms/ and resources/: installed, the commands work from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_ships_forms_and_resources_and_runs_from_anywhere(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    wheel = next(tmp_path.glob("assessor-*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        zf.extractall(tmp_path / "site")
    for version in ("1.0.0", "1.1.0"):  # every released version of the pack ships
        assert f"assessor/_data/forms/ga4gh-framework/{version}/pack.yaml" in names
        assert any(n.startswith(f"assessor/_data/forms/ga4gh-framework/{version}/elements/") for n in names)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site"), "PYTHONNOUSERSITE": "1"}
    done = subprocess.run(
        [
            sys.executable,
            "-I",
            "-c",
            "import sys; sys.path.insert(0, sys.argv[1]); from assessor.cli import main; "
            "import assessor.resources as r; print(r.forms_dir()); sys.exit(main(['forms', 'show', '--json']))",
            str(tmp_path / "site"),
        ],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert first.startswith(str(tmp_path / "site")), first  # the installed copy, not the source tree
    assert '"id": "ga4gh-framework"' in done.stdout
