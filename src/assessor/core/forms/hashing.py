"""A form pack's content hash: what an assessment records to name the exact questions it answered.

Kept apart from the loader so that checking the compiled cache (see ``cache.py``) does not load
the YAML reader and the pack's validators.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def content_hash(folder: Path) -> str:
    """SHA-256 over every pack file (sorted POSIX paths, UTF-8 text with LF endings, no BOM).

    The same pack gives the same hash on every OS and with either line ending.
    """
    digest = hashlib.sha256()
    for path in sorted(_pack_files(folder), key=lambda p: p.relative_to(folder).as_posix()):
        text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
        data = text.encode("utf-8")
        rel = path.relative_to(folder).as_posix().encode("utf-8")
        digest.update(len(rel).to_bytes(8, "big") + rel + len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def _pack_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*.yaml") if p.is_file()]
