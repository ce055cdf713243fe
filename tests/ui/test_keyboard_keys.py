"""The keyboard beyond Tab: Alt keys on every button, two Tabs from one answer to the next, the highlight that
follows Ctrl+0…4, and the keys to the next, previous and next unanswered question."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from assessor.core.tiers import Tier
from assessor.ui import i18n
from assessor.ui.main_window import MainWindow
from assessor.ui.pages.element_page import ElementPage
from assessor.ui.pages.question_card import QuestionCard
from tests.ui.conftest import focused

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def live(root: QWidget, widget: QWidget) -> bool:
    """Shown, and not on a question the keyboard is out of (a card's Alt keys are live while it is current)."""
    card = card_of(widget)
    return widget.isVisibleTo(root) and (card is None or card.property("current") is True)


def alt_keys(root: QWidget) -> list[tuple[str, str]]:
    """(caption, Alt key) of every button and buddy label shown in ``root``, and of its menu bar.

    Radio buttons are left out: a set of choices is one Tab stop walked with the arrows (an answer's levels
    also have Ctrl+0…4)."""
    found: list[tuple[str, str]] = []
    for button in root.findChildren(QAbstractButton):
        if not isinstance(button, QRadioButton) and live(root, button) and button.text():
            found.append((button.text(), QKeySequence.mnemonic(button.text()).toString()))
    for label in root.findChildren(QLabel):
        if label.buddy() is not None and live(root, label) and "&" in label.text():
            found.append((label.text(), QKeySequence.mnemonic(label.text()).toString()))
    bar = root.menuBar() if hasattr(root, "menuBar") else None
    if bar is not None:
        found += [(a.text(), QKeySequence.mnemonic(a.text()).toString()) for a in bar.actions()]
    return found


def assert_alt_keys(root: QWidget, where: str) -> None:
    found = alt_keys(root)
    missing = [caption for caption, key in found if not key]
    assert not missing, f"{where}: buttons without an Alt key: {missing}"
    twice = {key for key, n in Counter(key for _c, key in found).items() if n > 1}
    assert not twice, f"{where}: one Alt key for two controls: {[(c, k) for c, k in found if k in twice]}"


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The interface in English, then in French (the window made after this takes the language)."""
    monkeypatch.setenv("ASSESSOR_LANG", request.param)
    yield request.param
    i18n.remove_translators(qapp)


def open_new(window: MainWindow) -> None:
    window.new_assessment()
    assert window.workspace is not None and window.session is not None


def test_every_button_of_every_page_has_its_own_alt_key(language: str, window: MainWindow, qtbot: QtBot) -> None:
    assert i18n.current_language() == language
    assert_alt_keys(window, "start screen")
    window.open_demo(Tier.HIGH)  # every page filled: the plan has rows, the review its lists
    ws = window.workspace
    assert ws is not None
    checked = 0
    for key in ws.sidebar.page_keys():
        page = ws.show_page(key)
        qtbot.wait(5)
        if isinstance(page, ElementPage):
            card = page.cards[page.visible_question_ids()[0]]
            card.focus_answer()
            qtbot.waitUntil(lambda c=card: c.property("current") is True)
            for other in page.cards.values():  # the same captions on the other cards have no live Alt key
                if other is not card:
                    assert all("&" not in w.text() for w, _caption in other._captions)
            if card.evidence_list.count() == 0:
                card.evidence_list.hide()  # no list to go to: its label is hidden with it
        assert_alt_keys(window, key)
        checked += 1
    assert checked == len(ws.sidebar.page_keys()) >= 15


def test_every_button_of_the_dialogs_has_its_own_alt_key(
    language: str, window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from assessor.ui.search import SearchDialog
    from assessor.ui.sign_dialog import IdentityPicker, SignDialog
    from assessor.ui.token_dialog import TokenDialog
    from assessor.ui.trust_dialog import TrustDialog
    from assessor.ui.verify_dialog import CountersignDialog, VerifyDialog

    open_new(window)
    assert window.session is not None
    pdf = b"%PDF-1.7 not a report"  # the dialogs' buttons are there before any file is read
    dialogs: list[tuple[str, QDialog]] = [
        ("find", SearchDialog(window.session, window)),
        ("trust", TrustDialog(None, tmp_path)),
        ("sign", SignDialog(pdf, None, identities_folder=tmp_path)),
        ("countersign", CountersignDialog(pdf, identities_folder=tmp_path)),
        ("verify", VerifyDialog(pdf, "report.pdf")),
        ("token", TokenDialog(lambda _key: b"")),
    ]
    for where, dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert_alt_keys(dialog, where)
        for picker in dialog.findChildren(IdentityPicker):  # with the new identity's fields open too
            picker.create_box.setVisible(True)
            assert_alt_keys(dialog, f"{where}, new identity")
        dialog.close()


def card_of(widget: QWidget | None) -> QuestionCard | None:
    while widget is not None and not isinstance(widget, QuestionCard):
        widget = widget.parentWidget()
    return widget


def tabs_to_next_answer(qtbot: QtBot, card: QuestionCard) -> tuple[int, QuestionCard | None]:
    """Tabs from ``card``'s answer until the keyboard is on another question's answer (at most 6 tried)."""
    card.focus_answer()
    for n in range(1, 7):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        now = focused()
        there = card_of(now)
        if there is not None and there is not card and isinstance(now, QRadioButton):
            return n, there
    return 99, None


@pytest.mark.parametrize("state", ["unanswered", "answered", "not applicable"])
def test_two_tabs_at_most_from_one_answer_to_the_next(window: MainWindow, qtbot: QtBot, state: str) -> None:
    open_new(window)
    ws, session = window.workspace, window.session
    assert ws is not None and session is not None
    page = ws.show_page("element:TR")
    assert isinstance(page, ElementPage)
    ids = page.visible_question_ids()
    for qid in ids:
        if state == "answered":
            session.set_level(qid, 2)
        elif state == "not applicable" and page.cards[qid].na_radio is not None:
            session.set_na(qid, True)
    qtbot.wait(5)
    for qid, following in itertools.pairwise(ids):
        tabs, reached = tabs_to_next_answer(qtbot, page.cards[qid])
        assert reached is page.cards[following], f"Tab from {qid} reached {reached and reached.question.id}"
        assert tabs <= 2, f"{tabs} Tabs from the answer of {qid} to that of {following}"


def test_the_highlight_follows_ctrl_level_at_once(window: MainWindow, qtbot: QtBot) -> None:
    open_new(window)
    ws = window.workspace
    assert ws is not None
    page = ws.show_page("element:TR")
    assert isinstance(page, ElementPage)
    card = page.cards[page.visible_question_ids()[0]]
    card.focus_answer()
    assert focused() is card.radios[0]
    qtbot.keyClick(focused(), Qt.Key.Key_2, CTRL)
    assert card.radios[2].isChecked()
    assert focused() is card.radios[2], "the keyboard (and its highlight) is on the level just chosen"
    qtbot.keyClick(focused(), Qt.Key.Key_4, CTRL)
    assert focused() is card.radios[4]
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)  # undone: back on 2
    assert card.radios[2].isChecked() and focused() is card.radios[2]
    card.notes.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_1, CTRL)
    assert card.radios[1].isChecked() and focused() is card.notes, "typing notes, the keyboard stays there"


def _question_here(window: MainWindow) -> str:
    assert window.workspace is not None
    card = window.workspace.current_card()
    assert card is not None, f"the keyboard is not in a question but in {focused()!r}"
    return card.question.id


def test_next_and_previous_question_keys_cross_pages(window: MainWindow, qtbot: QtBot) -> None:
    open_new(window)
    ws, session = window.workspace, window.session
    assert ws is not None and session is not None
    from assessor.ui.question_nav import questions_shown

    order = questions_shown(ws)
    ws.show_page("element:TR")
    first = focused()
    assert _question_here(window) == order[0]
    seen = [order[0]]
    for _ in range(len(order) - 1):
        qtbot.keyClick(focused(), Qt.Key.Key_Down, CTRL)
        seen.append(_question_here(window))
    assert seen == order, "Ctrl+Down walks every question shown, page after page"
    qtbot.keyClick(focused(), Qt.Key.Key_Down, CTRL)
    assert _question_here(window) == order[-1], "past the last question it stays"
    qtbot.keyClick(focused(), Qt.Key.Key_Up, CTRL)
    assert _question_here(window) == order[-2]
    ws.show_page("element:TR")
    first.setFocus()
    page = ws.pages["element:TR"]
    assert isinstance(page, ElementPage)
    page.cards[order[0]].notes.setFocus()  # from the notes too
    qtbot.keyClick(focused(), Qt.Key.Key_Down, CTRL)
    assert _question_here(window) == order[1]
    assert "Next &question" in [a.text() for a in window.go_actions]


def test_next_unanswered_key_skips_answers_and_goes_round(window: MainWindow, qtbot: QtBot) -> None:
    open_new(window)
    ws, session = window.workspace, window.session
    assert ws is not None and session is not None
    from assessor.ui.question_nav import questions_shown

    order = questions_shown(ws)
    for qid in order[:5] + order[6:-3]:
        session.set_level(qid, 3)
    todo = [qid for qid in questions_shown(ws) if not session.answer(qid).is_answered]  # follow-ups opened too
    assert order[5] in todo and len(todo) >= 4
    ws.show_page("institution")
    seen = []
    for _ in range(len(todo) + 1):
        qtbot.keyClick(focused(), Qt.Key.Key_Down, CTRL | SHIFT)
        seen.append(_question_here(window))
    assert seen == [*todo, todo[0]], "the unanswered ones in order, then round to the first"
    for qid in todo:
        session.set_level(qid, 1)
    while todo := [qid for qid in questions_shown(ws) if not session.answer(qid).is_answered]:
        for qid in todo:
            session.set_level(qid, 1)
    qtbot.keyClick(focused(), Qt.Key.Key_Down, CTRL | SHIFT)
    assert "Every question shown is answered" in window.status_label.text()


def test_the_shortcuts_list_names_the_question_keys() -> None:
    from assessor.ui.help import shortcuts_text

    text = shortcuts_text()
    for words in ("Next / previous question", "Next unanswered question", "Ctrl+Shift+Down", "Alt+underlined"):
        assert words in text
    assert QApplication.instance() is not None


def test_closing_with_the_keyboard_in_a_question_leaves_no_error(window: MainWindow, qtbot: QtBot) -> None:
    """The window's widgets go while the keyboard leaves the question: its Alt keys are not touched then."""
    open_new(window)
    ws = window.workspace
    assert ws is not None
    page = ws.show_page("element:TR")
    assert isinstance(page, ElementPage)
    card = page.cards[page.visible_question_ids()[0]]
    card.notes.setFocus()
    qtbot.waitUntil(lambda: card.property("current") is True)
    assert window.close_assessment()
    qtbot.wait(20)  # the workspace is deleted
    window.start.focus_first()
    qtbot.wait(20)


def test_the_parts_of_a_question_off_the_tab_path_are_reached_with_alt_keys(window: MainWindow, qtbot: QtBot) -> None:
    window.open_demo(Tier.HIGH)
    ws, session = window.workspace, window.session
    assert ws is not None and session is not None
    page = ws.show_page("element:TR")
    assert isinstance(page, ElementPage)
    qid = next(q for q in page.visible_question_ids() if session.answer(q).evidence)
    card = page.cards[qid]
    before = len(session.answer(qid).evidence)
    card.focus_answer()
    qtbot.waitUntil(lambda: card.property("current") is True)
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(focused(), Qt.Key.Key_V, alt)  # E&vidence: into the list of files
    assert focused() is card.evidence_list
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert card.evidence_list.currentRow() >= 0 and card.remove_button.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_R, alt)  # &Remove
    qtbot.waitUntil(lambda: len(session.answer(qid).evidence) == before - 1)
    qtbot.keyClick(focused(), Qt.Key.Key_U, alt)  # G&uidance opens
    qtbot.waitUntil(card.guidance_panel.isVisible)
    qtbot.keyClick(focused(), Qt.Key.Key_O, alt)  # N&otes
    assert focused() is card.notes
