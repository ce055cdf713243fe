"""Understanding the tier and the words: the badge opens "What this tier means", no reason is stated that the
answers do not support (provisional tier), and the glossary opens from Help and from a "?" beside a term."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton
from pytestqt.qtbot import QtBot

from assessor.core.scoring import questions_in_scope
from assessor.core.tiers import Tier
from assessor.ui.accessible import without_mnemonic
from assessor.ui.glossary import TERMS, Glossary
from assessor.ui.main_window import MainWindow
from assessor.ui.tier_explain import TierBadge, TierExplanation, supported_reasons


def risk_page(window: MainWindow) -> object:
    assert window.workspace is not None
    return window.workspace.show_page("risk")


def test_a_new_assessment_states_no_reason_yet(window: MainWindow) -> None:
    window.new_assessment()
    risk = risk_page(window)
    assert window.session is not None and window.workspace is not None
    assert window.session.card.triage.provisional
    assert without_mnemonic(risk.tier_label.text()) == "High tier (provisional)"  # type: ignore[attr-defined]
    lines = risk.reasons.text().splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1 and lines[0].startswith("• Provisional: F1, F2")
    assert "because" not in risk.reasons.text()  # type: ignore[attr-defined]
    tip = window.workspace.sidebar.items["risk"].toolTip(0)
    assert "provisional" in tip


def test_a_reason_the_answers_already_settle_is_given(window: MainWindow) -> None:
    window.new_assessment()
    session = window.session
    assert session is not None
    session.set_factor("F1", 2)  # identifiable data, released openly: High whatever the other factors say
    session.set_factor("F4", 2)
    reasons = supported_reasons(session)
    assert session.card.triage.provisional
    assert reasons[0].startswith("Provisional:")
    assert len(reasons) == 2 and "(F4 with F1)" in reasons[1]
    assert "highest level until answered" not in reasons[1]
    every = session.card.triage.reasons  # core's list names the rules resting on unanswered factors too
    assert len(every) > len(reasons)


def test_once_every_factor_is_answered_every_reason_shows(window: MainWindow) -> None:
    window.new_assessment()
    session = window.session
    assert session is not None
    for factor in session.pack.triage.factors:
        session.set_factor(factor.id, 0)
    assert not session.card.triage.provisional
    assert supported_reasons(session) == list(session.card.triage.reasons)
    assert without_mnemonic(risk_page(window).tier_label.text()) == "Low tier"  # type: ignore[attr-defined]


def test_the_badge_opens_what_this_tier_means(window: MainWindow, qtbot: QtBot) -> None:
    window.open_demo(Tier.MODERATE)
    session = window.session
    assert session is not None and window.workspace is not None
    for key in ("risk", "results", "element:TR"):
        badges = window.workspace.show_page(key).findChildren(TierBadge)
        assert len(badges) == 1 and without_mnemonic(badges[0].text()) == "Moderate tier", key
    dialog = badges[0].explain()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, TierExplanation)
    shown = dialog.browser.toPlainText()
    for heading in ("What it changes", "Why Moderate", "How to raise it"):
        assert heading in shown
    assert "never lowered by hand" in shown
    for tier in (Tier.LOW, Tier.MODERATE, Tier.HIGH):
        asked = len(questions_in_scope(session.pack, session.assessment, tier))
        assert f"{session.tier_name(tier)}" in shown and str(asked) in shown
    assert "4 for essential questions" in shown  # the High tier's target for essential questions
    for reason in supported_reasons(session):
        assert reason in shown


def test_help_opens_the_glossary_and_a_question_mark_opens_it_at_its_term(window: MainWindow, qtbot: QtBot) -> None:
    help_menu = window._menu_of["help"]
    glossary_action = next(a for a in help_menu.actions() if a.text() == "&Glossary")
    glossary_action.trigger()
    glossary = window.findChild(Glossary)
    assert glossary is not None and glossary.isVisible()
    assert glossary.terms.count() == len(TERMS)
    window.open_demo(Tier.HIGH)
    assert window.workspace is not None
    review = window.workspace.show_page("review")
    button = review.findChild(QToolButton, "term:critical-gap")
    assert button is not None and button.accessibleName() == "What “Critical gap” means"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    glossary = window.findChild(Glossary)
    assert glossary is not None and glossary.current_key() == "critical-gap"
    assert "essential question" in glossary.definition.toPlainText()


def test_every_term_is_linked_from_a_page(window: MainWindow) -> None:
    window.open_demo(Tier.HIGH)
    assert window.workspace is not None
    linked: set[str] = set()
    for key in window.workspace.sidebar.page_keys():
        page = window.workspace.show_page(key)
        buttons = [b for b in page.findChildren(QToolButton) if b.objectName().startswith("term:")]
        linked |= {b.objectName().split(":", 1)[1] for b in buttons}
        for line in page.findChildren(QLabel):
            linked |= set(line.property("terms") or [])
    assert {"critical-gap", "essential", "target", "na", "evidence", "verdict", "provisional"} <= linked


def test_a_link_in_words_used_here_opens_the_glossary_at_its_term(window: MainWindow) -> None:
    window.open_demo(Tier.HIGH)
    assert window.workspace is not None
    page = window.workspace.show_page("element:TR")
    line = next(label for label in page.findChildren(QLabel) if label.property("terms"))
    assert 'href="glossary:evidence"' in line.text()
    line.linkActivated.emit("glossary:evidence")
    glossary = window.findChild(Glossary)
    assert glossary is not None and glossary.current_key() == "evidence"
