"""Results and action plan: the verdict against the tier's target with the counts it rests on, the
score beside the target, a chart and a table per Core Element, and the plan.

The page redraws from ``session.card`` when it is shown and on every change while it is visible;
while it is hidden, changes only mark it stale, so typing on other pages stays fast.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessor.core.verdict import verdict_of
from assessor.ui import verdict_words
from assessor.ui.glossary import with_terms
from assessor.ui.pages.action_table import ActionTable
from assessor.ui.pages.score_chart import ScoreChart
from assessor.ui.session import Session
from assessor.ui.tier_explain import TierBadge
from assessor.ui.widgets import NavRow, RefreshWhenShown, heading, named, scroll_body, text

ELEMENT_COLUMNS = 6


class ResultsPage(RefreshWhenShown, QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stale = True
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.area, body = scroll_body(self)
        outer.addWidget(self.area)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Results and action plan")), 1)
        self.tier_label = TierBadge(session)  # opens "What this tier means"
        top.addWidget(self.tier_label, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(top)
        self.overall_label = heading("", 2)
        body.addLayout(with_terms(self.overall_label, "verdict"))
        self.counts_label = text("")
        body.addLayout(with_terms(self.counts_label, "critical-gap"))
        self.score_label = text("")
        body.addLayout(with_terms(self.score_label, "score", "target"))
        self.formula_label = text("", role="muted")
        body.addWidget(self.formula_label)

        body.addWidget(heading(self.tr("Scores per Core Element"), 2))
        self.chart = ScoreChart()
        body.addWidget(self.chart)
        self.elements_table = self._make_elements_table()
        body.addWidget(self.elements_table)

        body.addLayout(with_terms(heading(self.tr("Action plan"), 2), "action"))
        body.addWidget(
            text(
                self.tr(
                    "Every gap can become an action. Give each one an owner, a due date (YYYY-MM-DD) and a "
                    "status; the report prints the plan as it stands."
                ),
                role="muted",
            )
        )
        row = QHBoxLayout()
        self.sync_button = named(
            QPushButton(self.tr("&Update action plan from gaps")),
            self.tr("Update action plan from gaps"),
            self.tr("Adds an action for every gap that has none yet; your edits are kept."),
        )
        self.sync_button.clicked.connect(self._sync)
        row.addWidget(self.sync_button)
        self.sync_note = text("", role="muted")
        row.addWidget(self.sync_note, 1)
        body.addLayout(row)
        self.action_note = text("", role="error")
        self.action_note.setVisible(False)
        body.addWidget(self.action_note)
        self.action_table = ActionTable(session)
        self.action_table.refused.connect(self._show_refusal)
        self.action_table.edited.connect(lambda: self.action_note.setVisible(False))
        self.action_table.currentCellChanged.connect(lambda r, c, *_: self._follow(self.action_table, r, c))
        self.elements_table.currentCellChanged.connect(lambda r, c, *_: self._follow(self.elements_table, r, c))
        body.addWidget(self.action_table)
        self.empty_plan = text(self.tr("No action yet: use “Update action plan from gaps”."), role="muted")
        body.addWidget(self.empty_plan)
        body.addStretch(1)
        body.addWidget(NavRow())

        if session.read_only:
            self.sync_button.setEnabled(False)
            self.sync_note.setText(self.tr("This is a signed report, opened for reading: the plan cannot change."))
        session.changed.connect(self._on_change)
        session.scope_changed.connect(self._on_change)
        self.refresh()

    # -- building -------------------------------------------------------------------------------------------------

    def _make_elements_table(self) -> QTableWidget:
        table = QTableWidget(0, ELEMENT_COLUMNS)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Core Element"),
                self.tr("Answered"),
                self.tr("Score"),
                self.tr("Verdict"),
                self.tr("Gaps"),
                self.tr("Critical gaps"),
            ]
        )
        named(table, self.tr("Results by Core Element"), self.tr("Read only. The arrows move between cells."))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, ELEMENT_COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _target_percent(self) -> float:
        pack = self.session.pack
        top = next(s for s in pack.scales if s.id == pack.default_scale).max_value
        return 100.0 * min(self.session.card.target, top) / top if top else 100.0

    def _error_palette(self) -> None:
        palette = self.action_note.palette()
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff8a80" if dark else "#b3261e"))
        self.action_note.setPalette(palette)

    # -- refreshing ---------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._stale = False
        card = self.session.card
        self.verdict = verdict_of(card)
        tier = self.session.tier_name()
        self.overall_label.setText(verdict_words.headline(self.verdict.verdict, tier))
        self.overall_label.setAccessibleName(self.overall_label.text())
        self.counts_label.setText(verdict_words.counts(self.verdict))
        target = self._target_percent()
        if card.overall is None:
            self.score_label.setText(self.tr("No score: no question applies."))
        else:
            self.score_label.setText(
                self.tr("Overall score {score} % against a target of {target} % (unanswered questions count 0)").format(
                    score=f"{card.overall:.1f}", target=f"{target:.0f}"
                )
            )
        self.formula_label.setText(card.overall_formula)
        self.chart.set_scores([(e.title, e.percent) for e in card.elements], target)
        self._fill_elements()
        self.action_table.refresh()
        self.empty_plan.setVisible(not self.session.assessment.actions)
        self.action_table.setVisible(bool(self.session.assessment.actions))

    def _fill_elements(self) -> None:
        table = self.elements_table
        elements = self.session.card.elements
        if table.rowCount() != len(elements):
            table.setRowCount(len(elements))
        for row, (e, ev) in enumerate(zip(elements, self.verdict.elements, strict=True)):
            values = [
                e.title,
                self.tr("{answered} of {total}").format(answered=e.answered, total=e.in_scope),
                f"{e.percent:.1f} %" if e.percent is not None else self.tr("no score"),
                verdict_words.short(ev.verdict),
                str(e.gaps),
                str(e.critical_gaps),
            ]
            for column, value in enumerate(values):
                item = table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    if column:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(row, column, item)
                item.setText(value)
                if column == 2:
                    item.setToolTip(e.formula)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height)

    # -- actions ------------------------------------------------------------------------------------------------

    def _sync(self) -> None:
        added = self.session.sync_actions()
        if added == 0:
            self.sync_note.setText(self.tr("Every gap already has an action: nothing added."))
        elif added == 1:
            self.sync_note.setText(self.tr("1 action added for a gap that had none."))
        else:
            self.sync_note.setText(self.tr("{n} actions added for gaps that had none.").format(n=added))
        self.refresh()

    def _show_refusal(self, message: str) -> None:
        self._error_palette()
        self.action_note.setText(message)
        self.action_note.setVisible(True)

    def _follow(self, table: QTableWidget, row: int, column: int) -> None:
        """Keep the current cell on screen: the tables grow to full height, so the page scrolls instead."""
        if row < 0 or column < 0:
            return
        rect = table.visualRect(table.model().index(row, column))
        inner = self.area.widget()
        if inner is None:
            return
        top_left = table.viewport().mapTo(inner, rect.topLeft())
        margin = rect.height()
        self.area.ensureVisible(top_left.x(), top_left.y() + rect.height() // 2, 0, margin)
