"""The institution page's input: dates from a date editor, a period that ends after it starts, e-mail checked,
required fields marked (on screen and to a screen reader)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from assessor.core.forms.installed import load_default_pack
from assessor.ui.date_field import CLEAR_ICON_FILES, DateField
from assessor.ui.pages.institution_page import InstitutionPage
from assessor.ui.session import Session
from tests.helpers.factories import blank_assessment

START, END, EMAIL = "Period from", "Period to", "Assessor's email"


@pytest.fixture
def page(qtbot: QtBot) -> InstitutionPage:
    pack = load_default_pack()
    widget = InstitutionPage(Session(pack, blank_assessment(pack)))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _date(page: InstitutionPage, label: str) -> DateField:
    field = page.editors[label]
    assert isinstance(field, DateField)
    return field


def _line(page: InstitutionPage, label: str) -> QLineEdit:
    field = page.editors[label]
    assert isinstance(field, QLineEdit)
    return field


def test_dates_come_from_a_date_editor_that_cannot_hold_an_impossible_day(qtbot: QtBot, page: InstitutionPage) -> None:
    end = _date(page, END)
    assert end.editor.calendarPopup() and end.editor.text() == "Not set" and end.iso() == ""
    end.editor.setFocus()
    qtbot.keyClicks(end.editor, "2025-13-45")
    qtbot.keyClick(end.editor, Qt.Key.Key_Return)
    held = page.session.assessment.scope.period_end
    assert held != "2025-13-45" and QDate.fromString(held, "yyyy-MM-dd").isValid()
    assert end.editor.date().isValid()
    end.clear_button.click()
    assert page.session.assessment.scope.period_end == "" and end.editor.text() == "Not set"


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("2025-06-01", "2025-06-01"),
        ("2025-6-1", "2025-06-01"),
        ("2025-11-30", "2025-11-30"),
        ("2024-02-30", "2024-02-03"),
    ],
)
def test_a_date_typed_in_full_is_taken_as_typed(qtbot: QtBot, page: InstitutionPage, typed: str, kept: str) -> None:
    """Tab into the field and type the date: each "-" follows the part just typed; a day that does not exist
    (30 February) cannot be typed: its last digit is refused."""
    before = page.editors["Datasets (one a line)"]
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    editor = _date(page, START).editor
    assert editor.hasFocus()
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert page.session.assessment.scope.period_start == kept


def test_passing_through_an_empty_date_leaves_it_empty(qtbot: QtBot, page: InstitutionPage) -> None:
    start = _date(page, START)
    start.editor.setFocus()
    assert start.iso() == QDate.currentDate().toString("yyyy-MM-dd")  # begins from today, not from 1900
    _line(page, EMAIL).setFocus()
    assert start.iso() == "" and page.session.assessment.scope.period_start == ""
    assert page.session.undo_stack.count() == 0


def test_a_period_ending_before_it_starts_is_refused_beside_the_field(page: InstitutionPage) -> None:
    scope = page.session.assessment.scope
    _date(page, START).editor.setDate(QDate(2025, 6, 1))
    _date(page, END).editor.setDate(QDate(2025, 12, 31))
    assert (scope.period_start, scope.period_end) == ("2025-06-01", "2025-12-31")
    _date(page, END).editor.setDate(QDate(2025, 1, 31))
    problem = page.problems[END]
    assert not problem.isHidden() and "cannot end before it starts (2025-06-01)" in problem.text()
    assert scope.period_end == "2025-12-31"  # the file keeps the last good date
    assert "2025-06-01" in _date(page, END).editor.accessibleDescription()
    _date(page, START).editor.setDate(QDate(2026, 1, 1))
    assert "cannot start after it ends (2025-12-31)" in page.problems[START].text()
    assert scope.period_start == "2025-06-01"
    _date(page, END).editor.setDate(QDate(2026, 3, 1))
    assert scope.period_end == "2026-03-01" and problem.isHidden() and page.problems[START].isHidden()


def test_an_email_is_checked_and_a_bad_one_never_reaches_the_file(qtbot: QtBot, page: InstitutionPage) -> None:
    email = _line(page, EMAIL)
    email.setFocus()
    qtbot.keyClicks(email, "not-an-email")
    qtbot.keyClick(email, Qt.Key.Key_Tab)
    problem = page.problems[EMAIL]
    assert not problem.isHidden() and "is not an e-mail address" in problem.text()
    assert page.session.assessment.assessors == [] or page.session.assessment.assessors[0].email == ""
    email.setText("dpo@hospital.example.org")
    assert page.session.assessment.assessors[0].email == "dpo@hospital.example.org" and problem.isHidden()


def test_required_fields_are_marked_and_announced(page: InstitutionPage) -> None:
    labels = {label.text() for label in page.findChildren(QLabel)}
    for name in ("Institution", "What is assessed", START, END, "Assessor's name", "Signatory's name"):
        assert f"{name} *" in labels
        editor = page.editors[name]
        target = editor.editor if isinstance(editor, DateField) else editor
        assert target.accessibleName() == name and target.accessibleDescription().startswith("Required")
    assert "Country *" not in labels and page.editors["Country"].accessibleDescription() == ""


def test_a_date_typed_after_a_click_anywhere_in_an_empty_field_is_taken_whole(
    qtbot: QtBot, page: InstitutionPage
) -> None:
    """A click on the day part of an empty field, then 2025-06-01: the date typed, not a day of 2025."""
    editor = _date(page, END).editor
    inner = editor.lineEdit()
    qtbot.mouseClick(inner, Qt.MouseButton.LeftButton, pos=inner.rect().center() + inner.rect().center() / 2)
    assert editor.hasFocus()
    qtbot.keyClicks(editor, "2025-06-01")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert page.session.assessment.scope.period_end == "2025-06-01"
    editor.lineEdit().selectAll()  # all selected, a new date typed over it
    qtbot.keyClicks(editor, "2026-03-31")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert page.session.assessment.scope.period_end == "2026-03-31"


def test_a_stored_period_or_email_that_cannot_be_is_said_as_the_page_opens(qtbot: QtBot) -> None:
    from assessor.core.assessment import Person

    pack = load_default_pack()
    assessment = blank_assessment(pack)
    assessment.scope.period_start, assessment.scope.period_end = "2025-06-01", "2025-01-31"
    assessment.assessors.append(Person(email="not-an-email"))
    page = InstitutionPage(Session(pack, assessment))
    qtbot.addWidget(page)
    assert "cannot end before it starts (2025-06-01)" in page.problems[END].text()
    assert "is not an e-mail address" in page.problems[EMAIL].text()


def test_the_clear_button_shows_qt_own_clear_text_icon(page: InstitutionPage) -> None:
    """The icon read from Qt's resources (date_field.CLEAR_ICON_FILES) is the one Qt's style gives a line edit's
    clear button: a Qt upgrade that moves the files fails here, not as a blank button."""
    from PySide6.QtCore import QFile
    from PySide6.QtWidgets import QStyle

    button = _date(page, START).clear_button
    assert all(QFile.exists(path) for path in CLEAR_ICON_FILES)
    shown = button.icon().pixmap(16, 16).toImage()
    styled = page.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton).pixmap(16, 16).toImage()
    assert not shown.isNull() and shown == styled
    assert {(s.width(), s.height()) for s in button.icon().availableSizes()} == {(16, 16), (32, 32), (128, 128)}


def test_the_sidebar_counts_the_scroll_bar_as_the_style_measures_it(qtbot: QtBot) -> None:
    """Sidebar.preferred_width takes the scroll bar's width from its size hint rather than from the style (which
    would load QStyle's enums as a file opens): the two agree."""
    from PySide6.QtWidgets import QStyle

    from assessor.ui.sidebar import Sidebar

    pack = load_default_pack()
    sidebar = Sidebar(Session(pack, blank_assessment(pack)))
    qtbot.addWidget(sidebar)
    extent = sidebar.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    assert extent > 0 and sidebar.verticalScrollBar().sizeHint().width() == extent
