"""The Review page and the Results page, driven through their widgets with the real form pack."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from assessor.core.assessment import Action, Answer, Assessment, Priority
from assessor.core.demo import make_demo
from assessor.core.forms.installed import load_default_pack
from assessor.core.forms.models import FormPack
from assessor.core.scoring import PRIORITY_ORDER, score
from assessor.core.storage import load_assessment
from assessor.core.tiers import Tier
from assessor.core.verdict import Verdict, verdict_of
from assessor.ui.pages.action_table import DUE, OWNER, STATUS, ActionTable
from assessor.ui.pages.due_editor import DueEditor
from assessor.ui.pages.results_page import ResultsPage
from assessor.ui.pages.review_page import ReviewPage
from assessor.ui.session import Session
from tests.helpers.factories import blank_assessment


@pytest.fixture(scope="module")
def pack() -> FormPack:
    return load_default_pack()


def demo_session(pack: FormPack, path: Path | None = None, *, read_only: bool = False) -> Session:
    return Session(pack, make_demo(Tier.HIGH, pack), path, read_only=read_only)


def blank_session(pack: FormPack) -> Session:
    a = blank_assessment(pack)
    a.triage = {f.id: 2 for f in pack.triage.factors}
    return Session(pack, a)


def expected_sections(pack: FormPack, a: Assessment) -> dict[str, list[str]]:
    card = score(pack, a)  # computed here, independently of the session
    empty = Answer()
    ans = {qid: a.answers.get(qid, empty) for qid in card.questions}
    return {
        "critical": [q for q, r in card.questions.items() if r.critical],
        "unanswered": [q for q, r in card.questions.items() if not r.na and r.level is None],
        "flagged": [q for q in card.questions if ans[q].flagged],
        "na": [q for q in card.questions if ans[q].na and not ans[q].na_justification.strip()],
    }


def show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    qtbot.waitExposed(widget)


def action_of(session: Session, action_id: str) -> Action:
    return next(a for a in session.assessment.actions if a.id == action_id)


def open_editor(qtbot: QtBot, table: ActionTable, row: int, column: int) -> QLineEdit:
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "F2 opens one editor"
    return editors[0]


def type_into(qtbot: QtBot, table: ActionTable, row: int, column: int, value: str) -> None:
    editor = open_editor(qtbot, table, row, column)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, value)
    press_enter(qtbot, table, editor)


def press_enter(qtbot: QtBot, table: ActionTable, editor: QLineEdit) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on the next turn of the event loop
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def moved_row(session: Session, table: ActionTable) -> tuple[int, str]:
    """A row whose action is not at the same index in the file: editing by index would hit another action."""
    file_ids = [a.id for a in session.assessment.actions]
    row = next(
        r for r, aid in enumerate(table.action_ids()) if file_ids.index(aid) != r and action_of(session, aid).due
    )
    return row, table.action_ids()[row]


# -- Review --------------------------------------------------------------------------------------------------


def test_review_sections_list_what_the_scorecard_says(qtbot: QtBot, pack: FormPack) -> None:
    session = demo_session(pack)
    session.set_na("AC-03", True)  # N/A, no justification
    session.set_level("DQ-01", None)  # unanswered again
    page = ReviewPage(session)
    show(qtbot, page)
    expected = expected_sections(pack, session.assessment)
    for name, qids in expected.items():
        assert page.section_items(name) == qids, name
    assert expected["na"] == ["AC-03"] and expected["unanswered"] == ["DQ-01"]
    assert len(expected["flagged"]) == 6 and len(expected["critical"]) > 5
    first = page.section_list("critical").item(0).text()
    assert first.startswith(f"{expected['critical'][0]} · ") and len(first) < 160
    card = session.card
    answered = sum(r.answered for r in card.questions.values())
    assert page.summary.text() == (
        f"{answered} of {len(card.questions)} questions answered at the High tier · {len(expected['critical'])} "
        "critical gaps"
    )
    assert "Still to do" in page.status.text() and "1 N/A to justify" in page.status.text()


def test_blank_high_tier_review(qtbot: QtBot, pack: FormPack) -> None:
    session = blank_session(pack)
    assert session.tier is Tier.HIGH
    page = ReviewPage(session)
    show(qtbot, page)
    expected = expected_sections(pack, session.assessment)
    assert page.section_items("unanswered") == expected["unanswered"] == list(session.card.questions)
    assert page.section_items("critical") == expected["critical"] != []
    assert page.section_items("flagged") == [] and page.section_items("na") == []
    assert not page.section_list("flagged").isVisibleTo(page)
    assert page.summary.text().startswith(f"0 of {len(session.card.questions)} questions answered at the High tier")


def test_a_complete_demo_is_ready_for_the_report(qtbot: QtBot, pack: FormPack) -> None:
    page = ReviewPage(demo_session(pack))
    show(qtbot, page)
    assert page.section_items("unanswered") == [] and page.section_items("na") == []
    assert page.status.text().startswith("Ready for the report")


def test_activating_an_entry_jumps_to_its_question(qtbot: QtBot, pack: FormPack) -> None:
    page = ReviewPage(demo_session(pack))
    show(qtbot, page)
    flagged = page.section_list("flagged")
    flagged.setFocus()
    flagged.setCurrentRow(2)
    with qtbot.waitSignal(page.jump) as blocker:
        qtbot.keyClick(flagged, Qt.Key.Key_Return)
    assert blocker.args == [page.section_items("flagged")[2]]
    critical = page.section_list("critical")
    item = critical.item(1)
    centre = critical.visualItemRect(item).center()
    with qtbot.waitSignal(page.jump) as blocker:
        qtbot.mouseClick(
            critical.viewport(), Qt.MouseButton.LeftButton, pos=centre
        )  # a double-click starts with a press
        qtbot.mouseDClick(critical.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == [page.section_items("critical")[1]]


def test_answers_update_the_review_while_visible_and_on_show(qtbot: QtBot, pack: FormPack) -> None:
    session = blank_session(pack)
    page = ReviewPage(session)
    show(qtbot, page)
    first, second = page.section_items("unanswered")[:2]
    session.set_level(first, 4)
    assert first not in page.section_items("unanswered")
    page.hide()
    session.set_level(second, 4)
    assert second in page.section_items("unanswered"), "a hidden page is not rebuilt on every change"
    page.show()
    assert second not in page.section_items("unanswered")
    session.set_level(second, None)
    page.refresh()
    assert second in page.section_items("unanswered")


# -- Results ------------------------------------------------------------------------------------------------------


def test_overall_score_and_chart(qtbot: QtBot, pack: FormPack) -> None:
    session = demo_session(pack)
    page = ResultsPage(session)
    show(qtbot, page)
    card = score(pack, session.assessment)
    assert card.overall is not None
    v = verdict_of(card)
    assert v.verdict is Verdict.DOES_NOT_MEET
    assert page.overall_label.text() == "Does not meet the High target"
    assert page.counts_label.text() == f"{v.critical_gaps} critical gaps in {v.elements_with_critical_gaps} elements"
    target = pack.tier_spec(card.tier).target * 100 // 4
    assert page.score_label.text().startswith(f"Overall score {card.overall:.1f} % against a target of {target} %")
    for word in ("Strong", "Adequate", "Needs improvement", "Weak"):
        assert word not in page.overall_label.text() + page.counts_label.text() + page.score_label.text()
    assert page.formula_label.text() == card.overall_formula
    assert len(page.chart.scores()) == len(pack.elements) == 10
    assert page.chart.accessibleName() == "Scores per Core Element"
    for e in card.elements:
        assert f"{e.title}: {e.percent:.1f} %" in page.chart.accessibleDescription()
    assert f"target {target} %" in page.chart.accessibleDescription()
    table = page.elements_table
    assert table.rowCount() == 10 and table.item(0, 2).text() == f"{card.elements[0].percent:.1f} %"
    assert [table.item(row, 3).text() for row in range(10)].count("Does not meet") == v.elements_with_critical_gaps
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers


def test_blank_results_are_incomplete_and_score_zero(qtbot: QtBot, pack: FormPack) -> None:
    session = blank_session(pack)
    page = ResultsPage(session)
    show(qtbot, page)
    total = len(session.card.questions)
    assert page.overall_label.text() == "Incomplete"
    assert page.counts_label.text().startswith(f"{total} of {total} questions unanswered")
    assert all(percent == 0.0 for _, percent in page.chart.scores())  # unanswered questions count 0
    assert not page.action_table.isVisibleTo(page) and page.empty_plan.isVisibleTo(page)


def test_the_chart_paints_its_bars(qtbot: QtBot, pack: FormPack) -> None:
    page = ResultsPage(demo_session(pack))
    show(qtbot, page)
    chart = page.chart
    assert chart.height() == chart.heightForWidth(chart.width()) > 10 * chart.fontMetrics().height()
    image = chart.grab().toImage()
    ratio = image.devicePixelRatio()
    bar_colour = chart.palette().color(QPalette.ColorRole.Highlight)
    for row, (_, percent) in enumerate(chart.scores()):
        bar = chart.bar_rect(row)
        assert percent is not None and bar.width() > 0
        inside = image.pixelColor(QPoint(int(bar.center().x() * ratio), int(bar.center().y() * ratio)))
        assert inside == bar_colour, row
        beyond = QPoint(int((bar.right() + 4) * ratio), int(bar.center().y() * ratio))
        assert image.pixelColor(beyond) != bar_colour


def test_update_action_plan_adds_one_action_per_gap(qtbot: QtBot, pack: FormPack) -> None:
    session = blank_session(pack)
    page = ResultsPage(session)
    show(qtbot, page)
    assert session.assessment.actions == []
    gaps = len(session.card.gaps())
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert len(session.assessment.actions) == gaps == page.action_table.rowCount()
    assert f"{gaps} actions added" in page.sync_note.text()
    assert page.action_table.isVisibleTo(page)
    ranks = [PRIORITY_ORDER.index(action_of(session, aid).priority) for aid in page.action_table.action_ids()]
    assert ranks == sorted(ranks)
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert len(session.assessment.actions) == gaps and "nothing added" in page.sync_note.text()


def test_owner_typed_in_the_table_lands_on_the_right_action(qtbot: QtBot, pack: FormPack) -> None:
    session = demo_session(pack)
    page = ResultsPage(session)
    show(qtbot, page)
    table = page.action_table
    row, aid = moved_row(session, table)
    before = {a.id: a.owner for a in session.assessment.actions}
    type_into(qtbot, table, row, OWNER, "Dana Smith")
    assert action_of(session, aid).owner == "Dana Smith"
    after = {a.id: a.owner for a in session.assessment.actions}
    assert {k: v for k, v in after.items() if k != aid} == {k: v for k, v in before.items() if k != aid}
    assert table.item(row, OWNER).text() == "Dana Smith" and session.dirty


def due_editor(qtbot: QtBot, table: ActionTable, row: int) -> DueEditor:
    table.setFocus()
    table.setCurrentCell(row, DUE)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editors = [e for e in table.viewport().findChildren(DueEditor) if e.isVisible()]
    assert len(editors) == 1, "F2 opens one date editor"
    return editors[0]


def test_a_due_date_comes_from_a_date_editor_and_is_never_impossible(
    qtbot: QtBot, pack: FormPack, tmp_path: Path
) -> None:
    path = tmp_path / "plan.g4sa"
    session = demo_session(pack, path=path)
    session.save()
    page = ResultsPage(session)
    show(qtbot, page)
    table = page.action_table
    row, aid = moved_row(session, table)
    editor = due_editor(qtbot, table, row)
    assert editor.calendarPopup() and editor.accessibleName() == "Due date"
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor, "2027-02-30")  # the 30th of February: the editor cannot hold it
    press_enter(qtbot, table, editor)  # type: ignore[arg-type]
    due = action_of(session, aid).due
    assert dt.date.fromisoformat(due).month in (2, 3), due  # a day that exists, never 2027-02-30
    editor = due_editor(qtbot, table, row)
    editor.setDate(QDate(2027, 6, 30))
    press_enter(qtbot, table, editor)  # type: ignore[arg-type]
    assert action_of(session, aid).due == "2027-06-30" and not page.action_note.isVisibleTo(page)
    editor = due_editor(qtbot, table, row)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)  # no due date
    press_enter(qtbot, table, editor)  # type: ignore[arg-type]
    assert action_of(session, aid).due == ""
    # text that is not a date, put into the cell other than through the editor, is still refused
    table.item(row, DUE).setText("31/12/2026")
    assert action_of(session, aid).due == "" and table.item(row, DUE).text() == ""
    assert page.action_note.isVisibleTo(page) and "31/12/2026" in page.action_note.text()
    session.save()
    assert next(a for a in load_assessment(path).actions if a.id == aid).due == ""


def test_status_combo_saves_and_arrows_move_between_rows(qtbot: QtBot, pack: FormPack) -> None:
    session = demo_session(pack)
    page = ResultsPage(session)
    show(qtbot, page)
    table = page.action_table
    row, aid = moved_row(session, table)
    combo = table.status_combo(row)
    assert combo.count() == 4 and [combo.itemText(i) for i in range(4)] == ["Open", "In progress", "Done", "Won't do"]
    qtbot.keyClick(combo, "w")  # typing picks a status
    assert action_of(session, aid).status.value == "wont-do"
    combo.setCurrentIndex(combo.findData("done"))
    assert action_of(session, aid).status.value == "done"
    status_below = action_of(session, table.action_ids()[row + 1]).status
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the arrows move to the next row, they do not change the status
    assert action_of(session, aid).status.value == "done"
    assert (table.currentRow(), table.currentColumn()) == (row + 1, STATUS)
    assert action_of(session, table.action_ids()[row + 1]).status == status_below


def test_keyboard_reaches_the_table_and_the_status(qtbot: QtBot, pack: FormPack) -> None:
    page = ResultsPage(demo_session(pack))
    show(qtbot, page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.sync_button.setFocus()
    qtbot.keyClick(page.sync_button, Qt.Key.Key_Tab)
    table = page.action_table
    assert QApplication.focusWidget() is table
    assert table.currentRow() == 0
    for _ in range(STATUS):
        qtbot.keyClick(table, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is table.status_combo(0), "the status list takes the focus in its column"
    qtbot.keyClick(table.status_combo(0), Qt.Key.Key_Left)
    assert QApplication.focusWidget() is table and table.currentColumn() == DUE


def test_a_refresh_keeps_the_cell_being_edited(qtbot: QtBot, pack: FormPack) -> None:
    session = demo_session(pack)
    page = ResultsPage(session)
    show(qtbot, page)
    table = page.action_table
    row, aid = moved_row(session, table)
    editor = open_editor(qtbot, table, row, OWNER)
    editor.selectAll()
    qtbot.keyClicks(editor, "Half typed")
    session.set_flag("AC-01", True)  # another change: the page refreshes in place
    session.edit(lambda a: a.actions.append(Action(id="X-1", question_id="AC-01", priority=Priority.CRITICAL)))
    assert editor.isVisible() and editor.text() == "Half typed"
    press_enter(qtbot, table, editor)
    assert action_of(session, aid).owner == "Half typed"
    qtbot.waitUntil(lambda: "X-1" in table.action_ids())
    assert table.rowCount() == len(session.assessment.actions)


def test_read_only_session(qtbot: QtBot, pack: FormPack) -> None:
    session = demo_session(pack, read_only=True)
    page = ResultsPage(session)
    show(qtbot, page)
    table = page.action_table
    assert not page.sync_button.isEnabled()
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not table.item(0, OWNER).flags() & Qt.ItemFlag.ItemIsEditable
    assert not table.status_combo(0).isEnabled()
    table.setFocus()
    table.setCurrentCell(0, OWNER)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert not [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]


def test_every_focusable_widget_has_an_accessible_name(qtbot: QtBot, pack: FormPack) -> None:
    session = demo_session(pack)
    session.set_level("AC-03", None)
    for page in (ReviewPage(session), ResultsPage(session)):
        show(qtbot, page)
        focusable = [
            w for w in page.findChildren(QWidget) if w.isVisibleTo(page) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        assert len(focusable) >= 3
        for widget in focusable:
            assert widget.accessibleName(), f"{type(widget).__name__} {widget.objectName()} has no accessible name"
    results = ResultsPage(session)
    qtbot.addWidget(results)
    combos = results.findChildren(QComboBox)
    assert combos and all(c.accessibleName().startswith("Status of action") for c in combos)


def test_the_chart_uses_the_palette(qtbot: QtBot, pack: FormPack) -> None:
    page = ResultsPage(demo_session(pack))
    show(qtbot, page)
    palette = page.chart.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#ffaa00"))
    page.chart.setPalette(palette)
    image = page.chart.grab().toImage()
    centre = page.chart.bar_rect(0).center()
    ratio = image.devicePixelRatio()
    assert image.pixelColor(QPoint(int(centre.x() * ratio), int(centre.y() * ratio))) == QColor("#ffaa00")
