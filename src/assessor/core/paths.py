"""The user's folders for assessor: data (identities, recovery files), configuration and cache.

``ASSESSOR_HOME`` puts all three under one folder (tests and portable installs use it). Otherwise the
folders are platformdirs' (``platformdirs.user_data_dir("assessor", appauthor=False)`` and so on), on
Linux read here from the XDG variables the same way (a test compares the two), since importing
platformdirs costs ~10 ms of every start (it loads tempfile, random and hashlib); on other systems, or
with a home folder that is not an absolute path, platformdirs itself answers.
"""

from __future__ import annotations

import os
import posixpath
import sys
from pathlib import Path

APP = "assessor"
XDG_DEFAULTS = {"XDG_DATA_HOME": ".local/share", "XDG_CONFIG_HOME": ".config", "XDG_CACHE_HOME": ".cache"}


def linux_folder(variable: str) -> Path | None:
    """The folder platformdirs gives on Linux for ``variable`` (an XDG base directory, ``XDG_DEFAULTS``): the
    variable when it is an absolute path, else its default under an absolute ``HOME``; None when platformdirs
    must answer (another system, or no absolute HOME)."""
    home = os.environ.get("HOME", "")
    if not sys.platform.startswith("linux") or hasattr(sys, "getandroidapilevel") or not posixpath.isabs(home):
        return None
    base = os.environ.get(variable, "")
    if not posixpath.isabs(base):
        base = os.path.join(home, XDG_DEFAULTS[variable])
    return Path(os.path.join(base, APP))


def _home() -> Path | None:
    value = os.environ.get("ASSESSOR_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    home = _home()
    if home:
        return home / "data"
    if (folder := linux_folder("XDG_DATA_HOME")) is not None:
        return folder
    import platformdirs  # loaded only when needed: the app's start-up is measured

    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    home = _home()
    if home:
        return home / "config"
    if (folder := linux_folder("XDG_CONFIG_HOME")) is not None:
        return folder
    import platformdirs

    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def cache_dir() -> Path:
    """What assessor can rebuild at any time (the compiled form packs); removing it loses nothing."""
    home = _home()
    if home:
        return home / "cache"
    if (folder := linux_folder("XDG_CACHE_HOME")) is not None:
        return folder
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP, appauthor=False))


def recovery_dir() -> Path:
    return data_dir() / "recovery"


def identities_dir() -> Path:
    return data_dir() / "identities"


def ensure(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder
