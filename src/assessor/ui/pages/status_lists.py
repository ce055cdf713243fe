"""The action plan's status lists: laid over their cells, and where the keys pressed in one lead.

Qt does not show a screen reader the widgets inside a table's cells, so the lists are not put in the cells: they
are the table's siblings (children of the table's parent), placed over the cells of the Status column whenever
the table moves or its rows change. A reader finds each in the tree as a named drop-down.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QComboBox, QTableView, QWidget


def holder(table: QTableView) -> QWidget:
    """The widget the lists belong to: the table's parent (the table itself only while it has none)."""
    return table.parentWidget() or table


def place_over_cells(table: QTableView, column: int, lists: list[QComboBox | None]) -> None:
    """Lay ``lists[row]`` over the cell (row, ``column``), at its own height, centred; shown with the table."""
    parent = holder(table)
    shown = table.isVisible()
    for row, combo in enumerate(lists):
        if combo is None:
            continue
        if combo.parentWidget() is not parent:
            combo.setParent(parent)
        cell = table.visualRect(table.model().index(row, column))
        top_left = table.viewport().mapTo(parent, cell.topLeft()) if parent is not table else cell.topLeft()
        height = min(combo.sizeHint().height(), cell.height() - 2)
        top = top_left.y() + (cell.height() - height) // 2
        combo.setGeometry(QRect(top_left.x() + 1, top, cell.width() - 2, height))
        combo.setVisible(shown and cell.isValid())
        combo.raise_()


def cell_for_key(key: Qt.Key, row: int, rows: int, column: int, left: int) -> tuple[int, int] | None:
    """Where a key pressed in the list of ``row`` (in ``column``) takes the keyboard: the arrows, Page Up/Down,
    Home and End move between cells (Left to the ``left`` column); None for a key the list keeps."""
    last = rows - 1
    moves = {
        Qt.Key.Key_Up: (row - 1, column),
        Qt.Key.Key_Down: (row + 1, column),
        Qt.Key.Key_PageUp: (max(row - 10, 0), column),
        Qt.Key.Key_PageDown: (min(row + 10, last), column),
        Qt.Key.Key_Home: (0, column),
        Qt.Key.Key_End: (last, column),
        Qt.Key.Key_Left: (row, left),
        Qt.Key.Key_Right: (row, column),
    }
    return moves.get(key)
