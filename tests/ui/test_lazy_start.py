"""A window opened on a file builds its start screen only when the start screen is first needed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from assessor.core.demo import make_demo
from assessor.core.recovery import discard_recovery, write_recovery
from assessor.core.storage import save_assessment
from assessor.core.tiers import Tier
from assessor.ui import recent
from assessor.ui.app import make_app
from assessor.ui.main_window import MainWindow
from assessor.ui.open_errors import OpenErrorBox


@pytest.fixture
def opening(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    """The window as ``assessor FILE`` makes it; a file that does not open is answered, not shown."""
    make_app()
    monkeypatch.setattr(OpenErrorBox, "exec", lambda _box: 0)
    win = MainWindow(start_screen=False)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.session is not None:
        win.session._set_dirty(False)
    win.close()
    win.deleteLater()


def test_an_opened_file_leaves_the_start_screen_unbuilt_until_the_assessment_closes(
    opening: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "high.g4sa"
    save_assessment(make_demo(Tier.HIGH), path)
    assert opening.open_path(path)
    opening.show_start_if_empty()
    assert opening._start is None and opening.stack.count() == 1
    assert opening.close_assessment()
    assert opening.stack.currentWidget() is opening.start
    assert "high.g4sa" in opening.start.recent_list.item(0).text()  # built with the file just closed listed


def test_a_file_that_does_not_open_shows_the_start_screen(opening: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "broken.g4sa"
    path.write_text("not an assessment", encoding="utf-8")
    assert not opening.open_path(path)
    assert opening._start is None
    opening.show_start_if_empty()
    assert opening.stack.currentWidget() is opening.start and opening.start.isVisible()


def test_a_first_start_builds_no_list_and_the_lists_come_with_their_first_rows(
    window: MainWindow, tmp_path: Path
) -> None:
    start = window.start
    assert start._recent_list is None and start.recovery_frame is None  # nothing to list, nothing built
    assert start.no_recent.isVisibleTo(start)
    path = tmp_path / "vale.g4sa"
    save_assessment(make_demo(Tier.LOW), path)
    recent.remember(path, institution="Vale Hospital")
    write_recovery(make_demo(Tier.HIGH), None)
    start.refresh()
    assert start.recent_list.count() == 1 and start.recent_list.isVisible() and not start.no_recent.isVisible()
    assert start.recovery_frame is not None and start.recovery_frame.isVisible()
    assert len(start.recoverables()) == 1
    start.focus_first()
    assert start.recover_button.hasFocus()
    # the order on screen: the banner above the recent files' heading, the list under it
    column = start._column
    assert column.indexOf(start.recovery_frame) < column.indexOf(start.recent_heading)
    assert column.indexOf(start.recent_heading) < column.indexOf(start.recent_list) < column.indexOf(start.no_recent)
    for found in start.recoverables():
        discard_recovery(found.assessment.id)
    start.refresh()
    assert not start.recovery_frame.isVisible() and start.recoverables() == []
