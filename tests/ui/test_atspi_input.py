"""The institution page as a screen reader and a keyboard meet it, in the real app: required fields announced,
an impossible date that cannot be typed, a period refused beside the field, Ctrl+Z taking back a date."""

from __future__ import annotations

import subprocess
import time

import pytest

from tests.helpers.atspi import AtspiApp, Tree

pytestmark = pytest.mark.slow


def _value(tree: Tree, name: str) -> str | None:
    return tree.one(role="spin button", name=name).text


def _settle(app: AtspiApp) -> Tree:
    time.sleep(0.8)
    return app.tree()


def test_dates_on_the_institution_page_through_atspi_and_the_keyboard() -> None:
    with AtspiApp() as app:
        app.press(app.tree().one(role="push button", name="New assessment"), "Press")
        tree = app.wait_for(lambda t: bool(t.find(role="spin button", name="Period to")), what="the date fields")
        for name in ("Period from", "Period to"):
            field = tree.one(role="spin button", name=name)
            assert field.description.startswith("Required") and field.text == "Not set"
        assert tree.one(role="text", name="Institution").description.startswith("Required")
        assert tree.one(role="label", name="Institution *")
        # without a window manager, a click makes the window the one that gets the keys
        subprocess.run(["xdotool", "mousemove", "900", "45", "click", "1"], env=app.env, check=True, timeout=30)
        app.press(tree.one(role="spin button", name="Period to"), "Set Focus")
        app.type_text("2025-13-45")
        app.key("Return")
        held = _value(_settle(app), "Period to")
        assert held is not None and held.startswith("2025-") and held != "2025-13-45"
        month, day = (int(part) for part in held.split("-")[1:])
        assert 1 <= month <= 12 and 1 <= day <= 31
        app.press(app.tree().one(role="spin button", name="Period from"), "Set Focus")
        app.type_text("2025-12-31")
        app.key("Return")
        tree = _settle(app)
        refusal = [n.name for n in tree.find(role="label") if n.name.startswith("The period cannot start after")]
        assert refusal and held in refusal[0]
        assert held in tree.one(role="spin button", name="Period from").description
        app.key("ctrl+z")  # the window's undo, even from inside the date field
        tree = _settle(app)
        assert _value(tree, "Period to") == "Not set" and _value(tree, "Period from") == "Not set"
        assert not [n for n in tree.find(role="label") if n.name.startswith("The period cannot")]
