"""Small builders shared by tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from assessor.core.assessment import Assessment, FormPackRef
from assessor.core.forms.installed import load_default_pack
from assessor.core.forms.models import FormPack
from assessor.resources import default_pack_dir


def pack_ref(pack: FormPack | None = None) -> FormPackRef:
    pack = pack or load_default_pack()
    return FormPackRef(id=pack.id, version=pack.version, hash=pack.hash)


def blank_assessment(pack: FormPack | None = None) -> Assessment:
    return Assessment(form_pack=pack_ref(pack))


def copy_pack(tmp_path: Path) -> Path:
    """A writable copy of the shipped pack, for tests that break it on purpose."""
    target = tmp_path / "pack"
    shutil.copytree(default_pack_dir(), target)
    return target
