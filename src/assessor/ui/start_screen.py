"""The start screen: new assessment, open, recent files, unsaved work to recover, and the demos."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from assessor import __version__
from assessor.core.recovery import Recoverable, pending_recoveries
from assessor.core.tiers import TIERS_IN_ORDER, Tier
from assessor.ui.recent import Recent, recent_entries
from assessor.ui.short_text import cut_at_word
from assessor.ui.widgets import heading, named, set_enum, text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget  # loaded with the first list shown: its classes' enums cost ~1.5 ms

RECENT_NAME_CHARS = 80  # of an institution's name in a recent file's row


class StartScreen(QFrame):  # a frame: the stylesheet's background is drawn for it without a widget attribute
    """Nothing here names ``Qt`` (the namespace of Qt's shared enums): building it costs about 20 ms, which the
    first window does without (widgets.set_enum). What a row stands for is kept in a list beside the list widget,
    not in the items' data roles."""

    new_requested = Signal()
    open_requested = Signal()  # choose a file
    open_path = Signal(str)
    demo_requested = Signal(str)  # a tier
    recover_requested = Signal(object)  # a Recoverable
    discard_requested = Signal(object)  # a Recoverable

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        self._recent_paths: list[str] = []  # row by row, what recent_list shows
        self._recoverables: list[Recoverable] = []  # row by row, what recovery_list shows
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        outer.addLayout(column, 4)
        outer.addStretch(1)

        column.addSpacing(24)
        column.addWidget(heading(self.tr("GA4GH Framework self-assessment")))
        column.addWidget(
            text(
                self.tr(
                    "Assess how your institution shares genomic and health-related data against the ten Core "
                    "Elements of the GA4GH Framework for Responsible Sharing of Genomic and Health-Related Data. "
                    "The questions asked follow the risk of what you share; the result is a report an ethics "
                    "board can read on paper, sign and check."
                ),
                role="muted",
                selectable=False,  # nothing here to copy; selectable labels also cost start-up time
            )
        )

        buttons = QHBoxLayout()
        self.new_button = named(QPushButton(self.tr("&New assessment")), self.tr("New assessment"))
        self.new_button.setProperty("role", "primary")
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = named(QPushButton(self.tr("&Open…")), self.tr("Open an assessment or a signed report"))
        self.open_button.clicked.connect(self.open_requested)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        column.addLayout(buttons)

        # the banner of work to recover and the list of recent files are built when there is something to list
        # (refresh): a first start shows neither
        self.recovery_frame: QFrame | None = None
        self._recent_list: QListWidget | None = None
        self.recent_heading = heading(self.tr("Recent files"), 2)
        column.addWidget(self.recent_heading)
        self.no_recent = text(self.tr("No recent files yet."), role="muted", selectable=False)
        column.addWidget(self.no_recent)
        self._column = column

        column.addWidget(heading(self.tr("Try it with a demo"), 2))
        demo_row = QHBoxLayout()
        # one button a tier (a click opens that demo): a drop-down and an Open button cost 4 to 5 ms more to build
        # before the window first shows (the drop-down's list and its style), and a step more to use
        demos = {
            Tier.LOW: (self.tr("&Low tier"), self.tr("Open the Low tier demo")),
            Tier.MODERATE: (self.tr("&Moderate tier"), self.tr("Open the Moderate tier demo")),
            Tier.HIGH: (self.tr("H&igh tier"), self.tr("Open the High tier demo")),
        }
        about = self.tr("The assessment of a fictional institution, answered at this tier")
        self.demo_buttons: dict[Tier, QPushButton] = {}
        for tier in TIERS_IN_ORDER:
            caption, name = demos[tier]
            button = self.demo_buttons[tier] = named(QPushButton(caption), name, about)
            button.setToolTip(about)
            button.clicked.connect(lambda _=False, t=tier: self.demo_requested.emit(t.value))
            demo_row.addWidget(button)
        demo_row.addStretch(1)
        column.addLayout(demo_row)
        column.addWidget(
            text(
                self.tr("assessor {version} · works offline").format(version=__version__),
                role="muted",
                selectable=False,
            )
        )
        column.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        entries = recent_entries()
        self._recent_paths = [str(entry.path) for entry in entries]
        if entries or self._recent_list is not None:
            from PySide6.QtWidgets import QListWidgetItem

            self.recent_list.clear()
            for entry in entries:
                item = QListWidgetItem(self._recent_text(entry))
                item.setToolTip(str(entry.path))
                self.recent_list.addItem(item)
            self.recent_list.setVisible(bool(entries))
            self.recent_list.setCurrentRow(0)
            _fit_rows(self.recent_list, 8)
        self.no_recent.setVisible(not entries)
        self._recoverables = pending_recoveries()
        if self._recoverables or self.recovery_frame is not None:
            banner = self.recovery_banner
            self.recovery_list.clear()
            for found in self._recoverables:
                self.recovery_list.addItem(found.label)
            self.recovery_list.setCurrentRow(0)
            _fit_rows(self.recovery_list, 4)
            banner.setVisible(bool(self._recoverables))

    @property
    def recent_list(self) -> QListWidget:
        """The recent files, one row each (built the first time there is one)."""
        if self._recent_list is None:
            from PySide6.QtWidgets import QListWidget

            listing = self._recent_list = named(QListWidget(), self.tr("Recent files"))
            set_enum(listing, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")  # long folders elided
            set_enum(listing, "textElideMode", "ElideMiddle")
            listing.itemActivated.connect(lambda item: self._open_recent_row(listing.row(item)))
            self._column.insertWidget(self._column.indexOf(self.no_recent), listing)
        return self._recent_list

    @property
    def recovery_banner(self) -> QFrame:
        """Work the app closed on before it was saved, with Recover and Discard (built the first time there is)."""
        if self.recovery_frame is None:
            from PySide6.QtWidgets import QListWidget

            banner = self.recovery_frame = QFrame()
            banner.setObjectName("banner")
            layout = QVBoxLayout(banner)
            layout.addWidget(heading(self.tr("Unsaved work to recover"), 2))
            layout.addWidget(
                text(
                    self.tr("The app closed before this work was saved. Recover it to keep what you typed."),
                    selectable=False,
                )
            )
            self.recovery_list = named(QListWidget(), self.tr("Unsaved work to recover"))
            self.recovery_list.itemActivated.connect(lambda _item: self._recover())
            layout.addWidget(self.recovery_list)
            buttons = QHBoxLayout()
            self.recover_button = named(QPushButton(self.tr("&Recover")), self.tr("Recover the selected work"))
            self.recover_button.setProperty("role", "primary")
            self.recover_button.clicked.connect(self._recover)
            self.discard_button = named(QPushButton(self.tr("&Discard…")), self.tr("Discard the selected unsaved work"))
            self.discard_button.clicked.connect(self._discard)
            buttons.addWidget(self.recover_button)
            buttons.addWidget(self.discard_button)
            buttons.addStretch(1)
            layout.addLayout(buttons)
            self._column.insertWidget(self._column.indexOf(self.recent_heading), banner)
        return self.recovery_frame

    def _recent_text(self, entry: Recent) -> str:
        """Two lines: the institution (or the file's name) and the verdict; the file, its folder and the date."""
        first = cut_at_word(" ".join(entry.institution.split()), RECENT_NAME_CHARS) or entry.path.name
        if entry.verdict:
            first = f"{first} — {entry.verdict}"
        second = f"{entry.path.name} · {entry.path.parent}"
        if entry.date:
            second += " · " + self.tr("saved or opened {date}").format(date=entry.date)
        return f"{first}\n{second}"

    def recoverables(self) -> list[Recoverable]:
        return list(self._recoverables)

    def _selected(self) -> Recoverable | None:
        if self.recovery_frame is None:
            return None
        row = self.recovery_list.currentRow()
        return self._recoverables[row] if 0 <= row < len(self._recoverables) else None

    def _open_recent_row(self, row: int) -> None:
        if 0 <= row < len(self._recent_paths):
            self.open_path.emit(self._recent_paths[row])

    def _recover(self) -> None:
        if found := self._selected():
            self.recover_requested.emit(found)

    def _discard(self) -> None:
        if found := self._selected():
            self.discard_requested.emit(found)

    def focus_first(self) -> None:
        showing = self.recovery_frame is not None and self.recovery_frame.isVisible()
        (self.recover_button if showing else self.new_button).setFocus()

    @staticmethod
    def demo_tier_of(value: str) -> Tier:
        return Tier(value)

    def open_recent(self, path: Path) -> None:
        self.open_path.emit(str(path))


def _fit_rows(view: QListWidget, most: int) -> None:
    """As tall as its rows, up to ``most`` of them (then it scrolls)."""
    rows = max(1, min(view.count(), most))
    lines = max((view.item(i).text().count("\n") + 1 for i in range(min(rows, view.count()))), default=1)
    row = view.fontMetrics().lineSpacing() * lines + 6  # the theme pads rows by 3 px above and below
    view.setFixedHeight(rows * row + 2 * view.frameWidth() + 4)
