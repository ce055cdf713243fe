"""One open assessment on screen: the sidebar, the pages, and moving between them.

Pages are made the first time they are shown, so an assessment opens at once whatever its size; each
page's module is imported then too (the window with a file open shows the first page only).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from assessor.ui.session import Session
from assessor.ui.sidebar import Sidebar, element_key
from assessor.ui.widgets import NavRow, named, text

if TYPE_CHECKING:
    from assessor.ui.pages.question_card import QuestionCard
    from assessor.ui.signature_banner import SignatureVerdict


class ReportStep(QWidget):
    """The report page, with signing beside printing and saving."""

    sign_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from assessor.ui.report_page import ReportPage  # QtPdf loads when the report is first shown

        self.session = session
        self.title = self.tr("Report and signature")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 8, 12, 0)
        bar.addWidget(
            text(
                self.tr(
                    "This is the report exactly as it prints. Sign it to seal it: the signed PDF carries the "
                    "assessment, and anyone can check that neither has changed."
                ),
                role="muted",
            ),
            1,
        )
        self.sign_button = named(QPushButton(self.tr("&Sign the report…")), self.tr("Sign the report"))
        self.sign_button.setProperty("role", "primary")
        self.sign_button.clicked.connect(self.sign_requested)
        self.sign_button.setEnabled(not session.read_only)
        bar.addWidget(self.sign_button)
        layout.addLayout(bar)
        self.report = ReportPage(self)
        layout.addWidget(self.report, 1)
        nav = NavRow()
        nav.setContentsMargins(12, 0, 12, 4)
        layout.addWidget(nav)
        self.report.ready.connect(lambda: self.sign_button.setEnabled(not session.read_only))

    def showEvent(self, event: object) -> None:
        self.report.set_source(self.session.pack, self.session.assessment)
        super().showEvent(event)  # type: ignore[arg-type]

    def focus_first(self) -> None:
        self.sign_button.setFocus()


class Workspace(QWidget):
    verify_requested = Signal()  # the read-only banner's "Check the signatures"
    reassess_requested = Signal()
    sign_requested = Signal()
    update_pack_requested = Signal()  # the newer-pack notice's "Update"
    page_changed = Signal(str)

    def __init__(
        self,
        session: Session,
        signed_pdf: bytes | None = None,
        parent: QWidget | None = None,
        *,
        newer_version: str | None = None,
        verification: Any = None,
    ) -> None:
        """``verification``: the signed report's `Verification` when already made (it is then shown at once)."""
        super().__init__(parent)
        self.session = session
        self.pages: dict[str, QWidget] = {}
        self.signed_pdf = signed_pdf
        self.verification = verification
        self._verify_task: object | None = None
        self.verdict: SignatureVerdict | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if session.read_only:
            layout.addWidget(self._read_only_banner())
        elif newer_version is not None:
            from assessor.ui.pack_update import PackUpdateNotice

            self.pack_notice = PackUpdateNotice(session.pack, newer_version)
            self.pack_notice.button.clicked.connect(self.update_pack_requested)
            layout.addWidget(self.pack_notice)
        split = QSplitter()  # side by side: Qt's default orientation (naming it would load the Qt namespace)
        self.sidebar = Sidebar(session)
        self.sidebar.page_chosen.connect(self.show_page)
        self.stack = QStackedWidget()
        split.addWidget(self.sidebar)
        split.addWidget(self.stack)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        width = self.sidebar.preferred_width()
        split.setSizes([width, max(width * 3, 800)])
        layout.addWidget(split, 1)
        self.current_key = ""
        self.show_page("institution")

    def _read_only_banner(self) -> QFrame:
        from assessor.ui.signature_banner import SignatureVerdict

        banner = QFrame()
        banner.setObjectName("banner")
        row = QHBoxLayout(banner)
        words = QVBoxLayout()
        words.addWidget(
            text(
                self.tr(
                    "This is the assessment carried inside a signed report: read-only. Its signatures are "
                    "checked as it opens; you can start next year's reassessment from it."
                )
            )
        )
        self.verdict = SignatureVerdict()
        words.addWidget(self.verdict)
        row.addLayout(words, 1)
        verify = named(QPushButton(self.tr("Signature &details…")), self.tr("Signature details"))
        verify.clicked.connect(self.verify_requested)
        self.reassess_button = named(
            QPushButton(self.tr("Start &reassessment")), self.tr("Start a reassessment from this report")
        )
        self.reassess_button.setProperty("role", "primary")
        self.reassess_button.setEnabled(False)  # only once the signatures are found valid
        self.reassess_button.clicked.connect(self.reassess_requested)
        row.addWidget(verify)
        row.addWidget(self.reassess_button)
        if self.verification is not None:
            self._verified(self.verification)
        else:
            self._start_verification()
        return banner

    def _start_verification(self) -> None:
        """Verify the signed report in the background (against the trust list); the verdict appears in the banner."""
        if self.signed_pdf is None:
            return
        from assessor.signing.trust import verify_trusted
        from assessor.ui.sign_dialog import start_task

        pdf = self.signed_pdf
        self._verify_task = start_task(lambda: verify_trusted(pdf), self._verified, self._not_verified)

    def _verified(self, result: Any) -> None:
        assert self.verdict is not None
        self.verdict.show_result(result)
        # not from a report signed in a trusted signer's name by another key
        self.reassess_button.setEnabled(bool(result.valid) and self.verdict.state != "impostor")

    def _not_verified(self, message: str) -> None:
        assert self.verdict is not None
        self.verdict.show_failure(message)
        self.reassess_button.setEnabled(False)

    # -- pages ----------------------------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        if key not in self.pages:
            widget = self._make(key)
            self.pages[key] = widget
            keys = self.sidebar.page_keys()
            for nav in widget.findChildren(QWidget, NavRow.NAME):  # Back and Next at the end of the page
                if isinstance(nav, NavRow):
                    nav.moved.connect(self.step)
                    nav.set_ends(first=key == keys[0], last=key == keys[-1])
            self.stack.addWidget(widget)
        return self.pages[key]

    def _make(self, key: str) -> QWidget:
        s = self.session
        if key == "institution":
            from assessor.ui.pages.institution_page import InstitutionPage

            return InstitutionPage(s)
        if key == "risk":
            from assessor.ui.pages.risk_page import RiskPage

            return RiskPage(s)
        if key.startswith("element:"):
            from assessor.ui.pages.element_page import ElementPage

            return ElementPage(s, key.split(":", 1)[1])
        if key == "review":
            from assessor.ui.pages.review_page import ReviewPage

            review = ReviewPage(s)
            review.jump.connect(self.jump_to_question)
            return review
        if key == "results":
            from assessor.ui.pages.results_page import ResultsPage

            return ResultsPage(s)
        if key == "report":
            step = ReportStep(s)
            step.sign_requested.connect(self.sign_requested)
            return step
        raise KeyError(key)

    def show_page(self, key: str, *, focus: bool = True) -> QWidget:
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        self.sidebar.select(key)
        self.current_key = key
        if focus and hasattr(widget, "focus_first"):
            widget.focus_first()
        self.page_changed.emit(key)
        return widget

    def step(self, delta: int) -> None:
        keys = self.sidebar.page_keys()
        index = keys.index(self.current_key) if self.current_key in keys else 0
        self.show_page(keys[max(0, min(len(keys) - 1, index + delta))])

    def jump_to_question(self, question_id: str) -> bool:
        from assessor.ui.pages.element_page import ElementPage

        element = self.session.pack.element_of(question_id)
        page = self.show_page(element_key(element.id), focus=False)
        assert isinstance(page, ElementPage)
        return page.focus_question(question_id)

    def show_restored(self, question_id: str, page: str = "results") -> None:
        """Undo or redo changed something: show where, unless it is on the page in view (the focus stays)."""
        key = element_key(self.session.pack.element_of(question_id).id) if question_id else page
        if key != self.current_key:
            if question_id:
                self.jump_to_question(question_id)
            else:
                self.show_page(key)

    def current_card(self) -> QuestionCard | None:
        """The question card holding the keyboard focus, if any."""
        from assessor.ui.pages.question_card import QuestionCard

        widget = QApplication.focusWidget()
        while widget is not None and not isinstance(widget, QuestionCard):
            widget = widget.parentWidget()
        return widget

    def shutdown(self) -> None:
        """Let a report being made (or a verification) finish before the pages go (its thread still holds them)."""
        if self._verify_task is not None:
            QThreadPool.globalInstance().waitForDone(10_000)
        step = self.pages.get("report")
        if isinstance(step, ReportStep):
            step.report.wait()

    def report_step(self) -> ReportStep:
        step = self.page("report")
        assert isinstance(step, ReportStep)
        return step
