"""Small pieces every page uses: named controls, headings, wrapped text, a scrolling page body."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QSize, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent  # an event class named loads Qt's event types: only when shown

W = TypeVar("W", bound=QWidget)


def set_enum(obj: QObject, name: str, key: str) -> None:
    """Set an enum (or flags) property of a Qt object by the name of its value: ``set_enum(label, "textFormat",
    "PlainText")`` for ``label.setTextFormat(Qt.TextFormat.PlainText)``.

    Code that runs before the first window is painted uses this: the first use of anything in ``Qt`` (the
    namespace of Qt's shared enums) makes PySide build all 94 of its enum classes, about 20 ms, which the window
    does not need to appear (tests/ui/test_start_loads.py keeps it so). Qt converts the name
    through the property's meta-enum, so flags take "A|B". A property or a name that does not exist is refused.
    """
    if not obj.setProperty(name, key):
        raise ValueError(f"{type(obj).__name__} has no enum property {name!r}, or it has no value {key!r}")


# Item data roles by number, for the first page's lists (a data role is a plain int to Qt; naming
# Qt.ItemDataRole would load the Qt namespace, see set_enum). tests/ui/test_theme.py checks them against Qt.
TEXT_ALIGNMENT_ROLE = 7  # Qt.ItemDataRole.TextAlignmentRole
ACCESSIBLE_TEXT_ROLE = 11  # Qt.ItemDataRole.AccessibleTextRole
USER_ROLE = 256  # Qt.ItemDataRole.UserRole
ALIGN_RIGHT_VCENTER = 0x0002 | 0x0080  # Qt.AlignmentFlag.AlignRight | AlignVCenter, as a TextAlignmentRole value


def named(widget: W, name: str, description: str = "") -> W:
    """Give a control the name a screen reader speaks (and tests look for)."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def text(content: str, *, rich: bool = False, selectable: bool = True, role: str = "") -> QLabel:
    """A wrapped paragraph. ``role`` sets a style class (see theme.py): muted, quote, heading…

    Fixed text can be selected (and so carries an accessible name); a label made empty, for text
    set later (a status line), cannot.
    """
    label = QLabel(content)
    label.setWordWrap(True)
    set_enum(label, "textFormat", "RichText" if rich else "PlainText")
    if selectable and content:  # selectable text takes click focus: it needs a name a screen reader can speak
        set_enum(label, "textInteractionFlags", "TextSelectableByMouse")
        label.setAccessibleName(content[:200])
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)  # a wrapped label is as tall as its text at the width it gets
    label.setSizePolicy(policy)
    if role:
        label.setProperty("role", role)
    return label


def heading(content: str, level: int = 1) -> QLabel:
    """A page (1) or section (2) heading, sized relative to the system font."""
    label = text(content, selectable=False, role=f"h{level}")
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * (1.6 if level == 1 else 1.2))
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(content)
    return label


def short_lines(content: str, width: int = 72) -> str:
    """Text for a control that cannot wrap (a radio button): broken at word boundaries into lines of at most
    ``width`` characters, so a long label never makes the page wider than the window."""
    return "\n".join(textwrap.wrap(content, width, break_long_words=False, break_on_hyphens=False)) or content


class PageBody(QWidget):
    """A page's content in a scroll area: as tall as its content at the width it gets, never taller.

    A layout's minimum height adds up every wrapped paragraph at its narrowest width; the scroll area
    would make the page that tall, leaving an empty tail below the content at any real width.
    """

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            return QSize(hint.width(), 0)  # the scroll area asks heightForWidth(its width) instead
        return hint


def scroll_body(parent: QWidget | None = None) -> tuple[QScrollArea, QVBoxLayout]:
    """A vertically scrolling area; add the page's content to the returned layout."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    set_enum(area, "focusPolicy", "NoFocus")
    inner = PageBody()
    inner.setObjectName("pageBody")
    layout = QVBoxLayout(inner)
    layout.setContentsMargins(28, 20, 28, 28)
    layout.setSpacing(12)
    area.setWidget(inner)
    return area, layout


class RefreshWhenShown:
    """For pages that rebuild from the session: at once while on screen, else when next shown.

    Typing on one page then never pays for rebuilding the others. Mix in before QWidget and
    connect the session's signals to ``_on_change``.
    """

    _stale = True

    def refresh(self) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self.refresh()

    def _on_change(self) -> None:
        if self.isVisible():  # type: ignore[attr-defined]
            self.refresh()
        else:
            self._stale = True


def card_frame(object_name: str = "card") -> QFrame:
    """A bordered panel (a question, a factor) styled by theme.py."""
    frame = QFrame()
    frame.setObjectName(object_name)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    return frame


class NavRow(QWidget):
    """Back and Next at the end of a page; the workspace connects ``moved`` (-1 or +1) and hides the
    button that leads nowhere (Back on the first page, Next on the last)."""

    moved = Signal(int)
    NAME = "navRow"  # its object name: found by name, Qt looks through a page's widgets without Python

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 12, 0, 0)
        self.back = named(QPushButton(self.tr("← &Back")), self.tr("Back to the previous page"))
        self.next = named(QPushButton(self.tr("&Next →")), self.tr("Next page"))
        self.next.setProperty("role", "primary")
        # the page changes once the click is over: a screen reader's "press" returns before the page it came
        # from is hidden and the next one built
        self.back.clicked.connect(lambda: QTimer.singleShot(0, lambda: self.moved.emit(-1)))
        self.next.clicked.connect(lambda: QTimer.singleShot(0, lambda: self.moved.emit(1)))
        row.addWidget(self.back)
        row.addStretch(1)
        row.addWidget(self.next)

    def set_ends(self, *, first: bool, last: bool) -> None:
        self.back.setVisible(not first)
        self.next.setVisible(not last)
