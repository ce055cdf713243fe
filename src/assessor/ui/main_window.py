"""The main window: the start screen or an open assessment, the menus and shortcuts, and files.

Files: open (.g4sa, or a signed report's PDF, read-only), save (atomic, with a backup of the
previous version), save as, recovery of unsaved work, and the question when closing with
unsaved changes. A file that cannot be opened gives a dialog naming the file and the problem,
and whatever was open stays as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget

from assessor.core import recovery
from assessor.core.tiers import Tier
from assessor.ui import recent

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QKeySequence

    from assessor.core.recovery import Recoverable
    from assessor.ui.opening import NotValidReport, Opened
    from assessor.ui.session import Session
    from assessor.ui.start_screen import StartScreen
    from assessor.ui.workspace import Workspace

# The pages, the form pack and the assessment model load when an assessment is first opened, not
# before the window appears (bench/bench_startup.py measures the difference). For the same reason
# the dialogs are reached through the module (QtWidgets.QMessageBox): naming a Qt class loads its enums.

FILE_FILTER = str(QT_TRANSLATE_NOOP("MainWindow", "Assessments (*.g4sa);;Signed reports (*.pdf);;All files (*)"))


class MainWindow(QMainWindow):
    def __init__(self, *, start_screen: bool = True, menus_later: bool = False) -> None:
        """``start_screen=False`` when a file is about to be opened: the start screen is built when first needed.

        ``menus_later=True``: the menu bar shows its menus' titles, but their items (and the shortcuts they carry)
        are made by ``build_menus``, which the app calls once the window is painted (app.run): 33 actions and
        the classes of QAction and QKeySequence, 3 to 4 ms that the first frame, which shows no menu open, need
        not wait for."""
        super().__init__()
        self.setWindowTitle("assessor")
        self.session: Session | None = None
        self.opened: Opened | None = None
        self.workspace: Workspace | None = None
        self.not_valid: QtWidgets.QWidget | None = None  # a report whose signatures do not verify, when open
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._start: StartScreen | None = None
        if start_screen:
            self.stack.addWidget(self.start)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self.undo_group = QUndoGroup(self)  # the open assessment's undo stack joins it (show_opened)
        self._menus_built = False
        self._menu_titles()
        if not menus_later:
            self.build_menus()
        self.resize(1180, 820)

    @property
    def start(self) -> StartScreen:
        """The start screen, built (and added to the stack, under any open page) the first time it is needed."""
        if self._start is None:
            from assessor.ui.start_screen import StartScreen

            start = self._start = StartScreen()
            self.stack.insertWidget(0, start)
            start.new_requested.connect(self.new_assessment)
            start.open_requested.connect(self.open_dialog)
            start.open_path.connect(lambda p: self.open_path(Path(p)))
            start.demo_requested.connect(lambda t: self.open_demo(Tier(t)))
            start.recover_requested.connect(self.recover)
            start.discard_requested.connect(self.discard_recoverable)
        return self._start

    def show_start_if_empty(self) -> None:
        """Show the start screen when nothing else is (a file given on the command line did not open)."""
        if self.stack.currentWidget() is None:
            self.stack.setCurrentWidget(self.start)
            self.start.focus_first()

    def _refresh_start(self) -> None:
        if self._start is not None:  # a start screen not built yet reads the recent files when it is
            self._start.refresh()

    # -- menus and shortcuts ----------------------------------------------------------------------------

    def _action(self, menu_name: str, label: str, slot: object, shortcut: QKeySequence | str | None = None) -> QAction:
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(self)  # not QAction(label, self): choosing among its overloads makes QIcon's class (1.3 ms)
        action.setText(label)
        if shortcut is not None:
            # setShortcuts, not setShortcut: choosing among setShortcut's overloads (one takes a Qt.Key) builds the
            # whole Qt enum namespace, about 20 ms of start-up (widgets.set_enum)
            action.setShortcuts([shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)])
        action.triggered.connect(slot)
        self._menu_of[menu_name].addAction(action)
        return action

    def _menu_titles(self) -> None:
        bar = self.menuBar()
        self._menu_of = {
            name: bar.addMenu(label)
            for name, label in (
                ("file", self.tr("&File")),
                ("edit", self.tr("&Edit")),
                ("go", self.tr("&Go")),
                ("answer", self.tr("&Answer")),
                ("help", self.tr("&Help")),
            )
        }

    def build_menus(self) -> None:
        """The menus' items and their shortcuts (once; the titles are made with the window)."""
        if self._menus_built:
            return
        from PySide6.QtGui import QKeySequence

        keys = QKeySequence.StandardKey
        self._action("file", self.tr("&New assessment"), self.new_assessment, QKeySequence(keys.New))
        self._action("file", self.tr("&Open…"), self.open_dialog, QKeySequence(keys.Open))
        self.save_action = self._action("file", self.tr("&Save"), self.save, QKeySequence(keys.Save))
        self.save_as_action = self._action("file", self.tr("Save &as…"), self.save_as, "Ctrl+Shift+S")
        self.update_pack_action = self._action("file", self.tr("&Update to the newest form pack…"), self.update_pack)
        self._menu_of["file"].addSeparator()
        self.report_actions = [  # the report page's own buttons, from the menu (printing.py, report_page.py)
            self._action("file", self.tr("&Print the report…"), lambda: self._report("print_dialog"), "Ctrl+P"),
            self._action("file", self.tr("Print &board pack…"), lambda: self._report("print_board_pack")),
            self._action("file", self.tr("Save board pack as P&DF…"), lambda: self._report("save_board_pack_dialog")),
        ]
        self._menu_of["file"].addSeparator()
        self._action("file", self.tr("&Check a signed report…"), self.verify_dialog, "Ctrl+Shift+V")
        self._action("file", self.tr("&Trusted certificates…"), self.trust_dialog)
        self._action("file", self.tr("&Export my certificate…"), self.export_certificate)
        self._menu_of["file"].addSeparator()
        self.close_action = self._action("file", self.tr("&Close assessment"), self.close_assessment, "Ctrl+W")
        self._action("file", self.tr("&Quit"), self.close, "Ctrl+Q")
        self._edit_menu()
        self.go_actions = [
            self._action("go", self.tr("&Previous page"), lambda: self._step(-1), "Ctrl+PgUp"),
            self._action("go", self.tr("&Next page"), lambda: self._step(1), "Ctrl+PgDown"),
            self._action("go", self.tr("&Find a question…"), self.find_question, QKeySequence(keys.Find)),
            self._action("go", self.tr("&Review"), lambda: self._go("review"), "Ctrl+R"),
            self._action("go", self.tr("Re&sults"), lambda: self._go("results"), "Ctrl+Shift+R"),
            self._action("go", self.tr("Next &question"), lambda: self._to_question(1), "Ctrl+Down"),
            self._action("go", self.tr("Previous q&uestion"), lambda: self._to_question(-1), "Ctrl+Up"),
            self._action("go", self.tr("Next un&answered question"), lambda: self._to_question(0), "Ctrl+Shift+Down"),
        ]
        self.go_actions[0].setShortcuts([QKeySequence("Ctrl+PgUp"), QKeySequence("Alt+Left")])
        self.go_actions[1].setShortcuts([QKeySequence("Ctrl+PgDown"), QKeySequence("Alt+Right")])
        self.answer_actions = [
            self._action("answer", self.tr("Level &{n}").format(n=n), lambda _=False, n=n: self._answer(n), f"Ctrl+{n}")
            for n in range(5)
        ]
        self.answer_actions.append(self._action("answer", self.tr("&Not applicable"), self._answer_na, "Ctrl+Shift+N"))
        self.answer_actions.append(
            self._action("answer", self.tr("&Clear answer"), self._clear_answer, "Ctrl+Backspace")
        )
        self._action("help", self.tr("&Keyboard shortcuts"), self.show_shortcuts, QKeySequence(keys.HelpContents))
        self._action("help", self.tr("&Glossary"), self.show_glossary)
        self._action("help", self.tr("&About assessor"), self.show_about)
        self._menus_built = True
        self._update_actions()

    def _edit_menu(self) -> None:
        """Undo and redo act on the open assessment's own stack (a new one for every file opened)."""
        from PySide6.QtGui import QKeySequence

        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            self._menu_of["edit"].addAction(action)

    def _update_actions(self) -> None:
        if not self._menus_built:  # build_menus brings them up to date
            return
        open_ = self.session is not None
        editable = open_ and self.session is not None and not self.session.read_only
        self.save_action.setEnabled(editable)
        self.save_as_action.setEnabled(editable)
        self.close_action.setEnabled(open_ or self.not_valid is not None)
        for action in self.report_actions:
            action.setEnabled(open_)
        newer = self.opened.newer_version if self.opened and editable else None
        self.update_pack_action.setEnabled(newer is not None)
        if newer is not None:
            self.update_pack_action.setText(self.tr("&Update to form pack {version}…").format(version=newer))
        for action in self.go_actions:
            action.setEnabled(open_)
        for action in self.answer_actions:
            action.setEnabled(editable)

    def _step(self, delta: int) -> None:
        if self.workspace:
            self.workspace.step(delta)

    def _go(self, key: str) -> None:
        if self.workspace:
            self.workspace.show_page(key)

    def _to_question(self, delta: int) -> None:
        """Ctrl+Down / Ctrl+Up: the next / previous question; 0 (Ctrl+Shift+Down): the next unanswered one."""
        from assessor.ui import question_nav

        if self.workspace is None:
            return
        qid = (
            question_nav.next_unanswered(self.workspace)
            if delta == 0
            else question_nav.neighbour(self.workspace, delta)
        )
        if qid is not None:
            self.workspace.jump_to_question(qid)
        elif delta == 0:
            self._set_status(self.tr("Every question shown is answered"))

    def _report(self, command: str) -> None:
        """Show the report and run one of its page's commands once the report is made (after the menu
        has returned: an assistive technology's "press" is answered before any dialog opens)."""

        def run() -> None:
            if self.workspace is not None:
                self._go("report")
                page = self.workspace.report_step().report
                page.wait_ready()
                getattr(page, command)()

        QTimer.singleShot(0, run)

    def _answer(self, level: int) -> None:
        card = self.workspace.current_card() if self.workspace else None
        if card is not None:
            card.set_level_by_key(level)

    def _answer_na(self) -> None:
        card = self.workspace.current_card() if self.workspace else None
        if card is not None:
            card.set_na_by_key()

    def _clear_answer(self) -> None:
        card = self.workspace.current_card() if self.workspace else None
        if card is not None:
            card.clear_by_key()

    # -- showing an assessment --------------------------------------------------------------------------

    def show_opened(self, opened: Opened, *, dirty: bool = False, replace: bool = False) -> None:
        """Show ``opened``; ``replace``: it is the open assessment, changed (its unsaved work goes with it)."""
        from assessor.ui import accessible
        from assessor.ui.session import Session
        from assessor.ui.workspace import Workspace

        if not replace and not self.maybe_keep_changes():
            return
        self._drop_session()
        accessible.install_factory()  # before the page's drop-downs and guidance toggles (at start it waits)
        self.opened = opened
        self.session = Session(opened.pack, opened.assessment, opened.path, read_only=opened.read_only, dirty=dirty)
        self.undo_group.addStack(self.session.undo_stack)
        self.undo_group.setActiveStack(self.session.undo_stack)
        self.session.dirty_changed.connect(self._update_title)
        self.session.scope_changed.connect(self._update_title)  # the tier in the status bar
        self.session.changed.connect(self._title_may_change)
        self.session.saved.connect(self._update_title)
        self.session.autosaved.connect(lambda _p: self._set_status(self.tr("Autosaved for recovery")))
        self.workspace = Workspace(
            self.session, opened.signed_pdf, newer_version=opened.newer_version, verification=opened.verification
        )
        self.workspace.update_pack_requested.connect(self.update_pack)
        self.session.restored.connect(self.workspace.show_restored)
        self.workspace.verify_requested.connect(self.verify_opened_report)
        self.workspace.reassess_requested.connect(self.start_reassessment)
        self.workspace.sign_requested.connect(self.sign_report)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.show_page("institution")
        self._update_title()
        self._update_actions()
        for note in opened.notes:
            QtWidgets.QMessageBox.information(self, self.tr("About this file"), note)
        if opened.pack_changes is not None:
            from assessor.ui.pack_update import PackChanges

            PackChanges(self).tell(self, opened.pack_changes, opened.pack)

    def update_pack(self) -> None:
        from assessor.ui.pack_update import offer_update

        if self.session is None or self.session.read_only or self.opened is None or not self.opened.newer_version:
            return
        fresh = offer_update(self, self.session, self.opened.newer_version)
        if fresh is not None:
            self.show_opened(fresh, dirty=True, replace=True)

    def show_not_valid(self, report: NotValidReport) -> bool:
        """A report whose signatures do not verify: its verdict, and nothing it carries."""
        from assessor.ui.not_valid_view import NotValidView
        from assessor.ui.signing_flow import verify_bytes

        if not self.maybe_keep_changes():
            return False
        self._drop_session()
        view = NotValidView(report.name, report.verification)
        view.verify_requested.connect(lambda: verify_bytes(self, report.pdf, report.name, report.path.parent))
        view.close_requested.connect(self.close_assessment)
        self.not_valid = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self.setWindowTitle(self.tr("{name} (NOT VALID) — assessor").format(name=report.name))
        self.status_label.setText(self.tr("Not valid: nothing from this file is shown"))
        self._update_actions()
        view.focus_first()
        return True

    def _drop_session(self) -> None:
        if self.not_valid is not None:
            self.stack.removeWidget(self.not_valid)
            self.not_valid.deleteLater()
            self.not_valid = None
        if self.workspace is not None:
            if self.session is not None and self.session.path is not None:  # where the file opens next time
                recent.remember_page(self.session.path, self.workspace.current_key)
            self.workspace.shutdown()
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
        if self.session is not None:
            self.undo_group.removeStack(self.session.undo_stack)
            if not self.session.dirty:
                self.session.discard_recovery()
            self.session.deleteLater()
        self.session, self.workspace, self.opened = None, None, None

    def _update_title(self, *_args: object) -> None:
        if self.session is None:
            self.setWindowTitle("assessor")
            self.status_label.clear()
            return
        self.setWindowTitle(self._title_text())
        self.setWindowModified(self.session.dirty)
        if self.session.dirty:
            self._set_status(self.tr("Unsaved changes"))
        elif self.session.path is None and not self.session.read_only:
            self._set_status(self.tr("New assessment, not saved yet"))
        else:
            self._set_status(self.tr("All changes saved"))

    def _title_may_change(self) -> None:
        if self.session is not None and self.windowTitle() != self._title_text():
            self._update_title()

    def _title_text(self) -> str:
        assert self.session is not None
        mark = self.tr(" (read-only)") if self.session.read_only else ""
        return f"{self.session.title}{mark}[*] — assessor"

    def _set_status(self, message: str) -> None:
        tier = self.tr("{tier} tier").format(tier=self.session.tier_name()) if self.session else ""
        if self.session and self.session.card.triage.provisional:
            tier = self.tr("{tier} tier (provisional)").format(tier=self.session.tier_name())
        self.status_label.setText(f"{message}    {tier}")

    def new_assessment(self) -> None:
        from assessor.ui.opening import new_assessment

        self.show_opened(new_assessment())

    def open_demo(self, tier: Tier) -> None:
        from assessor.core.demo import make_demo
        from assessor.core.forms.installed import load_default_pack
        from assessor.ui.opening import Opened, language

        demo = make_demo(tier, load_default_pack())  # the demo's notes are written in English
        self.show_opened(Opened(load_default_pack(language()), demo, None), dirty=True)

    def open_dialog(self) -> None:
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, self.tr("Open"), str(self._folder()), self.tr(FILE_FILTER)
        )
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        from assessor.core.storage import FileProblem
        from assessor.ui.opening import Opened, open_file

        page = recent.last_page(path)  # read before the first page shown replaces it
        try:
            opened = open_file(path)
        except FileProblem as exc:
            from assessor.ui.open_errors import show_open_error

            show_open_error(self, exc)
            return False
        if not isinstance(opened, Opened):
            return self.show_not_valid(opened)
        found = self._unsaved_work_for(opened)
        if found is not None:
            self.recover(found)
            shown = self.session is not None and self.session.assessment is found.assessment
        else:
            self.show_opened(opened)
            shown = self.opened is opened
        if shown:
            assert self.session is not None and self.workspace is not None
            recent.remember_session(self.session, path)
            if page in self.workspace.sidebar.page_keys():
                self.workspace.show_page(page)  # back where the user was
            self._refresh_start()
        return shown

    def _unsaved_work_for(self, opened: Opened) -> Recoverable | None:
        """Work on this very assessment that a crash kept from being saved, if the user wants it back."""
        if opened.read_only:
            return None
        found = next((r for r in recovery.pending_recoveries() if r.assessment.id == opened.assessment.id), None)
        if found is None:
            return None
        answer = QtWidgets.QMessageBox.question(
            self,
            self.tr("Unsaved work found"),
            self.tr(
                "This assessment has changes autosaved at {time} that were never saved to the file. "
                "Open them (recommended)? If you open the file as it was last saved instead, those changes "
                "are discarded."
            ).format(time=found.when),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
            QtWidgets.QMessageBox.StandardButton.Yes,
        )
        if answer == QtWidgets.QMessageBox.StandardButton.Yes:
            return found
        recovery.discard_recovery(found.assessment.id)
        return None

    def recover(self, found: Recoverable) -> None:
        from assessor.core.storage import FileProblem
        from assessor.ui.opening import recovered

        path = found.saved_path if found.saved_path and found.saved_path.parent.is_dir() else None
        try:
            opened = recovered(found.assessment, path)  # with the form pack version it was answered against
        except FileProblem as exc:
            QtWidgets.QMessageBox.critical(self, self.tr("Cannot open this file"), str(exc))
            return
        self.show_opened(opened, dirty=True)

    def discard_recoverable(self, found: Recoverable) -> None:
        answer = QtWidgets.QMessageBox.question(
            self,
            self.tr("Discard unsaved work"),
            self.tr("Discard the unsaved work of {label}? It cannot be brought back.").format(label=found.label),
        )
        if answer == QtWidgets.QMessageBox.StandardButton.Yes:
            recovery.discard_recovery(found.assessment.id)
            self._refresh_start()

    def close_assessment(self) -> bool:
        if not self.maybe_keep_changes():
            return False
        self._drop_session()
        self.start.refresh()
        self.stack.setCurrentWidget(self.start)
        self._update_title()
        self._update_actions()
        self.start.focus_first()
        return True

    # -- saving -----------------------------------------------------------------------------------------

    def _folder(self) -> Path:
        files = recent.recent_files()
        return files[0].parent if files else Path.home()

    def save(self) -> bool:
        if self.session is None or self.session.read_only:
            return False
        if self.session.path is None:
            return self.save_as()
        return self._save_to(self.session.path)

    def save_as(self) -> bool:
        if self.session is None or self.session.read_only:
            return False
        suggested = self.session.path or self._folder() / self._suggested_name()
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Save assessment"), str(suggested), self.tr(FILE_FILTER)
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != ".g4sa":
            path = path.with_name(path.name + ".g4sa")
        return self._save_to(path)

    def _suggested_name(self) -> str:
        assert self.session is not None
        return self.session.suggested_file_name()

    def _save_to(self, path: Path) -> bool:
        from assessor.core.storage import FileProblem

        assert self.session is not None
        try:
            self.session.save(path)
        except FileProblem as exc:
            QtWidgets.QMessageBox.critical(
                self, self.tr("Not saved"), self.tr("{problem}\nYour work is kept.").format(problem=exc)
            )
            return False
        recent.remember_session(self.session, path)
        self._set_status(self.tr("Saved {path}").format(path=path))
        return True

    def maybe_keep_changes(self) -> bool:
        """Ask about unsaved changes; False when the user cancelled."""
        if self.session is None or not self.session.dirty or self.session.read_only:
            return True
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to {title} before closing it?").format(title=self.session.title),
            QtWidgets.QMessageBox.StandardButton.Save
            | QtWidgets.QMessageBox.StandardButton.Discard
            | QtWidgets.QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.Save)
        choice = box.exec()
        if choice == QtWidgets.QMessageBox.StandardButton.Save:
            return self.save()
        if choice == QtWidgets.QMessageBox.StandardButton.Discard:
            self.session.discard_recovery()
            return True
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_keep_changes():
            self._drop_session()
            event.accept()
        else:
            event.ignore()

    # -- the rest of the menu ---------------------------------------------------------------------------

    def find_question(self) -> None:
        if self.session is None or self.workspace is None:
            return
        from assessor.ui.search import SearchDialog

        dialog = SearchDialog(self.session, self)
        if dialog.exec() and dialog.chosen:
            self.workspace.jump_to_question(dialog.chosen)

    def show_shortcuts(self) -> None:
        from assessor.ui.help import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def show_glossary(self) -> None:
        from assessor.ui.glossary import show_glossary

        show_glossary(self)

    def show_about(self) -> None:
        from assessor.ui.help import about_text

        QtWidgets.QMessageBox.about(self, self.tr("About assessor"), about_text())

    # -- reports and signatures (the dialogs live in sign_dialog.py and verify_dialog.py) -------------------

    def sign_report(self) -> None:
        from assessor.ui.signing_flow import sign_current_report

        if self.workspace is not None and self.session is not None:
            sign_current_report(self, self.workspace.report_step(), self.session, self.save)

    def verify_dialog(self) -> None:
        from assessor.ui.signing_flow import choose_and_verify

        choose_and_verify(self, self._folder())

    def trust_dialog(self) -> None:
        from assessor.ui.trust_dialog import TrustDialog

        TrustDialog.show_modal(self)

    def export_certificate(self) -> None:
        from assessor.ui.trust_dialog import export_own_certificate

        export_own_certificate(self, self._folder())

    def verify_opened_report(self) -> None:
        from assessor.ui.signing_flow import verify_bytes

        if self.opened and self.opened.signed_pdf is not None:
            verify_bytes(self, self.opened.signed_pdf, self.opened.source_name, self._folder())

    def start_reassessment(self) -> None:
        from assessor.core.storage import FileProblem
        from assessor.ui.opening import reassessment_of

        if self.opened is None or self.opened.signed_pdf is None:
            return
        try:
            fresh = reassessment_of(self.opened)
        except (FileProblem, ValueError) as exc:
            QtWidgets.QMessageBox.critical(self, self.tr("Cannot start a reassessment"), str(exc))
            return
        self.show_opened(fresh, dirty=True)
