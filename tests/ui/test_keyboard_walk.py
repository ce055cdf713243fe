"""A data officer with no mouse: from the start screen to a complete High-tier assessment, saved and reopened.

Every step is a key press sent to the widget that has the focus, as a keyboard would; the only
thing not typed is the file name in the save dialog (the system's own dialog).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QRadioButton
from pytestqt.qtbot import QtBot

from assessor.core.storage import load_assessment
from assessor.core.tiers import Tier
from assessor.ui.main_window import MainWindow
from assessor.ui.pages.risk_page import FactorCard, RiskPage
from tests.ui.conftest import choose_save_path, focused

CTRL = Qt.KeyboardModifier.ControlModifier
LEVELS = (3, 4, 2, 3, 1, 4, 0)  # answers vary, so follow-up questions open and stay closed


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def _factor_of(widget: object) -> FactorCard | None:
    while widget is not None and not isinstance(widget, FactorCard):
        widget = widget.parentWidget()  # type: ignore[attr-defined]
    return widget


def _set_factors_high(window: MainWindow, qtbot: QtBot) -> None:
    """On the risk page: for each factor, Space takes the first level and two Downs the third."""
    assert window.workspace is not None
    page = window.workspace.pages["risk"]
    assert isinstance(page, RiskPage)
    done: list[str] = []
    for _ in range(200):
        card = _factor_of(focused())
        if card is not None and card.factor.id not in done:
            assert isinstance(focused(), QRadioButton)
            press(qtbot, Qt.Key.Key_Space)
            press(qtbot, Qt.Key.Key_Down)
            press(qtbot, Qt.Key.Key_Down)
            done.append(card.factor.id)
            if len(done) == len(page.cards):
                return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab reached only the factors {done}")


def _answer_element(window: MainWindow, qtbot: QtBot, counter: list[int]) -> None:
    """Answer every question shown on the current element page, moving with Tab only."""
    ws, session = window.workspace, window.session
    assert ws is not None and session is not None
    page_key = ws.current_key
    for _ in range(600):
        page = ws.pages[page_key]
        shown = [qid for qid in page.visible_question_ids()]  # type: ignore[attr-defined]
        if all(session.answer(qid).is_answered for qid in shown):
            return
        card = ws.current_card()
        if card is not None and not session.answer(card.question.id).is_answered:
            n = counter[0]
            counter[0] += 1
            if n == 5:  # one question not applicable, with its reason typed in the box that appears
                press(qtbot, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
                press(qtbot, Qt.Key.Key_Tab)
                assert isinstance(focused(), QPlainTextEdit)
                qtbot.keyClicks(focused(), "No data leave the hospital in this programme")
            else:
                press(qtbot, getattr(Qt.Key, f"Key_{LEVELS[n % len(LEVELS)]}"), CTRL)
            if n == 8:  # and one flagged for review, with the Alt key of its check box
                qid = card.question.id
                press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
                qtbot.waitUntil(lambda q=qid: session.answer(q).flagged)
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"could not answer every question of {page_key} with the keyboard")


@pytest.mark.slow
def test_keyboard_only_walk_to_a_complete_high_tier_assessment(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.start.focus_first()
    press(qtbot, Qt.Key.Key_N, CTRL)
    ws, session = window.workspace, window.session
    assert ws is not None and session is not None and ws.current_key == "institution"
    qtbot.keyClicks(focused(), "Annual review 2026")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Vale Community Hospital")
    assert session.assessment.institution.name == "Vale Community Hospital"

    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert ws.current_key == "risk"
    _set_factors_high(window, qtbot)
    assert session.tier is Tier.HIGH
    assert set(session.assessment.triage.values()) == {2}

    counter = [0]
    for element in session.pack.elements:
        press(qtbot, Qt.Key.Key_PageDown, CTRL)
        assert ws.current_key == f"element:{element.id}"
        _answer_element(window, qtbot, counter)

    press(qtbot, Qt.Key.Key_R, CTRL)
    assert ws.current_key == "review"
    review = ws.pages["review"]
    assert review.section_items("unanswered") == []  # type: ignore[attr-defined]
    assert review.section_items("na") == []  # type: ignore[attr-defined]
    assert len(review.section_items("flagged")) == 1  # type: ignore[attr-defined]
    assert all(r.answered for r in session.card.questions.values())
    assert len(session.card.questions) >= 100

    target = tmp_path / "walk.g4sa"
    choose_save_path(monkeypatch, target)
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert target.is_file() and not session.dirty
    answers = {qid: a.model_dump() for qid, a in session.assessment.answers.items()}

    press(qtbot, Qt.Key.Key_W, CTRL)
    assert window.session is None
    assert window.open_path(target)
    reopened = window.session
    assert reopened is not None
    assert {qid: a.model_dump() for qid, a in reopened.assessment.answers.items()} == answers
    assert load_assessment(target) == reopened.assessment
    assert reopened.tier is Tier.HIGH
