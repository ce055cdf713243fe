"""The compiled form-pack cache (core/forms/cache.py) and the C-parser YAML reader's bounds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assessor import __version__
from assessor.core.forms import yaml_reader
from assessor.core.forms.cache import cache_file, load_compiled
from assessor.core.forms.errors import FormPackError
from assessor.core.forms.hashing import content_hash
from assessor.core.forms.loader import load_pack
from assessor.resources import default_pack_dir
from tests.helpers.factories import copy_pack

needs_libyaml = pytest.mark.skipif(yaml_reader._CParser is None, reason="PyYAML built without libyaml")


def _record(pack_dir: Path, language: str = "en") -> tuple[Path, dict[str, object]]:
    path = cache_file(content_hash(pack_dir), language)
    return path, json.loads(path.read_bytes())


def _set_title(path: Path, record: dict[str, object], title: str) -> None:
    record["pack"] = {**record["pack"], "title": title}  # type: ignore[dict-item]
    path.write_text(json.dumps(record), encoding="utf-8")


def test_a_miss_writes_the_validated_pack_and_a_hit_reads_it_back(tmp_path: Path) -> None:
    pack_dir = copy_pack(tmp_path)
    first = load_compiled(pack_dir, "fr")
    assert first == load_pack(pack_dir, "fr")
    path, record = _record(pack_dir, "fr")
    assert record["assessor"] == __version__ and record["language"] == "fr"
    _set_title(path, record, "Marked in the cache")  # only a read of the cache can return this title
    assert load_compiled(pack_dir, "fr").title == "Marked in the cache"
    assert load_compiled(pack_dir, "en").title != "Marked in the cache"  # each language has its own copy


def test_a_changed_pack_is_read_again_under_its_new_hash(tmp_path: Path) -> None:
    pack_dir = copy_pack(tmp_path)
    old_hash = load_compiled(pack_dir, "en").hash
    header = pack_dir / "pack.yaml"
    text = header.read_text(encoding="utf-8")
    title_line = next(line for line in text.splitlines() if line.startswith("title:"))
    header.write_text(text.replace(title_line, "title: A changed title"), encoding="utf-8")
    again = load_compiled(pack_dir, "en")
    assert again.title == "A changed title" and again.hash != old_hash == content_hash(default_pack_dir())
    assert cache_file(again.hash, "en").is_file()


@pytest.mark.parametrize(
    "damage",
    [b"", b"{not json", b"\xff\xfe\x00", b"[]", b'{"format": 1}', b"null"],
    ids=["empty", "truncated", "not-utf8", "a-list", "no-pack", "null"],
)
def test_a_damaged_cache_is_ignored_and_rebuilt(tmp_path: Path, damage: bytes) -> None:
    pack_dir = copy_pack(tmp_path)
    good = load_compiled(pack_dir, "en")
    path = cache_file(good.hash, "en")
    path.write_bytes(damage)
    assert load_compiled(pack_dir, "en") == good
    assert json.loads(path.read_bytes())["pack"]["hash"] == good.hash  # written afresh


@pytest.mark.parametrize("field", ["assessor", "language", "format"])
def test_a_copy_made_by_another_assessor_or_for_another_language_is_not_trusted(tmp_path: Path, field: str) -> None:
    pack_dir = copy_pack(tmp_path)
    good = load_compiled(pack_dir, "en")
    path, record = _record(pack_dir)
    record[field] = {"assessor": "0.0.0-older", "language": "fr", "format": 0}[field]
    _set_title(path, record, "Should not be seen")
    assert load_compiled(pack_dir, "en") == good


def test_a_copy_that_breaks_the_pack_model_is_not_trusted(tmp_path: Path) -> None:
    pack_dir = copy_pack(tmp_path)
    good = load_compiled(pack_dir, "en")
    path, record = _record(pack_dir)
    record["pack"] = {**record["pack"], "tiers": []}  # type: ignore[dict-item]
    path.write_text(json.dumps(record), encoding="utf-8")
    assert load_compiled(pack_dir, "en") == good


def test_an_invalid_pack_is_refused_and_nothing_is_kept(tmp_path: Path) -> None:
    pack_dir = copy_pack(tmp_path)
    with (pack_dir / "pack.yaml").open("a", encoding="utf-8") as fh:
        fh.write("title: twice\n")
    with pytest.raises(FormPackError, match="problem"):
        load_compiled(pack_dir, "en")
    assert not cache_file(content_hash(pack_dir), "en").exists()


def test_a_cache_folder_that_cannot_be_written_only_costs_the_copy(tmp_path: Path) -> None:
    pack_dir = copy_pack(tmp_path)
    blocker = cache_file(content_hash(pack_dir), "en").parent
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    assert load_compiled(pack_dir, "en") == load_pack(pack_dir, "en")


# -- the C parser keeps the reader's bounds ------------------------------------------------------------------

DEEP = "extra: " + "[" * 100_000 + "]" * 100_000 + "\n"
DEEP_BLOCK = "extra:\n" + "".join(" " * i + "- \n" for i in range(2000))
LAUGHS = 'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]\n' + "".join(
    f"l{i}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
)


@needs_libyaml
@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (DEEP, "nested more than 64 levels deep"),
        (DEEP_BLOCK, "nested more than 64 levels deep"),
        ("a: 1\nb: 2\na: 3\n", "the key a is given twice"),
        (LAUGHS, "holds more than 200,000 values"),
    ],
    ids=["deep-flow", "deep-block", "duplicate-key", "laughs"],
)
@pytest.mark.parametrize("use_c", [True, False], ids=["libyaml", "python"])
def test_both_parsers_refuse_what_a_pack_may_not_hold(text: str, problem: str, use_c: bool) -> None:
    with pytest.raises(yaml_reader.Refused) as caught:
        yaml_reader.load_yaml(text, use_c=use_c)
    assert problem in str(caught.value.problem)


@needs_libyaml
def test_both_parsers_refuse_python_objects() -> None:
    for use_c in (True, False):
        with pytest.raises(yaml_reader.yaml.YAMLError, match="could not determine a constructor"):
            yaml_reader.load_yaml("x: !!python/object/apply:os.system ['true']\n", use_c=use_c)


@needs_libyaml
def test_both_parsers_read_every_shipped_file_alike() -> None:
    files = sorted(default_pack_dir().parent.rglob("*.yaml"))
    assert len(files) > 10
    for path in files:
        text = path.read_text(encoding="utf-8-sig")
        assert yaml_reader.load_yaml(text, use_c=True) == yaml_reader.load_yaml(text, use_c=False), path


@needs_libyaml
def test_the_loader_reads_with_libyaml_and_still_locates_a_repeated_key(tmp_path: Path) -> None:
    assert isinstance(yaml_reader._loader("a: 1\n"), yaml_reader._CParser)
    pack_dir = copy_pack(tmp_path)
    with (pack_dir / "pack.yaml").open("a", encoding="utf-8") as fh:
        fh.write("title: twice\n")
    lines = (pack_dir / "pack.yaml").read_text(encoding="utf-8").splitlines()
    with pytest.raises(FormPackError) as caught:
        load_pack(pack_dir)
    assert [str(i) for i in caught.value.issues] == [
        f"pack.yaml: line {len(lines)}, column 1: the key title is given twice"
    ]
