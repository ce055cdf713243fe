"""Autosave recovery files: offered when they hold unsaved work, forgotten when they do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessor.core.paths import recovery_dir
from assessor.core.recovery import discard_recovery, pending_recoveries, write_recovery
from assessor.core.storage import FileProblem, save_assessment
from tests.helpers.factories import blank_assessment


def test_recovery_lives_in_the_redirected_user_folder(user_dirs: Path) -> None:
    a = blank_assessment()
    path = write_recovery(a, None)
    assert path.is_relative_to(user_dirs) and path.parent == recovery_dir()


def test_never_saved_assessment_is_offered() -> None:
    a = blank_assessment()
    a.institution.name = "Unsaved Hospital"
    write_recovery(a, None)
    [item] = pending_recoveries()
    assert item.assessment == a and item.saved_path is None
    assert "Unsaved Hospital" in item.label and "never saved" in item.label


def test_changes_since_the_last_save_are_offered(tmp_path: Path) -> None:
    path = tmp_path / "a.g4sa"
    a = blank_assessment()
    save_assessment(a, path)
    a.answer("TR-01").level = 3
    write_recovery(a, path)
    [item] = pending_recoveries()
    assert item.assessment.answers["TR-01"].level == 3 and item.saved_path == path


def test_recovery_equal_to_the_saved_file_is_not_offered_and_is_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "a.g4sa"
    a = blank_assessment()
    save_assessment(a, path)
    rec = write_recovery(a, path)
    assert pending_recoveries() == []
    assert not rec.exists()


def test_saved_file_deleted_means_offer(tmp_path: Path) -> None:
    path = tmp_path / "gone.g4sa"
    a = blank_assessment()
    save_assessment(a, path)
    write_recovery(a, path)
    path.unlink()
    assert len(pending_recoveries()) == 1


def test_discard_and_damaged_recovery_files() -> None:
    a = blank_assessment()
    write_recovery(a, None)
    discard_recovery(a.id)
    assert pending_recoveries() == []
    (recovery_dir() / "junk.recovery").write_text("{not json")
    assert pending_recoveries() == []  # a damaged recovery file is ignored, not a crash


def test_hostile_recovery_files_are_passed_over_quickly() -> None:
    """Read with the bounds of an assessment file: a repeated key, deep nesting or a huge file is ignored."""
    good = blank_assessment()
    write_recovery(good, None)
    folder = recovery_dir()
    (folder / "deep.recovery").write_bytes(b"[" * 100_000)
    (folder / "twice.recovery").write_text('{"assessment": {}, "assessment": {}}')
    (folder / "huge.recovery").write_bytes(b" " * (5 * 1024 * 1024) + b"{}")
    assert [item.assessment.id for item in pending_recoveries()] == [good.id]


def test_an_assessment_too_large_to_reopen_is_not_saved(tmp_path: Path) -> None:
    path = tmp_path / "a.g4sa"
    a = blank_assessment()
    save_assessment(a, path)
    before = path.read_bytes()
    a.scope.description = "line\n" * 10_001
    with pytest.raises(FileProblem, match="cannot be saved: the assessment holds more than 10,000 lines"):
        save_assessment(a, path)
    assert path.read_bytes() == before
