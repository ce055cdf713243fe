"""The review's small things: the status on a new file, a long name in the title, suggested file names, recent
files with their institution, date and verdict opening where the user was, Find saying why, the N/A warning's
colour, the "Core Elements" row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from assessor.core.paths import config_dir
from assessor.core.tiers import Tier
from assessor.ui import recent
from assessor.ui.main_window import MainWindow
from assessor.ui.pages.element_page import ElementPage
from assessor.ui.search import SearchDialog
from assessor.ui.short_text import file_name_for
from tests.ui.conftest import choose_save_path

LONG = ("Centre Hospitalier Universitaire de Saint-Éloi, Département de Génétique Médicale " * 4).strip()


def test_a_new_file_says_it_is_not_saved_yet(window: MainWindow) -> None:
    window.new_assessment()
    assert "New assessment, not saved yet" in window.status_label.text()
    assert "All changes saved" not in window.status_label.text()


def test_a_long_name_is_cut_at_a_word_in_the_window_title(window: MainWindow) -> None:
    window.new_assessment()
    assert window.session is not None
    window.session.edit_details(lambda a: setattr(a.institution, "name", LONG), "Institution")
    title = window.windowTitle()
    name = title.split("[*]")[0]
    assert len(name) <= 60 and name.endswith("Saint-Éloi, Département…"), title
    assert len(LONG) > 300


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Vale Hospital", "Vale-Hospital.g4sa"),
        (LONG, "Centre-Hospitalier-Universitaire-de.g4sa"),  # not "…-de-Saint-" cut inside a word
        ("Institut / Genomics & Data", "Institut-Genomics-Data.g4sa"),
        ("", "assessment.g4sa"),
        ("X" * 90, "X" * 40 + ".g4sa"),  # one word longer than a name: cut inside it
    ],
)
def test_suggested_file_names_are_cut_at_word_boundaries(name: str, expected: str) -> None:
    assert file_name_for(name) == expected


def test_recent_files_show_institution_date_and_verdict_and_reopen_on_the_last_page(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window.open_demo(Tier.LOW)
    assert window.session is not None and window.workspace is not None
    target = tmp_path / "vale.g4sa"
    choose_save_path(monkeypatch, target)
    assert window.save()
    window.workspace.show_page("results")
    institution = window.session.assessment.institution.name
    assert window.close_assessment()
    row = window.start.recent_list.item(0).text()
    first, second = row.split("\n")
    assert first.startswith(institution) and ("target" in first or "Incomplete" in first)
    assert "vale.g4sa" in second and "saved or opened 20" in second
    assert window.open_path(target)
    assert window.workspace is not None and window.workspace.current_key == "results"


def test_a_recent_list_of_an_earlier_version_is_read(tmp_path: Path) -> None:
    old = tmp_path / "old.g4sa"
    old.write_text("{}")
    (config_dir()).mkdir(parents=True, exist_ok=True)
    (config_dir() / "recent.json").write_text(json.dumps([str(old), 7, {"path": 3}]))
    assert recent.recent_files() == [old]
    recent.remember_page(old, "risk")
    assert recent.last_page(old) == "risk"


def test_find_says_why_an_item_matched_and_why_it_is_out_of_scope(window: MainWindow, qtbot: QtBot) -> None:
    window.new_assessment()
    session = window.session
    assert session is not None
    for factor in session.pack.triage.factors:
        session.set_factor(factor.id, 0)
    assert session.tier == Tier.LOW
    hidden = next(q for q in session.pack.questions() if not session.in_scope(q.id) and q.condition is None)
    dialog = SearchDialog(session, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.query, hidden.id)
    row = dialog.results.item(0).text()
    assert "Found in its id" in row
    assert f"Not asked at the Low tier: asked from the {session.tier_name(hidden.min_tier)} tier up" in row
    assert dialog.results.wordWrap()
    dialog.query.setText(session.pack.questions()[0].text.split()[-1])
    assert "the question" in dialog.results.item(0).text()
    questions = session.pack.questions()
    word = next(w for w in ("consent", "licence") if any(w in q.guidance and w not in q.text for q in questions))
    dialog.query.setText(word)
    rows = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    said = [row.split("Found in its guidance: ")[1] for row in rows if "Found in its guidance: " in row]
    assert said and all(word in excerpt.casefold() for excerpt in said)


def test_an_excerpt_cuts_at_words() -> None:
    from assessor.ui.search import excerpt

    text = "Ask whether the participants gave consent for this exact use, and keep the form with the record."
    assert excerpt(text, "CONSENT", around=12) == "…participants gave consent for this…"
    assert excerpt("consent", "consent") == "consent"


def test_the_na_reason_warning_uses_the_warning_colour(window: MainWindow) -> None:
    window.new_assessment()
    assert window.workspace is not None
    page = window.workspace.show_page("element:TR")
    assert isinstance(page, ElementPage)
    assert page.cards["TR-01"].na_needed.property("role") == "warning"


def test_the_core_elements_row_opens_the_first_element(window: MainWindow, qtbot: QtBot) -> None:
    window.new_assessment()
    assert window.workspace is not None and window.session is not None
    sidebar = window.workspace.sidebar
    row = sidebar.items["elements"]
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(row).center())
    first = window.session.pack.elements[0].id
    assert window.workspace.current_key == f"element:{first}"


def test_the_core_elements_row_is_never_selected_and_its_counts_sit_on_the_right(window: MainWindow) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    window.new_assessment()
    assert window.workspace is not None
    sidebar = window.workspace.sidebar
    sidebar.setFocus()
    sidebar.setCurrentItem(sidebar.items["risk"])
    sidebar.setCurrentItem(sidebar.items["elements"])  # as the Down arrow does
    assert sidebar.currentItem() is sidebar.items["elements"]
    assert [item.data(0, Qt.ItemDataRole.UserRole) for item in sidebar.selectedItems()] == ["risk"]
    option = QStyleOptionViewItem()
    sidebar.itemDelegate().initStyleOption(option, sidebar.indexFromItem(sidebar.items["review"], 1))
    assert option.displayAlignment == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def test_a_file_with_an_impossible_date_opens_with_the_date_emptied_and_said(
    window: MainWindow, tmp_path: Path
) -> None:
    from assessor.core.assessment import file_bytes
    from tests.helpers.factories import blank_assessment

    data = json.loads(file_bytes(blank_assessment()))
    data["scope"]["period_end"] = "2025-13-45"
    path = tmp_path / "old.g4sa"
    path.write_text(json.dumps(data))
    assert window.open_path(path)
    assert window.session is not None and window.session.assessment.scope.period_end == ""
    said = " ".join(message for _kind, message in window.messages)  # type: ignore[attr-defined]
    assert "Dates that do not exist were left empty" in said and "scope.period_end (2025-13-45)" in said


def test_the_recent_list_is_replaced_whole_without_waiting_for_the_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening a file rewrites the list: no fsync there (it held the window back ~15 ms), and a temporary file
    left by an interrupted write is replaced, not written through."""
    import os

    def no_fsync(_fd: int) -> None:
        raise AssertionError("the recent list waited for the disk")

    monkeypatch.setattr(os, "fsync", no_fsync)
    first, second = tmp_path / "a.g4sa", tmp_path / "b.g4sa"
    for path in (first, second):
        path.write_text("{}", encoding="utf-8")
    leftover = config_dir() / ".recent.json.saving"
    leftover.parent.mkdir(parents=True, exist_ok=True)
    leftover.write_text("half a list", encoding="utf-8")
    recent.remember(first, institution="First")
    recent.remember(second, institution="Second")
    assert [e.institution for e in recent.recent_entries()] == ["Second", "First"]
    assert not leftover.exists()
