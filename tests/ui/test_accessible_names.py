"""What Qt's accessibility layer gives a screen reader: the interfaces themselves (QAccessible), walked as a reader
walks them, not only the widgets' accessibleName. tests/ui/test_atspi_tree.py reads the same through AT-SPI."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QComboBox, QFormLayout, QWidget
from pytestqt.qtbot import QtBot

from assessor.core.tiers import Tier
from assessor.ui import accessible
from assessor.ui.main_window import MainWindow
from assessor.ui.pages.element_page import ElementPage

NAME = QAccessible.Text.Name


def iface(widget: QWidget) -> QAccessibleInterface:
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None and found.isValid()
    return found


def walk(node: QAccessibleInterface, depth: int = 0) -> Iterator[QAccessibleInterface]:
    """Every interface under ``node``, as a reader goes down the tree (children of children…)."""
    yield node
    if depth > 40:
        return
    for i in range(node.childCount()):
        child = node.child(i)
        if child is not None and child.isValid():
            yield from walk(child, depth + 1)


def open_demo(window: MainWindow) -> None:
    window.open_demo(Tier.HIGH)
    assert window.workspace is not None


def test_the_guidance_toggle_is_an_expandable_button(window: MainWindow, qtbot: QtBot) -> None:
    open_demo(window)
    assert window.workspace is not None
    page = window.workspace.show_page("element:TR")
    assert isinstance(page, ElementPage)
    card = page.cards["TR-01"]
    toggle = iface(card.guidance_button)
    assert toggle.role() == QAccessible.Role.Button, "a button that opens a section, not a check box"
    assert toggle.text(NAME) == "Guidance for TR-01"
    state = toggle.state()
    assert state.expandable and not state.expanded and state.collapsed
    card.guidance_button.click()
    assert card.guidance_panel.isVisible()
    assert toggle.state().expanded and not toggle.state().collapsed
    actions = toggle.actionInterface()
    assert actions is not None and QAccessibleActionInterface.toggleAction() in actions.actionNames()
    actions.doAction(QAccessibleActionInterface.toggleAction())
    assert not card.guidance_panel.isVisible() and not toggle.state().expanded


def test_every_button_of_a_page_has_a_name_of_its_own(window: MainWindow) -> None:
    open_demo(window)
    assert window.workspace is not None
    page = window.workspace.show_page("element:TR")
    names = [iface(b).text(NAME) for b in page.findChildren(QAbstractButton) if b.isVisibleTo(page)]
    assert "Remove the selected evidence of TR-01" in names
    assert "Attach evidence to TR-02" in names and "Clear the answer to TR-03" in names
    assert "Flag TR-01 for review" in names and "Guidance for TR-04" in names
    twice = [name for name, n in Counter(names).items() if n > 1]
    assert twice == [], "a reader cannot tell these apart"


def test_a_drop_down_is_named_by_its_label_and_keeps_its_value(qtbot: QtBot) -> None:
    accessible.install()
    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    sector = QComboBox()
    sector.addItems(["Hospital", "Research institute"])
    layout.addRow("&Sector:", sector)  # a buddy label and nothing else
    named = QComboBox()
    named.addItems(["A4", "US Letter"])
    named.setAccessibleName("Paper size")
    layout.addRow("&Paper:", named)
    form.show()
    for combo, name, value in ((sector, "Sector", "Hospital"), (named, "Paper size", "A4")):
        node = iface(combo)
        assert node.role() == QAccessible.Role.ComboBox
        assert node.text(NAME) == name, "named by its label (Qt alone names it by its value on Linux)"
        assert node.text(QAccessible.Text.Value) == value
        assert node.childCount() == 1 and node.child(0).role() == QAccessible.Role.List
        assert node.state().expandable and not node.state().expanded
    sector.setCurrentIndex(1)
    assert iface(sector).text(QAccessible.Text.Value) == "Research institute"


def test_the_report_page_drop_downs_read_as_their_labels(window: MainWindow) -> None:
    open_demo(window)
    assert window.workspace is not None
    page = window.workspace.show_page("report")
    names = {iface(c).text(NAME) for c in page.findChildren(QComboBox) if c.isVisibleTo(page)}
    assert {"Paper size", "Preview zoom"} <= names
    assert not names & {"A4", "Fit width"}


def test_the_status_lists_are_in_the_tree_with_their_names(window: MainWindow) -> None:
    open_demo(window)
    assert window.workspace is not None and window.session is not None
    page = window.workspace.show_page("results")
    table = page.action_table  # type: ignore[attr-defined]
    assert table.rowCount() > 5
    nodes = list(walk(iface(window)))
    combos = [n for n in nodes if n.role() == QAccessible.Role.ComboBox and n.text(NAME).startswith("Status of")]
    assert len(combos) == table.rowCount(), "every status list is reached walking down from the window"
    first = table.action_ids()[0]
    action = next(a for a in window.session.assessment.actions if a.id == first)
    wanted = f"Status of action {first}: {action.question_id}, "
    assert any(n.text(NAME).startswith(wanted) for n in combos)
    assert {n.text(QAccessible.Text.Value) for n in combos} <= {"Open", "In progress", "Done", "Won't do"}
    cells = [n for n in nodes if n.role() == QAccessible.Role.Cell and n.text(NAME).startswith(wanted)]
    assert cells, "the cell under the list reads the status too"


def test_the_sidebar_reads_progress_in_words(window: MainWindow) -> None:
    window.new_assessment()
    assert window.workspace is not None and window.session is not None
    session = window.session
    element = session.pack.elements[0]
    shown = [q.id for q in element.questions if session.in_scope(q.id)]
    for qid in shown[:3]:
        session.set_level(qid, 2)
    score = session.card.element(element.id)
    texts = [n.text(NAME) for n in walk(iface(window.workspace.sidebar))]
    title = f"{element.order}. {element.title}"
    assert f"{title}, {score.answered} of {score.in_scope} answered" in texts
    assert f"{score.answered} of {score.in_scope} answered" in texts
    assert f"{score.answered}/{score.in_scope}" not in texts, "not a bare 3/9"


def test_a_drop_down_asked_for_before_it_is_named_still_reads_its_name(qtbot: QtBot) -> None:
    """Qt asks for an interface as a widget is made (with a reader running): the name comes later."""
    accessible.install()
    status = QComboBox()
    qtbot.addWidget(status)
    status.addItems(["Open", "Done"])
    early = iface(status)
    assert early.text(NAME) == "Open", "no label yet: read by its value, as Qt does"
    status.setAccessibleName("Status of action A-TR-01: TR-01, Publish the notice")
    assert iface(status).text(NAME) == "Status of action A-TR-01: TR-01, Publish the notice"
    status.setEditable(True)  # made editable after: the field typed in is a child too
    node = iface(status)
    assert node.childCount() == 2
    assert node.child(0).role() == QAccessible.Role.EditableText and node.child(1).role() == QAccessible.Role.List
    assert node.indexOfChild(node.child(1)) == 1
