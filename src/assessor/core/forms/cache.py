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

Installers ship the same copies, compiled when the bundle is built (`write_shipped`), in a read-only
folder next to the packs (`assessor.resources.compiled_forms_dir`): a first start reads those, under
the same checks, and the user's cache is only written for a pack the installer did not compile.
"""

from __future__ import annotations

import json
from pathlib import Path

from assessor import __version__
from assessor.core.forms.hashing import content_hash
from assessor.core.forms.models import FormPack
from assessor.core.paths import cache_dir
from assessor.core.records import ValidationError

FORMAT = 1
"""Bumped if the file's layout changes (the assessor version is checked as well)."""


def file_name(content_hash: str, language: str) -> str:
    return f"{content_hash}.{language}.json"


def cache_file(content_hash: str, language: str) -> Path:
    return cache_dir() / "forms" / file_name(content_hash, language)


def read_cached(content_hash: str, language: str) -> FormPack | None:
    """The pack compiled earlier for this content and language, or None when there is no usable copy."""
    return read_copy(cache_file(content_hash, language), content_hash, language)


def read_shipped(content_hash: str, language: str) -> FormPack | None:
    """The copy the installer compiled for this content and language, or None (none shipped, or not usable)."""
    from assessor.resources import compiled_forms_dir

    folder = compiled_forms_dir()
    return None if folder is None else read_copy(folder / file_name(content_hash, language), content_hash, language)


def read_copy(path: Path, content_hash: str, language: str) -> FormPack | None:
    """The pack compiled in ``path`` when it is a copy of this content, in this language, by this assessor."""
    try:
        record = json.loads(path.read_bytes())
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

    path = cache_file(pack.hash, language)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomic(path, _record(pack, language), mode=0o600)
    except (OSError, FileProblem):
        pass


def write_shipped(pack: FormPack, language: str, folder: Path) -> Path:
    """Write the copy an installer ships for ``pack`` in ``language`` into ``folder``; returns its path."""
    path = folder / file_name(pack.hash, language)
    path.write_bytes(_record(pack, language))
    return path


def _record(pack: FormPack, language: str) -> bytes:
    record = {"format": FORMAT, "assessor": __version__, "language": language, "pack": pack.model_dump(mode="json")}
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def load_compiled(folder: Path, language: str) -> FormPack:
    """The pack in ``folder`` in ``language``: from the cache when it holds this content, else loaded and kept.

    `FormPackError` when the pack must be loaded and is not valid (nothing is kept then).
    """
    try:
        digest = content_hash(folder)
    except (OSError, UnicodeDecodeError):  # unreadable pack files: the loader names them
        cached = None
    else:
        cached = read_shipped(digest, language) or read_cached(digest, language)
    if cached is not None:
        return cached
    from assessor.core.forms.loader import load_pack  # the YAML reader and validators, only on a miss

    pack = load_pack(folder, language)
    write_cached(pack, language)
    return pack
