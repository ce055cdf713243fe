"""The recent-files list shown on the start screen, kept in the user's config folder.

Each entry keeps what the start screen shows besides the file's name (the institution, the day it was last
saved or opened, the verdict then) and the page the user was last on, where the file opens again. A list
written by an earlier version (file names only) is read as such.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from assessor.core.paths import config_dir, ensure

if TYPE_CHECKING:
    from assessor.ui.session import Session

LIMIT = 10
TEXT_CHARS = 200  # of an institution's name or a verdict kept in the list


class Recent(NamedTuple):  # not a dataclass: the start screen then needs no dataclasses module (start-up time)
    path: Path
    institution: str = ""
    date: str = ""  # YYYY-MM-DD: last saved or opened
    verdict: str = ""  # in the interface's words, as it was then
    page: str = ""  # the page last shown ("" for the first)

    def as_json(self) -> dict[str, str]:
        return {**self._asdict(), "path": str(self.path)}


def _file() -> Path:
    return config_dir() / "recent.json"


def _entry(item: Any) -> Recent | None:
    if isinstance(item, str):
        return Recent(Path(item))
    if not isinstance(item, dict) or not isinstance(item.get("path"), str):
        return None
    words = {key: item.get(key) for key in ("institution", "date", "verdict", "page")}
    return Recent(Path(item["path"]), **{k: v[:TEXT_CHARS] for k, v in words.items() if isinstance(v, str)})


def recent_entries() -> list[Recent]:
    """Recently opened or saved files that still exist, newest first."""
    if not _file().is_file():
        return []
    import json  # only when there is a list to read

    try:
        items = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # damaged, or nested too deeply to read
        return []
    if not isinstance(items, list):
        return []
    entries = [_entry(item) for item in items[:LIMIT]]
    return [e for e in entries if e is not None and e.path.is_file()]


def recent_files() -> list[Path]:
    return [entry.path for entry in recent_entries()]


def last_page(path: Path) -> str:
    """The page the user was last on in this file ("" when not known)."""
    path = path.resolve()
    return next((e.page for e in recent_entries() if e.path.resolve() == path), "")


def _write(entries: list[Recent]) -> None:
    """The list, replaced whole: a reader sees the old list or the new one, never half of one.

    Not forced onto the disk (no fsync, unlike an assessment's file): the list is a convenience, rewritten each
    time a file opens, and waiting for the disk there held the window back some 15 ms (more on a slow disk).
    """
    import json
    import os

    data = json.dumps([e.as_json() for e in entries[:LIMIT]], indent=1).encode()
    target = _file()
    temp = target.with_name(f".{target.name}.saving")
    fresh = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)  # never a file someone left there
    with contextlib.suppress(OSError):  # a read-only profile must not stop work
        ensure(target.parent)
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        with os.fdopen(os.open(temp, fresh, 0o644), "wb") as out:
            out.write(data)
        os.replace(temp, target)


def remember(path: Path, *, institution: str = "", verdict: str = "", page: str | None = None) -> None:
    """Put ``path`` first in the list, with today's date; the page it was last on is kept unless given."""
    path = path.resolve()
    others = recent_entries()
    known = next((e for e in others if e.path.resolve() == path), None)
    kept_page = known.page if known is not None and page is None else (page or "")
    entry = Recent(path, institution[:TEXT_CHARS], dt.date.today().isoformat(), verdict[:TEXT_CHARS], kept_page)
    _write([entry] + [e for e in others if e.path.resolve() != path])


def remember_session(session: Session, path: Path) -> None:
    """``path`` first in the list, with the open assessment's institution and verdict."""
    from assessor.core.verdict import verdict_of
    from assessor.ui.verdict_words import headline

    verdict = headline(verdict_of(session.card).verdict, session.tier_name())
    remember(path, institution=session.assessment.institution.name, verdict=verdict)


def remember_page(path: Path, page: str) -> None:
    """The page last shown in ``path`` as it closes: where it opens next time (only for a file in the list)."""
    path = path.resolve()
    entries = recent_entries()
    if any(e.path.resolve() == path and e.page != page for e in entries):
        _write([e._replace(page=page) if e.path.resolve() == path else e for e in entries])
