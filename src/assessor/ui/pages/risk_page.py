"""The risk profile: twelve factors, the tier they give and why, and raising the tier by hand."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from assessor.core.assessment import RaisedTier
from assessor.core.forms.models import TriageFactor
from assessor.core.tiers import TIERS_IN_ORDER, Tier
from assessor.ui.glossary import term_button, with_terms
from assessor.ui.session import Session
from assessor.ui.tier_explain import TierBadge, supported_reasons
from assessor.ui.widgets import NavRow, card_frame, heading, named, scroll_body, short_lines, text


class FactorCard(QFrame):
    """One factor: its question, help, and three levels as radio buttons."""

    def __init__(self, session: Session, factor: TriageFactor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("factorCard")
        self.session = session
        self.factor = factor
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        title = text(f"{factor.id} · {factor.title}", selectable=False)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(text(factor.question))
        layout.addWidget(text(factor.help, role="muted"))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QRadioButton] = []
        indent = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + 8
        for level in factor.levels:
            button = QRadioButton(short_lines(level.label))  # a long level never widens the page
            named(button, f"{factor.title}: {level.label}", level.description)
            button.setToolTip(level.description)
            button.setEnabled(not session.read_only)
            self.group.addButton(button, level.score)
            self.buttons.append(button)
            layout.addWidget(button)
            description = text(level.description, role="muted", selectable=False)
            description.setContentsMargins(indent, 0, 0, 4)
            layout.addWidget(description)
        self.refresh()
        self.group.idToggled.connect(self._toggled)

    def refresh(self) -> None:
        level = self.session.assessment.triage.get(self.factor.id)
        self.group.blockSignals(True)
        self.group.setExclusive(False)  # so that none may be checked: the factor unanswered again (undo)
        for button in self.buttons:
            button.setChecked(self.group.id(button) == level)
        self.group.setExclusive(True)
        self.group.blockSignals(False)

    def _toggled(self, score: int, checked: bool) -> None:
        if checked and self.session.assessment.triage.get(self.factor.id) != score:
            self.session.set_factor(self.factor.id, score)


class RiskPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.title = self.tr("Risk profile")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        summary = card_frame("card")
        s_layout = QVBoxLayout(summary)
        row = QHBoxLayout()
        row.addWidget(heading(self.tr("Risk profile")))
        row.addStretch(1)
        self.tier_label = TierBadge(session)  # opens "What this tier means"
        row.addWidget(self.tier_label)
        row.addWidget(term_button("provisional"))
        s_layout.addLayout(row)
        self.scope_label = text("", role="muted")
        s_layout.addWidget(self.scope_label)
        self.reasons = text("")
        s_layout.addWidget(self.reasons)
        holder = QWidget()
        holder.setObjectName("pageBody")  # the page's background, with the body's margins
        framed = QVBoxLayout(holder)
        framed.setContentsMargins(28, 16, 28, 4)
        framed.addWidget(summary)
        outer.addWidget(holder)

        area, body = scroll_body(self)
        outer.addWidget(area, 1)
        body.addWidget(
            text(
                self.tr(
                    "Answer the twelve questions about what you share and with whom. They set the risk tier, "
                    "and the tier sets which questions follow: more risk, more questions and a higher bar. "
                    "The reasons above say which answers set the tier."
                ),
                role="muted",
            )
        )
        self.cards = [FactorCard(session, f) for f in session.pack.triage.factors]
        for card in self.cards:
            body.addWidget(card)

        body.addLayout(with_terms(heading(self.tr("Raise the tier"), 2), "raised"))
        body.addWidget(
            text(
                self.tr(
                    "You may ask more of yourself than the factors do: raise the tier, and say why. The report "
                    "shows the computed tier, the raised one and your reason. A tier is never lowered by hand."
                ),
                role="muted",
            )
        )
        self.raise_combo = named(QComboBox(), self.tr("Raise the tier to"))
        self.raise_combo.addItem(self.tr("Do not raise"), "")
        for tier in TIERS_IN_ORDER[1:]:
            self.raise_combo.addItem(self.tr("Raise to {tier}").format(tier=session.tier_name(tier)), tier.value)
        self.justification = named(QPlainTextEdit(), self.tr("Why the tier is raised"))
        self.justification.setTabChangesFocus(True)
        self.justification.setPlaceholderText(self.tr("Why the tier is raised (required)"))
        self.justification.setFixedHeight(self.justification.fontMetrics().lineSpacing() * 4 + 14)
        self.raise_problem = text("", role="critical")
        raised = session.assessment.raised_tier
        if raised:
            self.raise_combo.setCurrentIndex(self.raise_combo.findData(raised.tier.value))
            self.justification.setPlainText(raised.justification)
        for widget in (self.raise_combo, self.justification):
            widget.setEnabled(not session.read_only)
            body.addWidget(widget)
        body.addWidget(self.raise_problem)
        body.addStretch(1)
        body.addWidget(NavRow())
        self.raise_combo.currentIndexChanged.connect(lambda: self._raise_changed(typing=False))
        self.justification.textChanged.connect(lambda: self._raise_changed(typing=True))
        session.changed.connect(self.update_summary)
        session.restored.connect(self._restored)
        self.update_summary()

    def _restored(self, question_id: str, page: str) -> None:
        """Undo or redo of a factor or of the raised tier: show what the file now holds."""
        if page != "risk":
            return
        for card in self.cards:
            card.refresh()
        raised = self.session.assessment.raised_tier
        for widget in (self.raise_combo, self.justification):
            widget.blockSignals(True)
        self.raise_combo.setCurrentIndex(self.raise_combo.findData(raised.tier.value) if raised else 0)
        if raised is not None and self.justification.toPlainText().strip() != raised.justification:
            self.justification.setPlainText(raised.justification)
        for widget in (self.raise_combo, self.justification):
            widget.blockSignals(False)
        self.raise_problem.setText("")
        self.update_summary()

    def _raise_changed(self, *, typing: bool) -> None:
        wanted = self.raise_combo.currentData()
        why = self.justification.toPlainText().strip()
        self.justification.setEnabled(bool(wanted) and not self.session.read_only)
        if wanted and not why:
            self.raise_problem.setText(self.tr("Say why the tier is raised; until you do, it is not raised."))
            new: RaisedTier | None = None
        else:
            self.raise_problem.setText("")
            new = RaisedTier(tier=Tier(wanted), justification=why) if wanted else None
        self.session.set_raised_tier(new, typing=typing)

    def update_summary(self) -> None:
        result = self.session.card.triage
        self.tier_label.refresh()
        missing = len(result.unanswered)
        in_scope = len(self.session.card.questions)
        scope = self.tr("{n} questions in scope · risk score {total} of 24").format(n=in_scope, total=result.total)
        if missing and result.provisional:
            scope += self.tr(" · {m} of 12 factors not answered yet, counted at their highest level").format(m=missing)
        elif missing:
            scope += self.tr(" · {m} of 12 factors not answered yet").format(m=missing)
        self.scope_label.setText(scope)
        # while provisional, only what the answered factors already settle
        self.reasons.setText("\n".join(f"• {reason}" for reason in supported_reasons(self.session)))
        if not self.justification.hasFocus():
            self.justification.setEnabled(bool(self.raise_combo.currentData()) and not self.session.read_only)

    def focus_first(self) -> None:
        card = self.cards[0]
        checked = card.group.checkedButton()
        (checked or card.buttons[0]).setFocus()
