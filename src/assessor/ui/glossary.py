"""The glossary: the words the app and the report use, in plain words (Help ▸ Glossary, or a "?" beside a
term where it first appears on a page, which opens the glossary at that term).

The definitions follow PRODUCT.md §3–§4 and the report's Method section.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assessor.ui.widgets import named

GLOSSARY_SCHEME = "glossary"  # links "glossary:critical-gap" in rich text open the glossary at that term

# (key, term, definition): marked for lupdate here, translated when shown
TERMS = (
    (
        "tier",
        QT_TRANSLATE_NOOP("glossary", "Risk tier"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "Low, Moderate or High: how much could go wrong with the data you share, worked out from the twelve "
            "risk factors of the Risk profile page. The tier decides which questions are asked, which of them are "
            "essential, and the target each answer must reach: more risk, more questions and a higher bar.",
        ),
    ),
    (
        "provisional",
        QT_TRANSLATE_NOOP("glossary", "Provisional tier"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "The tier while some risk factors are not answered yet. Until a factor is answered it counts at its "
            "highest level, so the tier can only stay or go down as you answer. No reason is given that the "
            "answers do not support.",
        ),
    ),
    (
        "raised",
        QT_TRANSLATE_NOOP("glossary", "Raised tier"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "A tier set higher than the factors give, by the assessor, with a reason that the report prints beside "
            "the computed tier. A tier can be raised but never lowered by hand.",
        ),
    ),
    (
        "factor",
        QT_TRANSLATE_NOOP("glossary", "Risk factor"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "One of the twelve questions of the Risk profile (what is shared, how sensitive, with whom, where…), "
            "each answered at one of three levels about the most exposed activity in the assessment's scope.",
        ),
    ),
    (
        "essential",
        QT_TRANSLATE_NOOP("glossary", "Essential question"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "A question that must meet its target at this tier: a gap on it is a critical gap. A question becomes "
            "essential from a given tier upwards.",
        ),
    ),
    (
        "target",
        QT_TRANSLATE_NOOP("glossary", "Target"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "The level an answer must reach at this tier: 2 at Low, 3 at Moderate and High, and 4 for an "
            "essential question at High (a control for high-risk sharing reviewed within the last 12 months). "
            "A score is read against the target as a percentage (target level ÷ 4).",
        ),
    ),
    (
        "gap",
        QT_TRANSLATE_NOOP("glossary", "Gap"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "A question in scope whose answer is below the target, or that is not answered yet. Every gap can "
            "become an action in the action plan.",
        ),
    ),
    (
        "critical-gap",
        QT_TRANSLATE_NOOP("glossary", "Critical gap"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "A gap on an essential question: its answer is below the target or missing. Any critical gap means "
            "the assessment does not meet the tier's target, and its action is due soonest.",
        ),
    ),
    (
        "na",
        QT_TRANSLATE_NOOP("glossary", "N/A (not applicable)"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "The question does not apply to your institution. It needs a justification, which the report prints. "
            "An N/A answer is left out of the scores and is never a gap; an essential question marked N/A is "
            "listed for the board.",
        ),
    ),
    (
        "evidence",
        QT_TRANSLATE_NOOP("glossary", "Evidence"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "A document that shows an answer is true: a policy, minutes, a contract, a training record. The file "
            "stays where it is; the assessment records its name, size and fingerprint (SHA-256), so anyone can "
            "check later that it has not changed.",
        ),
    ),
    (
        "score",
        QT_TRANSLATE_NOOP("glossary", "Score"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "For a Core Element: the weighted mean of its answers as a percentage of the top level, unanswered "
            "questions counting 0 and N/A left out. The overall score is the mean of the element scores.",
        ),
    ),
    (
        "verdict",
        QT_TRANSLATE_NOOP("glossary", "Verdict"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "The headline, per Core Element and overall: Incomplete while any question is unanswered; Does not "
            "meet the tier's target with any critical gap; Meets the target with no critical gap and at least "
            "80 % of the applicable questions at or above target; Partly meets the target otherwise. The overall "
            "verdict is the worst element's.",
        ),
    ),
    (
        "action",
        QT_TRANSLATE_NOOP("glossary", "Action"),
        QT_TRANSLATE_NOOP(
            "glossary",
            "What will be done about a gap: a recommendation, a priority, an owner, a due date and a status. A "
            "critical action is due within the assessment period or 90 days of the report date, whichever is later.",
        ),
    ),
)


def _tr(text: object) -> str:  # object: QT_TRANSLATE_NOOP is typed as returning one
    return QCoreApplication.translate("glossary", str(text))


def term_keys() -> list[str]:
    return [key for key, _, _ in TERMS]


def term_name(key: str) -> str:
    return next(_tr(term) for k, term, _ in TERMS if k == key)


class Glossary(QDialog):
    """Every term on the left; its definition on the right. ``show_term`` opens it at one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Glossary"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.terms = named(QListWidget(), _tr("Terms"))
        for key, term, _ in TERMS:
            item = QListWidgetItem(_tr(term))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.terms.addItem(item)
        self.terms.setMaximumWidth(max(self.terms.sizeHintForColumn(0) + 32, 160))
        self.definition = named(QTextBrowser(), _tr("Definition"))
        row.addWidget(self.terms)
        row.addWidget(self.definition, 1)
        layout.addLayout(row, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.terms.currentRowChanged.connect(self._show_row)
        self.show_term("tier")

    def current_key(self) -> str:
        item = self.terms.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def show_term(self, key: str) -> None:
        keys = term_keys()
        self.terms.setCurrentRow(keys.index(key) if key in keys else 0)
        self.terms.setFocus()

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        _, term, definition = TERMS[row]
        self.definition.setHtml(f"<h3>{escape(_tr(term))}</h3><p>{escape(_tr(definition))}</p>")
        self.definition.setAccessibleDescription(_tr(definition))


def show_glossary(near: QWidget, key: str = "tier") -> Glossary:
    """Open (or bring back) the glossary of ``near``'s window at ``key``."""
    window = near.window()
    glossary = window.findChild(Glossary, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if glossary is None:
        glossary = Glossary(window)
    glossary.show_term(key)
    glossary.show()
    glossary.raise_()
    glossary.activateWindow()
    return glossary


def term_button(key: str) -> QToolButton:
    """A small "?" that opens the glossary at ``key``: put it beside the term where a page first uses it."""
    button = QToolButton()  # a "?" icon, not a caption: several sit on one page and none needs an Alt key
    button.setIcon(button.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarContextHelpButton))
    button.setAutoRaise(True)
    button.setProperty("role", "term")
    name = _tr("What “{term}” means").format(term=term_name(key))
    named(button, name)
    button.setToolTip(name)
    button.setObjectName(f"term:{key}")
    button.clicked.connect(lambda: show_glossary(button, key))
    return button


def with_terms(widget: QWidget, *keys: str) -> QHBoxLayout:
    """``widget`` (a heading, a line of text) followed by a "?" for each term it uses."""
    row = QHBoxLayout()
    row.setSpacing(2)
    row.addWidget(widget, 1 if isinstance(widget, QLabel) and widget.wordWrap() else 0)
    for key in keys:
        row.addWidget(term_button(key), 0, Qt.AlignmentFlag.AlignVCenter)
    if not (isinstance(widget, QLabel) and widget.wordWrap()):
        row.addStretch(1)
    return row


def terms_line(*keys: str) -> QLabel:
    """ "Words used here:" and a link per term, each opening the glossary at it (a paragraph: it wraps)."""
    links = " · ".join(f'<a href="{GLOSSARY_SCHEME}:{key}">{escape(term_name(key))}</a>' for key in keys)
    line = QLabel(f"{escape(_tr('Words used here:'))} {links}")
    line.setTextFormat(Qt.TextFormat.RichText)
    line.setWordWrap(True)
    line.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)  # links reached by Tab too
    line.setProperty("role", "muted")
    line.setProperty("terms", list(keys))
    named(line, _tr("Words used here:") + " " + ", ".join(term_name(k) for k in keys))
    line.linkActivated.connect(lambda href: show_glossary(line, href.split(":", 1)[-1]))
    return line
