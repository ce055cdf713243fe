"""Reading and writing files so that work is never lost.

- Writes are atomic: the bytes go to a temporary file in the same folder, are flushed to disk, and
  only then replace the target. A crash at any moment leaves the old file or the new one, whole.
- Saving an assessment keeps the previous version as ``NAME.g4sa.bak``.
- The temporary file has one fixed name per target (``.NAME.saving``), so a killed writer leaves at
  most one behind, and the next save reuses and removes it: none accumulate.
- Reading never changes the file. Every way a file can be wrong gives one `FileProblem` naming the
  file and what to do.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assessor.core.assessment import FORMAT_VERSION, Assessment, file_bytes, is_calendar_date
from assessor.core.limits import MAX_ASSESSMENT_BYTES, clip, clip_repr
from assessor.core.migrations import migrate
from assessor.core.records import ValidationError
from assessor.core.volume import too_much

MAX_FILE_BYTES = 256 * 1024 * 1024
CHUNK = 1024 * 1024


class FileProblem(Exception):
    """A file the user gave cannot be used. ``str()`` is one line naming the file and the problem."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class OutputExists(FileProblem):
    def __init__(self, path: Path | str) -> None:
        super().__init__(path, "already exists; choose another name, or use --force to overwrite it")


# -- writing ---------------------------------------------------------------------------------------------


def _temp_for(path: Path) -> Path:
    return path.with_name(f".{path.name}.saving")


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path | str, data: bytes, *, overwrite: bool = True, mode: int = 0o644) -> None:
    """Write ``data`` to ``path`` so that the file is either untouched or complete.

    ``mode`` applies whatever the umask (0o600 for secrets such as identities). The temporary file
    is created afresh (never opened through a name someone else left there).
    """
    path = Path(path)
    if not overwrite and path.exists():
        raise OutputExists(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise FileProblem(path, f"the folder {folder} does not exist")
    temp = _temp_for(path)
    try:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        if not overwrite and path.exists():
            raise OutputExists(path)
        os.replace(temp, path)
        _fsync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise FileProblem(path, f"could not be written ({exc.strerror or exc}); nothing was changed") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def _keep_backup(path: Path) -> None:
    """Make ``NAME.bak`` a copy of the current file, atomically, before it is replaced."""
    if not path.is_file():
        return
    backup = backup_path(path)
    staging = _temp_for(backup)
    with contextlib.suppress(OSError):
        staging.unlink()
    if backup.exists() and os.path.samefile(path, backup):
        # A save was interrupted after the backup was made: the backup already holds this version.
        # (Renaming a hard link onto another link of the same file would do nothing and leave the
        # staging name behind.)
        return
    try:
        os.link(path, staging)
    except OSError:
        shutil.copyfile(path, staging)
    os.replace(staging, backup)


def save_assessment(assessment: Assessment, path: Path | str, *, backup: bool = True) -> None:
    """Save atomically, keeping the previous version as a backup. The file on disk is always whole."""
    path = Path(path)
    data = file_bytes(assessment)
    problem = too_much(assessment)
    if problem is not None:
        raise FileProblem(path, f"cannot be saved: the assessment {problem}; nothing was changed")
    if len(data) > MAX_ASSESSMENT_BYTES:
        raise FileProblem(
            path,
            f"would be {_size(len(data))}, more than an assessment file may hold ({_size(MAX_ASSESSMENT_BYTES)}); "
            "shorten the longest notes; nothing was changed",
        )
    if backup:
        try:
            _keep_backup(path)
        except OSError as exc:
            raise FileProblem(path, f"could not keep a backup ({exc.strerror or exc}); nothing was changed") from exc
    write_atomic(path, data)


# -- reading ---------------------------------------------------------------------------------------------


class _Repeated(dict[str, Any]):
    """A JSON object in which a key was given twice (``key`` is the first such key)."""

    key = ""


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            repeated = _Repeated(pairs)
            repeated.key = key
            return repeated
        out[key] = value
    return out


def _repeated_key(data: Any) -> str | None:
    """Where the first repeated key is (``answers.TR-01.notes``), or None. Walks without recursion, and
    spells a place out only for the repeated key (a place is a chain of (parent's place, key or index))."""
    todo: list[tuple[Any, Any]] = [(data, None)]
    while todo:
        node, place = todo.pop()
        if isinstance(node, _Repeated):
            return _spelled((place, node.key))
        if isinstance(node, dict):
            todo += [(v, (place, k)) for k, v in reversed(node.items()) if isinstance(v, (dict, list))]
        elif isinstance(node, list):
            todo += [(v, (place, i)) for i, v in reversed(list(enumerate(node))) if isinstance(v, (dict, list))]
    return None


def _spelled(place: Any) -> str:
    parts: list[str] = []
    while place is not None:
        place, step = place
        parts.append(f"[{step}]" if isinstance(step, int) else step)  # JSON keys are strings; ints are indexes
    text = ""
    for part in reversed(parts):
        text += part if part.startswith("[") or not text else f".{part}"
    return text


def parse_json(path: Path, raw: bytes, what: str = "an assessment file") -> Any:
    """JSON from a file's bytes, refusing what no assessment file holds: binary data, nesting deeper
    than Python can follow, and a key given twice in one object (readers differ on which one counts)."""
    if not raw.strip():
        raise FileProblem(path, f"is empty; it is not {what}")
    if raw.startswith(b"%PDF"):
        raise FileProblem(
            path,
            "is a PDF, not an assessment file; to read a signed report use 'assessor extract' or open it in the app",
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileProblem(path, f"is not a text file (not UTF-8); it is not {what}") from None
    if "\x00" in text:
        raise FileProblem(path, f"contains binary data; it is not {what}")
    try:
        data = json.loads(text, object_pairs_hook=_object)
    except RecursionError:
        raise FileProblem(path, f"is nested too deeply to be {what}") from None
    except json.JSONDecodeError as exc:
        backup = backup_path(path)  # named only when there is one
        hint = f"; the backup {backup.name} may hold the previous version" if backup.is_file() else ""
        raise FileProblem(
            path, f"is damaged: invalid JSON at line {exc.lineno}, column {exc.colno} ({exc.msg}){hint}"
        ) from None
    repeated = _repeated_key(data)
    if repeated is not None:
        raise FileProblem(
            path, f"gives the key {clip(repeated)} twice; an assessment file names each key once, so it is refused"
        )
    return data


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = clip(".".join(str(p) for p in err["loc"])) or "top level"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    message = err["msg"]
    return f"{where}: {message}{more}"


def _clear_impossible_dates(data: dict[str, Any]) -> list[str]:
    """Empty each date of raw (current-format) data that is not a calendar day; "field (value)" for each."""
    places: list[tuple[str, dict[str, Any], str]] = []
    scope = data.get("scope")
    if isinstance(scope, dict):
        places += [(f"scope.{key}", scope, key) for key in ("period_start", "period_end")]
    actions = data.get("actions")
    if isinstance(actions, list):
        places += [(f"actions.{i}.due", a, "due") for i, a in enumerate(actions) if isinstance(a, dict)]
    cleared = []
    for where, holder, key in places:
        value = holder.get(key)
        if isinstance(value, str) and value and not is_calendar_date(value):
            cleared.append(f"{where} ({clip(value)})")
            holder[key] = ""
    return cleared


def assessment_from_data(path: Path, data: Any, *, cleared: list[str] | None = None) -> Assessment:
    """The assessment ``data`` holds, or `FileProblem`. With ``cleared`` (the app opening a file an earlier
    version let hold an impossible date): such dates are emptied, and named in ``cleared``, instead of refused."""
    if not isinstance(data, dict):
        raise FileProblem(
            path, f"holds a JSON {type(data).__name__ if data is not None else 'null'}, not an assessment"
        )
    if "format_version" not in data or "form_pack" not in data:
        raise FileProblem(path, "is JSON but not an assessment file (no format_version or form_pack)")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FileProblem(path, f"has an invalid format_version {clip_repr(version)}")
    if version > FORMAT_VERSION:
        raise FileProblem(
            path,
            f"was written by a newer assessor (file format {version}; this version reads up to {FORMAT_VERSION}); "
            "update assessor to open it",
        )
    try:
        data = migrate(data)
    except (AttributeError, KeyError, TypeError, ValueError) as exc:  # an older format, not as it was written
        detail = f"{clip(exc.args[0])} is missing" if isinstance(exc, KeyError) and exc.args else clip(exc)
        raise FileProblem(path, f"is not a valid assessment of format {version}: {detail}") from None
    if cleared is not None and isinstance(data, dict):
        cleared.extend(_clear_impossible_dates(data))
    try:
        assessment = Assessment.model_validate(data)
    except ValidationError as exc:
        raise FileProblem(path, f"is not a valid assessment: {_first_error(exc)}") from None
    except (KeyError, TypeError, ValueError) as exc:
        raise FileProblem(path, f"is not a valid assessment: {clip(exc)}") from None
    problem = too_much(assessment)
    if problem is not None:
        raise FileProblem(path, problem)
    return assessment


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{-(-n // 1024)} KB"


def read_bytes(path: Path | str, *, limit: int = MAX_FILE_BYTES, what: str = "a file assessor reads") -> bytes:
    """The whole file, refused before reading when it is larger than ``limit`` bytes."""
    path = Path(path)
    try:
        if path.is_dir():
            raise FileProblem(path, "is a folder, not a file")
        size = path.stat().st_size
        if size > limit:
            raise FileProblem(path, f"is too large ({_size(size)}) to be {what} (at most {_size(limit)})")
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
        if len(data) > limit:  # grew since, or a device that reports no size
            raise FileProblem(path, f"is too large to be {what} (at most {_size(limit)})")
        return data
    except FileNotFoundError:
        raise FileProblem(path, "does not exist") from None
    except PermissionError:
        raise FileProblem(path, "cannot be read (permission denied)") from None
    except OSError as exc:
        raise FileProblem(path, f"cannot be read ({exc.strerror or exc})") from None


def load_assessment(path: Path | str, *, cleared: list[str] | None = None) -> Assessment:
    """Load and migrate an assessment file, or raise `FileProblem`. The file is only read. ``cleared``: see
    `assessment_from_data`."""
    path = Path(path)
    raw = read_bytes(path, limit=MAX_ASSESSMENT_BYTES, what="an assessment file")
    return assessment_from_data(path, parse_json(path, raw), cleared=cleared)


def loads_assessment(raw: bytes, name: str = "<data>") -> Assessment:
    """An assessment from bytes (one embedded in a report), with the same bounds as a file."""
    if len(raw) > MAX_ASSESSMENT_BYTES:
        too_large = f"is too large ({_size(len(raw))}) to be an assessment (at most {_size(MAX_ASSESSMENT_BYTES)})"
        raise FileProblem(name, too_large)
    return assessment_from_data(Path(name), parse_json(Path(name), raw))


# -- evidence --------------------------------------------------------------------------------------------


def hash_file(path: Path | str, progress: Callable[[int, int], None] | None = None) -> tuple[str, int]:
    """SHA-256 and size of a file, read in 1 MiB chunks so a large file never sits in memory."""
    path = Path(path)
    digest = hashlib.sha256()
    done = 0
    try:
        total = path.stat().st_size
        with path.open("rb") as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
                done += len(chunk)
                if progress:
                    progress(done, total)
    except OSError as exc:
        raise FileProblem(path, f"cannot be read ({exc.strerror or exc})") from None
    return digest.hexdigest(), done
