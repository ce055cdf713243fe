"""The real app read through AT-SPI, as a screen reader reads it: status lists, guidance toggles, button names,
drop-down names and the sidebar's progress (one app started, walked with the keyboard through xdotool)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assessor.core.demo import make_demo
from assessor.core.forms.installed import load_default_pack
from assessor.core.storage import save_assessment
from assessor.core.tiers import Tier
from tests.helpers.atspi import AtspiApp, Tree

pytestmark = pytest.mark.slow


def _on_page(app: AtspiApp, name: str, what: str) -> Tree:
    return app.wait_for(lambda t: bool(t.find(name=name)), what=what)


def test_a_screen_reader_finds_and_names_what_the_review_missed(tmp_path: Path) -> None:
    pack = load_default_pack()
    demo = make_demo(Tier.HIGH, pack)
    path = tmp_path / "demo.g4sa"
    save_assessment(demo, path)
    with AtspiApp([str(path)], size=(1366, 768), env={"ASSESSOR_LANG": "en"}) as app:
        tree = app.wait_for(lambda t: bool(t.find(role="tree")), what="the wizard's sidebar")

        # the sidebar's counts read in words, not as a bare "16/16"
        element = pack.elements[0]
        cells = [n.name for n in tree.find(role="table cell")]
        row = next(name for name in cells if name.startswith(f"{element.order}. {element.title}, "))
        assert re.fullmatch(rf"{element.order}\. .+, \d+ of \d+ answered", row), row
        assert not [name for name in cells if re.fullmatch(r"\d+/\d+", name)], "no count read as a bare n/m"
        assert any(re.fullmatch(r"\d+ of \d+ factors set", name) for name in cells)

        # a Core Element page: the guidance toggles are expandable buttons, the buttons named per question
        app.focus_window()
        app.key("ctrl+Next", "ctrl+Next")
        tree = _on_page(app, "Guidance for TR-01", "the Transparency page")
        toggle = tree.one(role="push button", name="Guidance for TR-01")
        assert "expandable" in toggle.states and "expanded" not in toggle.states
        assert "Toggle" in toggle.actions
        assert len(tree.find(role="push button", name="Remove the selected evidence of TR-01")) == 1
        assert len(tree.find(role="push button", name="Attach evidence to TR-02")) == 1
        assert not tree.find(name="Remove the selected evidence"), "no name shared by every question"
        app.press(toggle, "Toggle")
        opened = app.wait_for(
            lambda t: "expanded" in t.one(role="push button", name="Guidance for TR-01").states,
            what="the opened guidance",
        )
        assert opened.find(name_contains="Why at this tier")

        # the action plan: every status list in the tree, a named drop-down
        app.key("ctrl+shift+r")
        app.wait_for(lambda t: bool(t.find(name="Results by Core Element")), what="the Results page")
        app.key("Tab", "Tab")  # into the plan, further down the page: the page scrolls to it
        tree = app.wait_for(
            lambda t: bool(t.find(role="combo box", name_contains="Status of action")), what="the action plan"
        )
        lists = tree.find(role="combo box", name_contains="Status of action")
        first = lists[0].name
        assert re.match(r"Status of action [A-Z0-9-]+: [A-Z]{2}-\d{2}, .+", first), first
        assert len({n.name for n in lists}) == len(lists), "each list names its own action"
        assert 0 < len(lists) <= len(demo.actions)

        # the report page: drop-downs named by their labels, not by their values
        app.key("ctrl+Next")
        tree = app.wait_for(lambda t: bool(t.find(role="combo box", name="Paper size")), what="the report page")
        assert tree.find(role="combo box", name="Preview zoom")
        assert not tree.find(role="combo box", name="A4") and not tree.find(role="combo box", name="Fit width")


def _focused(tree: Tree) -> str:
    names = [n.name for n in tree if "focused" in n.states and n.role == "radio button"]
    return names[0] if names else ""


def test_the_keyboard_moves_between_answers_in_the_real_window() -> None:
    with AtspiApp(env={"ASSESSOR_LANG": "en"}) as app:
        tree = app.tree()
        app.press(tree.one(role="push button", name="New assessment"), "Press")
        app.wait_for(lambda t: bool(t.find(role="tree")), what="the wizard's sidebar")
        app.focus_window()
        app.key("ctrl+Next", "ctrl+Next")
        app.wait_for(lambda t: _focused(t).startswith("TR-01: 0"), what="the first answer of Transparency")

        app.key("ctrl+2")  # the keyboard and its highlight go with the level chosen, at once
        tree = app.wait_for(lambda t: _focused(t).startswith("TR-01: 2"), what="the focus on level 2")
        assert "checked" in tree.one(role="radio button", name=_focused(tree)).states

        app.key("Tab", "Tab")  # notes, then the next question's answer
        app.wait_for(lambda t: _focused(t).startswith("TR-02: "), what="TR-02's answer after two Tabs")

        app.key("ctrl+shift+Down")  # the next unanswered question: TR-02 is the one here, so TR-03
        app.wait_for(lambda t: _focused(t).startswith("TR-03: "), what="the next unanswered question")
        app.key("ctrl+Up")
        app.wait_for(lambda t: _focused(t).startswith("TR-02: "), what="the previous question")
