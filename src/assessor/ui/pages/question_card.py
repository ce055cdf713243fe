"""One question on a Core Element page: its answer, notes, review flag, evidence and guidance.

Every edit goes through the session. ``refresh`` re-reads the answer without emitting edits, so the
page can keep a card in step with changes made elsewhere without rebuilding it.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from assessor.core.assessment import Answer
from assessor.core.forms.models import Anchor, Question
from assessor.ui.accessible import mnemonic_label, without_mnemonic
from assessor.ui.evidence import EvidenceBox
from assessor.ui.expander import ExpanderButton
from assessor.ui.session import Session
from assessor.ui.triage_words import triage_words
from assessor.ui.widgets import named, text

NA_ID = 1000  # the button-group id of the N/A choice (scale levels are 0–10)

SOURCE_NAMES = {
    "framework": "Framework",
    "privacy-security-policy": "GA4GH Data Privacy and Security Policy",
    "consent-policy": "GA4GH Consent Policy",
    "accountability-policy": "GA4GH Accountability Policy",
}


def source_name(source: str) -> str:
    return QCoreApplication.translate("QuestionCard", SOURCE_NAMES.get(source, source))


def citation(anchor: Anchor) -> str:
    """The anchor under its document's label: "Framework IV, Transparency" (the section names it, pack 2.0.0 on)
    or "GA4GH Consent Policy, 4.2"; an unofficial translation says so."""
    unofficial = QCoreApplication.translate("QuestionCard", "unofficial translation")
    return anchor.citation(source_name(anchor.source), unofficial)


def label(content: str, role: str = "", *, rich: bool = False) -> QLabel:
    """A wrapped, selectable paragraph; named after its text, since selectable labels take click focus."""
    widget = text(content, role=role, rich=rich)
    widget.setAccessibleName(content)
    return widget


def set_role(widget: QWidget, name: str, value: object) -> None:
    """Change a dynamic property the stylesheet reads, and re-apply the style when it really changed."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        return  # styled when first shown
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _set_plain_text(edit: QPlainTextEdit, value: str) -> None:
    if edit.toPlainText() != value:
        blocked = edit.blockSignals(True)
        edit.setPlainText(value)
        edit.blockSignals(blocked)


def _compact(edit: QPlainTextEdit, lines: int = 3) -> QPlainTextEdit:
    edit.setTabChangesFocus(True)
    margin = edit.document().documentMargin() * 2 + edit.frameWidth() * 2 + 4
    edit.setFixedHeight(int(edit.fontMetrics().lineSpacing() * lines + margin))
    return edit


class QuestionCard(QFrame):
    """The card of one question. ``cards`` on the page are these; the main window drives the level shortcuts."""

    def __init__(self, session: Session, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.question = question
        self.scale = session.pack.scale_for(question)
        self.setObjectName("questionCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Question {0}").format(question.id))
        self._guidance_built = False
        self._current = False
        self._captions: list[tuple[QAbstractButton | QLabel, str]] = []  # (widget, caption with its & mnemonic)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        self._build_header(layout)
        self._build_answer(layout)
        self._build_texts(layout)
        self._build_evidence(layout)
        self._build_guidance(layout)
        self._captions += self.evidence_box.captions
        self._chain_tab_order()
        if session.read_only:
            self._make_read_only()
        self._set_tab_stop(None)
        self.refresh()
        self.refresh_scope()
        session.scope_changed.connect(self.refresh_scope)

    # -- layout -----------------------------------------------------------------------------------------

    def _build_header(self, layout: QVBoxLayout) -> None:
        q = self.question
        self.title_label = label(f"{q.id}  {q.text}")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        layout.addWidget(self.title_label)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.essential_badge = label(self.tr("Essential at this tier"), "badge")
        self.essential_badge.setWordWrap(False)
        row.addWidget(self.essential_badge)
        self.follow_up_note: QLabel | None = None
        if q.condition is not None:
            why = q.condition.describe(self.session.pack.label_of, triage_words())
            self.follow_up_note = label(self.tr("Follow-up"), "badge")
            self.follow_up_note.setWordWrap(False)
            self.follow_up_note.setToolTip(self.tr("Asked because {0}").format(why))
            self.follow_up_note.setAccessibleDescription(self.tr("Asked because {0}").format(why))
            row.addWidget(self.follow_up_note)
        self.status_label = label("", "muted")
        row.addWidget(self.status_label, 1)
        layout.addLayout(row)

    def _build_answer(self, layout: QVBoxLayout) -> None:
        qid = self.question.id
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.radios: dict[int, QRadioButton] = {}
        answers = QVBoxLayout()
        answers.setSpacing(2)
        for level in self.scale.levels:
            caption = f"{level.value} — {level.label}"
            radio = named(QRadioButton(caption), f"{qid}: {caption}", level.description)
            radio.setToolTip(level.description)
            self.group.addButton(radio, level.value)
            self.radios[level.value] = radio
            answers.addWidget(radio)
        self.na_radio: QRadioButton | None = None
        if self.scale.allow_na:
            caption = self.tr("N/A — Not applicable")
            self.na_radio = named(
                QRadioButton(caption), f"{qid}: {caption}", self.tr("This question does not apply; say why.")
            )
            self.group.addButton(self.na_radio, NA_ID)
            answers.addWidget(self.na_radio)
        self.group.idClicked.connect(self._chosen)
        self.clear_button = named(
            QPushButton(),
            self.tr("Clear the answer to {0}").format(qid),
            self.tr("Back to unanswered; the notes, evidence and flag stay."),
        )
        # not one more Tab stop between questions: Alt+C in the question, or Answer ▸ Clear answer (Ctrl+Backspace)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._set_caption(self.clear_button, self.tr("&Clear answer"))
        self.clear_button.setToolTip(self.tr("Back to unanswered (Ctrl+Backspace); the notes, evidence and flag stay."))
        self.clear_button.clicked.connect(lambda: self.session.clear_answer(qid))
        answers.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(answers)

    def _build_texts(self, layout: QVBoxLayout) -> None:
        qid = self.question.id
        self.na_box = QWidget()
        na_layout = QVBoxLayout(self.na_box)
        na_layout.setContentsMargins(0, 0, 0, 0)
        na_layout.setSpacing(4)
        self.na_edit = _compact(named(QPlainTextEdit(), self.tr("Why {0} is not applicable").format(qid)))
        na_caption = self._label_for(self.tr("&Why is this not applicable?"), self.na_edit)
        self.na_edit.setPlaceholderText(self.tr("Needed: say why this question does not apply here."))
        self.na_edit.textChanged.connect(self._na_text_changed)
        self.na_needed = label(self.tr("A reason is needed for N/A"), "warning")  # the theme's warning colour
        for widget in (na_caption, self.na_edit, self.na_needed):
            na_layout.addWidget(widget)
        layout.addWidget(self.na_box)

        self.notes = _compact(named(QPlainTextEdit(), self.tr("Notes for {0}").format(qid)))
        layout.addWidget(self._label_for(self.tr("N&otes"), self.notes))
        self.notes.setPlaceholderText(self.tr("What is in place, who said so, what is missing…"))
        self.notes.textChanged.connect(self._notes_changed)
        layout.addWidget(self.notes)
        self.flag = named(QCheckBox(), self.tr("Flag {0} for review").format(qid))
        self._set_caption(self.flag, self.tr("F&lag for review"))
        self.flag.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Alt+L in the question: one Tab from notes to next
        self.flag.clicked.connect(self._flag_clicked)
        layout.addWidget(self.flag)

    def _build_evidence(self, layout: QVBoxLayout) -> None:
        self.evidence_box = EvidenceBox(self.session, self.question, lambda: self.choose_evidence_file())
        self.evidence_list = self.evidence_box.evidence_list
        self.attach_button = self.evidence_box.attach_button
        self.remove_button = self.evidence_box.remove_button
        self.error_label = self.evidence_box.error_label
        self.hasher = self.evidence_box.hasher
        layout.addWidget(self.evidence_box)

    def _build_guidance(self, layout: QVBoxLayout) -> None:
        self.guidance_button = named(ExpanderButton(), self.tr("Guidance for {0}").format(self.question.id))
        self._set_caption(self.guidance_button, self.tr("G&uidance"))
        self.guidance_button.setCheckable(True)
        self.guidance_button.setArrowType(Qt.ArrowType.RightArrow)
        self.guidance_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.guidance_button.setAutoRaise(True)
        self.guidance_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Alt+U in the question
        self.guidance_button.toggled.connect(self.set_guidance_open)
        layout.addWidget(self.guidance_button)
        self.guidance_panel = QWidget()
        self.guidance_panel.setObjectName("guidancePanel")
        self.guidance_panel.hide()
        layout.addWidget(self.guidance_panel)

    def _fill_guidance(self) -> None:
        """Built on first opening: most guidance is never read, and the page must open fast."""
        q = self.question
        panel = QVBoxLayout(self.guidance_panel)
        panel.setContentsMargins(12, 0, 0, 0)
        panel.addWidget(label(q.guidance))
        for anchor in q.anchors:
            panel.addWidget(label(f"“{anchor.quote}”", "quote"))
            panel.addWidget(label(f"— {citation(anchor)}", "muted"))
        panel.addWidget(label(self.tr("Why at this tier: ") + q.why_tier))
        self._guidance_built = True

    def _chain_tab_order(self) -> None:
        """Tab goes answer → notes (the N/A reason instead, while N/A) → the next question's answer. The rest of
        the card is reached with its Alt keys, live while the keyboard is in the card (``set_current``)."""
        chain: list[QWidget] = [*self.radios.values()]
        if self.na_radio is not None:
            chain.append(self.na_radio)
        chain += [self.na_edit, self.notes, self.flag, self.evidence_list, self.attach_button, self.remove_button]
        chain.append(self.guidance_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _set_caption(self, widget: QAbstractButton, caption: str) -> None:
        """Show ``caption`` without its & mnemonic until the card is current (``set_current``)."""
        widget.setText(without_mnemonic(caption))
        self._captions.append((widget, caption))

    def _label_for(self, caption: str, buddy: QWidget) -> QLabel:
        widget = mnemonic_label(caption, buddy)
        self._captions.append((widget, caption))
        return widget

    def set_current(self, current: bool) -> None:
        """The keyboard entered (True) or left the card: its Alt keys are live only meanwhile, so the same
        captions on the other questions of the page never compete for one key."""
        if current == self._current:
            return
        self._current = current
        for widget, caption in self._captions:
            if isValid(widget):  # the keyboard also leaves a card as its widgets are being deleted
                widget.setText(caption if current else without_mnemonic(caption))

    def _make_read_only(self) -> None:
        for button in self.group.buttons():
            button.setEnabled(False)
        self.clear_button.hide()
        self.flag.setEnabled(False)
        for edit in (self.na_edit, self.notes):
            edit.setReadOnly(True)  # still selectable and copyable

    # -- reading the session ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the answer as the session has it; emits no edit."""
        answer = self.session.answer(self.question.id)
        self._check(NA_ID if answer.na else answer.level)
        _set_plain_text(self.na_edit, answer.na_justification)
        _set_plain_text(self.notes, answer.notes)
        if self.flag.isChecked() != answer.flagged:
            blocked = self.flag.blockSignals(True)
            self.flag.setChecked(answer.flagged)
            self.flag.blockSignals(blocked)
        self.na_box.setVisible(answer.na)
        # while N/A the reason is the one stop between this answer and the next (the notes: Alt+O)
        self.notes.setFocusPolicy(Qt.FocusPolicy.ClickFocus if answer.na else Qt.FocusPolicy.StrongFocus)
        self.clear_button.setEnabled(answer.is_answered)  # no tab stop while there is nothing to clear
        self._update_needed()
        self.evidence_box.refresh()
        self._show_status(answer)
        self._follow_choice()

    def refresh_scope(self) -> None:
        """The tier may have changed: is this question essential now?"""
        tier = self.session.tier
        essential = self.question.essential_at(tier)
        self.essential_badge.setVisible(essential)
        if essential:
            tip = self.tr("A gap here is a critical gap at the {0} tier.").format(self.session.tier_name(tier))
            self.essential_badge.setToolTip(tip)

    def _check(self, wanted: int | None) -> None:
        button = self.group.button(wanted) if wanted is not None else None
        current = self.group.checkedButton()
        if button is current:
            return
        if button is None:  # unanswered (or a level this scale does not have): nothing checked
            self.group.setExclusive(False)
            if current is not None:
                current.setChecked(False)
            self.group.setExclusive(True)
        else:
            button.setChecked(True)

    def _follow_choice(self) -> None:
        """The keyboard (and its highlight) goes with the chosen level at once, from whichever level it was on:
        Ctrl+2 on "0" leaves no stale highlight behind."""
        chosen = self.group.checkedButton()
        self._set_tab_stop(chosen)
        focus = QApplication.focusWidget()
        if chosen is not None and focus is not chosen and focus in self.group.buttons():
            chosen.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_tab_stop(self, button: QAbstractButton | None) -> None:
        """The levels are one tab stop (arrows move within, as Qt does): the chosen one, else the first."""
        buttons = self.group.buttons()
        stop = button or (buttons[0] if buttons else None)
        for b in buttons:
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus if b is stop else Qt.FocusPolicy.ClickFocus)

    def _show_status(self, answer: Answer) -> None:
        if answer.na:
            status = self.tr("Answered · Not applicable")
        elif answer.level is not None:
            caption = self.scale.label_of(answer.level)
            status = self.tr("Answered · Level {0} — {1}").format(answer.level, caption)
        else:
            status = self.tr("Not answered yet")
        if self.status_label.text() != status:
            self.status_label.setText(status)
            self.status_label.setAccessibleName(status)
        set_role(self.status_label, "answered", answer.is_answered)
        set_role(self, "answered", answer.is_answered)
        set_role(self, "flagged", answer.flagged)

    def _update_needed(self) -> None:
        needed = not self.na_edit.toPlainText().strip()
        self.na_needed.setVisible(needed)
        set_role(self.na_edit, "needed", needed)

    # -- editing ----------------------------------------------------------------------------------------

    def _chosen(self, button_id: int) -> None:
        answer = self.session.answer(self.question.id)
        if button_id == NA_ID:
            if not answer.na:
                self.session.set_na(self.question.id, True)
        elif answer.na or answer.level != button_id:
            self.session.set_level(self.question.id, button_id)
        self.refresh()

    def focus_answer(self) -> None:
        """Put the keyboard on the chosen answer, else the first level (the notes when read-only)."""
        for target in (self.group.checkedButton(), *self.group.buttons(), self.notes):
            if target is not None and target.isEnabled():
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _press(self, button: QAbstractButton | None) -> bool:
        if button is None or not button.isEnabled():
            return False
        button.click()
        return True

    def set_level_by_key(self, value: int) -> bool:
        """Choose level ``value`` as if clicked (the window's Ctrl+0…Ctrl+4); False when there is no such level."""
        return self._press(self.radios.get(value))

    def set_na_by_key(self) -> bool:
        return self._press(self.na_radio)

    def clear_by_key(self) -> bool:
        """The window's Answer ▸ Clear answer: back to unanswered; False when there was no answer."""
        return self._press(self.clear_button)

    def _na_text_changed(self) -> None:
        self.session.set_text(self.question.id, "na_justification", self.na_edit.toPlainText())
        self._update_needed()

    def _notes_changed(self) -> None:
        self.session.set_text(self.question.id, "notes", self.notes.toPlainText())

    def _flag_clicked(self, checked: bool) -> None:
        self.session.set_flag(self.question.id, checked)

    def set_guidance_open(self, open_: bool) -> None:
        if open_ and not self._guidance_built:
            self._fill_guidance()
        if self.guidance_button.isChecked() != open_:
            self.guidance_button.setChecked(open_)  # re-enters through toggled
            return
        self.guidance_button.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.guidance_panel.setVisible(open_)

    # -- evidence ---------------------------------------------------------------------------------------

    def choose_evidence_file(self) -> str:
        """Ask for a file (tests replace this); an empty string when the user cancels."""
        caption = self.tr("Attach evidence to {0}").format(self.question.id)
        path, _ = QFileDialog.getOpenFileName(self, caption)
        return path

    def attach_evidence(self) -> None:
        """What "Attach file…" does: ask for a file, then hash it in the background and add it."""
        self.evidence_box.attach()

    def remove_selected_evidence(self) -> None:
        self.evidence_box.remove_selected()
