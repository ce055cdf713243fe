"""The action plan as an editable table: owner, due date and status of each action.

Rows are shown by priority (critical first) then question id, and each row remembers the id of
its action, so an edit always lands on the right action whatever the order in the file.

Keyboard: Tab enters and leaves the table; the arrows move between cells; F2 or typing edits the
Owner and Due cells (Enter keeps, Escape cancels). In the Status column the status list takes the
focus: the arrows still move between cells, Space, F4 or Alt+Down opens the list, and typing the
first letter of a status picks it.

The status lists lie over the Status column, not in it, so that a screen reader finds them (status_lists.py);
each is named "Status of action A-TR-03: TR-03, …", and the cell underneath holds the status as text too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QHideEvent, QKeyEvent, QMoveEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from assessor.core.assessment import Action, ActionStatus, Assessment, Priority
from assessor.core.scoring import PRIORITY_ORDER
from assessor.ui.pages.due_editor import DueDelegate
from assessor.ui.pages.status_lists import cell_for_key, holder, place_over_cells
from assessor.ui.session import Session
from assessor.ui.widgets import named

PRIORITY, QUESTION, RECOMMENDATION, OWNER, DUE, STATUS = range(6)
DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ID_ROLE = Qt.ItemDataRole.UserRole
OWNER_MAX = 300  # as in the file format (Action.owner)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActionTable", text)


def status_labels() -> dict[ActionStatus, str]:
    return {
        ActionStatus.OPEN: _tr("Open"),
        ActionStatus.IN_PROGRESS: _tr("In progress"),
        ActionStatus.DONE: _tr("Done"),
        ActionStatus.WONT_DO: _tr("Won't do"),
    }


def priority_labels() -> dict[Priority, str]:
    return {
        Priority.CRITICAL: _tr("Critical"),
        Priority.HIGH: _tr("High"),
        Priority.MEDIUM: _tr("Medium"),
        Priority.LOW: _tr("Low"),
    }


def valid_due(text: str) -> bool:
    """Empty (no date) or a real calendar date written YYYY-MM-DD."""
    if not text:
        return True
    if not DATE_PATTERN.match(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def display_order(actions: list[Action]) -> list[Action]:
    rank = {p: i for i, p in enumerate(PRIORITY_ORDER)}
    return sorted(actions, key=lambda a: (rank.get(a.priority, len(rank)), a.question_id, a.id))


class ActionTable(QTableWidget):
    refused = Signal(str)  # an edit was not kept; the message says why
    edited = Signal()  # an edit was kept

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.session = session
        self._ids: list[str] = []
        self._combos: dict[str, QComboBox] = {}
        self._filling = False
        self._pending = False
        self.setHorizontalHeaderLabels(
            [
                self.tr("Priority"),
                self.tr("Question"),
                self.tr("Recommendation"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Status"),
            ]
        )
        named(
            self,
            self.tr("Action plan"),
            self.tr("One row per action. Arrows move between cells; F2 or typing edits the owner and the due date."),
        )
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setWordWrap(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        for column in (PRIORITY, QUESTION, OWNER, DUE, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RECOMMENDATION, QHeaderView.ResizeMode.Stretch)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit)
        self.itemChanged.connect(self._on_item_changed)
        self.itemDelegate().closeEditor.connect(self._after_editor)
        self._due_delegate = DueDelegate(self)
        self.setItemDelegateForColumn(DUE, self._due_delegate)
        self._due_delegate.closeEditor.connect(self._after_editor)
        header.sectionResized.connect(lambda *_: self._place_combos())
        self._apply_read_only()
        self.refresh()

    # -- reading ------------------------------------------------------------------------------------------------

    def action_ids(self) -> list[str]:
        """The action id shown on each row, top to bottom."""
        return list(self._ids)

    def row_of(self, action_id: str) -> int:
        return self._ids.index(action_id)

    def status_combo(self, row: int) -> QComboBox:
        return self._combos[self._ids[row]]

    def _action(self, assessment: Assessment, action_id: str) -> Action:
        return next(a for a in assessment.actions if a.id == action_id)

    # -- filling --------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the plan as it stands: rebuild when the actions changed, otherwise update in place."""
        actions = display_order(list(self.session.assessment.actions))
        if [a.id for a in actions] == self._ids:
            self._update(actions)
        elif self.state() == QAbstractItemView.State.EditingState:
            self._pending = True  # rebuilt when the editor closes: the user's typing is never lost
        else:
            self._rebuild(actions)

    def _rebuild(self, actions: list[Action]) -> None:
        current = self.currentRow(), self.currentColumn()
        current_id = self._ids[current[0]] if 0 <= current[0] < len(self._ids) else None
        focus = QApplication.focusWidget()
        inside = focus is not None and (focus is self or self.isAncestorOf(focus))
        self._filling = True
        try:
            for combo in self._combos.values():
                combo.deleteLater()
            self._combos.clear()
            self.clearContents()
            self.setRowCount(len(actions))
            self._ids = [a.id for a in actions]
            editable = not self.session.read_only
            for row, action in enumerate(actions):
                for column in (PRIORITY, QUESTION, RECOMMENDATION, OWNER, DUE, STATUS):
                    item = QTableWidgetItem()
                    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                    if editable and column in (OWNER, DUE):
                        flags |= Qt.ItemFlag.ItemIsEditable
                    item.setFlags(flags)
                    item.setData(ID_ROLE, action.id)
                    self.setItem(row, column, item)
                self._make_combo(action)
            self._update(actions)
        finally:
            self._filling = False
        if inside and current_id in self._ids:  # moving the current cell may move the focus: only when it is here
            self.setCurrentCell(self._ids.index(current_id), max(current[1], 0))
        self._fit_timer.start()
        self._place_combos()

    def _update(self, actions: list[Action]) -> None:
        editing = (
            (self.currentRow(), self.currentColumn()) if self.state() == QAbstractItemView.State.EditingState else None
        )
        priorities = priority_labels()
        self._filling = True
        try:
            for row, action in enumerate(actions):
                values = {
                    PRIORITY: priorities.get(action.priority, str(action.priority)),
                    QUESTION: action.question_id,
                    RECOMMENDATION: action.recommendation,
                    OWNER: action.owner,
                    DUE: action.due,
                }
                for column, value in values.items():
                    item = self.item(row, column)
                    if item is None or (row, column) == editing:
                        continue
                    item.setText(value)  # unchanged text is not re-set by Qt: an open editor keeps its text
                item = self.item(row, RECOMMENDATION)
                if item is not None:
                    item.setToolTip(action.recommendation)
                combo = self._combos.get(action.id)
                if combo is not None:
                    index = combo.findData(action.status.value)
                    if index != combo.currentIndex():
                        combo.blockSignals(True)
                        combo.setCurrentIndex(index)
                        combo.blockSignals(False)
                    combo.setAccessibleName(self._status_name(action))
                item = self.item(row, STATUS)
                if item is not None:  # under the list: read by a screen reader going through the cells
                    item.setText(status_labels().get(action.status, str(action.status)))
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{self._status_name(action)}: {item.text()}")
        finally:
            self._filling = False

    def _status_name(self, action: Action) -> str:
        words = action.recommendation if len(action.recommendation) <= 80 else f"{action.recommendation[:79]}…"
        return self.tr("Status of action {id}: {question}, {recommendation}").format(
            id=action.id, question=action.question_id, recommendation=words
        )

    def _make_combo(self, action: Action) -> QComboBox:
        combo = QComboBox(holder(self))
        for status, label in status_labels().items():
            combo.addItem(label, status.value)
        combo.setCurrentIndex(combo.findData(action.status.value))
        combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # reached with the arrows, not with Tab
        combo.setEnabled(not self.session.read_only)
        named(
            combo,
            self._status_name(action),
            self.tr("Space opens the list of statuses; the arrows move to other cells."),
        )
        combo.installEventFilter(self)
        action_id = action.id
        combo.currentIndexChanged.connect(lambda _i, c=combo, a=action_id: self._on_status(a, c))
        self._combos[action.id] = combo
        return combo

    def _apply_read_only(self) -> None:
        if self.session.read_only:
            self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        else:
            self.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )

    def _fit(self) -> None:
        """Grow to show every row: the page scrolls, not the table. A row is one or two lines (a longer
        recommendation ends in "…", whole in its tooltip), never taller than two lines or its status list."""
        self.resizeRowsToContents()
        lines = self.fontMetrics().lineSpacing() * 2 + 8
        for row in range(self.rowCount()):
            combo = self.cellWidget(row, STATUS)
            tallest = max(lines, combo.sizeHint().height() if combo is not None else 0)
            if self.rowHeight(row) > tallest:
                self.setRowHeight(row, tallest)
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(row) for row in range(self.rowCount()))
        self.setFixedHeight(height + 2)
        self._place_combos()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_timer.start()  # the recommendations wrap differently
        self._place_combos()

    # -- the status lists, over their cells -------------------------------------------------------------------------

    def _place_combos(self) -> None:
        place_over_cells(self, STATUS, [self._combos.get(action_id) for action_id in self._ids])

    def sizeHintForColumn(self, column: int) -> int:
        """The Status column is as wide as its lists (they are not in the cells for Qt to measure)."""
        width = super().sizeHintForColumn(column)
        if column == STATUS and self._combos:
            width = max(width, *(combo.sizeHint().width() + 2 for combo in self._combos.values()))
        return width

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        self._place_combos()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._place_combos()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        for combo in self._combos.values():
            combo.hide()

    def currentChanged(
        self, current: QModelIndex | QPersistentModelIndex, previous: QModelIndex | QPersistentModelIndex
    ) -> None:
        """In the Status column the status list takes the keyboard (as Qt does for a widget in a cell)."""
        super().currentChanged(current, previous)
        if current.column() == STATUS and 0 <= current.row() < len(self._ids) and self.hasFocus():
            combo = self._combos.get(self._ids[current.row()])
            if combo is not None and combo.isVisible():
                combo.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- editing --------------------------------------------------------------------------------------------------

    def _change(self, action_id: str, apply: Callable[[Action], None]) -> None:
        self.session.edit_actions(lambda a: apply(self._action(a, action_id)))
        self.edited.emit()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.session.read_only:
            return
        action_id = str(item.data(ID_ROLE))
        try:
            action = self._action(self.session.assessment, action_id)
        except StopIteration:
            return
        column = item.column()
        value = item.text().strip()
        if column == OWNER:
            if len(value) > OWNER_MAX:
                self._revert(item, action.owner)
                self.refused.emit(
                    self.tr("An owner is at most {n} characters; the owner was not changed.").format(n=OWNER_MAX)
                )
            elif value != action.owner:
                self._change(action_id, lambda a: setattr(a, "owner", value))
        elif column == DUE:
            if not valid_due(value):
                self._revert(item, action.due)
                self.refused.emit(
                    self.tr(
                        "“{text}” is not a date. Write the due date as YYYY-MM-DD, for example {example}; "
                        "the due date of {id} was not changed."
                    ).format(
                        text=value,
                        example=f"{dt.date.today().year}-12-31",
                        id=action_id,
                    )
                )
            elif value != action.due:
                self._change(action_id, lambda a: setattr(a, "due", value))

    def _revert(self, item: QTableWidgetItem, text: str) -> None:
        self._filling = True
        try:
            item.setText(text)
        finally:
            self._filling = False

    def _on_status(self, action_id: str, combo: QComboBox) -> None:
        if self._filling or self.session.read_only:
            return
        status = ActionStatus(str(combo.currentData()))
        self._change(action_id, lambda a: setattr(a, "status", status))

    def _after_editor(self) -> None:
        if self._pending:
            self._pending = False
            QTimer.singleShot(0, self, self.refresh)

    # -- keyboard in the status column ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QComboBox)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self._combo_key(watched, event)
        ):
            return True
        return super().eventFilter(watched, event)

    def _combo_key(self, combo: QComboBox, event: QKeyEvent) -> bool:
        """Arrows move to other cells and Tab leaves the table; the list opens with Space, F4 or Alt+Down."""
        if event.modifiers() & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier):
            return False
        row = next((r for r, aid in enumerate(self._ids) if self._combos.get(aid) is combo), -1)
        if row < 0:
            return False
        key = Qt.Key(event.key())
        target = cell_for_key(key, row, self.rowCount(), STATUS, DUE)
        if target is not None:
            target_row, target_column = target
            if 0 <= target_row < self.rowCount() and (target_row, target_column) != (row, STATUS):
                self.setCurrentCell(target_row, target_column)
                if target_column != STATUS:
                    self.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            self.focusNextPrevChild(key == Qt.Key.Key_Tab)
            return True
        return False
