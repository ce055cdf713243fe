"""What the window loads before it first shows (issue 16): the page shown and nothing it does not need.

Each case starts the real app in a fresh interpreter (``assessor`` or ``assessor FILE``, stopping once the window
is shown) and lists which of the modules below it loaded, and whether it built Qt's enum namespace (``Qt``: its
first use makes 94 Python enum classes, about 20 ms; the start screen does without it, widgets.set_enum).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import assessor
from assessor.core.demo import make_demo
from assessor.core.recovery import pending_recoveries, write_recovery
from assessor.core.storage import save_assessment
from assessor.core.tiers import Tier
from assessor.ui import recent

LATER = (
    "assessor.ui.expander",  # the question cards' guidance toggle
    "assessor.ui.pages.element_page",
    "assessor.ui.pages.review_page",
    "assessor.ui.pages.results_page",
    "assessor.ui.report_page",
    "assessor.ui.glossary",
    "getpass",  # the login name, read when an answer is first stamped
    "dataclasses",  # not for the recent files' list
)
# Qt classes the start screen does without: the lists' (built with their first row, ~1.5 ms of enum classes)
LATER_CLASSES = ("QListWidget", "QListWidgetItem")
PROBE = (
    "import sys\n"
    "from assessor.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "import PySide6.QtCore\n"
    "import PySide6.QtWidgets\n"
    "namespace = ['Qt-namespace'] if 'Qt' in vars(PySide6.QtCore) else []\n"
    "made = {*vars(PySide6.QtCore), *vars(PySide6.QtWidgets)}\n"
    f"classes = sorted(made & {set(LATER_CLASSES)!r})\n"
    f"print(code, *sorted(set(sys.modules) & {set(LATER)!r}), *classes, *namespace)\n"
)


def _loaded(args: list[str], home: Path) -> list[str]:
    home.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(assessor.__file__).resolve().parents[1]),
        "ASSESSOR_HOME": str(home),
        "ASSESSOR_QUIT_WHEN_SHOWN": "1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run([sys.executable, "-c", PROBE, *args], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.splitlines()[-1].split()


def test_the_start_screen_loads_none_of_the_pages(tmp_path: Path) -> None:
    assert _loaded([], tmp_path / "home") == ["0"]


def test_the_start_screen_with_recent_files_and_work_to_recover_still_does_without_the_qt_namespace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("ASSESSOR_HOME", str(home))
    saved = tmp_path / "vale.g4sa"
    save_assessment(make_demo(Tier.LOW), saved)
    recent.remember(saved, institution="Vale Hospital", verdict="Meets the target")
    unsaved = make_demo(Tier.HIGH)
    write_recovery(unsaved, None)
    assert recent.recent_files() == [saved] and len(pending_recoveries()) == 1
    assert _loaded([], home) == ["0", "QListWidget", "QListWidgetItem"]  # the lists, for their rows


def test_a_file_opens_on_its_first_page_with_only_what_that_page_needs(tmp_path: Path) -> None:
    path = tmp_path / "high.g4sa"
    save_assessment(make_demo(Tier.HIGH), path)
    loaded = _loaded([str(path)], tmp_path / "home")
    # the core models bring dataclasses along (not the interface's doing); nothing else on the list loads, and the
    # first page (the institution and scope, beside the sidebar) shows without the Qt namespace
    assert [name for name in loaded if name != "dataclasses"] == ["0"]


def test_the_numbers_used_for_qt_values_are_qts() -> None:
    from PySide6.QtCore import Qt

    from assessor.ui import widgets

    assert Qt.ItemDataRole.TextAlignmentRole.value == widgets.TEXT_ALIGNMENT_ROLE
    assert Qt.ItemDataRole.AccessibleTextRole.value == widgets.ACCESSIBLE_TEXT_ROLE
    assert Qt.ItemDataRole.UserRole.value == widgets.USER_ROLE
    assert (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value == widgets.ALIGN_RIGHT_VCENTER


def test_an_enum_property_is_set_by_its_values_name_and_a_wrong_name_is_refused(qapp: object) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from assessor.ui.widgets import set_enum

    label = QLabel()
    set_enum(label, "textFormat", "PlainText")
    set_enum(label, "textInteractionFlags", "TextSelectableByMouse|TextSelectableByKeyboard")
    assert label.textFormat() == Qt.TextFormat.PlainText
    wanted = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert label.textInteractionFlags() == wanted
    with pytest.raises(ValueError, match="no value 'Plain'"):
        set_enum(label, "textFormat", "Plain")
    with pytest.raises(ValueError, match="no enum property 'textFromat'"):
        set_enum(label, "textFromat", "PlainText")
