"""Where the shipped data live: the form packs and the resources (fonts, icons, translations).

In a wheel or a frozen bundle they sit inside the package as ``assessor/_data/{forms,resources}``;
in a source checkout they are the top-level ``forms/`` and ``resources/`` folders. A form pack keeps
every released version in its own folder, ``forms/<pack id>/<version>/``. Nothing else in
the program builds a path to them, and nothing depends on the working directory.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

DEFAULT_PACK = "ga4gh-framework"


@cache
def _data_root(kind: str) -> Path:
    here = Path(__file__).resolve().parent
    candidates = [here / "_data" / kind, here.parents[1] / kind]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "assessor" / "_data" / kind)
    for path in candidates:
        if path.is_dir():
            return path
    raise FileNotFoundError(f"assessor's {kind} folder is missing from this installation (looked in {candidates})")


def forms_dir() -> Path:
    return _data_root("forms")


COMPILED_FORMS = "compiled-forms"
"""The folder, beside ``forms``, where an installer ships the packs already compiled (core/forms/cache.py)."""


@cache
def compiled_forms_dir() -> Path | None:
    """The installer's read-only compiled packs, or None where none are shipped (a source checkout, a wheel)."""
    try:
        return _data_root(COMPILED_FORMS)
    except FileNotFoundError:
        return None


def pack_version_dirs(pack_id: str) -> dict[str, Path]:
    """Every installed version of a form pack, oldest first: ``forms/<id>/<version>/pack.yaml``.

    Each released version stays installed, unchanged, so a file answered against it opens as it was.
    """
    root = forms_dir() / pack_id
    found = [p for p in root.iterdir() if (p / "pack.yaml").is_file()] if root.is_dir() else []
    return {p.name: p for p in sorted(found, key=lambda p: version_key(p.name))}


def pack_ids() -> list[str]:
    """The ids of the installed form packs."""
    return sorted(p.name for p in forms_dir().iterdir() if p.is_dir() and pack_version_dirs(p.name))


def version_key(version: str) -> tuple[int, ...]:
    """``"1.10.0"`` sorts after ``"1.9.2"``; a part that is not a number sorts first."""
    return tuple(int(part) if part.isdigit() else -1 for part in version.split("."))


def default_pack_dir() -> Path:
    """The newest version of the GA4GH Framework pack: what a new assessment is answered against."""
    versions = pack_version_dirs(DEFAULT_PACK)
    if not versions:
        raise FileNotFoundError(f"the form pack {DEFAULT_PACK} is missing from this installation")
    return versions[max(versions, key=version_key)]


def resource(*parts: str) -> Path:
    """A file under resources/, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    return _data_root("resources").joinpath(*parts)
