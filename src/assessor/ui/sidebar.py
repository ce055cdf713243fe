"""The sidebar: every step and every Core Element, with progress (answered / in scope), and the
verdict against the tier's target beside Results ("Incomplete" while any question is unanswered)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from assessor.core.verdict import Verdict, verdict_of
from assessor.ui import verdict_words
from assessor.ui.session import Session
from assessor.ui.widgets import (
    ACCESSIBLE_TEXT_ROLE,
    ALIGN_RIGHT_VCENTER,
    TEXT_ALIGNMENT_ROLE,
    USER_ROLE,
    named,
    set_enum,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex

KEY = USER_ROLE
SPOKEN = ACCESSIBLE_TEXT_ROLE  # what a screen reader reads for a cell, when not its text


def element_key(element_id: str) -> str:
    return f"element:{element_id}"


class Sidebar(QTreeWidget):
    """Nothing here names ``Qt``, the namespace of Qt's shared enums (about 20 ms to build, widgets.set_enum): an
    opened file's first page shows without it."""

    page_chosen = Signal(str)  # a page key

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        named(self, self.tr("Steps of the assessment"))
        self.session = session
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self.setUniformRowHeights(False)  # a long element title takes two lines
        set_enum(self, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.items: dict[str, QTreeWidgetItem] = {}
        self._add(None, "institution", self.tr("1  Institution and scope"))
        self._add(None, "risk", self.tr("2  Risk profile"))
        elements = self._add(None, "elements", self.tr("3  Core Elements"))  # never selected: selectionCommand
        room = self._element_room()
        for element in session.pack.elements:
            self._add(elements, element_key(element.id), self._two_lines(f"{element.order}. {element.title}", room))
        self._add(None, "review", self.tr("4  Review"))
        self._add(None, "results", self.tr("5  Results and action plan"))
        self._add(None, "report", self.tr("6  Report and signature"))
        self.expandAll()
        self.setMinimumWidth(self.preferred_width())  # nothing beside it (a toolbar, a page) squeezes it
        self.currentItemChanged.connect(self._chosen)
        self.itemClicked.connect(self._heading_used)
        self.itemActivated.connect(self._heading_used)
        session.changed.connect(self.update_progress)
        self.update_progress()

    def _add(self, parent: QTreeWidgetItem | None, key: str, label: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([label, ""])
        item.setToolTip(0, label)
        item.setData(0, KEY, key)
        item.setData(1, TEXT_ALIGNMENT_ROLE, ALIGN_RIGHT_VCENTER)  # the counts, right-aligned
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        self.items[key] = item
        return item

    def selectionCommand(
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        """The "Core Elements" row is a heading: it can be the current row (arrows pass over it, a click or Enter
        opens its first element) but is never selected, so the selection always shows the page on screen."""
        if index.isValid() and index.data(KEY) == "elements":
            return QItemSelectionModel.SelectionFlag.NoUpdate
        return super().selectionCommand(index, event)

    def _chosen(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is not None and current.data(0, KEY) != "elements":
            self.page_chosen.emit(current.data(0, KEY))

    def _heading_used(self, item: QTreeWidgetItem) -> None:
        """The "Core Elements" row, clicked or activated with Enter: its first element."""
        first = item.child(0) if item.data(0, KEY) == "elements" else None
        if first is not None:
            self.page_chosen.emit(first.data(0, KEY))

    def select(self, key: str) -> None:
        item = self.items.get(key)
        if item is not None and self.currentItem() is not item:
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)

    def _label_width(self) -> int:
        """The width of the labels' column: the longest step's name, and at least 20 average characters."""
        metrics = self.fontMetrics()
        steps = (self.tr("1  Institution and scope"), self.tr("5  Results and action plan"))
        return max(metrics.averageCharWidth() * 20, *(metrics.horizontalAdvance(s) for s in steps))

    def _element_room(self) -> int:
        """The width an element's title has: the labels' column, and what its short count ("16/16") leaves of
        the counts' column."""
        metrics = self.fontMetrics()
        counts = max(metrics.horizontalAdvance(verdict_words.short(v)) for v in Verdict)
        return self._label_width() + max(counts - metrics.horizontalAdvance("120/120"), 0) - self.indentation()

    def _two_lines(self, label: str, room: int) -> str:
        """An element title longer than ``room``, broken at a word into two lines (never cut)."""
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(label) <= room:
            return label
        words = label.split(" ")
        for cut in range(len(words) - 1, 0, -1):
            first = " ".join(words[:cut])
            if metrics.horizontalAdvance(first) <= room:
                return f"{first}\n    {' '.join(words[cut:])}"
        return label

    def preferred_width(self) -> int:
        """Wide enough for every label (long element titles take two lines) and its count, in the user's
        font: the same on every page, in every language the labels fit."""
        metrics = self.fontMetrics()
        longest = max(
            metrics.horizontalAdvance(line) + (self.indentation() if item.parent() else 0)
            for item in self.items.values()
            for line in item.text(0).split("\n")
        )
        counts = ("120/120", *(verdict_words.short(v) for v in Verdict))
        # the scroll bar's width from its size hint (the style's scroll bar extent): asking the style would load
        # QStyle's eleven enum classes, about 5 ms of opening a file
        frame = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        return longest + max(metrics.horizontalAdvance(c) for c in counts) + frame + 28

    def page_keys(self) -> list[str]:
        """The pages in order (what previous/next walk through)."""
        return [k for k in self.items if k != "elements"]

    def update_progress(self) -> None:
        card = self.session.card
        total_in, total_done = 0, 0
        for element in card.elements:
            item = self.items[element_key(element.element_id)]
            done = f"{element.answered}/{element.in_scope}"
            item.setText(1, done)
            self._speak(
                item, self.tr("{done} of {total} answered").format(done=element.answered, total=element.in_scope)
            )
            complete = element.in_scope > 0 and element.answered == element.in_scope
            item.setToolTip(0, self.tr("{done} questions answered").format(done=done))
            font = item.font(1)
            font.setBold(complete)
            item.setFont(1, font)
            total_in += element.in_scope
            total_done += element.answered
        self.items["elements"].setText(1, f"{total_done}/{total_in}")
        self._speak(
            self.items["elements"], self.tr("{done} of {total} answered").format(done=total_done, total=total_in)
        )
        factors = len(self.session.pack.triage.factors)
        set_factors = factors - len(card.triage.unanswered)
        self.items["risk"].setText(1, f"{set_factors}/{factors}")
        self._speak(
            self.items["risk"], self.tr("{done} of {total} factors set").format(done=set_factors, total=factors)
        )
        if card.triage.provisional:  # unanswered factors count at their highest level: the tier may still go down
            tip = self.tr("{tier} tier (provisional until every factor is answered)")
        else:
            tip = self.tr("{tier} tier")
        self.items["risk"].setToolTip(0, tip.format(tier=self.session.tier_name()))
        critical = len(card.critical_gaps())
        self.items["review"].setText(1, self.tr("{n} critical").format(n=critical) if critical else "")
        self._speak(self.items["review"], self.tr("%n critical gap(s)", "", critical) if critical else "")
        verdict = verdict_of(card)
        results = self.items["results"]
        results.setText(1, verdict_words.short(verdict.verdict))
        results.setToolTip(0, verdict_words.full(verdict, self.session.tier_name()))
        results.setToolTip(1, results.toolTip(0))
        self._speak(results, results.text(1))

    @staticmethod
    def _speak(item: QTreeWidgetItem, progress: str) -> None:
        """Read the row as "1. Transparency, 3 of 9 answered" and its count as "3 of 9 answered", not "3/9"."""
        spoken = f"{item.text(0)}, {progress}" if progress else item.text(0)
        if item.data(0, SPOKEN) != spoken:
            item.setData(0, SPOKEN, spoken)
            item.setData(1, SPOKEN, progress)
