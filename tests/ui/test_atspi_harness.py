"""The AT-SPI harness itself, on the real app: what later screen-reader and printing tests stand on."""

from __future__ import annotations

import pytest

from tests.helpers.atspi import AtspiApp

pytestmark = pytest.mark.slow


def test_the_start_screen_is_read_and_driven_through_atspi() -> None:
    with AtspiApp() as app:
        tree = app.tree()
        assert tree.one(role="frame").name.startswith("assessor")
        assert {"File", "Edit", "Help"} <= {n.name for n in tree.find(role="menu item")}
        new = tree.one(role="push button", name="New assessment")
        assert "Press" in new.actions
        app.press(new, "Press")
        # The wizard replaces the start screen: its sidebar (a tree of pages) appears, the button goes.
        after = app.wait_for(lambda t: bool(t.find(role="tree")), what="the wizard's sidebar")
        assert not after.find(role="push button", name="New assessment")


def test_an_idle_window_answers_every_heartbeat_quickly() -> None:
    with AtspiApp() as app:
        waits = app.heartbeat(seconds=2.0)
        assert len(waits) >= 5
        assert max(waits) < 1.0, waits
