"""The recent-files list shown on the start screen, kept in the user's config folder."""

from __future__ import annotations

import contextlib
from pathlib import Path

from assessor.core.paths import config_dir, ensure

LIMIT = 10


def _file() -> Path:
    return config_dir() / "recent.json"


def recent_files() -> list[Path]:
    """Recently opened or saved files that still exist, newest first."""
    if not _file().is_file():
        return []
    import json  # only when there is a list to read

    try:
        names = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # damaged, or nested too deeply to read
        return []
    if not isinstance(names, list):
        return []
    return [Path(n) for n in names[:LIMIT] if isinstance(n, str) and Path(n).is_file()]


def remember(path: Path) -> None:
    import json

    from assessor.core.storage import FileProblem, write_atomic

    path = path.resolve()
    names = [str(path)] + [str(p) for p in recent_files() if p.resolve() != path]
    with contextlib.suppress(OSError, FileProblem):  # a read-only profile must not stop work
        ensure(_file().parent)
        write_atomic(_file(), json.dumps(names[:LIMIT], indent=1).encode())
