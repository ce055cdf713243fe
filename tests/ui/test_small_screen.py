"""The window from 1024×700 up, in English and French: the sidebar keeps its width on every page, no page
scrolls sideways or forces a wider window, every page ends with Back and Next, no empty tail below a page,
action-plan rows of one or two lines, chart titles never cut, the shortcuts in aligned columns."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from assessor.core.tiers import Tier
from assessor.ui import i18n
from assessor.ui.main_window import MainWindow
from assessor.ui.pages.action_table import ActionTable
from assessor.ui.pages.results_page import ResultsPage
from assessor.ui.pages.score_chart import ScoreChart
from assessor.ui.widgets import NavRow

SIZES = ((1024, 700), (1366, 768))


@pytest.fixture(params=["en", "fr"])
def demo_window(
    request: pytest.FixtureRequest, qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setenv("ASSESSOR_LANG", request.param)
    assert i18n.install_translator(qapp) == request.param
    window = MainWindow()
    window.show()
    qtbot.waitExposed(window)
    window.open_demo(Tier.HIGH)
    yield window
    assert window.session is not None and window.workspace is not None
    window.session._set_dirty(False)
    window.workspace.shutdown()
    window.close()
    window.deleteLater()
    i18n.remove_translators(qapp)


def settle(qtbot: QtBot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(10)


def page_areas(page: QWidget) -> list[QScrollArea]:
    return [a for a in page.findChildren(QScrollArea) if a.isVisibleTo(page) and a.widget() is not None]


def test_sidebar_keeps_its_width_and_nothing_scrolls_sideways(demo_window: MainWindow, qtbot: QtBot) -> None:
    ws = demo_window.workspace
    assert ws is not None
    widths: dict[tuple[int, int], set[int]] = {}
    for size in SIZES:
        demo_window.resize(*size)
        settle(qtbot)
        for key in ws.sidebar.page_keys():
            page = ws.show_page(key)
            settle(qtbot)
            assert demo_window.width() == size[0], f"{key} makes the window wider than {size[0]} px"
            widths.setdefault(size, set()).add(ws.sidebar.width())
            for area in page_areas(page):
                bar = area.horizontalScrollBar()
                assert bar.maximum() == 0 and not bar.isVisible(), f"{key} scrolls sideways at {size}"
            navs = [n for n in page.findChildren(NavRow) if n.isVisibleTo(page)]
            assert len(navs) == 1, f"{key} has no Back/Next at its end"
            assert navs[0].back.isVisibleTo(page) == (key != "institution")
            assert navs[0].next.isVisibleTo(page) == (key != "report")
    small, large = widths[SIZES[0]], widths[SIZES[1]]
    assert len(small) == 1 and len(large) == 1, f"the sidebar changes width between pages: {small} {large}"
    assert min(small) >= max(large) >= ws.sidebar.preferred_width()
    longest = max(
        ws.sidebar.fontMetrics().horizontalAdvance(line)
        for item in ws.sidebar.items.values()
        for line in item.text(0).split("\n")
    )
    assert min(small) > longest, "a step's label does not fit the sidebar"


def test_back_and_next_walk_the_pages(demo_window: MainWindow, qtbot: QtBot) -> None:
    ws = demo_window.workspace
    assert ws is not None
    page = ws.show_page("risk")
    nav = page.findChild(NavRow)
    assert nav is not None
    qtbot.mouseClick(nav.next, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.current_key == ws.sidebar.page_keys()[2])  # once the click is over
    back = ws.pages[ws.current_key].findChild(NavRow)
    assert back is not None
    qtbot.mouseClick(back.back, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.current_key == "risk")


def test_no_empty_tail_below_a_page(demo_window: MainWindow, qtbot: QtBot) -> None:
    ws = demo_window.workspace
    assert ws is not None
    for size in SIZES:
        demo_window.resize(*size)
        for key in ("risk", "element:PR", "review", "results"):
            page = ws.show_page(key)
            settle(qtbot)
            for area in page_areas(page):
                inner = area.widget()
                assert inner is not None
                children = [c for c in inner.children() if isinstance(c, QWidget) and c.isVisibleTo(inner)]
                nav = next(c for c in children if isinstance(c, NavRow))
                content = max(c.geometry().bottom() for c in children if c is not nav)
                gap = nav.geometry().top() - content  # what the stretch before Back/Next takes
                short = inner.height() <= area.viewport().height()  # then the stretch fills the view: right
                assert short or gap <= 2 * inner.layout().spacing() + 2, f"{key} at {size}: {gap} px empty"  # type: ignore[union-attr]


def test_action_rows_are_one_or_two_lines(demo_window: MainWindow, qtbot: QtBot) -> None:
    ws, session = demo_window.workspace, demo_window.session
    assert ws is not None and session is not None
    demo_window.resize(1024, 700)
    if not session.assessment.actions:
        session.sync_actions()
    page = ws.show_page("results")
    assert isinstance(page, ResultsPage)
    page.refresh()
    settle(qtbot)
    table = page.findChild(ActionTable)
    assert table is not None and table.rowCount() > 5
    lines = table.fontMetrics().lineSpacing()
    for row in range(table.rowCount()):
        combo = table.status_combo(row)
        assert table.rowHeight(row) <= max(2 * lines + 8, combo.sizeHint().height()), row
        assert combo.height() <= max(2 * lines + 8, combo.sizeHint().height())


def test_chart_titles_wrap_instead_of_being_cut(qtbot: QtBot) -> None:
    chart = ScoreChart()
    qtbot.addWidget(chart)
    titles = ["Privacy, Data Protection and Confidentiality", "Accessibility and Dissemination", "Transparency"]
    chart.set_scores([(t, 50.0) for t in titles], 75.0)
    wide, narrow = chart.heightForWidth(1400), chart.heightForWidth(420)
    assert narrow > wide, "a narrow chart gives its titles a second line"
    for width in (420, 1400):
        chart.resize(width, chart.heightForWidth(width))
        fm = QFontMetricsF(chart.font())
        box = chart._label_box_width(width)
        row = chart._row_height()
        for title in titles:
            needed = fm.boundingRect(QRectF(0, 0, box, 1e6), int(Qt.TextFlag.TextWordWrap), title)
            assert needed.width() <= box + 0.5 and needed.height() <= row, (width, title)


def test_shortcuts_are_in_aligned_columns(window: MainWindow, qtbot: QtBot) -> None:
    from assessor.ui.help import SHORTCUTS, ShortcutsDialog

    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    assert table.rowCount() == len(SHORTCUTS) and table.columnCount() == 2
    fm = table.fontMetrics()
    for row in range(table.rowCount()):
        keys, what = table.item(row, 0), table.item(row, 1)
        assert keys is not None and what is not None and keys.text() and what.text()
        assert fm.horizontalAdvance(keys.text()) < table.columnWidth(0), keys.text()
        assert table.visualItemRect(what).left() == table.columnViewportPosition(1)
