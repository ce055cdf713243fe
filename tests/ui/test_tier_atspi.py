"""Through AT-SPI, on the real window at 1024×700: a page ends with Back and Next, the tier badge is a named
button that opens "What this tier means", and that opens the glossary."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.atspi import AtspiApp

pytestmark = pytest.mark.slow


def test_the_tier_badge_and_the_glossary_through_atspi(tmp_path: Path) -> None:
    demo = tmp_path / "demo.g4sa"
    subprocess.run([sys.executable, "-m", "assessor", "demo", "-o", str(demo), "--tier", "high"], check=True)
    with AtspiApp([str(demo)], size=(1024, 700)) as app:
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
