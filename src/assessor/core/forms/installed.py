"""The form packs installed with assessor, every released version of each.

A file records the pack id, version and content hash it was answered against; it is always opened
with that version (its questions, its triage rule, its targets), never silently with a newer one.
Moving a file to the newest version is an explicit step (see ``core/upgrade.py``).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from assessor.core.forms.models import FormPack


def installed_versions(pack_id: str) -> list[str]:
    """The installed versions of a pack, oldest first (empty when the pack is not installed)."""
    from assessor.resources import pack_version_dirs

    return list(pack_version_dirs(pack_id))


def newest_version(pack_id: str) -> str | None:
    versions = installed_versions(pack_id)
    return versions[-1] if versions else None


@cache
def load_installed(pack_id: str, version: str | None = None, language: str = "en") -> FormPack | None:
    """The installed pack ``pack_id`` at ``version`` (the newest when None), or None when it is not installed."""
    from assessor.core.forms.cache import load_compiled
    from assessor.resources import pack_version_dirs

    folders = pack_version_dirs(pack_id)
    wanted = version if version is not None else (list(folders)[-1] if folders else None)
    if wanted is None or wanted not in folders:
        return None
    return load_compiled(folders[wanted], language)


def newer_version_of(pack: FormPack) -> str | None:
    """The newest installed version of this pack when it is newer than ``pack``, else None."""
    from assessor.resources import version_key

    newest = newest_version(pack.id)
    return newest if newest is not None and version_key(newest) > version_key(pack.version) else None


def load_default_pack(language: str = "en") -> FormPack:
    """The newest installed version of the GA4GH Framework pack (what a new assessment is answered against)."""
    from assessor.core.forms.errors import FormPackError, PackIssue
    from assessor.resources import DEFAULT_PACK

    pack = find_pack(DEFAULT_PACK, language)
    if pack is None:
        raise FormPackError(Path(DEFAULT_PACK), [PackIssue(DEFAULT_PACK, "", "not installed")])
    return pack


def find_pack(pack_id: str, language: str = "en", version: str | None = None) -> FormPack | None:
    """The installed pack with this id at ``version`` (the newest when None), or None."""
    return load_installed(pack_id, version, language)
