"""Every released form pack version stays installed, byte for byte, and a file opens with its own version."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assessor.core.assessment import Assessment, FormPackRef
from assessor.core.forms.hashing import content_hash
from assessor.core.forms.installed import (
    find_pack,
    installed_versions,
    load_default_pack,
    newer_version_of,
    newest_version,
)
from assessor.core.validation import UnknownFormPack, pack_for
from assessor.resources import DEFAULT_PACK, pack_version_dirs

# The content hash recorded by every file answered against the released pack 1.0.0: it must never change.
HASH_1_0_0 = "ef019ab11945c1072ec6200938c003ce9e66e846bbc795eb4cd4a97a92e468af"
RELEASED = {
    "1.0.0": HASH_1_0_0,
    "1.1.0": "d6b435eac28d18660ce3561f0e4688ac1715e22960cb6af4a4c9c494f492ad0e",
    "2.0.0": "92a613d833f47f34d1a6d67ede631beba1f38b5dfacdf0dfb4063e66564d51fc",  # issue #13
}


@pytest.mark.parametrize("version", sorted(RELEASED))
def test_released_packs_are_kept_exactly_as_released(version: str) -> None:
    folder = pack_version_dirs(DEFAULT_PACK)[version]
    assert content_hash(folder) == RELEASED[version]
    pack = find_pack(DEFAULT_PACK, version=version)
    assert pack is not None and pack.hash == RELEASED[version] and pack.version == version


def test_each_version_lives_in_a_folder_named_after_it() -> None:
    assert installed_versions(DEFAULT_PACK)[:3] == ["1.0.0", "1.1.0", "2.0.0"]
    for version, folder in pack_version_dirs(DEFAULT_PACK).items():
        header = yaml.safe_load((folder / "pack.yaml").read_text(encoding="utf-8"))
        assert (header["id"], header["version"]) == (DEFAULT_PACK, version)


def test_a_new_assessment_gets_the_newest_version() -> None:
    assert load_default_pack().version == newest_version(DEFAULT_PACK) == installed_versions(DEFAULT_PACK)[-1]
    assert newer_version_of(load_default_pack()) is None


def test_a_file_opens_with_the_version_it_was_answered_against() -> None:
    old = Assessment(form_pack=FormPackRef(id=DEFAULT_PACK, version="1.0.0", hash=HASH_1_0_0))
    match = pack_for(old, "fr")
    assert match.pack.version == "1.0.0" and match.same_revision and match.pack.language == "fr"
    assert match.newer_version == newest_version(DEFAULT_PACK)
    middle = Assessment(form_pack=FormPackRef(id=DEFAULT_PACK, version="1.1.0", hash=load_default_pack().hash))
    assert pack_for(middle).pack.version == "1.1.0" and pack_for(middle).newer_version == "2.0.0"
    new = Assessment(form_pack=FormPackRef(id=DEFAULT_PACK, version="2.0.0", hash=load_default_pack().hash))
    assert pack_for(new).pack.version == "2.0.0" and pack_for(new).newer_version is None


def test_a_version_that_is_not_installed_is_refused_naming_what_is() -> None:
    future = Assessment(form_pack=FormPackRef(id=DEFAULT_PACK, version="7.0.0", hash="0" * 64))
    expected = r"'ga4gh-framework' 7\.0\.0, which is not installed \(installed: 1\.0\.0, 1\.1\.0"
    with pytest.raises(UnknownFormPack, match=expected):
        pack_for(future)


def test_a_changed_factor_must_exist_and_points_may_not_fall(tmp_path: Path) -> None:
    from assessor.core.forms.loader import check_pack
    from tests.helpers.factories import copy_pack

    pack = copy_pack(tmp_path)
    triage = pack / "triage.yaml"
    text = triage.read_text(encoding="utf-8")
    triage.write_text(text.replace('"1.0.0": [F1,', '"1.0.0": [F99, F1,', 1), encoding="utf-8")
    assert [str(i) for i in check_pack(pack)] == ["triage.yaml: factors_changed_since.1.0.0: unknown factor 'F99'"]
    f9 = text.replace("        points: 0\n        label: Re-contact", "        points: 1\n        label: Re-contact", 1)
    level_2 = "      - score: 2\n        label: Return"
    f9 = f9.replace(level_2, "      - score: 2\n        points: 0\n        label: Return", 1)
    triage.write_text(f9, encoding="utf-8")  # F9 would count 0, 1, 0
    problems = [str(i) for i in check_pack(pack)]
    assert len(problems) == 1 and "may not count fewer points than a lower one" in problems[0]
