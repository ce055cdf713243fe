"""A compiled copy of each installed form pack, so that opening one costs milliseconds, not a YAML read.

Reading and validating a pack's YAML (every language, every cross-check) happens once per pack
content: the validated pack, in one language, is then written as JSON to the user's cache folder
under its content hash. The next load hashes the pack's files (cheap) and reads that JSON back.

The copy is trusted only when everything that made it still holds: the same pack bytes (the
content hash is the file name and is checked again inside), the same language, and the same
assessor version (a newer assessor may validate differently). Anything else - a missing,
truncated, edited or foreign file - is ignored and the pack is read from its YAML again, which
rewrites the copy. The copy is still read through the `FormPack` model, so even a wrong copy cannot
hold what a pack may not. A cache that cannot be written (read-only home) is simply not kept.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from assessor import __version__
from assessor.core.forms.hashing import content_hash
from assessor.core.forms.models import FormPack
from assessor.core.paths import cache_dir

FORMAT = 1
"""Bumped if the file's layout changes (the assessor version is checked as well)."""


def cache_file(content_hash: str, language: str) -> Path:
    return cache_dir() / "forms" / f"{content_hash}.{language}.json"


def read_cached(content_hash: str, language: str) -> FormPack | None:
    """The pack compiled earlier for this content and language, or None when there is no usable copy."""
    try:
        record = json.loads(cache_file(content_hash, language).read_bytes())
        if not isinstance(record, dict) or record.get("format") != FORMAT:
            return None
        if record.get("assessor") != __version__ or record.get("language") != language:
            return None
        pack = FormPack.model_validate(record.get("pack"))
    except (OSError, ValueError, ValidationError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        return None
    return pack if pack.hash == content_hash else None


def write_cached(pack: FormPack, language: str) -> None:
    """Keep ``pack`` (validated, asked for in ``language``) for the next load.

    A folder that cannot be written keeps nothing; the next load reads the YAML again.
    """
    from assessor.core.storage import FileProblem, write_atomic

    record = {
        "format": FORMAT,
        "assessor": __version__,
        "language": language,
        "pack": pack.model_dump(mode="json"),
    }
    path = cache_file(pack.hash, language)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomic(path, json.dumps(record, ensure_ascii=False).encode("utf-8"), mode=0o600)
    except (OSError, FileProblem):
        pass


def load_compiled(folder: Path, language: str) -> FormPack:
    """The pack in ``folder`` in ``language``: from the cache when it holds this content, else loaded and kept.

    `FormPackError` when the pack must be loaded and is not valid (nothing is kept then).
    """
    try:
        cached = read_cached(content_hash(folder), language)
    except (OSError, UnicodeDecodeError):  # unreadable pack files: the loader names them
        cached = None
    if cached is not None:
        return cached
    from assessor.core.forms.loader import load_pack  # the YAML reader and validators, only on a miss

    pack = load_pack(folder, language)
    write_cached(pack, language)
    return pack
