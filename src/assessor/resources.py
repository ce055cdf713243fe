"""Where the shipped data live: the form packs and the resources (fonts, icons, translations).

In a wheel or a frozen bundle they sit inside the package as ``assessor/_data/{forms,resources}``;
in a source checkout they are the top-level ``forms/`` and ``resources/`` folders. Nothing else in
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


def default_pack_dir() -> Path:
    return forms_dir() / DEFAULT_PACK


def resource(*parts: str) -> Path:
    """A file under resources/, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    return _data_root("resources").joinpath(*parts)
