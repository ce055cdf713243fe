"""The main window: opening, saving, the unsaved-changes question, recovery, live scope, read-only reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from assessor.core import recovery
from assessor.core.assessment import Assessment, file_bytes
from assessor.core.demo import make_demo
from assessor.core.storage import load_assessment, save_assessment
from assessor.core.tiers import Tier
from assessor.ui.accessible import without_mnemonic
from assessor.ui.main_window import MainWindow
from assessor.ui.pages.element_page import ElementPage
from assessor.ui.recent import recent_files
from assessor.ui.session import AUTOSAVE_MS
from tests.ui.conftest import choose_save_path


def _all_high(window: MainWindow) -> None:
    assert window.session is not None
    for factor in window.session.pack.triage.factors:
        window.session.set_factor(factor.id, 2)


def test_new_assessment_opens_on_institution_page(window: MainWindow) -> None:
    window.new_assessment()
    assert window.workspace is not None
    assert window.workspace.current_key == "institution"
    assert not window.session.dirty  # type: ignore[union-attr]


def test_each_demo_button_opens_the_demo_of_its_tier(window: MainWindow, qtbot: QtBot) -> None:
    asked: list[str] = []
    window.start.demo_requested.connect(asked.append)
    buttons = window.start.demo_buttons
    assert list(buttons) == [Tier.LOW, Tier.MODERATE, Tier.HIGH]
    names = [button.accessibleName() for button in buttons.values()]
    assert names == ["Open the Low tier demo", "Open the Moderate tier demo", "Open the High tier demo"]
    with qtbot.waitSignal(window.start.demo_requested):
        qtbot.keyClick(window.start, "i", Qt.KeyboardModifier.AltModifier)  # H&igh tier
    assert asked == ["high"]
    assert window.session is not None and window.session.assessment.institution.name
    assert window.session.tier == Tier.HIGH


def test_the_start_screens_alt_keys_are_distinct(window: MainWindow) -> None:
    from tests.ui.test_translations import start_screen_keys

    keys = start_screen_keys(window)
    assert len(keys) == 5 + 2 + 3 and len(set(keys)) == len(keys), keys


def test_tier_change_updates_scope_live(window: MainWindow, qtbot: QtBot) -> None:
    window.new_assessment()
    session, ws = window.session, window.workspace
    assert session is not None and ws is not None
    page = ws.show_page("element:PR")
    assert isinstance(page, ElementPage)
    risk = ws.page("risk")
    unanswered = set(page.visible_question_ids())  # nothing answered: every factor counts at its highest level
    assert without_mnemonic(risk.tier_label.text()) == "High tier (provisional)"  # type: ignore[attr-defined]
    assert "counted at their highest level" in risk.scope_label.text()  # type: ignore[attr-defined]
    assert risk.reasons.text().startswith("• Provisional: F1, F2, F3")  # type: ignore[attr-defined]
    for factor in session.pack.triage.factors:
        session.set_factor(factor.id, 0)
    low = set(page.visible_question_ids())
    assert without_mnemonic(risk.tier_label.text()) == "Low tier"  # type: ignore[attr-defined]
    _all_high(window)
    high = set(page.visible_question_ids())
    assert low < high == unanswered, "raising the tier must add questions on an open element page"
    assert f"{len(session.card.questions)} questions in scope" in risk.scope_label.text()  # type: ignore[attr-defined]
    assert without_mnemonic(risk.tier_label.text()) == "High tier"  # type: ignore[attr-defined]
    for factor in session.pack.triage.factors:
        session.set_factor(factor.id, 0)
    assert set(page.visible_question_ids()) == low


def test_raise_tier_needs_a_justification(window: MainWindow) -> None:
    window.new_assessment()
    assert window.workspace is not None and window.session is not None
    for factor in window.session.pack.triage.factors:  # a Low profile (unanswered, it would be a provisional High)
        window.session.set_factor(factor.id, 0)
    risk = window.workspace.show_page("risk")
    risk.raise_combo.setCurrentIndex(risk.raise_combo.findData("high"))  # type: ignore[attr-defined]
    assert window.session.assessment.raised_tier is None
    assert "Say why" in risk.raise_problem.text()  # type: ignore[attr-defined]
    risk.justification.setPlainText("National cohort, new in-house pipeline")  # type: ignore[attr-defined]
    assert window.session.assessment.raised_tier is not None
    assert window.session.tier is Tier.HIGH
    assert any("Raised by the assessor" in r for r in window.session.card.triage.reasons)


def test_save_writes_atomically_and_reopens_identical(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_demo(Tier.HIGH)
    assert window.session is not None
    target = tmp_path / "demo.g4sa"
    choose_save_path(monkeypatch, target)
    assert window.save()
    assert not window.session.dirty
    assert target.read_bytes() == file_bytes(window.session.assessment)
    before = window.session.assessment.model_copy(deep=True)
    window.close_assessment()
    assert window.open_path(target)
    assert window.session.assessment == before
    assert target.resolve() in recent_files()


def test_damaged_file_shows_dialog_and_changes_nothing(window: MainWindow, tmp_path: Path) -> None:
    window.open_demo(Tier.LOW)
    session = window.session
    bad = tmp_path / "broken.g4sa"
    bad.write_bytes(b'{"format_version": 2, "answers": [')
    assert not window.open_path(bad)
    assert window.session is session, "the open assessment must stay open"
    kind, message = window.messages[-1]  # type: ignore[attr-defined]
    assert kind == "critical" and "broken.g4sa" in message
    assert bad.read_bytes() == b'{"format_version": 2, "answers": ['


def test_autosave_writes_recovery_within_two_seconds(window: MainWindow, qtbot: QtBot) -> None:
    assert AUTOSAVE_MS <= 1500
    window.new_assessment()
    session = window.session
    assert session is not None
    session.set_text("TR-01", "notes", "typed just now")
    path = recovery.recovery_file(session.assessment.id)
    qtbot.waitUntil(path.exists, timeout=2000)
    record = json.loads(path.read_text(encoding="utf-8"))
    assert record["assessment"]["answers"]["TR-01"]["notes"] == "typed just now"
    found = recovery.pending_recoveries()
    assert [r.assessment.id for r in found] == [session.assessment.id]


def _saved_with_unsaved_notes(tmp_path: Path, tier: Tier, notes: str) -> tuple[Assessment, Path]:
    """A saved demo, and a recovery file holding the same with TR-01's notes changed since."""
    saved = make_demo(tier)
    path = tmp_path / "saved.g4sa"
    save_assessment(saved, path)
    newer = saved.model_copy(deep=True)
    newer.answer("TR-01").notes = notes
    recovery.write_recovery(newer, path)
    return saved, path


def test_recovery_is_offered_and_restores(window: MainWindow, tmp_path: Path) -> None:
    saved, path = _saved_with_unsaved_notes(tmp_path, Tier.MODERATE, "typed after the last save")
    window.start.refresh()
    assert window.start.recovery_frame.isVisibleTo(window.start)
    assert [r.assessment.id for r in window.start.recoverables()] == [saved.id]
    window.start.recover_button.click()
    assert window.session is not None
    assert window.session.assessment.answers["TR-01"].notes == "typed after the last save"
    assert window.session.dirty and window.session.path == path
    assert window.save()
    assert load_assessment(path).answers["TR-01"].notes == "typed after the last save"
    assert recovery.pending_recoveries() == []


def _answer_next_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, press)


def test_unsaved_changes_prompt(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window.new_assessment()
    assert window.session is not None
    window.session.set_level("TR-01", 3)
    seen: list[str] = []
    _answer_next_box(QMessageBox.StandardButton.Cancel, seen)
    assert not window.close_assessment()
    assert window.session is not None and seen and "Save the changes" in seen[0]

    target = tmp_path / "kept.g4sa"
    choose_save_path(monkeypatch, target)
    _answer_next_box(QMessageBox.StandardButton.Save, seen)
    assert window.close_assessment()
    assert load_assessment(target).answers["TR-01"].level == 3

    window.new_assessment()
    window.session.set_level("TR-01", 1)  # type: ignore[union-attr]
    ident = window.session.assessment.id  # type: ignore[union-attr]
    window.session.write_recovery()  # type: ignore[union-attr]
    _answer_next_box(QMessageBox.StandardButton.Discard, seen)
    assert window.close_assessment()
    assert not recovery.recovery_file(ident).exists(), "discarding also drops the recovery file"


def test_close_window_with_unsaved_changes_can_be_cancelled(window: MainWindow) -> None:
    window.new_assessment()
    window.session.set_level("TR-01", 2)  # type: ignore[union-attr]
    seen: list[str] = []
    _answer_next_box(QMessageBox.StandardButton.Cancel, seen)
    assert not window.close()
    assert window.isVisible()


def test_shortcuts_move_between_pages(window: MainWindow, qtbot: QtBot) -> None:
    window.new_assessment()
    ws = window.workspace
    assert ws is not None
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert ws.current_key == "risk"
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert ws.current_key == "element:TR"
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert ws.current_key == "risk"
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert ws.current_key == "review"


def test_review_jumps_to_question(window: MainWindow) -> None:
    window.new_assessment()
    ws = window.workspace
    assert ws is not None
    review = ws.show_page("review")
    review.jump.emit("DQ-02")  # type: ignore[attr-defined]
    assert ws.current_key == "element:DQ"
    assert ws.current_card() is not None and ws.current_card().question.id == "DQ-02"  # type: ignore[union-attr]


def test_search_finds_and_jumps(window: MainWindow, qtbot: QtBot) -> None:
    from assessor.ui.search import SearchDialog, matches

    window.new_assessment()
    assert window.session is not None and window.workspace is not None
    assert matches(window.session, "pr-03")[0] == "PR-03"
    dialog = SearchDialog(window.session, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.query, "TR-01")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert dialog.chosen == "TR-01"


def _inside_combo(widget: QWidget) -> bool:
    """The popup list a combo box makes for itself (named through the combo box)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def _focusable(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isEnabled() and not _inside_combo(w)
    ]


def test_every_focusable_widget_has_an_accessible_name(window: MainWindow) -> None:
    window.open_demo(Tier.HIGH)
    ws = window.workspace
    assert ws is not None
    nameless: list[str] = []
    for key in ws.sidebar.page_keys():
        page = ws.show_page(key)
        for widget in _focusable(page):
            if not widget.accessibleName().strip():
                nameless.append(f"{key}: {type(widget).__name__} {widget.objectName()!r}")
    for widget in _focusable(window.start):
        if not widget.accessibleName().strip():
            nameless.append(f"start: {type(widget).__name__}")
    assert not nameless, "\n".join(nameless)


def test_signed_report_opens_read_only_verified_and_reassessment_starts(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, signed_report: Path
) -> None:
    assert window.open_path(signed_report)
    session = window.session
    assert session is not None and session.read_only and session.path is None
    before = session.assessment.model_copy(deep=True)
    session.set_level("TR-01", 0)
    assert session.assessment == before, "a read-only session ignores edits"
    assert not window.save_action.isEnabled()
    buttons = {b.text(): b for b in window.workspace.findChildren(QPushButton)}  # type: ignore[union-attr]
    verdict = window.workspace.verdict  # type: ignore[union-attr]
    assert verdict is not None
    qtbot.waitUntil(lambda: "Checking" not in verdict.text(), timeout=20_000)
    assert "Signatures valid: signed by Ada Officer" in verdict.text()
    assert "matches the fingerprint" in verdict.text()
    buttons["Start &reassessment"].click()
    fresh = window.session
    assert fresh is not None and not fresh.read_only and fresh.dirty
    assert fresh.assessment.previous is not None
    assert fresh.assessment.previous.fingerprint
    assert fresh.assessment.id != before.id
    page = window.workspace.page("institution")  # type: ignore[union-attr]
    assert any("Reassessment of report G4SA-" in label.text() for label in page.findChildren(QLabel))


@pytest.fixture
def signed_report(tmp_path: Path) -> Path:
    from assessor.signing.sign import sign_pdf
    from tests.signing.reports import make_identity, make_report

    assessment = make_demo(Tier.MODERATE)
    signer = make_identity(tmp_path, "Ada Officer", "Vale Hospital")
    path = tmp_path / "signed.pdf"
    path.write_bytes(sign_pdf(make_report(assessment), signer.path, signer.passphrase, assessment=assessment))
    return path


@pytest.mark.parametrize("take_it", [True, False])
def test_opening_a_file_with_unsaved_work_offers_it(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, take_it: bool
) -> None:
    saved, path = _saved_with_unsaved_notes(tmp_path, Tier.LOW, "typed, then the power went")
    asked: list[str] = []

    def answer(_parent: QWidget, _title: str, message: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(message)
        return QMessageBox.StandardButton.Yes if take_it else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.open_path(path)
    assert asked and "never saved" in asked[0]
    assert window.session is not None and window.session.path == path
    notes = window.session.assessment.answer("TR-01").notes
    if take_it:
        assert notes == "typed, then the power went" and window.session.dirty
    else:
        assert notes == saved.answer("TR-01").notes and not window.session.dirty
        assert recovery.pending_recoveries() == []


def test_a_tampered_signed_report_opens_with_its_verdict_and_nothing_else(
    window: MainWindow, signed_report: Path
) -> None:
    from assessor.ui.not_valid_view import NotValidView

    data = bytearray(signed_report.read_bytes())
    at = data.index(b"/Producer")  # a byte inside the signed range
    data[at + 1] = ord("Q")
    tampered = signed_report.with_name("tampered.pdf")
    tampered.write_bytes(bytes(data))
    assert window.open_path(tampered)
    # nothing the file carries is loaded: no session, no pages, no reassessment, no saving
    assert window.session is None and window.workspace is None and window.opened is None
    view = window.not_valid
    assert isinstance(view, NotValidView) and window.stack.currentWidget() is view
    assert view.verdict.text().startswith("NOT VALID") and view.verdict.property("role") == "critical"
    shown = " ".join(label.text() for label in view.findChildren(QLabel))
    assert make_demo(Tier.MODERATE).institution.name not in shown
    assert [b.text() for b in view.findChildren(QPushButton)] == ["Signature &details…", "&Close this file"]
    assert not window.save_action.isEnabled() and not window.save_as_action.isEnabled()
    assert "(NOT VALID)" in window.windowTitle()
    assert all(w.accessibleName() for w in _focusable(view))
    assert window.close_action.isEnabled()
    window.close_assessment()
    assert window.not_valid is None and window.stack.currentWidget() is window.start
