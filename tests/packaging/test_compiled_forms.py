"""The form packs an installer ships compiled (packaging/build.py compile_packs, read by core/forms/cache.py).

The bundle's copies are read-only and trusted only under the checks of the user's cache: the same pack bytes (hash),
language and assessor version. Anything else falls back to the YAML and the user's cache, which keeps working.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assessor import resources
from assessor.core.forms.cache import cache_file, file_name, load_compiled
from assessor.core.forms.hashing import content_hash
from assessor.core.forms.loader import load_pack
from assessor.resources import pack_version_dirs
from tests.helpers.factories import copy_pack
from tests.packaging.conftest import load_packaging_module

build = load_packaging_module("build")


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("compiled-forms")
    build.compile_packs(folder)
    return folder


@pytest.fixture
def installer(shipped: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app as installed: the compiled copies in the bundle's read-only folder."""
    monkeypatch.setattr(resources, "compiled_forms_dir", lambda: shipped)
    return shipped


def test_the_newest_version_of_each_pack_is_compiled_in_each_of_its_languages(shipped: Path) -> None:
    expected = set()
    for pack_id in resources.pack_ids():
        folder = list(pack_version_dirs(pack_id).values())[-1]
        languages = load_pack(folder, "en").languages
        assert "fr" in languages
        expected |= {file_name(content_hash(folder), language) for language in languages}
    assert {p.name for p in shipped.iterdir()} == expected


def test_the_installed_app_reads_the_shipped_copy_and_writes_no_cache(installer: Path) -> None:
    newest = resources.default_pack_dir()
    for language in ("en", "fr"):
        pack = load_compiled(newest, language)
        assert pack == load_pack(newest, language)
        assert not cache_file(pack.hash, language).exists()


def test_an_older_version_is_compiled_into_the_users_cache(installer: Path) -> None:
    oldest = next(iter(pack_version_dirs(resources.DEFAULT_PACK).values()))
    assert oldest != resources.default_pack_dir()
    pack = load_compiled(oldest, "fr")
    assert pack == load_pack(oldest, "fr")
    assert cache_file(pack.hash, "fr").is_file()
    assert load_compiled(oldest, "fr") == pack  # and read back from there


def test_a_shipped_copy_is_what_is_read(installer: Path, tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    path = installer / file_name(content_hash(folder), "en")
    record = json.loads(path.read_bytes())
    original = path.read_bytes()
    try:
        record["pack"]["title"] = "Marked in the bundle"  # only a read of the shipped copy can return this title
        path.write_text(json.dumps(record), encoding="utf-8")
        assert load_compiled(folder, "en").title == "Marked in the bundle"
    finally:
        path.write_bytes(original)


@pytest.mark.parametrize("field", ["assessor", "format", "language"])
def test_a_shipped_copy_from_another_version_is_not_trusted_and_the_user_cache_takes_over(
    installer: Path, tmp_path: Path, field: str
) -> None:
    folder = copy_pack(tmp_path)
    path = installer / file_name(content_hash(folder), "en")
    original = path.read_bytes()
    record = json.loads(original)
    try:
        record[field] = {"assessor": "0.0.1", "format": 999, "language": "fr"}[field]
        record["pack"]["title"] = "Not to be trusted"
        path.write_text(json.dumps(record), encoding="utf-8")
        pack = load_compiled(folder, "en")
    finally:
        path.write_bytes(original)
    assert pack == load_pack(folder, "en")
    assert cache_file(pack.hash, "en").is_file()  # read from the YAML and kept in the user's cache


def test_a_changed_pack_is_not_served_the_shipped_copy(installer: Path, tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    header = folder / "pack.yaml"
    text = header.read_text(encoding="utf-8")
    title_line = next(line for line in text.splitlines() if line.startswith("title:"))
    header.write_text(text.replace(title_line, "title: Edited after the build"), encoding="utf-8")
    pack = load_compiled(folder, "en")
    assert pack.title == "Edited after the build"
    assert not (installer / file_name(pack.hash, "en")).exists()
    assert cache_file(pack.hash, "en").is_file()


def test_a_source_checkout_ships_no_compiled_copies() -> None:
    assert resources.compiled_forms_dir() is None
