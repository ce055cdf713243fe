"""Find a question by id or by any word of its text or guidance, and jump to it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from assessor.ui.session import Session
from assessor.ui.triage_words import triage_words
from assessor.ui.widgets import named

LIMIT = 60


def matches(session: Session, query: str) -> list[str]:
    """Question ids whose id, text or guidance hold every word of ``query``; in scope first."""
    return [qid for qid, _where in matches_where(session, query)]


def matches_where(session: Session, query: str) -> list[tuple[str, set[str]]]:
    """As `matches`, each with where its words were found: some of "id", "text", "guidance"."""
    words = query.casefold().split()
    if not words:
        return []
    found = []
    for question in session.pack.questions():
        parts = {"id": question.id, "text": question.text, "guidance": question.guidance}
        parts = {name: hay.casefold() for name, hay in parts.items()}
        if all(any(word in hay for hay in parts.values()) for word in words):
            found.append((question.id, {name for name, hay in parts.items() if any(w in hay for w in words)}))
    return sorted(found, key=lambda hit: not session.in_scope(hit[0]))


def excerpt(text: str, query: str, around: int = 40) -> str:
    """The words around the first word of ``query`` found in ``text``, with "…" where it is cut."""
    folded = text.casefold()
    at = min((i for i in (folded.find(w) for w in query.casefold().split()) if i >= 0), default=0)
    start, end = max(0, at - around), min(len(text), at + around)
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return f"{'…' if start else ''}{' '.join(text[start:end].split())}{'…' if end < len(text) else ''}"


class SearchDialog(QDialog):
    """Type to filter; Enter or a double-click jumps to the question."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.chosen: str | None = None
        self.setWindowTitle(self.tr("Find a question"))
        named(self, self.tr("Find a question"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        self.query = named(QLineEdit(), self.tr("Words to find"))
        self.query.setPlaceholderText(self.tr("A question id (e.g. PR-03) or words from its text"))
        self.query.textChanged.connect(self._update)
        self.query.installEventFilter(self)
        self.results = named(QListWidget(), self.tr("Questions found"))
        self.results.setWordWrap(True)  # long questions wrap: nothing to scroll sideways for
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.results.itemActivated.connect(self._choose)
        self.status = QLabel()
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down moves into the results; Enter in the box takes the first (or selected) result."""
        if watched is self.query and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.results.currentItem() or self.results.item(0)
                if item is not None:
                    self._choose(item)
                return True
        return super().eventFilter(watched, event)

    def _update(self, query: str) -> None:
        self.results.clear()
        found = matches_where(self.session, query)
        for qid, where in found[:LIMIT]:
            question = self.session.pack.question(qid)
            element = self.session.pack.element_of(qid)
            why = self._why(where)
            if where == {"guidance"}:  # the guidance is not shown here: the words around the first word found
                why += ": " + excerpt(question.guidance, query)
            if not self.session.in_scope(qid):
                why += "\n" + self._out_of_scope(qid)
            item = QListWidgetItem(f"{qid} · {element.title} · {question.text}\n{why}")
            item.setData(Qt.ItemDataRole.UserRole, qid)
            item.setToolTip(question.text)
            if not self.session.in_scope(qid):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.results.addItem(item)
        self.results.setCurrentRow(0)
        more = f" ({self.tr('first')} {LIMIT})" if len(found) > LIMIT else ""
        self.status.setText(self.tr("{n} found").format(n=len(found)) + more if query.strip() else "")

    def _why(self, where: set[str]) -> str:
        names = {"id": self.tr("its id"), "text": self.tr("the question"), "guidance": self.tr("its guidance")}
        places = [names[part] for part in ("id", "text", "guidance") if part in where]
        return self.tr("Found in {places}").format(places=", ".join(places))

    def _out_of_scope(self, qid: str) -> str:
        """Why a question found is not asked: its tier, or the follow-up condition that does not hold."""
        question = self.session.pack.question(qid)
        if not question.in_scope_at(self.session.tier):
            return self.tr("Not asked at the {tier} tier: asked from the {first} tier up").format(
                tier=self.session.tier_name(), first=self.session.tier_name(question.min_tier)
            )
        if question.condition is not None:
            why = question.condition.describe(self.session.pack.label_of, triage_words())
            return self.tr("Not asked now: a follow-up, asked only when {condition}").format(condition=why)
        return self.tr("Not asked now")

    def _choose(self, item: QListWidgetItem) -> None:
        qid = item.data(Qt.ItemDataRole.UserRole)
        if self.session.in_scope(qid):
            self.chosen = qid
            self.accept()
