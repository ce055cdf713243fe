"""A Core Element page over the shipped pack: answering, N/A, notes, flag, evidence, follow-ups, tiers, keyboard."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from assessor.core.assessment import Answer
from assessor.core.conditions import ConditionContext
from assessor.core.forms.installed import load_default_pack
from assessor.core.forms.models import FormPack, Question
from assessor.core.tiers import Tier
from assessor.ui.pages.element_page import ElementPage
from assessor.ui.pages.question_card import QuestionCard
from assessor.ui.session import Session
from tests.helpers.factories import blank_assessment

FACTORS = [f"F{i}" for i in range(1, 13)]


@pytest.fixture(scope="module")
def pack() -> FormPack:
    return load_default_pack()


def make_session(pack: FormPack, *, read_only: bool = False, answers: dict[str, Answer] | None = None) -> Session:
    assessment = blank_assessment(pack)
    assessment.triage = {f: 2 for f in FACTORS}  # every factor at its highest: the high tier
    assessment.answers = dict(answers or {})
    return Session(pack, assessment, read_only=read_only)


def make_page(qtbot: QtBot, session: Session, element_id: str) -> ElementPage:
    page = ElementPage(session, element_id)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


@pytest.fixture
def session(pack: FormPack) -> Session:
    s = make_session(pack)
    assert s.tier is Tier.HIGH
    return s


@pytest.fixture
def page(qtbot: QtBot, session: Session) -> ElementPage:
    return make_page(qtbot, session, "TR")


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click on the indicator of a radio button or check box (its centre may lie past its text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def labels_text(widget: QWidget) -> str:
    return "\n".join(lbl.text() for lbl in widget.findChildren(QLabel))


def find_follow_up(pack: FormPack) -> tuple[str, Question, str]:
    """A question whose condition is on another question of the same element: (element, follow-up, trigger)."""
    for element in pack.elements:
        ids = {q.id for q in element.questions}
        for q in element.questions:
            if q.condition is not None and q.condition.questions() & ids:
                trigger = sorted(q.condition.questions() & ids)[0]
                return element.id, q, trigger
    raise AssertionError("the pack has no follow-up question")


# -- the page ---------------------------------------------------------------------------------------------


def test_page_shows_the_framework_text_and_one_card_per_question(page: ElementPage, pack: FormPack) -> None:
    element = pack.element("TR")
    assert page.title == element.title == "Transparency"
    assert list(page.cards) == [q.id for q in element.questions]
    assert element.framework_text.points[0] in page.framework_quote.text()
    assert page.framework_quote.property("role") == "quote"
    assert page.framework_source.text() == f"— Framework, Core Element {element.order} (Transparency)"
    shown = page.visible_question_ids()
    assert shown == [q.id for q in element.questions if page.session.in_scope(q.id)]
    assert all(page.cards[qid].isVisible() for qid in shown)
    assert page.progress_label.text() == f"0 of {len(shown)} questions in scope at the High tier answered"


def test_clicking_a_level_records_it_and_shows_it_answered(page: ElementPage, qtbot: QtBot) -> None:
    card = page.cards["TR-01"]
    assert card.status_label.text() == "Not answered yet"
    click(qtbot, card.radios[3])
    assert page.session.assessment.answers["TR-01"].level == 3
    assert card.status_label.text() == "Answered · Level 3 — In place and documented"
    assert card.property("answered") is True
    assert page.progress_label.text().startswith("1 of ")
    card.radios[1].setFocus()
    qtbot.keyClick(card.radios[1], Qt.Key.Key_Space)
    assert page.session.assessment.answers["TR-01"].level == 1
    assert card.radios[1].isChecked() and not card.radios[3].isChecked()


def test_arrow_keys_move_between_levels(page: ElementPage, qtbot: QtBot) -> None:
    card = page.cards["TR-01"]
    click(qtbot, card.radios[2])
    assert QApplication.focusWidget() is card.radios[2]
    qtbot.keyClick(card.radios[2], Qt.Key.Key_Down)
    assert QApplication.focusWidget() is card.radios[3]
    assert page.session.assessment.answers["TR-01"].level == 3


def test_not_applicable_asks_why_and_saves_the_reason(page: ElementPage, qtbot: QtBot) -> None:
    card = page.cards["TR-02"]
    assert card.na_radio is not None and not card.na_edit.isVisible()
    click(qtbot, card.na_radio)
    answer = page.session.assessment.answers["TR-02"]
    assert answer.na and answer.level is None
    assert card.na_edit.isVisible() and card.na_needed.isVisible()
    assert card.na_edit.property("needed") is True
    qtbot.keyClicks(card.na_edit, "We share no data abroad")
    assert page.session.assessment.answers["TR-02"].na_justification == "We share no data abroad"
    assert not card.na_needed.isVisible() and card.na_edit.property("needed") is False
    click(qtbot, card.radios[2])
    answer = page.session.assessment.answers["TR-02"]
    assert not answer.na and answer.level == 2
    assert not card.na_edit.isVisible()


def test_notes_and_flag_are_saved_and_tab_leaves_the_notes(page: ElementPage, qtbot: QtBot) -> None:
    card = page.cards["TR-03"]
    card.notes.setFocus()
    qtbot.keyClicks(card.notes, "Policy v2, 2024")
    assert page.session.assessment.answers["TR-03"].notes == "Policy v2, 2024"
    qtbot.keyClick(card.notes, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # the flag's Alt key, live in the card
    qtbot.waitUntil(lambda: page.session.assessment.answers["TR-03"].flagged)  # a button pressed by its key
    assert card.flag.text() == "F&lag for review"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert card.notes.toPlainText() == "Policy v2, 2024"
    assert QApplication.focusWidget() is page.cards["TR-04"].radios[0], "Tab goes on to the next question"
    assert card.flag.text() == "Flag for review", "the Alt keys of a card left are no longer live"
    click(qtbot, card.flag)
    assert page.session.assessment.answers["TR-03"].flagged is False


def test_tab_order_runs_through_the_card(page: ElementPage, qtbot: QtBot) -> None:
    card, before = page.cards["TR-02"], page.cards["TR-01"]
    click(qtbot, card.radios[2])
    before.guidance_button.setFocus()
    # the levels are one tab stop (the chosen level), then the notes, then the next question's levels
    chain = [card.radios[2], card.notes, page.cards["TR-03"].radios[0]]
    for expected in chain:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
    for expected in reversed(chain[:-1]):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        assert QApplication.focusWidget() is expected
    assert card.na_radio is not None
    click(qtbot, card.na_radio)  # the reason box joins the chain between the levels and the notes
    card.na_radio.setFocus()
    qtbot.keyClick(card.na_radio, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card.na_edit
    qtbot.keyClick(card.na_edit, Qt.Key.Key_Tab)  # the reason takes the notes' place; they are Alt+O
    assert QApplication.focusWidget() is page.cards["TR-03"].radios[0]


def test_attaching_a_file_hashes_it_in_the_background(
    page: ElementPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = page.cards["TR-01"]
    data = bytes(range(256)) * 12_000  # about 3 MB: several chunks, so several progress steps
    path = tmp_path / "policy.pdf"
    path.write_bytes(data)
    monkeypatch.setattr(card, "choose_evidence_file", lambda: str(path))
    steps: list[int] = []
    card.hasher.progress.connect(steps.append)
    qtbot.mouseClick(card.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.session.answer("TR-01").evidence), timeout=5000)
    [evidence] = page.session.assessment.answers["TR-01"].evidence
    assert evidence.sha256 == hashlib.sha256(data).hexdigest()
    assert evidence.size == len(data) and evidence.name == "policy.pdf" and evidence.location == str(path)
    assert steps and steps[-1] == 100
    assert not card.evidence_box.progress.isVisible() and card.attach_button.isEnabled()
    assert card.evidence_list.count() == 1
    assert card.evidence_list.item(0).text() == f"policy.pdf — 3.1 MB — {evidence.sha256[:12]}…"
    assert not card.remove_button.isEnabled()
    card.evidence_list.setCurrentRow(0)
    qtbot.mouseClick(card.remove_button, Qt.MouseButton.LeftButton)
    assert page.session.assessment.answers["TR-01"].evidence == []
    assert card.evidence_list.count() == 0


@pytest.mark.parametrize("name", ["missing.pdf", "a-folder"])
def test_a_file_that_cannot_be_read_shows_an_error_and_adds_nothing(
    page: ElementPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    (tmp_path / "a-folder").mkdir()
    card = page.cards["TR-01"]
    monkeypatch.setattr(card, "choose_evidence_file", lambda: str(tmp_path / name))
    qtbot.mouseClick(card.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(card.error_label.isVisible, timeout=5000)
    assert name in card.error_label.text()
    assert card.error_label.accessibleName() == card.error_label.text()
    assert page.session.answer("TR-01").evidence == []
    assert card.attach_button.isEnabled() and not card.evidence_box.progress.isVisible()


def test_a_cancelled_file_dialog_does_nothing(page: ElementPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    card = page.cards["TR-01"]
    monkeypatch.setattr(card, "choose_evidence_file", lambda: "")
    qtbot.mouseClick(card.attach_button, Qt.MouseButton.LeftButton)
    assert not card.hasher.busy and not page.session.dirty


def test_a_follow_up_appears_and_hides_with_its_trigger(qtbot: QtBot, session: Session, pack: FormPack) -> None:
    element_id, follow_up, trigger = find_follow_up(pack)
    assert follow_up.condition is not None
    levels = [lvl.value for lvl in pack.scale_for(pack.question(trigger)).levels]

    def holds(level: int) -> bool:
        ctx = ConditionContext(factor_levels=session.assessment.triage, answer_levels={trigger: level})
        return follow_up.condition is not None and follow_up.condition.evaluate(ctx)

    opening = next(lvl for lvl in levels if holds(lvl))
    closing = next(lvl for lvl in levels if not holds(lvl))
    page = make_page(qtbot, session, element_id)
    card = page.cards[follow_up.id]
    assert card.follow_up_note is not None and not card.follow_up_note.isHidden()
    assert follow_up.id not in page.visible_question_ids() and not card.isVisible()
    assert page.focus_question(follow_up.id) is False

    click(qtbot, page.cards[trigger].radios[opening])
    assert follow_up.id in page.visible_question_ids() and card.isVisible()
    click(qtbot, card.radios[3])
    assert session.assessment.answers[follow_up.id].level == 3

    click(qtbot, page.cards[trigger].radios[closing])
    assert not card.isVisible() and follow_up.id not in page.visible_question_ids()
    assert session.assessment.answers[follow_up.id].level == 3  # kept in the file

    click(qtbot, page.cards[trigger].radios[opening])
    assert card.isVisible() and card.radios[3].isChecked()
    assert page.focus_question(follow_up.id) is True
    assert QApplication.focusWidget() is card.radios[3]


ABOVE_LOW = (Tier.MODERATE, Tier.HIGH)


def test_lowering_the_tier_hides_questions_asked_only_at_higher_tiers(
    qtbot: QtBot, session: Session, pack: FormPack
) -> None:
    element = next(
        e
        for e in pack.elements
        if any(q.min_tier is Tier.HIGH for q in e.questions)
        and any(q.essential_from in ABOVE_LOW and q.min_tier is Tier.LOW and not q.condition for q in e.questions)
    )
    page = make_page(qtbot, session, element.id)
    high_only = [q.id for q in element.questions if q.min_tier is Tier.HIGH]
    essential = next(
        q for q in element.questions if q.essential_from in ABOVE_LOW and q.min_tier is Tier.LOW and not q.condition
    )
    assert all(page.cards[qid].isVisible() for qid in high_only)
    assert page.cards[essential.id].essential_badge.isVisible()
    for factor in FACTORS:
        session.set_factor(factor, 0)
    assert session.tier is Tier.LOW
    assert all(not page.cards[qid].isVisible() for qid in high_only)
    shown = page.visible_question_ids()
    assert essential.id in shown and all(pack.question(qid).in_scope_at(Tier.LOW) for qid in shown)
    assert shown == [q.id for q in element.questions if session.in_scope(q.id)]
    assert all(page.cards[qid].isVisible() for qid in shown)
    assert not page.cards[essential.id].essential_badge.isVisible()
    assert page.progress_label.text() == f"0 of {len(shown)} questions in scope at the Low tier answered"


def test_french_guidance_quotes_the_french_edition_under_its_document(qtbot: QtBot) -> None:
    pack = load_default_pack("fr")
    card = QuestionCard(Session(pack, blank_assessment(pack)), pack.question("TR-01"))
    qtbot.addWidget(card)
    card.guidance_button.setChecked(True)
    shown = labels_text(card.guidance_panel)
    assert "Développer une information bien définie et accessible" in shown
    assert "— Cadre IV, Transparence, 1er point" in shown
    policy = "— Politique sur la protection de la vie privée et la sécurité des données II.1"
    assert policy in shown and shown.count("traduction non officielle") == 1
    assert "unofficial translation" not in shown  # the label already says it, in the pack's language


def test_every_focusable_widget_has_an_accessible_name(page: ElementPage, qtbot: QtBot) -> None:
    for card in page.cards.values():
        qtbot.keyClick(card.guidance_button, Qt.Key.Key_Space)  # builds the guidance panels too
    widgets = [w for w in page.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert len(widgets) > 100
    unnamed = [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}" for w in widgets if not w.accessibleName()]
    assert unnamed == []


def test_guidance_opens_from_the_keyboard_with_the_sources_quoted(page: ElementPage, qtbot: QtBot) -> None:
    card = page.cards["TR-01"]
    q = card.question
    assert not card.guidance_panel.isVisible() and card.guidance_button.arrowType() == Qt.ArrowType.RightArrow
    card.guidance_button.setFocus()
    qtbot.keyClick(card.guidance_button, Qt.Key.Key_Space)
    assert card.guidance_panel.isVisible() and card.guidance_button.arrowType() == Qt.ArrowType.DownArrow
    shown = labels_text(card.guidance_panel)
    assert q.guidance in shown and f"Why at this tier: {q.why_tier}" in shown
    assert q.anchors[0].section.startswith("Framework IV,")  # pack 2.0.0: every label names its document
    assert f"— {q.anchors[0].section}" in shown and "Framework, Framework" not in shown  # named once
    assert q.anchors[1].section.startswith("Data Privacy and Security Policy")
    assert f"— {q.anchors[1].section}" in shown
    assert "Policy, Data Privacy and Security Policy" not in shown
    quotes = [lbl for lbl in card.guidance_panel.findChildren(QLabel) if lbl.property("role") == "quote"]
    assert [lbl.text() for lbl in quotes] == [f"“{a.quote}”" for a in q.anchors]
    qtbot.keyClick(card.guidance_button, Qt.Key.Key_Space)
    assert not card.guidance_panel.isVisible()


def test_level_shortcuts(page: ElementPage) -> None:
    card = page.cards["TR-04"]
    assert card.set_level_by_key(4)
    assert page.session.assessment.answers["TR-04"].level == 4 and card.radios[4].isChecked()
    assert card.set_level_by_key(9) is False
    assert page.session.assessment.answers["TR-04"].level == 4
    assert card.set_na_by_key()
    assert page.session.assessment.answers["TR-04"].na and card.na_edit.isVisible()


def test_changes_made_elsewhere_show_on_the_cards(page: ElementPage, qtbot: QtBot) -> None:
    page.session.set_level("TR-02", 4)
    page.session.set_text("TR-02", "notes", "From the review page")
    card = page.cards["TR-02"]
    assert card.radios[4].isChecked() and card.notes.toPlainText() == "From the review page"
    page.hide()
    page.session.set_level("TR-02", None)
    page.show()
    assert card.group.checkedButton() is None and card.status_label.text() == "Not answered yet"
    assert card.notes.toPlainText() == "From the review page"


def test_a_read_only_session_disables_every_input(qtbot: QtBot, pack: FormPack) -> None:
    answers = {"TR-01": Answer(level=2, notes="Seen", flagged=True)}
    session = make_session(pack, read_only=True, answers=answers)
    page = make_page(qtbot, session, "TR")
    card = page.cards["TR-01"]
    assert card.radios[2].isChecked() and card.flag.isChecked() and card.notes.toPlainText() == "Seen"
    for card in page.cards.values():
        assert not any(b.isEnabled() for b in card.group.buttons())
        assert not card.flag.isEnabled() and not card.attach_button.isEnabled() and not card.remove_button.isEnabled()
        assert card.notes.isReadOnly() and card.na_edit.isReadOnly()
        assert card.guidance_button.isEnabled()
    card = page.cards["TR-01"]
    click(qtbot, card.radios[4])
    assert card.set_level_by_key(4) is False
    assert session.assessment.answers["TR-01"].level == 2 and not session.dirty
    assert page.focus_question("TR-01") and QApplication.focusWidget() is card.notes


def test_a_page_builds_a_card_for_every_question(qtbot: QtBot, session: Session) -> None:
    """Its speed is measured in bench/bench_pages.py, not asserted here."""
    page = ElementPage(session, "TR")
    qtbot.addWidget(page)
    assert len(page.cards) == len(session.pack.element("TR").questions) == 16


def test_question_card_alone(qtbot: QtBot, session: Session) -> None:
    card = QuestionCard(session, session.pack.question("TR-03"))
    qtbot.addWidget(card)
    assert card.objectName() == "questionCard"
    assert card.essential_badge.property("role") == "badge" and not card.essential_badge.isHidden()
    assert "Evidence that would support this:" in labels_text(card)
    assert card.radios[0].text() == "0 — Not in place"
    level = session.pack.scale_for(card.question).levels[0]
    assert card.radios[0].toolTip() == level.description == card.radios[0].accessibleDescription()


def test_the_question_the_keyboard_is_in_is_outlined(page: ElementPage, qtbot: QtBot) -> None:
    first, second = (page.cards[qid] for qid in page.visible_question_ids()[:2])
    page.window().activateWindow()
    first.focus_answer()
    qtbot.waitUntil(lambda: first.property("current") is True)
    second.notes.setFocus()
    qtbot.waitUntil(lambda: second.property("current") is True)
    assert first.property("current") is False
