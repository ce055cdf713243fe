"""Through AT-SPI, on the real window at 1024×700: every page ends with Back and Next and none shows a sideways
scroll bar (English and French); the tier badge is a named button that opens "What this tier means", and that
opens the glossary."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.atspi import AtspiApp, Tree

pytestmark = pytest.mark.slow


def make_demo(folder: Path) -> Path:
    demo = folder / "demo.g4sa"
    subprocess.run([sys.executable, "-m", "assessor", "demo", "-o", str(demo), "--tier", "high"], check=True)
    return demo


NAMES = {  # (Next, Back) as a screen reader names them
    "en": ("Next page", "Back to the previous page"),
    "fr": ("Page suivante", "Revenir à la page précédente"),
}


def selected(tree: Tree) -> tuple[str, ...]:
    """The sidebar's selected row: the page on screen."""
    return tuple(n.name for n in tree if "selected" in n.states and n.role in ("tree item", "table cell"))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_page_ends_with_back_and_next_and_never_scrolls_sideways(tmp_path: Path, language: str) -> None:
    next_name, back_name = NAMES[language]
    with AtspiApp([str(make_demo(tmp_path))], size=(1024, 700), env={"ASSESSOR_LANG": language}) as app:
        pages = 0
        while True:
            tree = app.wait_for(lambda t: bool(t.find(role="tree")), what="the wizard's sidebar")
            pages += 1
            sideways = [n for n in tree.find(role="scroll bar") if "horizontal" in n.states]
            assert not sideways, f"page {pages} shows a sideways scroll bar"
            assert bool(tree.find(role="push button", name=back_name)) == (pages > 1), pages
            following = tree.find(role="push button", name=next_name)
            if not following:
                break
            app.press(following[0], "Press")
            was = selected(tree)
            app.wait_for(lambda t, was=was: selected(t) not in ((), was), what="the next page")
        assert pages == 15, "institution, risk, ten elements, review, results, report"


def test_the_tier_badge_and_the_glossary_through_atspi(tmp_path: Path) -> None:
    with AtspiApp([str(make_demo(tmp_path))], size=(1024, 700)) as app:
        first = app.wait_for(lambda t: bool(t.find(role="push button", name="Next page")), what="Next on page 1")
        assert not first.find(role="push button", name="Back to the previous page")  # page 1: nothing before it
        app.press(first.one(role="push button", name="Next page"), "Press")  # to the risk profile
        tree = app.wait_for(
            lambda t: bool(t.find(role="push button", name_contains="What this tier means")), what="the tier badge"
        )
        badge = tree.one(role="push button", name="Risk tier: High tier. What this tier means")
        assert tree.find(role="push button", name="Next page")
        assert tree.find(role="push button", name="Back to the previous page")
        assert {"What “Provisional tier” means", "What “Raised tier” means"} <= {
            n.name for n in tree.find(role="push button")
        }
        app.press(badge, "Press")
        shown = app.wait_for(
            lambda t: any(n.name.startswith("What this tier means") for n in t.find(role="dialog")),
            what="the explanation",
        )
        app.press(shown.one(role="push button", name="Glossary…"), "Press")
        app.wait_for(lambda t: any(n.name.startswith("Glossary") for n in t.find(role="dialog")), what="the glossary")
