"""Undo and redo of answers and the action plan, Clear answer, and a fresh undo history per file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from assessor.core.assessment import Action, Evidence
from assessor.core.forms.installed import load_default_pack
from assessor.core.storage import save_assessment
from assessor.ui import undo
from assessor.ui.main_window import MainWindow
from assessor.ui.pages.element_page import ElementPage
from assessor.ui.session import Session
from tests.helpers.factories import blank_assessment


@pytest.fixture
def session() -> Session:
    pack = load_default_pack()
    return Session(pack, blank_assessment(pack))


def test_undo_restores_an_answer_and_redo_reapplies_it(session: Session) -> None:
    session.set_level("TR-01", 2)
    session.set_level("TR-01", 3)
    session.undo_stack.undo()
    assert session.answer("TR-01").level == 2
    session.undo_stack.undo()
    assert not session.answer("TR-01").is_answered
    assert "TR-01" not in session.assessment.answers  # back as it was: no empty answer left in the file
    session.undo_stack.redo()
    assert session.answer("TR-01").level == 2
    session.undo_stack.redo()
    assert session.answer("TR-01").level == 3


def test_clear_answer_empties_one_and_undo_brings_it_back(session: Session) -> None:
    session.set_level("TR-01", 0)
    session.set_text("TR-01", "notes", "kept")
    session.clear_answer("TR-01")
    answer = session.answer("TR-01")
    assert answer.level is None and not answer.na and not answer.is_answered  # removed, not set to 0
    assert answer.notes == "kept" and answer.answered_at == ""
    session.undo_stack.undo()
    assert session.answer("TR-01").level == 0


def test_clear_answer_of_na_and_of_nothing(session: Session) -> None:
    session.set_na("TR-01", True)
    session.clear_answer("TR-01")
    assert "TR-01" not in session.assessment.answers
    depth = session.undo_stack.count()
    session.clear_answer("TR-01")  # nothing to clear: no step added
    assert session.undo_stack.count() == depth


def test_note_typing_is_one_undo_step_per_burst(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    now = [100.0]
    monkeypatch.setattr(undo, "clock", lambda: now[0])
    for text in ("a", "ab", "abc"):
        session.set_text("TR-01", "notes", text)
        now[0] += 0.3
    now[0] += undo.BURST_S + 1  # a pause: the next typing is another step
    session.set_text("TR-01", "notes", "abc d")
    session.set_flag("TR-01", True)
    assert session.undo_stack.count() == 3
    session.undo_stack.undo()
    assert not session.answer("TR-01").flagged
    session.undo_stack.undo()
    assert session.answer("TR-01").notes == "abc"
    session.undo_stack.undo()
    assert session.answer("TR-01").notes == ""


def test_evidence_and_actions_undo(session: Session) -> None:
    session.add_evidence("TR-01", Evidence(name="policy.pdf", sha256="0" * 64, size=1))
    session.remove_evidence("TR-01", 0)
    session.undo_stack.undo()
    assert [e.name for e in session.answer("TR-01").evidence] == ["policy.pdf"]
    session.edit_actions(lambda a: a.actions.append(Action(id="X-1", question_id="TR-01")))
    session.edit_actions(lambda a: setattr(a.actions[0], "owner", "Ana"))
    session.undo_stack.undo()
    assert session.assessment.actions[0].owner == ""
    session.undo_stack.undo()
    assert session.assessment.actions == []


def test_undo_updates_the_page_and_clear_button(qtbot: QtBot, session: Session) -> None:
    page = ElementPage(session, "TR")
    qtbot.addWidget(page)
    page.show()
    card = page.cards["TR-01"]
    assert not card.clear_button.isEnabled()
    qtbot.mouseClick(card.radios[2], Qt.MouseButton.LeftButton)
    assert card.clear_button.isEnabled() and card.clear_button.accessibleName() == "Clear the answer to TR-01"
    qtbot.mouseClick(card.clear_button, Qt.MouseButton.LeftButton)
    assert card.group.checkedButton() is None and not session.answer("TR-01").is_answered
    session.undo_stack.undo()
    assert card.group.checkedButton() is card.radios[2]


def test_edit_menu_undoes_and_history_clears_on_opening_another_file(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window.new_assessment()
    assert window.session is not None
    window.session.set_level("TR-01", 3)
    assert window.undo_action.isEnabled() and "TR-01" in window.undo_action.text()
    window.undo_action.trigger()
    assert not window.session.answer("TR-01").is_answered
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()
    assert window.session.answer("TR-01").level == 3
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert window.redo_action.shortcut().toString() == "Ctrl+Shift+Z"
    window.workspace.show_page("institution")  # type: ignore[union-attr]
    window.undo_action.trigger()
    assert window.workspace is not None and window.workspace.current_key == "element:TR"  # shown where it changed
    assert not window.session.answer("TR-01").is_answered
    window.redo_action.trigger()
    assert window.workspace is not None and window.workspace.jump_to_question("TR-01")
    clear = window.answer_actions[-1]
    assert clear.shortcut().toString() == "Ctrl+Backspace"
    clear.trigger()  # Answer ▸ Clear answer, on the question holding the keyboard
    assert not window.session.answer("TR-01").is_answered
    window.undo_action.trigger()
    assert window.session.answer("TR-01").level == 3
    pack = load_default_pack()
    other = tmp_path / "other.g4sa"
    save_assessment(blank_assessment(pack), other)
    window.session._set_dirty(False)
    assert window.open_path(other)
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    assert window.session.undo_stack.count() == 0


def test_undo_of_the_action_plan_shows_in_the_table(qtbot: QtBot, session: Session) -> None:
    from assessor.ui.pages.results_page import ResultsPage

    session.set_level("TR-01", 0)  # a gap: the plan gets an action for it
    page = ResultsPage(session)
    qtbot.addWidget(page)
    page.show()
    assert session.sync_actions() > 0
    rows = page.action_table.rowCount()
    assert rows > 0
    session.undo_stack.undo()
    assert session.assessment.actions == [] and page.action_table.rowCount() == 0
    session.undo_stack.redo()
    assert page.action_table.rowCount() == rows


def test_institution_page_edits_are_undone_on_the_page(qtbot: QtBot, session: Session) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QLineEdit

    from assessor.ui.date_field import DateField
    from assessor.ui.pages.institution_page import InstitutionPage

    page = InstitutionPage(session)
    qtbot.addWidget(page)
    name = page.editors["Institution"]
    start = page.editors["Period from"]
    assert isinstance(name, QLineEdit) and isinstance(start, DateField)
    name.setText("Vale Hospital")
    start.editor.setDate(QDate(2025, 1, 1))
    assert "Period from" in session.undo_stack.undoText()
    session.undo_stack.undo()
    assert session.assessment.scope.period_start == "" and start.iso() == ""
    session.undo_stack.undo()
    assert session.assessment.institution.name == "" and name.text() == ""
    session.undo_stack.redo()
    assert session.assessment.institution.name == "Vale Hospital" and name.text() == "Vale Hospital"


def test_risk_factors_and_the_raised_tier_are_undone(qtbot: QtBot, session: Session) -> None:
    from assessor.core.tiers import Tier
    from assessor.ui.pages.risk_page import RiskPage

    page = RiskPage(session)
    qtbot.addWidget(page)
    card = page.cards[0]
    card.buttons[2].click()
    assert session.assessment.triage == {card.factor.id: card.group.id(card.buttons[2])}
    page.raise_combo.setCurrentIndex(page.raise_combo.findData("high"))
    page.justification.setPlainText("A new registry joins next year")
    assert session.assessment.raised_tier is not None and session.assessment.raised_tier.tier == Tier.HIGH
    session.undo_stack.undo()
    assert session.assessment.raised_tier is None and page.raise_combo.currentData() == ""
    session.undo_stack.undo()
    assert session.assessment.triage == {} and card.group.checkedButton() is None
    session.undo_stack.redo()
    assert card.group.checkedButton() is card.buttons[2]


def test_undoing_back_to_the_saved_state_shows_the_file_as_saved(tmp_path: Path) -> None:
    pack = load_default_pack()
    path = tmp_path / "a.g4sa"
    assessment = blank_assessment(pack)
    save_assessment(assessment, path)
    session = Session(pack, assessment, path)
    session.set_level("TR-01", 2)
    assert session.dirty
    session.undo_stack.undo()
    assert not session.dirty  # back to what the file holds
    session.undo_stack.redo()
    session.set_level("TR-02", 1)
    session.save()
    session.undo_stack.undo()
    assert session.dirty
    session.undo_stack.redo()
    assert not session.dirty


def test_a_new_file_never_undoes_to_saved() -> None:
    pack = load_default_pack()
    session = Session(pack, blank_assessment(pack), None, dirty=True)
    session.set_level("TR-01", 2)
    session.undo_stack.undo()
    assert session.dirty  # nothing of it is on disk
