"""The draft form pack 2.0.0 (forms-drafts/), loaded with today's engine.

The draft uses two things the engine does not read yet (see the draft's NOTES.md): ``essential_target`` on a
tier in pack.yaml, and ``anchors`` (the French anchor quotes) on questions in translations/fr.yaml. To load it,
a copy with those two keys taken out is written to a temporary folder; everything else is loaded as it is.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from assessor.core.forms.loader import load_pack
from assessor.core.forms.models import FormPack

DRAFT = Path(__file__).resolve().parents[2] / "forms-drafts" / "ga4gh-framework-2.0.0"


def read_yaml(relative: str) -> Any:
    return yaml.safe_load((DRAFT / relative).read_text(encoding="utf-8"))


def engine_compatible_copy(target: Path) -> Path:
    """Write the draft to ``target`` without the keys the engine does not know yet; return the folder."""
    folder = target / DRAFT.name
    shutil.copytree(DRAFT, folder)
    pack = read_yaml("pack.yaml")
    for tier in pack["tiers"]:
        tier.pop("essential_target", None)
    (folder / "pack.yaml").write_text(yaml.safe_dump(pack, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for path in sorted((folder / "translations").glob("*.yaml")):
        tr = yaml.safe_load(path.read_text(encoding="utf-8"))
        for text in (tr.get("questions") or {}).values():
            text.pop("anchors", None)
        path.write_text(yaml.safe_dump(tr, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return folder


@cache
def _copy() -> Path:
    target = Path(tempfile.mkdtemp(prefix="pack2-draft-"))
    atexit.register(shutil.rmtree, target, True)
    return engine_compatible_copy(target)


@cache
def load_draft(language: str = "en") -> FormPack:
    return load_pack(_copy(), language)
