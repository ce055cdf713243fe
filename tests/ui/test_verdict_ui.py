"""The verdict in the app: results, sidebar and review say it (never a band), a draft is signed only on an
explicit choice, and a report date before the file's last change is refused."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from assessor.core.board_lists import board_lists
from assessor.core.demo import make_demo
from assessor.core.forms.installed import load_default_pack
from assessor.core.forms.models import FormPack
from assessor.core.scoring import sync_actions
from assessor.core.tiers import Tier
from assessor.core.verdict import verdict_of
from assessor.ui.pages.results_page import ResultsPage
from assessor.ui.pages.review_page import ReviewPage
from assessor.ui.report_page import ReportPage
from assessor.ui.session import Session
from assessor.ui.sidebar import Sidebar
from assessor.ui.signing_flow import confirm_incomplete, incomplete_box

BANDS = ("Strong", "Adequate", "Needs improvement", "Weak")


@pytest.fixture(scope="module")
def pack() -> FormPack:
    return load_default_pack()


def session_of(pack: FormPack, answered: int | None = None) -> Session:
    a = make_demo(Tier.HIGH, pack)
    if answered is not None:
        for qid in list(a.answers)[answered:]:
            del a.answers[qid]
    return Session(pack, a)


def test_nine_answers_make_an_incomplete_verdict_everywhere(qtbot: QtBot, pack: FormPack) -> None:
    session = session_of(pack, 9)
    v = verdict_of(session.card)
    assert v.unanswered > 100
    results = ResultsPage(session)
    sidebar = Sidebar(session)
    review = ReviewPage(session)
    for widget in (results, sidebar, review):
        qtbot.addWidget(widget)
    assert results.overall_label.text() == "Incomplete"
    assert results.counts_label.text().startswith(f"{v.unanswered} of {v.in_scope} questions unanswered")
    assert sidebar.items["results"].text(1) == "Incomplete"
    assert review.verdict_label.text().startswith("Incomplete: ")
    texts = [results.overall_label.text(), results.counts_label.text(), results.score_label.text()]
    texts += [sidebar.items["results"].text(1), sidebar.items["results"].toolTip(0), review.verdict_label.text()]
    shown = " ".join(texts)
    assert not [band for band in BANDS if band in shown]


def test_the_high_demo_does_not_meet_its_target(qtbot: QtBot, pack: FormPack) -> None:
    session = session_of(pack)
    sidebar = Sidebar(session)
    review = ReviewPage(session)
    for widget in (sidebar, review):
        qtbot.addWidget(widget)
    v = verdict_of(session.card)
    headline = (
        f"Does not meet the High target: {v.critical_gaps} critical gaps in {v.elements_with_critical_gaps} elements"
    )
    assert sidebar.items["results"].text(1) == "Does not meet"
    assert sidebar.items["results"].toolTip(0) == headline
    assert review.verdict_label.text() == headline
    session.set_level("TR-01", None)  # one question unanswered again: the sidebar follows at once
    assert sidebar.items["results"].text(1) == "Incomplete"


def test_review_lists_what_the_board_will_see_and_jumps_to_it(qtbot: QtBot, pack: FormPack) -> None:
    session = session_of(pack)
    review = ReviewPage(session)
    qtbot.addWidget(review)
    review.show()
    planned = session.assessment.model_copy(deep=True)
    sync_actions(pack, planned, session.card)
    lists = board_lists(session.assessment, session.card, planned.actions, dt.date.today())
    assert review.section_items("essential_na") == [x.question_id for x in lists.essential_na] != []
    assert review.section_items("no_owner") == [a.question_id for a in lists.no_owner] != []
    assert review.section_items("late") == [x.action.question_id for x in lists.too_late] != []
    late = review.section_list("late")
    late.setFocus()
    late.setCurrentRow(0)
    with qtbot.waitSignal(review.jump) as blocker:
        qtbot.keyClick(late, Qt.Key.Key_Return)
    assert blocker.args == [review.section_items("late")[0]]


def _answer_box(button_role: QMessageBox.ButtonRole | None) -> None:
    """Answer the next modal box with the button of that role (None: press Escape)."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        if button_role is None:
            box.reject()
            return
        button = next(b for b in box.buttons() if box.buttonRole(b) == button_role)
        button.click()

    QTimer.singleShot(0, answer)


def test_signing_a_draft_needs_an_explicit_choice(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    assert confirm_incomplete(parent, 0) is True  # a complete assessment: nothing to ask
    box = incomplete_box(parent, 76)
    assert box.text().startswith("76 questions are unanswered")
    assert box.buttonRole(box.defaultButton()) == QMessageBox.ButtonRole.RejectRole  # Enter does not sign
    box.deleteLater()
    _answer_box(QMessageBox.ButtonRole.RejectRole)
    assert confirm_incomplete(parent, 76) is False
    _answer_box(None)
    assert confirm_incomplete(parent, 76) is False
    _answer_box(QMessageBox.ButtonRole.AcceptRole)
    assert confirm_incomplete(parent, 76) is True


def test_a_report_date_before_the_last_change_is_refused(qtbot: QtBot, pack: FormPack) -> None:
    page = ReportPage()
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.failed) as blocker:
        page.set_source(pack, make_demo(Tier.HIGH, pack), date=dt.date(2026, 1, 15))
    assert "2026-01-15" in blocker.args[0] and "2026-06-30" in blocker.args[0]
    assert "2026-01-15" in page.status.text() and "2026-06-30" in page.status.text()
    assert page.pdf_bytes == b"" and not page.is_busy
    assert not page.save_pdf_button.isEnabled() and not page.print_button.isEnabled()
