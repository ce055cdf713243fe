"""Autosave to a recovery file, and finding work to recover after a crash.

The app writes the whole assessment to ``<data>/recovery/<assessment id>.recovery`` within two
seconds of every change (atomically, like any save). The user's own file is touched only when
they save. On start, a recovery file is offered when it holds something the saved file does not:
the assessment was never saved, its file is gone, or the file differs from what was recovered.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from assessor.core.paths import ensure, recovery_dir

if TYPE_CHECKING:
    from assessor.core.assessment import Assessment

# The assessment model is imported where it is used: with no recovery file to offer, the
# app's start screen never loads it, which keeps the window quick to appear.

SUFFIX = ".recovery"


class Recoverable(NamedTuple):
    path: Path
    assessment: Assessment
    saved_path: Path | None
    written_at: str  # ISO 8601, UTC

    @property
    def when(self) -> str:
        """When it was autosaved, in the computer's local time: "29 Nov 2026, 17:44"."""
        try:
            moment = datetime.fromisoformat(self.written_at.replace("Z", "+00:00")).astimezone()
        except ValueError:
            return self.written_at
        return f"{moment.day} {moment:%b %Y, %H:%M}"

    @property
    def label(self) -> str:
        name = self.assessment.institution.name or self.assessment.title or "Untitled assessment"
        where = self.saved_path.name if self.saved_path else "never saved"
        return f"{name} ({where}), autosaved {self.when}"


def recovery_file(assessment_id: str) -> Path:
    return recovery_dir() / f"{assessment_id}{SUFFIX}"


def write_recovery(assessment: Assessment, saved_path: Path | None, target: Path | None = None) -> Path:
    """Write the recovery file (``target``, by default the one for this assessment's id)."""
    import json

    from assessor.core.assessment import now_iso, to_data
    from assessor.core.storage import write_atomic

    target = target or recovery_file(assessment.id)
    ensure(target.parent)
    record = {
        "recovery_version": 1,
        "saved_path": str(saved_path) if saved_path else None,
        "written_at": now_iso(),
        "assessment": to_data(assessment),
    }
    write_atomic(target, json.dumps(record, ensure_ascii=False, sort_keys=True).encode())
    return target


def discard_recovery(assessment_id: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        recovery_file(assessment_id).unlink()


def _read(path: Path) -> Recoverable | None:
    """The work a recovery file holds, or None when it cannot be used (it is read with the same bounds
    as an assessment file: size, nesting and repeated keys)."""
    from assessor.core.limits import MAX_RECOVERY_BYTES
    from assessor.core.storage import FileProblem, assessment_from_data, parse_json, read_bytes

    try:
        record = parse_json(path, read_bytes(path, limit=MAX_RECOVERY_BYTES), "a recovery file")
        assessment = assessment_from_data(path, record["assessment"])
        saved = Path(record["saved_path"]) if record.get("saved_path") else None
        return Recoverable(path, assessment, saved, str(record.get("written_at", "")))
    except (OSError, ValueError, KeyError, TypeError, FileProblem):
        return None


def _needs_offer(item: Recoverable) -> bool:
    from assessor.core.assessment import file_bytes

    if item.saved_path is None or not item.saved_path.is_file():
        return True
    try:
        return item.saved_path.read_bytes() != file_bytes(item.assessment)
    except OSError:
        return True


def pending_recoveries() -> list[Recoverable]:
    """Recovery files that hold work not in a saved file, newest first. Stale ones are removed."""
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        item = _read(path)
        if item is None:
            continue
        if _needs_offer(item):
            found.append(item)
        else:
            with contextlib.suppress(OSError):
                path.unlink()
    return sorted(found, key=lambda r: r.written_at, reverse=True)
