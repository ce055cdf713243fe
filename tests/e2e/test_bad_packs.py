"""Hostile form packs: `forms check` lists a located problem (exit 1), `forms show` refuses in one line (exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assessor.core.forms.loader import check_pack
from assessor.core.limits import ECHO_CHARS, clip
from tests.helpers.factories import copy_pack
from tests.helpers.refusals import refusal

LAUGHS = 'lol: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n' + "".join(
    f"l{i}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
)

CASES = {
    "deep-flow": ("extra: " + "[" * 100_000 + "]" * 100_000 + "\n", "nested more than 64 levels deep"),
    "deep-block": ("extra:\n" + "".join(" " * i + "- \n" for i in range(2000)), "nested more than 64 levels deep"),
    "laughs": (LAUGHS, "holds more than 200,000 values once its aliases are written out"),
    "repeated-key": ("title: Another title\n", "the key title is given twice"),
    "long-unknown-key": ("K" * 1000 + ": 1\n", "KKKKKKKK…: unknown key, not allowed here"),
    "python-object": ("extra: !!python/object/apply:os.system ['true']\n", "not valid YAML (could not determine"),
}


def _pack(tmp_path: Path, addition: str) -> Path:
    pack = copy_pack(tmp_path)
    with (pack / "pack.yaml").open("a", encoding="utf-8") as fh:
        fh.write(addition)
    return pack


@pytest.mark.parametrize("name", sorted(CASES))
def test_check_lists_a_located_problem(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    addition, expected = CASES[name]
    pack = _pack(tmp_path, addition)
    from assessor.cli import main

    assert main(["forms", "check", str(pack)]) == 1
    out, err = capsys.readouterr()
    assert err == "" and "Traceback" not in out
    lines = out.splitlines()
    assert lines[0] == f"{pack}: {len(lines) - 1} problem(s)"
    assert any(line.strip().startswith("pack.yaml: ") and expected in line for line in lines[1:]), out[:2000]
    assert max(len(line) for line in lines) < 300


@pytest.mark.parametrize("name", sorted(CASES))
def test_show_refuses_in_one_line(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    addition, _expected = CASES[name]
    pack = _pack(tmp_path, addition)
    code, line = refusal(["forms", "show", str(pack)], capsys)
    assert code == 2 and line.startswith(f"assessor: {pack}: invalid form pack (pack.yaml: ")


def test_a_pack_file_too_large_is_not_read(tmp_path: Path) -> None:
    pack = _pack(tmp_path, "# " + "x" * (4 * 1024 * 1024) + "\n")
    assert [str(i) for i in check_pack(pack)] == ["pack.yaml: file is too large (at most 4 MB)"]


def test_the_deep_problem_names_its_line(tmp_path: Path) -> None:
    pack = _pack(tmp_path, "extra: " + "[" * 100 + "]" * 100 + "\n")
    lines = (pack / "pack.yaml").read_text(encoding="utf-8").splitlines()
    [issue] = check_pack(pack)
    assert issue.path == f"line {len(lines)}, column {len('extra: ') + 64}"  # the top mapping is the first level


@given(st.text(max_size=300))
def test_a_clipped_value_is_at_most_80_characters_and_starts_as_it_did(value: str) -> None:
    shown = clip(value)
    assert len(shown) <= ECHO_CHARS
    assert shown == value or (shown.endswith("…") and value.startswith(shown[:-1]))
