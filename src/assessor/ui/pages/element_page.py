"""A Core Element page: the Framework's own text for the element, then one card per question in scope.

The cards are built once. A change of tier or of a triggering answer only shows or hides them, and
edits update them in place, so the ten pages can all be built when an assessment opens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QVBoxLayout, QWidget

from assessor.ui.glossary import terms_line
from assessor.ui.pages.question_card import QuestionCard, label, set_role, source_name
from assessor.ui.session import Session
from assessor.ui.tier_explain import TierBadge
from assessor.ui.widgets import NavRow, heading, scroll_body


class ElementPage(QWidget):
    """The page of one Core Element. ``cards`` maps every question id of the element to its card."""

    def __init__(self, session: Session, element_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.element_id = element_id
        self.element = session.pack.element(element_id)
        self.setObjectName("elementPage")
        self._stale = False
        self._pending_focus: str | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.area, body = scroll_body(self)
        outer.addWidget(self.area)
        self._build_top(body)
        self.cards: dict[str, QuestionCard] = {}
        for question in self.element.questions:
            card = QuestionCard(session, question)
            self.cards[question.id] = card
            body.addWidget(card)
        body.addStretch(1)
        body.addWidget(NavRow())
        self._apply_scope()
        self._update_progress()
        session.changed.connect(self._on_changed)
        session.scope_changed.connect(self._apply_scope)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self._current: QuestionCard | None = None

    def _build_top(self, body: QVBoxLayout) -> None:
        e = self.element
        top = QHBoxLayout()
        top.addWidget(heading(e.title), 1)
        self.tier_badge = TierBadge(self.session)  # opens "What this tier means"
        top.addWidget(self.tier_badge, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(top)
        self.progress_label = label("", "muted")
        body.addWidget(self.progress_label)
        body.addWidget(label(e.introduction))
        points = e.framework_text.points
        quoted = "\n\n".join(f"“{p}”" for p in points) if len(points) == 1 else "\n\n".join(f"• {p}" for p in points)
        self.framework_quote = label(quoted, "quote")
        self.framework_quote.setAccessibleDescription(e.framework_text.section)
        body.addWidget(self.framework_quote)
        citation = self.tr("— {0}, Core Element {1} ({2})").format(source_name("framework"), e.order, e.title)
        self.framework_source = label(citation, "muted")
        self.framework_source.setToolTip(e.framework_text.section)
        self.framework_source.setAccessibleDescription(e.framework_text.section)
        body.addWidget(self.framework_source)
        body.addWidget(terms_line("essential", "target", "na", "evidence"))

    # -- public -----------------------------------------------------------------------------------------

    @property
    def title(self) -> str:
        return self.element.title

    def visible_question_ids(self) -> list[str]:
        """The questions shown now (in scope at the tier, follow-ups whose condition holds), in pack order."""
        return [qid for qid, card in self.cards.items() if not card.isHidden()]

    def focus_question(self, question_id: str) -> bool:
        """Scroll to a question and put the keyboard on its answer; False when it is not shown."""
        card = self.cards.get(question_id)
        if card is None or card.isHidden():
            return False
        card.focus_answer()
        if self.isVisible():
            self._scroll_to(card)
        else:
            self._pending_focus = question_id  # laid out only when shown
        return True

    def focus_first(self) -> bool:
        ids = self.visible_question_ids()
        return self.focus_question(ids[0]) if ids else False

    def refresh(self) -> None:
        """Re-read every card from the session (after the assessment was changed from elsewhere)."""
        self._stale = False
        for card in self.cards.values():
            card.refresh()
        self._update_progress()

    # -- keeping in step --------------------------------------------------------------------------------

    def _apply_scope(self) -> None:
        for qid, card in self.cards.items():
            shown = self.session.in_scope(qid)
            if card.isHidden() == shown:
                card.setHidden(not shown)
        self._update_progress()

    def _update_progress(self) -> None:
        score = self.session.card.element(self.element_id)
        line = self.tr("{0} of {1} questions in scope at the {2} tier answered").format(
            score.answered, score.in_scope, self.session.tier_name()
        )
        if self.progress_label.text() != line:
            self.progress_label.setText(line)
            self.progress_label.setAccessibleName(line)

    def _on_changed(self) -> None:
        self._update_progress()
        if self.isVisible():
            for card in self.cards.values():
                card.refresh()
        else:
            self._stale = True  # a page out of sight catches up when shown

    def _scroll_to(self, card: QuestionCard) -> None:
        inner = self.area.widget()
        layout = inner.layout() if inner is not None else None
        if layout is not None:
            layout.activate()  # cards just shown have no geometry yet
        self.area.ensureWidgetVisible(card.title_label, 0, 40)
        focused = self.focusWidget()
        if focused is not None and card.isAncestorOf(focused):
            self.area.ensureWidgetVisible(focused, 0, 40)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        if self._pending_focus is not None:
            qid, self._pending_focus = self._pending_focus, None
            self.focus_question(qid)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Outline the question the keyboard is in (theme.py styles questionCard[current=true])."""
        card = new
        while card is not None and not isinstance(card, QuestionCard):
            card = card.parentWidget()
        if card is self._current:
            return
        if card is not None and self.cards.get(card.question.id) is not card:
            return  # a card on another page
        for changed, value in ((self._current, False), (card, True)):
            if changed is not None:
                set_role(changed, "current", value)
                changed.set_current(value)  # its Alt keys live only while the keyboard is in it
        self._current = card
