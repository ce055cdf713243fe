"""The user's folders for assessor: data (identities, recovery files), configuration and cache.

``ASSESSOR_HOME`` puts all three under one folder (tests and portable installs use it).
"""

from __future__ import annotations

import os
from pathlib import Path

APP = "assessor"


def _home() -> Path | None:
    value = os.environ.get("ASSESSOR_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    home = _home()
    if home:
        return home / "data"
    import platformdirs  # loaded only when needed: the app's start-up is measured

    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    home = _home()
    if home:
        return home / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def cache_dir() -> Path:
    """What assessor can rebuild at any time (the compiled form packs); removing it loses nothing."""
    home = _home()
    if home:
        return home / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP, appauthor=False))


def recovery_dir() -> Path:
    return data_dir() / "recovery"


def identities_dir() -> Path:
    return data_dir() / "identities"


def ensure(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder
