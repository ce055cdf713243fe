"""Review: what is left before the report, each entry one keypress away from its question.

The verdict against the tier's target heads the page. Then seven lists, each under a heading with
its count: critical gaps, unanswered questions, questions flagged for review, N/A answers without a
justification, and what the report's summary shows the board (``core/board_lists.py``): essential
questions marked N/A, critical actions without an owner, critical actions due after the period or
90 days from today. Activating an entry (double-click or Enter) emits ``jump`` with the question
id; the main window opens that question.

The lists are rebuilt when the page is shown and on changes while it is visible only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from assessor.core.board_lists import board_lists
from assessor.core.forms.models import CoreElement, Question
from assessor.core.scoring import sync_actions
from assessor.core.verdict import verdict_of
from assessor.ui import verdict_words
from assessor.ui.glossary import with_terms
from assessor.ui.session import Session
from assessor.ui.widgets import NavRow, RefreshWhenShown, heading, named, scroll_body, text

SECTIONS = ("critical", "unanswered", "flagged", "na", "essential_na", "no_owner", "late")
SECTION_TERMS = {"critical": "critical-gap", "na": "na", "essential_na": "essential"}  # a "?" opens the glossary
MAX_TEXT = 90  # characters of question text shown in an entry
MAX_VISIBLE_ROWS = 10  # a longer list scrolls inside itself
QID_ROLE = Qt.ItemDataRole.UserRole


def shorten(sentence: str, limit: int = MAX_TEXT) -> str:
    """The sentence, cut at a word boundary with an ellipsis when longer than ``limit`` characters."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= limit:
        return sentence
    cut = sentence[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:.") + "…"


@dataclass
class _Section:
    title: str
    empty: str
    heading: QLabel
    list: QListWidget
    none: QLabel


class ReviewPage(RefreshWhenShown, QWidget):
    jump = Signal(str)  # a question id

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stale = True
        self._questions: dict[str, tuple[Question, CoreElement]] = {
            q.id: (q, e) for e in session.pack.elements for q in e.questions
        }
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        area, body = scroll_body(self)
        outer.addWidget(area)
        body.addWidget(heading(self.tr("Review")))
        self.verdict_label = heading("", 2)
        body.addLayout(with_terms(self.verdict_label, "verdict"))
        self.summary = text("")
        body.addWidget(self.summary)
        self.status = text("", role="muted")
        body.addWidget(self.status)
        body.addWidget(
            text(self.tr("Press Enter or double-click an entry to open its question."), role="muted", selectable=False)
        )
        titles = {
            "critical": (self.tr("Critical gaps"), self.tr("No critical gap.")),
            "unanswered": (self.tr("Unanswered"), self.tr("Nothing unanswered.")),
            "flagged": (self.tr("Flagged for review"), self.tr("Nothing flagged for review.")),
            "na": (self.tr("N/A without a justification"), self.tr("Every N/A answer is justified.")),
            "essential_na": (
                self.tr("Essential questions marked N/A (listed for the board)"),
                self.tr("No essential question is marked N/A."),
            ),
            "no_owner": (
                self.tr("Critical actions without an owner"),
                self.tr("Every critical action has an owner."),
            ),
            "late": (
                self.tr("Critical actions due too late or without a due date"),
                self.tr("Every critical action is due in time."),
            ),
        }
        self._sections: dict[str, _Section] = {}
        for name in SECTIONS:
            title, empty = titles[name]
            section = _Section(title, empty, heading(title, 2), self._make_list(title), text(empty, role="muted"))
            if name in SECTION_TERMS:
                body.addLayout(with_terms(section.heading, SECTION_TERMS[name]))
            else:
                body.addWidget(section.heading)
            for widget in (section.list, section.none):
                body.addWidget(widget)
            self._sections[name] = section
        body.addStretch(1)
        body.addWidget(NavRow())
        session.changed.connect(self._on_change)
        session.scope_changed.connect(self._on_change)
        self.refresh()

    def _make_list(self, title: str) -> QListWidget:
        widget = QListWidget()
        named(widget, title)
        widget.setUniformItemSizes(True)
        widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setTextElideMode(Qt.TextElideMode.ElideRight)
        widget.itemActivated.connect(self._activated)
        return widget

    # -- reading ------------------------------------------------------------------------------------------------

    def section_items(self, name: str) -> list[str]:
        """The question ids listed in a section: "critical", "unanswered", "flagged" or "na"."""
        return self._ids_of(self._sections[name].list)

    def section_list(self, name: str) -> QListWidget:
        return self._sections[name].list

    def _contents(self) -> dict[str, list[str]]:
        card = self.session.card
        in_scope = list(card.questions)  # pack order
        answers = {qid: self.session.answer(qid) for qid in in_scope}
        # the plan as the report prints it: the user's actions and one for every gap without one
        planned = self.session.assessment.model_copy(deep=True)
        sync_actions(self.session.pack, planned, card)
        lists = board_lists(self.session.assessment, card, planned.actions, dt.date.today())
        self.due_by = lists.due_by

        def asked(qids: list[str]) -> list[str]:  # an action of the user's own may name no question
            return list(dict.fromkeys(q for q in qids if q in self._questions))

        return {
            "critical": [qid for qid in in_scope if card.questions[qid].critical],
            "unanswered": [qid for qid in in_scope if card.questions[qid].unanswered],
            "flagged": [qid for qid in in_scope if answers[qid].flagged],
            "na": [qid for qid in in_scope if answers[qid].na and not answers[qid].na_justification.strip()],
            "essential_na": [x.question_id for x in lists.essential_na],
            "no_owner": asked([a.question_id for a in lists.no_owner]),
            "late": asked([x.action.question_id for x in lists.too_late]),
        }

    # -- refreshing -------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._stale = False
        contents = self._contents()
        for name, qids in contents.items():
            self._fill(self._sections[name], qids)
        card = self.session.card
        verdict = verdict_of(card)
        self.verdict_label.setText(verdict_words.full(verdict, self.session.tier_name()))
        self.verdict_label.setAccessibleName(self.verdict_label.text())
        late = self._sections["late"]
        late.heading.setToolTip(
            self.tr(
                "Due after {date}: the end of the assessment period or 90 days from today, whichever is later."
            ).format(date=self.due_by.isoformat())
        )
        total = len(card.questions)
        answered = sum(r.answered for r in card.questions.values())
        critical = len(contents["critical"])
        gaps = self.tr("1 critical gap") if critical == 1 else self.tr("{n} critical gaps").format(n=critical)
        self.summary.setText(
            self.tr("{answered} of {total} questions answered at the {tier} tier · {gaps}").format(
                answered=answered, total=total, tier=self.session.tier_name(), gaps=gaps
            )
        )
        self.status.setText(self._status(len(contents["unanswered"]), len(contents["na"]), len(contents["flagged"])))

    def _status(self, unanswered: int, na: int, flagged: int) -> str:
        if not unanswered and not na:
            ready = self.tr("Ready for the report: every question is answered and every N/A is justified.")
            if flagged:
                ready += " " + self._count(flagged, self.tr("1 question is"), self.tr("{n} questions are"))
                ready += " " + self.tr("still flagged for another look.")
            return ready
        remaining = []
        if unanswered:
            remaining.append(
                self._count(unanswered, self.tr("1 question to answer"), self.tr("{n} questions to answer"))
            )
        if na:
            remaining.append(
                self._count(na, self.tr("1 N/A to justify"), self.tr("{n} N/A answers to justify")),
            )
        return self.tr("Still to do: {items}.").format(items=self.tr(" and ").join(remaining))

    def _count(self, n: int, one: str, many: str) -> str:
        return one if n == 1 else many.format(n=n)

    def _fill(self, section: _Section, qids: list[str]) -> None:
        widget = section.list
        current = widget.currentItem()
        keep = str(current.data(QID_ROLE)) if current is not None else None
        if qids != self._ids_of(widget):
            widget.clear()
            for qid in qids:
                question, element = self._questions[qid]
                item = QListWidgetItem(f"{qid} · {element.title} · {shorten(question.text)}")
                item.setData(QID_ROLE, qid)
                item.setToolTip(question.text)
                widget.addItem(item)
            if keep in qids:
                widget.setCurrentRow(qids.index(keep))
        count = len(qids)
        section.heading.setText(f"{section.title} ({count})")
        section.heading.setAccessibleName(section.heading.text())
        widget.setAccessibleDescription(
            self._count(count, self.tr("1 question."), self.tr("{n} questions.")) + " " + self.tr("Enter opens one.")
        )
        widget.setVisible(count > 0)
        section.none.setVisible(count == 0)
        if count:
            rows = min(count, MAX_VISIBLE_ROWS)
            widget.setFixedHeight(rows * max(widget.sizeHintForRow(0), 1) + 2 * widget.frameWidth() + 2)

    def _ids_of(self, widget: QListWidget) -> list[str]:
        return [str(widget.item(row).data(QID_ROLE)) for row in range(widget.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        qid = item.data(QID_ROLE)
        if qid:
            self.jump.emit(str(qid))
